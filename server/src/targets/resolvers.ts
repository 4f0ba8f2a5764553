import DataLoader from "dataloader";
import type { AllianceRecord, CompanyRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import {
  itemsOfLists,
  saveTargetList,
  targetLists,
  targetListsById,
  targetsPage,
  updateTargetItem,
} from "./queries.ts";
import { pageCompany } from "./pools.ts";
import type { TargetItemRecord, TargetListRecord } from "./records.ts";
import { targetReasons, type TargetFacts } from "./scoring.ts";

/** Per-request loaders of this capability, kept beside the request's context. */
function loadersOf(ctx: GraphQLContext) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      list: new DataLoader<string, TargetListRecord | null>((ids) => targetListsById(ctx, ids)),
      items: new DataLoader<string, TargetItemRecord[]>((ids) => itemsOfLists(ctx, ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
const perRequest = new WeakMap<
  GraphQLContext,
  {
    list: DataLoader<string, TargetListRecord | null>;
    items: DataLoader<string, TargetItemRecord[]>;
  }
>();

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

async function companies(ctx: GraphQLContext, ids: string[]): Promise<CompanyRecord[]> {
  const loaded = await Promise.allSettled(ids.map((id) => pageCompany(ctx, id)));
  return loaded.flatMap((c) => (c.status === "fulfilled" && c.value !== null ? [c.value] : []));
}

export const targetResolvers: Resolvers = {
  Query: {
    targets: (_, args, ctx) => targetsPage(ctx, args),
    targetLists: (_, __, ctx) => targetLists(ctx),
    targetList: (_, { id }, ctx) => loadersOf(ctx).list.load(id),
  },
  Mutation: {
    saveTargetList: (_, args, ctx) => saveTargetList(ctx, args),
    updateTargetItem: (_, args, ctx) => updateTargetItem(ctx, args),
  },
  Target: {
    company: async (t, _, ctx) => (await pageCompany(ctx, t.companyId))!,
    segment: async (t, _, ctx) => (await ctx.loaders.segment.load(t.segmentId))!,
    reasons: async (t, { lang }, ctx) =>
      targetReasons(t, await reasonNames(ctx, t.segmentId, t.facts), lang ?? "ZH"),
    localTies: (t, _, ctx) => companies(ctx, t.localTieIds),
    distanceKm: (t) => t.facts.distanceKm,
  },
  TargetList: {
    segment: (l, _, ctx) => (l.segmentId ? ctx.loaders.segment.load(l.segmentId) : null),
    chain: (l, _, ctx) => (l.chainId ? ctx.loaders.chain.load(l.chainId) : null),
    items: (l, _, ctx) => loadersOf(ctx).items.load(l.id),
  },
  TargetItem: {
    list: async (i, _, ctx) => (await loadersOf(ctx).list.load(i.listId))!,
    company: async (i, _, ctx) => (await ctx.loaders.company.load(i.companyId))!,
    segment: async (i, _, ctx) => (await ctx.loaders.segment.load(i.segmentId))!,
  },
};
