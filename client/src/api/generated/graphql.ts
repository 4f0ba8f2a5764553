/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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
  amount?: number | null | undefined;
  /** The company; give this or `newCompany`. */
  companyId?: string | number | null | undefined;
  /** ISO 4217: CNY (default) or USD. */
  currency?: string | null | undefined;
  /** Date the lead was found (YYYY-MM-DD); default today. */
  date?: string | null | undefined;
  /** Planned fixed-asset investment in RMB (yuan), ≥ 0. */
  fixedAssetsRmb?: number | null | undefined;
  /** Fund investment in RMB (yuan), ≥ 0. */
  fundAmountRmb?: number | null | undefined;
  /** Linked to the zone's fund (招投联动). */
  fundLinked?: boolean | null | undefined;
  /** Expected jobs, ≥ 0. */
  jobs?: number | null | undefined;
  /** A company not yet in the graph; give this or `companyId`. */
  newCompany?: NewCompanyInput | null | undefined;
  /** A first note, at most 2000 characters. */
  note?: string | null | undefined;
  /** Office; default the one covering the company's region. */
  officeId?: string | number | null | undefined;
  /** Planned stage dates. */
  plan?: Array<StagePlanInput> | null | undefined;
  /** The leaf segment (gap) it fills. */
  segmentId: string | number;
  /** Owning team; default the viewer's team (a RECRUITER may only give their own). */
  teamId?: string | number | null | undefined;
  /** RMB per USD for a USD amount; default PIPELINE_USD_RATE. */
  usdRate?: number | null | undefined;
};

/** A new user. */
export type CreateUserInput = {
  /** Company id (required for MEMBER): a company in at least one alliance. */
  companyId?: string | number | null | undefined;
  /** Initial password: at least 10 characters. */
  password: string;
  /** Role. */
  role: Role;
  /** Team id (required for RECRUITER), one of `teams`. */
  teamId?: string | number | null | undefined;
  /** Sign-in name: 3–40 letters, digits, dots, dashes or underscores. */
  username: string;
};

/** Where a fact comes from: public sources, the synthetic demo generator, or a user's import. */
export type DataSource =
  /** Imported by a user. */
  | "IMPORTED"
  /** A public fact with a citation (`Company.sourceNote`); figures such as revenue are never invented for it. */
  | "PUBLIC"
  /** Made by the seed's synthetic demo generator: plausible, not real. */
  | "SYNTHETIC";

/** Relatedness density of a gap against the median of the report's gaps. */
export type DensityBand =
  /** At or above the median (and positive). */
  | "HIGH"
  /** Below the median, or zero. */
  | "LOW";

/** The texts of a maintained row. */
export type DossierEntryInput = {
  /** Description, at most 2000 characters; empty or null for none. */
  detail?: string | null | undefined;
  /** Where it comes from (document, meeting, person), at most 500 characters; empty or null for none. */
  sourceNote?: string | null | undefined;
  /** Name or headline, 1 to 200 characters (trimmed). */
  title: string;
};

/** Which bureau-maintained table a row belongs to: the items the graph holds no data for. */
export type DossierEntryKind =
  /** 重点园区: a park that hosts the chain. */
  | "PARK"
  /** 重点创新平台: an innovation platform (lab, centre, pilot line). */
  | "PLATFORM"
  /** 未来趋势图: a trend the chain is expected to follow. */
  | "TREND";

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

/** Where an item's content comes from. */
export type DossierStatus =
  /** Generated from the graph by the item's method. */
  | "GENERATED"
  /** A table the bureau maintains (addDossierEntry); the graph holds no such data. */
  | "MAINTAINED"
  /** Generated, but the graph holds nothing for it now (see `reason`). */
  | "NO_DATA";

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

/** What a point of the geographic view stands for. */
export type GeoLevel =
  /** A prefecture-level city (地级市); districts and parks count in their city. */
  | "CITY"
  /** A foreign country, at its capital's coordinates (foreign companies are located at country level). */
  | "COUNTRY"
  /** A province with no city in the region tree (Taiwan, Hong Kong, Macao), or a company located at province level. */
  | "PROVINCE";

/** What a graph edge stands for. */
export type GraphEdgeKind =
  /** The centre company (source) operates in the target segment. */
  | "OPERATES_IN"
  /** The source company SUPPLIES the target company. */
  | "SUPPLIES";

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
  chainId?: string | number | null | undefined;
  /** Company id. */
  companyId?: string | number | null | undefined;
  /** Key projects only (true) or the others (false). */
  keyProject?: boolean | null | undefined;
  /** Office id. */
  officeId?: string | number | null | undefined;
  /** Segment id. */
  segmentId?: string | number | null | undefined;
  /** Stages (any of them). */
  stages?: Array<LeadStage> | null | undefined;
  /** Owning team id. */
  teamId?: string | number | null | undefined;
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

/** A company not yet in the graph, entered with a lead (source `imported`). */
export type NewCompanyInput = {
  /** English name, 1 to 200 characters. */
  name: string;
  /** Chinese name, 1 to 200 characters. */
  nameZh: string;
  /** Code of its region (a city, province or country code). */
  regionCode: string;
};

/** How a partner relates to the member, through the FEEDS edges between their segments. */
export type PartnerRelation =
  /** Operates in a segment the member's segments FEED. */
  | "CUSTOMER"
  /** Operates in one of the member's own segments. */
  | "PEER"
  /** Operates in a segment that FEEDS one of the member's segments. */
  | "SUPPLIER";

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

/** Position of a segment in its chain's flow, from inputs to end use, as the chain's taxonomy assigns it. */
export type Stage =
  /** 下游: using, integrating, operating, selling or servicing the products. */
  | "DOWNSTREAM"
  /** 中游: making the chain's main products and their subsystems. */
  | "MIDSTREAM"
  /** 上游: inputs such as materials, core components and design. */
  | "UPSTREAM";

/** A planned stage date. */
export type StagePlanInput = {
  /** Planned date (YYYY-MM-DD). */
  date: string;
  /** The stage. */
  stage: LeadStage;
};

/** Conditions on candidates, applied after scoring: a filter never changes a score. All set fields must hold. */
export type TargetFilter = {
  /** ISO 3166-1 alpha-2 country codes (CN, DE, …). */
  countries?: Array<string> | null | undefined;
  /** Leave out companies already in any saved target list. */
  excludeInLists?: boolean | null | undefined;
  /** True: listed candidates only; false: unlisted only; unset: both. */
  listed?: boolean | null | undefined;
  /** Million RMB; candidates with unknown revenue are left out when set. */
  minRevenue?: number | null | undefined;
  /** Province codes (or any region codes): the candidate's region must lie in one of their subtrees. */
  provinces?: Array<string> | null | undefined;
  /** Only candidates whose data come from this source. */
  source?: DataSource | null | undefined;
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

/** Changes to a user; unset fields keep their value. */
export type UpdateUserInput = {
  /** False deactivates the user (their sessions end); true reactivates. */
  active?: boolean | null | undefined;
  /** New company id (MEMBER only). */
  companyId?: string | number | null | undefined;
  /** New role. */
  role?: Role | null | undefined;
  /** New team id. */
  teamId?: string | number | null | undefined;
};

/** What a watch is on. */
export type WatchKind =
  /** A gap: new target candidates. */
  | "GAP"
  /** A lead: stalled, milestones overdue. */
  | "LEAD"
  /** A peer region in a segment: overtaking the zone. */
  | "PEER";

export type ChainDossierQueryVariables = Exact<{
  chainId: string | number;
  lang?: Lang | null | undefined;
}>;

export type ChainDossierQuery = {
  chainDossier: {
    regionCode: string;
    generatedOn: string;
    diagrams: Array<{
      key: DossierItemKey;
      titleZh: string;
      titleEn: string;
      method: string;
      status: DossierStatus;
      reason: string | null;
      note: string | null;
      nodes: Array<{
        id: string;
        parent: string | null;
        label: string;
        kind: DossierNodeKind;
        coverage: CoverageStatus | null;
        keyTech: boolean;
        synthetic: boolean;
      }>;
      edges: Array<{ source: string; target: string }>;
      columns: Array<{ key: string; label: string; numeric: boolean }>;
      rows: Array<{
        id: string;
        cells: Array<string>;
        source: DataSource | null;
        synthetic: boolean;
        entryId: string | null;
        version: number | null;
      }>;
    }>;
    lists: Array<{
      key: DossierItemKey;
      titleZh: string;
      titleEn: string;
      method: string;
      status: DossierStatus;
      reason: string | null;
      note: string | null;
      columns: Array<{ key: string; label: string; numeric: boolean }>;
      rows: Array<{
        id: string;
        cells: Array<string>;
        source: DataSource | null;
        synthetic: boolean;
        entryId: string | null;
        version: number | null;
      }>;
    }>;
  };
};

export type DossierItemFieldsFragment = {
  key: DossierItemKey;
  titleZh: string;
  titleEn: string;
  method: string;
  status: DossierStatus;
  reason: string | null;
  note: string | null;
  columns: Array<{ key: string; label: string; numeric: boolean }>;
  rows: Array<{
    id: string;
    cells: Array<string>;
    source: DataSource | null;
    synthetic: boolean;
    entryId: string | null;
    version: number | null;
  }>;
};

export type AddDossierEntryMutationVariables = Exact<{
  chainId: string | number;
  kind: DossierEntryKind;
  input: DossierEntryInput;
}>;

export type AddDossierEntryMutation = { addDossierEntry: { id: string; version: number } };

export type UpdateDossierEntryMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DossierEntryInput;
}>;

