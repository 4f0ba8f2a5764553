import { describe, expect, it } from "vitest";
import {
  analyseChain,
  assignRow,
  buildMatrix,
  DEFAULT_GAP_WEIGHTS,
  GAP_FEATURES,
  type AnalysisInput,
  type GapRecord,
  type RegionNode,
} from "../../server/src/gaps/analysis.ts";
import { resolveWeights } from "../../server/src/common/weights.ts";
import { plural } from "../../server/src/common/messages.ts";
import { explainGap } from "../../server/src/gaps/explain.ts";
import { RegionTree } from "../../server/src/common/region-tree.ts";

const gapWeights = (w: Record<string, number> | null) =>
  resolveWeights(GAP_FEATURES, DEFAULT_GAP_WEIGHTS, w, "gap");
import { WeightsError } from "../../server/src/gaps/relatedness.ts";

const tree: RegionNode[] = [
  { code: "CN", level: "COUNTRY", parentCode: null },
  { code: "P1", level: "PROVINCE", parentCode: "CN" },
  { code: "C1", level: "CITY", parentCode: "P1" },
  { code: "D1", level: "DISTRICT", parentCode: "C1" },
  { code: "HOME", level: "PARK", parentCode: "C1" },
  { code: "C2", level: "CITY", parentCode: "P1" },
  { code: "P2", level: "PROVINCE", parentCode: "CN" },
  { code: "DE", level: "COUNTRY", parentCode: null },
  { code: "DE-B", level: "CITY", parentCode: "DE" },
];
const byCode = new RegionTree(tree);

describe("assignRow", () => {
  it.each([
    ["HOME", "HOME"], // the home zone is a row of its own
    ["D1", "C1"], // districts count in their city
    ["C1", "C1"],
    ["C2", "C2"],
    ["P2", "P2"], // a Chinese province without a city: its own row
    ["CN", "CN"], // located at the home country itself
    ["DE", "DE"],
    ["DE-B", "DE"], // foreign: always the country
    ["XX", null], // unknown region
  ])("%s → %s", (code, row) => {
    expect(assignRow(code, byCode, "HOME")).toBe(row);
  });

  it("puts a home city's whole subtree in the home row", () => {
    expect(assignRow("D1", byCode, "C1")).toBe("C1");
    expect(assignRow("HOME", byCode, "C1")).toBe("C1");
  });
});

describe("buildMatrix", () => {
  it("sums located regions into rows, home first, and keeps revenue totals", () => {
    const m = buildMatrix(
      [
        { regionCode: "HOME", segmentIds: ["A"], companies: [2], revenue: [30], revenueKnown: [1] },
        {
          regionCode: "D1",
          segmentIds: ["A", "B"],
          companies: [1, 1],
          revenue: [0, 5],
          revenueKnown: [0, 1],
        },
        {
          regionCode: "C1",
          segmentIds: ["B", "Z"],
          companies: [2, 9],
          revenue: [10, 1],
          revenueKnown: [2, 1],
        },
        { regionCode: "DE-B", segmentIds: ["A"], companies: [4], revenue: [100], revenueKnown: [3] },
      ],
      tree,
      ["A", "B"],
      "HOME",
    );
    expect(m.rows).toEqual(["HOME", "C1", "DE"]);
    expect(m.x).toEqual([
      [2, 0],
      [1, 3],
      [4, 0],
    ]);
    // segment Z is not a column and is ignored
    expect(m.totalRevenue).toEqual([130, 15]);
    expect(m.totalRevenueKnown).toEqual([4, 3]);
    expect(m.localRevenue).toEqual([30, 0]);
    expect(m.localRevenueKnown).toEqual([1, 0]);
  });
});

