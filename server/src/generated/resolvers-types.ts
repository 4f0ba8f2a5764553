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
import type { GapRecord, ConnectionRecord, OpportunityPointRecord } from "../gaps/analysis.ts";
import type { TargetRecord } from "../targets/records.ts";
import type { TargetListRecord, TargetItemRecord, TargetFilterValuesRecord } from "../lists/records.ts";
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

export type Alliance = {
  __typename?: "Alliance";
  id: Scalars["ID"]["output"];
  memberCount: Scalars["Int"]["output"];
  members: CompanyConnection;
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  /** Partners for one member, inside the alliance only: who can supply it, whom it can supply, its peers. */
  partners: Array<Partner>;
  source: DataSource;
};

export type AllianceMembersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type AlliancePartnersArgs = {
  companyId: Scalars["ID"]["input"];
};

export type Chain = {
  __typename?: "Chain";
  /** FEEDS edges between this chain's segments, and those that cross into or out of it. */
  feeds: Array<Feed>;
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  /** Leaf segments by default; with leavesOnly: false, the sub-chains too (tree order). */
  segments: Array<Segment>;
  sources: Array<Scalars["String"]["output"]>;
  /** Sub-chains: the top level of the segment tree. */
  subchains: Array<Segment>;
};

export type ChainSegmentsArgs = {
  leavesOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type Company = {
  __typename?: "Company";
  alliances: Array<Alliance>;
  /** Companies this one SUPPLIES, largest first. */
  customers: Array<Company>;
  employees?: Maybe<Scalars["Int"]["output"]>;
  founded?: Maybe<Scalars["Int"]["output"]>;
  /** Year-on-year revenue growth (0.12 = +12 %). */
  growth?: Maybe<Scalars["Float"]["output"]>;
  id: Scalars["ID"]["output"];
  isLocal: Scalars["Boolean"]["output"];
  lat?: Maybe<Scalars["Float"]["output"]>;
  listed: Scalars["Boolean"]["output"];
  lon?: Maybe<Scalars["Float"]["output"]>;
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  /** Ego network over SUPPLIES ties (both directions) up to depth hops, at most limit companies. */
  network: Graph;
  /** Parent group of a plant or subsidiary. */
  parent?: Maybe<Company>;
  /** R&D spend / revenue, 0..1. */
  rdIntensity?: Maybe<Scalars["Float"]["output"]>;
  region: Region;
  registeredCapital?: Maybe<Scalars["Float"]["output"]>;
  /** Annual revenue, million RMB; null when unknown (never invented for real companies). */
  revenue?: Maybe<Scalars["Float"]["output"]>;
  segments: Array<CompanySegment>;
  source: DataSource;
  /** Citation for public facts. */
  sourceNote?: Maybe<Scalars["String"]["output"]>;
  stockCode?: Maybe<Scalars["String"]["output"]>;
  /** Plants and subsidiaries of a group. */
  subsidiaries: Array<Company>;
  /** Companies with a SUPPLIES tie into this one, largest first. */
  suppliers: Array<Company>;
};

export type CompanyNetworkArgs = {
  depth?: InputMaybe<Scalars["Int"]["input"]>;
  limit?: InputMaybe<Scalars["Int"]["input"]>;
};

export type CompanyConnection = {
  __typename?: "CompanyConnection";
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type CompanyEdge = {
  __typename?: "CompanyEdge";
  cursor: Scalars["String"]["output"];
  node: Company;
};

export type CompanyFilter = {
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  listed?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Million RMB; companies with unknown revenue are left out when set. */
  minRevenue?: InputMaybe<Scalars["Float"]["input"]>;
  /** The region and everything under it. */
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  source?: InputMaybe<DataSource>;
};

export type CompanySegment = {
  __typename?: "CompanySegment";
  primary: Scalars["Boolean"]["output"];
  segment: Segment;
};

export type Coverage = {
  __typename?: "Coverage";
  localCount: Scalars["Int"]["output"];
  regionCode: Scalars["String"]["output"];
  status: CoverageStatus;
  totalCount: Scalars["Int"]["output"];
};

export type CoverageStatus =
  /** No company of the region operates in the segment. */
  | "MISSING"
  /** k or more companies. */
  | "PRESENT"
  /** Fewer than k (GAP_K, default 3) companies. */
  | "WEAK";

/** Where a fact comes from: public sources, the synthetic demo generator, or a user's import. */
export type DataSource = "IMPORTED" | "PUBLIC" | "SYNTHETIC";

export type DatabaseInfo = {
  __typename?: "DatabaseInfo";
  edition: Scalars["String"]["output"];
  name: Scalars["String"]["output"];
  version: Scalars["String"]["output"];
};

export type Feed = {
  __typename?: "Feed";
  /** True when the edge joins segments of two different chains. */
  crossChain: Scalars["Boolean"]["output"];
  from: Segment;
  to: Segment;
  weight?: Maybe<Scalars["Float"]["output"]>;
};

export type FeedDirection =
  /** The local segment FEEDS the gap. */
  | "DOWNSTREAM"
  /** The gap FEEDS the local segment. */
  | "UPSTREAM";

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
  explanation: Scalars["String"]["output"];
  /** score = sum of contributions; contribution = value × weight. */
  features: Array<ScoreFeature>;
  localCount: Scalars["Int"]["output"];
  /** RCA of the region's row in this segment (unnormalised). */
  relativePresence: Scalars["Float"]["output"];
  /** Revenue behind STRENGTHEN; the share counts companies with a known revenue only. */
  revenue: GapRevenue;
  /** Σ feature contributions. */
  score: Scalars["Float"]["output"];
  segment: Segment;
  totalCount: Scalars["Int"]["output"];
  type: GapType;
  /** Local companies in the segments that FEED this one (counted per segment). */
  upstreamLocal: Scalars["Int"]["output"];
};

export type GapExplanationArgs = {
  lang?: InputMaybe<Lang>;
};

export type GapConnection = {
  __typename?: "GapConnection";
  direction: FeedDirection;
  localCount: Scalars["Int"]["output"];
  segment: Segment;
};

export type GapReport = {
  __typename?: "GapReport";
  chain: Chain;
  /** Share of the chain's leaves with at least one local company (count-weighted). */
  completeness: Scalars["Float"]["output"];
  /** Sorted by score, highest first. */
  gaps: Array<Gap>;
  region: Region;
  /** The weights used: the configured defaults merged with the query's. */
  weights: Array<GapWeight>;
};

export type GapRevenue = {
  __typename?: "GapRevenue";
  localKnown: Scalars["Int"]["output"];
  /** Million RMB, known revenues only. */
  localRevenue: Scalars["Float"]["output"];
  /** Local known revenue / all known revenue of the segment; null when no local revenue is known. */
  localShare?: Maybe<Scalars["Float"]["output"]>;
  localUnknown: Scalars["Int"]["output"];
  totalKnown: Scalars["Int"]["output"];
  totalRevenue: Scalars["Float"]["output"];
  totalUnknown: Scalars["Int"]["output"];
};

export type GapType =
  /** 固链: a leaf with 1 to k−1 local companies. */
  | "CONSOLIDATE"
  /** 延链: a missing leaf of another chain one FEEDS hop from a local leaf of this chain. */
  | "EXTEND"
  /** 补链: a leaf of the chain with no local company. */
  | "FILL"
  /** 强链: a key leaf with k or more local companies holding a small share of its revenue. */
  | "STRENGTHEN";

export type GapWeight = {
  __typename?: "GapWeight";
  name: Scalars["String"]["output"];
  weight: Scalars["Float"]["output"];
};

/** Per-query overrides of the configured gap-score weights (GAP_WEIGHT_*); unset fields keep them. */
export type GapWeightsInput = {
  centrality?: InputMaybe<Scalars["Float"]["input"]>;
  demandPull?: InputMaybe<Scalars["Float"]["input"]>;
  density?: InputMaybe<Scalars["Float"]["input"]>;
  keyTech?: InputMaybe<Scalars["Float"]["input"]>;
  relativePresence?: InputMaybe<Scalars["Float"]["input"]>;
  supplyPush?: InputMaybe<Scalars["Float"]["input"]>;
};

export type Graph = {
  __typename?: "Graph";
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** Companies within depth hops before the limit (for 'showing 200 of 1,340'). */
  totalCompanies: Scalars["Int"]["output"];
  /** True when the neighbourhood had more companies than limit. */
  truncated: Scalars["Boolean"]["output"];
};

export type GraphEdge = {
  __typename?: "GraphEdge";
  id: Scalars["ID"]["output"];
  kind: GraphEdgeKind;
  source: Scalars["ID"]["output"];
  target: Scalars["ID"]["output"];
};

export type GraphEdgeKind = "OPERATES_IN" | "SUPPLIES";

export type GraphNode = {
  __typename?: "GraphNode";
  /** Hops from the centre (0 for the centre). */
  depth: Scalars["Int"]["output"];
  id: Scalars["ID"]["output"];
  isLocal: Scalars["Boolean"]["output"];
  kind: GraphNodeKind;
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  revenue?: Maybe<Scalars["Float"]["output"]>;
  /** Primary segment of a company. */
  segmentId?: Maybe<Scalars["ID"]["output"]>;
  source?: Maybe<DataSource>;
};

export type GraphNodeKind = "COMPANY" | "SEGMENT";

/** Language of generated text (reasons, explanations). */
export type Lang = "EN" | "ZH";

export type Mutation = {
  __typename?: "Mutation";
  _empty?: Maybe<Scalars["Boolean"]["output"]>;
  /** Saves the top `size` (1–1000) of a ranking as a list whose items start as NEW. */
  saveTargetList: TargetList;
  /** Sets an item's status and/or note (note: at most 2000 characters; an empty string clears it). */
  updateTargetItem: TargetItem;
};

export type MutationSaveTargetListArgs = {
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  filter?: InputMaybe<TargetFilter>;
  name: Scalars["String"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  size?: InputMaybe<Scalars["Int"]["input"]>;
  weights?: InputMaybe<TargetWeightsInput>;
};

export type MutationUpdateTargetItemArgs = {
  companyId: Scalars["ID"]["input"];
  listId: Scalars["ID"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  status?: InputMaybe<TargetStatus>;
};

export type OpportunityPoint = {
  __typename?: "OpportunityPoint";
  /** Relatedness density ω. */
  density: Scalars["Float"]["output"];
  localCount: Scalars["Int"]["output"];
  quadrant: Quadrant;
  /** RCA of the region's row. */
  relativePresence: Scalars["Float"]["output"];
  segment: Segment;
};

/** Types shared by every capability. */
export type PageInfo = {
  __typename?: "PageInfo";
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

export type Partner = {
  __typename?: "Partner";
  company: Company;
  /** A SUPPLIES tie already exists between the two (either direction). */
  existingTie: Scalars["Boolean"]["output"];
  relation: PartnerRelation;
  role?: Maybe<Scalars["String"]["output"]>;
  /** The partner's segments that make the relation. */
  via: Array<Segment>;
};

export type PartnerRelation =
  /** Operates in a segment the member's segments FEED. */
  | "CUSTOMER"
  /** Operates in one of the member's own segments. */
  | "PEER"
  /** Operates in a segment that FEEDS one of the member's segments. */
  | "SUPPLIER";

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

export type Query = {
  __typename?: "Query";
  _empty?: Maybe<Scalars["Boolean"]["output"]>;
  alliance?: Maybe<Alliance>;
  alliances: Array<Alliance>;
  chain?: Maybe<Chain>;
  chains: Array<Chain>;
  companies: CompanyConnection;
  company?: Maybe<Company>;
  /**
   * Gaps of a chain for a region (default: the home region): 补链 FILL, 固链 CONSOLIDATE, 强链 STRENGTHEN
   * and 延链 EXTEND, scored by weighted features, highest score first. Unknown chain or region:
   * NOT_FOUND. Weights must be ≥ 0 with at least one positive: BAD_USER_INPUT naming the weight.
   */
  gaps: GapReport;
  /** The home zone the service works for (HOME_REGION, default the Nantong ETDA). */
  homeRegion: Region;
  /** The chain's leaves on the relative presence × relatedness density map (Metroverse PSWOT). */
  opportunityMap: Array<OpportunityPoint>;
  region?: Maybe<Region>;
  /** Regions by level and/or parent; sorted by code. */
  regions: Array<Region>;
  /** Full-text search over company and segment names, Chinese and English. */
  search: Array<SearchHit>;
  segment?: Maybe<Segment>;
  serverInfo: ServerInfo;
  targetList?: Maybe<TargetList>;
  /** Saved target lists, newest first. */
  targetLists: Array<TargetList>;
  /**
   * Ranked targets for one gap segment (segmentId) or for every gap segment of a chain (chainId; a
   * company in several gap segments appears once, for its best-scoring one). With both, the segment
   * must belong to the chain and is ranked alone. regionCode: the home region (default HOME_REGION).
   */
  targets: TargetConnection;
};

export type QueryAllianceArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryChainArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryCompanyArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryGapsArgs = {
  chainId: Scalars["ID"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  weights?: InputMaybe<GapWeightsInput>;
};

export type QueryOpportunityMapArgs = {
  chainId: Scalars["ID"]["input"];
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryRegionArgs = {
  code: Scalars["ID"]["input"];
};

export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
  parentCode?: InputMaybe<Scalars["String"]["input"]>;
};

export type QuerySearchArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
  text: Scalars["String"]["input"];
};

export type QuerySegmentArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryTargetListArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryTargetsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  chainId?: InputMaybe<Scalars["ID"]["input"]>;
  filter?: InputMaybe<TargetFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  regionCode?: InputMaybe<Scalars["String"]["input"]>;
  segmentId?: InputMaybe<Scalars["ID"]["input"]>;
  weights?: InputMaybe<TargetWeightsInput>;
};

export type Region = {
  __typename?: "Region";
  children: Array<Region>;
  code: Scalars["ID"]["output"];
  /** True when this region lies inside the home region's subtree (or is the home region). */
  isLocal: Scalars["Boolean"]["output"];
  lat?: Maybe<Scalars["Float"]["output"]>;
  level: RegionLevel;
  lon?: Maybe<Scalars["Float"]["output"]>;
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  parent?: Maybe<Region>;
};

export type RegionLevel = "CITY" | "COUNTRY" | "DISTRICT" | "PARK" | "PROVINCE";

/**
 * One feature's part in a weighted score (gaps, targets): score = Σ contribution, so a person can see
 * why something ranks where it does.
 */
export type ScoreFeature = {
  __typename?: "ScoreFeature";
  /** value × weight. */
  contribution: Scalars["Float"]["output"];
  /** True when the input was unknown and the value is a stated stand-in (e.g. the median), not a fact. */
  imputed: Scalars["Boolean"]["output"];
  name: Scalars["String"]["output"];
  /** Before normalisation, where the score reports it (gap features); null otherwise. */
  raw?: Maybe<Scalars["Float"]["output"]>;
  /** The feature's value, normalised (normally to [0, 1]). */
  value: Scalars["Float"]["output"];
  weight: Scalars["Float"]["output"];
};

export type SearchHit = Company | Segment;

/** A link of a chain (环节). Leaves carry companies; sub-chains group leaves. */
export type Segment = {
  __typename?: "Segment";
  chain: Chain;
  children: Array<Segment>;
  companies: CompanyConnection;
  /** Companies in this segment in the region (default: the home region) and everywhere. */
  coverage: Coverage;
  /** Segments this one FEEDS (its outputs), any chain. */
  downstream: Array<Segment>;
  id: Scalars["ID"]["output"];
  isLeaf: Scalars["Boolean"]["output"];
  /** Chokepoint technology (卡脖子). */
  keyTech: Scalars["Boolean"]["output"];
  name: Scalars["String"]["output"];
  nameZh: Scalars["String"]["output"];
  parent?: Maybe<Segment>;
  /** EQUIPMENT, MATERIAL, SERVICE or CORE, where modelled. */
  role?: Maybe<Scalars["String"]["output"]>;
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

export type ServerInfo = {
  __typename?: "ServerInfo";
  database: DatabaseInfo;
  /** Code of the home region (the zone the service works for). */
  homeRegionCode: Scalars["String"]["output"];
  name: Scalars["String"]["output"];
  version: Scalars["String"]["output"];
};

export type Stage = "DOWNSTREAM" | "MIDSTREAM" | "UPSTREAM";

/**
 * Companies worth recruiting into a gap (PRODUCT.md §5): candidates are companies operating in the
 * segment that are not local; each gets a weighted score whose features are all reported.
 */
export type Target = {
  __typename?: "Target";
  company: Company;
  /** Great-circle distance to the home region, km (null when neither it nor its region has coordinates). */
  distanceKm?: Maybe<Scalars["Float"]["output"]>;
  /** fit, ties, scale, growth, innovation, listed, proximity, alliance — score = Σ contribution. */
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

export type TargetConnection = {
  __typename?: "TargetConnection";
  edges: Array<TargetEdge>;
  pageInfo: PageInfo;
  /** Candidates that pass the filter. */
  totalCount: Scalars["Int"]["output"];
};

export type TargetEdge = {
  __typename?: "TargetEdge";
  cursor: Scalars["String"]["output"];
  node: Target;
};

export type TargetFilter = {
  /** ISO 3166-1 alpha-2 country codes (CN, DE, …). */
  countries?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Leave out companies already in any saved target list. */
  excludeInLists?: InputMaybe<Scalars["Boolean"]["input"]>;
  listed?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Million RMB; candidates with unknown revenue are left out when set. */
  minRevenue?: InputMaybe<Scalars["Float"]["input"]>;
  /** Province codes (or any region codes): the candidate's region must lie in one of their subtrees. */
  provinces?: InputMaybe<Array<Scalars["String"]["input"]>>;
  source?: InputMaybe<DataSource>;
};

/** The filter a saved list was ranked with. */
export type TargetFilterValues = {
  __typename?: "TargetFilterValues";
  countries?: Maybe<Array<Scalars["String"]["output"]>>;
  excludeInLists?: Maybe<Scalars["Boolean"]["output"]>;
  listed?: Maybe<Scalars["Boolean"]["output"]>;
  minRevenue?: Maybe<Scalars["Float"]["output"]>;
  provinces?: Maybe<Array<Scalars["String"]["output"]>>;
  source?: Maybe<DataSource>;
};

export type TargetItem = {
  __typename?: "TargetItem";
  company: Company;
  /** Features at save time. */
  features: Array<ScoreFeature>;
  list: TargetList;
  note?: Maybe<Scalars["String"]["output"]>;
  /** 1-based rank at save time. */
  rank: Scalars["Int"]["output"];
  /** Score at save time. */
  score: Scalars["Float"]["output"];
  segment: Segment;
  status: TargetStatus;
  updatedAt: Scalars["String"]["output"];
};

/** A snapshot of a ranking at save time, worked by recruiters item by item. */
export type TargetList = {
  __typename?: "TargetList";
  chain?: Maybe<Chain>;
  createdAt: Scalars["String"]["output"];
  filter?: Maybe<TargetFilterValues>;
  id: Scalars["ID"]["output"];
  itemCount: Scalars["Int"]["output"];
  /** Items in rank order. */
  items: Array<TargetItem>;
  name: Scalars["String"]["output"];
  /** Home region the ranking was made for. */
  regionCode: Scalars["String"]["output"];
  segment?: Maybe<Segment>;
  weights: TargetWeights;
};

/**
 * Where a lead stands. Any status may follow any other (bureaus' records are not linear):
 * NEW saved, not yet contacted · CONTACTED first contact made · VISITED visited or hosted ·
 * NEGOTIATING project terms under discussion · SIGNED agreement signed · NOT_INTERESTED declined or
 * dropped · CONVERTED the project has landed (registered or started building in the zone).
 */
export type TargetStatus =
  "CONTACTED" | "CONVERTED" | "NEGOTIATING" | "NEW" | "NOT_INTERESTED" | "SIGNED" | "VISITED";

/** The weights a ranking used (defaults merged with overrides). */
export type TargetWeights = {
  __typename?: "TargetWeights";
  alliance: Scalars["Float"]["output"];
  fit: Scalars["Float"]["output"];
  growth: Scalars["Float"]["output"];
  innovation: Scalars["Float"]["output"];
  listed: Scalars["Float"]["output"];
  proximity: Scalars["Float"]["output"];
  scale: Scalars["Float"]["output"];
  ties: Scalars["Float"]["output"];
};

/** Overrides of the configured default weights (TARGET_WEIGHT_*); each ≥ 0, at least one > 0. */
export type TargetWeightsInput = {
  alliance?: InputMaybe<Scalars["Float"]["input"]>;
  fit?: InputMaybe<Scalars["Float"]["input"]>;
  growth?: InputMaybe<Scalars["Float"]["input"]>;
  innovation?: InputMaybe<Scalars["Float"]["input"]>;
  listed?: InputMaybe<Scalars["Float"]["input"]>;
  proximity?: InputMaybe<Scalars["Float"]["input"]>;
  scale?: InputMaybe<Scalars["Float"]["input"]>;
  ties?: InputMaybe<Scalars["Float"]["input"]>;
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
  Alliance: ResolverTypeWrapper<AllianceRecord>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  Chain: ResolverTypeWrapper<ChainRecord>;
  Company: ResolverTypeWrapper<CompanyRecord>;
  CompanyConnection: ResolverTypeWrapper<
    Omit<CompanyConnection, "edges"> & { edges: Array<ResolversTypes["CompanyEdge"]> }
  >;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, "node"> & { node: ResolversTypes["Company"] }>;
  CompanyFilter: CompanyFilter;
  CompanySegment: ResolverTypeWrapper<CompanySegmentRecord>;
  Coverage: ResolverTypeWrapper<Coverage>;
  CoverageStatus: CoverageStatus;
  DataSource: DataSource;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfo>;
  Feed: ResolverTypeWrapper<FeedRecord>;
  FeedDirection: FeedDirection;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  Gap: ResolverTypeWrapper<GapRecord>;
  GapConnection: ResolverTypeWrapper<ConnectionRecord>;
  GapReport: ResolverTypeWrapper<GapReportRecord>;
  GapRevenue: ResolverTypeWrapper<GapRevenue>;
  GapType: GapType;
  GapWeight: ResolverTypeWrapper<GapWeight>;
  GapWeightsInput: GapWeightsInput;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeKind: GraphNodeKind;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  Lang: Lang;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpportunityPoint: ResolverTypeWrapper<OpportunityPointRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRecord>;
  PartnerRelation: PartnerRelation;
  Quadrant: Quadrant;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRecord>;
  RegionLevel: RegionLevel;
  ScoreFeature: ResolverTypeWrapper<ScoreFeatureRecord>;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>["SearchHit"]>;
  Segment: ResolverTypeWrapper<SegmentRecord>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  Stage: Stage;
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
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alliance: AllianceRecord;
  Boolean: Scalars["Boolean"]["output"];
  Chain: ChainRecord;
  Company: CompanyRecord;
  CompanyConnection: Omit<CompanyConnection, "edges"> & { edges: Array<ResolversParentTypes["CompanyEdge"]> };
  CompanyEdge: Omit<CompanyEdge, "node"> & { node: ResolversParentTypes["Company"] };
  CompanyFilter: CompanyFilter;
  CompanySegment: CompanySegmentRecord;
  Coverage: Coverage;
  DatabaseInfo: DatabaseInfo;
  Feed: FeedRecord;
  Float: Scalars["Float"]["output"];
  Gap: GapRecord;
  GapConnection: ConnectionRecord;
  GapReport: GapReportRecord;
  GapRevenue: GapRevenue;
  GapWeight: GapWeight;
  GapWeightsInput: GapWeightsInput;
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars["ID"]["output"];
  Int: Scalars["Int"]["output"];
  Mutation: Record<PropertyKey, never>;
  OpportunityPoint: OpportunityPointRecord;
  PageInfo: PageInfo;
  Partner: PartnerRecord;
  Query: Record<PropertyKey, never>;
  Region: RegionRecord;
  ScoreFeature: ScoreFeatureRecord;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>["SearchHit"];
  Segment: SegmentRecord;
  ServerInfo: ServerInfo;
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
  localCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
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

export type GapReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["GapReport"] = ResolversParentTypes["GapReport"],
> = {
  chain?: Resolver<ResolversTypes["Chain"], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes["Gap"]>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
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

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  _empty?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  saveTargetList?: Resolver<
    ResolversTypes["TargetList"],
    ParentType,
    ContextType,
    RequireFields<MutationSaveTargetListArgs, "name" | "size">
  >;
  updateTargetItem?: Resolver<
    ResolversTypes["TargetItem"],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateTargetItemArgs, "companyId" | "listId">
  >;
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
  chain?: Resolver<
    Maybe<ResolversTypes["Chain"]>,
    ParentType,
    ContextType,
    RequireFields<QueryChainArgs, "id">
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
  gaps?: Resolver<
    ResolversTypes["GapReport"],
    ParentType,
    ContextType,
    RequireFields<QueryGapsArgs, "chainId">
  >;
  homeRegion?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
  opportunityMap?: Resolver<
    Array<ResolversTypes["OpportunityPoint"]>,
    ParentType,
    ContextType,
    RequireFields<QueryOpportunityMapArgs, "chainId">
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
  targetList?: Resolver<
    Maybe<ResolversTypes["TargetList"]>,
    ParentType,
    ContextType,
    RequireFields<QueryTargetListArgs, "id">
  >;
  targetLists?: Resolver<Array<ResolversTypes["TargetList"]>, ParentType, ContextType>;
  targets?: Resolver<
    ResolversTypes["TargetConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryTargetsArgs, "first">
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

export type Resolvers<ContextType = GraphQLContext> = {
  Alliance?: AllianceResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanySegment?: CompanySegmentResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapConnection?: GapConnectionResolvers<ContextType>;
  GapReport?: GapReportResolvers<ContextType>;
  GapRevenue?: GapRevenueResolvers<ContextType>;
  GapWeight?: GapWeightResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpportunityPoint?: OpportunityPointResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ScoreFeature?: ScoreFeatureResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetConnection?: TargetConnectionResolvers<ContextType>;
  TargetEdge?: TargetEdgeResolvers<ContextType>;
  TargetFilterValues?: TargetFilterValuesResolvers<ContextType>;
  TargetItem?: TargetItemResolvers<ContextType>;
  TargetList?: TargetListResolvers<ContextType>;
  TargetWeights?: TargetWeightsResolvers<ContextType>;
};
