/** The geo capability's public face: the geographic view, for other modules (reports, benchmarks). */
export { computeGeoMap, type GeoMapArgs } from "./service.ts";
export { GEO_QUERIES } from "./queries.ts";
export type { GeoMapRecord, GeoPointRecord } from "./records.ts";
