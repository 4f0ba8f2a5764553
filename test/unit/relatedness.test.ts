import { describe, expect, it } from "vitest";
import {
  betweenness,
  completeness,
  density,
  diversity,
  median,
  minMaxNormalise,
  normalisedBetweenness,
  percentileRank,
  presence,
  proximity,
  quadrant,
  quadrants,
  rca,
  relatedness,
  ubiquity,
  validateWeights,
  weightedScore,
  WeightsError,
} from "../../server/src/gaps/relatedness.ts";
import type { DirectedEdge, Matrix } from "../../server/src/gaps/relatedness.ts";

// Every expected number below was worked out on paper (shown in the comments) — none was copied from
// what the code printed. 12 decimal places leave room only for rounding in the last bits.
const DIGITS = 12;

function expectMatrixClose(actual: Matrix, expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((row, r) => {
    const got = actual[r];
    expect(got?.length, `row ${r} length`).toBe(row.length);
    row.forEach((v, c) => expect(got?.[c], `cell (${r}, ${c})`).toBeCloseTo(v, DIGITS));
  });
}

function expectVectorClose(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i], `element ${i}`).toBeCloseTo(v, DIGITS));
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/*
 * Hidalgo–Hausmann 2009 toy network (chains-and-methods.md §2.5), rows C1..C4, columns P1..P4:
 *
 *        P1 P2 P3 P4
 *   C1 [  1  1  1  1 ]   diversity 4
 *   C2 [  0  1  0  0 ]             1
 *   C3 [  0  0  1  1 ]             2
 *   C4 [  0  0  0  1 ]             1
 *   ubiquity 1  2  2  3
 *
 * Co-occurrence C = MᵀM off the diagonal: P1P2 = 1 (C1), P1P3 = 1, P1P4 = 1, P2P3 = 1, P2P4 = 1,
 * P3P4 = 2 (C1, C3). φ = C / max(k, k'):
 *   φ12 = 1/max(1,2) = 1/2   φ13 = 1/2   φ14 = 1/3   φ23 = 1/max(2,2) = 1/2   φ24 = 1/3   φ34 = 2/3
 * Row sums of φ (diagonal 1 included): P1 = 1 + 1/2 + 1/2 + 1/3 = 7/3, P2 = 7/3,
 * P3 = 1/2 + 1/2 + 1 + 2/3 = 8/3, P4 = 1/3 + 1/3 + 2/3 + 1 = 7/3.
 * Density ω[c,p] = Σ_p' M[c,p']φ[p,p'] / rowsum(p):
 *   C1 has everything: every numerator equals its row sum → [1, 1, 1, 1]
 *   C2 (P2):       P1 (1/2)/(7/3) = 3/14,  P2 1/(7/3) = 3/7,  P3 (1/2)/(8/3) = 3/16,  P4 (1/3)/(7/3) = 1/7
 *   C3 (P3, P4):   P1 (1/2+1/3)/(7/3) = 5/14,  P2 5/14,  P3 (1+2/3)/(8/3) = 5/8,  P4 (2/3+1)/(7/3) = 5/7
 *   C4 (P4):       P1 (1/3)/(7/3) = 1/7,  P2 1/7,  P3 (2/3)/(8/3) = 1/4,  P4 1/(7/3) = 3/7
 * which rounds to §2.5's table (.2143 .4286 .1875 .1429 / .3571 .3571 .625 .7143 / .1429 .1429 .25 .4286).
 */
const TOY_M: Matrix = [
  [1, 1, 1, 1],
  [0, 1, 0, 0],
  [0, 0, 1, 1],
  [0, 0, 0, 1],
];
const TOY_PHI = [
  [1, 1 / 2, 1 / 2, 1 / 3],
  [1 / 2, 1, 1 / 2, 1 / 3],
  [1 / 2, 1 / 2, 1, 2 / 3],
  [1 / 3, 1 / 3, 2 / 3, 1],
];
const TOY_DENSITY = [
  [1, 1, 1, 1],
  [3 / 14, 3 / 7, 3 / 16, 1 / 7],
  [5 / 14, 5 / 14, 5 / 8, 5 / 7],
  [1 / 7, 1 / 7, 1 / 4, 3 / 7],
];

