import type { Resolvers } from "../generated/resolvers-types.ts";

/** Resolvers of the shared types. */
export const commonResolvers: Resolvers = {
  ScoreFeature: {
    // Scores without stand-ins for unknown inputs (gap features) leave it unset.
    imputed: (f) => f.imputed ?? false,
  },
};
