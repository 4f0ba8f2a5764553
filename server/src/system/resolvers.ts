import type { GraphQLContext } from "../context.ts";
import { PACKAGE_VERSION } from "../version.ts";

const COMPONENTS =
  "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition";

export const systemResolvers = {
  Query: {
    serverInfo: (_: unknown, __: unknown, ctx: GraphQLContext) => ({
      name: "Chain Atlas",
      version: PACKAGE_VERSION,
      homeRegionCode: ctx.config.homeRegion,
    }),
  },
  ServerInfo: {
    database: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
      const [row] = await ctx.db.query<{ name: string; version: string; edition: string }>(COMPONENTS);
      if (!row) throw new Error("dbms.components() returned nothing");
      return row;
    },
  },
};
