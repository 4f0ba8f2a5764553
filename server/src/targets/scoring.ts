/**
 * The target score (PRODUCT.md §5; chains-and-methods.md §4.2), pure: candidates in, scored and
 * explained targets out. No I/O.
 *
 * Features, each in [0, 1], computed over the candidate pool of one segment (every non-local
 * company operating in it, before any filter, so that a company's score does not change with the
 * filter a user happens to apply):
 * - fit: 1 when the segment is the company's primary one, 0.5 when secondary;
 * - ties: log(1+n)/log(1+max n), n = distinct local companies it supplies or buys from (0 for all
 *   when no candidate has a tie);
 * - scale: percentile of revenue among candidates with a known revenue; when its revenue is unknown,
 *   percentile of registered capital among candidates with a known capital (said in the reasons);
 * - growth, innovation: percentiles of growth and R&D intensity among candidates where known;
 * - listed: 0/1;
 * - proximity: exp(−km/500), km = great-circle distance from the company (its own coordinates,
 *   else its region's) to the home region;
 * - alliance: 1 when it belongs to an alliance that has local members.
 *
 * Unknown inputs are never read as 0 — that would rank "we don't know" as "worst". A feature whose
 * input is unknown takes the median percentile, 0.5 (neither rewarded nor punished; proximity takes
 * the candidates' median proximity), is flagged `imputed: true`, and the reasons say so
 * ("营收未知" / "revenue unknown"). Real (public) companies usually have no revenue, growth or R&D
 * figures in the seed: they are never invented, so this rule decides how they rank.
 */
import { haversineKm } from "../common/geo.ts";
import type { ScoreFeatureRecord } from "../common/records.ts";
import { median, percentileRank } from "../common/stats.ts";
import { weightedScore } from "../common/weights.ts";

/** Feature names in report order. */
export const TARGET_FEATURES = [
  "fit",
  "ties",
  "scale",
  "growth",
  "innovation",
  "listed",
  "proximity",
  "alliance",
] as const;
export type TargetFeature = (typeof TARGET_FEATURES)[number];
export type TargetWeights = Record<TargetFeature, number>;

/** Distance at which proximity falls to 1/e. */
export const PROXIMITY_KM = 500;
/** Value a feature takes when its input is unknown: the median percentile. */
export const IMPUTED_PERCENTILE = 0.5;
/** Scores are rounded to this before ranking, so ties and cursors compare exactly. */
const SCORE_GRID = 1e9;

/** Province codes of the Yangtze River Delta (长三角): Shanghai, Jiangsu, Zhejiang, Anhui. */
export const YRD_PROVINCES: ReadonlySet<string> = new Set(["310000", "320000", "330000", "340000"]);

/** What the ranking needs to know of one candidate. */
export interface Candidate {
  id: string;
  /** The segment is its primary one. */
  primary: boolean;
  revenue: number | null;
  registeredCapital: number | null;
  growth: number | null;
  rdIntensity: number | null;
  listed: boolean;
  /** Its own coordinates, else its region's; null when neither is known. */
  lat: number | null;
  lon: number | null;
  /** Province (or country, abroad) it lies in, for the Yangtze River Delta mention. */
  provinceCode: string | null;
  /** Local companies it supplies (SUPPLIES out). */
  suppliesTo: readonly string[];
  /** Local companies it buys from (SUPPLIES in). */
  buysFrom: readonly string[];
  /** Alliances with local members that it belongs to. */
  allianceIds: readonly string[];
}

/** Facts behind the features, kept for the reasons and exports. */
export interface TargetFacts {
  primary: boolean;
  /** Distinct local companies tied either way. */
  ties: number;
  suppliesTo: number;
  buysFrom: number;
  distanceKm: number | null;
  inYrd: boolean;
  listed: boolean;
  /** What the scale feature was computed from; null when both were unknown (imputed). */
  scaleBasis: "revenue" | "registeredCapital" | null;
  /** Percentiles behind scale, growth and innovation (null when imputed). */
  scalePct: number | null;
  growthPct: number | null;
  innovationPct: number | null;
  growth: number | null;
  rdIntensity: number | null;
  allianceIds: string[];
}

