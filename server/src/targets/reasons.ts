import type { AllianceRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import type { TargetFacts } from "./scoring.ts";

/** Names the reasons mention: the segment and the local alliances the company belongs to. */
export async function reasonNames(ctx: GraphQLContext, segmentId: string, facts: TargetFacts) {
  const [segment, alliances] = await Promise.all([
    ctx.loaders.segment.load(segmentId),
    ctx.loaders.alliance.loadMany(facts.allianceIds),
  ]);
  return {
    segment: segment ?? { name: segmentId, nameZh: segmentId },
    alliances: alliances.filter((a): a is AllianceRecord => a !== null && !(a instanceof Error)),
  };
}
