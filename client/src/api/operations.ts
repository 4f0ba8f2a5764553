/**
 * Every GraphQL operation the client sends, beside the TypeScript shape of its result. The strings
 * are validated against the server's SDL in test/unit/client-operations.test.ts, so a renamed field
 * fails a test rather than a user.
 */
import type { Named } from "../i18n/index.ts";

export type Stage = "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
export type CoverageStatus = "MISSING" | "WEAK" | "PRESENT";
export type DataSource = "PUBLIC" | "SYNTHETIC" | "IMPORTED";
export type GapType = "FILL" | "CONSOLIDATE" | "STRENGTHEN" | "EXTEND";
export type Quadrant = "STRENGTH" | "OPPORTUNITY" | "WEAKNESS" | "THREAT" | "POSSIBLE_ENTRANT";
export type TargetStatus =
  "NEW" | "CONTACTED" | "VISITED" | "NEGOTIATING" | "SIGNED" | "NOT_INTERESTED" | "CONVERTED";
export type PartnerRelation = "SUPPLIER" | "CUSTOMER" | "PEER";
export type ApiLang = "ZH" | "EN";

export const TARGET_STATUSES: readonly TargetStatus[] = [
  "NEW",
  "CONTACTED",
  "VISITED",
  "NEGOTIATING",
  "SIGNED",
  "NOT_INTERESTED",
  "CONVERTED",
];

export interface NamedRef extends Named {
  id: string;
}

export interface RegionRef extends Named {
  code: string;
  level?: string;
}

export interface SegmentRef extends NamedRef {
  stage: Stage;
  keyTech: boolean;
  chain?: { id: string };
}

export interface Coverage {
  localCount: number;
  totalCount: number;
  status: CoverageStatus;
}

export interface ChainLeaf extends SegmentRef {
  role: string | null;
  parent: { id: string } | null;
  coverage: Coverage;
}

export interface ChainFeed {
  from: { id: string; nameZh: string; name: string; chain: { id: string } };
  to: { id: string; nameZh: string; name: string; chain: { id: string } };
  weight: number | null;
  crossChain: boolean;
}

export interface ChainMapData {
  chain: (NamedRef & { subchains: NamedRef[]; segments: ChainLeaf[]; feeds: ChainFeed[] }) | null;
}

export const CHAINS = /* GraphQL */ `
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
`;
export interface ChainsData {
  chains: NamedRef[];
  homeRegion: RegionRef;
}

export const CHAIN_MAP = /* GraphQL */ `
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
`;

export interface ScoreFeature {
  name: string;
  value: number;
  weight: number;
  contribution: number;
}

export interface Gap {
  segment: SegmentRef;
  type: GapType;
  score: number;
  localCount: number;
  totalCount: number;
  breakPoint: boolean;
  features: ScoreFeature[];
  explanation: string;
}

export interface GapReport {
  completeness: number;
  gaps: Gap[];
}

export interface OpportunityPoint {
  segment: NamedRef;
  relativePresence: number;
  density: number;
  quadrant: Quadrant;
}

export const GAPS = /* GraphQL */ `
  query Gaps($chainId: ID!, $lang: Lang) {
    gaps(chainId: $chainId) {
      completeness
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
`;
export interface GapsData {
  gaps: GapReport;
}

export const OPPORTUNITY_MAP = /* GraphQL */ `
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
    }
  }
`;
export interface OpportunityMapData {
  opportunityMap: OpportunityPoint[];
}

export interface CompanyRef extends NamedRef {
  source: DataSource;
  isLocal: boolean;
  listed: boolean;
  revenue: number | null;
  region: RegionRef;
}

const COMPANY_REF = "id name nameZh source isLocal listed revenue region { code name nameZh }";

export const SEGMENT_COMPANIES = /* GraphQL */ `
  query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {
    companies(filter: { segmentId: $segmentId, regionCode: $region }, first: $first) {
      totalCount
      edges { node { ${COMPANY_REF} } }
    }
  }
`;
export interface SegmentCompaniesData {
  companies: { totalCount: number; edges: { node: CompanyRef }[] };
}

export const SEARCH = /* GraphQL */ `
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
`;
export type SearchHit =
  | ({ __typename: "Company"; source: DataSource; region: RegionRef } & NamedRef)
  | ({ __typename: "Segment"; stage: Stage; chain: NamedRef } & NamedRef);
export interface SearchData {
  search: SearchHit[];
}

export interface Target {
  company: CompanyRef;
  segment: NamedRef;
  score: number;
  features: ScoreFeature[];
  reasons: string[];
  localTies: NamedRef[];
  leadStatus: TargetStatus | null;
  distanceKm: number | null;
}

export interface TargetFilterInput {
  provinces?: string[];
  countries?: string[];
  minRevenue?: number;
  listed?: boolean;
  excludeInLists?: boolean;
}

export const TARGETS = /* GraphQL */ `
  query Targets($segmentId: ID, $chainId: ID, $filter: TargetFilter, $first: Int, $after: String, $lang: Lang) {
    targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          company { ${COMPANY_REF} }
          segment { id name nameZh }
          score
          features { name value weight contribution }
          reasons(lang: $lang)
          localTies { id name nameZh }
          leadStatus
          distanceKm
        }
      }
    }
  }
`;
export interface TargetsData {
  targets: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Target }[];
  };
}

