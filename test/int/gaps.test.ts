import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLContext } from "../../server/src/context.ts";
import { createContext } from "../../server/src/context.ts";
import { bulkWrite, PRESENCE_AGGREGATE, writeGraph } from "../../server/src/graph-writes/index.ts";
import { computeGapReport } from "../../server/src/gaps/service.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { gapsFixture } from "../fixtures/gaps-chain.ts";
import { gql, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * Hand derivation from test/fixtures/gaps-chain.ts (k = 3, strengthenShare = 0.05, default weights
 * demandPull 0.25, supplyPush 0.2, centrality 0.15, keyTech 0.15, density 0.2, relativePresence 0.05).
 *
 * Matrix rows: HOME (its own row), C1 (c1a at the city + d1, d2 in district D1; HOME's companies
 * taken out), C2, DE (foreign country), P2 (province without cities: a row of its own).
 *
 *          X1 X2 X3 X4 Y1 Y2 | Σ
 *   HOME    3  0  1  3  0  1 | 8      (h7 counts in X4 and Y2)
 *   C1      1  2  0  0  0  0 | 3
 *   C2      1  1  1  0  1  0 | 4
 *   DE      1  0  0  1  1  0 | 3
 *   P2      0  0  0  0  0  1 | 1
 *   Σ       6  3  2  4  2  2 | 19
 *
 * RCA = (x/Σrow)/(Σcol/19). HOME: X1 (3/8)/(6/19) = 57/48 = 1.1875, X3 (1/8)/(2/19) = 19/16 =
 * 1.1875, X4 (3/8)/(4/19) = 57/32 = 1.78125, Y2 19/16; X2 = Y1 = 0. C1: X1 19/18, X2 38/9.
 * C2: X1 19/24 < 1, X2 19/12, X3 19/8, Y1 19/8. DE: X1 19/18, X4 19/12, Y1 19/6. P2: Y2 9.5.
 *
 * Presence M (RCA ≥ 1):
 *   HOME 1 0 1 1 0 1 | C1 1 1 0 0 0 0 | C2 0 1 1 0 1 0 | DE 1 0 0 1 1 0 | P2 0 0 0 0 0 1
 * Ubiquity: X1 3, all others 2.
 * Co-occurrence: X1X2 1 (C1), X1X3 1 (HOME), X1X4 2 (HOME, DE), X1Y1 1, X1Y2 1, X2X3 1, X2Y1 1,
 * X3X4 1, X3Y1 1, X3Y2 1, X4Y1 1, X4Y2 1; X2X4 = X2Y2 = Y1Y2 = 0.
 * φ = C/max(k):            X1   X2   X3   X4   Y1   Y2  | Σ
 *                    X1 [  1,  1/3, 1/3, 2/3, 1/3, 1/3] | 3
 *                    X2 [1/3,   1,  1/2,  0,  1/2,  0 ] | 7/3
 *                    X3 [1/3, 1/2,   1,  1/2, 1/2, 1/2] | 10/3
 *                    X4 [2/3,  0,  1/2,   1,  1/2, 1/2] | 19/6
 *                    Y1 [1/3, 1/2, 1/2, 1/2,   1,   0 ] | 17/6
 *                    Y2 [1/3,  0,  1/2, 1/2,   0,   1 ] | 7/3
 * Density of HOME (M_H = X1, X3, X4, Y2):
 *   ω[X1] = (1 + 1/3 + 2/3 + 1/3)/3 = 7/9;   ω[X2] = (1/3 + 1/2)/(7/3) = 5/14;
 *   ω[X3] = (1/3 + 1 + 1/2 + 1/2)/(10/3) = 7/10;   ω[X4] = (2/3 + 1/2 + 1 + 1/2)/(19/6) = 16/19;
 *   ω[Y1] = (1/3 + 1/2 + 1/2)/(17/6) = 8/17;   ω[Y2] = (1/3 + 1/2 + 1/2 + 1)/(7/3) = 1.
 *
 * Chain X: X1 3 local, X2 0, X3 1, X4 3. EXTEND candidates: X3 (local) FEEDS Y1 (missing) → Y1.
 * Scope (normalisation set) = X1, X2, X3, X4, Y1.
 * Raw features (local × FEEDS weight):
 *   demand pull  X1: X2·1 = 0; X2: X3·1 = 1; X3: X4·0.5 + Y1·1 = 1.5; X4: 0; Y1: Y2·1 = 1
 *   supply push  X1: 0; X2: X1·1 = 3; X3: X2 = 0; X4: X3·0.5 = 0.5; Y1: X3·1 = 1
 *   centrality   chain X path X1→X2→X3→X4: X2 and X3 each lie on 2 of the 6 ordered pairs → 1/3;
 *                X1, X4 0; Y1 in chain Y (2 nodes) 0
 *   keyTech      X1 1, X4 1
 *   density      7/9, 5/14, 7/10, 16/19, 8/17;  relative presence 1.1875, 0, 1.1875, 1.78125, 0
 * Min–max over the scope:
 *   demand pull  0, 2/3, 1, 0, 2/3;  supply push 0, 1, 0, 1/6, 1/3;  centrality 0, 1, 1, 0, 0
 *   density: range 16/19 − 5/14 = 129/266 → X1 (53/126)/(129/266) = 1007/1161, X2 0,
 *            X3 (12/35)/(129/266) = 152/215, X4 1, Y1 (27/238)/(129/266) = 171/731
 *   relative presence / 1.78125: 2/3, 0, 2/3, 1, 0
 * Types and scores:
 *   X3 CONSOLIDATE (1 local): 0.25·1 + 0.15·1 + 0.2·152/215 + 0.05·2/3
 *   X2 FILL, break point (X1 upstream and X3 downstream are local): 0.25·2/3 + 0.2·1 + 0.15·1
 *   X1 STRENGTHEN (3 ≥ k, keyTech): local known revenue 10 + 20 = 30 (h2 unknown), all known
 *      30 + 500 + 2000 + 1000 = 3530 → share 30/3530 ≈ 0.85 % < 5 %:  0.15·1 + 0.2·1007/1161 + 0.05·2/3
 *   X4 not a gap: keyTech with 3 local, but no local revenue is known → share unknown, not STRENGTHEN
 *   Y1 EXTEND, downstream of X3, and a break point (X3 upstream local, Y2 downstream local):
 *      0.25·2/3 + 0.2·1/3 + 0.2·171/731
 * Completeness of X: X1, X3, X4 have local companies → 3/4.
 */
const SCORE = {
  X3: 0.25 + 0.15 + (0.2 * 152) / 215 + (0.05 * 2) / 3,
  X2: (0.25 * 2) / 3 + 0.2 + 0.15,
  X1: 0.15 + (0.2 * 1007) / 1161 + (0.05 * 2) / 3,
  Y1: (0.25 * 2) / 3 + 0.2 / 3 + (0.2 * 171) / 731,
};

const db = testDb();
const config = testConfig({ homeRegion: "HOME", env: "production" });
const yoga = createGraphQL({ db, config, log: silentLog });

beforeAll(() => loadFixture(db, gapsFixture));
afterAll(() => db.driver.close());

interface GapOut {
  segment: { id: string };
  type: string;
  score: number;
  localCount: number;
  totalCount: number;
  breakPoint: boolean;
  features: { name: string; value: number; weight: number; contribution: number; raw: number }[];
  relativePresence: number;
  density: number;
  revenue: { localShare: number | null; localKnown: number; localUnknown: number; totalKnown: number };
  connectsTo: { segment: { id: string }; direction: string }[];
  zh: string;
  en: string;
}

const GAPS = `query($chainId: ID!, $regionCode: String, $weights: GapWeightsInput) {
  gaps(chainId: $chainId, regionCode: $regionCode, weights: $weights) {
    completeness chain { id } region { code }
    gaps { segment { id } type score localCount totalCount breakPoint relativePresence density
      features { name value weight contribution raw }
      revenue { localShare localKnown localUnknown totalKnown }
      connectsTo { segment { id } direction }
      zh: explanation en: explanation(lang: EN) } } }`;

async function gapsOf(chainId: string, extra: Record<string, unknown> = {}) {
  return gql<{ gaps: { completeness: number; region: { code: string }; gaps: GapOut[] } }>(yoga, GAPS, {
    chainId,
    ...extra,
  });
}

const feature = (g: GapOut | undefined, name: string) => g?.features.find((f) => f.name === name);

describe("gaps of chain X for the home park", () => {
  it("types, orders and scores the gaps as derived by hand", async () => {
    const r = await gapsOf("X");
    expect(r.errors).toBeUndefined();
    const report = r.data!.gaps;
    expect(report.region.code).toBe("HOME");
    expect(report.completeness).toBeCloseTo(0.75, 12);
    expect(report.gaps.map((g) => [g.segment.id, g.type, g.breakPoint])).toEqual([
      ["X3", "CONSOLIDATE", false],
      ["X2", "FILL", true],
      ["X1", "STRENGTHEN", false],
      ["Y1", "EXTEND", true],
    ]);
    for (const g of report.gaps) {
      expect(g.score).toBeCloseTo(SCORE[g.segment.id as keyof typeof SCORE], 12);
      // score = Σ contribution, contribution = value × weight
      const sum = g.features.reduce((a, f) => a + f.contribution, 0);
      expect(g.score).toBeCloseTo(sum, 12);
      for (const f of g.features) expect(f.contribution).toBeCloseTo(f.value * f.weight, 12);
    }
  });

  it("reports counts, raw and normalised features", async () => {
    const gaps = (await gapsOf("X")).data!.gaps.gaps;
    const byId = new Map(gaps.map((g) => [g.segment.id, g]));
    const x1 = byId.get("X1");
    const x2 = byId.get("X2");
    const y1 = byId.get("Y1");
    expect([x1?.localCount, x1?.totalCount]).toEqual([3, 6]);
    expect([x2?.localCount, x2?.totalCount]).toEqual([0, 3]);
    expect([y1?.localCount, y1?.totalCount]).toEqual([0, 2]);
    expect(x1?.relativePresence).toBeCloseTo(57 / 48, 12);
    expect(x1?.density).toBeCloseTo(7 / 9, 12);
    expect(x2?.density).toBeCloseTo(5 / 14, 12);
    expect(y1?.density).toBeCloseTo(8 / 17, 12);
    expect(feature(x2, "supplyPush")).toMatchObject({ raw: 3, value: 1, weight: 0.2 });
    expect(feature(x2, "demandPull")?.value).toBeCloseTo(2 / 3, 12);
    expect(feature(x2, "centrality")?.raw).toBeCloseTo(1 / 3, 12);
    expect(feature(x1, "density")?.value).toBeCloseTo(1007 / 1161, 12);
    expect(feature(y1, "density")?.value).toBeCloseTo(171 / 731, 12);
    expect(feature(y1, "supplyPush")?.value).toBeCloseTo(1 / 3, 12);
    expect(feature(x1, "keyTech")).toMatchObject({ raw: 1, value: 1 });
    expect(y1?.connectsTo).toEqual([{ segment: { id: "X3" }, direction: "DOWNSTREAM" }]);
  });

  it("computes the STRENGTHEN share over known revenues and says how many were unknown", async () => {
    const x1 = (await gapsOf("X")).data!.gaps.gaps.find((g) => g.segment.id === "X1");
    expect(x1?.revenue.localShare).toBeCloseTo(30 / 3530, 12);
    expect(x1?.revenue).toMatchObject({ localKnown: 2, localUnknown: 1, totalKnown: 5 });
    expect(x1?.en).toContain("1 local, 1 in all");
  });

  it("explains in Chinese and English, naming break points and the linked local segment", async () => {
    const gaps = (await gapsOf("X")).data!.gaps.gaps;
    const x2 = gaps.find((g) => g.segment.id === "X2")!;
    expect(x2.zh).toContain("缺失环节");
    expect(x2.zh).toContain("断点");
    expect(x2.zh).toContain("下游有 1 家本地企业需要其产品");
    expect(x2.zh).toContain("上游有 3 家本地企业可为其供货");
    expect(x2.en).toContain("break point");
    expect(x2.en).toContain("3 local companies upstream could supply it");
    // Strongest contributions of X2: supply push 0.2, then demand pull 0.25·2/3 ≈ 0.17.
    expect(x2.en).toContain("mostly from supply push 0.20 and demand pull 0.17");
    const y1 = gaps.find((g) => g.segment.id === "Y1")!;
    expect(y1.zh).toContain("延链");
    expect(y1.zh).toContain("本地「环节X3」");
    expect(y1.en).toContain('downstream of the local "Segment X3"');
  });

  it("types chain Y: Y1 is a FILL break point there, Y2 a CONSOLIDATE", async () => {
    const r = await gapsOf("Y");
    expect(r.data?.gaps.completeness).toBeCloseTo(0.5, 12);
    expect(r.data?.gaps.gaps.map((g) => [g.segment.id, g.type, g.breakPoint]).sort()).toEqual([
      ["Y1", "FILL", true],
      ["Y2", "CONSOLIDATE", false],
    ]);
  });

  it("takes another region: C1's subtree includes the park", async () => {
    const r = await gapsOf("X", { regionCode: "C1" });
    const x2 = r.data?.gaps.gaps.find((g) => g.segment.id === "X2");
    // C1 as H: X1 has h1–h3 + c1a = 4, X2 d1 + d2 = 2 (< k: CONSOLIDATE)
    expect(r.data?.gaps.region.code).toBe("C1");
    expect([x2?.type, x2?.localCount]).toEqual(["CONSOLIDATE", 2]);
  });

  it("places the chain's leaves on the PSWOT map", async () => {
    const r = await gql<{ opportunityMap: { segment: { id: string }; quadrant: string; density: number }[] }>(
      yoga,
      `{ opportunityMap(chainId: "X") { segment { id } quadrant relativePresence density } }`,
    );
    // Median density over X1..X4 = (7/10 + 7/9)/2 ≈ 0.739: X1 (7/9, RCA 1.19) STRENGTH, X2 absent,
    // X3 (7/10 < median, RCA 1.19) THREAT, X4 (16/19, RCA 1.78) STRENGTH.
    expect(r.data?.opportunityMap.map((p) => [p.segment.id, p.quadrant])).toEqual([
      ["X1", "STRENGTH"],
      ["X2", "POSSIBLE_ENTRANT"],
      ["X3", "THREAT"],
      ["X4", "STRENGTH"],
    ]);
  });
});

describe("weights and errors", () => {
  it("uses per-query weights: only demand pull → X3 (normalised 1) scores 1", async () => {
    const r = await gapsOf("X", {
      weights: { demandPull: 1, supplyPush: 0, centrality: 0, keyTech: 0, density: 0, relativePresence: 0 },
    });
    expect(r.data?.gaps.gaps[0]?.segment.id).toBe("X3");
    expect(r.data?.gaps.gaps[0]?.score).toBeCloseTo(1, 12);
    expect(r.data?.gaps.gaps.find((g) => g.segment.id === "X1")?.score).toBe(0);
  });

  it("refuses a negative weight, naming it", async () => {
    const r = await gapsOf("X", { weights: { density: -0.1 } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "weights.density" });
  });

  it("refuses weights that are all zero", async () => {
    const r = await gapsOf("X", {
      weights: { demandPull: 0, supplyPush: 0, centrality: 0, keyTech: 0, density: 0, relativePresence: 0 },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "weights" });
  });

  it("answers NOT_FOUND for an unknown chain or region", async () => {
    expect((await gapsOf("NOPE")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await gapsOf("X", { regionCode: "ZZ" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("precomputed presence", () => {
  const directCells = async () =>
    (
      await db.query<{ regionCode: string; segmentIds: string[]; companies: number[] }>(PRESENCE_AGGREGATE, {
        regionCodes: null,
      })
    ).map((r) => ({ regionCode: r.regionCode, segmentIds: r.segmentIds, companies: r.companies }));
  const storedCells = async () =>
    db.query<{ regionCode: string; segmentIds: string[]; companies: number[] }>(
      `MATCH (p:SegmentPresence) RETURN p.regionCode AS regionCode, p.segmentIds AS segmentIds,
              p.companies AS companies ORDER BY regionCode`,
    );
  const ctx = (): GraphQLContext => createContext({ db, config, log: silentLog });

  it("matches a direct count after the loader", async () => {
    expect(await storedCells()).toEqual(await directCells());
    // e.g. HOME: X1 3, X3 1, X4 3, Y2 1 (h7 in two segments)
    const home = (await storedCells()).find((c) => c.regionCode === "HOME");
    expect(home).toEqual({
      regionCode: "HOME",
      segmentIds: ["X1", "X3", "X4", "Y2"],
      companies: [3, 1, 3, 1],
    });
  });

  const version = async () =>
    (await db.query<{ v: number }>("MATCH (i:PresenceInfo) RETURN i.version AS v"))[0]?.v ?? 0;
  const h9 = {
    id: "h9",
    name: "New",
    nameZh: "新企业",
    source: "imported",
    region: "HOME",
    revenue: 1,
    segments: [{ segment: "X2", primary: true }],
  };

  it("refreshes the rows a write touches and replaces the token, in the write's transaction", async () => {
    expect((await computeGapReport(ctx(), "X")).completeness).toBeCloseTo(0.75, 12); // warm
    const before = await version();
    await writeGraph(db, (g) => g.companies([h9]));
    expect(await version()).toBe(before + 1);
    expect(await storedCells()).toEqual(await directCells());
    const fresh = await computeGapReport(ctx(), "X");
    expect(fresh.presenceVersion).toBe(before + 1);
    expect(fresh.gaps.find((g) => g.segmentId === "X2")).toMatchObject({
      type: "CONSOLIDATE",
      localCount: 1,
    });
    expect(fresh.completeness).toBe(1); // every leaf of X now has a local company

    // Moved out of the home zone: both regions' rows are recomputed.
    await writeGraph(db, (g) => g.moveCompany("h9", "C2"));
    expect(await storedCells()).toEqual(await directCells());
    expect((await computeGapReport(ctx(), "X")).completeness).toBeCloseTo(0.75, 12);
    await writeGraph(db, (g) => g.moveCompany("h9", "HOME"));
    await writeGraph(db, (g) => g.unlinkSegment("h9", "X2"));
    expect(await storedCells()).toEqual(await directCells());
  });

  it("counts live and caches nothing while a bulk load runs, then rebuilds the rows", async () => {
    await bulkWrite(db, async (bulk) => {
      await bulk.write((g) => g.companies([h9]));
      const during = await computeGapReport(ctx(), "X");
      expect(during.presenceVersion).toBeNull(); // rows not trusted: counted live
      expect(during.gaps.find((g) => g.segmentId === "X2")).toMatchObject({ localCount: 1 });
    });
    expect(await storedCells()).toEqual(await directCells());
    const after = await computeGapReport(ctx(), "X");
    expect(after.presenceVersion).toBe(await version());
    expect(after.completeness).toBe(1);
  });
});
