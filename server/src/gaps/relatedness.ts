/**
 * The mathematics of gap analysis (PRODUCT.md §4; chains-and-methods.md §1–§2): revealed comparative
 * advantage, presence, ubiquity and diversity, product-space proximity, relatedness density,
 * betweenness on the FEEDS graph, feature normalisation, weighted scores, the Metroverse PSWOT
 * quadrant and chain completeness.
 *
 * Everything here is pure: no I/O, no database, inputs never mutated.
 *
 * Matrices are dense `number[][]`, row-major: rows are regions (r), columns are segments (s). A matrix
 * with no rows is `[]` and, having no rows, cannot say how many columns it has; callers that need the
 * segment count of an empty region set must carry it themselves.
 *
 * Conventions follow the Harvard Growth Lab's `ecomplexity` package (py-ecomplexity 0.5.x), so that
 * scripts/verify_relatedness.py can check these functions against it to 1e-9:
 * - every 0/0 (empty region row, empty segment column, all-zero matrix) is 0, as its `nan_to_num`;
 * - presence is `RCA >= threshold` (so RCA exactly 1 is present);
 * - the proximity diagonal is 1 for a segment present somewhere and 0 for one present nowhere;
 * - density includes the diagonal term φ[s,s] = 1.
 * The package drops regions and segments whose total is zero before computing anything; here they
 * stay in place and every measure of theirs is 0, which is what the 0/0 rule yields and is what the
 * verify script asserts.
 */

/** A dense matrix, row-major (rows = regions, columns = segments, unless said otherwise). */
export type Matrix = number[][];
/** A read-only view of a dense matrix, accepted wherever a function only reads. */
export type ReadonlyMatrix = ReadonlyArray<ReadonlyArray<number>>;

/** x / y, with 0/0 (and anything over 0) taken as 0 — the `nan_to_num` convention. */
function safeDivide(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function columnCount(matrix: ReadonlyMatrix, what: string): number {
  const first = matrix[0];
  if (first === undefined) return 0;
  const cols = first.length;
  matrix.forEach((row, r) => {
    if (row.length !== cols) {
      throw new RangeError(`${what}: row ${r} has ${row.length} columns, row 0 has ${cols}`);
    }
  });
  return cols;
}

function at(values: ReadonlyArray<number>, i: number): number {
  const value = values[i];
  if (value === undefined) throw new RangeError(`internal: no element ${i}`);
  return value;
}

function assertBinary(matrix: ReadonlyMatrix, what: string): number {
  const cols = columnCount(matrix, what);
  matrix.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== 0 && v !== 1) throw new RangeError(`${what}: cell (${r}, ${c}) is ${v}, expected 0 or 1`);
    }),
  );
  return cols;
}

/**
 * Revealed comparative advantage (Balassa index; a location quotient when x counts companies):
 * RCA[r,s] = (x[r,s] / Σ_s x[r,s]) / (Σ_r x[r,s] / Σ_{r,s} x[r,s]).
 *
 * Any 0/0 — a region with no companies, a segment with none anywhere, an all-zero matrix — gives 0.
 *
 * The two shares are divided in this order, exactly as py-ecomplexity does, for two reasons: the
 * result is then bit-for-bit the package's for integer counts, and when the two shares are equal as
 * rational numbers both round to the same double, so an RCA of exactly 1 comes out as exactly 1 and
 * counts as present (a product form such as x·total/(rowSum·colSum) can land on 0.9999999999999999).
 *
 * @param x counts (or other non-negative, finite values), regions × segments
 * @returns RCA, same shape as x
 * @throws RangeError on a ragged matrix or a negative or non-finite cell
 */
export function rca(x: ReadonlyMatrix): Matrix {
  const cols = columnCount(x, "rca");
  x.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!Number.isFinite(v) || v < 0) {
        throw new RangeError(`rca: cell (${r}, ${c}) is ${v}; counts must be finite and non-negative`);
      }
    }),
  );
  const rowSums = x.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, c) => x.reduce((a, row) => a + at(row, c), 0));
  const total = colSums.reduce((a, b) => a + b, 0);
  return x.map((row, r) =>
    row.map((v, c) => safeDivide(safeDivide(v, at(rowSums, r)), safeDivide(at(colSums, c), total))),
  );
}

/**
 * Presence (M): 1 where RCA ≥ threshold, else 0. The comparison is ≥, as in py-ecomplexity and R
 * `economiccomplexity` (EconGeo instead rounds to two decimals first; we do not).
 *
 * @param rcaMatrix RCA values, regions × segments
 * @param threshold defaults to 1
 */
