import { describe, expect, it } from "vitest";
import { ExportParamError, parseExportParams } from "../../server/src/targets/export.ts";
import { startAfter } from "../../server/src/targets/queries.ts";
import type { RankedTarget } from "../../server/src/targets/records.ts";
import { targetReasons } from "../../server/src/targets/reasons.ts";
import { resolveWeights, WeightsError } from "../../server/src/common/weights.ts";
import { badWeights } from "../../server/src/errors.ts";
import {
  compareTargets,
  roundScore,
  TARGET_FEATURES,
  scoreCandidates,
  type Candidate,
  type TargetWeights,
} from "../../server/src/targets/scoring.ts";

const WEIGHTS: TargetWeights = {
  fit: 0.2,
  ties: 0.2,
  scale: 0.15,
  growth: 0.1,
  innovation: 0.1,
  listed: 0.05,
  proximity: 0.15,
  alliance: 0.05,
};
const HOME = { lat: 32, lon: 121 };

const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  primary: true,
  revenue: null,
  registeredCapital: null,
  growth: null,
  rdIntensity: null,
  listed: false,
  lat: HOME.lat,
  lon: HOME.lon,
  provinceCode: "320000",
  suppliesTo: [],
  buysFrom: [],
  allianceIds: [],
  ...over,
});

const feature = (scored: ReturnType<typeof scoreCandidates>[number], name: string) =>
  scored.features.find((f) => f.name === name)!;

