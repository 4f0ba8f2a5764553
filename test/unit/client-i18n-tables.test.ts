import { describe, expect, it } from "vitest";
import { ApiError, unwrapResponse } from "../../client/src/api/client.ts";
import type { Gap, OpportunityPoint, Partner, Target } from "../../client/src/api/operations.ts";
import {
  formatNumber,
  formatPercent,
  formatScore,
  nameOf,
  sortByName,
  translate,
} from "../../client/src/i18n/index.ts";
import { en, zh } from "../../client/src/i18n/messages.ts";
import { formatRoute, parseRoute, type Route } from "../../client/src/router.ts";
import { allianceElements, distinctPartners } from "../../client/src/transforms/alliance.ts";
import { exportUrl } from "../../client/src/transforms/export-url.ts";
import {
  featureBars,
  gapRows,
  partnerGroups,
  quadrantScatter,
  sortTargetRows,
  targetRows,
  type TargetRow,
  type TargetSortKey,
} from "../../client/src/transforms/tables.ts";

describe("messages", () => {
  it("has every label in both languages, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)])
      expect(value.trim(), key).not.toBe("");
  });

  it("fills placeholders per language: the network guard", () => {
    const params = { shown: formatNumber("zh", 200), total: formatNumber("zh", 1340) };
    expect(translate("zh", "networkShowing", params)).toBe("显示 200 / 1,340 家");
    expect(
      translate("en", "networkShowing", { shown: formatNumber("en", 200), total: formatNumber("en", 1340) }),
    ).toBe("Showing 200 / 1,340 companies");
  });
});

describe("locale formatting", () => {
  it("formats numbers, percentages and scores", () => {
    expect(formatNumber("zh", 1234567.891, 1)).toBe("1,234,567.9");
    expect(formatNumber("en", 1234567.891)).toBe("1,234,568");
    expect(formatPercent("zh", 0.125)).toBe("12.5%");
    expect(formatScore("en", 0.5)).toBe("0.500");
  });

  it("sorts Chinese names by pinyin and English ones alphabetically", () => {
    const items = [
      { id: "1", name: "Zhangjiagang", nameZh: "张家港" },
      { id: "2", name: "Anqing", nameZh: "安庆" },
      { id: "3", name: "beijing", nameZh: "北京" },
    ];
    // pinyin: an(安) < bei(北) < zhang(张)
    expect(sortByName("zh", items).map((i) => i.nameZh)).toEqual(["安庆", "北京", "张家港"]);
    expect(sortByName("en", items).map((i) => i.name)).toEqual(["Anqing", "beijing", "Zhangjiagang"]);
    expect(nameOf("en", { name: "", nameZh: "南通" })).toBe("南通");
  });
});