export function presence(rcaMatrix: ReadonlyMatrix, threshold = 1): Matrix {
  if (!Number.isFinite(threshold)) throw new RangeError(`presence: threshold ${threshold} is not finite`);
  columnCount(rcaMatrix, "presence");
  return rcaMatrix.map((row) => row.map((v) => (v >= threshold ? 1 : 0)));
}

/**
 * Ubiquity k_s = Σ_r M[r,s]: in how many regions each segment is present (column sums).
 * @param m presence, regions × segments, cells 0 or 1
 */
export function ubiquity(m: ReadonlyMatrix): number[] {
  const cols = assertBinary(m, "ubiquity");
  return Array.from({ length: cols }, (_, c) => m.reduce((a, row) => a + at(row, c), 0));
}

/**
 * Diversity k_r = Σ_s M[r,s]: how many segments each region is present in (row sums).
 * @param m presence, regions × segments, cells 0 or 1
 */
export function diversity(m: ReadonlyMatrix): number[] {
  assertBinary(m, "diversity");
  return m.map((row) => row.reduce((a, b) => a + b, 0));
}

/**
 * Product-space proximity (Hidalgo, Klinger, Barabási & Hausmann 2007), segments × segments:
 * φ[s,s'] = Σ_r M[r,s]·M[r,s'] / max(k_s, k_s').
 *
 * Symmetric. The diagonal is 1 where k_s > 0 and 0 where k_s = 0 (the 0/0 rule). This equals
 * py-ecomplexity's `phi = (M.T @ M) / ubiq; phi = minimum(phi, phi.T)`: min(C/k_s', C/k_s) is
 * C/max(k_s, k_s'), and division is monotone in doubles too, so the two agree exactly.
 *
 * @param m presence, regions × segments, cells 0 or 1
 * @returns proximity, segments × segments
 */
export function proximity(m: ReadonlyMatrix): Matrix {
  const cols = assertBinary(m, "proximity");
  const k = ubiquity(m);
  // Co-occurrence Σ_r M[r,s]·M[r,t] accumulated from each region's list of present segments: the
  // same integer counts as the dense triple loop, in Σ_r (present_r)² steps instead of S²·R, which
  // matters for the ~160 × 250 matrix of every gap query. Integers, so the order of addition does
  // not change a single bit of the result.
  const together = new Float64Array(cols * cols);
  for (const row of m) {
    const present: number[] = [];
    row.forEach((v, c) => {
      if (v === 1) present.push(c);
    });
    for (let i = 0; i < present.length; i++) {
      const s = at(present, i);
      for (let j = i; j < present.length; j++) {
        const cell = s * cols + at(present, j);
        together[cell] = (together[cell] ?? 0) + 1;
      }
    }
  }
  const phi: Matrix = Array.from({ length: cols }, () => new Array<number>(cols).fill(0));
  for (let s = 0; s < cols; s++) {
    const rowS = phi[s];
    if (rowS === undefined) throw new RangeError("internal: proximity row");
    for (let t = s; t < cols; t++) {
      const value = safeDivide(together[s * cols + t] ?? 0, Math.max(at(k, s), at(k, t)));
      const rowT = phi[t];
      if (rowT === undefined) throw new RangeError("internal: proximity row");
      rowS[t] = value;
      rowT[s] = value;
    }
  }
  return phi;
}

/**
 * Relatedness density (Hidalgo et al. 2007; the Atlas "density"), regions × segments:
 * ω[r,s] = Σ_s' M[r,s']·φ[s,s'] / Σ_s' φ[s,s'], with 0/0 = 0.
 *
 * The denominator sums φ along the row of the target segment s, as py-ecomplexity's `calc_density`
 * does (`den = nansum(phi, axis=1)`; `density = M @ (phi.T / den)`, whose (r,s) cell is
 * Σ_s' M[r,s']·φ[s,s'] / den[s]). For the symmetric φ of {@link proximity} the axis makes no
 * difference, but it would for an asymmetric φ. The diagonal φ[s,s] = 1 is included, so a segment a
 * region already has raises its own density; for absent segments (M = 0) it changes nothing.
 *
 * @param m presence, regions × segments, cells 0 or 1
 * @param phi proximity, segments × segments (need not be symmetric)
 * @returns density in [0, 1] for φ ≥ 0, regions × segments
 */
export function density(m: ReadonlyMatrix, phi: ReadonlyMatrix): Matrix {
  const cols = assertBinary(m, "density");
  const size = columnCount(phi, "density (phi)");
  if (phi.length !== size) throw new RangeError(`density: phi is ${phi.length}×${size}, not square`);
  if (m.length > 0 && size !== cols) {
    throw new RangeError(`density: M has ${cols} segments, phi has ${size}`);
  }
  const den = phi.map((row) => row.reduce((a, b) => a + b, 0));
  return m.map((mRow) =>
    phi.map((phiRow, s) => {
      let num = 0;
      phiRow.forEach((p, t) => (num += at(mRow, t) * p));
      return safeDivide(num, at(den, s));
    }),
  );
}

