/**
 * What the pipeline reads: leads, their history and milestones, the board, the horse race and the
 * coordination agenda. Parameterised Cypher only; optional filters are fixed fragments.
 */
import { LRUCache } from "lru-cache";
import type { Viewer } from "../auth/index.ts";
import type { Cypher } from "../common/cypher.ts";
import { int } from "../db/driver.ts";
import { badInput } from "../errors.ts";
import { TEAMS } from "../teams/index.ts";
import type {
  AgendaRecord,
  BoardColumnRecord,
  LeadEventRecord,
  LeadProgressRecord,
  LeadRecord,
  MilestoneRecord,
} from "./records.ts";
import {
  FORWARD,
  STAGES,
  addDays,
  computeStandings,
  isIsoDate,
  periodRange,
  type Period,
  type Stage,
  type StageEventRow,
  type StandingRecord,
  type TeamFunnelRow,
} from "./rules.ts";
import type { PipelineConfig } from "../config.ts";

/** `l` → the stored lead, with `$today` for the milestone flag. */
export const LEAD_FIELDS = `l {
  .id, .companyId, .segmentId, .chainId, .teamId, .officeId, .stage, .pausedFrom, .amount, .currency,
  .usdRate, .amountRmb, .fixedAssetsRmb, .jobs, .fundLinked, .fundAmountRmb, .keyProject, .industrial,
  .owner, .createdOn, .lastChangeOn, .lastStageOn, .planJson, .actualJson,
  synthetic: l.source = 'synthetic',
  milestoneOverdue: EXISTS { (l)-[:HAS_MILESTONE]->(m:Milestone) WHERE m.doneOn IS NULL AND m.due < $today }
}`;

export interface StoredLead extends Omit<LeadRecord, "planned" | "actual" | "restricted"> {
  planJson: string | null;
  actualJson: string | null;
}

/** Whether the viewer sees only the stage of a lead (a RECRUITER and another team's lead). */
export function isRestricted(viewer: Viewer, teamId: string): boolean {
  return viewer.role === "RECRUITER" && viewer.teamId !== teamId;
}

/** Whether the viewer may change a lead of this team: ADMIN, LEADER, a RECRUITER of the team. */
export function mayEdit(viewer: Viewer, teamId: string): boolean {
  return (
    viewer.role === "ADMIN" ||
    viewer.role === "LEADER" ||
    (viewer.role === "RECRUITER" && viewer.teamId === teamId)
  );
}

/** The stored lead as the viewer may see it: a restricted viewer gets the stage, never the money. */
export function present(stored: StoredLead, viewer: Viewer): LeadRecord {
  const { planJson, actualJson, ...rest } = stored;
  const record: LeadRecord = {
    ...rest,
    planned: planJson ? (JSON.parse(planJson) as LeadRecord["planned"]) : {},
    actual: actualJson ? (JSON.parse(actualJson) as LeadRecord["actual"]) : {},
    restricted: false,
  };
  if (!isRestricted(viewer, stored.teamId)) return record;
  return {
    ...record,
    amount: null,
    currency: null,
    usdRate: null,
    amountRmb: null,
    fixedAssetsRmb: null,
    jobs: null,
    fundLinked: null,
    fundAmountRmb: null,
    industrial: null,
    owner: null,
    planned: {},
    actual: {},
    milestoneOverdue: false,
    restricted: true,
  };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---- the pipeline's version: a cache key every lead write replaces ---------------------------------

/**
 * Every write of a lead, its events or milestones replaces `(:PipelineInfo).version` in the same
 * transaction (writes.ts, bulk.ts), so results kept under a version are never served after a write,
 * on any API instance. Without the node (an empty or reset graph) nothing is kept.
 */
export const BUMP_PIPELINE_VERSION = `MERGE (i:PipelineInfo {id: 'pipeline'}) SET i.version = randomUUID()`;

async function pipelineVersion(cypher: Cypher): Promise<string | null> {
  const rows = await cypher<{ v: string | null }>(
    "MATCH (i:PipelineInfo {id: 'pipeline'}) RETURN i.version AS v",
  );
  return rows[0]?.v ?? null;
}

const kept = new LRUCache<string, { value: unknown }>({ max: 500 });

/** `compute()` kept under the pipeline's version and `key`; computed afresh after any lead write. */
async function keptUnderVersion<T>(cypher: Cypher, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await pipelineVersion(cypher);
  if (version === null) return compute();
  const k = `${version}|${key}`;
  const hit = kept.get(k);
  if (hit) return hit.value as T;
  const value = await compute();
  kept.set(k, { value });
  return value;
}

// ---- filters -------------------------------------------------------------------------------------

export interface LeadFilterArgs {
  teamId?: string | null;
  chainId?: string | null;
  officeId?: string | null;
  segmentId?: string | null;
  companyId?: string | null;
  stages?: readonly Stage[] | null;
  keyProject?: boolean | null;
}

/** The filter as fixed WHERE fragments on `l` and its parameters. */
export function leadWhere(filter: LeadFilterArgs | null | undefined): {
  where: string[];
  params: Record<string, unknown>;
} {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const f = filter ?? {};
  const eq = (key: keyof LeadFilterArgs & string) => {
    const value = f[key];
    if (value !== null && value !== undefined) {
      where.push(`l.${key} = $${key}`);
      params[key] = value;
    }
  };
  eq("teamId");
  eq("chainId");
  eq("officeId");
  eq("segmentId");
  eq("companyId");
  eq("keyProject");
  if (f.stages !== null && f.stages !== undefined) {
    where.push("l.stage IN $stages");
    params.stages = [...f.stages];
  }
  return { where, params };
}

const whereText = (where: string[], extra: string[] = []) => {
  const all = [...where, ...extra];
  return all.length ? `WHERE ${all.join(" AND ")}` : "";
};

// ---- leads ---------------------------------------------------------------------------------------

export function encodeLeadCursor(lead: { lastChangeOn: string; id: string }): string {
  return Buffer.from(JSON.stringify([lead.lastChangeOn, lead.id]), "utf8").toString("base64url");
}

function decodeLeadCursor(after: string | null | undefined): [string, string] | null {
  if (after === null || after === undefined || after === "") return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string")
      return [v[0], v[1]];
  } catch {
    // below
  }
  throw badInput("after is not a cursor this API returned", "after");
}