describe("routes", () => {
  it("parse and format as inverses", () => {
    const routes: Route[] = [
      { view: "chain", chainId: "NE", segmentId: "PV03" },
      { view: "gaps", chainId: "IT" },
      {
        view: "targets",
        chainId: "NE",
        segmentId: "PV03",
        province: "320000",
        country: null,
        minRevenue: 500,
        listed: true,
      },
      { view: "lists", listId: "list-1" },
      { view: "company", companyId: "91320600 X/1" },
      { view: "alliance", allianceId: "alliance-nt-ne", memberId: "pub-topband" },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(formatRoute(routes[2]!)).toBe("#/targets/NE?segment=PV03&province=320000&minRevenue=500&listed=1");
  });

  it("falls back to the default chain map on unknown or malformed hashes", () => {
    expect(parseRoute("")).toEqual({ view: "chain", chainId: null, segmentId: null });
    expect(parseRoute("#/nowhere/1")).toEqual({ view: "chain", chainId: null, segmentId: null });
    expect(parseRoute("#/company/%E0%A4%A")).toEqual({ view: "chain", chainId: null, segmentId: null });
    expect(parseRoute("#/targets/NE?minRevenue=-5")).toMatchObject({ minRevenue: null });
  });
});

describe("the API client", () => {
  it("returns data, or throws the first error's code and field", () => {
    expect(unwrapResponse({ data: { a: 1 } }, 200)).toEqual({ a: 1 });
    const fail = (body: object, status = 200) => {
      try {
        unwrapResponse(body as never, status);
      } catch (error) {
        return error instanceof ApiError ? [error.code, error.field, error.message] : error;
      }
      return "no error";
    };
    expect(fail({ errors: [{ message: "down", extensions: { code: "DATABASE_UNAVAILABLE" } }] })).toEqual([
      "DATABASE_UNAVAILABLE",
      undefined,
      "down",
    ]);
    expect(
      fail({ errors: [{ message: "bad", extensions: { code: "BAD_USER_INPUT", field: "weights.fit" } }] }),
    ).toEqual(["BAD_USER_INPUT", "weights.fit", "bad"]);
    expect(fail({ errors: [{ message: "x", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] })).toEqual([
      "INTERNAL_SERVER_ERROR",
      undefined,
      "x",
    ]);
    expect(fail({}, 503)).toEqual(["DATABASE_UNAVAILABLE", undefined, "HTTP 503 without data"]);
  });
});

const feature = (name: string, contribution: number) => ({
  name,
  value: contribution * 2,
  weight: 0.5,
  contribution,
});

describe("score breakdowns", () => {
  it("keeps positive contributions, widest first, scaled to the table's top score", () => {
    const bars = featureBars(
      "zh",
      [feature("ties", 0.1), feature("fit", 0.3), feature("listed", 0), feature("newThing", 0.05)],
      0.8,
    );
    expect(bars.map((b) => [b.name, b.label, b.width])).toEqual([
      ["fit", "环节匹配", 37.5], // 0.3 / 0.8
      ["ties", "本地供应关系", 12.5],
      ["newThing", "newThing", 6.3], // 6.25 rounded to one decimal
    ]);
  });

  it("ranks gap rows by score, ties by segment id", () => {
    const g = (id: string, score: number, type: Gap["type"]): Gap => ({
      segment: { id, name: id, nameZh: `环节${id}`, stage: "UPSTREAM", keyTech: false, chain: { id: "T" } },
      type,
      score,
      localCount: 1,
      totalCount: 1200,
      breakPoint: false,
      density: 0,
      priority: { tier: "LONG_TERM", reasons: [], densityBand: "LOW" },
      features: [feature("demandPull", score)],
      explanation: "…",
    });
    const rows = gapRows("zh", [g("B", 0.2, "FILL"), g("C", 0.4, "EXTEND"), g("A", 0.2, "CONSOLIDATE")]);
    expect(rows.map((r) => [r.rank, r.segmentId, r.typeLabel, r.score, r.local, r.bars[0]?.width])).toEqual([
      [1, "C", "延链", "0.400", "1 / 1,200", 100],
      [2, "A", "固链", "0.200", "1 / 1,200", 50],
      [3, "B", "补链", "0.200", "1 / 1,200", 50],
    ]);
  });

  it("numbers target rows across pages and marks synthetic companies", () => {
    const target = (id: string, score: number, source: "PUBLIC" | "SYNTHETIC"): Target => ({
      company: {
        id,
        name: `Co ${id}`,
        nameZh: `公司${id}`,
        source,
        isLocal: false,
        listed: source === "PUBLIC",
        revenue: source === "PUBLIC" ? 12345.6 : null,
        region: { code: "310000", name: "Shanghai", nameZh: "上海" },
      },
      segment: { id: "PV03", name: "Polysilicon", nameZh: "多晶硅" },
      score,
      features: [feature("fit", score)],
      reasons: ["r"],
      localTies: [{ id: "l", name: "Local", nameZh: "本地公司" }],
      leadStatus: source === "PUBLIC" ? "CONTACTED" : null,
      distanceKm: 100,
    });
    const rows = targetRows("en", [target("a", 0.4, "PUBLIC"), target("b", 0.2, "SYNTHETIC")], 25, 0.8);
    expect(
      rows.map((r) => [
        r.rank,
        r.name,
        r.region,
        r.revenue,
        r.synthetic,
        r.leadStatus,
        r.localTies,
        r.bars[0]?.width,
      ]),
    ).toEqual([
      // 12,345.6 million RMB = 12.35 bn RMB (formatMoney; revenue is stored in million RMB).
      [26, "Co a", "Shanghai", "12.35 bn RMB", false, "Contacted", ["Local"], 50],
      [27, "Co b", "Shanghai", "—", true, null, ["Local"], 25],
    ]);
  });
});

describe("target table sorting", () => {
  const row = (rank: number, name: string, revenue: number | null, score: number): TargetRow => ({
    rank,
    companyId: `c${rank}`,
    name,
    region: "江苏",
    segment: "s",
    revenue: "",
    revenueValue: revenue,
    scoreValue: score,
    score: "",
    synthetic: false,
    listed: false,
    bars: [],
    reasons: [],
    localTies: [],
    leadStatus: null,
  });
  const rows = [row(1, "赵", 50, 0.9), row(2, "阿", null, 0.8), row(3, "北", 500, 0.8)];
  const order = (key: TargetSortKey, desc: boolean) =>
    sortTargetRows("zh", rows, key, desc).map((r) => r.rank);

  it("sorts by revenue with unknown figures last in both directions", () => {
    expect(order("revenue", true)).toEqual([3, 1, 2]);
    expect(order("revenue", false)).toEqual([1, 3, 2]);
  });
  it("sorts names in pinyin order (a, bei, zhao), scores with ties by rank", () => {
    expect(order("name", false)).toEqual([2, 3, 1]);
    expect(order("score", false)).toEqual([2, 3, 1]);
    expect(order("score", true)).toEqual([1, 2, 3]);
    expect(order("rank", true)).toEqual([3, 2, 1]);
  });
});

describe("alliance partners", () => {
  it("groups upstream, downstream and peers; existing ties first, then pinyin order", () => {
    const p = (id: string, nameZh: string, relation: Partner["relation"], existingTie: boolean): Partner => ({
      company: {
        id,
        name: id,
        nameZh,
        source: "SYNTHETIC",
        isLocal: true,
        listed: false,
        revenue: null,
        region: { code: "320671", name: "ETDA", nameZh: "南通开发区" },
      },
      relation,
      via: [{ id: "s", name: "Cells", nameZh: "电池片" }],
      existingTie,
      role: null,
    });
    const groups = partnerGroups("zh", [
      p("1", "张江", "SUPPLIER", false),
      p("2", "安达", "SUPPLIER", false),
      p("3", "百川", "SUPPLIER", true),
      p("4", "中天", "PEER", false),
    ]);
    expect(groups.map((g) => [g.relation, g.partners.map((x) => x.name)])).toEqual([
      ["SUPPLIER", ["百川", "安达", "张江"]],
      ["CUSTOMER", []],
      ["PEER", ["中天"]],
    ]);
    expect(groups[0]!.partners[0]).toMatchObject({ existingTie: true, synthetic: true, via: ["电池片"] });

    // A supplier that also shares a segment is listed once, as a supplier; the graph agrees.
    const both = [
      p("1", "张江", "SUPPLIER", false),
      p("1", "张江", "PEER", false),
      p("4", "中天", "PEER", false),
    ];
    expect(partnerGroups("zh", both).map((g) => [g.relation, g.partners.map((x) => x.name)])).toEqual([
      ["SUPPLIER", ["张江"]],
      ["CUSTOMER", []],
      ["PEER", ["中天"]],
    ]);
    expect(distinctPartners(both).map((x) => `${x.company.id}:${x.relation}`)).toEqual([
      "1:SUPPLIER",
      "4:PEER",
    ]);
    const drawn = allianceElements({ id: "m", name: "M", nameZh: "成员" }, both, "zh");
    expect(
      drawn.filter((e) => e.group === "nodes").map((e) => `${e.data.id}:${e.data.relation ?? "centre"}`),
    ).toEqual(["company:m:centre", "company:1:SUPPLIER", "company:4:PEER"]);
  });
});

describe("opportunity quadrant", () => {
  it("maps RCA on a log1p axis and density over its own range, split at RCA 1 and the median", () => {
    const pt = (
      id: string,
      relativePresence: number,
      density: number,
      quadrant: OpportunityPoint["quadrant"],
    ): OpportunityPoint => ({
      segment: { id, name: id, nameZh: id },
      relativePresence,
      density,
      quadrant,
      localCount: relativePresence > 0 ? 1 : 0,
    });
    // width 560, height 380, pad 44 → plot 472 × 292. xMax = ln(1 + 3) (above ln 3). Densities
    // 0.2, 0.4, 0.6: margin 0.02 → y range 0.18..0.62 (0.44); median 0.4.
    const g = quadrantScatter("en", [
      pt("a", 0, 0.2, "POSSIBLE_ENTRANT"),
      pt("b", 3, 0.6, "STRENGTH"),
      pt("c", 1, 0.4, "THREAT"),
    ]);
    expect(g.points.map((p) => [p.segmentId, p.cx, p.cy])).toEqual([
      ["a", 44, 322.7], // y: 336 − 292 × 0.02/0.44 = 322.73
      ["b", 516, 57.3], // y: 336 − 292 × 0.42/0.44 = 57.27
      ["c", 280, 190], // x: 44 + 472 × ln 2 / ln 4 = 280; y: 336 − 292 × 0.22/0.44 = 190
    ]);
    expect([g.splitX, g.splitY]).toEqual([280, 190]);
  });
});

describe("export links", () => {
  it("carry the segment or chain, the filter and the language", () => {
    expect(
      exportUrl(
        "csv",
        {
          segmentId: "PV03",
          filter: { provinces: ["320000", "330000"], minRevenue: 100, listed: true },
          first: 200,
        },
        "zh",
      ),
    ).toBe(
      "/export/targets.csv?segmentId=PV03&provinces=320000%2C330000&minRevenue=100&listed=true&first=200&lang=zh",
    );
    expect(exportUrl("xlsx", { chainId: "NE" }, "en")).toBe("/export/targets.xlsx?chainId=NE&lang=en");
  });
});