/** Every measure of {@link relatedness}, over the same regions × segments. */
export interface Relatedness {
  rca: Matrix;
  /** Presence M (0/1). */
  presence: Matrix;
  /** k_s per segment. */
  ubiquity: number[];
  /** k_r per region. */
  diversity: number[];
  /** Segments × segments. */
  proximity: Matrix;
  density: Matrix;
}

/**
 * The whole chain from counts to density in one call: RCA → M → (k_s, k_r) → φ → ω.
 * @param x counts, regions × segments
 * @param threshold RCA presence threshold, defaults to 1
 */
export function relatedness(x: ReadonlyMatrix, threshold = 1): Relatedness {
  const r = rca(x);
  const m = presence(r, threshold);
  const phi = proximity(m);
  return {
    rca: r,
    presence: m,
    ubiquity: ubiquity(m),
    diversity: diversity(m),
    proximity: phi,
    density: density(m, phi),
  };
}

/** A directed edge of the FEEDS graph: `source` supplies `target`. */
export interface DirectedEdge {
  source: string;
  target: string;
}

/**
 * Brandes (2001) betweenness centrality on a directed, unweighted graph — the FEEDS graph of one
 * chain — as unnormalised counts: for each node v, the sum over ordered pairs (s, t), s ≠ v ≠ t, of
 * the share of shortest s→t paths that pass through v. Pairs with no path contribute nothing, so
 * disconnected graphs and isolated nodes (betweenness 0) need no special case. This is networkx's
 * `betweenness_centrality(G, normalized=False)` on a DiGraph.
 *
 * Self-loops are ignored (they lie on no shortest path) and parallel edges count once (the graph is
 * simple, as a networkx DiGraph is); otherwise they would inflate path counts.
 *
 * @param nodeIds every node, each once; the result follows this order
 * @param edges directed edges between listed nodes
 * @returns betweenness per node id, insertion-ordered as `nodeIds`
 * @throws RangeError on a duplicate node id or an edge naming an unknown node
 */
export function betweenness(
  nodeIds: ReadonlyArray<string>,
  edges: ReadonlyArray<DirectedEdge>,
): Map<string, number> {
  const index = new Map<string, number>();
  nodeIds.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`betweenness: duplicate node id "${id}"`);
    index.set(id, i);
  });
  const n = nodeIds.length;
  const successors: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const { source, target } of edges) {
    const from = index.get(source);
    const to = index.get(target);
    if (from === undefined) throw new RangeError(`betweenness: edge from unknown node "${source}"`);
    if (to === undefined) throw new RangeError(`betweenness: edge to unknown node "${target}"`);
    if (from !== to) successors[from]?.add(to);
  }

  const centrality = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const stack: number[] = [];
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    const sigma = new Array<number>(n).fill(0);
    const dist = new Array<number>(n).fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    const queue: number[] = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = at(queue, head);
      stack.push(v);
      for (const w of successors[v] ?? []) {
        if (at(dist, w) < 0) {
          dist[w] = at(dist, v) + 1;
          queue.push(w);
        }
        if (at(dist, w) === at(dist, v) + 1) {
          sigma[w] = at(sigma, w) + at(sigma, v);
          predecessors[w]?.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      for (const v of predecessors[w] ?? []) {
        delta[v] = at(delta, v) + (at(sigma, v) / at(sigma, w)) * (1 + at(delta, w));
      }
      if (w !== s) centrality[w] = at(centrality, w) + at(delta, w);
    }
  }
  return new Map(nodeIds.map((id, i) => [id, at(centrality, i)]));
}

/**
 * {@link betweenness} divided by (n−1)(n−2), the number of ordered pairs (s, t) of nodes other than
 * v in a directed graph, so that the result lies in [0, 1] (1 for the centre of a star whose spokes run
 * both ways, which every path between two other nodes must cross). For n ≤ 2 no node can lie between two others and every value
 * is 0. Same as networkx's `normalized=True` on a DiGraph.
 */
export function normalisedBetweenness(
  nodeIds: ReadonlyArray<string>,
  edges: ReadonlyArray<DirectedEdge>,
): Map<string, number> {
  const raw = betweenness(nodeIds, edges);
  const n = nodeIds.length;
  const pairs = (n - 1) * (n - 2);
  return new Map([...raw].map(([id, v]) => [id, pairs > 0 ? v / pairs : 0]));
}