export type UpdateDossierEntryMutation = { updateDossierEntry: { id: string; version: number } };

export type DeleteDossierEntryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type DeleteDossierEntryMutation = { deleteDossierEntry: string };

export type CompanyRefFragment = {
  id: string;
  name: string;
  nameZh: string;
  source: DataSource;
  isLocal: boolean;
  listed: boolean;
  revenue: number | null;
  region: { code: string; name: string; nameZh: string };
};

export type TargetListSummaryFragment = {
  id: string;
  name: string;
  createdAt: string;
  itemCount: number;
  segment: { id: string; name: string; nameZh: string } | null;
  chain: { id: string; name: string; nameZh: string } | null;
};

export type NetworkGraphFragment = {
  truncated: boolean;
  totalCompanies: number;
  nodes: Array<{
    id: string;
    kind: GraphNodeKind;
    name: string;
    nameZh: string;
    depth: number;
    isLocal: boolean;
    source: DataSource | null;
    segmentId: string | null;
    revenue: number | null;
  }>;
  edges: Array<{ id: string; source: string; target: string; kind: GraphEdgeKind }>;
};

export type ChainsQueryVariables = Exact<{ [key: string]: never }>;

export type ChainsQuery = {
  chains: Array<{ id: string; name: string; nameZh: string }>;
  homeRegion: { code: string; name: string; nameZh: string };
};

export type ChainMapQueryVariables = Exact<{
  id: string | number;
}>;

export type ChainMapQuery = {
  chain: {
    id: string;
    name: string;
    nameZh: string;
    subchains: Array<{ id: string; name: string; nameZh: string }>;
    segments: Array<{
      id: string;
      name: string;
      nameZh: string;
      stage: Stage;
      role: string | null;
      keyTech: boolean;
      parent: { id: string } | null;
      coverage: { localCount: number; totalCount: number; status: CoverageStatus };
    }>;
    feeds: Array<{
      weight: number | null;
      crossChain: boolean;
      from: { id: string; name: string; nameZh: string; chain: { id: string } };
      to: { id: string; name: string; nameZh: string; chain: { id: string } };
    }>;
  } | null;
};

export type GapsQueryVariables = Exact<{
  chainId: string | number;
  lang?: Lang | null | undefined;
}>;

export type GapsQuery = {
  gaps: {
    completeness: number;
    segmentCount: number;
    ownGapCount: number;
    extendCount: number;
    priorityGroups: Array<{
      tier: PriorityTier;
      type: GapType;
      densityBand: DensityBand;
      count: number;
      segmentIds: Array<string>;
    }>;
    gaps: Array<{
      type: GapType;
      score: number;
      localCount: number;
      totalCount: number;
      breakPoint: boolean;
      density: number;
      explanation: string;
      segment: {
        id: string;
        name: string;
        nameZh: string;
        stage: Stage;
        keyTech: boolean;
        chain: { id: string };
      };
      priority: { tier: PriorityTier; reasons: Array<PriorityReason>; densityBand: DensityBand };
      features: Array<{ name: string; value: number; weight: number; contribution: number }>;
    }>;
  };
};

export type OpportunityMapQueryVariables = Exact<{
  chainId: string | number;
}>;

export type OpportunityMapQuery = {
  opportunityMap: Array<{
    relativePresence: number;
    density: number;
    quadrant: Quadrant;
    localCount: number;
    segment: { id: string; name: string; nameZh: string };
  }>;
};

export type GeoMapQueryVariables = Exact<{
  chainId: string | number;
  segmentId?: string | number | null | undefined;
  gapSegmentId?: string | number | null | undefined;
  sources?: Array<DataSource> | DataSource | null | undefined;
}>;

export type GeoMapQuery = {
  geoMap: {
    gap: boolean;
    homePlaceCode: string | null;
    localCount: number;
    candidateCount: number;
    leadCount: number;
    syntheticCount: number;
    unplacedCount: number;
    segment: { id: string; name: string; nameZh: string } | null;
    points: Array<{
      code: string;
      name: string;
      nameZh: string;
      level: GeoLevel;
      lat: number;
      lon: number;
      abroad: boolean;
      localCount: number;
      candidateCount: number;
      leadCount: number;
      syntheticCount: number;
      office: { id: string } | null;
    }>;
    offices: Array<{ id: string; name: string; nameZh: string; territories: Array<string> }>;
  };
};

export type GeoFiltersQueryVariables = Exact<{
  chainId: string | number;
}>;

export type GeoFiltersQuery = {
  chain: { id: string; segments: Array<{ id: string; name: string; nameZh: string }> } | null;
  gaps: { gaps: Array<{ type: GapType; segment: { id: string; name: string; nameZh: string } }> };
};

export type SegmentCompaniesQueryVariables = Exact<{
  segmentId: string | number;
  region: string;
  first?: number | null | undefined;
}>;

export type SegmentCompaniesQuery = {
  companies: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        nameZh: string;
        source: DataSource;
        isLocal: boolean;
        listed: boolean;
        revenue: number | null;
        region: { code: string; name: string; nameZh: string };
      };
    }>;
  };
};

export type SearchQueryVariables = Exact<{
  text: string;
}>;

export type SearchQuery = {
  search: Array<
    | {
        __typename: "Company";
        id: string;
        name: string;
        nameZh: string;
        source: DataSource;
        region: { code: string; name: string; nameZh: string };
      }
    | {
        __typename: "Segment";
        id: string;
        name: string;
        nameZh: string;
        stage: Stage;
        chain: { id: string; name: string; nameZh: string };
      }
  >;
};

export type TargetsQueryVariables = Exact<{
  segmentId?: string | number | null | undefined;
  chainId?: string | number | null | undefined;
  filter?: TargetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;

export type TargetsQuery = {
  targets: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        score: number;
        reasons: Array<string>;
        leadStatus: string | null;
        distanceKm: number | null;
        company: {
          id: string;
          name: string;
          nameZh: string;
          source: DataSource;
          isLocal: boolean;
          listed: boolean;
          revenue: number | null;
          region: { code: string; name: string; nameZh: string };
        };
        segment: { id: string; name: string; nameZh: string };
        features: Array<{ name: string; value: number; weight: number; contribution: number }>;
        localTies: Array<{ id: string; name: string; nameZh: string }>;
      };
    }>;
  };
};

export type TargetFilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type TargetFilterOptionsQuery = {
  provinces: Array<{ code: string; name: string; nameZh: string }>;
  countries: Array<{ code: string; name: string; nameZh: string }>;
};

export type TargetListsQueryVariables = Exact<{ [key: string]: never }>;