describe("scoreCandidates", () => {
  it("scores a pool as worked out by hand", () => {
    // a: revenue 10, growth 0.1, rd 0.05, 2 ties, listed, at home (0 km), in a local alliance.
    // b: revenue 30, growth unknown, rd 0.01, 0 ties, secondary, 1° south (111.19508 km).
    // c: revenue unknown, capital 5, growth 0.3, rd unknown, 1 tie, 2° south (222.39016 km).
    const pool = scoreCandidates(
      [
        candidate("a", {
          revenue: 10,
          growth: 0.1,
          rdIntensity: 0.05,
          suppliesTo: ["h1", "h2"],
          buysFrom: ["h1"],
          listed: true,
          allianceIds: ["AL"],
        }),
        candidate("b", { revenue: 30, rdIntensity: 0.01, primary: false, lat: 31 }),
        candidate("c", { registeredCapital: 5, growth: 0.3, buysFrom: ["h3"], lat: 30 }),
      ],
      HOME,
      WEIGHTS,
    );
    const [a, b, c] = pool;
    // scale: revenues a 10 < b 30 → 0, 1; c by capital, the only one known → 0.5.
    // growth: a 0.1 < c 0.3 → 0, 1; b imputed 0.5. rd: b 0.01 < a 0.05 → 0, 1; c imputed 0.5.
    // ties: a 2, c 1, b 0; max 2 → a 1, c log 2/log 3 = 0.6309298, b 0.
    // proximity: a exp(0) = 1; b exp(−111.19508/500) = 0.8006029; c exp(−222.39016/500) = 0.6409651.
    // a = .2 + .2 + 0 + 0 + .1 + .05 + .15 + .05                          = 0.75
    // b = .1 + 0 + .15 + .05 + 0 + 0 + .15·.8006029                       = 0.4200904
    // c = .2 + .2·.6309298 + .15·.5 + .1 + .05 + 0 + .15·.6409651 + 0      = 0.6473307
    expect(a!.score).toBeCloseTo(0.75, 9);
    expect(b!.score).toBeCloseTo(0.4200904, 6);
    expect(c!.score).toBeCloseTo(0.6473307, 6);
    expect(feature(b!, "growth")).toEqual({
      name: "growth",
      value: 0.5,
      weight: 0.1,
      contribution: 0.05,
      imputed: true,
    });
    expect(feature(c!, "scale")).toMatchObject({ value: 0.5, imputed: false });
    expect(c!.facts.scaleBasis).toBe("registeredCapital");
    expect(a!.facts).toMatchObject({ ties: 2, suppliesTo: 2, buysFrom: 1, distanceKm: 0, inYrd: true });
    for (const s of pool) {
      expect(s.features.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(s.score, 9);
    }
  });

  it("never reads unknown as zero: a pool that knows nothing is scored at the median, flagged", () => {
    const [x] = scoreCandidates([candidate("x", { lat: null, lon: null })], HOME, WEIGHTS);
    expect(x!.features.filter((f) => f.imputed).map((f) => [f.name, f.value])).toEqual([
      ["scale", 0.5],
      ["growth", 0.5],
      ["innovation", 0.5],
      ["proximity", 0.5], // no candidate has a known distance: the neutral 0.5
    ]);
    expect(x!.facts.scaleBasis).toBeNull();
  });

  it("imputes an unknown location at the candidates' median proximity", () => {
    // Known proximities 1 (0 km) and exp(−222.39016/500) = 0.6409651 → median 0.8204826.
    const scored = scoreCandidates(
      [candidate("a"), candidate("b", { lat: 30 }), candidate("c", { lat: null, lon: null })],
      HOME,
      WEIGHTS,
    );
    expect(feature(scored[2]!, "proximity").value).toBeCloseTo((1 + 0.6409651) / 2, 6);
    expect(feature(scored[2]!, "proximity").imputed).toBe(true);
  });

  it("log-scales ties against the pool's maximum, and gives 0 to all when nobody has a tie", () => {
    const scored = scoreCandidates(
      [candidate("a", { suppliesTo: ["1", "2", "3"] }), candidate("b", { buysFrom: ["1"] }), candidate("c")],
      HOME,
      WEIGHTS,
    );
    // log(1+3)/log 4 = 1, log 2/log 4 = 0.5, 0.
    expect(scored.map((s) => feature(s, "ties").value)).toEqual([1, 0.5, 0]);
    const none = scoreCandidates([candidate("a"), candidate("b")], HOME, WEIGHTS);
    expect(none.map((s) => feature(s, "ties").value)).toEqual([0, 0]);
  });
});

describe("ordering", () => {
  it("sorts by score descending, then id, on rounded scores", () => {
    // 0.1 + 0.2 is 0.30000000000000004: rounded onto the 1e-9 grid it ties with 0.3.
    expect(roundScore(0.1 + 0.2)).toBe(roundScore(0.3));
    const rows = [
      { score: roundScore(0.3), id: "b" },
      { score: roundScore(0.1 + 0.2), id: "a" },
      { score: 0.9, id: "z" },
    ];
    expect([...rows].sort(compareTargets).map((r) => r.id)).toEqual(["z", "a", "b"]);
  });

  it("starts a page strictly after the cursor, even when the cursor's row is gone", () => {
    const rows = [
      { companyId: "a", score: 0.9 },
      { companyId: "b", score: 0.5 },
      { companyId: "c", score: 0.5 },
      { companyId: "d", score: 0.1 },
    ] as RankedTarget[];
    expect(startAfter(rows, null)).toBe(0);
    expect(startAfter(rows, { key: 0.5, id: "b" })).toBe(2);
    expect(startAfter(rows, { key: 0.5, id: "bb" })).toBe(2); // deleted row between b and c
    expect(startAfter(rows, { key: 0.1, id: "d" })).toBe(4);
  });
});

describe("resolveWeights", () => {
  it("merges overrides into the defaults", () => {
    expect(resolveWeights(TARGET_FEATURES, WEIGHTS, { ties: 0.5, fit: null })).toEqual({
      ...WEIGHTS,
      ties: 0.5,
    });
  });

  it.each([
    [{ ties: -1 }, "weights.ties"],
    [{ scale: Number.NaN }, "weights.scale"],
    [
      { fit: 0, ties: 0, scale: 0, growth: 0, innovation: 0, listed: 0, proximity: 0, alliance: 0 },
      "weights",
    ],
  ])("refuses %j naming %s", (overrides, field) => {
    // The maths returns a WeightsError; the edge (errors.ts badWeights) maps it to BAD_USER_INPUT.
    let refused: unknown;
    try {
      resolveWeights(TARGET_FEATURES, WEIGHTS, overrides, "target");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(WeightsError);
    expect(badWeights(refused as WeightsError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

describe("targetReasons", () => {
  const names = {
    segment: { name: "Polysilicon", nameZh: "多晶硅" },
    alliances: [{ id: "AL", name: "Nantong NEV Alliance", nameZh: "南通新能源产业联盟" }],
  };
  const [scored] = scoreCandidates(
    [
      candidate("a", {
        revenue: 900,
        growth: 0.25,
        listed: true,
        suppliesTo: ["h1", "h2", "h3"],
        allianceIds: ["AL"],
        lat: 31.23,
        lon: 121.47,
        provinceCode: "310000",
      }),
      candidate("b", { revenue: 100, growth: 0.05, lat: 31, provinceCode: "310000" }),
    ],
    HOME,
    WEIGHTS,
  );

  it("says why in Chinese, strongest first, and what was unknown last", () => {
    // a: fit .2, ties .2, scale .15 (top), growth .1 (top), innovation .05 (imputed), listed .05,
    // proximity .15·exp(−km/500), alliance .05; km from (31.23, 121.47) to (32, 121) ≈ 96.
    const reasons = targetReasons(scored!, names, "ZH");
    expect(reasons.slice(0, 3)).toEqual(["主营多晶硅", "已向本区 3 家企业供货", "营收规模位于候选企业前 1%"]);
    expect(reasons).toContain("上市公司");
    expect(reasons).toContain("同属南通新能源产业联盟");
    expect(reasons.find((r) => r.startsWith("长三角内，距离"))).toMatch(/^长三角内，距离 \d+ 公里$/);
    expect(reasons.at(-1)).toBe("研发强度未知，按中位数计");
  });

  it("says it in English too", () => {
    const reasons = targetReasons(scored!, names, "EN");
    expect(reasons.slice(0, 3)).toEqual([
      "Main business: Polysilicon",
      "Already supplies 3 local companies",
      "Revenue in the top 1% of candidates",
    ]);
    expect(reasons).toContain("Member of Nantong NEV Alliance, with local companies");
    expect(reasons.at(-1)).toBe("R&D intensity unknown: taken at the median");
  });
});

describe("parseExportParams", () => {
  it("maps URL parameters onto the ranking's arguments", () => {
    const p = parseExportParams(
      new URLSearchParams(
        "chainId=NE&first=500&lang=en&provinces=320000,310000&provinces=330000&countries=CN&minRevenue=10.5&listed=true&excludeInLists=false&source=synthetic&weights.ties=0.4",
      ),
    );
    expect(p).toEqual({
      chainId: "NE",
      first: 500,
      lang: "EN",
      filter: {
        provinces: ["320000", "310000", "330000"],
        countries: ["CN"],
        minRevenue: 10.5,
        listed: true,
        excludeInLists: false,
        source: "SYNTHETIC",
      },
      weights: { ties: 0.4 },
    });
    // Capped by default: without `first`, the default number of rows (1,000), never the whole ranking.
    expect(parseExportParams(new URLSearchParams("segmentId=PV03"))).toEqual({
      segmentId: "PV03",
      first: 1000,
      lang: "ZH",
    });
    expect(
      parseExportParams(new URLSearchParams("segmentId=PV03"), { defaultRows: 7, maxRows: 9 }).first,
    ).toBe(7);
  });

  it.each([
    ["first=10001", "first"],
    ["first=1.5", "first"],
    ["weights.bogus=1", "weights.bogus"],
    ["minRevenue=", "filter.minRevenue"],
    ["lang=de", "lang"],
    ["chainId=A&chainId=B", "chainId"],
  ])("refuses %s naming %s", (query, field) => {
    expect(() => parseExportParams(new URLSearchParams(query))).toThrow(ExportParamError);
    try {
      parseExportParams(new URLSearchParams(query));
    } catch (error) {
      expect((error as ExportParamError).field).toBe(field);
    }
  });
});
