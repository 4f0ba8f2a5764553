import { notFound } from "../errors.ts";
import { REGION_RECORD } from "../common/cypher.ts";
import type { RegionRecord } from "../common/records.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";

const REGIONS = `
MATCH (r:Region)
WHERE ($level IS NULL OR r.level = $level)
  AND ($parentCode IS NULL OR EXISTS { (r)-[:PART_OF]->(:Region {code: $parentCode}) })
RETURN ${REGION_RECORD} AS region
ORDER BY r.code`;

export const regionResolvers: Resolvers = {
  Query: {
    regions: async (_, { level, parentCode }, ctx) => {
      const rows = await ctx.cypher<{ region: RegionRecord }>(REGIONS, {
        level: level ?? null,
        parentCode: parentCode ?? null,
      });
      for (const { region } of rows) ctx.loaders.region.prime(region.code, region);
      return rows.map((r) => r.region);
    },
    region: (_, { code }, ctx) => ctx.loaders.region.load(code),
    homeRegion: async (_, __, ctx) => {
      const home = await ctx.loaders.region.load(ctx.config.homeRegion);
      if (!home) throw notFound("home region", ctx.config.homeRegion);
      return home;
    },
  },
  Region: {
    parent: (r, _, ctx) => (r.parentCode ? ctx.loaders.region.load(r.parentCode) : null),
    children: (r, _, ctx) => ctx.loaders.regionChildren.load(r.code),
    isLocal: (r, _, ctx) => ctx.loaders.regionIsLocal.load(r.code),
  },
};
