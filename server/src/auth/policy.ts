import { ROLES, type Role, type Viewer } from "./roles.ts";

/**
 * Authorisation in one place. Every field of every object type in the schema has a rule here (the
 * matrix test in test/int/authorisation.test.ts fails on a field without one), and every HTTP route
 * too. A rule is the list of roles that may use the field or route; anonymous callers reach only
 * the routes marked PUBLIC (GraphQL always needs a session).
 *
 * Rules say *who may ask*; scope (*which rows*: a MEMBER's alliances, a RECRUITER's team's lists)
 * is enforced inside the capability's Cypher with ids from the {@link Viewer}, through the helpers
 * at the end of this file, so that no out-of-scope id, name or count leaks.
 *
 * Types come in two kinds:
 * - types a MEMBER can reach (through the alliance view) list every field explicitly, so that a new
 *   field must be decided on (the test computes reachability from the rules and checks it);
 * - staff-only types give one rule for all their fields (`all`), since a MEMBER can never reach them.
 */
export type Rule = readonly Role[];

export const SIGNED_IN: Rule = ROLES;
export const STAFF: Rule = ["ADMIN", "LEADER", "ANALYST", "RECRUITER"];
export const ADMIN_ONLY: Rule = ["ADMIN"];
/** Who keeps saved target lists (their own, or their team's): everyone but MEMBER. */
export const LIST_KEEPERS: Rule = STAFF;
/**
 * The recruiting pipeline: every staff role reads it (an ANALYST reads all, to report on it; a
 * RECRUITER sees other teams' leads at stage level only, blanked in pipeline/queries.ts `present`);
 * ADMIN, LEADER and RECRUITER write it (a RECRUITER only their own team's leads, checked in
 * pipeline/writes.ts). A MEMBER sees none of it.
 */
export const PIPELINE_READERS: Rule = STAFF;
export const PIPELINE_EDITORS: Rule = ["ADMIN", "LEADER", "RECRUITER"];
/**
 * The chain dossier (六图六清单) and its report: every staff role (leads inside it are shown as the
 * pipeline shows them to the viewer); a MEMBER gets none of it. The bureau-maintained tables in it
 * are written by ADMIN, LEADER and ANALYST.
 */
export const DOSSIER_READERS: Rule = STAFF;
export const DOSSIER_EDITORS: Rule = ["ADMIN", "LEADER", "ANALYST"];

export type TypeRules = { all: Rule } | { fields: Record<string, Rule> };

