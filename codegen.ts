import type { CodegenConfig } from "@graphql-codegen/cli";

// Generated from the SDL by `npm run codegen` (and checked to be current by `npm run check`):
// - the server's resolver types; parent types of object fields are the records our Cypher returns
//   (mappers), so resolvers are checked against what the database gives;
// - the client's typed documents (client preset): each operation in client/src/api/operations.ts
//   gets its result and variable types, as a TypedDocumentString the client sends as is.
const config: CodegenConfig = {
  schema: "server/src/**/schema.graphql",
  generates: {
    "server/src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.ts#GraphQLContext",
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
        mappers: {
          Chain: "../common/records.ts#ChainRecord",
          Segment: "../common/records.ts#SegmentRecord",
          Region: "../common/records.ts#RegionRecord",
          Company: "../common/records.ts#CompanyRecord",
          CompanySegment: "../common/records.ts#CompanySegmentRecord",
          Feed: "../common/records.ts#FeedRecord",
          Alliance: "../common/records.ts#AllianceRecord",
          Partner: "../common/records.ts#PartnerRecord",
          GapReport: "../gaps/service.ts#GapReportRecord",
          Gap: "../gaps/priority.ts#PrioritisedGap",
          GapConnection: "../gaps/analysis.ts#ConnectionRecord",
          OpportunityPoint: "../gaps/analysis.ts#OpportunityPointRecord",
          ScoreFeature: "../common/records.ts#ScoreFeatureRecord",
          Target: "../targets/records.ts#TargetRecord",
          TargetList: "../lists/records.ts#TargetListRecord",
          TargetItem: "../lists/records.ts#TargetItemRecord",
          TargetFilterValues: "../lists/records.ts#TargetFilterValuesRecord",
          Office: "../teams/teams.ts#OfficeRecord",
          Lead: "../pipeline/records.ts#LeadRecord",
          LeadEvent: "../pipeline/records.ts#LeadEventRecord",
          Milestone: "../pipeline/records.ts#MilestoneRecord",
          BoardColumn: "../pipeline/records.ts#BoardColumnRecord",
          TeamStanding: "../pipeline/records.ts#TeamStandingRecord",
          AgendaMilestone: "../pipeline/records.ts#AgendaMilestoneRecord",
          CoordinationAgenda: "../pipeline/records.ts#AgendaRecord",
          LeadProgress: "../pipeline/records.ts#LeadProgressRecord",
          GeoMap: "../geo/records.ts#GeoMapRecord",
          GeoPoint: "../geo/records.ts#GeoPointRecord",
          ChainDossier: "../dossier/records.ts#DossierRecord",
          DossierItem: "../dossier/records.ts#ItemOut",
          DossierRow: "../dossier/records.ts#RowOut",
          DossierNode: "../dossier/records.ts#NodeOut",
          DossierEntry: "../dossier/records.ts#DossierEntryRecord",
          PeerComparison: "../peers/records.ts#PeerComparisonRecord",
          PeerRegion: "../peers/records.ts#PeerRegionRecord",
          PeerSegment: "../peers/records.ts#PeerSegmentRecord",
          Watch: "../alerts/records.ts#WatchRecord",
          Alert: "../alerts/records.ts#AlertRecord",
        },
      },
    },
    "client/src/api/generated/": {
      documents: [
        "client/src/api/operations.ts",
        "client/src/api/pipeline-operations.ts",
        "client/src/api/peers-operations.ts",
        "client/src/api/dossier-operations.ts",
      ],
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: {
        // Plain strings on the wire (the client posts the text; no graphql-js AST in the bundle).
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        // ".ts" import suffixes, as the rest of the code base (allowImportingTsExtensions).
        importExtension: ".ts",
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};
export default config;
