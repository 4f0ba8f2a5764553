// Record types only: codegen's resolver types (generated/) import this file, so it imports nothing
// that imports them back.
import type { ScoreFeatureRecord } from "../common/records.ts";
import type { Candidate, ScoredPool, TargetFacts, TargetWeights } from "./scoring.ts";

export type { TargetWeights } from "./scoring.ts";

/** The lead statuses of TargetStatus, in pipeline order. */
export const TARGET_STATUSES = [
  "NEW",
  "CONTACTED",
  "VISITED",
  "NEGOTIATING",
  "SIGNED",
  "NOT_INTERESTED",
  "CONVERTED",
] as const;
export type TargetStatusValue = (typeof TARGET_STATUSES)[number];

/** One ranked candidate (Target): what the ranking computed, before the company is loaded. */
export interface TargetRecord {
  companyId: string;
  segmentId: string;
  score: number;
  features: ScoreFeatureRecord[];
  facts: TargetFacts;
  leadStatus: TargetStatusValue | null;
  /** Local companies it supplies or buys from (ids). */
  localTieIds: string[];
}

/**
 * A ranked candidate, light: what ordering and filtering need. {@link toTargetRecord} builds its
 * features, facts and ties when a page or an export row needs them.
 */
export interface RankedTarget {
  companyId: string;
  segmentId: string;
  score: number;
  leadStatus: TargetStatusValue | null;
  regionCode: string;
  source: string;
  revenue: number | null;
  listed: boolean;
  candidate: Candidate;
  pool: ScoredPool;
  index: number;
}

/** A computed ranking: filtered, sorted. */
export interface Ranking {
  rows: RankedTarget[];
  weights: TargetWeights;
  regionCode: string;
}
