import type { CompanyRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { targetsPage } from "./queries.ts";
import { pageCompany } from "./pools.ts";
import { reasonNames, targetReasons } from "./reasons.ts";

async function companies(ctx: GraphQLContext, ids: string[]): Promise<CompanyRecord[]> {
  const loaded = await Promise.allSettled(ids.map((id) => pageCompany(ctx, id)));
  return loaded.flatMap((c) => (c.status === "fulfilled" && c.value !== null ? [c.value] : []));
}

export const targetResolvers: Resolvers = {
  Query: {
    targets: (_, args, ctx) => targetsPage(ctx, args),
  },
  Target: {
    company: async (t, _, ctx) => (await pageCompany(ctx, t.companyId))!,
    segment: async (t, _, ctx) => (await ctx.loaders.segment.load(t.segmentId))!,
    reasons: async (t, { lang }, ctx) =>
      targetReasons(t, await reasonNames(ctx, t.segmentId, t.facts), lang ?? "ZH"),
    localTies: (t, _, ctx) => companies(ctx, t.localTieIds),
    distanceKm: (t) => t.facts.distanceKm,
  },
};
