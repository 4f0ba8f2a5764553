/**
 * Score weights, shared by the gap analysis and the target ranking: checking, merging a query's
 * overrides into the configured defaults (one argument order for both), and the weighted sum.
 * Pure: refusals are WeightsError, which the API edge maps to BAD_USER_INPUT (errors.ts badWeights).
 */

/** Why a set of weights was refused. */
export type WeightsErrorReason =
  "NEGATIVE" | "TOO_LARGE" | "NOT_FINITE" | "NONE_POSITIVE" | "UNKNOWN_FEATURE" | "MISSING";

/**
 * Refused score weights. The API maps it to a GraphQL error with code BAD_USER_INPUT, passing
 * `field` on so that the caller learns which weight to fix.
 */
export class WeightsError extends Error {
  override readonly name = "WeightsError";
  /** The offending weight's name; null when the fault is the set as a whole (none positive). */
  readonly field: string | null;
  readonly reason: WeightsErrorReason;

  constructor(field: string | null, reason: WeightsErrorReason, message: string) {
    super(message);
    this.field = field;
    this.reason = reason;
  }
}

/**
 * Checks score weights: each must be finite and ≥ 0, and at least one > 0 (all zero would make every
 * score 0 and every ranking meaningless). With `knownFeatures`, a weight for any other name is refused
 * too, which catches misspelt overrides that would otherwise be silently ignored.
 * @throws WeightsError naming the first offending weight
 */
/** Largest weight a query or the configuration may give one feature (README: weights 0–100). */
export const MAX_WEIGHT = 100;

export function validateWeights(
  weights: Readonly<Record<string, number>>,
  knownFeatures?: ReadonlyArray<string>,
): void {
  const known = knownFeatures === undefined ? undefined : new Set(knownFeatures);
  for (const [name, w] of Object.entries(weights)) {
    if (known !== undefined && !known.has(name)) {
      throw new WeightsError(name, "UNKNOWN_FEATURE", `weight "${name}" names no known feature`);
    }
    if (typeof w !== "number" || !Number.isFinite(w)) {
      throw new WeightsError(
        name,
        "NOT_FINITE",
        `weight "${name}" is ${String(w)}, expected a finite number`,
      );
    }
    if (w < 0) throw new WeightsError(name, "NEGATIVE", `weight "${name}" is ${w}, expected ≥ 0`);
    // Capped so that no sum of contributions can overflow to Infinity (weights of 1e308 did).
    if (w > MAX_WEIGHT) {
      throw new WeightsError(name, "TOO_LARGE", `weight "${name}" is ${w}, expected at most ${MAX_WEIGHT}`);
    }
  }
  if (!Object.values(weights).some((w) => w > 0)) {
    throw new WeightsError(null, "NONE_POSITIVE", "at least one weight must be positive");
  }
}

/** One feature's part in a {@link weightedScore}. */
export interface Contribution {
  name: string;
  /** The feature's value, normally already normalised to [0, 1]. */
  value: number;
  weight: number;
  /** value × weight. */
  contribution: number;
}

/** A score and the per-feature contributions it is the sum of. */
export interface WeightedScore {
  /** Σ contribution. */
  score: number;
  /** One per feature, in the features' key order. */
  contributions: Contribution[];
}

/**
 * Weighted sum of features, with each feature's contribution (value × weight) reported so a person can
 * see why a segment scored as it did. Weights are not rescaled: a caller wanting a score in [0, 1] from
 * [0, 1] features passes weights that sum to 1.
 *
 * The weights must name exactly the features: one for an unknown feature or a feature without one is
 * refused rather than guessed at (callers merge per-query overrides into configured defaults first).
 *
 * @throws WeightsError as {@link validateWeights}, or with reason MISSING for a feature without weight
 * @throws RangeError on a non-finite feature value
 */
export function weightedScore(
  features: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
): WeightedScore {
  const names = Object.keys(features);
  validateWeights(weights, names);
  const contributions = names.map((name): Contribution => {
    const value = features[name];
    const weight = weights[name];
    if (weight === undefined) throw new WeightsError(name, "MISSING", `no weight for feature "${name}"`);
    if (value === undefined || !Number.isFinite(value)) {
      throw new RangeError(`weightedScore: feature "${name}" is ${value}, expected a finite number`);
    }
    return { name, value, weight, contribution: value * weight };
  });
  return { score: contributions.reduce((a, c) => a + c.contribution, 0), contributions };
}

/**
 * Merges per-query overrides into the defaults and checks the result: each weight known, finite and
 * ≥ 0, at least one positive. Null or undefined overrides keep the default.
 * @param what the kind of feature, for the message of an unknown name ("gap", "target")
 * @throws WeightsError naming the offending weight (null field when none is positive)
 */
export function resolveWeights<F extends string>(
  features: readonly F[],
  defaults: Readonly<Record<F, number>>,
  overrides: Readonly<Partial<Record<string, number | null | undefined>>> | null | undefined,
  what = "known",
): Record<F, number> {
  const merged = { ...defaults } as Record<F, number>;
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === null || value === undefined) continue;
    if (!(features as readonly string[]).includes(name)) {
      throw new WeightsError(name, "UNKNOWN_FEATURE", `weight "${name}" names no ${what} feature`);
    }
    merged[name as F] = value;
  }
  validateWeights(merged, features);
  return merged;
}