// Shared with the target ranking (common/): re-exported for the gap analysis and its tests.
import { median } from "../common/stats.ts";
export { median, minMaxNormalise, percentileRank } from "../common/stats.ts";
export {
  validateWeights,
  weightedScore,
  WeightsError,
  type Contribution,
  type WeightedScore,
  type WeightsErrorReason,
} from "../common/weights.ts";

/**
 * Metroverse's PSWOT categories (Harvard Growth Lab, cities-atlas-front-end `messages.ftl`):
 * relative presence on one axis, technological fit (here: relatedness density) on the other, and
 * absent activities set apart as possible entrants.
 */
export type Quadrant = "STRENGTH" | "OPPORTUNITY" | "WEAKNESS" | "THREAT" | "POSSIBLE_ENTRANT";

/** Where the quadrant lines are drawn. */
export interface QuadrantCutoffs {
  /** Relative presence (RCA) at or above which a segment is "larger than peers"; default 1. */
  rca?: number;
  /** Density at or above which the fit is "stronger"; {@link quadrants} defaults it to the median. */
  density: number;
}

/**
 * Metroverse PSWOT quadrant of one segment for the home region:
 * - POSSIBLE_ENTRANT — absent: RCA = 0 (no local company), whatever its density;
 * - STRENGTH — RCA ≥ cutoff and density ≥ cutoff (larger than peers, stronger fit);
 * - OPPORTUNITY — 0 < RCA < cutoff and density ≥ cutoff (smaller than peers, stronger fit);
 * - WEAKNESS — 0 < RCA < cutoff and density < cutoff (smaller, weaker fit);
 * - THREAT — RCA ≥ cutoff and density < cutoff (larger than peers, but a weaker fit).
 * Values equal to a cut-off fall on the high side, as RCA = 1 counts as present.
 *
 * @param relativePresence RCA of the home region in the segment (≥ 0)
 * @param densityValue relatedness density of the home region to the segment
 */
export function quadrant(relativePresence: number, densityValue: number, cutoffs: QuadrantCutoffs): Quadrant {
  const rcaCut = cutoffs.rca ?? 1;
  for (const [what, v] of [
    ["relativePresence", relativePresence],
    ["density", densityValue],
    ["rca cut-off", rcaCut],
    ["density cut-off", cutoffs.density],
  ] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`quadrant: ${what} is ${v}, expected a finite number`);
  }
  if (relativePresence <= 0) return "POSSIBLE_ENTRANT";
  const fits = densityValue >= cutoffs.density;
  if (relativePresence >= rcaCut) return fits ? "STRENGTH" : "THREAT";
  return fits ? "OPPORTUNITY" : "WEAKNESS";
}

/**
 * {@link quadrant} for every segment of a chain, the density cut-off defaulting to the median density
 * over the segments given (so about half the chain counts as a stronger fit).
 */
export function quadrants(
  segments: ReadonlyArray<{ rca: number; density: number }>,
  cutoffs?: Partial<QuadrantCutoffs>,
): Quadrant[] {
  const resolved: QuadrantCutoffs = {
    rca: cutoffs?.rca ?? 1,
    density: cutoffs?.density ?? median(segments.map((s) => s.density)),
  };
  return segments.map((s) => quadrant(s.rca, s.density, resolved));
}

/**
 * Chain completeness (完整度, chains-and-methods.md §1.8): C = Σ_s w_s·P_s / Σ_s w_s over the chain's
 * leaf segments, where P_s = 1 when segment s has at least one local company. Without weights every
 * segment weighs 1, so C is the share of leaf segments with a local company; with weights (e.g. value
 * added) it is the weighted share. 0 for no segments or zero total weight (0/0).
 *
 * @param localCounts local companies per leaf segment
 * @param weights optional non-negative weights, aligned with `localCounts`
 * @returns completeness in [0, 1]
 * @throws RangeError on a negative or non-finite count or weight, or mismatched lengths
 */
export function completeness(localCounts: ReadonlyArray<number>, weights?: ReadonlyArray<number>): number {
  if (weights !== undefined && weights.length !== localCounts.length) {
    throw new RangeError(`completeness: ${localCounts.length} counts but ${weights.length} weights`);
  }
  let covered = 0;
  let total = 0;
  localCounts.forEach((count, i) => {
    const w = weights === undefined ? 1 : at(weights, i);
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`completeness: count ${i} is ${count}`);
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`completeness: weight ${i} is ${w}`);
    total += w;
    if (count > 0) covered += w;
  });
  return safeDivide(covered, total);
}
