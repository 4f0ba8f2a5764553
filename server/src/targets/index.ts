/**
 * The targets capability's public face: the ranking, as the saved lists (lists/) snapshot it.
 * Everything else in targets/ is internal (the dependency rules in .dependency-cruiser.mjs enforce it).
 */
export { computeRanking, toTargetRecord, type TargetArgs } from "./queries.ts";
export { TARGET_STATUSES, type RankedTarget, type Ranking, type TargetStatusValue } from "./records.ts";
export type { TargetWeights } from "./scoring.ts";
export { poolCounters } from "./pools.ts";
