import type { GraphQLContext } from "../context.ts";
import { OFFICES, TEAMS, teamById, type Office } from "./teams.ts";

export const teamResolvers = {
  Query: {
    teams: (_: unknown, __: unknown, _ctx: GraphQLContext) => TEAMS,
    offices: (_: unknown, __: unknown, _ctx: GraphQLContext) => OFFICES,
  },
  Office: {
    team: (o: Office) => teamById(o.teamId)!,
    chainIds: (o: Office) => o.chains,
  },
};
