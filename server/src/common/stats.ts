/**
 * Statistics shared by the gap analysis and the target ranking: one median, one percentile rank,
 * one min–max normalisation. Pure functions; they return data and never throw API errors.
 */

function at(values: ReadonlyArray<number>, i: number): number {
  const value = values[i];
  if (value === undefined) throw new RangeError(`internal: no element ${i}`);
  return value;
}

export function assertFiniteValues(values: ReadonlyArray<number>, what: string): void {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`${what}: value ${i} is ${v}, expected a finite number`);
  });
}

/**
 * Min–max normalisation to [0, 1]: (v − min) / (max − min). When every value is the same (or there is
 * only one) all results are 0: a feature that does not vary cannot favour any segment, and 0 keeps it
 * from adding to any score.
 * @throws RangeError on a non-finite value
 */
export function minMaxNormalise(values: ReadonlyArray<number>): number[] {
  assertFiniteValues(values, "minMaxNormalise");
  if (values.length === 0) return [];
  // A loop, not Math.min(...values): spreading a long array can exceed the engine's argument limit.
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  return values.map((v) => (range === 0 ? 0 : (v - min) / range));
}

/**
 * Percentile rank in [0, 1]: (averageRank − 1) / (n − 1), where ranks run 1..n from the smallest
 * value and tied values all get the average of the ranks they span. Equivalently, the share of the
 * other values that are smaller, a tie counting one half. The smallest distinct value gets 0, the
 * largest 1; when all values are tied (or there is one) every rank is 0.5 — so "top quartile"
 * (≥ 0.75) selects nothing from a feature that does not vary.
 * @throws RangeError on a non-finite value
 */
export function percentileRank(values: ReadonlyArray<number>): number[] {
  assertFiniteValues(values, "percentileRank");
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [0.5];
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const result = new Array<number>(n).fill(0);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && order[end + 1]?.v === order[start]?.v) end++;
    // 0-based positions start..end hold ties; their average 1-based rank minus 1 is (start+end)/2.
    const pct = (start + end) / 2 / (n - 1);
    for (let k = start; k <= end; k++) {
      const item = order[k];
      if (item !== undefined) result[item.i] = pct;
    }
    start = end + 1;
  }
  return result;
}

/** The median of the values (mean of the middle two for an even count); 0 for none. */
export function median(values: ReadonlyArray<number>): number {
  assertFiniteValues(values, "median");
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(sorted, mid) : (at(sorted, mid - 1) + at(sorted, mid)) / 2;
}
