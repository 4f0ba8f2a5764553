/**
 * The gap priority rule (server/src/gaps/priority.ts) on a seven-gap fixture worked by hand:
 *
 *   gap  type         score  breakPoint  density
 *   A    FILL          0.9    no          0.10
 *   B    EXTEND        0.8    no          0.50
 *   C    FILL          0.7    yes         0.00
 *   G    STRENGTHEN    0.6    no          0.20
 *   D    CONSOLIDATE   0.5    no          0.40
 *   E    FILL          0.3    no          0.05
 *   F    FILL          0.2    no          0.00
 *
 * Densities sorted: 0, 0, .05, .10, .20, .40, .50 → upper quartile at position 6 × .75 = 4.5,
 * between .20 and .40: 0.30; median (position 3): 0.10. Scores' median: 0.6.
 * TOP_SCORE: the 3 best of the chain's own gaps (B is EXTEND): A, C, G.
 * HIGH_DENSITY (≥ 0.30 and > 0): B (.50), D (.40).
 * Reasons: A [TOP_SCORE], B [HIGH_DENSITY], C [TOP_SCORE, BREAK_POINT], G [TOP_SCORE],
 * D [HIGH_DENSITY], E none, F none.
 */
import { describe, expect, it } from "vitest";
import {
  groupTail,
  prioritise,
  PRIORITY_RULE,
  quantile,
  type PriorityInput,
} from "../../server/src/gaps/priority.ts";

const gap = (
  segmentId: string,
  type: PriorityInput["type"],
  score: number,
  breakPoint: boolean,
  density: number,
): PriorityInput => ({ segmentId, type, score, breakPoint, density });

const FIXTURE: PriorityInput[] = [
  gap("E", "FILL", 0.3, false, 0.05),
  gap("A", "FILL", 0.9, false, 0.1),
  gap("B", "EXTEND", 0.8, false, 0.5),
  gap("C", "FILL", 0.7, true, 0),
  gap("G", "STRENGTHEN", 0.6, false, 0.2),
  gap("D", "CONSOLIDATE", 0.5, false, 0.4),
  gap("F", "FILL", 0.2, false, 0),
];

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([0, 0, 0.05, 0.1, 0.2, 0.4, 0.5], 0.75)).toBeCloseTo(0.3, 12);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe("prioritise", () => {
  it("with the default cap of 8: every gap with a reason acts now, the rest is long term", () => {
    const p = prioritise(FIXTURE);
    expect(
      Object.fromEntries([...p].map(([id, x]) => [id, [x.tier, x.reasons.join("+"), x.densityBand]])),
    ).toEqual({
      A: ["ACT_NOW", "TOP_SCORE", "HIGH"],
      B: ["ACT_NOW", "HIGH_DENSITY", "HIGH"],
      C: ["ACT_NOW", "TOP_SCORE+BREAK_POINT", "LOW"],
      G: ["ACT_NOW", "TOP_SCORE", "HIGH"],
      D: ["ACT_NOW", "HIGH_DENSITY", "HIGH"],
      E: ["LONG_TERM", "", "LOW"],
      F: ["LONG_TERM", "", "LOW"],
    });
  });

  it("caps ACT_NOW by score: with 3 places, G and D (reasons, lower scores) move to NEXT", () => {
    const p = prioritise(FIXTURE, { ...PRIORITY_RULE, actNowMax: 3 });
    expect([...p].filter(([, x]) => x.tier === "ACT_NOW").map(([id]) => id)).toEqual(["A", "B", "C"]);
    expect(p.get("G")!.tier).toBe("NEXT");
    expect(p.get("D")!.tier).toBe("NEXT");
    expect(p.get("E")!.tier).toBe("LONG_TERM");
  });

  it("puts a gap without a reason but at least the median score in NEXT", () => {
    // Densities all 0: no HIGH_DENSITY; topScore 1 → only X has a reason. Scores .9 .5 .4 .1: median .45.
    const p = prioritise(
      [
        gap("X", "FILL", 0.9, false, 0),
        gap("Y", "FILL", 0.5, false, 0),
        gap("Z", "FILL", 0.4, false, 0),
        gap("W", "FILL", 0.1, false, 0),
      ],
      { ...PRIORITY_RULE, topScore: 1 },
    );
    expect([...p].map(([id, x]) => `${id}:${x.tier}`)).toEqual([
      "X:ACT_NOW",
      "Y:NEXT",
      "Z:LONG_TERM",
      "W:LONG_TERM",
    ]);
  });
});

describe("groupTail", () => {
  it("sums what is not ACT_NOW by tier, type and density band", () => {
    const p = prioritise(FIXTURE, { ...PRIORITY_RULE, actNowMax: 3 });
    expect(groupTail(FIXTURE, p)).toEqual([
      { tier: "NEXT", type: "CONSOLIDATE", densityBand: "HIGH", count: 1, segmentIds: ["D"] },
      { tier: "NEXT", type: "STRENGTHEN", densityBand: "HIGH", count: 1, segmentIds: ["G"] },
      { tier: "LONG_TERM", type: "FILL", densityBand: "LOW", count: 2, segmentIds: ["E", "F"] },
    ]);
  });
});
