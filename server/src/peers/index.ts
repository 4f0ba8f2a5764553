/** The peers capability's public face: the comparison and its rules, for alerts (overtaking). */
export { computePeerComparison, unknownPeerRegions, checkPeerCodes } from "./service.ts";
export { overtook, peerAhead, isStrong, STRONG_RCA } from "./compare.ts";
export type { PeerComparisonRecord, PeerRegionRecord } from "./records.ts";
