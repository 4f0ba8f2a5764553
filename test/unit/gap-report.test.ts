/**
 * The gap report's client transforms on fixtures worked by hand: the quadrant's bands (absent
 * segments apart, densest first, legend counts equal to what is drawn, labels for the top ones)
 * and the report's sections (act-now first, the tail grouped, filtered and sorted).
 */
import { describe, expect, it } from "vitest";
import type { Gap, GapReport, OpportunityPoint } from "../../client/src/api/operations.ts";
import { gapSections, quadrantBands } from "../../client/src/transforms/gap-report.ts";

const pt = (
  id: string,
  relativePresence: number,
  density: number,
  quadrant: OpportunityPoint["quadrant"],
  localCount: number,
): OpportunityPoint => ({
  segment: { id, name: id, nameZh: id },
  relativePresence,
  density,
  quadrant,
  localCount,
});

describe("quadrantBands", () => {
  // Three absent segments (RCA 0, no local company) and three present ones.
  const points = [
    pt("a1", 0, 0.1, "POSSIBLE_ENTRANT", 0),
    pt("p1", 2, 0.3, "STRENGTH", 4),
    pt("a2", 0, 0.5, "POSSIBLE_ENTRANT", 0),
    pt("p2", 0.5, 0.6, "OPPORTUNITY", 1),
    pt("a3", 0, 0.3, "POSSIBLE_ENTRANT", 0),
    pt("p3", 0.4, 0.1, "WEAKNESS", 1),
  ];

  it("puts absent segments in their own band, densest first, and present ones on the quadrants", () => {
    const b = quadrantBands("en", points, 2);
    expect(b.absent.map((p) => p.segmentId)).toEqual(["a2", "a3", "a1"]);
    expect(b.present.map((p) => p.segmentId)).toEqual(["p2", "p1", "p3"]);
  });

  it("counts in the legend exactly what is drawn", () => {
    const b = quadrantBands("en", points, 2);
    expect(b.counts).toEqual({ STRENGTH: 1, OPPORTUNITY: 1, WEAKNESS: 1, THREAT: 0, POSSIBLE_ENTRANT: 3 });
    const drawn = b.present.length + b.absent.length;
    expect(Object.values(b.counts).reduce((a, c) => a + c, 0)).toBe(drawn);
  });

  it("labels the top ones of each band by density", () => {
    expect([...quadrantBands("en", points, 2).labelled].sort()).toEqual(["a2", "a3", "p1", "p2"]);
  });
});

const gap = (
  id: string,
  type: Gap["type"],
  score: number,
  tier: Gap["priority"]["tier"],
  density: number,
  localCount = 0,
): Gap => ({
  segment: {
    id,
    name: `Seg ${id}`,
    nameZh: `环节${id}`,
    stage: "UPSTREAM",
    keyTech: false,
    chain: { id: "T" },
  },
  type,
  score,
  localCount,
  totalCount: 10,
  breakPoint: false,
  density,
  priority: {
    tier,
    reasons: tier === "ACT_NOW" ? ["TOP_SCORE"] : [],
    densityBand: density >= 0.2 ? "HIGH" : "LOW",
  },
  features: [],
  explanation: "…",
});

describe("gapSections", () => {
  const report: Pick<GapReport, "gaps" | "priorityGroups"> = {
    gaps: [
      gap("A", "FILL", 0.9, "ACT_NOW", 0.1),
      gap("B", "CONSOLIDATE", 0.8, "ACT_NOW", 0.3, 2),
      gap("C", "FILL", 0.5, "NEXT", 0.4),
      gap("D", "FILL", 0.2, "LONG_TERM", 0.05),
      gap("E", "FILL", 0.1, "LONG_TERM", 0.15),
    ],
    priorityGroups: [
      { tier: "NEXT", type: "FILL", densityBand: "HIGH", count: 1, segmentIds: ["C"] },
      { tier: "LONG_TERM", type: "FILL", densityBand: "LOW", count: 2, segmentIds: ["D", "E"] },
    ],
  };

  it("leads with the act-now gaps and groups the tail with a title that counts it", () => {
    const s = gapSections("en", report, "ALL", "score");
    expect(s.actNow.map((r) => r.segmentId)).toEqual(["A", "B"]);
    expect(s.groups.map((g) => [g.title, g.rows.map((r) => r.segmentId)])).toEqual([
      ["1 Fill gaps with higher relatedness: next", ["C"]],
      ["2 Fill gaps with low relatedness: long term", ["D", "E"]],
    ]);
    expect(s.shown).toBe(5);
  });

  it("filters by type and sorts by density", () => {
    const s = gapSections("en", report, "FILL", "density");
    expect(s.actNow.map((r) => r.segmentId)).toEqual(["A"]);
    expect(s.groups[1]!.rows.map((r) => r.segmentId)).toEqual(["E", "D"]);
    expect(gapSections("en", report, "CONSOLIDATE", "score").shown).toBe(1);
  });
});
