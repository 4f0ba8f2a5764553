import type { GraphQLContext } from "../context.ts";
import { TEAMS } from "./teams.ts";

export const teamResolvers = {
  Query: {
    teams: (_: unknown, __: unknown, _ctx: GraphQLContext) => TEAMS,
  },
};
