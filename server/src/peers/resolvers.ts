import type { Resolvers } from "../generated/resolvers-types.ts";
import { peerAhead } from "./compare.ts";
import { computePeerComparison } from "./service.ts";

export const peerResolvers: Resolvers = {
  Query: {
    peerComparison: (_, { chainId, peers }, ctx) => computePeerComparison(ctx, chainId, peers),
  },
  PeerRegion: {
    companies: (row) => row.chainCompanies,
  },
  PeerSegment: {
    segment: async (value, _, ctx) => {
      const segment = await ctx.loaders.segment.load(value.segmentId);
      if (segment === null) throw new Error(`segment ${value.segmentId} vanished during a peer comparison`);
      return segment;
    },
    aheadOfZone: (value) => peerAhead(value.rca, value.zoneRca),
  },
};
