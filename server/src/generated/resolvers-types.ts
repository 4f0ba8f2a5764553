import type { GraphQLResolveInfo } from "graphql";
import type {
  ChainRecord,
  SegmentRecord,
  RegionRecord,
  CompanyRecord,
  CompanySegmentRecord,
  FeedRecord,
  AllianceRecord,
  PartnerRecord,
  ScoreFeatureRecord,
} from "../common/records.ts";
import type { GapReportRecord } from "../gaps/service.ts";
import type { PrioritisedGap } from "../gaps/priority.ts";
import type { ConnectionRecord, OpportunityPointRecord } from "../gaps/analysis.ts";
import type { TargetRecord } from "../targets/records.ts";
import type { TargetListRecord, TargetItemRecord, TargetFilterValuesRecord } from "../lists/records.ts";
import type { OfficeRecord } from "../teams/teams.ts";
import type {
  LeadRecord,
  LeadEventRecord,
  MilestoneRecord,
  BoardColumnRecord,
  TeamStandingRecord,
  AgendaMilestoneRecord,
  AgendaRecord,
  LeadProgressRecord,
} from "../pipeline/records.ts";
import type { GeoMapRecord, GeoPointRecord } from "../geo/records.ts";
import type { DossierRecord, ItemOut, RowOut, NodeOut, DossierEntryRecord } from "../dossier/records.ts";
import type { PeerComparisonRecord, PeerRegionRecord, PeerSegmentRecord } from "../peers/records.ts";
import type { WatchRecord, AlertRecord } from "../alerts/records.ts";
import type { GraphQLContext } from "../context.ts";
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** A milestone on the coordination agenda, with its lead. */
export type AgendaMilestone = {
  __typename?: "AgendaMilestone";
  /** Days past due on the agenda's date. */
  daysOverdue: Scalars["Int"]["output"];
  /** Its lead. */
  lead: Lead;
  /** The milestone. */
  milestone: Milestone;
};

/** One event of one of the viewer's watches. */
export type Alert = {
  __typename?: "Alert";
  /** The chain concerned, when there is one. */
  chain?: Maybe<Chain>;
  /** NEW_CANDIDATES: how many new candidates. */
  count?: Maybe<Scalars["Int"]["output"]>;
  /** When it was found (ISO date-time). */
  createdAt: Scalars["String"]["output"];
  /** LEAD_STALLED: days since the lead last changed. */
  days?: Maybe<Scalars["Int"]["output"]>;
  /** MILESTONE_OVERDUE: the due date (YYYY-MM-DD). */
  due?: Maybe<Scalars["String"]["output"]>;
  /** Stable id (one per watch and event). */
  id: Scalars["ID"]["output"];
  /** What happened. */
  kind: AlertKind;
  /** The lead (LEAD_STALLED, MILESTONE_OVERDUE). */
  leadId?: Maybe<Scalars["ID"]["output"]>;
  /** MILESTONE_OVERDUE: what was due (blank for a recruiter of another team, as on the lead page). */
  milestoneTitle?: Maybe<Scalars["String"]["output"]>;
  /** Company names in English: the first new candidates, or the lead's company. */
  names: Array<Scalars["String"]["output"]>;
  /** Company names in Chinese, in the same order. */
  namesZh: Array<Scalars["String"]["output"]>;
  /** The peer region (PEER_OVERTOOK). */
  peer?: Maybe<Region>;
  /** PEER_OVERTOOK: the peer's RCA in the segment. */
  peerRca?: Maybe<Scalars["Float"]["output"]>;
  /** Whether the viewer marked it read. */
  read: Scalars["Boolean"]["output"];
  /** The segment concerned (the gap, the peer's segment, the lead's segment). */
  segment?: Maybe<Segment>;
  /** LEAD_STALLED: the lead's stage. */
  stage?: Maybe<Scalars["String"]["output"]>;
  /** PEER_OVERTOOK: the zone's RCA in the segment. */
  zoneRca?: Maybe<Scalars["Float"]["output"]>;
};

/** What an alert reports. */
export type AlertKind =
  /** A watched lead is stalled. */
  | "LEAD_STALLED"
  /** A milestone of a watched lead is overdue. */
  | "MILESTONE_OVERDUE"
  /** New target candidates entered a watched gap. */
  | "NEW_CANDIDATES"
  /** A watched peer overtook the zone in a segment (its RCA passed the zone's). */
  | "PEER_OVERTOOK";

/** An industry alliance (产业联盟) of companies; a member finds partners inside it only. */
export type Alliance = {
  __typename?: "Alliance";
  /** Stable id, e.g. `alliance-nt-ne`. */
  id: Scalars["ID"]["output"];
  /** Member companies (MEMBER_OF). */
  memberCount: Scalars["Int"]["output"];
  /** Member companies, largest revenue first (unknown revenue last, then by id). */
  members: CompanyConnection;
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** Partners for one member, inside the alliance only: who can supply it, whom it can supply, its peers. */
  partners: Array<Partner>;
  /** Where the alliance record comes from; IMPORTED when none is recorded. */
  source: DataSource;
};

/** An industry alliance (产业联盟) of companies; a member finds partners inside it only. */
export type AllianceMembersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** An industry alliance (产业联盟) of companies; a member finds partners inside it only. */
export type AlliancePartnersArgs = {
  companyId: Scalars["ID"]["input"];
};

