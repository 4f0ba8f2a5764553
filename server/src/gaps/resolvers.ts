import type { Resolvers } from "../generated/resolvers-types.ts";
import { GAP_FEATURES } from "./analysis.ts";
import { explainGap } from "./explain.ts";
import { computeGapReport } from "./service.ts";

/** Resolves a segment that the gap report has already primed into the loader. */
async function segmentById(ctx: Parameters<typeof computeGapReport>[0], id: string) {
  const segment = await ctx.loaders.segment.load(id);
  if (segment === null) throw new Error(`segment ${id} vanished while resolving a gap`);
  return segment;
}

/** GraphQL gives unset weights as null; the service takes them as absent. */
function presentWeights(input: Record<string, number | null | undefined> | null | undefined) {
  if (input === null || input === undefined) return null;
  return Object.fromEntries(
    Object.entries(input).filter((e): e is [string, number] => e[1] !== null && e[1] !== undefined),
  );
}

export const gapResolvers: Resolvers = {
  Query: {
    gaps: (_, { chainId, regionCode, weights }, ctx) =>
      computeGapReport(ctx, chainId, regionCode, presentWeights(weights)),
    opportunityMap: async (_, { chainId, regionCode }, ctx) =>
      (await computeGapReport(ctx, chainId, regionCode)).points,
  },
  GapReport: {
    gaps: (report) => report.prioritised,
    weights: (report) => GAP_FEATURES.map((name) => ({ name, weight: report.weights[name] })),
  },
  Gap: {
    segment: (gap, _, ctx) => segmentById(ctx, gap.segmentId),
    explanation: (gap, { lang }) => explainGap(gap, lang ?? "ZH"),
  },
  GapConnection: {
    segment: (connection, _, ctx) => segmentById(ctx, connection.segmentId),
  },
  OpportunityPoint: {
    segment: (point, _, ctx) => segmentById(ctx, point.segmentId),
  },
};