describe("Hidalgo–Hausmann toy network", () => {
  it("has diversity [4,1,2,1] and ubiquity [1,2,2,3]", () => {
    expect(diversity(TOY_M)).toEqual([4, 1, 2, 1]);
    expect(ubiquity(TOY_M)).toEqual([1, 2, 2, 3]);
  });

  it("has the hand-computed proximities, symmetric with a unit diagonal", () => {
    expectMatrixClose(proximity(TOY_M), TOY_PHI);
  });

  it("has the hand-computed densities", () => {
    expectMatrixClose(density(TOY_M, proximity(TOY_M)), TOY_DENSITY);
  });

  it("matches py-ecomplexity's (MᵀM / ubiq) then min(φ, φᵀ) formulation", () => {
    // The package divides column p' by k_p' and then takes the elementwise min with the transpose.
    const k = [1, 2, 2, 3];
    const raw = TOY_PHI.map((_, p) =>
      TOY_PHI.map((__, q) => TOY_M.reduce((a, row) => a + (row[p] ?? 0) * (row[q] ?? 0), 0) / (k[q] ?? 1)),
    );
    const sym = raw.map((row, p) => row.map((v, q) => Math.min(v, raw[q]?.[p] ?? NaN)));
    expect(proximity(TOY_M)).toEqual(sym);
  });
});

/*
 * A small count matrix, regions A, B, C × segments s1..s4, with an empty region (C) and a segment
 * nobody is in (s4):
 *
 *        s1 s2 s3 s4 | row sum
 *   A  [  2  1  1  0 ] 4
 *   B  [  0  3  1  0 ] 4
 *   C  [  0  0  0  0 ] 0
 *   col   2  4  2  0 | total 8     column shares 2/8 = 1/4, 4/8 = 1/2, 2/8 = 1/4, 0/8 = 0
 *
 * RCA = (x / row sum) / column share:
 *   A: (2/4)/(1/4) = 2,  (1/4)/(1/2) = 1/2,  (1/4)/(1/4) = 1 (exactly 1),  (0/4)/0 → 0
 *   B: 0,                (3/4)/(1/2) = 3/2,  (1/4)/(1/4) = 1 (exactly 1),  0
 *   C: 0/0 everywhere → 0
 * M (RCA ≥ 1): A [1 0 1 0], B [0 1 1 0], C [0 0 0 0]; ubiquity [1 1 2 0]; diversity [2 2 0].
 * φ: s1s2 = 0 (never together); s1s3 = 1/max(1,2) = 1/2 (A); s2s3 = 1/max(1,2) = 1/2 (B);
 *    s4 with anything, itself included, = 0/0 → 0; diagonal of s1..s3 = 1.
 * Row sums of φ: s1 = 3/2, s2 = 3/2, s3 = 2, s4 = 0.
 * Density:
 *   A (s1, s3): s1 (1 + 1/2)/(3/2) = 1;  s2 (1/2)/(3/2) = 1/3;  s3 (1/2 + 1)/2 = 3/4;  s4 0/0 → 0
 *   B (s2, s3): s1 (1/2)/(3/2) = 1/3;  s2 (1 + 1/2)/(3/2) = 1;  s3 (1/2 + 1)/2 = 3/4;  s4 → 0
 *   C: nothing present → 0 everywhere
 */
const SMALL_X: Matrix = [
  [2, 1, 1, 0],
  [0, 3, 1, 0],
  [0, 0, 0, 0],
];

