/**
 * Every GraphQL operation the client sends. Result and variable types are generated from the
 * server's SDL by graphql-codegen's client preset (`npm run codegen` → ./generated/): `graphql()`
 * returns a TypedDocumentString that carries both, so `request(DOC, vars)` is typed end to end and
 * a renamed field fails `tsc` (and codegen itself) rather than a user. The aliases at the end name
 * the shapes the views and transforms pass around; they are derived, never written by hand.
 */
import { graphql } from "./generated/gql.ts";
import type * as Op from "./generated/graphql.ts";

graphql(`
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
`);

graphql(`
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
`);

graphql(`
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
`);

export const CHAINS = graphql(`
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
`);

export const CHAIN_MAP = graphql(`
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
`);

export const GAPS = graphql(`
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
`);

export const OPPORTUNITY_MAP = graphql(`
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
`);

export const GEO_MAP = graphql(`
  query GeoMap($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {
    geoMap(chainId: $chainId, segmentId: $segmentId, gapSegmentId: $gapSegmentId, sources: $sources) {
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
`);

/** What the geographic view's filters offer: the chain's leaves and its gaps. */
export const GEO_FILTERS = graphql(`
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
`);

export const SEGMENT_COMPANIES = graphql(`
  query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {
    companies(filter: { segmentId: $segmentId, regionCode: $region }, first: $first) {
      totalCount
      edges {
        node {
          ...CompanyRef
        }
      }
    }
  }
`);

export const SEARCH = graphql(`
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
`);

export const TARGETS = graphql(`
  query Targets(
    $segmentId: ID
    $chainId: ID
    $filter: TargetFilter
    $first: Int
    $after: String
    $lang: Lang
  ) {
    targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, first: $first, after: $after) {
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
`);

export const TARGET_FILTER_OPTIONS = graphql(`
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
`);

export const TARGET_LISTS = graphql(`
  query TargetLists {
    targetLists {
      ...TargetListSummary
    }
  }
`);

export const TARGET_LIST = graphql(`
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
`);

export const SAVE_TARGET_LIST = graphql(`
  mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {
    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, filter: $filter, size: $size) {
      id
      name
      itemCount
    }
  }
`);

export const UPDATE_TARGET_ITEM = graphql(`
  mutation UpdateTargetItem(
    $listId: ID!
    $companyId: ID!
    $version: Int!
    $status: TargetStatus
    $note: String
  ) {
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
`);

export const COMPANY = graphql(`
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
`);

export const COMPANY_NETWORK = graphql(`
  query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {
    company(id: $id) {
      id
      network(depth: $depth, limit: $limit) {
        ...NetworkGraph
      }
    }
  }
`);

export const IMPORT_FILE = graphql(`
  mutation ImportFile(
    $fileName: String!
    $contentBase64: String!
    $kind: ImportKind
    $dryRun: Boolean
    $skipBadRows: Boolean
  ) {
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
`);

export const IMPORTS = graphql(`
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
`);

export const UNDO_IMPORT = graphql(`
  mutation UndoImport($id: ID!) {
    undoImport(id: $id) {
      id
      status
    }
  }
`);

export const COMPANY_PROVENANCE = graphql(`
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
`);

export const USERS = graphql(`
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
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      active
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!, $password: String!) {
    resetPassword(id: $id, password: $password) {
      id
    }
  }
`);

export const ALLIANCES = graphql(`
  query Alliances {
    alliances {
      id
      name
      nameZh
      source
      memberCount
    }
  }
`);

export const ALLIANCE_MEMBERS = graphql(`
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
`);

export const ALLIANCE_PARTNERS = graphql(`
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
`);

// ---- Names for the shapes the views pass around (all derived from the generated types) ----

export type Stage = Op.Stage;
export type CoverageStatus = Op.CoverageStatus;
export type DataSource = Op.DataSource;
export type GapType = Op.GapType;
export type Quadrant = Op.Quadrant;
export type TargetStatus = Op.TargetStatus;
export type PartnerRelation = Op.PartnerRelation;
export type ApiLang = Op.Lang;
export type TargetFilterInput = Op.TargetFilter;

// Every lead status in pipeline order: keys of a Record over the generated enum, so a value added
// to the schema fails tsc here until it is placed.
const STATUS_ORDER: Record<TargetStatus, true> = {
  NEW: true,
  CONTACTED: true,
  VISITED: true,
  NEGOTIATING: true,
  SIGNED: true,
  NOT_INTERESTED: true,
  CONVERTED: true,
};
export const TARGET_STATUSES = Object.keys(STATUS_ORDER) as readonly TargetStatus[];

export type ChainsData = Op.ChainsQuery;
export type NamedRef = ChainsData["chains"][number];
export type RegionRef = ChainsData["homeRegion"];
export type ChainMapData = Op.ChainMapQuery;
export type ChainLeaf = NonNullable<ChainMapData["chain"]>["segments"][number];
export type ChainFeed = NonNullable<ChainMapData["chain"]>["feeds"][number];
export type GapsData = Op.GapsQuery;
export type GapReport = GapsData["gaps"];
export type Gap = GapReport["gaps"][number];
export type ScoreFeature = Gap["features"][number];
export type GapGroup = GapReport["priorityGroups"][number];
export type PriorityTier = Op.PriorityTier;
export type OpportunityMapData = Op.OpportunityMapQuery;
export type OpportunityPoint = OpportunityMapData["opportunityMap"][number];
export type GeoMapData = Op.GeoMapQuery["geoMap"];
export type GeoPoint = GeoMapData["points"][number];
export type GeoFiltersData = Op.GeoFiltersQuery;
export type CompanyRef = Op.CompanyRefFragment;
export type SegmentCompaniesData = Op.SegmentCompaniesQuery;
export type SearchData = Op.SearchQuery;
export type SearchHit = SearchData["search"][number];
export type TargetsData = Op.TargetsQuery;
export type Target = TargetsData["targets"]["edges"][number]["node"];
export type TargetFilterOptionsData = Op.TargetFilterOptionsQuery;
export type TargetListsData = Op.TargetListsQuery;
export type TargetListSummary = Op.TargetListSummaryFragment;
export type TargetListData = Op.TargetListQuery;
export type TargetItem = NonNullable<TargetListData["targetList"]>["items"][number];
export type SaveTargetListData = Op.SaveTargetListMutation;
export type UpdateTargetItemData = Op.UpdateTargetItemMutation;
export type NetworkGraph = Op.NetworkGraphFragment;
export type GraphNodeData = NetworkGraph["nodes"][number];
export type GraphEdgeData = NetworkGraph["edges"][number];
export type CompanyData = Op.CompanyQuery;
export type CompanyProfile = NonNullable<CompanyData["company"]>;
export type CompanyNetworkData = Op.CompanyNetworkQuery;
export type AlliancesData = Op.AlliancesQuery;
export type AllianceSummary = AlliancesData["alliances"][number];
export type AllianceMembersData = Op.AllianceMembersQuery;
export type AlliancePartnersData = Op.AlliancePartnersQuery;
export type Partner = NonNullable<AlliancePartnersData["alliance"]>["partners"][number];
export * from "./pipeline-operations.ts";
export * from "./peers-operations.ts";
export * from "./dossier-operations.ts";
