import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config.ts";
import { buildMatrix, homeMeasures, type RegionNode } from "../../server/src/gaps/matrix.ts";
import {
  compareRegions,
  overtook,
  peerAhead,
  type PeerLeaf,
  type RegionChainInput,
} from "../../server/src/peers/compare.ts";
import { checkPeerCodes } from "../../server/src/peers/service.ts";

/*
 * The small fixture (test/fixtures/small-chain.ts) worked by hand. Leaves A1 (upstream, keyTech),
 * A2 (upstream), B1 (midstream), B2, B3 (downstream). Companies per located region and leaf (a firm
 * in two leaves counts in each: h2 is in B1 and B2):
 *
 *            A1 A2 B1 B2 B3 | Σ
 *   HOME      0  0  3  2  0 | 5   (h1, h2, h4 in B1; h2, h3 in B2) — a park in city C1
 *   D1        1  0  0  0  0 | 1   (d1) — a district of C1
 *   C2        1  1  0  0  1 | 3
 *   DE        1  1  0  0  0 | 2
 *   Σ         3  2  3  2  1 | 11
 *
 * A region's row holds the companies located in it or under it, so C1 (as a region of its own) is
 * D1 + HOME = [1, 0, 3, 2, 0], Σ 6. RCA = (x / Σrow) / (Σcol / 11); the column sums and the total
 * do not depend on how the other rows are cut, so each region's RCA is the same whichever region
 * is "home" in the matrix:
 *   HOME: B1 (3/5)/(3/11) = 11/5, B2 (2/5)/(2/11) = 11/5, others 0
 *   C1:   A1 (1/6)/(3/11) = 11/18, B1 (3/6)/(3/11) = 11/6, B2 (2/6)/(2/11) = 11/6
 *   C2:   A1 (1/3)/(3/11) = 11/9, A2 (1/3)/(2/11) = 11/6, B3 (1/3)/(1/11) = 11/3
 *   DE:   A1 (1/2)/(3/11) = 11/6, A2 (1/2)/(2/11) = 11/4
 * Completeness (leaves with ≥ 1 company / 5): HOME 2/5, C1 3/5, C2 3/5, DE 2/5.
 * Strong (RCA ≥ 1) where HOME has none (A1, A2, B3): C1 none (A1 11/18 < 1); C2 A1, A2, B3; DE A1, A2.
 * Ahead of HOME (RCA above HOME's): C1 A1 only (B1 11/6 < 11/5); C2 A1, A2, B3; DE A1, A2.
 */
const LEAF_IDS = ["A1", "A2", "B1", "B2", "B3"];
const leaves: PeerLeaf[] = [
  { id: "A1", stage: "UPSTREAM", keyTech: true },
  { id: "A2", stage: "UPSTREAM", keyTech: false },
  { id: "B1", stage: "MIDSTREAM", keyTech: false },
  { id: "B2", stage: "DOWNSTREAM", keyTech: false },
  { id: "B3", stage: "DOWNSTREAM", keyTech: false },
];
const regions: RegionNode[] = [
  { code: "CN", level: "COUNTRY", parentCode: null },
  { code: "P1", level: "PROVINCE", parentCode: "CN" },
  { code: "C1", level: "CITY", parentCode: "P1" },
  { code: "D1", level: "DISTRICT", parentCode: "C1" },
  { code: "HOME", level: "PARK", parentCode: "C1" },
  { code: "C2", level: "CITY", parentCode: "P1" },
  { code: "DE", level: "COUNTRY", parentCode: null },
];
const cell = (regionCode: string, counts: Record<string, number>) => {
  const ids = Object.keys(counts);
  return {
    regionCode,
    segmentIds: ids,
    companies: ids.map((id) => counts[id]!),
    revenue: ids.map(() => 0),
    revenueKnown: ids.map(() => 0),
  };
};
const cells = [
  cell("HOME", { B1: 3, B2: 2 }),
  cell("D1", { A1: 1 }),
  cell("C2", { A1: 1, A2: 1, B3: 1 }),
  cell("DE", { A1: 1, A2: 1 }),
];

/** What computeGapReport gives peers/service.ts for a region: its row and RCA, region as home. */
function regionInput(code: string): RegionChainInput {
  const matrix = buildMatrix(cells, regions, LEAF_IDS, code);
  return {
    code,
    counts: matrix.x[matrix.homeRow]!,
    rca: homeMeasures(matrix).rca,
    stageCompanies: { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 },
    chainCompanies: 0,
  };
}

