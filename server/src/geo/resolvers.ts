import type { Resolvers } from "../generated/resolvers-types.ts";
import { officeById, OFFICES } from "../teams/index.ts";
import { computeGeoMap } from "./service.ts";

export const geoResolvers: Resolvers = {
  Query: {
    geoMap: (_, args, ctx) => computeGeoMap(ctx, args),
  },
  GeoMap: {
    segment: (m) => m.segment,
    offices: () => [...OFFICES],
  },
  GeoPoint: {
    office: (p) => (p.officeId === null ? null : (officeById(p.officeId) ?? null)),
  },
};