describe("resolveWeights", () => {
  it("merges overrides into the defaults", () => {
    expect(gapWeights({ density: 0.5 })).toEqual({ ...DEFAULT_GAP_WEIGHTS, density: 0.5 });
    expect(gapWeights(null)).toEqual(DEFAULT_GAP_WEIGHTS);
  });

  it("names the offending weight", () => {
    const fieldOf = (w: Record<string, number>) => {
      try {
        gapWeights(w);
      } catch (error) {
        return error instanceof WeightsError ? [error.field, error.reason] : null;
      }
      return "accepted";
    };
    expect(fieldOf({ keyTech: -1 })).toEqual(["keyTech", "NEGATIVE"]);
    expect(fieldOf({ keyTech: Number.NaN })).toEqual(["keyTech", "NOT_FINITE"]);
    expect(fieldOf({ colour: 1 })).toEqual(["colour", "UNKNOWN_FEATURE"]);
    expect(
      fieldOf({ demandPull: 0, supplyPush: 0, centrality: 0, keyTech: 0, density: 0, relativePresence: 0 }),
    ).toEqual([null, "NONE_POSITIVE"]);
  });
});

/*
 * A pure two-chain example. Chain A: A1 → A2 → A3, A1 keyTech; chain B: B1, with A3 → B1.
 * Rows (already assembled): H (home) and R.
 *          A1 A2 A3 B1
 *   H       4  0  1  0
 *   R       1  2  1  3
 * Local: A1 4 (≥ k = 3), A2 0, A3 1, B1 0. B1 is an EXTEND candidate (A3 local feeds it).
 * A2: FILL and a break point (A1 upstream, A3 downstream are local).
 * A1: keyTech with 4 local; local revenue 10 of total known 10 + 1000 → share 10/1010 < 5 %: STRENGTHEN.
 * A3: CONSOLIDATE.
 */
function example(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  const leaves = [
    { id: "A1", chainId: "A", keyTech: true, name: "A one", nameZh: "甲一" },
    { id: "A2", chainId: "A", keyTech: false, name: "A two", nameZh: "甲二" },
    { id: "A3", chainId: "A", keyTech: false, name: "A three", nameZh: "甲三" },
    { id: "B1", chainId: "B", keyTech: false, name: "B one", nameZh: "乙一" },
  ];
  return {
    chainId: "A",
    leaves,
    chains: [
      { id: "A", name: "Chain A", nameZh: "甲链" },
      { id: "B", name: "Chain B", nameZh: "乙链" },
    ],
    feeds: [
      { from: "A1", to: "A2", weight: 1 },
      { from: "A2", to: "A3", weight: null },
      { from: "A3", to: "B1", weight: 2 },
    ],
    matrix: {
      rows: ["H", "R"],
      segments: leaves.map((l) => l.id),
      x: [
        [4, 0, 1, 0],
        [1, 2, 1, 3],
      ],
      homeRow: 0,
      totalRevenue: [1010, 0, 0, 0],
      localRevenue: [10, 0, 0, 0],
      totalRevenueKnown: [2, 0, 0, 0],
      localRevenueKnown: [1, 0, 0, 0],
    },
    k: 3,
    strengthenShare: 0.05,
    weights: DEFAULT_GAP_WEIGHTS,
    ...overrides,
  };
}