/** A page of leads, most recently changed first (ties by id), and how many match in all. */
export async function leadPage(
  cypher: Cypher,
  viewer: Viewer,
  filter: LeadFilterArgs | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<{ leads: LeadRecord[]; hasNextPage: boolean; totalCount: number }> {
  const { where, params } = leadWhere(filter);
  const cursor = decodeLeadCursor(after);
  // IS NOT NULL lets the planner read the lastChangeOn index in order instead of sorting every lead.
  const keyset = [
    "l.lastChangeOn IS NOT NULL",
    ...(cursor ? ["(l.lastChangeOn < $cLast OR (l.lastChangeOn = $cLast AND l.id > $cId))"] : []),
  ];
  const [rows, counts] = await Promise.all([
    cypher<{ l: StoredLead }>(
      `MATCH (l:Lead) ${whereText(where, keyset)}
       WITH l ORDER BY l.lastChangeOn DESC, l.id LIMIT $limit
       RETURN ${LEAD_FIELDS} AS l`,
      {
        ...params,
        cLast: cursor?.[0] ?? null,
        cId: cursor?.[1] ?? null,
        limit: int(first + 1),
        today: today(),
      },
    ),
    cypher<{ n: number }>(`MATCH (l:Lead) ${whereText(where)} RETURN count(l) AS n`, params),
  ]);
  return {
    leads: rows.slice(0, first).map((r) => present(r.l, viewer)),
    hasNextPage: rows.length > first,
    totalCount: counts[0]?.n ?? 0,
  };
}

/** Leads by id (the lead loader's batch function). */
export async function leadsById(cypher: Cypher, viewer: Viewer, ids: readonly string[]) {
  const rows = await cypher<{ l: StoredLead }>(
    `MATCH (l:Lead) WHERE l.id IN $ids RETURN ${LEAD_FIELDS} AS l`,
    { ids: [...ids], today: today() },
  );
  const byId = new Map(rows.map((r) => [r.l.id, present(r.l, viewer)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** History of leads by lead id, oldest first. */
export async function eventsOfLeads(cypher: Cypher, ids: readonly string[]): Promise<LeadEventRecord[][]> {
  const rows = await cypher<{ e: LeadEventRecord }>(
    `MATCH (l:Lead)-[:HAS_EVENT]->(e:LeadEvent) WHERE l.id IN $ids
     RETURN e { .id, .leadId, .at, .recordedAt, .by, .kind, .from, .to, .amountRmb, .note, .seq } AS e
     ORDER BY e.seq`,
    { ids: [...ids] },
  );
  const by = new Map<string, LeadEventRecord[]>();
  for (const { e } of rows) by.set(e.leadId, [...(by.get(e.leadId) ?? []), e]);
  return ids.map((id) => by.get(id) ?? []);
}

export const MILESTONE_FIELDS = `m { .id, .leadId, .title, .owner, .due, .doneOn }`;

/** Milestones of leads by lead id, by due date. */
export async function milestonesOfLeads(
  cypher: Cypher,
  ids: readonly string[],
): Promise<MilestoneRecord[][]> {
  const rows = await cypher<{ m: MilestoneRecord }>(
    `MATCH (l:Lead)-[:HAS_MILESTONE]->(m:Milestone) WHERE l.id IN $ids
     RETURN ${MILESTONE_FIELDS} AS m ORDER BY m.due, m.id`,
    { ids: [...ids] },
  );
  const by = new Map<string, MilestoneRecord[]>();
  for (const { m } of rows) by.set(m.leadId, [...(by.get(m.leadId) ?? []), m]);
  return ids.map((id) => by.get(id) ?? []);
}

/**
 * The board: per stage (all, or the filter's), count, amount and the `perStage` latest leads. The
 * counts are one aggregate over the matching leads; each column's latest leads are read per stage
 * in lastChangeOn order from the (stage, lastChangeOn) index, so no column sorts every lead.
 */
export async function board(
  cypher: Cypher,
  viewer: Viewer,
  filter: LeadFilterArgs | null | undefined,
  perStage: number,
): Promise<BoardColumnRecord[]> {
  const { where, params } = leadWhere(filter);
  const stages = filter?.stages ?? STAGES;
  const rest = where.filter((w) => w !== "l.stage IN $stages");
  const day = today();
  const [totals, tops] = await keptUnderVersion(
    cypher,
    `board|${day}|${perStage}|${JSON.stringify(params)}`,
    () =>
      Promise.all([
        cypher<{ stage: Stage; n: number; amount: number }>(
          `MATCH (l:Lead) ${whereText(where)}
         RETURN l.stage AS stage, count(l) AS n, sum(coalesce(l.amountRmb, 0.0)) AS amount`,
          params,
        ),
        perStage === 0
          ? Promise.resolve([])
          : cypher<{ stage: Stage; top: StoredLead[] }>(
              `UNWIND $columns AS stage
             CALL (stage) {
               MATCH (l:Lead) ${whereText(["l.stage = stage", "l.lastChangeOn IS NOT NULL", ...rest])}
               WITH l ORDER BY l.lastChangeOn DESC, l.id LIMIT $per
               RETURN collect(${LEAD_FIELDS}) AS top
             }
             RETURN stage, top`,
              { ...params, columns: [...stages], per: int(perStage), today: day },
            ),
      ]),
  );
  const totalOf = new Map(totals.map((r) => [r.stage, r]));
  const topOf = new Map(tops.map((r) => [r.stage, r.top]));
  return stages.map((stage) => ({
    stage,
    count: totalOf.get(stage)?.n ?? 0,
    amountRmb: totalOf.get(stage)?.amount ?? 0,
    leads: (topOf.get(stage) ?? []).map((l) => present(l, viewer)),
  }));
}

// ---- the horse race ------------------------------------------------------------------------------

export function checkDate(text: string, field: string): string {
  if (!isIsoDate(text)) throw badInput(`${field} must be a date written YYYY-MM-DD (got "${text}")`, field);
  return text;
}

/** Stage events (first arrivals) in [from, to) and the teams' funnels up to `to`. */
async function raceInputs(cypher: Cypher, from: string, to: string) {
  const [events, funnel] = await Promise.all([
    cypher<StageEventRow>(
      `MATCH (e:LeadEvent) WHERE e.at >= $from AND e.at < $to AND e.kind = 'STAGE' AND e.first
         AND e.to IN ['SIGNED', 'REGISTERED', 'STARTED', 'PRODUCING']
       RETURN e.leadId AS leadId, e.teamId AS teamId, e.to AS to, e.at AS at, e.amountRmb AS amountRmb,
              coalesce(e.keyProject, false) AS keyProject, e.signedOn AS signedOn`,
      { from, to },
    ),
    cypher<TeamFunnelRow>(
      `MATCH (l:Lead) WHERE l.createdOn < $to
       RETURN l.teamId AS teamId, count(l) AS created, count(CASE WHEN l.signedOn < $to THEN 1 END) AS signed`,
      { to },
    ),
  ]);
  return { events, funnel };
}

export async function leaderboard(
  cypher: Cypher,
  cfg: PipelineConfig,
  period: Period,
  at: string,
): Promise<StandingRecord[]> {
  const { from, to } = periodRange(period, checkDate(at, "at"));
  const { events, funnel } = await keptUnderVersion(cypher, `race|${from}|${to}`, () =>
    raceInputs(cypher, from, to),
  );
  return computeStandings(
    TEAMS.map((t) => t.id),
    events,
    funnel,
    cfg,
  );
}

export async function zoneStanding(cypher: Cypher, cfg: PipelineConfig, period: Period, at: string) {
  const { from, to } = periodRange(period, checkDate(at, "at"));
  const standings = await leaderboard(cypher, cfg, period, at);
  const sum = (f: (s: StandingRecord) => number) => standings.reduce((a, s) => a + f(s), 0);
  return {
    from,
    to,
    keySigned: sum((s) => s.keyProjects),
    keySignedRmb: sum((s) => s.keyProjectsAmountRmb),
    industrialStarted: sum((s) => s.started),
    industrialStartedRmb: sum((s) => s.startedAmountRmb),
    targetKeySigned: cfg.targets.keySigned,
    targetKeySignedRmb: cfg.targets.keySignedRmb,
    targetIndustrialStarted: cfg.targets.industrialStarted,
    targetIndustrialStartedRmb: cfg.targets.industrialStartedRmb,
  };
}

// ---- the coordination agenda ---------------------------------------------------------------------

const AGENDA_LIMIT = 200;

/**
 * The agenda of the coordination meeting on `date`: open milestones due before it (most overdue
 * first); open leads (not PRODUCING, LOST or PAUSED) last changed more than stallDays days before
 * it (oldest first); leads at POLICY, waiting on a decision (longest waiting first). At most 200 each.
 * With `chainId`, only that chain's leads (the dossier's 重点事项).
 */
export async function agenda(
  cypher: Cypher,
  viewer: Viewer,
  cfg: PipelineConfig,
  dateText: string,
  chainId: string | null = null,
): Promise<AgendaRecord> {
  const date = checkDate(dateText, "date");
  const cutoff = addDays(date, -cfg.stallDays);
  const params = { date, cutoff, today: today(), limit: int(AGENDA_LIMIT), chainId };
  const [milestones, stalled, waiting] = await Promise.all([
    cypher<{ m: MilestoneRecord; l: StoredLead }>(
      `MATCH (l:Lead)-[:HAS_MILESTONE]->(m:Milestone) WHERE m.doneOn IS NULL AND m.due < $date AND ($chainId IS NULL OR l.chainId = $chainId)
       WITH l, m ORDER BY m.due, m.id LIMIT $limit
       RETURN ${MILESTONE_FIELDS} AS m, ${LEAD_FIELDS} AS l`,
      params,
    ),
    cypher<{ l: StoredLead }>(
      `MATCH (l:Lead) WHERE l.stage IN ['LEAD', 'VISIT', 'NEGOTIATION', 'POLICY', 'SIGNED', 'REGISTERED', 'STARTED']
         AND l.lastChangeOn < $cutoff AND ($chainId IS NULL OR l.chainId = $chainId)
       WITH l ORDER BY l.lastChangeOn, l.id LIMIT $limit
       RETURN ${LEAD_FIELDS} AS l`,
      params,
    ),
    cypher<{ l: StoredLead }>(
      `MATCH (l:Lead {stage: 'POLICY'}) WHERE l.lastStageOn <= $date AND ($chainId IS NULL OR l.chainId = $chainId)
       WITH l ORDER BY l.lastStageOn, l.id LIMIT $limit
       RETURN ${LEAD_FIELDS} AS l`,
      params,
    ),
  ]);
  const dayMs = 86_400_000;
  return {
    date,
    overdueMilestones: milestones.map(({ m, l }) => ({
      milestone: isRestricted(viewer, l.teamId) ? { ...m, title: "", owner: "" } : m,
      lead: present(l, viewer),
      daysOverdue: Math.round((Date.parse(date) - Date.parse(m.due)) / dayMs),
    })),
    stalledLeads: stalled.map((r) => present(r.l, viewer)),
    awaitingDecision: waiting.map((r) => present(r.l, viewer)),
  };
}

// ---- gap progress --------------------------------------------------------------------------------

/** Leads per segment (not LOST), by stage (the leadProgress loader's batch function). */
export async function progressOfSegments(
  cypher: Cypher,
  ids: readonly string[],
): Promise<LeadProgressRecord[]> {
  const rows = await cypher<{ segmentId: string; stage: Stage; n: number }>(
    `MATCH (l:Lead) WHERE l.segmentId IN $ids AND l.stage <> 'LOST'
     RETURN l.segmentId AS segmentId, l.stage AS stage, count(l) AS n`,
    { ids: [...ids] },
  );
  const by = new Map<string, { stage: Stage; count: number }[]>();
  for (const r of rows) by.set(r.segmentId, [...(by.get(r.segmentId) ?? []), { stage: r.stage, count: r.n }]);
  return ids.map((id) => {
    const byStage = (by.get(id) ?? []).sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
    const forward = byStage.filter((s) => FORWARD.includes(s.stage));
    return {
      leads: byStage.reduce((a, s) => a + s.count, 0),
      furthestStage: forward.length ? forward[forward.length - 1]!.stage : null,
      byStage,
    };
  });
}