describe("peer comparison on the small fixture, by hand", () => {
  it("gives each region its row and the gap analysis's RCA (region as a parameter)", () => {
    const expected: Record<string, { counts: number[]; rca: number[] }> = {
      HOME: { counts: [0, 0, 3, 2, 0], rca: [0, 0, 11 / 5, 11 / 5, 0] },
      C1: { counts: [1, 0, 3, 2, 0], rca: [11 / 18, 0, 11 / 6, 11 / 6, 0] },
      C2: { counts: [1, 1, 0, 0, 1], rca: [11 / 9, 11 / 6, 0, 0, 11 / 3] },
      DE: { counts: [1, 1, 0, 0, 0], rca: [11 / 6, 11 / 4, 0, 0, 0] },
    };
    for (const [code, want] of Object.entries(expected)) {
      const got = regionInput(code);
      expect(got.counts, code).toEqual(want.counts);
      got.rca.forEach((v, i) => expect(v, `${code} ${LEAF_IDS[i]}`).toBeCloseTo(want.rca[i]!, 12));
    }
    // The home zone's RCA does not move when C2 is the matrix's home row instead.
    const c2InHomeMatrix = homeMeasures(buildMatrix(cells, regions, LEAF_IDS, "HOME"));
    expect(c2InHomeMatrix.rca[2]).toBeCloseTo(11 / 5, 12);
  });

  it("lines up completeness, key segments, strong-where-absent and ahead-of-zone", () => {
    const staged = (input: RegionChainInput, up: number, mid: number, down: number, all: number) => ({
      ...input,
      stageCompanies: { UPSTREAM: up, MIDSTREAM: mid, DOWNSTREAM: down },
      chainCompanies: all,
    });
    const result = compareRegions(leaves, staged(regionInput("HOME"), 0, 3, 2, 4), [
      staged(regionInput("C1"), 1, 3, 2, 5),
      regionInput("C2"),
      regionInput("DE"),
    ]);
    expect(result.home.completeness).toBe(2 / 5);
    expect(result.home.coveredSegments).toBe(2);
    expect(result.home.isHome).toBe(true);
    expect(result.home.strongWhereZoneAbsent).toEqual([]);
    expect(result.home.stages).toEqual([
      { stage: "UPSTREAM", companies: 0 },
      { stage: "MIDSTREAM", companies: 3 },
      { stage: "DOWNSTREAM", companies: 2 },
    ]);
    expect(result.home.chainCompanies).toBe(4);
    const [c1, c2, de] = result.peers;
    expect([c1!.completeness, c2!.completeness, de!.completeness]).toEqual([3 / 5, 3 / 5, 2 / 5]);
    expect(c1!.keySegments.map((s) => s.segmentId)).toEqual(["A1"]);
    expect(c1!.keySegments[0]!.rca).toBeCloseTo(11 / 18, 12);
    expect(c2!.keySegments[0]!.rca).toBeCloseTo(11 / 9, 12);
    expect(de!.keySegments[0]!.rca).toBeCloseTo(11 / 6, 12);
    expect(c2!.keySegments[0]!.zoneRca).toBe(0);
    expect(c1!.strongWhereZoneAbsent).toEqual([]);
    expect(c2!.strongWhereZoneAbsent.map((s) => s.segmentId)).toEqual(["A1", "A2", "B3"]);
    expect(de!.strongWhereZoneAbsent.map((s) => s.segmentId)).toEqual(["A1", "A2"]);
    expect(c1!.aheadOfZone).toEqual(["A1"]);
    expect(c2!.aheadOfZone).toEqual(["A1", "A2", "B3"]);
    expect(de!.aheadOfZone).toEqual(["A1", "A2"]);
    expect(c1!.stages.map((s) => s.companies)).toEqual([1, 3, 2]);
  });

  it("refuses values not aligned with the leaves", () => {
    const home = regionInput("HOME");
    expect(() => compareRegions(leaves.slice(1), home, [])).toThrow(/HOME has 5 counts/);
  });

  it("counts a strong peer at RCA exactly 1 and an absent zone only at 0 companies", () => {
    const one: RegionChainInput = {
      code: "P",
      counts: [1],
      rca: [1],
      stageCompanies: { UPSTREAM: 1, MIDSTREAM: 0, DOWNSTREAM: 0 },
      chainCompanies: 1,
    };
    const zoneWithOne = { ...one, code: "Z", rca: [0.5] };
    const zoneWithNone = { ...one, code: "Z", counts: [0], rca: [0] };
    const leaf = [{ id: "S", stage: "UPSTREAM" as const, keyTech: false }];
    expect(compareRegions(leaf, zoneWithNone, [one]).peers[0]!.strongWhereZoneAbsent).toHaveLength(1);
    expect(compareRegions(leaf, zoneWithOne, [one]).peers[0]!.strongWhereZoneAbsent).toHaveLength(0);
    expect(
      compareRegions(leaf, zoneWithOne, [{ ...one, rca: [0.999] }]).peers[0]!.strongWhereZoneAbsent,
    ).toEqual([]);
  });
});

describe("overtaking", () => {
  it("fires only on behind (or level) → ahead", () => {
    expect(peerAhead(1.2, 1.1)).toBe(true);
    expect(peerAhead(1.1, 1.1)).toBe(false);
    expect(overtook(false, true)).toBe(true);
    expect(overtook(true, true)).toBe(false);
    expect(overtook(null, true)).toBe(false);
    expect(overtook(false, false)).toBe(false);
    expect(overtook(true, false)).toBe(false);
  });
});

describe("peer codes", () => {
  it("PEER_REGIONS defaults to 苏州, 无锡, 常州 and is validated, naming the variable", () => {
    expect(loadConfig({}).peerRegions).toEqual(["320500", "320200", "320400"]);
    expect(loadConfig({ PEER_REGIONS: "320100, 330200" }).peerRegions).toEqual(["320100", "330200"]);
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
    };
    expect(problems({ PEER_REGIONS: "320500,,320200" })).toEqual([
      'PEER_REGIONS must be region codes separated by commas, e.g. 320500,320200 (got "")',
    ]);
    expect(problems({ PEER_REGIONS: "320500,320500" })).toEqual(["PEER_REGIONS names 320500 twice"]);
    expect(problems({ PEER_REGIONS: "320671" })[0]).toMatch(/^PEER_REGIONS names the home region 320671/);
  });

  it("checks a query's peers, naming the field", () => {
    expect(checkPeerCodes(["C1", "C2"], "HOME", "peers")).toEqual(["C1", "C2"]);
    expect(() => checkPeerCodes(["HOME"], "HOME", "peers")).toThrow(/peers\[0\]: HOME is the home region/);
    expect(() => checkPeerCodes(["C1", "C1"], "HOME", "peers")).toThrow(
      /peers\[1\]: region C1 is named twice/,
    );
    expect(() =>
      checkPeerCodes(
        Array.from({ length: 9 }, (_, i) => `R${i}`),
        "HOME",
        "peers",
      ),
    ).toThrow(/at most 8/);
  });
});
