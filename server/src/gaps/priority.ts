/**
 * Which gaps to act on first: a documented, pure rule over a finished gap report, so that the
 * report leads with a handful of gaps and groups the long tail instead of listing everything.
 *
 * The rule (PRIORITY_RULE holds its numbers):
 * 1. A gap has a *reason* to be acted on when
 *    - TOP_SCORE: it is among the `topScore` highest scores of the chain's own gaps (EXTEND
 *      candidates, which belong to other chains, never take these places);
 *    - BREAK_POINT: it is a 断点 (missing, with local companies both upstream and downstream);
 *    - HIGH_DENSITY: its relatedness density is positive and at least the upper quartile of the
 *      densities of all the report's gaps (the region already does related work: feasible).
 * 2. ACT_NOW: the gaps with a reason, highest score first, at most `actNowMax` of them.
 * 3. NEXT: the other gaps with a reason, and the gaps scoring at least the median score.
 * 4. LONG_TERM: the rest (low score and no reason).
 * Ties of score keep the report's order (score, then segment id), so the rule is deterministic.
 *
 * groupTail() then sums NEXT and LONG_TERM by tier, type and density band (LOW below the median
 * density of the report's gaps): "79 missing segments with low relatedness: long term".
 */
import type { GapRecord, GapType } from "./analysis.ts";

export type PriorityTier = "ACT_NOW" | "NEXT" | "LONG_TERM";
export type PriorityReason = "TOP_SCORE" | "BREAK_POINT" | "HIGH_DENSITY";
export type DensityBand = "HIGH" | "LOW";

export interface PriorityRule {
  topScore: number;
  actNowMax: number;
  densityQuantile: number;
}

export const PRIORITY_RULE: Readonly<PriorityRule> = {
  /** The chain's own gaps with the highest scores that have the TOP_SCORE reason. */
  topScore: 3,
  /** The most gaps ACT_NOW may hold. */
  actNowMax: 8,
  /** HIGH_DENSITY: density at or above this quantile of the report's gap densities. */
  densityQuantile: 0.75,
};

/** What the rule reads of a gap (GapRecord has all of it). */
export interface PriorityInput {
  segmentId: string;
  type: GapType;
  score: number;
  breakPoint: boolean;
  density: number;
}

export interface GapPriority {
  tier: PriorityTier;
  /** Why it has a reason to be acted on, in the order TOP_SCORE, BREAK_POINT, HIGH_DENSITY. */
  reasons: PriorityReason[];
  /** Its density against the median of the report's gaps. */
  densityBand: DensityBand;
}

export interface PriorityGroup {
  tier: Exclude<PriorityTier, "ACT_NOW">;
  type: GapType;
  densityBand: DensityBand;
  count: number;
  /** Segment ids, highest score first. */
  segmentIds: string[];
}

/**
 * The q-quantile of the values by linear interpolation between order statistics (q = 0.5 is the
 * median; R's type 7, the common spreadsheet definition); 0 for no values.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const byScore = <T extends PriorityInput>(gaps: readonly T[]): T[] =>
  [...gaps].sort((a, b) => b.score - a.score || a.segmentId.localeCompare(b.segmentId));

/** The priority of every gap, keyed by segment id (see the module comment for the rule). */
export function prioritise(
  gaps: readonly PriorityInput[],
  rule: Readonly<PriorityRule> = PRIORITY_RULE,
): Map<string, GapPriority> {
  const ordered = byScore(gaps);
  const densities = gaps.map((g) => g.density);
  const highDensity = quantile(densities, rule.densityQuantile);
  const medianDensity = quantile(densities, 0.5);
  const medianScore = quantile(
    gaps.map((g) => g.score),
    0.5,
  );
  const top = new Set(
    ordered
      .filter((g) => g.type !== "EXTEND")
      .slice(0, rule.topScore)
      .map((g) => g.segmentId),
  );
  const result = new Map<string, GapPriority>();
  let actNow = 0;
  for (const g of ordered) {
    const reasons: PriorityReason[] = [];
    if (top.has(g.segmentId)) reasons.push("TOP_SCORE");
    if (g.breakPoint) reasons.push("BREAK_POINT");
    if (g.density > 0 && g.density >= highDensity) reasons.push("HIGH_DENSITY");
    let tier: PriorityTier;
    if (reasons.length > 0 && actNow < rule.actNowMax) {
      tier = "ACT_NOW";
      actNow++;
    } else if (reasons.length > 0 || g.score >= medianScore) tier = "NEXT";
    else tier = "LONG_TERM";
    result.set(g.segmentId, {
      tier,
      reasons,
      densityBand: g.density > 0 && g.density >= medianDensity ? "HIGH" : "LOW",
    });
  }
  return result;
}

const TIER_ORDER: PriorityTier[] = ["ACT_NOW", "NEXT", "LONG_TERM"];
const TYPE_ORDER: GapType[] = ["FILL", "CONSOLIDATE", "STRENGTHEN", "EXTEND"];

/** The gaps that are not ACT_NOW, summed by tier, type and density band (largest first per tier). */
export function groupTail(
  gaps: readonly PriorityInput[],
  priorities: ReadonlyMap<string, GapPriority>,
): PriorityGroup[] {
  const groups = new Map<string, PriorityGroup>();
  for (const g of byScore(gaps)) {
    const p = priorities.get(g.segmentId);
    if (!p || p.tier === "ACT_NOW") continue;
    const key = `${p.tier}|${g.type}|${p.densityBand}`;
    const group = groups.get(key) ?? {
      tier: p.tier,
      type: g.type,
      densityBand: p.densityBand,
      count: 0,
      segmentIds: [],
    };
    group.count++;
    group.segmentIds.push(g.segmentId);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
      b.count - a.count ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      (a.densityBand === b.densityBand ? 0 : a.densityBand === "HIGH" ? -1 : 1),
  );
}

/** A gap record as the API resolves it: with its priority. */
export type PrioritisedGap = GapRecord & { priority: GapPriority };

/** The report's gaps with their priorities, the tail groups and the counts kept apart. */
export function prioritiseReport(gaps: readonly GapRecord[]): {
  gaps: PrioritisedGap[];
  groups: PriorityGroup[];
  ownGapCount: number;
  extendCount: number;
} {
  const priorities = prioritise(gaps);
  const extendCount = gaps.filter((g) => g.type === "EXTEND").length;
  return {
    gaps: gaps.map((g) => ({ ...g, priority: priorities.get(g.segmentId)! })),
    groups: groupTail(gaps, priorities),
    ownGapCount: gaps.length - extendCount,
    extendCount,
  };
}