export type TargetListsQuery = {
  targetLists: Array<{
    id: string;
    name: string;
    createdAt: string;
    itemCount: number;
    segment: { id: string; name: string; nameZh: string } | null;
    chain: { id: string; name: string; nameZh: string } | null;
  }>;
};

export type TargetListQueryVariables = Exact<{
  id: string | number;
}>;

export type TargetListQuery = {
  targetList: {
    id: string;
    name: string;
    createdAt: string;
    itemCount: number;
    items: Array<{
      rank: number;
      score: number;
      status: TargetStatus;
      note: string | null;
      updatedAt: string;
      version: number;
      company: {
        id: string;
        name: string;
        nameZh: string;
        source: DataSource;
        region: { code: string; name: string; nameZh: string };
      };
      segment: { id: string; name: string; nameZh: string };
    }>;
    segment: { id: string; name: string; nameZh: string } | null;
    chain: { id: string; name: string; nameZh: string } | null;
  } | null;
};

export type SaveTargetListMutationVariables = Exact<{
  name: string;
  segmentId?: string | number | null | undefined;
  chainId?: string | number | null | undefined;
  filter?: TargetFilter | null | undefined;
  size?: number | null | undefined;
}>;

export type SaveTargetListMutation = { saveTargetList: { id: string; name: string; itemCount: number } };

export type UpdateTargetItemMutationVariables = Exact<{
  listId: string | number;
  companyId: string | number;
  version: number;
  status?: TargetStatus | null | undefined;
  note?: string | null | undefined;
}>;

export type UpdateTargetItemMutation = {
  updateTargetItem: { status: TargetStatus; note: string | null; updatedAt: string; version: number };
};

export type CompanyQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type CompanyQuery = {
  company: {
    stockCode: string | null;
    founded: number | null;
    employees: number | null;
    registeredCapital: number | null;
    rdIntensity: number | null;
    growth: number | null;
    sourceNote: string | null;
    id: string;
    name: string;
    nameZh: string;
    source: DataSource;
    isLocal: boolean;
    listed: boolean;
    revenue: number | null;
    segments: Array<{
      primary: boolean;
      segment: {
        id: string;
        name: string;
        nameZh: string;
        stage: Stage;
        keyTech: boolean;
        chain: { id: string; name: string; nameZh: string };
      };
    }>;
    alliances: Array<{ id: string; name: string; nameZh: string }>;
    parent: { id: string; name: string; nameZh: string } | null;
    network: {
      truncated: boolean;
      totalCompanies: number;
      nodes: Array<{
        id: string;
        kind: GraphNodeKind;
        name: string;
        nameZh: string;
        depth: number;
        isLocal: boolean;
        source: DataSource | null;
        segmentId: string | null;
        revenue: number | null;
      }>;
      edges: Array<{ id: string; source: string; target: string; kind: GraphEdgeKind }>;
    };
    region: { code: string; name: string; nameZh: string };
  } | null;
};

export type CompanyNetworkQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type CompanyNetworkQuery = {
  company: {
    id: string;
    network: {
      truncated: boolean;
      totalCompanies: number;
      nodes: Array<{
        id: string;
        kind: GraphNodeKind;
        name: string;
        nameZh: string;
        depth: number;
        isLocal: boolean;
        source: DataSource | null;
        segmentId: string | null;
        revenue: number | null;
      }>;
      edges: Array<{ id: string; source: string; target: string; kind: GraphEdgeKind }>;
    };
  } | null;
};

export type ImportFileMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
  kind?: ImportKind | null | undefined;
  dryRun?: boolean | null | undefined;
  skipBadRows?: boolean | null | undefined;
}>;

export type ImportFileMutation = {
  importFile: {
    applied: boolean;
    importId: string | null;
    report: {
      kind: ImportKind;
      format: string;
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      refused: number;
      problems: Array<{
        row: number;
        column: string;
        value: string;
        reason: string;
        code: string;
        params: Array<{ name: string; value: string }>;
      }>;
    };
  };
};

export type ImportsQueryVariables = Exact<{ [key: string]: never }>;

export type ImportsQuery = {
  imports: Array<{
    id: string;
    kind: ImportKind;
    file: string;
    user: string;
    status: ImportStatus;
    startedAt: string;
    created: number;
    updated: number;
    unchanged: number;
    refused: number;
  }>;
};

export type UndoImportMutationVariables = Exact<{
  id: string | number;
}>;

export type UndoImportMutation = { undoImport: { id: string; status: ImportStatus } };

export type CompanyProvenanceQueryVariables = Exact<{
  id: string | number;
}>;

export type CompanyProvenanceQuery = {
  company: {
    id: string;
    importedFrom: {
      importId: string;
      file: string;
      row: number;
      user: string;
      at: string;
      fields: Array<string>;
    } | null;
  } | null;
};

export type UsersQueryVariables = Exact<{ [key: string]: never }>;

