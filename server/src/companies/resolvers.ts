import { allianceScope } from "../auth/index.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { companiesPage, search } from "./queries.ts";
import { egoNetwork } from "./network.ts";

export const companyResolvers: Resolvers = {
  Query: {
    companies: (_, { filter, first, after }, ctx) => companiesPage(ctx, filter, first, after),
    company: (_, { id }, ctx) => ctx.loaders.company.load(id),
    search: (_, { text, first }, ctx) => search(ctx, text, first),
  },
  Company: {
    source: (c) => c.source.toUpperCase() as "PUBLIC" | "SYNTHETIC" | "IMPORTED",
    region: async (c, _, ctx) => (await ctx.loaders.region.load(c.regionCode))!,
    segments: (c, _, ctx) => ctx.loaders.companySegments.load(c.id),
    suppliers: (c, _, ctx) => ctx.loaders.suppliers.load(c.id),
    customers: (c, _, ctx) => ctx.loaders.customers.load(c.id),
    subsidiaries: (c, _, ctx) => ctx.loaders.subsidiaries.load(c.id),
    alliances: async (c, _, ctx) => {
      const all = await ctx.loaders.alliancesOf.load(c.id);
      const scope = ctx.viewer ? allianceScope(ctx.viewer) : null;
      return scope ? all.filter((a) => scope.includes(a.id)) : all;
    },
    parent: (c, _, ctx) => (c.parentId ? ctx.loaders.company.load(c.parentId) : null),
    network: (c, { depth, limit }, ctx) => egoNetwork(ctx, c, depth, limit),
  },
  CompanySegment: {
    segment: async (cs, _, ctx) => (await ctx.loaders.segment.load(cs.segmentId))!,
  },
  SearchHit: {
    __resolveType: (hit) =>
      "__typename" in hit ? (hit as { __typename: "Company" | "Segment" }).__typename : "Company",
  },
};
