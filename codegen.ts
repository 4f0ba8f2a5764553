import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver types generated from the SDL (npm run codegen). Parent types of object fields are the
// records our Cypher returns (mappers), so resolvers are checked against what the database gives.
const config: CodegenConfig = {
  schema: "server/src/*/schema.graphql",
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
          Gap: "../gaps/analysis.ts#GapRecord",
          GapConnection: "../gaps/analysis.ts#ConnectionRecord",
          OpportunityPoint: "../gaps/analysis.ts#OpportunityPointRecord",
          ScoreFeature: "../common/records.ts#ScoreFeatureRecord",
          Target: "../targets/records.ts#TargetRecord",
          TargetList: "../lists/records.ts#TargetListRecord",
          TargetItem: "../lists/records.ts#TargetItemRecord",
          TargetFilterValues: "../lists/records.ts#TargetFilterValuesRecord",
        },
      },
    },
  },
};
export default config;