export const TYPE_RULES: Record<string, TypeRules> = {
  Query: {
    fields: {
      _empty: SIGNED_IN,
      me: SIGNED_IN,
      serverInfo: STAFF,
      regions: STAFF,
      region: STAFF,
      homeRegion: STAFF,
      chains: STAFF,
      chain: STAFF,
      segment: STAFF,
      companies: STAFF,
      company: STAFF,
      search: STAFF,
      // A MEMBER sees only their own alliances (scoped in alliances/resolvers.ts).
      alliances: SIGNED_IN,
      alliance: SIGNED_IN,
      gaps: STAFF,
      opportunityMap: STAFF,
      targets: STAFF,
      targetLists: LIST_KEEPERS,
      targetList: LIST_KEEPERS,
      teams: SIGNED_IN,
      offices: STAFF,
      leads: PIPELINE_READERS,
      lead: PIPELINE_READERS,
      pipelineBoard: PIPELINE_READERS,
      leaderboard: PIPELINE_READERS,
      zoneStanding: PIPELINE_READERS,
      coordinationAgenda: PIPELINE_READERS,
      suggestedOffice: PIPELINE_READERS,
      peerComparison: STAFF,
      // Alerts: each staff user's own watches and alerts (scoped by user id in alerts/service.ts).
      myAlerts: STAFF,
      unreadAlertCount: STAFF,
      myWatches: STAFF,
      users: ADMIN_ONLY,
      auditLog: ADMIN_ONLY,
      imports: ADMIN_ONLY,
      // Staff only: a MEMBER sees no companies outside their alliance, so no map of them either.
      geoMap: STAFF,
      chainDossier: DOSSIER_READERS,
    },
  },
  Mutation: {
    fields: {
      _empty: SIGNED_IN,
      saveTargetList: LIST_KEEPERS,
      updateTargetItem: LIST_KEEPERS,
      createLead: PIPELINE_EDITORS,
      moveLead: PIPELINE_EDITORS,
      updateLead: PIPELINE_EDITORS,
      addMilestone: PIPELINE_EDITORS,
      completeMilestone: PIPELINE_EDITORS,
      createUser: ADMIN_ONLY,
      updateUser: ADMIN_ONLY,
      resetPassword: ADMIN_ONLY,
      importFile: ADMIN_ONLY,
      undoImport: ADMIN_ONLY,
      addDossierEntry: DOSSIER_EDITORS,
      updateDossierEntry: DOSSIER_EDITORS,
      deleteDossierEntry: DOSSIER_EDITORS,
      watchGap: STAFF,
      watchLead: STAFF,
      watchPeerSegment: STAFF,
      unwatch: STAFF,
      markAlertsRead: STAFF,
    },
  },
  // Reachable by a MEMBER: every field decided on.
  Me: { fields: { username: SIGNED_IN, role: SIGNED_IN, team: SIGNED_IN, company: SIGNED_IN } },
  Team: { fields: { id: SIGNED_IN, name: SIGNED_IN, nameZh: SIGNED_IN, kind: SIGNED_IN } },
  Alliance: {
    fields: {
      id: SIGNED_IN,
      name: SIGNED_IN,
      nameZh: SIGNED_IN,
      source: SIGNED_IN,
      memberCount: SIGNED_IN,
      members: SIGNED_IN,
      // A MEMBER asks only for their own company's partners (scoped in alliances/resolvers.ts).
      partners: SIGNED_IN,
    },
  },
  Partner: {
    fields: {
      company: SIGNED_IN,
      relation: SIGNED_IN,
      via: SIGNED_IN,
      existingTie: SIGNED_IN,
      role: SIGNED_IN,
    },
  },
  CompanyConnection: { fields: { edges: SIGNED_IN, pageInfo: SIGNED_IN, totalCount: SIGNED_IN } },
  CompanyEdge: { fields: { cursor: SIGNED_IN, node: SIGNED_IN } },
  PageInfo: { fields: { hasNextPage: SIGNED_IN, endCursor: SIGNED_IN } },
  Company: {
    fields: {
      id: SIGNED_IN,
      name: SIGNED_IN,
      nameZh: SIGNED_IN,
      region: SIGNED_IN,
      isLocal: SIGNED_IN,
      source: SIGNED_IN,
      segments: SIGNED_IN,
      // Ties and groups reach companies outside the alliance: staff only.
      suppliers: STAFF,
      customers: STAFF,
      parent: STAFF,
      subsidiaries: STAFF,
      network: STAFF,
      // A MEMBER sees only the alliances they belong to (scoped in alliances/resolvers.ts).
      alliances: SIGNED_IN,
      stockCode: SIGNED_IN,
      listed: SIGNED_IN,
      founded: SIGNED_IN,
      employees: SIGNED_IN,
      revenue: SIGNED_IN,
      registeredCapital: SIGNED_IN,
      rdIntensity: SIGNED_IN,
      growth: SIGNED_IN,
      lat: SIGNED_IN,
      lon: SIGNED_IN,
      sourceNote: SIGNED_IN,
      // Which file and user an import came from: staff only.
      importedFrom: STAFF,
    },
  },
  CompanySegment: { fields: { segment: SIGNED_IN, primary: SIGNED_IN } },
  Segment: {
    fields: {
      id: SIGNED_IN,
      name: SIGNED_IN,
      nameZh: SIGNED_IN,
      stage: SIGNED_IN,
      role: SIGNED_IN,
      keyTech: SIGNED_IN,
      isLeaf: SIGNED_IN,
      // The tree, the FEEDS graph, coverage and a segment's companies lead out of the alliance.
      chain: STAFF,
      parent: STAFF,
      children: STAFF,
      coverage: STAFF,
      companies: STAFF,
      upstream: STAFF,
      downstream: STAFF,
      leadProgress: PIPELINE_READERS,
    },
  },
  Region: {
    fields: {
      code: SIGNED_IN,
      name: SIGNED_IN,
      nameZh: SIGNED_IN,
      level: SIGNED_IN,
      lat: SIGNED_IN,
      lon: SIGNED_IN,
      isLocal: SIGNED_IN,
      parent: SIGNED_IN,
      children: SIGNED_IN,
    },
  },
  // Staff only: a MEMBER cannot reach these.
  ServerInfo: { all: STAFF },
  DatabaseInfo: { all: STAFF },
  Chain: { all: STAFF },
  Coverage: { all: STAFF },
  Feed: { all: STAFF },
  GraphNode: { all: STAFF },
  GraphEdge: { all: STAFF },
  Graph: { all: STAFF },
  ScoreFeature: { all: STAFF },
  GapReport: { all: STAFF },
  GapWeight: { all: STAFF },
  Gap: { all: STAFF },
  GapRevenue: { all: STAFF },
  GapConnection: { all: STAFF },
  GapPriority: { all: STAFF },
  GapGroup: { all: STAFF },
  OpportunityPoint: { all: STAFF },
  Target: { all: STAFF },
  TargetEdge: { all: STAFF },
  TargetConnection: { all: STAFF },
  TargetWeights: { all: STAFF },
  TargetFilterValues: { all: STAFF },
  TargetList: { all: LIST_KEEPERS },
  TargetItem: { all: LIST_KEEPERS },
  Office: { all: STAFF },
  Lead: { all: PIPELINE_READERS },
  LeadEvent: { all: PIPELINE_READERS },
  LeadEdge: { all: PIPELINE_READERS },
  LeadConnection: { all: PIPELINE_READERS },
  StageSchedule: { all: PIPELINE_READERS },
  Milestone: { all: PIPELINE_READERS },
  BoardColumn: { all: PIPELINE_READERS },
  TeamStanding: { all: PIPELINE_READERS },
  ZoneStanding: { all: PIPELINE_READERS },
  AgendaMilestone: { all: PIPELINE_READERS },
  CoordinationAgenda: { all: PIPELINE_READERS },
  LeadProgress: { all: PIPELINE_READERS },
  StageCount: { all: PIPELINE_READERS },
  User: { all: ADMIN_ONLY },
  AuditEvent: { all: ADMIN_ONLY },
  AuditConnection: { all: ADMIN_ONLY },
  ImportProblem: { all: ADMIN_ONLY },
  ImportReasonParam: { all: ADMIN_ONLY },
  ImportReport: { all: ADMIN_ONLY },
  ImportResult: { all: ADMIN_ONLY },
  ImportRecord: { all: ADMIN_ONLY },
  ImportProvenance: { all: STAFF },
  GeoMap: { all: STAFF },
  GeoPoint: { all: STAFF },
  ChainDossier: { all: DOSSIER_READERS },
  DossierSourceCount: { all: DOSSIER_READERS },
  DossierItem: { all: DOSSIER_READERS },
  DossierColumn: { all: DOSSIER_READERS },
  DossierRow: { all: DOSSIER_READERS },
  DossierNode: { all: DOSSIER_READERS },
  DossierEdge: { all: DOSSIER_READERS },
  DossierEntry: { all: DOSSIER_READERS },
  // Peer comparison: the analysts' and leaders' view of the zone beside its rivals (no MEMBER).
  PeerComparison: { all: STAFF },
  PeerRegion: { all: STAFF },
  PeerStageCount: { all: STAFF },
  PeerSegment: { all: STAFF },
  Watch: { all: STAFF },
  Alert: { all: STAFF },
};