export type UsersQuery = {
  users: Array<{
    id: string;
    username: string;
    role: Role;
    active: boolean;
    lastLoginAt: string | null;
    team: { id: string } | null;
    company: { id: string; name: string; nameZh: string } | null;
  }>;
  teams: Array<{ id: string; name: string; nameZh: string }>;
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = { createUser: { id: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = { updateUser: { id: string; role: Role; active: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;

export type ResetPasswordMutation = { resetPassword: { id: string } };

export type AlliancesQueryVariables = Exact<{ [key: string]: never }>;

export type AlliancesQuery = {
  alliances: Array<{ id: string; name: string; nameZh: string; source: DataSource; memberCount: number }>;
};

export type AllianceMembersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type AllianceMembersQuery = {
  alliance: {
    id: string;
    name: string;
    nameZh: string;
    source: DataSource;
    memberCount: number;
    members: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          name: string;
          nameZh: string;
          source: DataSource;
          isLocal: boolean;
          listed: boolean;
          revenue: number | null;
          region: { code: string; name: string; nameZh: string };
        };
      }>;
    };
  } | null;
};

export type AlliancePartnersQueryVariables = Exact<{
  id: string | number;
  companyId: string | number;
}>;

export type AlliancePartnersQuery = {
  alliance: {
    id: string;
    partners: Array<{
      relation: PartnerRelation;
      existingTie: boolean;
      role: string | null;
      company: {
        id: string;
        name: string;
        nameZh: string;
        source: DataSource;
        isLocal: boolean;
        listed: boolean;
        revenue: number | null;
        region: { code: string; name: string; nameZh: string };
      };
      via: Array<{ id: string; name: string; nameZh: string }>;
    }>;
  } | null;
};

export type PeerRowFragment = {
  isHome: boolean;
  completeness: number;
  coveredSegments: number;
  segmentCount: number;
  companies: number;
  region: { code: string; name: string; nameZh: string };
  stages: Array<{ stage: Stage; companies: number }>;
  keySegments: Array<{
    companies: number;
    rca: number;
    zoneRca: number;
    aheadOfZone: boolean;
    segment: { id: string; name: string; nameZh: string };
  }>;
  strongWhereZoneAbsent: Array<{
    companies: number;
    rca: number;
    segment: { id: string; name: string; nameZh: string; stage: Stage };
  }>;
};

export type PeerComparisonQueryVariables = Exact<{
  chainId: string | number;
  peers?: Array<string | number> | string | number | null | undefined;
}>;

export type PeerComparisonQuery = {
  peerComparison: {
    presenceVersion: number | null;
    home: {
      isHome: boolean;
      completeness: number;
      coveredSegments: number;
      segmentCount: number;
      companies: number;
      region: { code: string; name: string; nameZh: string };
      stages: Array<{ stage: Stage; companies: number }>;
      keySegments: Array<{
        companies: number;
        rca: number;
        zoneRca: number;
        aheadOfZone: boolean;
        segment: { id: string; name: string; nameZh: string };
      }>;
      strongWhereZoneAbsent: Array<{
        companies: number;
        rca: number;
        segment: { id: string; name: string; nameZh: string; stage: Stage };
      }>;
    };
    peers: Array<{
      isHome: boolean;
      completeness: number;
      coveredSegments: number;
      segmentCount: number;
      companies: number;
      region: { code: string; name: string; nameZh: string };
      stages: Array<{ stage: Stage; companies: number }>;
      keySegments: Array<{
        companies: number;
        rca: number;
        zoneRca: number;
        aheadOfZone: boolean;
        segment: { id: string; name: string; nameZh: string };
      }>;
      strongWhereZoneAbsent: Array<{
        companies: number;
        rca: number;
        segment: { id: string; name: string; nameZh: string; stage: Stage };
      }>;
    }>;
  };
  cities: Array<{ code: string; name: string; nameZh: string }>;
};

export type AlertsQueryVariables = Exact<{ [key: string]: never }>;

export type AlertsQuery = {
  unreadAlertCount: number;
  myAlerts: Array<{
    id: string;
    kind: AlertKind;
    createdAt: string;
    read: boolean;
    count: number | null;
    names: Array<string>;
    namesZh: Array<string>;
    stage: string | null;
    days: number | null;
    milestoneTitle: string | null;
    due: string | null;
    peerRca: number | null;
    zoneRca: number | null;
    leadId: string | null;
    chain: { id: string } | null;
    segment: { id: string; name: string; nameZh: string } | null;
    peer: { code: string; name: string; nameZh: string } | null;
  }>;
};

export type UnreadAlertsQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadAlertsQuery = { unreadAlertCount: number };

export type MarkAlertsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAlertsReadMutation = { markAlertsRead: number };

export type MyWatchesQueryVariables = Exact<{ [key: string]: never }>;

export type MyWatchesQuery = {
  myWatches: Array<{
    id: string;
    kind: WatchKind;
    leadId: string | null;
    chain: { id: string } | null;
    segment: { id: string } | null;
    peer: { code: string } | null;
  }>;
};

export type WatchGapMutationVariables = Exact<{
  chainId: string | number;
  segmentId: string | number;
}>;

export type WatchGapMutation = { watchGap: { id: string } };

export type WatchLeadMutationVariables = Exact<{
  leadId: string | number;
}>;

export type WatchLeadMutation = { watchLead: { id: string } };

export type WatchPeerSegmentMutationVariables = Exact<{
  chainId: string | number;
  segmentId: string | number;
  peerCode: string | number;
}>;

export type WatchPeerSegmentMutation = { watchPeerSegment: { id: string } };

export type UnwatchMutationVariables = Exact<{
  watchId: string | number;
}>;

export type UnwatchMutation = { unwatch: boolean };

export type LeadCardFragment = {
  id: string;
  stage: LeadStage;
  amount: number | null;
  currency: string | null;
  amountRmb: number | null;
  keyProject: boolean;
  stalled: boolean;
  overdue: boolean;
  synthetic: boolean;
  restricted: boolean;
  lastChangeOn: string;
  nextStages: Array<LeadStage>;
  team: { id: string; name: string; nameZh: string };
  office: { id: string; name: string; nameZh: string } | null;
  company: { id: string; name: string; nameZh: string; source: DataSource };
  segment: { id: string; name: string; nameZh: string } | null;
};

export type PipelineOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type PipelineOptionsQuery = {
  teams: Array<{ id: string; name: string; nameZh: string }>;
  offices: Array<{ id: string; name: string; nameZh: string }>;
};

export type PipelineBoardQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  perStage?: number | null | undefined;
}>;

export type PipelineBoardQuery = {
  pipelineBoard: Array<{
    stage: LeadStage;
    count: number;
    amountRmb: number;
    leads: Array<{
      id: string;
      stage: LeadStage;
      amount: number | null;
      currency: string | null;
      amountRmb: number | null;
      keyProject: boolean;
      stalled: boolean;
      overdue: boolean;
      synthetic: boolean;
      restricted: boolean;
      lastChangeOn: string;
      nextStages: Array<LeadStage>;
      team: { id: string; name: string; nameZh: string };
      office: { id: string; name: string; nameZh: string } | null;
      company: { id: string; name: string; nameZh: string; source: DataSource };
      segment: { id: string; name: string; nameZh: string } | null;
    }>;
  }>;
};

export type LeadPageQueryVariables = Exact<{
  id: string | number;
}>;

export type LeadPageQuery = {
  lead: {
    usdRate: number | null;
    fixedAssetsRmb: number | null;
    jobs: number | null;
    fundLinked: boolean | null;
    fundAmountRmb: number | null;
    industrial: boolean | null;
    owner: string | null;
    id: string;
    stage: LeadStage;
    amount: number | null;
    currency: string | null;
    amountRmb: number | null;
    keyProject: boolean;
    stalled: boolean;
    overdue: boolean;
    synthetic: boolean;
    restricted: boolean;
    lastChangeOn: string;
    nextStages: Array<LeadStage>;
    schedule: Array<{ stage: LeadStage; planned: string | null; actual: string | null; late: boolean }>;
    milestones: Array<{
      id: string;
      title: string;
      owner: string;
      due: string;
      doneOn: string | null;
      overdue: boolean;
    }>;
    history: Array<{
      id: string;
      at: string;
      recordedAt: string;
      by: string;
      kind: LeadEventKind;
      from: LeadStage | null;
      to: LeadStage | null;
      amountRmb: number | null;
      note: string | null;
    }>;
    team: { id: string; name: string; nameZh: string };
    office: { id: string; name: string; nameZh: string } | null;
    company: { id: string; name: string; nameZh: string; source: DataSource };
    segment: { id: string; name: string; nameZh: string } | null;
  } | null;
};

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;

export type CreateLeadMutation = { createLead: { id: string } };

export type MoveLeadMutationVariables = Exact<{
  id: string | number;
  stage: LeadStage;
  date: string;
  note?: string | null | undefined;
}>;

export type MoveLeadMutation = { moveLead: { id: string; stage: LeadStage } };

export type LeaderboardQueryVariables = Exact<{
  period: Period;
  at: string;
}>;

export type LeaderboardQuery = {
  leaderboard: Array<{
    rank: number;
    signedCount: number;
    signedAmountRmb: number;
    keyProjects: number;
    keyProjectsAmountRmb: number;
    registered: number;
    started: number;
    startedAmountRmb: number;
    producing: number;
    producingAmountRmb: number;
    conversion: number | null;
    avgDaysSignedToProducing: number | null;
    team: { id: string; name: string; nameZh: string };
  }>;
  zoneStanding: {
    from: string;
    to: string;
    keySigned: number;
    keySignedRmb: number;
    industrialStarted: number;
    industrialStartedRmb: number;
    targetKeySigned: number;
    targetKeySignedRmb: number;
    targetIndustrialStarted: number;
    targetIndustrialStartedRmb: number;
  };
};

export type AgendaQueryVariables = Exact<{
  date: string;
}>;

export type AgendaQuery = {
  coordinationAgenda: {
    date: string;
    overdueMilestones: Array<{
      daysOverdue: number;
      milestone: { id: string; title: string; owner: string; due: string };
      lead: {
        id: string;
        stage: LeadStage;
        amount: number | null;
        currency: string | null;
        amountRmb: number | null;
        keyProject: boolean;
        stalled: boolean;
        overdue: boolean;
        synthetic: boolean;
        restricted: boolean;
        lastChangeOn: string;
        nextStages: Array<LeadStage>;
        team: { id: string; name: string; nameZh: string };
        office: { id: string; name: string; nameZh: string } | null;
        company: { id: string; name: string; nameZh: string; source: DataSource };
        segment: { id: string; name: string; nameZh: string } | null;
      };
    }>;
    stalledLeads: Array<{
      id: string;
      stage: LeadStage;
      amount: number | null;
      currency: string | null;
      amountRmb: number | null;
      keyProject: boolean;
      stalled: boolean;
      overdue: boolean;
      synthetic: boolean;
      restricted: boolean;
      lastChangeOn: string;
      nextStages: Array<LeadStage>;
      team: { id: string; name: string; nameZh: string };
      office: { id: string; name: string; nameZh: string } | null;
      company: { id: string; name: string; nameZh: string; source: DataSource };
      segment: { id: string; name: string; nameZh: string } | null;
    }>;
    awaitingDecision: Array<{
      id: string;
      stage: LeadStage;
      amount: number | null;
      currency: string | null;
      amountRmb: number | null;
      keyProject: boolean;
      stalled: boolean;
      overdue: boolean;
      synthetic: boolean;
      restricted: boolean;
      lastChangeOn: string;
      nextStages: Array<LeadStage>;
      team: { id: string; name: string; nameZh: string };
      office: { id: string; name: string; nameZh: string } | null;
      company: { id: string; name: string; nameZh: string; source: DataSource };
      segment: { id: string; name: string; nameZh: string } | null;
    }>;
  };
};

export type GapProgressQueryVariables = Exact<{
  chainId: string | number;
}>;

export type GapProgressQuery = {
  chain: {
    id: string;
    segments: Array<{
      id: string;
      leadProgress: {
        leads: number;
        furthestStage: LeadStage | null;
        byStage: Array<{ stage: LeadStage; count: number }>;
      };
    }>;
  } | null;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DossierItemFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DossierItemFields on DossierItem {
  key
  titleZh
  titleEn
  method
  status
  reason
  note
  columns {
    key
    label
    numeric
  }
  rows {
    id
    cells
    source
    synthetic
    entryId
    version
  }
}
    `,
  { fragmentName: "DossierItemFields" },
) as unknown as TypedDocumentString<DossierItemFieldsFragment, unknown>;
export const CompanyRefFragmentDoc = new TypedDocumentString(
  `
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}
    `,
  { fragmentName: "CompanyRef" },
) as unknown as TypedDocumentString<CompanyRefFragment, unknown>;
export const TargetListSummaryFragmentDoc = new TypedDocumentString(
  `
    fragment TargetListSummary on TargetList {
  id
  name
  createdAt
  itemCount
  segment {
    id
    name
    nameZh
  }
  chain {
    id
    name
    nameZh
  }
}
    `,
  { fragmentName: "TargetListSummary" },
) as unknown as TypedDocumentString<TargetListSummaryFragment, unknown>;
export const NetworkGraphFragmentDoc = new TypedDocumentString(
  `
    fragment NetworkGraph on Graph {
  nodes {
    id
    kind
    name
    nameZh
    depth
    isLocal
    source
    segmentId
    revenue
  }
  edges {
    id
    source
    target
    kind
  }
  truncated
  totalCompanies
}
    `,
  { fragmentName: "NetworkGraph" },
) as unknown as TypedDocumentString<NetworkGraphFragment, unknown>;
export const PeerRowFragmentDoc = new TypedDocumentString(
  `
    fragment PeerRow on PeerRegion {
  region {
    code
    name
    nameZh
  }
  isHome
  completeness
  coveredSegments
  segmentCount
  companies
  stages {
    stage
    companies
  }
  keySegments {
    segment {
      id
      name
      nameZh
    }
    companies
    rca
    zoneRca
    aheadOfZone
  }
  strongWhereZoneAbsent {
    segment {
      id
      name
      nameZh
      stage
    }
    companies
    rca
  }
}
    `,
  { fragmentName: "PeerRow" },
) as unknown as TypedDocumentString<PeerRowFragment, unknown>;
export const LeadCardFragmentDoc = new TypedDocumentString(
  `
    fragment LeadCard on Lead {
  id
  stage
  amount
  currency
  amountRmb
  keyProject
  stalled
  overdue
  synthetic
  restricted
  lastChangeOn
  nextStages
  team {
    id
    name
    nameZh
  }
  office {
    id
    name
    nameZh
  }
  company {
    id
    name
    nameZh
    source
  }
  segment {
    id
    name
    nameZh
  }
}
    `,
  { fragmentName: "LeadCard" },
) as unknown as TypedDocumentString<LeadCardFragment, unknown>;
export const ChainDossierDocument = new TypedDocumentString(
  `
    query ChainDossier($chainId: ID!, $lang: Lang) {
  chainDossier(chainId: $chainId, lang: $lang) {
    regionCode
    generatedOn
    diagrams {
      ...DossierItemFields
      nodes {
        id
        parent
        label
        kind
        coverage
        keyTech
        synthetic
      }
      edges {
        source
        target
      }
    }
    lists {
      ...DossierItemFields
    }
  }
}
    fragment DossierItemFields on DossierItem {
  key
  titleZh
  titleEn
  method
  status
  reason
  note
  columns {
    key
    label
    numeric
  }
  rows {
    id
    cells
    source
    synthetic
    entryId
    version
  }
}`,
  { hash: "sha256:5b8059629179400c7899d6ac0e18e6e01715197758cc87cfdaa02d98f18deed6" },
) as unknown as TypedDocumentString<ChainDossierQuery, ChainDossierQueryVariables>;
export const AddDossierEntryDocument = new TypedDocumentString(
  `
    mutation AddDossierEntry($chainId: ID!, $kind: DossierEntryKind!, $input: DossierEntryInput!) {
  addDossierEntry(chainId: $chainId, kind: $kind, input: $input) {
    id
    version
  }
}
    `,
  { hash: "sha256:cc88de7c84fc33cd9fde1882146635b5b7c3255d45d82799b02d477465374867" },
) as unknown as TypedDocumentString<AddDossierEntryMutation, AddDossierEntryMutationVariables>;
export const UpdateDossierEntryDocument = new TypedDocumentString(
  `
    mutation UpdateDossierEntry($id: ID!, $version: Int!, $input: DossierEntryInput!) {
  updateDossierEntry(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `,
  { hash: "sha256:e5d8cf3fe30ca6edd496ea2291847fee73a16195e639da48f9c60654d29e7239" },
) as unknown as TypedDocumentString<UpdateDossierEntryMutation, UpdateDossierEntryMutationVariables>;
export const DeleteDossierEntryDocument = new TypedDocumentString(
  `
    mutation DeleteDossierEntry($id: ID!, $version: Int!) {
  deleteDossierEntry(id: $id, version: $version)
}
    `,
  { hash: "sha256:4bd42a35857aef9e6dd1be293752f7bde4af8a0bc66ab3579629c878e9f3433a" },
) as unknown as TypedDocumentString<DeleteDossierEntryMutation, DeleteDossierEntryMutationVariables>;
export const ChainsDocument = new TypedDocumentString(
  `
    query Chains {
  chains {
    id
    name
    nameZh
  }
  homeRegion {
    code
    name
    nameZh
  }
}
    `,
  { hash: "sha256:c187219d9fac6cabdf8524c526b83b897787ab4379d1e719c82c0ad834f91572" },
) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;
export const ChainMapDocument = new TypedDocumentString(
  `
    query ChainMap($id: ID!) {
  chain(id: $id) {
    id
    name
    nameZh
    subchains {
      id
      name
      nameZh
    }
    segments {
      id
      name
      nameZh
      stage
      role
      keyTech
      parent {
        id
      }
      coverage {
        localCount
        totalCount
        status
      }
    }
    feeds {
      from {
        id
        name
        nameZh
        chain {
          id
        }
      }
      to {
        id
        name
        nameZh
        chain {
          id
        }
      }
      weight
      crossChain
    }
  }
}
    `,
  { hash: "sha256:fa95f7da6b911ec4944f13b65da991f5293350c227cfbd4952fce9020c2a52d5" },
) as unknown as TypedDocumentString<ChainMapQuery, ChainMapQueryVariables>;
export const GapsDocument = new TypedDocumentString(
  `
    query Gaps($chainId: ID!, $lang: Lang) {
  gaps(chainId: $chainId) {
    completeness
    segmentCount
    ownGapCount
    extendCount
    priorityGroups {
      tier
      type
      densityBand
      count
      segmentIds
    }
    gaps {
      segment {
        id
        name
        nameZh
        stage
        keyTech
        chain {
          id
        }
      }
      type
      score
      localCount
      totalCount
      breakPoint
      density
      priority {
        tier
        reasons
        densityBand
      }
      features {
        name
        value
        weight
        contribution
      }
      explanation(lang: $lang)
    }
  }
}
    `,
  { hash: "sha256:bef25a777b07e9899a6fdd51106597be020048f6d3c27e9cf1825d57cb4c8dd6" },
) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const OpportunityMapDocument = new TypedDocumentString(
  `
    query OpportunityMap($chainId: ID!) {
  opportunityMap(chainId: $chainId) {
    segment {
      id
      name
      nameZh
    }
    relativePresence
    density
    quadrant
    localCount
  }
}
    `,
  { hash: "sha256:10d7df119b37faeb1d2544afe48732177cb4a3968cbe4f8508ef3b18e54f0ce7" },
) as unknown as TypedDocumentString<OpportunityMapQuery, OpportunityMapQueryVariables>;
export const GeoMapDocument = new TypedDocumentString(
  `
    query GeoMap($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {
  geoMap(
    chainId: $chainId
    segmentId: $segmentId
    gapSegmentId: $gapSegmentId
    sources: $sources
  ) {
    gap
    homePlaceCode
    segment {
      id
      name
      nameZh
    }
    points {
      code
      name
      nameZh
      level
      lat
      lon
      abroad
      localCount
      candidateCount
      leadCount
      syntheticCount
      office {
        id
      }
    }
    offices {
      id
      name
      nameZh
      territories
    }
    localCount
    candidateCount
    leadCount
    syntheticCount
    unplacedCount
  }
}
    `,
  { hash: "sha256:dea764c11d3cb44dc779a1023e6f226b4bffe7195df0695cc4b982595b40273f" },
) as unknown as TypedDocumentString<GeoMapQuery, GeoMapQueryVariables>;
export const GeoFiltersDocument = new TypedDocumentString(
  `
    query GeoFilters($chainId: ID!) {
  chain(id: $chainId) {
    id
    segments {
      id
      name
      nameZh
    }
  }
  gaps(chainId: $chainId) {
    gaps {
      type
      segment {
        id
        name
        nameZh
      }
    }
  }
}
    `,
  { hash: "sha256:28d99995595ba4d1af3a4e60498d0c3ab50031ceb71af922ee94e2a41131942c" },
) as unknown as TypedDocumentString<GeoFiltersQuery, GeoFiltersQueryVariables>;
export const SegmentCompaniesDocument = new TypedDocumentString(
  `
    query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {
  companies(filter: {segmentId: $segmentId, regionCode: $region}, first: $first) {
    totalCount
    edges {
      node {
        ...CompanyRef
      }
    }
  }
}
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}`,
  { hash: "sha256:65c0fb12bf3d5e7e51d66bbc338ac01e4475afd5e7caffba4802429642e005ee" },
) as unknown as TypedDocumentString<SegmentCompaniesQuery, SegmentCompaniesQueryVariables>;
export const SearchDocument = new TypedDocumentString(
  `
    query Search($text: String!) {
  search(text: $text, first: 12) {
    __typename
    ... on Company {
      id
      name
      nameZh
      source
      region {
        code
        name
        nameZh
      }
    }
    ... on Segment {
      id
      name
      nameZh
      stage
      chain {
        id
        name
        nameZh
      }
    }
  }
}
    `,
  { hash: "sha256:6ac75b4a9d004cbbf6c82806d4da2c8d95bba3e028053e2e0e09229dd7b4d7de" },
) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const TargetsDocument = new TypedDocumentString(
  `
    query Targets($segmentId: ID, $chainId: ID, $filter: TargetFilter, $first: Int, $after: String, $lang: Lang) {
  targets(
    segmentId: $segmentId
    chainId: $chainId
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        company {
          ...CompanyRef
        }
        segment {
          id
          name
          nameZh
        }
        score
        features {
          name
          value
          weight
          contribution
        }
        reasons(lang: $lang)
        localTies {
          id
          name
          nameZh
        }
        leadStatus
        distanceKm
      }
    }
  }
}
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}`,
  { hash: "sha256:f1cbfb014035502ebd24782612a63e2bf9b2bf4358a7542c0277d6ad98bd7c1d" },
) as unknown as TypedDocumentString<TargetsQuery, TargetsQueryVariables>;
export const TargetFilterOptionsDocument = new TypedDocumentString(
  `
    query TargetFilterOptions {
  provinces: regions(level: PROVINCE) {
    code
    name
    nameZh
  }
  countries: regions(level: COUNTRY) {
    code
    name
    nameZh
  }
}
    `,
  { hash: "sha256:15cad11ea202d13468497d2cbf6495cc1924100cccd8b7c806057fed1b88941a" },
) as unknown as TypedDocumentString<TargetFilterOptionsQuery, TargetFilterOptionsQueryVariables>;
export const TargetListsDocument = new TypedDocumentString(
  `
    query TargetLists {
  targetLists {
    ...TargetListSummary
  }
}
    fragment TargetListSummary on TargetList {
  id
  name
  createdAt
  itemCount
  segment {
    id
    name
    nameZh
  }
  chain {
    id
    name
    nameZh
  }
}`,
  { hash: "sha256:616b8ad902c8c8d1076c7ed1222b38e645e8dbd63c5241cd6b522922ae2ca8ee" },
) as unknown as TypedDocumentString<TargetListsQuery, TargetListsQueryVariables>;
export const TargetListDocument = new TypedDocumentString(
  `
    query TargetList($id: ID!) {
  targetList(id: $id) {
    ...TargetListSummary
    items {
      company {
        id
        name
        nameZh
        source
        region {
          code
          name
          nameZh
        }
      }
      segment {
        id
        name
        nameZh
      }
      rank
      score
      status
      note
      updatedAt
      version
    }
  }
}
    fragment TargetListSummary on TargetList {
  id
  name
  createdAt
  itemCount
  segment {
    id
    name
    nameZh
  }
  chain {
    id
    name
    nameZh
  }
}`,
  { hash: "sha256:06d9dbe073762860cfae1b3775e94754ec5183ac5e1f45be18e40888433e320f" },
) as unknown as TypedDocumentString<TargetListQuery, TargetListQueryVariables>;
export const SaveTargetListDocument = new TypedDocumentString(
  `
    mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {
  saveTargetList(
    name: $name
    segmentId: $segmentId
    chainId: $chainId
    filter: $filter
    size: $size
  ) {
    id
    name
    itemCount
  }
}
    `,
  { hash: "sha256:8243ad665beb64ca7c86a20cfa2126f55cf5ebf13b4dbaca2b66455616523c17" },
) as unknown as TypedDocumentString<SaveTargetListMutation, SaveTargetListMutationVariables>;
export const UpdateTargetItemDocument = new TypedDocumentString(
  `
    mutation UpdateTargetItem($listId: ID!, $companyId: ID!, $version: Int!, $status: TargetStatus, $note: String) {
  updateTargetItem(
    listId: $listId
    companyId: $companyId
    version: $version
    status: $status
    note: $note
  ) {
    status
    note
    updatedAt
    version
  }
}
    `,
  { hash: "sha256:8f7b30ac8eb06f7a6b3e070420705477a4400108dd675987a5f1080658844796" },
) as unknown as TypedDocumentString<UpdateTargetItemMutation, UpdateTargetItemMutationVariables>;
export const CompanyDocument = new TypedDocumentString(
  `
    query Company($id: ID!, $depth: Int, $limit: Int) {
  company(id: $id) {
    ...CompanyRef
    stockCode
    founded
    employees
    registeredCapital
    rdIntensity
    growth
    sourceNote
    segments {
      primary
      segment {
        id
        name
        nameZh
        stage
        keyTech
        chain {
          id
          name
          nameZh
        }
      }
    }
    alliances {
      id
      name
      nameZh
    }
    parent {
      id
      name
      nameZh
    }
    network(depth: $depth, limit: $limit) {
      ...NetworkGraph
    }
  }
}
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}
fragment NetworkGraph on Graph {
  nodes {
    id
    kind
    name
    nameZh
    depth
    isLocal
    source
    segmentId
    revenue
  }
  edges {
    id
    source
    target
    kind
  }
  truncated
  totalCompanies
}`,
  { hash: "sha256:7a9d1470d68eb366662f6ff473862f4053ecc382ebff69034366e7bc0e933311" },
) as unknown as TypedDocumentString<CompanyQuery, CompanyQueryVariables>;
export const CompanyNetworkDocument = new TypedDocumentString(
  `
    query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {
  company(id: $id) {
    id
    network(depth: $depth, limit: $limit) {
      ...NetworkGraph
    }
  }
}
    fragment NetworkGraph on Graph {
  nodes {
    id
    kind
    name
    nameZh
    depth
    isLocal
    source
    segmentId
    revenue
  }
  edges {
    id
    source
    target
    kind
  }
  truncated
  totalCompanies
}`,
  { hash: "sha256:921b91769fd4215af238ef36adc535e970b56df682de95ca801e60c5d8226512" },
) as unknown as TypedDocumentString<CompanyNetworkQuery, CompanyNetworkQueryVariables>;
export const ImportFileDocument = new TypedDocumentString(
  `
    mutation ImportFile($fileName: String!, $contentBase64: String!, $kind: ImportKind, $dryRun: Boolean, $skipBadRows: Boolean) {
  importFile(
    fileName: $fileName
    contentBase64: $contentBase64
    kind: $kind
    dryRun: $dryRun
    skipBadRows: $skipBadRows
  ) {
    applied
    importId
    report {
      kind
      format
      rows
      created
      updated
      unchanged
      refused
      problems {
        row
        column
        value
        reason
        code
        params {
          name
          value
        }
      }
    }
  }
}
    `,
  { hash: "sha256:f10909b806682e57117d28b49804d534775df522bf7aa886ab76c6ba015be1ae" },
) as unknown as TypedDocumentString<ImportFileMutation, ImportFileMutationVariables>;
export const ImportsDocument = new TypedDocumentString(
  `
    query Imports {
  imports(first: 50) {
    id
    kind
    file
    user
    status
    startedAt
    created
    updated
    unchanged
    refused
  }
}
    `,
  { hash: "sha256:2679ce8f16a7f96be1a480ec8956a27e764c1630de27105e7a12c9c76580fc86" },
) as unknown as TypedDocumentString<ImportsQuery, ImportsQueryVariables>;
export const UndoImportDocument = new TypedDocumentString(
  `
    mutation UndoImport($id: ID!) {
  undoImport(id: $id) {
    id
    status
  }
}
    `,
  { hash: "sha256:d3b94cc5db3072ca31cff073997944111f5ea41e1d7ac8a0adfe31660cb06c81" },
) as unknown as TypedDocumentString<UndoImportMutation, UndoImportMutationVariables>;
export const CompanyProvenanceDocument = new TypedDocumentString(
  `
    query CompanyProvenance($id: ID!) {
  company(id: $id) {
    id
    importedFrom {
      importId
      file
      row
      user
      at
      fields
    }
  }
}
    `,
  { hash: "sha256:0d7dbfa5b900324c2c66d7e8cf8f2d5bb6826c3c6b423de3a95c1027fefcb1d4" },
) as unknown as TypedDocumentString<CompanyProvenanceQuery, CompanyProvenanceQueryVariables>;
export const UsersDocument = new TypedDocumentString(
  `
    query Users {
  users {
    id
    username
    role
    active
    lastLoginAt
    team {
      id
    }
    company {
      id
      name
      nameZh
    }
  }
  teams {
    id
    name
    nameZh
  }
}
    `,
  { hash: "sha256:994867c8cb715af4b7ee9d925ba5bef46998e35f712a5ac61353e3ca43140678" },
) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(
  `
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `,
  { hash: "sha256:c3e5cf3b1cbc036efc78d3ec9375c160bf568f739d393845eb617dd52abe1c4f" },
) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(
  `
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    role
    active
  }
}
    `,
  { hash: "sha256:7ab4dc9df62b93b1e82c6dea0c7e12813861f582f43a67f708feb9631c2f2f65" },
) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(
  `
    mutation ResetPassword($id: ID!, $password: String!) {
  resetPassword(id: $id, password: $password) {
    id
  }
}
    `,
  { hash: "sha256:fc8901378d3f2202f2b5e87760a841709a081414ae2a1ccd2108434effa329bf" },
) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AlliancesDocument = new TypedDocumentString(
  `
    query Alliances {
  alliances {
    id
    name
    nameZh
    source
    memberCount
  }
}
    `,
  { hash: "sha256:82a36236d7ae4530a8d3b220c028b130708a681b955c838f8705181f8e44b3d2" },
) as unknown as TypedDocumentString<AlliancesQuery, AlliancesQueryVariables>;
export const AllianceMembersDocument = new TypedDocumentString(
  `
    query AllianceMembers($id: ID!, $after: String) {
  alliance(id: $id) {
    id
    name
    nameZh
    source
    memberCount
    members(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CompanyRef
        }
      }
    }
  }
}
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}`,
  { hash: "sha256:cd944ff8fcfb32cb2396e36d99b4017183c6beb34048bea769bed6c7b7f55667" },
) as unknown as TypedDocumentString<AllianceMembersQuery, AllianceMembersQueryVariables>;
export const AlliancePartnersDocument = new TypedDocumentString(
  `
    query AlliancePartners($id: ID!, $companyId: ID!) {
  alliance(id: $id) {
    id
    partners(companyId: $companyId) {
      company {
        ...CompanyRef
      }
      relation
      via {
        id
        name
        nameZh
      }
      existingTie
      role
    }
  }
}
    fragment CompanyRef on Company {
  id
  name
  nameZh
  source
  isLocal
  listed
  revenue
  region {
    code
    name
    nameZh
  }
}`,
  { hash: "sha256:f0313e1a743899af5e5c8f35ea7ceea6483e8a2d8d8bf494c7a51fcf933af58f" },
) as unknown as TypedDocumentString<AlliancePartnersQuery, AlliancePartnersQueryVariables>;
export const PeerComparisonDocument = new TypedDocumentString(
  `
    query PeerComparison($chainId: ID!, $peers: [ID!]) {
  peerComparison(chainId: $chainId, peers: $peers) {
    presenceVersion
    home {
      ...PeerRow
    }
    peers {
      ...PeerRow
    }
  }
  cities: regions(level: CITY) {
    code
    name
    nameZh
  }
}
    fragment PeerRow on PeerRegion {
  region {
    code
    name
    nameZh
  }
  isHome
  completeness
  coveredSegments
  segmentCount
  companies
  stages {
    stage
    companies
  }
  keySegments {
    segment {
      id
      name
      nameZh
    }
    companies
    rca
    zoneRca
    aheadOfZone
  }
  strongWhereZoneAbsent {
    segment {
      id
      name
      nameZh
      stage
    }
    companies
    rca
  }
}`,
  { hash: "sha256:0918366e580ff1605528a68b41fbf7a9a508bec602a860b53b0827d81b474521" },
) as unknown as TypedDocumentString<PeerComparisonQuery, PeerComparisonQueryVariables>;
export const AlertsDocument = new TypedDocumentString(
  `
    query Alerts {
  unreadAlertCount
  myAlerts(first: 20) {
    id
    kind
    createdAt
    read
    count
    names
    namesZh
    stage
    days
    milestoneTitle
    due
    peerRca
    zoneRca
    leadId
    chain {
      id
    }
    segment {
      id
      name
      nameZh
    }
    peer {
      code
      name
      nameZh
    }
  }
}
    `,
  { hash: "sha256:44ac5b9b2df5efec7b2fa8f3b49a5702260c3f39fcffb47c010cffe8bde609ca" },
) as unknown as TypedDocumentString<AlertsQuery, AlertsQueryVariables>;
export const UnreadAlertsDocument = new TypedDocumentString(
  `
    query UnreadAlerts {
  unreadAlertCount
}
    `,
  { hash: "sha256:b212397e8addf6fffe195550c5d0891f658f3483f438d76d88c7dcba49eeee50" },
) as unknown as TypedDocumentString<UnreadAlertsQuery, UnreadAlertsQueryVariables>;
export const MarkAlertsReadDocument = new TypedDocumentString(
  `
    mutation MarkAlertsRead {
  markAlertsRead
}
    `,
  { hash: "sha256:eb01cd98a769831056192348ebc198a50755af9a5cc0f659b208effedcb31a76" },
) as unknown as TypedDocumentString<MarkAlertsReadMutation, MarkAlertsReadMutationVariables>;
export const MyWatchesDocument = new TypedDocumentString(
  `
    query MyWatches {
  myWatches {
    id
    kind
    leadId
    chain {
      id
    }
    segment {
      id
    }
    peer {
      code
    }
  }
}
    `,
  { hash: "sha256:9d12621e3e3cdbb4856e3c588f7a96c79658f58ba6261ddaf5a3caa017388095" },
) as unknown as TypedDocumentString<MyWatchesQuery, MyWatchesQueryVariables>;
export const WatchGapDocument = new TypedDocumentString(
  `
    mutation WatchGap($chainId: ID!, $segmentId: ID!) {
  watchGap(chainId: $chainId, segmentId: $segmentId) {
    id
  }
}
    `,
  { hash: "sha256:135bc9bf3e498fe08a0ff024d21eacc051592beb5fa548dd406dfc37ac63d27c" },
) as unknown as TypedDocumentString<WatchGapMutation, WatchGapMutationVariables>;
export const WatchLeadDocument = new TypedDocumentString(
  `
    mutation WatchLead($leadId: ID!) {
  watchLead(leadId: $leadId) {
    id
  }
}
    `,
  { hash: "sha256:98fc7ac462c73eb641315ac9755d9d429d7beb48cf712a6687b067066bd6a1ea" },
) as unknown as TypedDocumentString<WatchLeadMutation, WatchLeadMutationVariables>;
export const WatchPeerSegmentDocument = new TypedDocumentString(
  `
    mutation WatchPeerSegment($chainId: ID!, $segmentId: ID!, $peerCode: ID!) {
  watchPeerSegment(chainId: $chainId, segmentId: $segmentId, peerCode: $peerCode) {
    id
  }
}
    `,
  { hash: "sha256:240c107115d01c5231be9273b9d207ba0ed5855cc6e219b44a2a3c1d709b1293" },
) as unknown as TypedDocumentString<WatchPeerSegmentMutation, WatchPeerSegmentMutationVariables>;
export const UnwatchDocument = new TypedDocumentString(
  `
    mutation Unwatch($watchId: ID!) {
  unwatch(watchId: $watchId)
}
    `,
  { hash: "sha256:4a4f8f18dc8dc63d89378818f854a45cdc8c8ce8e70f94d567d642326094b640" },
) as unknown as TypedDocumentString<UnwatchMutation, UnwatchMutationVariables>;
export const PipelineOptionsDocument = new TypedDocumentString(
  `
    query PipelineOptions {
  teams {
    id
    name
    nameZh
  }
  offices {
    id
    name
    nameZh
  }
}
    `,
  { hash: "sha256:56961c2710d91c0ae83a62843855469f2dec6668fba7e5db765e51ec74968a9b" },
) as unknown as TypedDocumentString<PipelineOptionsQuery, PipelineOptionsQueryVariables>;
export const PipelineBoardDocument = new TypedDocumentString(
  `
    query PipelineBoard($filter: LeadFilter, $perStage: Int) {
  pipelineBoard(filter: $filter, perStage: $perStage) {
    stage
    count
    amountRmb
    leads {
      ...LeadCard
    }
  }
}
    fragment LeadCard on Lead {
  id
  stage
  amount
  currency
  amountRmb
  keyProject
  stalled
  overdue
  synthetic
  restricted
  lastChangeOn
  nextStages
  team {
    id
    name
    nameZh
  }
  office {
    id
    name
    nameZh
  }
  company {
    id
    name
    nameZh
    source
  }
  segment {
    id
    name
    nameZh
  }
}`,
  { hash: "sha256:63f99b85771d5696e4c34afec7eb8c5ad75fa370678bc3e69fdd0084465bd40a" },
) as unknown as TypedDocumentString<PipelineBoardQuery, PipelineBoardQueryVariables>;
export const LeadPageDocument = new TypedDocumentString(
  `
    query LeadPage($id: ID!) {
  lead(id: $id) {
    ...LeadCard
    usdRate
    fixedAssetsRmb
    jobs
    fundLinked
    fundAmountRmb
    industrial
    owner
    schedule {
      stage
      planned
      actual
      late
    }
    milestones {
      id
      title
      owner
      due
      doneOn
      overdue
    }
    history {
      id
      at
      recordedAt
      by
      kind
      from
      to
      amountRmb
      note
    }
  }
}
    fragment LeadCard on Lead {
  id
  stage
  amount
  currency
  amountRmb
  keyProject
  stalled
  overdue
  synthetic
  restricted
  lastChangeOn
  nextStages
  team {
    id
    name
    nameZh
  }
  office {
    id
    name
    nameZh
  }
  company {
    id
    name
    nameZh
    source
  }
  segment {
    id
    name
    nameZh
  }
}`,
  { hash: "sha256:03a563602646310838215a85db3cf9fbf7694e8eab267e58bb55f773e2dd532c" },
) as unknown as TypedDocumentString<LeadPageQuery, LeadPageQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(
  `
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    id
  }
}
    `,
  { hash: "sha256:2fb3fda6fae420bbce23c8a54ebcc1acdc529806ec6ad492b5a4694d8b519bd5" },
) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const MoveLeadDocument = new TypedDocumentString(
  `
    mutation MoveLead($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {
  moveLead(id: $id, stage: $stage, date: $date, note: $note) {
    id
    stage
  }
}
    `,
  { hash: "sha256:84e0cfc83563ed0b96516db7e420f72bb199297b92295e1e90d50816b7f5eb3b" },
) as unknown as TypedDocumentString<MoveLeadMutation, MoveLeadMutationVariables>;
export const LeaderboardDocument = new TypedDocumentString(
  `
    query Leaderboard($period: Period!, $at: String!) {
  leaderboard(period: $period, at: $at) {
    team {
      id
      name
      nameZh
    }
    rank
    signedCount
    signedAmountRmb
    keyProjects
    keyProjectsAmountRmb
    registered
    started
    startedAmountRmb
    producing
    producingAmountRmb
    conversion
    avgDaysSignedToProducing
  }
  zoneStanding(period: $period, at: $at) {
    from
    to
    keySigned
    keySignedRmb
    industrialStarted
    industrialStartedRmb
    targetKeySigned
    targetKeySignedRmb
    targetIndustrialStarted
    targetIndustrialStartedRmb
  }
}
    `,
  { hash: "sha256:b5cd3158cc80bc408a168862bdf058cd9ee0416494544ecf86f6b57f8cd469f8" },
) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const AgendaDocument = new TypedDocumentString(
  `
    query Agenda($date: String!) {
  coordinationAgenda(date: $date) {
    date
    overdueMilestones {
      daysOverdue
      milestone {
        id
        title
        owner
        due
      }
      lead {
        ...LeadCard
      }
    }
    stalledLeads {
      ...LeadCard
    }
    awaitingDecision {
      ...LeadCard
    }
  }
}
    fragment LeadCard on Lead {
  id
  stage
  amount
  currency
  amountRmb
  keyProject
  stalled
  overdue
  synthetic
  restricted
  lastChangeOn
  nextStages
  team {
    id
    name
    nameZh
  }
  office {
    id
    name
    nameZh
  }
  company {
    id
    name
    nameZh
    source
  }
  segment {
    id
    name
    nameZh
  }
}`,
  { hash: "sha256:4aa7b19001fcf9c6c3d61f07fe8423c5d12918ea6e39474279cd7439d767ed23" },
) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const GapProgressDocument = new TypedDocumentString(
  `
    query GapProgress($chainId: ID!) {
  chain(id: $chainId) {
    id
    segments {
      id
      leadProgress {
        leads
        furthestStage
        byStage {
          stage
          count
        }
      }
    }
  }
}
    `,
  { hash: "sha256:02dce39c20ca68975007d649a655c6c797d9ced48b37031e059b41a6f446ebc7" },
) as unknown as TypedDocumentString<GapProgressQuery, GapProgressQueryVariables>;