/** A scored candidate, unsorted. */
export interface ScoredCandidate {
  id: string;
  /** Σ contributions rounded to 1e-9. */
  score: number;
  features: ScoreFeatureRecord[];
  facts: TargetFacts;
}

const isKnown = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** Percentiles of the known values, by index; unknown positions stay null. */
function percentilesOfKnown(values: ReadonlyArray<number | null>): (number | null)[] {
  const known: number[] = [];
  const at: number[] = [];
  values.forEach((v, i) => {
    if (isKnown(v)) {
      known.push(v);
      at.push(i);
    }
  });
  const pct = percentileRank(known);
  const result = new Array<number | null>(values.length).fill(null);
  at.forEach((i, k) => (result[i] = pct[k] ?? null));
  return result;
}

/** Rounds a score onto the 1e-9 grid used for ranking and cursors. */
export function roundScore(score: number): number {
  return Math.round(score * SCORE_GRID) / SCORE_GRID;
}

/** A scored pool: every score at once, features and facts on demand. */
export interface ScoredPool {
  /** Rounded scores, by candidate index. */
  scores: Float64Array;
  /**
   * Features (through weightedScore) and facts of one candidate. Built on demand because a page
   * needs 50 of 16,000, and building them all is what the garbage collector would spend its time on.
   */
  detail(index: number): { features: ScoreFeatureRecord[]; facts: TargetFacts };
}

/**
 * The weight-independent half of a pool's scoring: every candidate's feature values (percentiles,
 * ties, proximity, …) and what the facts are built from. Depends only on the pool and the home
 * region's coordinates, so a cache can keep it while the graph stays the same, and score it under
 * any weights with {@link scoreFeatures}.
 */
export interface PoolFeatures {
  readonly candidates: ReadonlyArray<Candidate>;
  /** Feature values, column by column in TARGET_FEATURES order: values[f·n + i]. */
  readonly values: Float64Array;
  readonly revenuePct: ReadonlyArray<number | null>;
  readonly capitalPct: ReadonlyArray<number | null>;
  readonly growthPct: ReadonlyArray<number | null>;
  readonly rdPct: ReadonlyArray<number | null>;
  readonly tieCounts: ReadonlyArray<number>;
  readonly distances: ReadonlyArray<number | null>;
  readonly proximities: ReadonlyArray<number | null>;
}

/** Feature values and facts' inputs of every candidate of one pool, against the home region's coordinates. */
export function poolFeatures(
  candidates: ReadonlyArray<Candidate>,
  home: { lat: number; lon: number } | null,
): PoolFeatures {
  const n = candidates.length;
  const revenuePct = percentilesOfKnown(candidates.map((c) => c.revenue));
  const capitalPct = percentilesOfKnown(candidates.map((c) => c.registeredCapital));
  const growthPct = percentilesOfKnown(candidates.map((c) => c.growth));
  const rdPct = percentilesOfKnown(candidates.map((c) => c.rdIntensity));

  const tieCounts = candidates.map((c) =>
    c.buysFrom.length === 0 ? new Set(c.suppliesTo).size : new Set([...c.suppliesTo, ...c.buysFrom]).size,
  );
  let maxTies = 0;
  for (const t of tieCounts) if (t > maxTies) maxTies = t;
  const tieNorm = Math.log1p(maxTies);

  const distances = candidates.map((c) =>
    home && isKnown(c.lat) && isKnown(c.lon) ? haversineKm(c.lat, c.lon, home.lat, home.lon) : null,
  );
  const proximities = distances.map((km) => (km === null ? null : Math.exp(-km / PROXIMITY_KM)));
  const knownProximities = proximities.filter(isKnown);
  const medianProximity = knownProximities.length === 0 ? IMPUTED_PERCENTILE : median(knownProximities);

  const values = new Float64Array(TARGET_FEATURES.length * n);
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    const ties = tieCounts[i] ?? 0;
    const row: Record<TargetFeature, number> = {
      fit: c.primary ? 1 : 0.5,
      ties: tieNorm > 0 ? Math.log1p(ties) / tieNorm : 0,
      scale: revenuePct[i] ?? capitalPct[i] ?? IMPUTED_PERCENTILE,
      growth: growthPct[i] ?? IMPUTED_PERCENTILE,
      innovation: rdPct[i] ?? IMPUTED_PERCENTILE,
      listed: c.listed ? 1 : 0,
      proximity: proximities[i] ?? medianProximity,
      alliance: c.allianceIds.length > 0 ? 1 : 0,
    };
    TARGET_FEATURES.forEach((name, f) => (values[f * n + i] = row[name]));
  }
  return { candidates, values, revenuePct, capitalPct, growthPct, rdPct, tieCounts, distances, proximities };
}