describe("analyseChain", () => {
  it("types every gap and finds break points and extensions", () => {
    const result = analyseChain(example());
    const types = Object.fromEntries(result.gaps.map((g) => [g.segmentId, [g.type, g.breakPoint]]));
    expect(types).toEqual({
      A1: ["STRENGTHEN", false],
      A2: ["FILL", true],
      A3: ["CONSOLIDATE", false],
      B1: ["EXTEND", false],
    });
    expect(result.gaps.find((g) => g.segmentId === "B1")?.connectsTo).toEqual([
      { segmentId: "A3", name: "A three", nameZh: "甲三", direction: "DOWNSTREAM", localCount: 1 },
    ]);
    // completeness: A1 and A3 have local companies, A2 not → 2/3
    expect(result.completeness).toBeCloseTo(2 / 3, 12);
  });

  it("derives demand pull and supply push from neighbours' local counts × FEEDS weight (null → 1)", () => {
    const g = new Map(analyseChain(example()).gaps.map((x) => [x.segmentId, x]));
    const raw = (id: string, f: string) => g.get(id)?.features.find((x) => x.name === f)?.raw;
    expect(raw("A2", "supplyPush")).toBe(4); // A1: 4 × 1
    expect(raw("A2", "demandPull")).toBe(1); // A3: 1 × (null → 1)
    expect(raw("A3", "demandPull")).toBe(0); // B1 has no local company
    expect(raw("B1", "supplyPush")).toBe(2); // A3: 1 × 2
    // centrality in chain A (path of 3): A2 lies on A1→A3, 1 of (3−1)(3−2) = 2 ordered pairs
    expect(raw("A2", "centrality")).toBeCloseTo(0.5, 12);
  });

  it("leaves STRENGTHEN out when no local revenue is known, never assuming zero", () => {
    const input = example();
    input.matrix = { ...input.matrix, localRevenue: [0, 0, 0, 0], localRevenueKnown: [0, 0, 0, 0] };
    const a1 = analyseChain(input).gaps.find((g) => g.segmentId === "A1");
    expect(a1).toBeUndefined();
  });

  it("does not STRENGTHEN when the local share reaches the threshold", () => {
    const a1 = analyseChain(example({ strengthenShare: 10 / 1010 })).gaps.find((g) => g.segmentId === "A1");
    expect(a1).toBeUndefined();
  });

  it("sorts by score and makes score the sum of value × weight", () => {
    const { gaps } = analyseChain(example());
    for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1]!.score).toBeGreaterThanOrEqual(gaps[i]!.score);
    for (const g of gaps) {
      expect(g.score).toBeCloseTo(
        g.features.reduce((a, f) => a + f.value * f.weight, 0),
        12,
      );
    }
  });

  it("refuses a matrix whose columns are not the leaves", () => {
    const input = example();
    input.matrix = { ...input.matrix, segments: ["A1", "A2", "B1", "A3"] };
    expect(() => analyseChain(input)).toThrow(RangeError);
  });
});

describe("explainGap", () => {
  const base: GapRecord = analyseChain(example()).gaps.find((g) => g.segmentId === "A2")!;

  it("says what is missing, that it is a break point and who would buy and sell", () => {
    const zh = explainGap(base, "ZH");
    expect(zh).toContain("缺失环节（补链）");
    expect(zh).toContain("断点");
    expect(zh).toContain("下游有 1 家本地企业需要其产品");
    expect(zh).toContain("上游有 4 家本地企业可为其供货");
    const en = explainGap(base, "EN");
    expect(en).toContain("Missing link (fill)");
    expect(en).toContain("break point");
    expect(en).toContain("1 local company downstream need its output");
    expect(en).toMatch(/Score \d\.\d\d, mostly from /);
  });

  it("never cites a contribution that prints as 0.00", () => {
    const tiny: GapRecord = {
      ...base,
      features: [
        { name: "demandPull", value: 1, weight: 0.25, contribution: 0.25, raw: 1 },
        { name: "centrality", value: 0.02, weight: 0.15, contribution: 0.003, raw: 0.02 },
      ],
    };
    expect(explainGap(tiny, "EN")).toMatch(/mostly from [^.]*0\.25\.$/);
    expect(explainGap(tiny, "EN")).not.toMatch(/0\.00/);
    expect(explainGap(tiny, "ZH")).not.toContain("0.00");
  });

  it("names the local segment an EXTEND gap connects to", () => {
    const b1 = analyseChain(example()).gaps.find((g) => g.segmentId === "B1")!;
    expect(explainGap(b1, "ZH")).toContain("属于乙链");
    expect(explainGap(b1, "ZH")).toContain("本地「甲三」（1 家）的下游应用环节");
    expect(explainGap(b1, "EN")).toContain('downstream of the local "A three" (1 company)');
  });

  it("gives the revenue share of a STRENGTHEN gap and the unknown revenues", () => {
    const a1 = analyseChain(example()).gaps.find((g) => g.segmentId === "A1")!;
    // 10/1010 = 0.99 % → shown with two decimals below 1 %
    expect(explainGap(a1, "EN")).toContain("hold only 0.99% of the segment's known revenue (below 5.0%)");
    expect(explainGap(a1, "ZH")).toContain("本地 3 家、全部 3 家");
  });
});

describe("the message catalogue", () => {
  it("picks plural forms by Intl.PluralRules", () => {
    const forms = { one: "company", other: "companies" };
    expect([0, 1, 2, 21].map((n) => plural("EN", n, forms))).toEqual([
      "companies",
      "company",
      "companies",
      "companies",
    ]);
    // Chinese has one form.
    expect(plural("ZH", 1, { other: "家" })).toBe("家");
  });
});