/** The rule of a field, or undefined when the policy has none (the matrix test forbids that). */
export function ruleOf(typeName: string, fieldName: string): Rule | undefined {
  const rules = TYPE_RULES[typeName];
  if (!rules) return undefined;
  return "all" in rules ? rules.all : rules.fields[fieldName];
}

export function allows(rule: Rule, viewer: Viewer | null): boolean {
  return viewer !== null && rule.includes(viewer.role);
}

/** HTTP routes and who may use them. PUBLIC: anyone, signed in or not. */
export const PUBLIC = "PUBLIC" as const;
export const ROUTE_RULES: Record<string, Rule | typeof PUBLIC> = {
  "GET /health": PUBLIC,
  // Anonymous only from this machine (the start script, a local supervisor); otherwise signed in.
  "GET /ready": SIGNED_IN,
  "POST /auth/login": PUBLIC,
  "POST /auth/logout": PUBLIC,
  "GET /graphql": SIGNED_IN,
  "POST /graphql": SIGNED_IN,
  "GET /export/targets.csv": STAFF,
  "GET /export/targets.xlsx": STAFF,
  "GET /export/gaps.xlsx": STAFF,
  // The monthly bulletin (月度通报): the leaderboard and the zone's totals, as XLSX.
  "GET /export/bulletin.xlsx": PIPELINE_READERS,
  // Import templates (CSV, UTF-8 with BOM): for the admin who imports.
  "GET /import/template/companies.csv": ADMIN_ONLY,
  "GET /import/template/links.csv": ADMIN_ONLY,
  "GET /import/template/ties.csv": ADMIN_ONLY,
  "GET /import/template/members.csv": ADMIN_ONLY,
  "GET /import/template/leads.csv": ADMIN_ONLY,
  // The chain report (六图六清单) as PDF and XLSX: `{chainId}` stands for the chain's id in the path.
  "GET /report/chain/{chainId}.pdf": DOSSIER_READERS,
  "GET /report/chain/{chainId}.xlsx": DOSSIER_READERS,
  // The built client (sign-in page included): static files only, no data.
  "GET /*": PUBLIC,
};

// ---- scope helpers: capabilities put these ids into their Cypher ----

/** Alliance ids a viewer may see, or null for no restriction. */
export function allianceScope(viewer: Viewer): readonly string[] | null {
  return viewer.role === "MEMBER" ? (viewer.allianceIds ?? []) : null;
}
