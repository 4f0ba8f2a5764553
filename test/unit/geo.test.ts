import { describe, expect, it } from "vitest";
import { RegionTree } from "../../server/src/common/region-tree.ts";
import { aggregate, placeOf, tallyItems, type GeoRegion } from "../../server/src/geo/aggregate.ts";
import { suggestOffice } from "../../server/src/teams/index.ts";

const r = (
  code: string,
  level: GeoRegion["level"],
  parentCode: string | null,
  lat: number | null = 30,
  lon: number | null = 120,
): GeoRegion => ({ code, level, parentCode, name: `R${code}`, nameZh: `区${code}`, lat, lon });

// CN ─ 320000 Jiangsu ─ 320600 Nantong ─ 320612 Tongzhou (district), 320671 ETDA (park)
//    ─ 310000 Shanghai ─ 310100 Shanghai (urban)
//    ─ 710000 Taiwan (no city)
//    ─ 640000 Ningxia ─ 640100 Yinchuan (no coordinates)
// DE, JP (countries); XX a country without coordinates.
const tree = new RegionTree<GeoRegion>([
  r("CN", "COUNTRY", null, 39.9, 116.41),
  r("320000", "PROVINCE", "CN", 32.06, 118.8),
  r("320600", "CITY", "320000", 32.0, 120.9),
  r("320612", "DISTRICT", "320600", 32.08, 121.07),
  r("320671", "PARK", "320600", 31.95, 120.97),
  r("310000", "PROVINCE", "CN", 31.23, 121.47),
  r("310100", "CITY", "310000", 31.23, 121.47),
  r("710000", "PROVINCE", "CN", 25.03, 121.56),
  r("640000", "PROVINCE", "CN", 38.47, 106.27),
  r("640100", "CITY", "640000", null, null),
  r("DE", "COUNTRY", null, 52.52, 13.4),
  r("JP", "COUNTRY", null, 35.68, 139.69),
  r("XX", "COUNTRY", null, null, null),
]);

describe("placeOf: where a region's companies are drawn", () => {
  it("rolls districts and parks up to their prefecture city", () => {
    expect(placeOf(tree, "320612")?.code).toBe("320600");
    expect(placeOf(tree, "320671")?.code).toBe("320600");
    expect(placeOf(tree, "320600")?.code).toBe("320600");
  });
  it("keeps a province without cities, and a company located at province level, at the province", () => {
    expect(placeOf(tree, "710000")?.code).toBe("710000");
    expect(placeOf(tree, "320000")?.code).toBe("320000");
  });
  it("puts foreign companies at their country", () => {
    expect(placeOf(tree, "DE")?.code).toBe("DE");
  });
  it("places nothing at China as a whole, without coordinates, or for an unknown code", () => {
    expect(placeOf(tree, "CN")).toBeNull();
    expect(placeOf(tree, "640100")).toBeNull();
    expect(placeOf(tree, "XX")).toBeNull();
    expect(placeOf(tree, "nope")).toBeNull();
  });
});

describe("aggregate: counts per place", () => {
  const officeOf = (chain: readonly string[]) => suggestOffice(chain)?.id ?? null;

  it("sums kinds per place, counts the unplaced, and names the covering office", () => {
    const { points, unplaced } = aggregate(
      tree,
      [
        { regionCode: "320671", kind: "local", count: 4, synthetic: 1 },
        { regionCode: "320612", kind: "candidate", count: 2, synthetic: 2 },
        { regionCode: "320600", kind: "candidate", count: 1, synthetic: 0 },
        { regionCode: "310100", kind: "candidate", count: 5, synthetic: 0 },
        { regionCode: "310100", kind: "lead", count: 2, synthetic: 2 },
        { regionCode: "DE", kind: "candidate", count: 3, synthetic: 0 },
        { regionCode: "DE", kind: "lead", count: 1, synthetic: 0 },
        { regionCode: "CN", kind: "candidate", count: 7, synthetic: 0 },
        { regionCode: "640100", kind: "lead", count: 1, synthetic: 0 },
        { regionCode: "JP", kind: "candidate", count: 0, synthetic: 0 },
      ],
      officeOf,
    );
    // By hand: Nantong 4 local + (2 + 1) candidates, 3 synthetic; Shanghai 5 candidates + 2 leads;
    // Germany 3 candidates + 1 lead; China as a whole (7) and Yinchuan without coordinates (1): 8
    // unplaced; Japan's zero count makes no point.
    expect(
      points.map((p) => [p.code, p.localCount, p.candidateCount, p.leadCount, p.syntheticCount]),
    ).toEqual([
      ["310100", 0, 5, 2, 2],
      ["320600", 4, 3, 0, 3],
      ["DE", 0, 3, 1, 0],
    ]);
    expect(unplaced).toBe(8);
    const [sh, nt, de] = points;
    expect([sh!.officeId, nt!.officeId, de!.officeId]).toEqual(["O-SH", null, "O-DE"]);
    expect([sh!.abroad, nt!.abroad, de!.abroad]).toEqual([false, false, true]);
    expect([sh!.countryCode, de!.countryCode]).toEqual(["CN", "DE"]);
    expect(nt).toMatchObject({ level: "CITY", lat: 32.0, lon: 120.9, nameZh: "区320600" });
    expect(de).toMatchObject({ level: "COUNTRY", lat: 52.52, lon: 13.4 });
  });

  it("tallies single items by region, synthetic ones apart", () => {
    expect(
      tallyItems(
        [
          { regionCode: "DE", synthetic: false },
          { regionCode: "310100", synthetic: true },
          { regionCode: "DE", synthetic: true },
        ],
        "candidate",
      ),
    ).toEqual([
      { regionCode: "DE", kind: "candidate", count: 2, synthetic: 1 },
      { regionCode: "310100", kind: "candidate", count: 1, synthetic: 1 },
    ]);
  });
});