/**
 * Scores a pool's features under the given weights. The sum is the one weightedScore forms (value ×
 * weight, added in feature order from 0), so the score here and Σ contributions are the same double,
 * whether the features were just computed or kept by a cache.
 * @param weights complete, validated weights (common/weights.ts resolveWeights)
 */
export function scoreFeatures(features: PoolFeatures, weights: TargetWeights): ScoredPool {
  const { candidates, values } = features;
  const n = candidates.length;
  const w = TARGET_FEATURES.map((name) => weights[name]);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let f = 0; f < w.length; f++) sum += values[f * n + i]! * w[f]!;
    scores[i] = roundScore(sum);
  }

  const detail = (i: number) => {
    const c = candidates[i]!;
    const revenueP = features.revenuePct[i] ?? null;
    const capitalP = features.capitalPct[i] ?? null;
    const scaleP = revenueP ?? capitalP;
    const growthP = features.growthPct[i] ?? null;
    const rdP = features.rdPct[i] ?? null;
    const imputed: Partial<Record<TargetFeature, boolean>> = {
      scale: scaleP === null,
      growth: growthP === null,
      innovation: rdP === null,
      proximity: features.proximities[i] === null,
    };
    const row = Object.fromEntries(TARGET_FEATURES.map((name, f) => [name, values[f * n + i]!]));
    const { contributions } = weightedScore(row, weights);
    return {
      features: contributions.map((f) => ({ ...f, imputed: imputed[f.name as TargetFeature] ?? false })),
      facts: {
        primary: c.primary,
        ties: features.tieCounts[i] ?? 0,
        suppliesTo: new Set(c.suppliesTo).size,
        buysFrom: new Set(c.buysFrom).size,
        distanceKm: features.distances[i] ?? null,
        inYrd: c.provinceCode !== null && YRD_PROVINCES.has(c.provinceCode),
        listed: c.listed,
        scaleBasis:
          revenueP !== null
            ? ("revenue" as const)
            : capitalP !== null
              ? ("registeredCapital" as const)
              : null,
        scalePct: scaleP,
        growthPct: growthP,
        innovationPct: rdP,
        growth: isKnown(c.growth) ? c.growth : null,
        rdIntensity: isKnown(c.rdIntensity) ? c.rdIntensity : null,
        allianceIds: [...c.allianceIds],
      },
    };
  };
  return { scores, detail };
}

/**
 * Scores every candidate of one pool against the home region's coordinates
 * ({@link poolFeatures} then {@link scoreFeatures}).
 * @param weights complete, validated weights (common/weights.ts resolveWeights)
 */
export function scorePool(
  candidates: ReadonlyArray<Candidate>,
  home: { lat: number; lon: number } | null,
  weights: TargetWeights,
): ScoredPool {
  return scoreFeatures(poolFeatures(candidates, home), weights);
}

/**
 * {@link scorePool} with every candidate's features and facts built: one entry per candidate, in
 * input order.
 */
export function scoreCandidates(
  candidates: ReadonlyArray<Candidate>,
  home: { lat: number; lon: number } | null,
  weights: TargetWeights,
): ScoredCandidate[] {
  const pool = scorePool(candidates, home, weights);
  return candidates.map((c, i) => ({ id: c.id, score: pool.scores[i]!, ...pool.detail(i) }));
}

/** Ranking order: score descending, then company id ascending (code-unit order, locale-free). */
export function compareTargets(a: { score: number; id: string }, b: { score: number; id: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