export const TARGET_FILTER_OPTIONS = /* GraphQL */ `
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
`;
export interface TargetFilterOptionsData {
  provinces: RegionRef[];
  countries: RegionRef[];
}

export interface TargetItem {
  company: NamedRef & { source: DataSource; region: RegionRef };
  segment: NamedRef;
  rank: number;
  score: number;
  status: TargetStatus;
  note: string | null;
  updatedAt: string;
}

export interface TargetListSummary extends NamedRef {
  createdAt: string;
  itemCount: number;
  segment: NamedRef | null;
  chain: NamedRef | null;
}

const LIST_SUMMARY = "id name createdAt itemCount segment { id name nameZh } chain { id name nameZh }";

export const TARGET_LISTS = /* GraphQL */ `
  query TargetLists {
    targetLists { ${LIST_SUMMARY} }
  }
`;
export interface TargetListsData {
  targetLists: (Omit<TargetListSummary, "nameZh"> & { nameZh?: string })[];
}

export const TARGET_LIST = /* GraphQL */ `
  query TargetList($id: ID!) {
    targetList(id: $id) {
      ${LIST_SUMMARY}
      items {
        company { id name nameZh source region { code name nameZh } }
        segment { id name nameZh }
        rank score status note updatedAt
      }
    }
  }
`;
export interface TargetListData {
  targetList: (Omit<TargetListSummary, "nameZh"> & { items: TargetItem[] }) | null;
}

export const SAVE_TARGET_LIST = /* GraphQL */ `
  mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {
    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, filter: $filter, size: $size) {
      id
      name
      itemCount
    }
  }
`;
export interface SaveTargetListData {
  saveTargetList: { id: string; name: string; itemCount: number };
}

export const UPDATE_TARGET_ITEM = /* GraphQL */ `
  mutation UpdateTargetItem($listId: ID!, $companyId: ID!, $status: TargetStatus, $note: String) {
    updateTargetItem(listId: $listId, companyId: $companyId, status: $status, note: $note) {
      status
      note
      updatedAt
    }
  }
`;
export interface UpdateTargetItemData {
  updateTargetItem: { status: TargetStatus; note: string | null; updatedAt: string };
}

export interface GraphNodeData {
  id: string;
  kind: "COMPANY" | "SEGMENT";
  name: string;
  nameZh: string;
  depth: number;
  isLocal: boolean;
  source: DataSource | null;
  segmentId: string | null;
  revenue: number | null;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: "SUPPLIES" | "OPERATES_IN";
}

export interface NetworkGraph {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
  totalCompanies: number;
}

const GRAPH =
  "nodes { id kind name nameZh depth isLocal source segmentId revenue } edges { id source target kind } truncated totalCompanies";

export interface CompanyProfile extends CompanyRef {
  stockCode: string | null;
  founded: number | null;
  employees: number | null;
  registeredCapital: number | null;
  rdIntensity: number | null;
  growth: number | null;
  sourceNote: string | null;
  segments: { primary: boolean; segment: SegmentRef & { chain: NamedRef } }[];
  alliances: NamedRef[];
  parent: NamedRef | null;
  network: NetworkGraph;
}

export const COMPANY = /* GraphQL */ `
  query Company($id: ID!, $depth: Int, $limit: Int) {
    company(id: $id) {
      ${COMPANY_REF}
      stockCode founded employees registeredCapital rdIntensity growth sourceNote
      segments { primary segment { id name nameZh stage keyTech chain { id name nameZh } } }
      alliances { id name nameZh }
      parent { id name nameZh }
      network(depth: $depth, limit: $limit) { ${GRAPH} }
    }
  }
`;
export interface CompanyData {
  company: CompanyProfile | null;
}

export const COMPANY_NETWORK = /* GraphQL */ `
  query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {
    company(id: $id) { id network(depth: $depth, limit: $limit) { ${GRAPH} } }
  }
`;
export interface CompanyNetworkData {
  company: { id: string; network: NetworkGraph } | null;
}

export const ALLIANCES = /* GraphQL */ `
  query Alliances {
    alliances {
      id
      name
      nameZh
      source
      memberCount
    }
  }
`;
export interface AllianceSummary extends NamedRef {
  source: DataSource;
  memberCount: number;
}
export interface AlliancesData {
  alliances: AllianceSummary[];
}

export const ALLIANCE_MEMBERS = /* GraphQL */ `
  query AllianceMembers($id: ID!, $after: String) {
    alliance(id: $id) {
      id name nameZh source memberCount
      members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${COMPANY_REF} } } }
    }
  }
`;
export interface AllianceMembersData {
  alliance:
    | (AllianceSummary & {
        members: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: CompanyRef }[];
        };
      })
    | null;
}

export interface Partner {
  company: CompanyRef;
  relation: PartnerRelation;
  via: NamedRef[];
  existingTie: boolean;
  role: string | null;
}

export const ALLIANCE_PARTNERS = /* GraphQL */ `
  query AlliancePartners($id: ID!, $companyId: ID!) {
    alliance(id: $id) {
      id
      partners(companyId: $companyId) {
        company { ${COMPANY_REF} }
        relation
        via { id name nameZh }
        existingTie
        role
      }
    }
  }
`;
export interface AlliancePartnersData {
  alliance: { id: string; partners: Partner[] } | null;
}