/** A page of the audit trail. */
export type AuditConnection = {
  __typename?: "AuditConnection";
  /** The events of this page, newest first. */
  nodes: Array<AuditEvent>;
  /** Whether more events follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One audited write. */
export type AuditEvent = {
  __typename?: "AuditEvent";
  /** What was done, e.g. user.create, list.save, list.item.update. */
  action: Scalars["String"]["output"];
  /** Who did it: a user's username, or `system` for the command line. */
  actor: Scalars["String"]["output"];
  /** When it happened (ISO 8601, UTC). */
  at: Scalars["String"]["output"];
  /** Details as a JSON object (never a secret). */
  detail: Scalars["String"]["output"];
  /** Event id. */
  id: Scalars["ID"]["output"];
  /** The id of what was written. */
  target: Scalars["String"]["output"];
};

/** One column of the pipeline board. */
export type BoardColumn = {
  __typename?: "BoardColumn";
  /** Their planned investment in RMB (yuan), known amounts only (hidden ones count too: it is a total). */
  amountRmb: Scalars["Float"]["output"];
  /** Leads at this stage matching the filter. */
  count: Scalars["Int"]["output"];
  /** The most recently changed of them, at most `perStage`. */
  leads: Array<Lead>;
  /** The stage. */
  stage: LeadStage;
};

/**
 * An industrial chain (产业链) of the taxonomy — new energy (NE), new-generation information technology
 * (IT), high-end equipment (EQ), medical and health (HL) — as a tree of sub-chains and leaf segments.
 */
export type Chain = {
  __typename?: "Chain";
  /** FEEDS edges between this chain's segments, and those that cross into or out of it. */
  feeds: Array<Feed>;
  /** Stable id, e.g. `NE`. */
  id: Scalars["ID"]["output"];
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** Leaf segments by default; with leavesOnly: false, the sub-chains too (tree order). */
  segments: Array<Segment>;
  /** Citations of the taxonomy (free text: reference sections and source ids); empty when none. */
  sources: Array<Scalars["String"]["output"]>;
  /** Sub-chains: the top level of the segment tree. */
  subchains: Array<Segment>;
};

/**
 * An industrial chain (产业链) of the taxonomy — new energy (NE), new-generation information technology
 * (IT), high-end equipment (EQ), medical and health (HL) — as a tree of sub-chains and leaf segments.
 */
export type ChainSegmentsArgs = {
  leavesOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** A chain's six diagrams and six lists for the home region. */
export type ChainDossier = {
  __typename?: "ChainDossier";
  /** The chain. */
  chain: Chain;
  /** The six diagrams (六图), in the order 树状图, 现状全景图, 未来趋势图, 发展路径图, 技术创新图, 招商路线图. */
  diagrams: Array<DossierItem>;
  /** The day it was generated (YYYY-MM-DD, UTC). */
  generatedOn: Scalars["String"]["output"];
  /** The six lists (六清单), in the order 重点事项, 重点园区, 重点企业, 重点项目, 重点创新平台, 重点短板需求. */
  lists: Array<DossierItem>;
  /** The region counted as local (HOME_REGION). */
  regionCode: Scalars["String"]["output"];
  /** Companies operating in the chain's leaf segments, by data source: everywhere and local. */
  sources: Array<DossierSourceCount>;
};

/** A company: a public firm with cited facts, a synthetic demo company, or an imported one. */
export type Company = {
  __typename?: "Company";
  /** Alliances it is a member of, by id. */
  alliances: Array<Alliance>;
  /** Companies this one SUPPLIES, largest first. */
  customers: Array<Company>;
  /** Headcount; null when unknown (never invented for real companies). */
  employees?: Maybe<Scalars["Int"]["output"]>;
  /** Year founded; null when unknown. */
  founded?: Maybe<Scalars["Int"]["output"]>;
  /** Year-on-year revenue growth (0.12 = +12 %); null when unknown. */
  growth?: Maybe<Scalars["Float"]["output"]>;
  /** Stable id: `pub-…` for public companies (e.g. `pub-tongwei`), `syn-` and seven digits for synthetic ones. */
  id: Scalars["ID"]["output"];
  /** The import that last wrote this company's facts; null when no import did (public or synthetic data only). */
  importedFrom?: Maybe<ImportProvenance>;
  /** Located in the home region (HOME_REGION) or a region under it. */
  isLocal: Scalars["Boolean"]["output"];
  /** Latitude of its own site, WGS 84 degrees; null when unknown (its region's coordinates stand in for distances). */
  lat?: Maybe<Scalars["Float"]["output"]>;
  /** Listed on a stock exchange; false when not known to be. */
  listed: Scalars["Boolean"]["output"];
  /** Longitude of its own site, WGS 84 degrees; null when unknown. */
  lon?: Maybe<Scalars["Float"]["output"]>;
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** Ego network over SUPPLIES ties (both directions) up to depth hops, at most limit companies. */
  network: Graph;
  /** Parent group of a plant or subsidiary; null for a group or an independent company. */
  parent?: Maybe<Company>;
  /** R&D spend / revenue, 0..1; null when unknown. */
  rdIntensity?: Maybe<Scalars["Float"]["output"]>;
  /** Where it is located: the HQ for a group, the site for a plant; foreign firms at country level. */
  region: Region;
  /** Registered capital (注册资本), million RMB; null when unknown (never invented for real companies). */
  registeredCapital?: Maybe<Scalars["Float"]["output"]>;
  /** Annual revenue, million RMB; null when unknown (never invented for real companies). */
  revenue?: Maybe<Scalars["Float"]["output"]>;
  /** Segments it operates in, the primary one first, then by segment id. */
  segments: Array<CompanySegment>;
  /** Where its data come from. */
  source: DataSource;
  /** Citation for public facts (source ids such as `S15-tongwei`, or `GK` for general knowledge); null when none. */
  sourceNote?: Maybe<Scalars["String"]["output"]>;
  /** Stock code with exchange suffix, e.g. `600438.SH`; null when unlisted or not known. */
  stockCode?: Maybe<Scalars["String"]["output"]>;
  /** Plants and subsidiaries of a group, by id; empty when it has none. */
  subsidiaries: Array<Company>;
  /** Companies with a SUPPLIES tie into this one, largest first. */
  suppliers: Array<Company>;
};

/** A company: a public firm with cited facts, a synthetic demo company, or an imported one. */
export type CompanyNetworkArgs = {
  depth?: InputMaybe<Scalars["Int"]["input"]>;
  limit?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A page of companies (Relay cursor connection). */
export type CompanyConnection = {
  __typename?: "CompanyConnection";
  /** The page's companies in list order (largest revenue first, unknown revenue last, then by id). */
  edges: Array<CompanyEdge>;
  /** Where the page ends and whether another follows. */
  pageInfo: PageInfo;
  /** Companies matching the filter, over all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One company of a page and its cursor. */
export type CompanyEdge = {
  __typename?: "CompanyEdge";
  /** Opaque cursor of this row; pass it as `after` to get the rows after it. */
  cursor: Scalars["String"]["output"];
  /** The company. */
  node: Company;
};

/** Conditions on a company list; all set fields must hold. Unknown ids or codes match no company. */
export type CompanyFilter = {
  /** Only companies operating in a leaf of this chain (e.g. `NE`). */
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  /** True: listed companies only; false: unlisted only; unset: both. */
  listed?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Million RMB; companies with unknown revenue are left out when set. Must be ≥ 0 (BAD_USER_INPUT otherwise). */
  minRevenue?: InputMaybe<Scalars["Float"]["input"]>;
  /** The region and everything under it. */
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Only companies operating in this segment (a leaf id such as `PV06`). */
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only companies whose data come from this source. */
  source?: InputMaybe<DataSource>;
};

/** A segment a company operates in (OPERATES_IN). */
export type CompanySegment = {
  __typename?: "CompanySegment";
  /** True for the company's primary (main-business) segment. */
  primary: Scalars["Boolean"]["output"];
  /** The segment (a leaf). */
  segment: Segment;
};

/** The coordination meeting's agenda (会商会办) for a date. */
export type CoordinationAgenda = {
  __typename?: "CoordinationAgenda";
  /** Leads at POLICY (政策商议): waiting on a decision, longest waiting first. */
  awaitingDecision: Array<Lead>;
  /** The meeting's date (YYYY-MM-DD). */
  date: Scalars["String"]["output"];
  /** Open milestones due before the date, most overdue first. */
  overdueMilestones: Array<AgendaMilestone>;
  /** Open leads with no change for more than PIPELINE_STALL_DAYS days before the date, oldest first. */
  stalledLeads: Array<Lead>;
};

/** A segment's companies in one region's subtree and everywhere. */
export type Coverage = {
  __typename?: "Coverage";
  /** Companies located in the region's subtree that operate in the segment. */
  localCount: Scalars["Int"]["output"];
  /** The region counted as local. */
  regionCode: Scalars["String"]["output"];
  /** The local count judged against k. */
  status: CoverageStatus;
  /** Companies operating in the segment, everywhere. */
  totalCount: Scalars["Int"]["output"];
};

/** How well a region covers a segment, judged by its company count against k (GAP_K, default 3). */
export type CoverageStatus =
  /** No company of the region operates in the segment. */
  | "MISSING"
  /** At least k companies. */
  | "PRESENT"
  /** Fewer than k (GAP_K, default 3) companies. */
  | "WEAK";

/** A new lead. */
export type CreateLeadInput = {
  /** Planned investment in units of `currency`, ≥ 0. */
  amount?: InputMaybe<Scalars["Float"]["input"]>;
  /** The company; give this or `newCompany`. */
  companyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** ISO 4217: CNY (default) or USD. */
  currency?: InputMaybe<Scalars["String"]["input"]>;
  /** Date the lead was found (YYYY-MM-DD); default today. */
  date?: InputMaybe<Scalars["String"]["input"]>;
  /** Planned fixed-asset investment in RMB (yuan), ≥ 0. */
  fixedAssetsRmb?: InputMaybe<Scalars["Float"]["input"]>;
  /** Fund investment in RMB (yuan), ≥ 0. */
  fundAmountRmb?: InputMaybe<Scalars["Float"]["input"]>;
  /** Linked to the zone's fund (招投联动). */
  fundLinked?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Expected jobs, ≥ 0. */
  jobs?: InputMaybe<Scalars["Int"]["input"]>;
  /** A company not yet in the graph; give this or `companyId`. */
  newCompany?: InputMaybe<NewCompanyInput>;
  /** A first note, at most 2000 characters. */
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** Office; default the one covering the company's region. */
  officeId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Planned stage dates. */
  plan?: InputMaybe<Array<StagePlanInput>>;
  /** The leaf segment (gap) it fills. */
  segmentId: Scalars["ID"]["input"];
  /** Owning team; default the viewer's team (a RECRUITER may only give their own). */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
  /** RMB per USD for a USD amount; default PIPELINE_USD_RATE. */
  usdRate?: InputMaybe<Scalars["Float"]["input"]>;
};

/** A new user. */
export type CreateUserInput = {
  /** Company id (required for MEMBER): a company in at least one alliance. */
  companyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Initial password: at least 10 characters. */
  password: Scalars["String"]["input"];
  /** Role. */
  role: Role;
  /** Team id (required for RECRUITER), one of `teams`. */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Sign-in name: 3–40 letters, digits, dots, dashes or underscores. */
  username: Scalars["String"]["input"];
};

/** Where a fact comes from: public sources, the synthetic demo generator, or a user's import. */
export type DataSource =
  /** Imported by a user. */
  | "IMPORTED"
  /** A public fact with a citation (`Company.sourceNote`); figures such as revenue are never invented for it. */
  | "PUBLIC"
  /** Made by the seed's synthetic demo generator: plausible, not real. */
  | "SYNTHETIC";

/** The database's kernel component, as Neo4j's dbms.components() reports it. */
export type DatabaseInfo = {
  __typename?: "DatabaseInfo";
  /** Edition: `community` or `enterprise`. */
  edition: Scalars["String"]["output"];
  /** Component name, e.g. `Neo4j Kernel`. */
  name: Scalars["String"]["output"];
  /** Its version, e.g. `5.26.0`. */
  version: Scalars["String"]["output"];
};

/** Relatedness density of a gap against the median of the report's gaps. */
export type DensityBand =
  /** At or above the median (and positive). */
  | "HIGH"
  /** Below the median, or zero. */
  | "LOW";

/** A column of an item's table. */
export type DossierColumn = {
  __typename?: "DossierColumn";
  /** Stable key, e.g. `segment`. */
  key: Scalars["String"]["output"];
  /** Header in the asked language. */
  label: Scalars["String"]["output"];
  /** True when the cells are numbers written in plain decimal (the XLSX stores them as numbers). */
  numeric: Scalars["Boolean"]["output"];
};

/** An edge of a diagram. */
export type DossierEdge = {
  __typename?: "DossierEdge";
  /** Source node id. */
  source: Scalars["ID"]["output"];
  /** Target node id. */
  target: Scalars["ID"]["output"];
};

/** A row of a bureau-maintained table. */
export type DossierEntry = {
  __typename?: "DossierEntry";
  /** The chain's id. */
  chainId: Scalars["ID"]["output"];
  /** Description; null when none. */
  detail?: Maybe<Scalars["String"]["output"]>;
  /** Stable id: `de-` and a UUID. */
  id: Scalars["ID"]["output"];
  /** Which table. */
  kind: DossierEntryKind;
  /** Where it comes from; null when none. */
  sourceNote?: Maybe<Scalars["String"]["output"]>;
  /** Name or headline. */
  title: Scalars["String"]["output"];
  /** When it was last changed: an ISO 8601 UTC timestamp. */
  updatedAt: Scalars["String"]["output"];
  /** Username of who last changed it. */
  updatedBy: Scalars["String"]["output"];
  /** Starts at 1, one more on every change. */
  version: Scalars["Int"]["output"];
};

/** The texts of a maintained row. */
export type DossierEntryInput = {
  /** Description, at most 2000 characters; empty or null for none. */
  detail?: InputMaybe<Scalars["String"]["input"]>;
  /** Where it comes from (document, meeting, person), at most 500 characters; empty or null for none. */
  sourceNote?: InputMaybe<Scalars["String"]["input"]>;
  /** Name or headline, 1 to 200 characters (trimmed). */
  title: Scalars["String"]["input"];
};

/** Which bureau-maintained table a row belongs to: the items the graph holds no data for. */
export type DossierEntryKind =
  /** 重点园区: a park that hosts the chain. */
  | "PARK"
  /** 重点创新平台: an innovation platform (lab, centre, pilot line). */
  | "PLATFORM"
  /** 未来趋势图: a trend the chain is expected to follow. */
  | "TREND";

/** One diagram or list of the dossier: a table, and for a diagram the nodes and edges to draw. */
export type DossierItem = {
  __typename?: "DossierItem";
  /** The table's columns, in the asked language. */
  columns: Array<DossierColumn>;
  /** Edges to draw (diagrams); empty for lists. */
  edges: Array<DossierEdge>;
  /** Which item. */
  key: DossierItemKey;
  /** How it is derived from the graph (or that the bureau maintains it), in the asked language. */
  method: Scalars["String"]["output"];
  /** Nodes to draw (diagrams); empty for lists. */
  nodes: Array<DossierNode>;
  /** A limit applied (e.g. the latest 20 leads per stage of how many); null when none. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** Why it is empty (NO_DATA, or a MAINTAINED table with no row yet); null otherwise. */
  reason?: Maybe<Scalars["String"]["output"]>;
  /** The table's rows; the same rows the XLSX and PDF report print. */
  rows: Array<DossierRow>;
  /** Where its content comes from. */
  status: DossierStatus;
  /** English title, e.g. Chain tree. */
  titleEn: Scalars["String"]["output"];
  /** Chinese title, e.g. 树状图. */
  titleZh: Scalars["String"]["output"];
};

/** Which of the twelve items. */
export type DossierItemKey =
  /** 树状图: sub-chains and their leaf segments. */
  | "CHAIN_TREE"
  /** 发展路径图: the prioritised gaps in the recommended order. */
  | "DEVELOPMENT_PATH"
  /** 未来趋势图: maintained by the bureau. */
  | "FUTURE_TRENDS"
  /** 重点企业: local companies leading their segment. */
  | "KEY_FIRMS"
  /** 重点园区: maintained by the bureau. */
  | "KEY_PARKS"
  /** 重点创新平台: maintained by the bureau. */
  | "KEY_PLATFORMS"
  /** 重点项目: the chain's leads by stage. */
  | "KEY_PROJECTS"
  /** 重点短板需求: the chain's gaps with their reasons. */
  | "KEY_SHORTFALLS"
  /** 重点事项: the coordination agenda of the chain's leads. */
  | "KEY_TASKS"
  /** 现状全景图: the chain map with local coverage. */
  | "PANORAMA"
  /** 招商路线图: top targets per gap by office. */
  | "RECRUITING_ROADMAP"
  /** 技术创新图: key-technology (卡脖子) segments. */
  | "TECH_INNOVATION";

/** A node of a diagram; `parent` nests it (a compound node in the client, an indent in the PDF). */
export type DossierNode = {
  __typename?: "DossierNode";
  /** A segment's local coverage; null otherwise. */
  coverage?: Maybe<CoverageStatus>;
  /** Unique within the diagram, prefixed by kind (e.g. `seg:PV06`). */
  id: Scalars["ID"]["output"];
  /** Key technology (卡脖子) segment. */
  keyTech: Scalars["Boolean"]["output"];
  /** What it stands for. */
  kind: DossierNodeKind;
  /** Label in the asked language. */
  label: Scalars["String"]["output"];
  /** The enclosing node's id; null at top level. */
  parent?: Maybe<Scalars["ID"]["output"]>;
  /** 1-based order within its parent where the order matters (gaps, targets); null otherwise. */
  rank?: Maybe<Scalars["Int"]["output"]>;
  /** A segment's stage; null otherwise. */
  stage?: Maybe<Stage>;
  /** Synthetic demo data (a synthetic company). */
  synthetic: Scalars["Boolean"]["output"];
};

/** What a diagram node stands for. */
export type DossierNodeKind =
  /** The chain itself (root of the tree). */
  | "CHAIN"
  /** A company. */
  | "COMPANY"
  /** A gap segment. */
  | "GAP"
  /** An office (or the home teams where no office covers a region). */
  | "OFFICE"
  /** A leaf segment. */
  | "SEGMENT"
  /** A stage column (UPSTREAM, MIDSTREAM, DOWNSTREAM). */
  | "STAGE"
  /** A sub-chain. */
  | "SUBCHAIN"
  /** A priority tier (ACT_NOW, NEXT, LONG_TERM). */
  | "TIER";

/** A row of an item's table. */
export type DossierRow = {
  __typename?: "DossierRow";
  /** One text per column; empty when unknown or hidden from the viewer. */
  cells: Array<Scalars["String"]["output"]>;
  /** The company the row is about; null when none. */
  companyId?: Maybe<Scalars["ID"]["output"]>;
  /** A maintained row: the entry's id; null otherwise. */
  entryId?: Maybe<Scalars["ID"]["output"]>;
  /** Stable id within the item. */
  id: Scalars["ID"]["output"];
  /** The lead the row is about; null when none. */
  leadId?: Maybe<Scalars["ID"]["output"]>;
  /** The segment the row is about; null when none. */
  segmentId?: Maybe<Scalars["ID"]["output"]>;
  /** Where the row's company comes from; null for rows without one (gaps, segments, maintained rows). */
  source?: Maybe<DataSource>;
  /** The row shows synthetic demo data (合成数据): a synthetic company or a synthetic lead. */
  synthetic: Scalars["Boolean"]["output"];
  /** A maintained row: its version, for updateDossierEntry; null otherwise. */
  version?: Maybe<Scalars["Int"]["output"]>;
};

/** How many companies of a chain come from one data source. */
export type DossierSourceCount = {
  __typename?: "DossierSourceCount";
  /** Companies operating in the chain's leaves, everywhere. */
  all: Scalars["Int"]["output"];
  /** Of them, located in the home region's subtree. */
  local: Scalars["Int"]["output"];
  /** The data source. */
  source: DataSource;
};

/** Where an item's content comes from. */
export type DossierStatus =
  /** Generated from the graph by the item's method. */
  | "GENERATED"
  /** A table the bureau maintains (addDossierEntry); the graph holds no such data. */
  | "MAINTAINED"
  /** Generated, but the graph holds nothing for it now (see `reason`). */
  | "NO_DATA";

/** A FEEDS edge: the output of `from` is an input of `to`. */
export type Feed = {
  __typename?: "Feed";
  /** True when the edge joins segments of two different chains. */
  crossChain: Scalars["Boolean"]["output"];
  /** The supplying segment. */
  from: Segment;
  /** The receiving segment. */
  to: Segment;
  /** Strength of the input-output link in (0, 1] (1 when the taxonomy's source gives none); null when unset, which analyses count as 1. */
  weight?: Maybe<Scalars["Float"]["output"]>;
};

/** Where an EXTEND gap sits relative to a local segment of the analysed chain. */
export type FeedDirection =
  /** The local segment FEEDS the gap. */
  | "DOWNSTREAM"
  /** The gap FEEDS the local segment. */
  | "UPSTREAM";

/**
 * A leaf segment where the region falls short (PRODUCT.md §4): a leaf of the chain that is missing, thin,
 * or key but small in revenue (FILL, CONSOLIDATE, STRENGTHEN), or a missing leaf of another chain next to a
 * local one (EXTEND).
 */
export type Gap = {
  __typename?: "Gap";
  /** Missing, with local companies both upstream and downstream (断点). */
  breakPoint: Scalars["Boolean"]["output"];
  /** Betweenness in the top quartile of the chain's leaves. */
  centralityTopQuartile: Scalars["Boolean"]["output"];
  /** EXTEND: the chain's local segments this one is one FEEDS hop from. */
  connectsTo: Array<GapConnection>;
  /** Relatedness density ω of the region to this segment (unnormalised). */
  density: Scalars["Float"]["output"];
  /** Local companies in the segments this one FEEDS (counted per segment). */
  downstreamLocal: Scalars["Int"]["output"];
  /** Why it is a gap, in a few sentences: its type and counts, its two strongest features and, where they apply, the break point, the revenue share and the local segments an EXTEND gap connects to. */
  explanation: Scalars["String"]["output"];
  /** Score = sum of contributions; contribution = value × weight. Values are min–max normalised over the chain's leaves and EXTEND candidates (keyTech is 0 or 1 already). */
  features: Array<ScoreFeature>;
  /** Leads filling this gap's segment (补链进度). */
  leadProgress: LeadProgress;
  /** Companies of the region's subtree operating in the segment. */
  localCount: Scalars["Int"]["output"];
  /** How soon to act on it, by the rule in server/src/gaps/priority.ts. */
  priority: GapPriority;
  /** RCA of the region's row in this segment (unnormalised). */
  relativePresence: Scalars["Float"]["output"];
  /** Revenue behind STRENGTHEN; the share counts companies with a known revenue only. */
  revenue: GapRevenue;
  /** Σ feature contributions, in [0, Σ weights] ([0, 1] when the weights sum to 1, as the defaults do). */
  score: Scalars["Float"]["output"];
  /** The gap's leaf segment (for EXTEND, a leaf of another chain). */
  segment: Segment;
  /** Companies operating in the segment, everywhere. */
  totalCount: Scalars["Int"]["output"];
  /** What kind of gap it is. */
  type: GapType;
  /** Local companies in the segments that FEED this one (counted per segment). */
  upstreamLocal: Scalars["Int"]["output"];
};

/**
 * A leaf segment where the region falls short (PRODUCT.md §4): a leaf of the chain that is missing, thin,
 * or key but small in revenue (FILL, CONSOLIDATE, STRENGTHEN), or a missing leaf of another chain next to a
 * local one (EXTEND).
 */
export type GapExplanationArgs = {
  lang?: InputMaybe<Lang>;
};

/** A local leaf of the analysed chain that an EXTEND gap is one FEEDS hop from. */
export type GapConnection = {
  __typename?: "GapConnection";
  /** Where the gap sits relative to it. */
  direction: FeedDirection;
  /** Local companies in that leaf. */
  localCount: Scalars["Int"]["output"];
  /** The local leaf. */
  segment: Segment;
};

/** Gaps of one tier, type and density band: the long tail of a report, summed. */
export type GapGroup = {
  __typename?: "GapGroup";
  /** How many gaps. */
  count: Scalars["Int"]["output"];
  /** The density band. */
  densityBand: DensityBand;
  /** Their segment ids, highest score first. */
  segmentIds: Array<Scalars["ID"]["output"]>;
  /** The tier (NEXT or LONG_TERM). */
  tier: PriorityTier;
  /** The gap type. */
  type: GapType;
};

/**
 * How soon to act on a gap. A gap has a reason when it is among the 3 highest scores of the chain's own
 * gaps, a break point, or of relatedness density at or above the upper quartile of the report's gaps
 * (and positive). ACT_NOW: the gaps with a reason, highest score first, at most 8; NEXT: the other gaps
 * with a reason and those scoring at least the median score; LONG_TERM: the rest.
 */
export type GapPriority = {
  __typename?: "GapPriority";
  /** Its relatedness density against the median of the report's gaps. */
  densityBand: DensityBand;
  /** Its reasons, in the order TOP_SCORE, BREAK_POINT, HIGH_DENSITY (empty for LONG_TERM). */
  reasons: Array<PriorityReason>;
  /** Its tier. */
  tier: PriorityTier;
};

/** A chain's gaps in one region, and the weights they were scored with. */
export type GapReport = {
  __typename?: "GapReport";
  /** The chain analysed. */
  chain: Chain;
  /** Share of the chain's leaves with at least one local company (count-weighted). */
  completeness: Scalars["Float"]["output"];
  /** EXTEND candidates: missing leaves of other chains next to a local leaf, counted apart from the chain's own. */
  extendCount: Scalars["Int"]["output"];
  /** Sorted by score, highest first. */
  gaps: Array<Gap>;
  /** Gaps among the chain's own leaves: FILL, CONSOLIDATE and STRENGTHEN (at most segmentCount). */
  ownGapCount: Scalars["Int"]["output"];
  /** The gaps that are not ACT_NOW, summed by tier, type and density band (Gap.priority gives the rule). */
  priorityGroups: Array<GapGroup>;
  /** The region analysed: companies in its subtree are local. */
  region: Region;
  /** Leaves of the chain itself (EXTEND candidates, which are leaves of other chains, are not counted). */
  segmentCount: Scalars["Int"]["output"];
  /** The weights used: the configured defaults merged with the query's. */
  weights: Array<GapWeight>;
};

/** Revenue facts of a gap's segment, million RMB. Unknown revenues are counted, never read as 0. */
export type GapRevenue = {
  __typename?: "GapRevenue";
  /** Local companies with a known revenue. */
  localKnown: Scalars["Int"]["output"];
  /** Million RMB, known revenues only. */
  localRevenue: Scalars["Float"]["output"];
  /** Local known revenue / all known revenue of the segment; null when no local revenue is known. */
  localShare?: Maybe<Scalars["Float"]["output"]>;
  /** Local companies whose revenue is unknown. */
  localUnknown: Scalars["Int"]["output"];
  /** Companies in the segment with a known revenue, everywhere. */
  totalKnown: Scalars["Int"]["output"];
  /** Known revenue of every company in the segment, million RMB; a company in several segments counts whole in each. */
  totalRevenue: Scalars["Float"]["output"];
  /** Companies in the segment whose revenue is unknown, everywhere. */
  totalUnknown: Scalars["Int"]["output"];
};

/** How a leaf falls short in the region; k is GAP_K (default 3). */
export type GapType =
  /** 固链: a leaf with 1 to k−1 local companies. */
  | "CONSOLIDATE"
  /** 延链: a missing leaf of another chain one FEEDS hop from a local leaf of this chain. */
  | "EXTEND"
  /** 补链: a leaf of the chain with no local company. */
  | "FILL"
  /** 强链: a key leaf (chokepoint or top-quartile centrality) with k or more local companies holding less than GAP_STRENGTHEN_SHARE (default 5 %) of its known revenue. */
  | "STRENGTHEN";

/** One weight of the gap score. */
export type GapWeight = {
  __typename?: "GapWeight";
  /** Feature name: demandPull, supplyPush, centrality, keyTech, density or relativePresence. */
  name: Scalars["String"]["output"];
  /** The weight used (≥ 0). */
  weight: Scalars["Float"]["output"];
};

/** Per-query overrides of the configured gap-score weights (GAP_WEIGHT_*); unset fields keep them. Each must be ≥ 0 and at least one of the merged weights > 0. */
export type GapWeightsInput = {
  /** Centrality: betweenness in the chain's own FEEDS graph. Default GAP_WEIGHT_CENTRALITY (0.15). */
  centrality?: InputMaybe<Scalars["Float"]["input"]>;
  /** Demand pull: local companies in the segments this one FEEDS, times the edge weight, any chain. Default GAP_WEIGHT_DEMAND_PULL (0.25). */
  demandPull?: InputMaybe<Scalars["Float"]["input"]>;
  /** Relatedness density of the region to the segment (feasibility). Default GAP_WEIGHT_DENSITY (0.2). */
  density?: InputMaybe<Scalars["Float"]["input"]>;
  /** Key technology: 1 for a chokepoint (卡脖子) segment, else 0. Default GAP_WEIGHT_KEY_TECH (0.15). */
  keyTech?: InputMaybe<Scalars["Float"]["input"]>;
  /** Relative presence: the region's RCA in the segment. Default GAP_WEIGHT_RELATIVE_PRESENCE (0.05). */
  relativePresence?: InputMaybe<Scalars["Float"]["input"]>;
  /** Supply push: local companies in the segments that FEED this one, times the edge weight, any chain. Default GAP_WEIGHT_SUPPLY_PUSH (0.2). */
  supplyPush?: InputMaybe<Scalars["Float"]["input"]>;
};

/** What a point of the geographic view stands for. */
export type GeoLevel =
  /** A prefecture-level city (地级市); districts and parks count in their city. */
  | "CITY"
  /** A foreign country, at its capital's coordinates (foreign companies are located at country level). */
  | "COUNTRY"
  /** A province with no city in the region tree (Taiwan, Hong Kong, Macao), or a company located at province level. */
  | "PROVINCE";

/**
 * Where a chain's local companies, target candidates and leads are, counted per place. No boundary is
 * drawn from it: places are points at their coordinates (see the README on national boundaries).
 */
export type GeoMap = {
  __typename?: "GeoMap";
  /** Target candidates on the map (Σ points). */
  candidateCount: Scalars["Int"]["output"];
  /** The chain. */
  chain: Chain;
  /** True when the map is narrowed to a gap (gapSegmentId). */
  gap: Scalars["Boolean"]["output"];
  /** Code of the point the home region counts in (its city), null when it has none. */
  homePlaceCode?: Maybe<Scalars["ID"]["output"]>;
  /** Leads on the map (Σ points). */
  leadCount: Scalars["Int"]["output"];
  /** Local companies on the map (Σ points). */
  localCount: Scalars["Int"]["output"];
  /** The offices and their territories (for the legend). */
  offices: Array<Office>;
  /** Places with something counted, by code. */
  points: Array<GeoPoint>;
  /** The segment or gap the map is narrowed to; null for the whole chain. */
  segment?: Maybe<Segment>;
  /** Synthetic companies and leads on the map (Σ points). */
  syntheticCount: Scalars["Int"]["output"];
  /** Companies and leads counted but not drawn: located in China as a whole, or at a place without coordinates. */
  unplacedCount: Scalars["Int"]["output"];
};

/** One place of the geographic view and what it holds. */
export type GeoPoint = {
  __typename?: "GeoPoint";
  /** True outside China. */
  abroad: Scalars["Boolean"]["output"];
  /** Target candidates located here: exactly the rows `targets` ranks for the same chain or segment and source. */
  candidateCount: Scalars["Int"]["output"];
  /** Region code of the place (GB/T 2260 for Chinese cities and provinces, ISO 3166-1 alpha-2 for countries). */
  code: Scalars["ID"]["output"];
  /** ISO code of the country the place lies in (CN for Chinese places). */
  countryCode: Scalars["String"]["output"];
  /** Latitude of the place's seat (a country's capital), WGS 84 degrees, from the region tree. */
  lat: Scalars["Float"]["output"];
  /** Leads (招商项目) of the chain or segment whose company is located here, at any stage. */
  leadCount: Scalars["Int"]["output"];
  /** City, province or country. */
  level: GeoLevel;
  /** Local companies (in the home region's subtree) of the chain or segment located here. */
  localCount: Scalars["Int"]["output"];
  /** Longitude of the place's seat, WGS 84 degrees. */
  lon: Scalars["Float"]["output"];
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** The office whose territory covers the place (the most specific region code an office names); null where none does (the home teams recruit there). */
  office?: Maybe<Office>;
  /** Of the companies and leads counted here, how many are synthetic demo data (合成数据). */
  syntheticCount: Scalars["Int"]["output"];
};

/**
 * An ego network around one company: the companies up to `depth` SUPPLIES hops away (either direction),
 * the SUPPLIES ties among them, and the centre's own segments.
 */
export type Graph = {
  __typename?: "Graph";
  /** SUPPLIES ties among the kept companies, then OPERATES_IN edges from the centre to its segments. */
  edges: Array<GraphEdge>;
  /** The centre (depth 0), the kept companies level by level (largest revenue first), then the centre's segments. */
  nodes: Array<GraphNode>;
  /** Companies within depth hops before the limit (for 'showing 200 of 1,340'). */
  totalCompanies: Scalars["Int"]["output"];
  /** True when the neighbourhood had more companies than limit. */
  truncated: Scalars["Boolean"]["output"];
};

/** A directed edge of an ego network. */
export type GraphEdge = {
  __typename?: "GraphEdge";
  /** Unique within the graph: `supplies:<from>-><to>` or `operates:<company>-><segment>`. */
  id: Scalars["ID"]["output"];
  /** Supply tie or segment membership. */
  kind: GraphEdgeKind;
  /** GraphNode id of the tail: the supplier, or the centre company. */
  source: Scalars["ID"]["output"];
  /** GraphNode id of the head: the customer, or the segment. */
  target: Scalars["ID"]["output"];
};

/** What a graph edge stands for. */
export type GraphEdgeKind =
  /** The centre company (source) operates in the target segment. */
  | "OPERATES_IN"
  /** The source company SUPPLIES the target company. */
  | "SUPPLIES";

/** A node of an ego network. */
export type GraphNode = {
  __typename?: "GraphNode";
  /** Hops from the centre (0 for the centre). */
  depth: Scalars["Int"]["output"];
  /** Unique within the graph, prefixed by kind: `company:<id>` or `segment:<id>`. */
  id: Scalars["ID"]["output"];
  /** A company located in the home region's subtree; always false for segments. */
  isLocal: Scalars["Boolean"]["output"];
  /** Company or segment. */
  kind: GraphNodeKind;
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** A company's annual revenue, million RMB; null when unknown, and for segments. */
  revenue?: Maybe<Scalars["Float"]["output"]>;
  /** Primary segment of a company (null when it has none); a segment node's own id. */
  segmentId?: Maybe<Scalars["ID"]["output"]>;
  /** A company's data source; null for segments. */
  source?: Maybe<DataSource>;
};

/** What a graph node stands for. */
export type GraphNodeKind =
  /** A company. */
  | "COMPANY"
  /** A segment the centre company operates in. */
  | "SEGMENT";

/** What an import file holds: the kind of its rows. */
export type ImportKind =
  /** Companies, one a row (credit code, names, region, segments, figures). */
  | "COMPANIES"
  /** Leads of the recruiting pipeline (written by the pipeline's own rules, with their events). */
  | "LEADS"
  /** Company–segment links (OPERATES_IN). */
  | "LINKS"
  /** Alliance members (MEMBER_OF). */
  | "MEMBERS"
  /** Supply ties between existing companies (SUPPLIES). */
  | "TIES";

/** A refused row: where and why. */
export type ImportProblem = {
  __typename?: "ImportProblem";
  /** The reason's code (e.g. `not_number`, `no_region`): the client renders it in its language. */
  code: Scalars["String"]["output"];
  /** The column as the file names it (`-` for the row as a whole). */
  column: Scalars["String"]["output"];
  /** The reason's parameters (values, numbers, ids), to fill the client's message. */
  params: Array<ImportReasonParam>;
  /** Why it was refused, in English. */
  reason: Scalars["String"]["output"];
  /** Row number in the file (the header is row 1). */
  row: Scalars["Int"]["output"];
  /** The cell as given. */
  value: Scalars["String"]["output"];
};

/** Where a company's imported facts came from: the last import that wrote them. */
export type ImportProvenance = {
  __typename?: "ImportProvenance";
  /** When (ISO time). */
  at: Scalars["String"]["output"];
  /** The company's properties that import set or changed (e.g. `revenue`, `segments`). */
  fields: Array<Scalars["String"]["output"]>;
  /** The file's name. */
  file: Scalars["String"]["output"];
  /** The import's id. */
  importId: Scalars["ID"]["output"];
  /** The row in that file. */
  row: Scalars["Int"]["output"];
  /** Who imported it. */
  user: Scalars["String"]["output"];
};

/** One parameter of a refused row's reason. */
export type ImportReasonParam = {
  __typename?: "ImportReasonParam";
  /** The placeholder's name (e.g. `value`, `min`). */
  name: Scalars["String"]["output"];
  /** Its value, as text. */
  value: Scalars["String"]["output"];
};

/** An import in the log. */
export type ImportRecord = {
  __typename?: "ImportRecord";
  /** Rows that created something. */
  created: Scalars["Int"]["output"];
  /** The file's name. */
  file: Scalars["String"]["output"];
  /** When it finished applying (ISO time); null while applying or when cut short. */
  finishedAt?: Maybe<Scalars["String"]["output"]>;
  /** `XLSX` or the CSV encoding. */
  format: Scalars["String"]["output"];
  /** The import's id. */
  id: Scalars["ID"]["output"];
  /** The kind of rows. */
  kind: ImportKind;
  /** Rows refused (skipped with skipBadRows). */
  refused: Scalars["Int"]["output"];
  /** Data rows in the file. */
  rows: Scalars["Int"]["output"];
  /** When it started (ISO time). */
  startedAt: Scalars["String"]["output"];
  /** Where it stands. */
  status: ImportStatus;
  /** Rows left unchanged. */
  unchanged: Scalars["Int"]["output"];
  /** When it was undone or rolled back (ISO time). */
  undoneAt?: Maybe<Scalars["String"]["output"]>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars["String"]["output"]>;
  /** Rows that changed something. */
  updated: Scalars["Int"]["output"];
  /** Who imported it (user name). */
  user: Scalars["String"]["output"];
};

/** The dry-run report of a file: what applying it does, row by row counted. */
export type ImportReport = {
  __typename?: "ImportReport";
  /** Rows that create a company or relationship. */
  created: Scalars["Int"]["output"];
  /** `XLSX`, or the CSV encoding found: `UTF-8`, `UTF-8 BOM` or `GB18030` (GBK). */
  format: Scalars["String"]["output"];
  /** The kind of rows. */
  kind: ImportKind;
  /** Every problem (a row may have several), by row. */
  problems: Array<ImportProblem>;
  /** Rows with at least one problem. */
  refused: Scalars["Int"]["output"];
  /** Data rows in the file. */
  rows: Scalars["Int"]["output"];
  /** Rows the graph already holds exactly. */
  unchanged: Scalars["Int"]["output"];
  /** Rows that change an existing one. */
  updated: Scalars["Int"]["output"];
};

/** The outcome of `importFile`. */
export type ImportResult = {
  __typename?: "ImportResult";
  /** Whether the file was applied (false for a dry run or a refused file). */
  applied: Scalars["Boolean"]["output"];
  /** The import's id when applied (for `undoImport`); null otherwise. */
  importId?: Maybe<Scalars["ID"]["output"]>;
  /** The report (for a dry run, of what would happen). */
  report: ImportReport;
};

/** Where an import stands. */
export type ImportStatus =
  /** Written. */
  | "APPLIED"
  /** Being written (an import found so with no heartbeat is rolled back before the next one). */
  | "APPLYING"
  /** Cut short (the process or the database died) and rolled back. */
  | "ROLLED_BACK"
  /** Being undone. */
  | "UNDOING"
  /** Undone: what it changed is as it was before. */
  | "UNDONE";

/** Language of generated text (reasons, explanations). */
export type Lang =
  /** English. */
  | "EN"
  /** Simplified Chinese. */
  | "ZH";

/** A recruiting project (招商项目): a company, the gap it fills, the team on it, the money and the stage. */
export type Lead = {
  __typename?: "Lead";
  /** Planned investment in units of `currency`; null when unknown or hidden from the viewer. */
  amount?: Maybe<Scalars["Float"]["output"]>;
  /** Planned investment in RMB (yuan); null when unknown or hidden. */
  amountRmb?: Maybe<Scalars["Float"]["output"]>;
  /** The company recruited. */
  company: Company;
  /** ISO 4217 code of `amount`: CNY or USD; null when hidden. */
  currency?: Maybe<Scalars["String"]["output"]>;
  /** Planned fixed-asset investment in RMB (yuan); null when unknown or hidden. */
  fixedAssetsRmb?: Maybe<Scalars["Float"]["output"]>;
  /** Fund investment in RMB (yuan); null when none or hidden. */
  fundAmountRmb?: Maybe<Scalars["Float"]["output"]>;
  /** Linked to the zone's fund (招投联动); null when hidden. */
  fundLinked?: Maybe<Scalars["Boolean"]["output"]>;
  /** History, oldest first; empty when hidden. */
  history: Array<LeadEvent>;
  /** Stable id: `ld-` and a UUID (demo leads: `ld-syn-` and a number). */
  id: Scalars["ID"]["output"];
  /** Industrial project large enough to count as started (≥ PIPELINE_INDUSTRIAL_MIN_RMB RMB); null when hidden. */
  industrial?: Maybe<Scalars["Boolean"]["output"]>;
  /** Expected jobs; null when unknown or hidden. */
  jobs?: Maybe<Scalars["Int"]["output"]>;
  /** Key project: ≥ PIPELINE_KEY_MIN_RMB RMB or ≥ PIPELINE_KEY_MIN_USD USD. */
  keyProject: Scalars["Boolean"]["output"];
  /** Date of the last change (YYYY-MM-DD). */
  lastChangeOn: Scalars["String"]["output"];
  /** Milestones, by due date; empty when hidden. */
  milestones: Array<Milestone>;
  /** Stages it may move to next (rules.ts). */
  nextStages: Array<LeadStage>;
  /** The office following it; null when none covers the company's region. */
  office?: Maybe<Office>;
  /** A milestone or a planned stage date has passed undone; false when hidden. */
  overdue: Scalars["Boolean"]["output"];
  /** Username of the owning person; null when hidden. */
  owner?: Maybe<Scalars["String"]["output"]>;
  /** True when the viewer sees only the stage (a RECRUITER looking at another team's lead). */
  restricted: Scalars["Boolean"]["output"];
  /** Planned and actual dates of the forward stages; empty when hidden. */
  schedule: Array<StageSchedule>;
  /** The segment (gap) it fills; null when the segment was removed. */
  segment?: Maybe<Segment>;
  /** Where it stands. */
  stage: LeadStage;
  /** Open and unchanged for more than PIPELINE_STALL_DAYS days. */
  stalled: Scalars["Boolean"]["output"];
  /** Demo data (合成数据), made by the seed. */
  synthetic: Scalars["Boolean"]["output"];
  /** The owning team. */
  team: Team;
  /** RMB per USD used to convert a USD amount; null for CNY or when hidden. */
  usdRate?: Maybe<Scalars["Float"]["output"]>;
};

/** A page of leads, most recently changed first. */
export type LeadConnection = {
  __typename?: "LeadConnection";
  /** The page. */
  edges: Array<LeadEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** Leads matching the filter in all. */
  totalCount: Scalars["Int"]["output"];
};

/** A lead in a list. */
export type LeadEdge = {
  __typename?: "LeadEdge";
  /** Opaque cursor of this lead. */
  cursor: Scalars["String"]["output"];
  /** The lead. */
  node: Lead;
};

/** One entry of a lead's history. Immutable: written once, never changed by any operation. */
export type LeadEvent = {
  __typename?: "LeadEvent";
  /** Planned investment in RMB (yuan) after the event; null when unknown. */
  amountRmb?: Maybe<Scalars["Float"]["output"]>;
  /** Business date it took effect (YYYY-MM-DD). */
  at: Scalars["String"]["output"];
  /** Username of who recorded it. */
  by: Scalars["String"]["output"];
  /** Stage before (STAGE events); null otherwise. */
  from?: Maybe<LeadStage>;
  /** Stable id: `le-` and a UUID. */
  id: Scalars["ID"]["output"];
  /** What it records. */
  kind: LeadEventKind;
  /** Note given with the change; null when none. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** When it was recorded: an ISO 8601 UTC timestamp. */
  recordedAt: Scalars["String"]["output"];
  /** Stage after (STAGE and CREATED events); null otherwise. */
  to?: Maybe<LeadStage>;
};

/** What a history event records. */
export type LeadEventKind =
  /** Amount, currency, rate, fixed assets, jobs or fund link changed. */
  | "AMOUNT"
  /** The lead was created. */
  | "CREATED"
  /** A milestone was added. */
  | "MILESTONE_ADDED"
  /** A milestone was done. */
  | "MILESTONE_DONE"
  /** A note was added. */
  | "NOTE"
  /** The owner changed. */
  | "OWNER"
  /** Planned stage dates changed. */
  | "PLAN"
  /** The stage changed. */
  | "STAGE";

/** Which leads to list; every field narrows. */
export type LeadFilter = {
  /** Chain id of the lead's segment. */
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Company id. */
  companyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Key projects only (true) or the others (false). */
  keyProject?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Office id. */
  officeId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Segment id. */
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Stages (any of them). */
  stages?: InputMaybe<Array<LeadStage>>;
  /** Owning team id. */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** Leads of a gap segment, for gap progress (补链进度). */
export type LeadProgress = {
  __typename?: "LeadProgress";
  /** Leads per stage (stages with none left out). */
  byStage: Array<StageCount>;
  /** The furthest forward stage any of them reached; null with none. */
  furthestStage?: Maybe<LeadStage>;
  /** Leads in the segment that are not LOST. */
  leads: Scalars["Int"]["output"];
};

/**
 * Where a recruiting lead (招商项目) stands. Allowed moves (server/src/pipeline/rules.ts): LEAD → VISIT →
 * NEGOTIATION → (POLICY →) SIGNED → REGISTERED → STARTED → PRODUCING, one step at a time (POLICY may go
 * back to NEGOTIATION); any open stage → LOST or PAUSED (STARTED only → PAUSED); PAUSED → the stage it
 * left, or LOST; LOST → LEAD; PRODUCING is the end.
 */
export type LeadStage =
  /** 挖掘线索: a lead found. */
  | "LEAD"
  /** 流失: lost. */
  | "LOST"
  /** 谈判: terms under negotiation. */
  | "NEGOTIATION"
  /** 暂停: paused. */
  | "PAUSED"
  /** 政策商议: policy terms awaiting a decision. */
  | "POLICY"
  /** 投产: production started; the company is local from then on. */
  | "PRODUCING"
  /** 注册: company registered in the zone. */
  | "REGISTERED"
  /** 签约: agreement signed. */
  | "SIGNED"
  /** 开工: construction started. */
  | "STARTED"
  /** 走访: visited or hosted. */
  | "VISIT";

/** The signed-in user. */
export type Me = {
  __typename?: "Me";
  /** The alliance member company a MEMBER acts for; null for other roles. */
  company?: Maybe<Company>;
  /** Role, which decides what the user may see and do. */
  role: Role;
  /** The 4+6 team the user belongs to, if any (always set for a RECRUITER). */
  team?: Maybe<Team>;
  /** Sign-in name. */
  username: Scalars["String"]["output"];
};

/** A task on a lead's schedule (细化到天、落实到人). */
export type Milestone = {
  __typename?: "Milestone";
  /** Date it was done (YYYY-MM-DD); null while open. */
  doneOn?: Maybe<Scalars["String"]["output"]>;
  /** Due date (YYYY-MM-DD). */
  due: Scalars["String"]["output"];
  /** Stable id: `ms-` and a UUID. */
  id: Scalars["ID"]["output"];
  /** The lead's id. */
  leadId: Scalars["ID"]["output"];
  /** Open and due before today. */
  overdue: Scalars["Boolean"]["output"];
  /** Who answers for it (a name or username). */
  owner: Scalars["String"]["output"];
  /** What is to be done, 1 to 200 characters. */
  title: Scalars["String"]["output"];
};

/** The root of every write; each capability extends it. */
export type Mutation = {
  __typename?: "Mutation";
  /** Placeholder that lets capabilities extend Mutation; always null. */
  _empty?: Maybe<Scalars["Boolean"]["output"]>;
  /**
   * Adds a row to a bureau-maintained table (未来趋势图, 重点园区, 重点创新平台) of a chain. Unknown chain:
   * NOT_FOUND; a blank or too long text: BAD_USER_INPUT naming the field. Audited.
   */
  addDossierEntry: DossierEntry;
  /** Adds a milestone to a lead. */
  addMilestone: Milestone;
  /** Marks a milestone done on a date. */
  completeMilestone: Milestone;
  /** Creates a lead at LEAD (a company not in the graph enters it as `imported`). */
  createLead: Lead;
  /** Creates a user (ADMIN). BAD_USER_INPUT names the field at fault (username, role, password, team, company). */
  createUser: User;
  /** Deletes a maintained row, with the same version check as updateDossierEntry. Returns the id. Audited. */
  deleteDossierEntry: Scalars["ID"]["output"];
  /**
   * Validates a CSV or XLSX file and, unless `dryRun`, applies it: all or nothing unless
   * `skipBadRows`. The file travels base64-encoded in the request, so its size is bounded by
   * MAX_BODY_BYTES (raise it for big files, or use `npm run import`). ADMIN only.
   */
  importFile: ImportResult;
  /** Marks the viewer's alerts read: those named (at most 100), or all when `ids` is left out. Returns how many changed. */
  markAlertsRead: Scalars["Int"]["output"];
  /** Moves a lead to another stage on a date, by the transition rules; at PRODUCING its company gets a local plant in the segment. */
  moveLead: Lead;
  /** Sets a new password for a user (ADMIN); their sessions end at once. */
  resetPassword: User;
  /** Saves the top `size` (1–1000) of a ranking as a list whose items start as NEW. */
  saveTargetList: TargetList;
  /** Undoes a whole applied import (newest first). ADMIN only. */
  undoImport: ImportRecord;
  /** Stops one of the viewer's watches (its alerts stay); false when there was no such watch. */
  unwatch: Scalars["Boolean"]["output"];
  /**
   * Changes a maintained row. Optimistic concurrency: `version` is the version the edit was based on;
   * when the row changed since, nothing is written and the answer is CONFLICT naming who changed it.
   * Unknown id: NOT_FOUND. Audited.
   */
  updateDossierEntry: DossierEntry;
  /** Changes a lead's figures, owner, plan or note; each change is a history event. */
  updateLead: Lead;
  /**
   * Sets an item's status and/or note (note: at most 2000 characters; an empty string clears it).
   * Refused with CONFLICT (nothing written; the message names who changed what, and
   * `extensions.current` holds the item now) when the item's version is no longer `version`.
   */
  updateTargetItem: TargetItem;
  /** Changes a user's role, team, company or active flag (ADMIN); their sessions end at once. */
  updateUser: User;
  /** Watch a gap (a leaf of the chain): an alert when a new target candidate enters it after a graph write. Watching twice is the same watch. */
  watchGap: Watch;
  /** Watch a lead: an alert when it stalls (no change for more than PIPELINE_STALL_DAYS) or a milestone is overdue. */
  watchLead: Watch;
  /** Watch a peer in a segment: an alert when the peer's RCA passes the zone's. */
  watchPeerSegment: Watch;
};

/** The root of every write; each capability extends it. */
export type MutationAddDossierEntryArgs = {
  chainId: Scalars["ID"]["input"];
  input: DossierEntryInput;
  kind: DossierEntryKind;
};

/** The root of every write; each capability extends it. */
export type MutationAddMilestoneArgs = {
  due: Scalars["String"]["input"];
  leadId: Scalars["ID"]["input"];
  owner: Scalars["String"]["input"];
  title: Scalars["String"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationCompleteMilestoneArgs = {
  date: Scalars["String"]["input"];
  id: Scalars["ID"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};

/** The root of every write; each capability extends it. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

/** The root of every write; each capability extends it. */
export type MutationDeleteDossierEntryArgs = {
  id: Scalars["ID"]["input"];
  version: Scalars["Int"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationImportFileArgs = {
  contentBase64: Scalars["String"]["input"];
  dryRun?: InputMaybe<Scalars["Boolean"]["input"]>;
  fileName: Scalars["String"]["input"];
  kind?: InputMaybe<ImportKind>;
  sheet?: InputMaybe<Scalars["String"]["input"]>;
  skipBadRows?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** The root of every write; each capability extends it. */
export type MutationMarkAlertsReadArgs = {
  ids?: InputMaybe<Array<Scalars["ID"]["input"]>>;
};

/** The root of every write; each capability extends it. */
export type MutationMoveLeadArgs = {
  date: Scalars["String"]["input"];
  id: Scalars["ID"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  stage: LeadStage;
};

/** The root of every write; each capability extends it. */
export type MutationResetPasswordArgs = {
  id: Scalars["ID"]["input"];
  password: Scalars["String"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationSaveTargetListArgs = {
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  filter?: InputMaybe<TargetFilter>;
  name: Scalars["String"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  size?: InputMaybe<Scalars["Int"]["input"]>;
  weights?: InputMaybe<TargetWeightsInput>;
};

/** The root of every write; each capability extends it. */
export type MutationUndoImportArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationUnwatchArgs = {
  watchId: Scalars["ID"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationUpdateDossierEntryArgs = {
  id: Scalars["ID"]["input"];
  input: DossierEntryInput;
  version: Scalars["Int"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationUpdateLeadArgs = {
  id: Scalars["ID"]["input"];
  input: UpdateLeadInput;
};

/** The root of every write; each capability extends it. */
export type MutationUpdateTargetItemArgs = {
  companyId: Scalars["ID"]["input"];
  listId: Scalars["ID"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  status?: InputMaybe<TargetStatus>;
  version: Scalars["Int"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationUpdateUserArgs = {
  id: Scalars["ID"]["input"];
  input: UpdateUserInput;
};

/** The root of every write; each capability extends it. */
export type MutationWatchGapArgs = {
  chainId: Scalars["ID"]["input"];
  segmentId: Scalars["ID"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationWatchLeadArgs = {
  leadId: Scalars["ID"]["input"];
};

/** The root of every write; each capability extends it. */
export type MutationWatchPeerSegmentArgs = {
  chainId: Scalars["ID"]["input"];
  peerCode: Scalars["ID"]["input"];
  segmentId: Scalars["ID"]["input"];
};

/** A company not yet in the graph, entered with a lead (source `imported`). */
export type NewCompanyInput = {
  /** English name, 1 to 200 characters. */
  name: Scalars["String"]["input"];
  /** Chinese name, 1 to 200 characters. */
  nameZh: Scalars["String"]["input"];
  /** Code of its region (a city, province or country code). */
  regionCode: Scalars["String"]["input"];
};

/** An office recruiting by territory and field (分领域、分区域). */
export type Office = {
  __typename?: "Office";
  /** Chain ids (fields) it recruits for. */
  chainIds: Array<Scalars["ID"]["output"]>;
  /** Stable id, e.g. O-DE. */
  id: Scalars["ID"]["output"];
  /** Abroad or domestic. */
  kind: OfficeKind;
  /** English name (a descriptive translation). */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** The team it belongs to. */
  team: Team;
  /** Country codes or province codes it covers. */
  territories: Array<Scalars["String"]["output"]>;
};

/** Where an office is. */
export type OfficeKind =
  /** An office or team abroad. */
  | "ABROAD"
  /** An office in another Chinese city. */
  | "DOMESTIC";

/** A leaf of the chain placed on the region's PSWOT map. */
export type OpportunityPoint = {
  __typename?: "OpportunityPoint";
  /** Relatedness density ω. */
  density: Scalars["Float"]["output"];
  /** Local companies in the leaf. */
  localCount: Scalars["Int"]["output"];
  /** Its PSWOT category: RCA cut at 1, density at the median over the chain's leaves. */
  quadrant: Quadrant;
  /** RCA of the region's row. */
  relativePresence: Scalars["Float"]["output"];
  /** The leaf. */
  segment: Segment;
};

/** Where a page of a connection ends and whether another follows (Relay cursor connections). */
export type PageInfo = {
  __typename?: "PageInfo";
  /** Cursor of the page's last row, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  /** True when more rows follow this page. */
  hasNextPage: Scalars["Boolean"]["output"];
};

/**
 * A fellow member the member could trade with. Suppliers come first, then customers, then peers;
 * within each, existing ties first, then by company id. A company that is both appears once per relation.
 */
export type Partner = {
  __typename?: "Partner";
  /** The fellow member. */
  company: Company;
  /** A SUPPLIES tie already exists between the two (either direction). */
  existingTie: Scalars["Boolean"]["output"];
  /** How it relates to the member. */
  relation: PartnerRelation;
  /** Its role in the alliance (`LEAD` or `MEMBER` in the seed data); null when not recorded. */
  role?: Maybe<Scalars["String"]["output"]>;
  /** The partner's segments that make the relation. */
  via: Array<Segment>;
};

/** How a partner relates to the member, through the FEEDS edges between their segments. */
export type PartnerRelation =
  /** Operates in a segment the member's segments FEED. */
  | "CUSTOMER"
  /** Operates in one of the member's own segments. */
  | "PEER"
  /** Operates in a segment that FEEDS one of the member's segments. */
  | "SUPPLIER";

/** The home zone and its peers in one chain. */
export type PeerComparison = {
  __typename?: "PeerComparison";
  /** The chain compared. */
  chain: Chain;
  /** The home zone's row. */
  home: PeerRegion;
  /** One row per peer, in the order asked for. */
  peers: Array<PeerRegion>;
  /** Version of the precomputed presence the figures come from; null when it was stale and counted live. */
  presenceVersion?: Maybe<Scalars["Int"]["output"]>;
};

/** One region's figures in the chain. Companies count for a region when they are located in it or in a region under it. */
export type PeerRegion = {
  __typename?: "PeerRegion";
  /** Distinct companies of the region operating in the chain's leaves. */
  companies: Scalars["Int"]["output"];
  /** Share of the chain's leaf segments with at least one company of the region (the gap analysis's completeness), 0–1. */
  completeness: Scalars["Float"]["output"];
  /** Leaf segments of the chain with at least one company of the region. */
  coveredSegments: Scalars["Int"]["output"];
  /** True for the home zone's row. */
  isHome: Scalars["Boolean"]["output"];
  /** The chain's key-technology (卡脖子) leaves with the region's RCA, in the chain's order. */
  keySegments: Array<PeerSegment>;
  /** The region. */
  region: Region;
  /** Leaf segments of the chain. */
  segmentCount: Scalars["Int"]["output"];
  /** Every leaf of the chain with the region's count and RCA, in the chain's order. */
  segments: Array<PeerSegment>;
  /** Distinct companies per stage, upstream to downstream (a company in two stages counts in each). */
  stages: Array<PeerStageCount>;
  /** Leaves where this region is strong (RCA ≥ 1) and the home zone has no company; empty for the zone itself. */
  strongWhereZoneAbsent: Array<PeerSegment>;
};

/** One leaf segment for one region, beside the home zone. */
export type PeerSegment = {
  __typename?: "PeerSegment";
  /** True when the region's RCA is above the zone's. */
  aheadOfZone: Scalars["Boolean"]["output"];
  /** Companies of the region operating in it. */
  companies: Scalars["Int"]["output"];
  /** The region's revealed comparative advantage (RCA, location quotient of company counts); ≥ 1 is strong. */
  rca: Scalars["Float"]["output"];
  /** The leaf segment. */
  segment: Segment;
  /** Companies of the home zone operating in it. */
  zoneCompanies: Scalars["Int"]["output"];
  /** The home zone's RCA in it. */
  zoneRca: Scalars["Float"]["output"];
};

/** Distinct companies of a region in one stage of the chain. */
export type PeerStageCount = {
  __typename?: "PeerStageCount";
  /** Distinct companies of the region in the chain's leaves of this stage. */
  companies: Scalars["Int"]["output"];
  /** The stage. */
  stage: Stage;
};

/** A leaderboard period. */
export type Period =
  /** The 5 calendar years ending with `at`'s year (五年一大考). */
  | "FIVE_YEARS"
  /** The calendar month containing `at`. */
  | "MONTH"
  /** The calendar quarter containing `at`. */
  | "QUARTER"
  /** The 3 calendar years ending with `at`'s year (三年期中考). */
  | "THREE_YEARS"
  /** The calendar year containing `at` (一年一小考). */
  | "YEAR";

/** Why a gap is worth acting on. */
export type PriorityReason =
  /** Missing, with local companies both upstream and downstream (断点). */
  | "BREAK_POINT"
  /** Relatedness density at or above the upper quartile of the report's gaps: the region does related work. */
  | "HIGH_DENSITY"
  /** Among the 3 highest scores of the chain's own gaps. */
  | "TOP_SCORE";

/** How soon to act on a gap. */
export type PriorityTier =
  /** Act now: one of the few gaps with a reason, highest score first. */
  | "ACT_NOW"
  /** Long term: a low score and no reason. */
  | "LONG_TERM"
  /** Next: a reason beyond the first few, or a score at least the median. */
  | "NEXT";

/** Metroverse PSWOT categories. */
export type Quadrant =
  /** Smaller than peers, stronger fit. */
  | "OPPORTUNITY"
  /** No local company. */
  | "POSSIBLE_ENTRANT"
  /** Larger than peers (RCA ≥ 1), stronger fit (density ≥ median). */
  | "STRENGTH"
  /** Larger than peers, weaker fit. */
  | "THREAT"
  /** Smaller than peers, weaker fit. */
  | "WEAKNESS";

/** The root of every read; each capability extends it. */
export type Query = {
  __typename?: "Query";
  /** Placeholder that lets capabilities extend Query; always null. */
  _empty?: Maybe<Scalars["Boolean"]["output"]>;
  /** An alliance by id; null when no alliance has it. */
  alliance?: Maybe<Alliance>;
  /** Every alliance, by id. */
  alliances: Array<Alliance>;
  /** The audit trail of writes, newest first (ADMIN only). first: 1–200. */
  auditLog: AuditConnection;
  /** A chain by id; null when no chain has it. */
  chain?: Maybe<Chain>;
  /**
   * A chain's six diagrams and six lists (六图六清单) for the home region, each generated from the graph
   * by the documented mapping (`DossierItem.method`), maintained by the bureau, or marked as having no
   * data. Leads are shown as the pipeline shows them to the viewer (a RECRUITER sees other teams' leads
   * at stage level only). Unknown chain: NOT_FOUND naming chainId.
   */
  chainDossier: ChainDossier;
  /** Every chain, by id. */
  chains: Array<Chain>;
  /** Companies matching the filter, largest revenue first (unknown revenue last, then by id). */
  companies: CompanyConnection;
  /** A company by id; null when no company has it. */
  company?: Maybe<Company>;
  /** The coordination meeting's agenda (会商会办) on a date. */
  coordinationAgenda: CoordinationAgenda;
  /**
   * Gaps of a chain for a region (default: the home region): 补链 FILL, 固链 CONSOLIDATE, 强链 STRENGTHEN
   * and 延链 EXTEND, scored by weighted features, highest score first. Unknown chain or region:
   * NOT_FOUND. Weights must be ≥ 0 with at least one positive: BAD_USER_INPUT naming the weight.
   */
  gaps: GapReport;
  /**
   * The geographic view of a chain: local companies of its leaves, the target candidates of its gaps
   * (as `targets(chainId)` ranks them) and its leads, per city, province or foreign country. With
   * segmentId or gapSegmentId, everything is narrowed to that one segment (candidates as
   * `targets(segmentId)`).
   */
  geoMap: GeoMap;
  /** The home zone the service works for (HOME_REGION, default the Nantong ETDA); NOT_FOUND when it is missing from the database. */
  homeRegion: Region;
  /** The import log, newest first (ADMIN). */
  imports: Array<ImportRecord>;
  /** A lead by id; null when none has it. */
  lead?: Maybe<Lead>;
  /** Every team's standing in the period containing `at`, best first. */
  leaderboard: Array<TeamStanding>;
  /** Leads the viewer may see, most recently changed first (a RECRUITER sees other teams' leads' stage only). */
  leads: LeadConnection;
  /** The signed-in user: who they are, their role, and the team or company they act for. */
  me: Me;
  /**
   * The viewer's alerts, newest first. Reading them first evaluates the viewer's watches (new target
   * candidates in a watched gap since the last graph write, a watched lead stalled or a milestone
   * overdue, a watched peer overtaking the zone); each event gives one alert, never two.
   */
  myAlerts: Array<Alert>;
  /** The viewer's watches, oldest first. */
  myWatches: Array<Watch>;
  /** The teams' offices abroad and in Beijing and Shanghai (server/src/teams/teams.yaml). */
  offices: Array<Office>;
  /**
   * The chain's leaves on the relative presence × relatedness density map (Metroverse PSWOT).
   * Unknown chain or region: NOT_FOUND.
   */
  opportunityMap: Array<OpportunityPoint>;
  /**
   * The home zone (HOME_REGION) beside peer regions in one chain: completeness, companies per stage,
   * RCA of the key-technology segments, and the segments where a peer is strong while the zone has no
   * company. Every region is judged by the gap analysis's own matrix, RCA and presence rule. Unknown
   * chain: NOT_FOUND. An unknown, repeated or home region among the peers, or more than 8:
   * BAD_USER_INPUT naming `peers` (or `PEER_REGIONS` when the configured list is at fault).
   */
  peerComparison: PeerComparison;
  /** The pipeline board: one column per stage with counts, amounts and the latest leads. */
  pipelineBoard: Array<BoardColumn>;
  /** A region by code; null when no region has it. */
  region?: Maybe<Region>;
  /** Regions by level and/or parent; sorted by code. */
  regions: Array<Region>;
  /** Full-text search over company and leaf-segment names, Chinese and English, best match first. */
  search: Array<SearchHit>;
  /** A segment (leaf or sub-chain) by id; null when no segment has it. */
  segment?: Maybe<Segment>;
  /** This service and the database behind it. */
  serverInfo: ServerInfo;
  /** The office that covers a company's region (teams.yaml territories); null when none does. */
  suggestedOffice?: Maybe<Office>;
  /** A saved list by id; null when no list has it or it is outside the viewer's lists. */
  targetList?: Maybe<TargetList>;
  /** Saved target lists the viewer may see, newest first: ADMIN and LEADER every list, a RECRUITER their team's, an ANALYST their own. */
  targetLists: Array<TargetList>;
  /**
   * Ranked targets for one gap segment (segmentId) or for every gap segment of a chain (chainId; a
   * company in several gap segments appears once, for its best-scoring one). With both, the segment
   * must belong to the chain and is ranked alone. regionCode: the home region (default HOME_REGION).
   * Neither segmentId nor chainId: BAD_USER_INPUT.
   */
  targets: TargetConnection;
  /** The zone's 4+6 recruiting teams (4 bureau departments and 6 state-owned recruiting bodies). */
  teams: Array<Team>;
  /** How many of the viewer's alerts are unread (after evaluating the viewer's watches). */
  unreadAlertCount: Scalars["Int"]["output"];
  /** Every user, by username (ADMIN only). */
  users: Array<User>;
  /** The zone's totals in the period containing `at`, beside the annual targets. */
  zoneStanding: ZoneStanding;
};

/** The root of every read; each capability extends it. */
export type QueryAllianceArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryChainArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryChainDossierArgs = {
  chainId: Scalars["ID"]["input"];
  lang?: InputMaybe<Lang>;
};

/** The root of every read; each capability extends it. */
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryCompanyArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryCoordinationAgendaArgs = {
  date: Scalars["String"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryGapsArgs = {
  chainId: Scalars["ID"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  weights?: InputMaybe<GapWeightsInput>;
};

/** The root of every read; each capability extends it. */
export type QueryGeoMapArgs = {
  chainId: Scalars["ID"]["input"];
  gapSegmentId?: InputMaybe<Scalars["ID"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  sources?: InputMaybe<Array<DataSource>>;
};

/** The root of every read; each capability extends it. */
export type QueryImportsArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryLeadArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryLeaderboardArgs = {
  at: Scalars["String"]["input"];
  period: Period;
};

/** The root of every read; each capability extends it. */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryMyAlertsArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
  unreadOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryOpportunityMapArgs = {
  chainId: Scalars["ID"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryPeerComparisonArgs = {
  chainId: Scalars["ID"]["input"];
  peers?: InputMaybe<Array<Scalars["ID"]["input"]>>;
};

/** The root of every read; each capability extends it. */
export type QueryPipelineBoardArgs = {
  filter?: InputMaybe<LeadFilter>;
  perStage?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryRegionArgs = {
  code: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
  parentCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
  text: Scalars["String"]["input"];
};

/** The root of every read; each capability extends it. */
export type QuerySegmentArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QuerySuggestedOfficeArgs = {
  companyId: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryTargetListArgs = {
  id: Scalars["ID"]["input"];
};

/** The root of every read; each capability extends it. */
export type QueryTargetListsArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The root of every read; each capability extends it. */
export type QueryTargetsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  filter?: InputMaybe<TargetFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  weights?: InputMaybe<TargetWeightsInput>;
};

/** The root of every read; each capability extends it. */
export type QueryZoneStandingArgs = {
  at: Scalars["String"]["input"];
  period: Period;
};

/** A region of the tree: countries, China's provinces, cities and districts, and parks. */
export type Region = {
  __typename?: "Region";
  /** Regions directly under it, by code. */
  children: Array<Region>;
  /** ISO 3166-1 alpha-2 for countries (`CN`), GB/T 2260 six-digit codes for Chinese provinces, cities and districts (`320000`, `320600`, `320612`), the park's own code for a park (`320671`). */
  code: Scalars["ID"]["output"];
  /** True when this region lies inside the home region's subtree (or is the home region). */
  isLocal: Scalars["Boolean"]["output"];
  /** Latitude of its seat or centre (a foreign country's capital), WGS 84 degrees to about 0.01°; null when unknown. */
  lat?: Maybe<Scalars["Float"]["output"]>;
  /** Its level in the tree. */
  level: RegionLevel;
  /** Longitude of its seat or centre, WGS 84 degrees; null when unknown. */
  lon?: Maybe<Scalars["Float"]["output"]>;
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** The region it is part of; null for a country. */
  parent?: Maybe<Region>;
};

/** Level of a region in the tree, from country down to park. */
export type RegionLevel =
  /** A prefecture-level city (地级市). */
  | "CITY"
  /** A country (ISO 3166-1 alpha-2 code). */
  | "COUNTRY"
  /** A district, county or county-level city (区, 县, 县级市). */
  | "DISTRICT"
  /** An industrial park or development zone (园区), such as the Nantong ETDA. */
  | "PARK"
  /** A Chinese provincial-level division (省, 直辖市, 自治区, 特别行政区). */
  | "PROVINCE";

/** What a user may do (README "Roles"). */
export type Role =
  /** Users and data; reads and writes everything. */
  | "ADMIN"
  /** Chains, gaps, companies, targets and their own saved lists; no user administration. */
  | "ANALYST"
  /** Bureau leadership: reads everything, including the horse race. */
  | "LEADER"
  /** A user of an alliance member company: their own alliances' members, partners and ties; nothing else. */
  | "MEMBER"
  /** A member of one of the 4+6 teams: chains, gaps, targets and their team's saved lists. */
  | "RECRUITER";

/**
 * One feature's part in a weighted score (gaps, targets): score = Σ contribution, so a person can see
 * why something ranks where it does.
 */
export type ScoreFeature = {
  __typename?: "ScoreFeature";
  /** Value × weight. */
  contribution: Scalars["Float"]["output"];
  /** True when the input was unknown and the value is a stated stand-in (e.g. the median), not a fact. */
  imputed: Scalars["Boolean"]["output"];
  /** Feature name: a field of `GapWeightsInput` for gaps, of `TargetWeightsInput` for targets. */
  name: Scalars["String"]["output"];
  /** Before normalisation, where the score reports it (gap features); null otherwise. */
  raw?: Maybe<Scalars["Float"]["output"]>;
  /** The feature's value, normalised (normally to [0, 1]). */
  value: Scalars["Float"]["output"];
  /** The weight the score used for this feature (≥ 0): the configured default or the query's override. */
  weight: Scalars["Float"]["output"];
};

/** A search result: a company or a leaf segment. */
export type SearchHit = Company | Segment;

/** A link of a chain (环节). Leaves carry companies; sub-chains group leaves. */
export type Segment = {
  __typename?: "Segment";
  /** The chain it belongs to. */
  chain: Chain;
  /** A sub-chain's leaves in taxonomy order; empty for a leaf. */
  children: Array<Segment>;
  /** Companies operating in this segment, largest revenue first (unknown revenue last, then by id). */
  companies: CompanyConnection;
  /** Companies in this segment in the region (default: the home region) and everywhere. */
  coverage: Coverage;
  /** Segments this one FEEDS (its outputs), any chain. */
  downstream: Array<Segment>;
  /** Stable id, unique across chains: e.g. `PV06` for a leaf, `NE-PV` for a sub-chain. */
  id: Scalars["ID"]["output"];
  /** True for a leaf (companies operate in leaves only); false for a sub-chain. */
  isLeaf: Scalars["Boolean"]["output"];
  /** Chokepoint technology (卡脖子). */
  keyTech: Scalars["Boolean"]["output"];
  /** Leads filling this segment (补链进度). */
  leadProgress: LeadProgress;
  /** English name. */
  name: Scalars["String"]["output"];
  /** Chinese name. */
  nameZh: Scalars["String"]["output"];
  /** The sub-chain a leaf belongs to; null for a sub-chain. */
  parent?: Maybe<Segment>;
  /** EQUIPMENT, MATERIAL, SERVICE or CORE, where modelled; null otherwise. */
  role?: Maybe<Scalars["String"]["output"]>;
  /** Where the segment sits in the chain's flow. */
  stage: Stage;
  /** Segments that FEED this one (its inputs), any chain. */
  upstream: Array<Segment>;
};

/** A link of a chain (环节). Leaves carry companies; sub-chains group leaves. */
export type SegmentCompaniesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A link of a chain (环节). Leaves carry companies; sub-chains group leaves. */
export type SegmentCoverageArgs = {
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** What this service is and which database answers it. */
export type ServerInfo = {
  __typename?: "ServerInfo";
  /** The Neo4j database behind the service; DATABASE_UNAVAILABLE when it cannot be reached. */
  database: DatabaseInfo;
  /** Code of the home region (the zone the service works for). */
  homeRegionCode: Scalars["String"]["output"];
  /** Product name: Chain Atlas. */
  name: Scalars["String"]["output"];
  /** Server version (the package version, semver). */
  version: Scalars["String"]["output"];
};

/** Position of a segment in its chain's flow, from inputs to end use, as the chain's taxonomy assigns it. */
export type Stage =
  /** 下游: using, integrating, operating, selling or servicing the products. */
  | "DOWNSTREAM"
  /** 中游: making the chain's main products and their subsystems. */
  | "MIDSTREAM"
  /** 上游: inputs such as materials, core components and design. */
  | "UPSTREAM";

/** How many leads are at a stage. */
export type StageCount = {
  __typename?: "StageCount";
  /** How many. */
  count: Scalars["Int"]["output"];
  /** The stage. */
  stage: LeadStage;
};

/** A planned stage date. */
export type StagePlanInput = {
  /** Planned date (YYYY-MM-DD). */
  date: Scalars["String"]["input"];
  /** The stage. */
  stage: LeadStage;
};

/** A stage's planned and actual dates (倒排序时). */
export type StageSchedule = {
  __typename?: "StageSchedule";
  /** Date the lead first reached it (YYYY-MM-DD); null when it has not. */
  actual?: Maybe<Scalars["String"]["output"]>;
  /** Planned date passed (before today) and the stage not reached. */
  late: Scalars["Boolean"]["output"];
  /** Planned date (YYYY-MM-DD); null when none was planned. */
  planned?: Maybe<Scalars["String"]["output"]>;
  /** The stage. */
  stage: LeadStage;
};

/**
 * Companies worth recruiting into a gap (PRODUCT.md §5): candidates are companies operating in the
 * segment that are not local; each gets a weighted score whose features are all reported.
 */
export type Target = {
  __typename?: "Target";
  /** The candidate: a company operating in the segment, located outside the home region's subtree. */
  company: Company;
  /** Great-circle distance to the home region, km (null when neither it nor its region has coordinates). */
  distanceKm?: Maybe<Scalars["Float"]["output"]>;
  /** Fit, ties, scale, growth, innovation, listed, proximity, alliance — score = Σ contribution. An unknown input stands in at the median (0.5 for percentiles) and is flagged imputed. */
  features: Array<ScoreFeature>;
  /** Status of the company in the saved target lists (the most recently updated item; a TargetStatus name), null if in none. */
  leadStatus?: Maybe<Scalars["String"]["output"]>;
  /** Local companies it already supplies or buys from (SUPPLIES, either direction). */
  localTies: Array<Company>;
  /** Why it ranks here, strongest contributions first, then what was unknown and stood in for. */
  reasons: Array<Scalars["String"]["output"]>;
  /** Σ feature contributions, rounded to 1e-9 (the ranking and cursors use the rounded value). */
  score: Scalars["Float"]["output"];
  /** The gap segment it is ranked for (in chain mode: its best-scoring gap segment). */
  segment: Segment;
};

/**
 * Companies worth recruiting into a gap (PRODUCT.md §5): candidates are companies operating in the
 * segment that are not local; each gets a weighted score whose features are all reported.
 */
export type TargetReasonsArgs = {
  lang?: InputMaybe<Lang>;
};

/** A page of the ranking: highest score first, equal scores by company id. */
export type TargetConnection = {
  __typename?: "TargetConnection";
  /** The page's targets in rank order. */
  edges: Array<TargetEdge>;
  /** Where the page ends and whether another follows. */
  pageInfo: PageInfo;
  /** Candidates that pass the filter. */
  totalCount: Scalars["Int"]["output"];
};

/** One ranked target and its cursor. */
export type TargetEdge = {
  __typename?: "TargetEdge";
  /** Opaque cursor of this row (its score and company id); pass it as `after` to get the rows after it. */
  cursor: Scalars["String"]["output"];
  /** The target. */
  node: Target;
};

/** Conditions on candidates, applied after scoring: a filter never changes a score. All set fields must hold. */
export type TargetFilter = {
  /** ISO 3166-1 alpha-2 country codes (CN, DE, …). */
  countries?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Leave out companies already in any saved target list. */
  excludeInLists?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** True: listed candidates only; false: unlisted only; unset: both. */
  listed?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Million RMB; candidates with unknown revenue are left out when set. */
  minRevenue?: InputMaybe<Scalars["Float"]["input"]>;
  /** Province codes (or any region codes): the candidate's region must lie in one of their subtrees. */
  provinces?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Only candidates whose data come from this source. */
  source?: InputMaybe<DataSource>;
};

/** The filter a saved list was ranked with. */
export type TargetFilterValues = {
  __typename?: "TargetFilterValues";
  /** As `TargetFilter.countries`; null when not set. */
  countries?: Maybe<Array<Scalars["String"]["output"]>>;
  /** As `TargetFilter.excludeInLists`; null when not set. */
  excludeInLists?: Maybe<Scalars["Boolean"]["output"]>;
  /** As `TargetFilter.listed`; null when not set. */
  listed?: Maybe<Scalars["Boolean"]["output"]>;
  /** As `TargetFilter.minRevenue` (million RMB); null when not set. */
  minRevenue?: Maybe<Scalars["Float"]["output"]>;
  /** As `TargetFilter.provinces`; null when not set. */
  provinces?: Maybe<Array<Scalars["String"]["output"]>>;
  /** As `TargetFilter.source`; null when not set. */
  source?: Maybe<DataSource>;
};

/** One company of a saved list: its rank and score at save time, and how the lead stands now. */
export type TargetItem = {
  __typename?: "TargetItem";
  /** The company. */
  company: Company;
  /** Features at save time. */
  features: Array<ScoreFeature>;
  /** The list it belongs to. */
  list: TargetList;
  /** The recruiters' note, at most 2000 characters; null when none. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** 1-based rank at save time. */
  rank: Scalars["Int"]["output"];
  /** Score at save time. */
  score: Scalars["Float"]["output"];
  /** The gap segment it was ranked for. */
  segment: Segment;
  /** Where the lead stands; NEW when saved. */
  status: TargetStatus;
  /** Last change (save, status or note): an ISO 8601 UTC timestamp. */
  updatedAt: Scalars["String"]["output"];
  /** Starts at 1 when saved; each saved edit adds 1. An edit names the version it was based on. */
  version: Scalars["Int"]["output"];
};

/** A snapshot of a ranking at save time, worked by recruiters item by item. */
export type TargetList = {
  __typename?: "TargetList";
  /** The chain ranked, for a list saved with chainId alone; null when a segment was given. */
  chain?: Maybe<Chain>;
  /** When it was saved: an ISO 8601 UTC timestamp (e.g. `2026-11-26T12:00:00.000Z`). */
  createdAt: Scalars["String"]["output"];
  /** The filter it was ranked with; null when none was given. */
  filter?: Maybe<TargetFilterValues>;
  /** Stable id: `tl-` and a UUID. */
  id: Scalars["ID"]["output"];
  /** Number of items: the size asked for, or fewer when the ranking was shorter. */
  itemCount: Scalars["Int"]["output"];
  /** Items in rank order. */
  items: Array<TargetItem>;
  /** Name given when saved (1 to 200 characters, trimmed). */
  name: Scalars["String"]["output"];
  /** Home region the ranking was made for. */
  regionCode: Scalars["String"]["output"];
  /** The segment ranked, for a list saved with segmentId; null for a chain ranking. */
  segment?: Maybe<Segment>;
  /** The weights it was ranked with. */
  weights: TargetWeights;
};

/**
 * Where a lead stands. Any status may follow any other (bureaus' records are not linear):
 * NEW saved, not yet contacted · CONTACTED first contact made · VISITED visited or hosted ·
 * NEGOTIATING project terms under discussion · SIGNED agreement signed · NOT_INTERESTED declined or
 * dropped · CONVERTED the project has landed (registered or started building in the zone).
 */
export type TargetStatus =
  /** First contact made. */
  | "CONTACTED"
  /** The project has landed (registered or started building in the zone). */
  | "CONVERTED"
  /** Project terms under discussion. */
  | "NEGOTIATING"
  /** Saved, not yet contacted. */
  | "NEW"
  /** Declined or dropped. */
  | "NOT_INTERESTED"
  /** Agreement signed. */
  | "SIGNED"
  /** Visited or hosted. */
  | "VISITED";

/** The weights a ranking used (defaults merged with overrides). */
export type TargetWeights = {
  __typename?: "TargetWeights";
  /** Weight of membership of an alliance with local members. */
  alliance: Scalars["Float"]["output"];
  /** Weight of fit (primary or secondary segment). */
  fit: Scalars["Float"]["output"];
  /** Weight of revenue growth. */
  growth: Scalars["Float"]["output"];
  /** Weight of innovation (R&D intensity). */
  innovation: Scalars["Float"]["output"];
  /** Weight of being listed. */
  listed: Scalars["Float"]["output"];
  /** Weight of proximity to the home region. */
  proximity: Scalars["Float"]["output"];
  /** Weight of scale (revenue, else registered capital). */
  scale: Scalars["Float"]["output"];
  /** Weight of ties to local companies. */
  ties: Scalars["Float"]["output"];
};

/** Overrides of the configured default weights (TARGET_WEIGHT_*); each ≥ 0, at least one > 0. */
export type TargetWeightsInput = {
  /** Alliance: 1 when it belongs to an alliance that has local members. Default TARGET_WEIGHT_ALLIANCE (0.05). */
  alliance?: InputMaybe<Scalars["Float"]["input"]>;
  /** Fit: 1 when the segment is the company's primary one, 0.5 when secondary. Default TARGET_WEIGHT_FIT (0.2). */
  fit?: InputMaybe<Scalars["Float"]["input"]>;
  /** Growth: percentile of revenue growth among the candidates. Default TARGET_WEIGHT_GROWTH (0.1). */
  growth?: InputMaybe<Scalars["Float"]["input"]>;
  /** Innovation: percentile of R&D intensity among the candidates. Default TARGET_WEIGHT_INNOVATION (0.1). */
  innovation?: InputMaybe<Scalars["Float"]["input"]>;
  /** Listed: 1 when listed, else 0. Default TARGET_WEIGHT_LISTED (0.05). */
  listed?: InputMaybe<Scalars["Float"]["input"]>;
  /** Proximity: exp(−km / 500), km = great-circle distance to the home region. Default TARGET_WEIGHT_PROXIMITY (0.15). */
  proximity?: InputMaybe<Scalars["Float"]["input"]>;
  /** Scale: percentile of revenue among the candidates (of registered capital when revenue is unknown). Default TARGET_WEIGHT_SCALE (0.15). */
  scale?: InputMaybe<Scalars["Float"]["input"]>;
  /** Ties: log(1+n) / log(1+max n), n = distinct local companies it supplies or buys from. Default TARGET_WEIGHT_TIES (0.2). */
  ties?: InputMaybe<Scalars["Float"]["input"]>;
};

/** One of the zone's 4+6 recruiting teams (server/src/teams/teams.yaml). */
export type Team = {
  __typename?: "Team";
  /** Stable id, e.g. T-GYZX. */
  id: Scalars["ID"]["output"];
  /** Kind of body. */
  kind: TeamKind;
  /** English name (a descriptive translation). */
  name: Scalars["String"]["output"];
  /** Chinese name, as in the source document. */
  nameZh: Scalars["String"]["output"];
};

/** What kind of recruiting body a team is. */
export type TeamKind =
  /** One of the 3 recruiting branches on state-owned platforms. */
  | "BRANCH"
  /** One of the 4 bureau departments. */
  | "DEPARTMENT"
  /** One of the 3 recruiting subsidiary companies. */
  | "SUBSIDIARY";

/** A team's results in a period (赛马). */
export type TeamStanding = {
  __typename?: "TeamStanding";
  /** Mean days from signing to production of the leads that reached production in the period. */
  avgDaysSignedToProducing?: Maybe<Scalars["Float"]["output"]>;
  /** Share of the team's leads created by the period's end that were signed by then; null with none. */
  conversion?: Maybe<Scalars["Float"]["output"]>;
  /** Key projects signed in the period. */
  keyProjects: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan). */
  keyProjectsAmountRmb: Scalars["Float"]["output"];
  /** Leads producing since the period. */
  producing: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan). */
  producingAmountRmb: Scalars["Float"]["output"];
  /** 1-based rank: by signed amount, then signed count, then key projects; equal figures share a rank. */
  rank: Scalars["Int"]["output"];
  /** Leads registered in the period. */
  registered: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan) when signed. */
  signedAmountRmb: Scalars["Float"]["output"];
  /** Leads signed in the period. */
  signedCount: Scalars["Int"]["output"];
  /** Industrial projects (≥ PIPELINE_INDUSTRIAL_MIN_RMB) started in the period. */
  started: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan). */
  startedAmountRmb: Scalars["Float"]["output"];
  /** The team. */
  team: Team;
};

/** Changes to a lead's figures, owner, plan or note; omitted fields stay. */
export type UpdateLeadInput = {
  /** Planned investment in units of `currency`, ≥ 0. */
  amount?: InputMaybe<Scalars["Float"]["input"]>;
  /** CNY or USD. */
  currency?: InputMaybe<Scalars["String"]["input"]>;
  /** Date the change took effect (YYYY-MM-DD); default today. */
  date?: InputMaybe<Scalars["String"]["input"]>;
  /** Fixed-asset investment in RMB, ≥ 0. */
  fixedAssetsRmb?: InputMaybe<Scalars["Float"]["input"]>;
  /** Fund investment in RMB, ≥ 0. */
  fundAmountRmb?: InputMaybe<Scalars["Float"]["input"]>;
  /** Fund link. */
  fundLinked?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Expected jobs, ≥ 0. */
  jobs?: InputMaybe<Scalars["Int"]["input"]>;
  /** A note, at most 2000 characters. */
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** Username of the new owner (a user of the lead's team). */
  owner?: InputMaybe<Scalars["String"]["input"]>;
  /** Planned stage dates to set (others stay). */
  plan?: InputMaybe<Array<StagePlanInput>>;
  /** RMB per USD. */
  usdRate?: InputMaybe<Scalars["Float"]["input"]>;
};

/** Changes to a user; unset fields keep their value. */
export type UpdateUserInput = {
  /** False deactivates the user (their sessions end); true reactivates. */
  active?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** New company id (MEMBER only). */
  companyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** New role. */
  role?: InputMaybe<Role>;
  /** New team id. */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A user account (ADMIN view; the password hash is never exposed). */
export type User = {
  __typename?: "User";
  /** False once deactivated: the user can no longer sign in. */
  active: Scalars["Boolean"]["output"];
  /** Company a MEMBER acts for, if any. */
  company?: Maybe<Company>;
  /** When the user was created (ISO 8601). */
  createdAt: Scalars["String"]["output"];
  /** Stable id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Last successful sign-in (ISO 8601), null if never. */
  lastLoginAt?: Maybe<Scalars["String"]["output"]>;
  /** Role. */
  role: Role;
  /** Team, if any. */
  team?: Maybe<Team>;
  /** Sign-in name, unique. */
  username: Scalars["String"]["output"];
};

/** A watch the viewer set. */
export type Watch = {
  __typename?: "Watch";
  /** The chain (GAP, PEER). */
  chain?: Maybe<Chain>;
  /** When it was set (ISO date-time). */
  createdAt: Scalars["String"]["output"];
  /** Stable id (one watch per user and target). */
  id: Scalars["ID"]["output"];
  /** What it is on. */
  kind: WatchKind;
  /** The lead's id (LEAD). */
  leadId?: Maybe<Scalars["ID"]["output"]>;
  /** The peer region (PEER). */
  peer?: Maybe<Region>;
  /** The leaf segment (GAP, PEER). */
  segment?: Maybe<Segment>;
};

/** What a watch is on. */
export type WatchKind =
  /** A gap: new target candidates. */
  | "GAP"
  /** A lead: stalled, milestones overdue. */
  | "LEAD"
  /** A peer region in a segment: overtaking the zone. */
  | "PEER";

/** The zone's totals for a period beside its annual targets. */
export type ZoneStanding = {
  __typename?: "ZoneStanding";
  /** First day of the period (YYYY-MM-DD). */
  from: Scalars["String"]["output"];
  /** Industrial projects started. */
  industrialStarted: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan). */
  industrialStartedRmb: Scalars["Float"]["output"];
  /** Key projects signed. */
  keySigned: Scalars["Int"]["output"];
  /** Their planned investment in RMB (yuan). */
  keySignedRmb: Scalars["Float"]["output"];
  /** Annual target: industrial projects started (PIPELINE_TARGET_INDUSTRIAL_STARTED). */
  targetIndustrialStarted: Scalars["Int"]["output"];
  /** Annual target: their amount in RMB (PIPELINE_TARGET_INDUSTRIAL_STARTED_RMB). */
  targetIndustrialStartedRmb: Scalars["Float"]["output"];
  /** Annual target: key projects signed (PIPELINE_TARGET_KEY_SIGNED). */
  targetKeySigned: Scalars["Int"]["output"];
  /** Annual target: their amount in RMB (PIPELINE_TARGET_KEY_SIGNED_RMB). */
  targetKeySignedRmb: Scalars["Float"]["output"];
  /** Day after its last day (YYYY-MM-DD). */
  to: Scalars["String"]["output"];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchHit: CompanyRecord | SegmentRecord;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgendaMilestone: ResolverTypeWrapper<AgendaMilestoneRecord>;
  Alert: ResolverTypeWrapper<AlertRecord>;
  AlertKind: AlertKind;
  Alliance: ResolverTypeWrapper<AllianceRecord>;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  BoardColumn: ResolverTypeWrapper<BoardColumnRecord>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  Chain: ResolverTypeWrapper<ChainRecord>;
  ChainDossier: ResolverTypeWrapper<DossierRecord>;
  Company: ResolverTypeWrapper<CompanyRecord>;
  CompanyConnection: ResolverTypeWrapper<
    Omit<CompanyConnection, "edges"> & { edges: Array<ResolversTypes["CompanyEdge"]> }
  >;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, "node"> & { node: ResolversTypes["Company"] }>;
  CompanyFilter: CompanyFilter;
  CompanySegment: ResolverTypeWrapper<CompanySegmentRecord>;
  CoordinationAgenda: ResolverTypeWrapper<AgendaRecord>;
  Coverage: ResolverTypeWrapper<Coverage>;
  CoverageStatus: CoverageStatus;
  CreateLeadInput: CreateLeadInput;
  CreateUserInput: CreateUserInput;
  DataSource: DataSource;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfo>;
  DensityBand: DensityBand;
  DossierColumn: ResolverTypeWrapper<DossierColumn>;
  DossierEdge: ResolverTypeWrapper<DossierEdge>;
  DossierEntry: ResolverTypeWrapper<DossierEntryRecord>;
  DossierEntryInput: DossierEntryInput;
  DossierEntryKind: DossierEntryKind;
  DossierItem: ResolverTypeWrapper<ItemOut>;
  DossierItemKey: DossierItemKey;
  DossierNode: ResolverTypeWrapper<NodeOut>;
  DossierNodeKind: DossierNodeKind;
  DossierRow: ResolverTypeWrapper<RowOut>;
  DossierSourceCount: ResolverTypeWrapper<DossierSourceCount>;
  DossierStatus: DossierStatus;
  Feed: ResolverTypeWrapper<FeedRecord>;
  FeedDirection: FeedDirection;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  Gap: ResolverTypeWrapper<PrioritisedGap>;
  GapConnection: ResolverTypeWrapper<ConnectionRecord>;
  GapGroup: ResolverTypeWrapper<GapGroup>;
  GapPriority: ResolverTypeWrapper<GapPriority>;
  GapReport: ResolverTypeWrapper<GapReportRecord>;
  GapRevenue: ResolverTypeWrapper<GapRevenue>;
  GapType: GapType;
  GapWeight: ResolverTypeWrapper<GapWeight>;
  GapWeightsInput: GapWeightsInput;
  GeoLevel: GeoLevel;
  GeoMap: ResolverTypeWrapper<GeoMapRecord>;
  GeoPoint: ResolverTypeWrapper<GeoPointRecord>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeKind: GraphNodeKind;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  ImportKind: ImportKind;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportProvenance: ResolverTypeWrapper<ImportProvenance>;
  ImportReasonParam: ResolverTypeWrapper<ImportReasonParam>;
  ImportRecord: ResolverTypeWrapper<ImportRecord>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportStatus: ImportStatus;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  Lang: Lang;
  Lead: ResolverTypeWrapper<LeadRecord>;
  LeadConnection: ResolverTypeWrapper<
    Omit<LeadConnection, "edges"> & { edges: Array<ResolversTypes["LeadEdge"]> }
  >;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, "node"> & { node: ResolversTypes["Lead"] }>;
  LeadEvent: ResolverTypeWrapper<LeadEventRecord>;
  LeadEventKind: LeadEventKind;
  LeadFilter: LeadFilter;
  LeadProgress: ResolverTypeWrapper<LeadProgressRecord>;
  LeadStage: LeadStage;
  Me: ResolverTypeWrapper<Omit<Me, "company"> & { company?: Maybe<ResolversTypes["Company"]> }>;
  Milestone: ResolverTypeWrapper<MilestoneRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewCompanyInput: NewCompanyInput;
  Office: ResolverTypeWrapper<OfficeRecord>;
  OfficeKind: OfficeKind;
  OpportunityPoint: ResolverTypeWrapper<OpportunityPointRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRecord>;
  PartnerRelation: PartnerRelation;
  PeerComparison: ResolverTypeWrapper<PeerComparisonRecord>;
  PeerRegion: ResolverTypeWrapper<PeerRegionRecord>;
  PeerSegment: ResolverTypeWrapper<PeerSegmentRecord>;
  PeerStageCount: ResolverTypeWrapper<PeerStageCount>;
  Period: Period;
  PriorityReason: PriorityReason;
  PriorityTier: PriorityTier;
  Quadrant: Quadrant;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRecord>;
  RegionLevel: RegionLevel;
  Role: Role;
  ScoreFeature: ResolverTypeWrapper<ScoreFeatureRecord>;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>["SearchHit"]>;
  Segment: ResolverTypeWrapper<SegmentRecord>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  Stage: Stage;
  StageCount: ResolverTypeWrapper<StageCount>;
  StagePlanInput: StagePlanInput;
  StageSchedule: ResolverTypeWrapper<StageSchedule>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Target: ResolverTypeWrapper<TargetRecord>;
  TargetConnection: ResolverTypeWrapper<
    Omit<TargetConnection, "edges"> & { edges: Array<ResolversTypes["TargetEdge"]> }
  >;
  TargetEdge: ResolverTypeWrapper<Omit<TargetEdge, "node"> & { node: ResolversTypes["Target"] }>;
  TargetFilter: TargetFilter;
  TargetFilterValues: ResolverTypeWrapper<TargetFilterValuesRecord>;
  TargetItem: ResolverTypeWrapper<TargetItemRecord>;
  TargetList: ResolverTypeWrapper<TargetListRecord>;
  TargetStatus: TargetStatus;
  TargetWeights: ResolverTypeWrapper<TargetWeights>;
  TargetWeightsInput: TargetWeightsInput;
  Team: ResolverTypeWrapper<Team>;
  TeamKind: TeamKind;
  TeamStanding: ResolverTypeWrapper<TeamStandingRecord>;
  UpdateLeadInput: UpdateLeadInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<Omit<User, "company"> & { company?: Maybe<ResolversTypes["Company"]> }>;
  Watch: ResolverTypeWrapper<WatchRecord>;
  WatchKind: WatchKind;
  ZoneStanding: ResolverTypeWrapper<ZoneStanding>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgendaMilestone: AgendaMilestoneRecord;
  Alert: AlertRecord;
  Alliance: AllianceRecord;
  AuditConnection: AuditConnection;
  AuditEvent: AuditEvent;
  BoardColumn: BoardColumnRecord;
  Boolean: Scalars["Boolean"]["output"];
  Chain: ChainRecord;
  ChainDossier: DossierRecord;
  Company: CompanyRecord;
  CompanyConnection: Omit<CompanyConnection, "edges"> & { edges: Array<ResolversParentTypes["CompanyEdge"]> };
  CompanyEdge: Omit<CompanyEdge, "node"> & { node: ResolversParentTypes["Company"] };
  CompanyFilter: CompanyFilter;
  CompanySegment: CompanySegmentRecord;
  CoordinationAgenda: AgendaRecord;
  Coverage: Coverage;
  CreateLeadInput: CreateLeadInput;
  CreateUserInput: CreateUserInput;
  DatabaseInfo: DatabaseInfo;
  DossierColumn: DossierColumn;
  DossierEdge: DossierEdge;
  DossierEntry: DossierEntryRecord;
  DossierEntryInput: DossierEntryInput;
  DossierItem: ItemOut;
  DossierNode: NodeOut;
  DossierRow: RowOut;
  DossierSourceCount: DossierSourceCount;
  Feed: FeedRecord;
  Float: Scalars["Float"]["output"];
  Gap: PrioritisedGap;
  GapConnection: ConnectionRecord;
  GapGroup: GapGroup;
  GapPriority: GapPriority;
  GapReport: GapReportRecord;
  GapRevenue: GapRevenue;
  GapWeight: GapWeight;
  GapWeightsInput: GapWeightsInput;
  GeoMap: GeoMapRecord;
  GeoPoint: GeoPointRecord;
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars["ID"]["output"];
  ImportProblem: ImportProblem;
  ImportProvenance: ImportProvenance;
  ImportReasonParam: ImportReasonParam;
  ImportRecord: ImportRecord;
  ImportReport: ImportReport;
  ImportResult: ImportResult;
  Int: Scalars["Int"]["output"];
  Lead: LeadRecord;
  LeadConnection: Omit<LeadConnection, "edges"> & { edges: Array<ResolversParentTypes["LeadEdge"]> };
  LeadEdge: Omit<LeadEdge, "node"> & { node: ResolversParentTypes["Lead"] };
  LeadEvent: LeadEventRecord;
  LeadFilter: LeadFilter;
  LeadProgress: LeadProgressRecord;
  Me: Omit<Me, "company"> & { company?: Maybe<ResolversParentTypes["Company"]> };
  Milestone: MilestoneRecord;
  Mutation: Record<PropertyKey, never>;
  NewCompanyInput: NewCompanyInput;
  Office: OfficeRecord;
  OpportunityPoint: OpportunityPointRecord;
  PageInfo: PageInfo;
  Partner: PartnerRecord;
  PeerComparison: PeerComparisonRecord;
  PeerRegion: PeerRegionRecord;
  PeerSegment: PeerSegmentRecord;
  PeerStageCount: PeerStageCount;
  Query: Record<PropertyKey, never>;
  Region: RegionRecord;
  ScoreFeature: ScoreFeatureRecord;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>["SearchHit"];
  Segment: SegmentRecord;
  ServerInfo: ServerInfo;
  StageCount: StageCount;
  StagePlanInput: StagePlanInput;
  StageSchedule: StageSchedule;
  String: Scalars["String"]["output"];
  Target: TargetRecord;
  TargetConnection: Omit<TargetConnection, "edges"> & { edges: Array<ResolversParentTypes["TargetEdge"]> };
  TargetEdge: Omit<TargetEdge, "node"> & { node: ResolversParentTypes["Target"] };
  TargetFilter: TargetFilter;
  TargetFilterValues: TargetFilterValuesRecord;
  TargetItem: TargetItemRecord;
  TargetList: TargetListRecord;
  TargetWeights: TargetWeights;
  TargetWeightsInput: TargetWeightsInput;
  Team: Team;
  TeamStanding: TeamStandingRecord;
  UpdateLeadInput: UpdateLeadInput;
  UpdateUserInput: UpdateUserInput;
  User: Omit<User, "company"> & { company?: Maybe<ResolversParentTypes["Company"]> };
  Watch: WatchRecord;
  ZoneStanding: ZoneStanding;
};

export type AgendaMilestoneResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["AgendaMilestone"] = ResolversParentTypes["AgendaMilestone"],
> = {
  daysOverdue?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes["Lead"], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes["Milestone"], ParentType, ContextType>;
};

export type AlertResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Alert"] = ResolversParentTypes["Alert"],
> = {
  chain?: Resolver<Maybe<ResolversTypes["Chain"]>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["AlertKind"], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  milestoneTitle?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  namesZh?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  peer?: Resolver<Maybe<ResolversTypes["Region"]>, ParentType, ContextType>;
  peerRca?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  zoneRca?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
};

export type AllianceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Alliance"] = ResolversParentTypes["Alliance"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  members?: Resolver<
    ResolversTypes["CompanyConnection"],
    ParentType,
    ContextType,
    Partial<AllianceMembersArgs>
  >;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  partners?: Resolver<
    Array<ResolversTypes["Partner"]>,
    ParentType,
    ContextType,
    RequireFields<AlliancePartnersArgs, "companyId">
  >;
  source?: Resolver<ResolversTypes["DataSource"], ParentType, ContextType>;
};

export type AuditConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["AuditConnection"] = ResolversParentTypes["AuditConnection"],
> = {
  nodes?: Resolver<Array<ResolversTypes["AuditEvent"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
};

export type AuditEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["AuditEvent"] = ResolversParentTypes["AuditEvent"],
> = {
  action?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  at?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  target?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type BoardColumnResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["BoardColumn"] = ResolversParentTypes["BoardColumn"],
> = {
  amountRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  count?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes["Lead"]>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["LeadStage"], ParentType, ContextType>;
};

export type ChainResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Chain"] = ResolversParentTypes["Chain"],
> = {
  feeds?: Resolver<Array<ResolversTypes["Feed"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  segments?: Resolver<
    Array<ResolversTypes["Segment"]>,
    ParentType,
    ContextType,
    RequireFields<ChainSegmentsArgs, "leavesOnly">
  >;
  sources?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  subchains?: Resolver<Array<ResolversTypes["Segment"]>, ParentType, ContextType>;
};

export type ChainDossierResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ChainDossier"] = ResolversParentTypes["ChainDossier"],
> = {
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  diagrams?: Resolver<Array<ResolversTypes["DossierItem"]>, ParentType, ContextType>;
  generatedOn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes["DossierItem"]>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes["DossierSourceCount"]>, ParentType, ContextType>;
};

export type CompanyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Company"] = ResolversParentTypes["Company"],
> = {
  alliances?: Resolver<Array<ResolversTypes["Alliance"]>, ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes["Company"]>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  growth?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes["ImportProvenance"]>, ParentType, ContextType>;
  isLocal?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  network?: Resolver<
    ResolversTypes["Graph"],
    ParentType,
    ContextType,
    RequireFields<CompanyNetworkArgs, "depth" | "limit">
  >;
  parent?: Resolver<Maybe<ResolversTypes["Company"]>, ParentType, ContextType>;
  rdIntensity?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
  registeredCapital?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes["CompanySegment"]>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes["DataSource"], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  stockCode?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  subsidiaries?: Resolver<Array<ResolversTypes["Company"]>, ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes["Company"]>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["CompanyConnection"] = ResolversParentTypes["CompanyConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["CompanyEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["CompanyEdge"] = ResolversParentTypes["CompanyEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
};

export type CompanySegmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["CompanySegment"] = ResolversParentTypes["CompanySegment"],
> = {
  primary?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
};

export type CoordinationAgendaResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["CoordinationAgenda"] = ResolversParentTypes["CoordinationAgenda"],
> = {
  awaitingDecision?: Resolver<Array<ResolversTypes["Lead"]>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  overdueMilestones?: Resolver<Array<ResolversTypes["AgendaMilestone"]>, ParentType, ContextType>;
  stalledLeads?: Resolver<Array<ResolversTypes["Lead"]>, ParentType, ContextType>;
};

export type CoverageResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Coverage"] = ResolversParentTypes["Coverage"],
> = {
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["CoverageStatus"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type DatabaseInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DatabaseInfo"] = ResolversParentTypes["DatabaseInfo"],
> = {
  edition?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type DossierColumnResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierColumn"] = ResolversParentTypes["DossierColumn"],
> = {
  key?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  label?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  numeric?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type DossierEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierEdge"] = ResolversParentTypes["DossierEdge"],
> = {
  source?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  target?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type DossierEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierEntry"] = ResolversParentTypes["DossierEntry"],
> = {
  chainId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["DossierEntryKind"], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type DossierItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierItem"] = ResolversParentTypes["DossierItem"],
> = {
  columns?: Resolver<Array<ResolversTypes["DossierColumn"]>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes["DossierEdge"]>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes["DossierItemKey"], ParentType, ContextType>;
  method?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes["DossierNode"]>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes["DossierRow"]>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes["DossierStatus"], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type DossierNodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierNode"] = ResolversParentTypes["DossierNode"],
> = {
  coverage?: Resolver<Maybe<ResolversTypes["CoverageStatus"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  keyTech?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["DossierNodeKind"], ParentType, ContextType>;
  label?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes["Stage"]>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type DossierRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierRow"] = ResolversParentTypes["DossierRow"],
> = {
  cells?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  entryId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes["DataSource"]>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
};

export type DossierSourceCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["DossierSourceCount"] = ResolversParentTypes["DossierSourceCount"],
> = {
  all?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  local?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  source?: Resolver<ResolversTypes["DataSource"], ParentType, ContextType>;
};

export type FeedResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Feed"] = ResolversParentTypes["Feed"],
> = {
  crossChain?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  from?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
  to?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
};

export type GapResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Gap"] = ResolversParentTypes["Gap"],
> = {
  breakPoint?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  centralityTopQuartile?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  connectsTo?: Resolver<Array<ResolversTypes["GapConnection"]>, ParentType, ContextType>;
  density?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  downstreamLocal?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  explanation?: Resolver<
    ResolversTypes["String"],
    ParentType,
    ContextType,
    RequireFields<GapExplanationArgs, "lang">
  >;
  features?: Resolver<Array<ResolversTypes["ScoreFeature"]>, ParentType, ContextType>;
  leadProgress?: Resolver<ResolversTypes["LeadProgress"], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes["GapPriority"], ParentType, ContextType>;
  relativePresence?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes["GapRevenue"], ParentType, ContextType>;
  score?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  type?: Resolver<ResolversTypes["GapType"], ParentType, ContextType>;
  upstreamLocal?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type GapConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapConnection"] = ResolversParentTypes["GapConnection"],
> = {
  direction?: Resolver<ResolversTypes["FeedDirection"], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
};

export type GapGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapGroup"] = ResolversParentTypes["GapGroup"],
> = {
  count?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  densityBand?: Resolver<ResolversTypes["DensityBand"], ParentType, ContextType>;
  segmentIds?: Resolver<Array<ResolversTypes["ID"]>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes["PriorityTier"], ParentType, ContextType>;
  type?: Resolver<ResolversTypes["GapType"], ParentType, ContextType>;
};

export type GapPriorityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapPriority"] = ResolversParentTypes["GapPriority"],
> = {
  densityBand?: Resolver<ResolversTypes["DensityBand"], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes["PriorityReason"]>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes["PriorityTier"], ParentType, ContextType>;
};

export type GapReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapReport"] = ResolversParentTypes["GapReport"],
> = {
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  extendCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes["Gap"]>, ParentType, ContextType>;
  ownGapCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  priorityGroups?: Resolver<Array<ResolversTypes["GapGroup"]>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
  segmentCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes["GapWeight"]>, ParentType, ContextType>;
};

export type GapRevenueResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapRevenue"] = ResolversParentTypes["GapRevenue"],
> = {
  localKnown?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  localRevenue?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  localShare?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  localUnknown?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  totalKnown?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  totalRevenue?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  totalUnknown?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type GapWeightResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapWeight"] = ResolversParentTypes["GapWeight"],
> = {
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type GeoMapResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GeoMap"] = ResolversParentTypes["GeoMap"],
> = {
  candidateCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  homePlaceCode?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  leadCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes["Office"]>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes["GeoPoint"]>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
  syntheticCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  unplacedCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type GeoPointResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GeoPoint"] = ResolversParentTypes["GeoPoint"],
> = {
  abroad?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  candidateCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  code?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  leadCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  level?: Resolver<ResolversTypes["GeoLevel"], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  office?: Resolver<Maybe<ResolversTypes["Office"]>, ParentType, ContextType>;
  syntheticCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type GraphResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Graph"] = ResolversParentTypes["Graph"],
> = {
  edges?: Resolver<Array<ResolversTypes["GraphEdge"]>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes["GraphNode"]>, ParentType, ContextType>;
  totalCompanies?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type GraphEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GraphEdge"] = ResolversParentTypes["GraphEdge"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["GraphEdgeKind"], ParentType, ContextType>;
  source?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  target?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type GraphNodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GraphNode"] = ResolversParentTypes["GraphNode"],
> = {
  depth?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isLocal?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["GraphNodeKind"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes["DataSource"]>, ParentType, ContextType>;
};

export type ImportProblemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportProblem"] = ResolversParentTypes["ImportProblem"],
> = {
  code?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  column?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes["ImportReasonParam"]>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  row?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  value?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type ImportProvenanceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportProvenance"] = ResolversParentTypes["ImportProvenance"],
> = {
  at?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  importId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  row?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  user?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type ImportReasonParamResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportReasonParam"] = ResolversParentTypes["ImportReasonParam"],
> = {
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  value?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type ImportRecordResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportRecord"] = ResolversParentTypes["ImportRecord"],
> = {
  created?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  file?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["ImportKind"], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["ImportStatus"], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  updated?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  user?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type ImportReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportReport"] = ResolversParentTypes["ImportReport"],
> = {
  created?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  format?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["ImportKind"], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes["ImportProblem"]>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type ImportResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ImportResult"] = ResolversParentTypes["ImportResult"],
> = {
  applied?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes["ImportReport"], ParentType, ContextType>;
};

export type LeadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Lead"] = ResolversParentTypes["Lead"],
> = {
  amount?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  amountRmb?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  fixedAssetsRmb?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  fundAmountRmb?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  fundLinked?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes["LeadEvent"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  industrial?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  jobs?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  keyProject?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  lastChangeOn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes["Milestone"]>, ParentType, ContextType>;
  nextStages?: Resolver<Array<ResolversTypes["LeadStage"]>, ParentType, ContextType>;
  office?: Resolver<Maybe<ResolversTypes["Office"]>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  schedule?: Resolver<Array<ResolversTypes["StageSchedule"]>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["LeadStage"], ParentType, ContextType>;
  stalled?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  team?: Resolver<ResolversTypes["Team"], ParentType, ContextType>;
  usdRate?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
};

export type LeadConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["LeadConnection"] = ResolversParentTypes["LeadConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["LeadEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type LeadEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["LeadEdge"] = ResolversParentTypes["LeadEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Lead"], ParentType, ContextType>;
};

export type LeadEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["LeadEvent"] = ResolversParentTypes["LeadEvent"],
> = {
  amountRmb?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  by?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes["LeadStage"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["LeadEventKind"], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes["LeadStage"]>, ParentType, ContextType>;
};

export type LeadProgressResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["LeadProgress"] = ResolversParentTypes["LeadProgress"],
> = {
  byStage?: Resolver<Array<ResolversTypes["StageCount"]>, ParentType, ContextType>;
  furthestStage?: Resolver<Maybe<ResolversTypes["LeadStage"]>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type MeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Me"] = ResolversParentTypes["Me"],
> = {
  company?: Resolver<Maybe<ResolversTypes["Company"]>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes["Role"], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type MilestoneResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Milestone"] = ResolversParentTypes["Milestone"],
> = {
  doneOn?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  leadId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  title?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  _empty?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  addDossierEntry?: Resolver<
    ResolversTypes["DossierEntry"],
    ParentType,
    ContextType,
    RequireFields<MutationAddDossierEntryArgs, "chainId" | "input" | "kind">
  >;
  addMilestone?: Resolver<
    ResolversTypes["Milestone"],
    ParentType,
    ContextType,
    RequireFields<MutationAddMilestoneArgs, "due" | "leadId" | "owner" | "title">
  >;
  completeMilestone?: Resolver<
    ResolversTypes["Milestone"],
    ParentType,
    ContextType,
    RequireFields<MutationCompleteMilestoneArgs, "date" | "id">
  >;
  createLead?: Resolver<
    ResolversTypes["Lead"],
    ParentType,
    ContextType,
    RequireFields<MutationCreateLeadArgs, "input">
  >;
  createUser?: Resolver<
    ResolversTypes["User"],
    ParentType,
    ContextType,
    RequireFields<MutationCreateUserArgs, "input">
  >;
  deleteDossierEntry?: Resolver<
    ResolversTypes["ID"],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteDossierEntryArgs, "id" | "version">
  >;
  importFile?: Resolver<
    ResolversTypes["ImportResult"],
    ParentType,
    ContextType,
    RequireFields<MutationImportFileArgs, "contentBase64" | "fileName">
  >;
  markAlertsRead?: Resolver<
    ResolversTypes["Int"],
    ParentType,
    ContextType,
    Partial<MutationMarkAlertsReadArgs>
  >;
  moveLead?: Resolver<
    ResolversTypes["Lead"],
    ParentType,
    ContextType,
    RequireFields<MutationMoveLeadArgs, "date" | "id" | "stage">
  >;
  resetPassword?: Resolver<
    ResolversTypes["User"],
    ParentType,
    ContextType,
    RequireFields<MutationResetPasswordArgs, "id" | "password">
  >;
  saveTargetList?: Resolver<
    ResolversTypes["TargetList"],
    ParentType,
    ContextType,
    RequireFields<MutationSaveTargetListArgs, "name" | "size">
  >;
  undoImport?: Resolver<
    ResolversTypes["ImportRecord"],
    ParentType,
    ContextType,
    RequireFields<MutationUndoImportArgs, "id">
  >;
  unwatch?: Resolver<
    ResolversTypes["Boolean"],
    ParentType,
    ContextType,
    RequireFields<MutationUnwatchArgs, "watchId">
  >;
  updateDossierEntry?: Resolver<
    ResolversTypes["DossierEntry"],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateDossierEntryArgs, "id" | "input" | "version">
  >;
  updateLead?: Resolver<
    ResolversTypes["Lead"],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateLeadArgs, "id" | "input">
  >;
  updateTargetItem?: Resolver<
    ResolversTypes["TargetItem"],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateTargetItemArgs, "companyId" | "listId" | "version">
  >;
  updateUser?: Resolver<
    ResolversTypes["User"],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateUserArgs, "id" | "input">
  >;
  watchGap?: Resolver<
    ResolversTypes["Watch"],
    ParentType,
    ContextType,
    RequireFields<MutationWatchGapArgs, "chainId" | "segmentId">
  >;
  watchLead?: Resolver<
    ResolversTypes["Watch"],
    ParentType,
    ContextType,
    RequireFields<MutationWatchLeadArgs, "leadId">
  >;
  watchPeerSegment?: Resolver<
    ResolversTypes["Watch"],
    ParentType,
    ContextType,
    RequireFields<MutationWatchPeerSegmentArgs, "chainId" | "peerCode" | "segmentId">
  >;
};

export type OfficeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Office"] = ResolversParentTypes["Office"],
> = {
  chainIds?: Resolver<Array<ResolversTypes["ID"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["OfficeKind"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  team?: Resolver<ResolversTypes["Team"], ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type OpportunityPointResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["OpportunityPoint"] = ResolversParentTypes["OpportunityPoint"],
> = {
  density?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes["Quadrant"], ParentType, ContextType>;
  relativePresence?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["PageInfo"] = ResolversParentTypes["PageInfo"],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type PartnerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Partner"] = ResolversParentTypes["Partner"],
> = {
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  existingTie?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes["PartnerRelation"], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes["Segment"]>, ParentType, ContextType>;
};

export type PeerComparisonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["PeerComparison"] = ResolversParentTypes["PeerComparison"],
> = {
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  home?: Resolver<ResolversTypes["PeerRegion"], ParentType, ContextType>;
  peers?: Resolver<Array<ResolversTypes["PeerRegion"]>, ParentType, ContextType>;
  presenceVersion?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
};

export type PeerRegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["PeerRegion"] = ResolversParentTypes["PeerRegion"],
> = {
  companies?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  coveredSegments?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  isHome?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  keySegments?: Resolver<Array<ResolversTypes["PeerSegment"]>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
  segmentCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes["PeerSegment"]>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes["PeerStageCount"]>, ParentType, ContextType>;
  strongWhereZoneAbsent?: Resolver<Array<ResolversTypes["PeerSegment"]>, ParentType, ContextType>;
};

export type PeerSegmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["PeerSegment"] = ResolversParentTypes["PeerSegment"],
> = {
  aheadOfZone?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  rca?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
  zoneCompanies?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  zoneRca?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type PeerStageCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["PeerStageCount"] = ResolversParentTypes["PeerStageCount"],
> = {
  companies?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["Stage"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  _empty?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  alliance?: Resolver<
    Maybe<ResolversTypes["Alliance"]>,
    ParentType,
    ContextType,
    RequireFields<QueryAllianceArgs, "id">
  >;
  alliances?: Resolver<Array<ResolversTypes["Alliance"]>, ParentType, ContextType>;
  auditLog?: Resolver<
    ResolversTypes["AuditConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryAuditLogArgs, "first">
  >;
  chain?: Resolver<
    Maybe<ResolversTypes["Chain"]>,
    ParentType,
    ContextType,
    RequireFields<QueryChainArgs, "id">
  >;
  chainDossier?: Resolver<
    ResolversTypes["ChainDossier"],
    ParentType,
    ContextType,
    RequireFields<QueryChainDossierArgs, "chainId" | "lang">
  >;
  chains?: Resolver<Array<ResolversTypes["Chain"]>, ParentType, ContextType>;
  companies?: Resolver<
    ResolversTypes["CompanyConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryCompaniesArgs, "first">
  >;
  company?: Resolver<
    Maybe<ResolversTypes["Company"]>,
    ParentType,
    ContextType,
    RequireFields<QueryCompanyArgs, "id">
  >;
  coordinationAgenda?: Resolver<
    ResolversTypes["CoordinationAgenda"],
    ParentType,
    ContextType,
    RequireFields<QueryCoordinationAgendaArgs, "date">
  >;
  gaps?: Resolver<
    ResolversTypes["GapReport"],
    ParentType,
    ContextType,
    RequireFields<QueryGapsArgs, "chainId">
  >;
  geoMap?: Resolver<
    ResolversTypes["GeoMap"],
    ParentType,
    ContextType,
    RequireFields<QueryGeoMapArgs, "chainId">
  >;
  homeRegion?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
  imports?: Resolver<
    Array<ResolversTypes["ImportRecord"]>,
    ParentType,
    ContextType,
    Partial<QueryImportsArgs>
  >;
  lead?: Resolver<Maybe<ResolversTypes["Lead"]>, ParentType, ContextType, RequireFields<QueryLeadArgs, "id">>;
  leaderboard?: Resolver<
    Array<ResolversTypes["TeamStanding"]>,
    ParentType,
    ContextType,
    RequireFields<QueryLeaderboardArgs, "at" | "period">
  >;
  leads?: Resolver<
    ResolversTypes["LeadConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryLeadsArgs, "first">
  >;
  me?: Resolver<ResolversTypes["Me"], ParentType, ContextType>;
  myAlerts?: Resolver<
    Array<ResolversTypes["Alert"]>,
    ParentType,
    ContextType,
    RequireFields<QueryMyAlertsArgs, "first" | "unreadOnly">
  >;
  myWatches?: Resolver<Array<ResolversTypes["Watch"]>, ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes["Office"]>, ParentType, ContextType>;
  opportunityMap?: Resolver<
    Array<ResolversTypes["OpportunityPoint"]>,
    ParentType,
    ContextType,
    RequireFields<QueryOpportunityMapArgs, "chainId">
  >;
  peerComparison?: Resolver<
    ResolversTypes["PeerComparison"],
    ParentType,
    ContextType,
    RequireFields<QueryPeerComparisonArgs, "chainId">
  >;
  pipelineBoard?: Resolver<
    Array<ResolversTypes["BoardColumn"]>,
    ParentType,
    ContextType,
    RequireFields<QueryPipelineBoardArgs, "perStage">
  >;
  region?: Resolver<
    Maybe<ResolversTypes["Region"]>,
    ParentType,
    ContextType,
    RequireFields<QueryRegionArgs, "code">
  >;
  regions?: Resolver<Array<ResolversTypes["Region"]>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  search?: Resolver<
    Array<ResolversTypes["SearchHit"]>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, "first" | "text">
  >;
  segment?: Resolver<
    Maybe<ResolversTypes["Segment"]>,
    ParentType,
    ContextType,
    RequireFields<QuerySegmentArgs, "id">
  >;
  serverInfo?: Resolver<ResolversTypes["ServerInfo"], ParentType, ContextType>;
  suggestedOffice?: Resolver<
    Maybe<ResolversTypes["Office"]>,
    ParentType,
    ContextType,
    RequireFields<QuerySuggestedOfficeArgs, "companyId">
  >;
  targetList?: Resolver<
    Maybe<ResolversTypes["TargetList"]>,
    ParentType,
    ContextType,
    RequireFields<QueryTargetListArgs, "id">
  >;
  targetLists?: Resolver<
    Array<ResolversTypes["TargetList"]>,
    ParentType,
    ContextType,
    RequireFields<QueryTargetListsArgs, "first">
  >;
  targets?: Resolver<
    ResolversTypes["TargetConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryTargetsArgs, "first">
  >;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
  unreadAlertCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes["User"]>, ParentType, ContextType>;
  zoneStanding?: Resolver<
    ResolversTypes["ZoneStanding"],
    ParentType,
    ContextType,
    RequireFields<QueryZoneStandingArgs, "at" | "period">
  >;
};

export type RegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Region"] = ResolversParentTypes["Region"],
> = {
  children?: Resolver<Array<ResolversTypes["Region"]>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isLocal?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes["RegionLevel"], ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes["Region"]>, ParentType, ContextType>;
};

export type ScoreFeatureResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ScoreFeature"] = ResolversParentTypes["ScoreFeature"],
> = {
  contribution?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  imputed?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["SearchHit"] = ResolversParentTypes["SearchHit"],
> = {
  __resolveType: TypeResolveFn<"Company" | "Segment", ParentType, ContextType>;
};

export type SegmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Segment"] = ResolversParentTypes["Segment"],
> = {
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes["Segment"]>, ParentType, ContextType>;
  companies?: Resolver<
    ResolversTypes["CompanyConnection"],
    ParentType,
    ContextType,
    RequireFields<SegmentCompaniesArgs, "first">
  >;
  coverage?: Resolver<ResolversTypes["Coverage"], ParentType, ContextType, Partial<SegmentCoverageArgs>>;
  downstream?: Resolver<Array<ResolversTypes["Segment"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isLeaf?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  keyTech?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  leadProgress?: Resolver<ResolversTypes["LeadProgress"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["Stage"], ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes["Segment"]>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServerInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ServerInfo"] = ResolversParentTypes["ServerInfo"],
> = {
  database?: Resolver<ResolversTypes["DatabaseInfo"], ParentType, ContextType>;
  homeRegionCode?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type StageCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["StageCount"] = ResolversParentTypes["StageCount"],
> = {
  count?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["LeadStage"], ParentType, ContextType>;
};

export type StageScheduleResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["StageSchedule"] = ResolversParentTypes["StageSchedule"],
> = {
  actual?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["LeadStage"], ParentType, ContextType>;
};

export type TargetResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Target"] = ResolversParentTypes["Target"],
> = {
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes["ScoreFeature"]>, ParentType, ContextType>;
  leadStatus?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  localTies?: Resolver<Array<ResolversTypes["Company"]>, ParentType, ContextType>;
  reasons?: Resolver<
    Array<ResolversTypes["String"]>,
    ParentType,
    ContextType,
    RequireFields<TargetReasonsArgs, "lang">
  >;
  score?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
};

export type TargetConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetConnection"] = ResolversParentTypes["TargetConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["TargetEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type TargetEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetEdge"] = ResolversParentTypes["TargetEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Target"], ParentType, ContextType>;
};

export type TargetFilterValuesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetFilterValues"] = ResolversParentTypes["TargetFilterValues"],
> = {
  countries?: Resolver<Maybe<Array<ResolversTypes["String"]>>, ParentType, ContextType>;
  excludeInLists?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  listed?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  minRevenue?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  provinces?: Resolver<Maybe<Array<ResolversTypes["String"]>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes["DataSource"]>, ParentType, ContextType>;
};

export type TargetItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetItem"] = ResolversParentTypes["TargetItem"],
> = {
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes["ScoreFeature"]>, ParentType, ContextType>;
  list?: Resolver<ResolversTypes["TargetList"], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  score?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes["Segment"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["TargetStatus"], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type TargetListResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetList"] = ResolversParentTypes["TargetList"],
> = {
  chain?: Resolver<Maybe<ResolversTypes["Chain"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes["TargetFilterValues"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes["TargetItem"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes["TargetWeights"], ParentType, ContextType>;
};

export type TargetWeightsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TargetWeights"] = ResolversParentTypes["TargetWeights"],
> = {
  alliance?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  fit?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  growth?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  innovation?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  proximity?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  scale?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Team"] = ResolversParentTypes["Team"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["TeamKind"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type TeamStandingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["TeamStanding"] = ResolversParentTypes["TeamStanding"],
> = {
  avgDaysSignedToProducing?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  conversion?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  keyProjects?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  keyProjectsAmountRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  producing?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  producingAmountRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  signedAmountRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  signedCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  started?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  startedAmountRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  team?: Resolver<ResolversTypes["Team"], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["User"] = ResolversParentTypes["User"],
> = {
  active?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes["Company"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes["Role"], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type WatchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Watch"] = ResolversParentTypes["Watch"],
> = {
  chain?: Resolver<Maybe<ResolversTypes["Chain"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["WatchKind"], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  peer?: Resolver<Maybe<ResolversTypes["Region"]>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes["Segment"]>, ParentType, ContextType>;
};

export type ZoneStandingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ZoneStanding"] = ResolversParentTypes["ZoneStanding"],
> = {
  from?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  industrialStarted?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  industrialStartedRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  keySigned?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  keySignedRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  targetIndustrialStarted?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  targetIndustrialStartedRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  targetKeySigned?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  targetKeySignedRmb?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  to?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AgendaMilestone?: AgendaMilestoneResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  BoardColumn?: BoardColumnResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainDossier?: ChainDossierResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanySegment?: CompanySegmentResolvers<ContextType>;
  CoordinationAgenda?: CoordinationAgendaResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  DossierColumn?: DossierColumnResolvers<ContextType>;
  DossierEdge?: DossierEdgeResolvers<ContextType>;
  DossierEntry?: DossierEntryResolvers<ContextType>;
  DossierItem?: DossierItemResolvers<ContextType>;
  DossierNode?: DossierNodeResolvers<ContextType>;
  DossierRow?: DossierRowResolvers<ContextType>;
  DossierSourceCount?: DossierSourceCountResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapConnection?: GapConnectionResolvers<ContextType>;
  GapGroup?: GapGroupResolvers<ContextType>;
  GapPriority?: GapPriorityResolvers<ContextType>;
  GapReport?: GapReportResolvers<ContextType>;
  GapRevenue?: GapRevenueResolvers<ContextType>;
  GapWeight?: GapWeightResolvers<ContextType>;
  GeoMap?: GeoMapResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportProvenance?: ImportProvenanceResolvers<ContextType>;
  ImportReasonParam?: ImportReasonParamResolvers<ContextType>;
  ImportRecord?: ImportRecordResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadEvent?: LeadEventResolvers<ContextType>;
  LeadProgress?: LeadProgressResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  OpportunityPoint?: OpportunityPointResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PeerComparison?: PeerComparisonResolvers<ContextType>;
  PeerRegion?: PeerRegionResolvers<ContextType>;
  PeerSegment?: PeerSegmentResolvers<ContextType>;
  PeerStageCount?: PeerStageCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ScoreFeature?: ScoreFeatureResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  StageCount?: StageCountResolvers<ContextType>;
  StageSchedule?: StageScheduleResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetConnection?: TargetConnectionResolvers<ContextType>;
  TargetEdge?: TargetEdgeResolvers<ContextType>;
  TargetFilterValues?: TargetFilterValuesResolvers<ContextType>;
  TargetItem?: TargetItemResolvers<ContextType>;
  TargetList?: TargetListResolvers<ContextType>;
  TargetWeights?: TargetWeightsResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamStanding?: TeamStandingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  ZoneStanding?: ZoneStandingResolvers<ContextType>;
};
