import DataLoader from "dataloader";
import type { GraphQLContext } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { itemsOfLists, saveTargetList, targetLists, targetListsById, updateTargetItem } from "./queries.ts";
import type { TargetItemRecord, TargetListRecord } from "./records.ts";

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

export const listResolvers: Resolvers = {
  Query: {
    targetLists: (_, { first }, ctx) => targetLists(ctx, first ?? 50),
    targetList: (_, { id }, ctx) => loadersOf(ctx).list.load(id),
  },
  Mutation: {
    saveTargetList: (_, args, ctx) => saveTargetList(ctx, args),
    updateTargetItem: (_, args, ctx) => updateTargetItem(ctx, args),
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
