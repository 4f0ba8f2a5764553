/**
 * The gaps capability's public face: what other capabilities may use. Everything else in gaps/ is
 * internal (the dependency rules in .dependency-cruiser.mjs enforce it).
 */
export { computeGapReport, type GapReportRecord } from "./service.ts";
export { explainGap } from "./explain.ts";
export type { PrioritisedGap } from "./priority.ts";
// Peer comparison (peers/) judges every region by the gap analysis's own presence rule.
export { completeness } from "./relatedness.ts";
