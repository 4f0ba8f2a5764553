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
} from "../common/records.ts";
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

export type Query = {
  __typename?: "Query";
  _empty?: Maybe<Scalars["Boolean"]["output"]>;
  alliance?: Maybe<Alliance>;
  alliances: Array<Alliance>;
  chain?: Maybe<Chain>;
  chains: Array<Chain>;
  companies: CompanyConnection;
  company?: Maybe<Company>;
  /** The home zone the service works for (HOME_REGION, default the Nantong ETDA). */
  homeRegion: Region;
  region?: Maybe<Region>;
  /** Regions by level and/or parent; sorted by code. */
  regions: Array<Region>;
  /** Full-text search over company and segment names, Chinese and English. */
  search: Array<SearchHit>;
  segment?: Maybe<Segment>;
  serverInfo: ServerInfo;
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
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeKind: GraphNodeKind;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  Lang: Lang;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRecord>;
  PartnerRelation: PartnerRelation;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRecord>;
  RegionLevel: RegionLevel;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>["SearchHit"]>;
  Segment: ResolverTypeWrapper<SegmentRecord>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  Stage: Stage;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
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
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars["ID"]["output"];
  Int: Scalars["Int"]["output"];
  PageInfo: PageInfo;
  Partner: PartnerRecord;
  Query: Record<PropertyKey, never>;
  Region: RegionRecord;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>["SearchHit"];
  Segment: SegmentRecord;
  ServerInfo: ServerInfo;
  String: Scalars["String"]["output"];
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
  homeRegion?: Resolver<ResolversTypes["Region"], ParentType, ContextType>;
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
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
};
