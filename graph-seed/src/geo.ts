// The geometry lives in the server (server/src/common/geo.ts) so that the target scoring does not
// depend on graph-seed; graph-seed depends on the server, never the reverse.
export { EARTH_RADIUS_KM, haversineKm } from "../../server/src/common/geo.ts";