describe("RCA, presence and the 0/0 conventions on a hand-sized count matrix", () => {
  it("computes RCA by hand, 0 for the empty region and the empty segment", () => {
    expectMatrixClose(rca(SMALL_X), [
      [2, 1 / 2, 1, 0],
      [0, 3 / 2, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("counts RCA of exactly 1 as present", () => {
    const r = rca(SMALL_X);
    expect(r[0]?.[2]).toBe(1);
    expect(r[1]?.[2]).toBe(1);
    expect(presence(r)).toEqual([
      [1, 0, 1, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("gives ubiquity 0 to the segment present nowhere and diversity 0 to the empty region", () => {
    const m = presence(rca(SMALL_X));
    expect(ubiquity(m)).toEqual([1, 1, 2, 0]);
    expect(diversity(m)).toEqual([2, 2, 0]);
  });

  it("gives the absent segment a zero proximity row and column, diagonal included", () => {
    expectMatrixClose(proximity(presence(rca(SMALL_X))), [
      [1, 0, 1 / 2, 0],
      [0, 1, 1 / 2, 0],
      [1 / 2, 1 / 2, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("computes density by hand, 0 for the empty region and the absent segment", () => {
    const m = presence(rca(SMALL_X));
    expectMatrixClose(density(m, proximity(m)), [
      [1, 1 / 3, 3 / 4, 0],
      [1 / 3, 1, 3 / 4, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("bundles the same values in relatedness()", () => {
    const all = relatedness(SMALL_X);
    expect(all.presence).toEqual(presence(rca(SMALL_X)));
    expect(all.ubiquity).toEqual([1, 1, 2, 0]);
    expect(all.diversity).toEqual([2, 2, 0]);
    expectMatrixClose(all.density, [
      [1, 1 / 3, 3 / 4, 0],
      [1 / 3, 1, 3 / 4, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("keeps RCA exactly 1 where a product form would round below 1", () => {
    // Rows [1, 48] twice: row sums 49, column sums 2 and 96, total 98, so every RCA is exactly 1
    // ((1/49)/(2/98) and (48/49)/(96/98)). In doubles (1/49)·49 is 0.9999999999999999, which would
    // drop the cell; dividing the two shares makes both operands the same double.
    const r = rca([
      [1, 48],
      [1, 48],
    ]);
    expect(r).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(presence(r)).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it("applies a custom threshold with ≥", () => {
    // RCA row A is [2, 1/2, 1, 0]: with θ = 2 only the 2 survives; with θ = 1/2 three cells do.
    expect(presence(rca(SMALL_X), 2)[0]).toEqual([1, 0, 0, 0]);
    expect(presence(rca(SMALL_X), 0.5)[0]).toEqual([1, 1, 1, 0]);
  });

  it("turns an all-zero matrix into zeros everywhere", () => {
    const zero = [
      [0, 0, 0],
      [0, 0, 0],
    ];
    const all = relatedness(zero);
    expect(all.rca).toEqual(zero);
    expect(all.presence).toEqual(zero);
    expect(all.ubiquity).toEqual([0, 0, 0]);
    expect(all.diversity).toEqual([0, 0]);
    expect(all.proximity).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(all.density).toEqual(zero);
  });

  it("handles a matrix with no regions", () => {
    expect(relatedness([])).toEqual({
      rca: [],
      presence: [],
      ubiquity: [],
      diversity: [],
      proximity: [],
      density: [],
    });
  });

  it("refuses ragged matrices, negative or non-finite counts, and non-binary presence", () => {
    expect(() => rca([[1, 2], [3]])).toThrow(RangeError);
    expect(() => rca([[1, -1]])).toThrow(/cell \(0, 1\)/);
    expect(() => rca([[1, Number.NaN]])).toThrow(RangeError);
    expect(() => proximity([[1, 2]])).toThrow(/0 or 1/);
    expect(() => density([[1, 0]], [[1]])).toThrow(RangeError);
  });
});

/*
 * FEEDS graph: a diamond with a tail, plus an isolated node and a separate edge.
 *
 *        ┌→ b ┐
 *     a ─┤    ├→ d → e        f (isolated)        g → h
 *        └→ c ┘
 *
 * Ordered pairs with a path, and who lies strictly inside their shortest paths:
 *   a→d: a-b-d and a-c-d (2 paths): b 1/2, c 1/2
 *   a→e: a-b-d-e and a-c-d-e (2 paths): b 1/2, c 1/2, d 1
 *   b→e: b-d-e: d 1          c→e: c-d-e: d 1
 *   a→b, a→c, b→d, c→d, d→e, g→h: direct, nobody inside
 * Raw: b = 1/2 + 1/2 = 1, c = 1, d = 1 + 1 + 1 = 3, everyone else 0.
 * n = 8 → (n−1)(n−2) = 42: normalised b = c = 1/42, d = 3/42 = 1/14.
 */
const DIAMOND_NODES = ["a", "b", "c", "d", "e", "f", "g", "h"];
const DIAMOND_EDGES: DirectedEdge[] = [
  { source: "a", target: "b" },
  { source: "a", target: "c" },
  { source: "b", target: "d" },
  { source: "c", target: "d" },
  { source: "d", target: "e" },
  { source: "g", target: "h" },
];

describe("betweenness on a directed FEEDS graph", () => {
  it("counts shortest-path shares on the diamond, 0 for isolated and disconnected nodes", () => {
    const raw = betweenness(DIAMOND_NODES, DIAMOND_EDGES);
    expect([...raw.keys()]).toEqual(DIAMOND_NODES);
    const expected: Record<string, number> = { a: 0, b: 1, c: 1, d: 3, e: 0, f: 0, g: 0, h: 0 };
    for (const [id, v] of Object.entries(expected)) expect(raw.get(id), id).toBeCloseTo(v, DIGITS);
  });

  it("normalises by (n−1)(n−2)", () => {
    const norm = normalisedBetweenness(DIAMOND_NODES, DIAMOND_EDGES);
    expect(norm.get("b")).toBeCloseTo(1 / 42, DIGITS);
    expect(norm.get("c")).toBeCloseTo(1 / 42, DIGITS);
    expect(norm.get("d")).toBeCloseTo(1 / 14, DIGITS);
    expect(norm.get("a")).toBe(0);
  });

  it("respects direction: on x → y → z only y is between, once (x→z)", () => {
    // z→x has no path in a directed graph, so y gets 1, not the 2 an undirected count would give.
    const edges = [
      { source: "x", target: "y" },
      { source: "y", target: "z" },
    ];
    expect([...betweenness(["x", "y", "z"], edges).values()]).toEqual([0, 1, 0]);
    // n = 3 → (n−1)(n−2) = 2 → y = 1/2.
    expect(normalisedBetweenness(["x", "y", "z"], edges).get("y")).toBeCloseTo(0.5, DIGITS);
  });

  it("gives 1 (normalised) to the centre of a two-way star", () => {
    // Hub h with leaves 1..4 and edges both ways: each of the 4·3 = 12 ordered leaf pairs has one
    // shortest path, through h; (n−1)(n−2) = 4·3 = 12.
    const leaves = ["1", "2", "3", "4"];
    const edges = leaves.flatMap((l) => [
      { source: "h", target: l },
      { source: l, target: "h" },
    ]);
    expect(betweenness(["h", ...leaves], edges).get("h")).toBe(12);
    expect(normalisedBetweenness(["h", ...leaves], edges).get("h")).toBe(1);
  });

  it("ignores self-loops and duplicate edges", () => {
    const noisy = [...DIAMOND_EDGES, { source: "a", target: "b" }, { source: "d", target: "d" }];
    expect(betweenness(DIAMOND_NODES, noisy)).toEqual(betweenness(DIAMOND_NODES, DIAMOND_EDGES));
  });

  it("is 0 everywhere for graphs too small to have a node between two others", () => {
    expect([...normalisedBetweenness(["p", "q"], [{ source: "p", target: "q" }]).values()]).toEqual([0, 0]);
    expect(betweenness([], []).size).toBe(0);
  });

  it("refuses unknown nodes and duplicate ids", () => {
    expect(() => betweenness(["a"], [{ source: "a", target: "zz" }])).toThrow(/unknown node "zz"/);
    expect(() => betweenness(["a", "a"], [])).toThrow(/duplicate/);
  });
});

describe("normalisation helpers", () => {
  it("min–max normalises to [0, 1]", () => {
    // min 2, max 10, range 8: (2−2)/8 = 0, (4−2)/8 = 1/4, (6−2)/8 = 1/2, (10−2)/8 = 1.
    expectVectorClose(minMaxNormalise([2, 4, 6, 10]), [0, 0.25, 0.5, 1]);
  });

  it("maps all-equal values to 0", () => {
    expect(minMaxNormalise([7, 7, 7])).toEqual([0, 0, 0]);
    expect(minMaxNormalise([3])).toEqual([0]);
    expect(minMaxNormalise([])).toEqual([]);
  });

  it("gives ties the average rank in percentileRank", () => {
    // Sorted: 5 (position 0), 10 (1), 20 and 20 (2 and 3, average 2.5), 30 (4); divide by n−1 = 4.
    expectVectorClose(percentileRank([10, 20, 20, 30, 5]), [0.25, 0.625, 0.625, 1, 0]);
    // Three-way tie at the bottom: positions 0,1,2 average 1, over n−1 = 3 → 1/3; 9 alone at 3 → 1.
    expectVectorClose(percentileRank([0, 0, 9, 0]), [1 / 3, 1 / 3, 1, 1 / 3]);
  });

  it("puts all-tied and single values at the middle", () => {
    expect(percentileRank([4, 4, 4])).toEqual([0.5, 0.5, 0.5]);
    expect(percentileRank([4])).toEqual([0.5]);
    expect(percentileRank([])).toEqual([]);
  });

  it("computes the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([0.9, 0.1, 0.5, 0.3])).toBeCloseTo(0.4, DIGITS);
    expect(median([])).toBe(0);
  });

  it("refuses non-finite values", () => {
    expect(() => minMaxNormalise([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => percentileRank([Number.NaN])).toThrow(RangeError);
  });
});

describe("weighted score and weight validation", () => {
  it("reports each contribution = value × weight and their sum", () => {
    // 0.5·0.4 = 0.2, 0.25·0.2 = 0.05, 1·0.1 = 0.1, 0.2·0.3 = 0.06; sum 0.41.
    const result = weightedScore(
      { demandPull: 0.5, supplyPush: 0.25, centrality: 1, feasibility: 0.2 },
      { demandPull: 0.4, supplyPush: 0.2, centrality: 0.1, feasibility: 0.3 },
    );
    expect(result.score).toBeCloseTo(0.41, DIGITS);
    expect(result.contributions.map((c) => c.name)).toEqual([
      "demandPull",
      "supplyPush",
      "centrality",
      "feasibility",
    ]);
    expectVectorClose(
      result.contributions.map((c) => c.contribution),
      [0.2, 0.05, 0.1, 0.06],
    );
    expect(result.contributions[0]).toMatchObject({ name: "demandPull", value: 0.5, weight: 0.4 });
  });

  it("accepts zero weights as long as one is positive", () => {
    expect(weightedScore({ a: 1, b: 1 }, { a: 0, b: 2 }).score).toBe(2);
  });

  it("names the negative weight", () => {
    const error = catchError(() => validateWeights({ demandPull: 0.5, supplyPush: -0.1 }));
    expect(error).toBeInstanceOf(WeightsError);
    expect(error).toMatchObject({ field: "supplyPush", reason: "NEGATIVE", name: "WeightsError" });
  });

  it("names the non-finite weight", () => {
    expect(catchError(() => validateWeights({ a: 1, b: Number.NaN }))).toMatchObject({
      field: "b",
      reason: "NOT_FINITE",
    });
    expect(catchError(() => validateWeights({ a: Number.POSITIVE_INFINITY }))).toMatchObject({
      field: "a",
      reason: "NOT_FINITE",
    });
  });

  it("refuses a set with no positive weight, naming no single field", () => {
    expect(catchError(() => validateWeights({ a: 0, b: 0 }))).toMatchObject({
      field: null,
      reason: "NONE_POSITIVE",
    });
    expect(catchError(() => validateWeights({}))).toBeInstanceOf(WeightsError);
  });

  it("refuses a weight for an unknown feature and a feature without a weight", () => {
    expect(catchError(() => weightedScore({ a: 1 }, { a: 1, typo: 1 }))).toMatchObject({
      field: "typo",
      reason: "UNKNOWN_FEATURE",
    });
    expect(catchError(() => weightedScore({ a: 1, b: 1 }, { a: 1 }))).toMatchObject({
      field: "b",
      reason: "MISSING",
    });
  });
});

describe("Metroverse PSWOT quadrant", () => {
  const cut = { density: 0.5 };

  it("classifies each quadrant, cut-off values on the high side", () => {
    expect(quadrant(2, 0.6, cut)).toBe("STRENGTH");
    expect(quadrant(1, 0.5, cut)).toBe("STRENGTH");
    expect(quadrant(0.5, 0.7, cut)).toBe("OPPORTUNITY");
    expect(quadrant(0.5, 0.2, cut)).toBe("WEAKNESS");
    expect(quadrant(1.5, 0.1, cut)).toBe("THREAT");
    expect(quadrant(0, 0.9, cut)).toBe("POSSIBLE_ENTRANT");
  });

  it("takes a custom RCA cut-off", () => {
    expect(quadrant(1.5, 0.9, { rca: 2, density: 0.5 })).toBe("OPPORTUNITY");
  });

  it("defaults the density cut-off to the chain's median", () => {
    // Densities 0.1, 0.3, 0.5, 0.9 → median (0.3 + 0.5)/2 = 0.4.
    const segments = [
      { rca: 2, density: 0.1 },
      { rca: 0.5, density: 0.3 },
      { rca: 0.5, density: 0.5 },
      { rca: 0, density: 0.9 },
    ];
    expect(quadrants(segments)).toEqual(["THREAT", "WEAKNESS", "OPPORTUNITY", "POSSIBLE_ENTRANT"]);
    expect(quadrants(segments, { density: 0.05 })).toEqual([
      "STRENGTH",
      "OPPORTUNITY",
      "OPPORTUNITY",
      "POSSIBLE_ENTRANT",
    ]);
  });
});

describe("chain completeness", () => {
  it("is the share of leaf segments with a local company", () => {
    // 3 of 5 segments have a local company.
    expect(completeness([0, 2, 1, 0, 5])).toBeCloseTo(0.6, DIGITS);
  });

  it("weights segments when asked", () => {
    // Covered weights 2 + 3 + 0 = 5 out of 1 + 2 + 3 + 4 + 0 = 10.
    expect(completeness([0, 2, 1, 0, 5], [1, 2, 3, 4, 0])).toBeCloseTo(0.5, DIGITS);
  });

  it("is 0 for no segments or no weight, and refuses bad input", () => {
    expect(completeness([])).toBe(0);
    expect(completeness([1, 1], [0, 0])).toBe(0);
    expect(() => completeness([1], [1, 2])).toThrow(RangeError);
    expect(() => completeness([-1])).toThrow(RangeError);
  });
});
