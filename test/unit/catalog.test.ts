import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  CatalogError,
  HOME_REGION_CODE,
  feedEdges,
  isWithinRegion,
  leafSegments,
  loadCatalog,
  regionPath,
  segmentIndex,
} from "../../graph-seed/src/catalog.ts";
import type { Catalog } from "../../graph-seed/src/catalog.ts";
import type { CompanyDef } from "../../graph-seed/src/types.ts";

const catalog: Catalog = loadCatalog();
const index = segmentIndex(catalog);
const edges = feedEdges(catalog);

function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
}

function company(id: string): CompanyDef {
  const c = catalog.companies.find((x) => x.id === id);
  if (!c) throw new Error(`no company ${id}`);
  return c;
}

function primaryOf(c: CompanyDef): string | undefined {
  return c.segments.find((s) => s.primary)?.segment;
}

function hasEdge(from: string, to: string): boolean {
  return edges.some((e) => e.from === from && e.to === to);
}

describe("taxonomy (real files)", () => {
  it("has the four chains", () => {
    expect(catalog.chains.map((c) => c.id).sort()).toEqual(["EQ", "HL", "IT", "NE"]);
  });

  it("uses every id once across chains, sub-chains and segments", () => {
    const all = catalog.chains.flatMap((c) => [
      c.id,
      ...c.subchains.flatMap((s) => [s.id, ...s.segments.map((g) => g.id)]),
    ]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives every leaf a stage and both names", () => {
    for (const seg of leafSegments(catalog)) {
      expect(["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"]).toContain(seg.stage);
      expect(seg.name.trim(), seg.id).not.toBe("");
      expect(seg.nameZh.trim(), seg.id).not.toBe("");
      expect(typeof seg.keyTech).toBe("boolean");
    }
  });

  it("has at least 40 leaf segments per chain", () => {
    for (const chain of catalog.chains) {
      const leaves = chain.subchains.flatMap((s) => s.segments);
      expect(leaves.length, chain.id).toBeGreaterThanOrEqual(40);
    }
  });

  it("has the sub-chains the brief names", () => {
    const subNames = (id: string) => catalog.chains.find((c) => c.id === id)?.subchains.map((s) => s.nameZh);
    expect(subNames("NE")).toEqual(["光伏", "锂电池", "风电", "氢能", "储能"]);
    expect(subNames("IT")).toContain("集成电路");
    expect(subNames("EQ")).toContain("船舶与海工");
    expect(subNames("HL")).toContain("医疗器械");
  });

  it("keeps every segment id of the reference tables", () => {
    const expected = [
      ...ids("PV", 31),
      ...ids("LB", 27),
      ...ids("WD", 18),
      ...ids("H", 18),
      ...ids("ES", 14),
      ...ids("IT", 27),
      ...ids("SH", 22),
      ...ids("BP", 27),
    ];
    const missing = expected.filter((id) => !index.has(id));
    expect(missing).toEqual([]);
  });

  it("keeps reference stages and maps support rows to a stage and a role", () => {
    expect(index.get("PV06")?.segment.stage).toBe("MIDSTREAM");
    expect(index.get("PV24")?.segment.stage).toBe("DOWNSTREAM");
    expect(index.get("LB01")?.segment.stage).toBe("UPSTREAM");
    expect(index.get("IT10")?.segment).toMatchObject({ stage: "UPSTREAM", role: "EQUIPMENT", keyTech: true });
    expect(index.get("PV25")?.segment).toMatchObject({ stage: "MIDSTREAM", role: "EQUIPMENT" });
    expect(index.get("BP09")?.segment).toMatchObject({ stage: "UPSTREAM", role: "SERVICE" });
    expect(index.get("PV06")?.subchain).toBe("NE-PV");
    expect(index.get("IT20")?.chain).toBe("IT");
  });

  it("marks chokepoint technologies", () => {
    for (const id of ["IT01", "IT09", "IT10", "IT29", "MT01", "CB01", "RB01", "BP28"]) {
      expect(index.get(id)?.segment.keyTech, id).toBe(true);
    }
    expect(index.get("PV07")?.segment.keyTech).toBe(false);
  });

  it("has FEEDS edges whose endpoints exist, with no self-loops and weights in (0, 1]", () => {
    expect(edges.length).toBeGreaterThan(300);
    for (const e of edges) {
      expect(index.has(e.to), `${e.from} → ${e.to}`).toBe(true);
      expect(e.to).not.toBe(e.from);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
    }
    // S16: batteries ~60 % and PCS ~20 % of a storage system's cost.
    expect(edges.find((e) => e.from === "ES02" && e.to === "ES08")?.weight).toBe(0.6);
    expect(edges.find((e) => e.from === "ES04" && e.to === "ES08")?.weight).toBe(0.2);
    expect(edges.find((e) => e.from === "PV06" && e.to === "PV07")?.weight).toBe(1);
  });

  it("has no FEEDS cycle inside any sub-chain (Kahn's algorithm)", () => {
    for (const chain of catalog.chains) {
      for (const sub of chain.subchains) {
        const inSub = new Set(sub.segments.map((s) => s.id));
        const indeg = new Map([...inSub].map((id) => [id, 0]));
        const local = edges.filter((e) => inSub.has(e.from) && inSub.has(e.to));
        for (const e of local) indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
        const queue = [...inSub].filter((id) => indeg.get(id) === 0);
        let removed = 0;
        while (queue.length > 0) {
          const n = queue.shift() as string;
          removed++;
          for (const e of local.filter((x) => x.from === n)) {
            indeg.set(e.to, (indeg.get(e.to) ?? 0) - 1);
            if (indeg.get(e.to) === 0) queue.push(e.to);
          }
        }
        expect(removed, sub.id).toBe(inSub.size);
      }
    }
  });

  it("has cross-chain and cross-sub-chain edges", () => {
    // Power semiconductors feed PV inverters, storage PCS and EV drives.
    expect(hasEdge("IT26", "PV20")).toBe(true);
    expect(hasEdge("IT26", "ES04")).toBe(true);
    expect(hasEdge("IT26", "LB19")).toBe(true);
    expect(hasEdge("LB15", "ES02")).toBe(true); // lithium cells → storage racks
    expect(hasEdge("IT20", "IT23")).toBe(true); // optical fibre → data centres
    expect(hasEdge("IT08", "BP19")).toBe(true); // chips → medical imaging
    expect(hasEdge("IT15", "BP18")).toBe(true); // sensors → device components
    expect(hasEdge("RB06", "LB23")).toBe(true); // robot cells → battery equipment
    expect(hasEdge("SH12", "WD13")).toBe(true); // installation vessels → wind farms
    const crossChain = edges.filter((e) => e.fromChain !== e.toChain);
    const pairs = new Set(crossChain.map((e) => `${e.fromChain}>${e.toChain}`));
    for (const pair of ["IT>NE", "IT>HL", "IT>EQ", "EQ>NE", "EQ>HL", "NE>EQ"]) {
      expect(pairs.has(pair), pair).toBe(true);
    }
  });
});

describe("regions (real file)", () => {
  const byCode = new Map(catalog.regions.map((r) => [r.code, r]));

  it("puts the ETDA, the home region, under Nantong, Jiangsu and China", () => {
    expect(HOME_REGION_CODE).toBe("320671");
    expect(byCode.get("320671")?.level).toBe("PARK");
    expect(regionPath(catalog, "320671")).toEqual(["320671", "320600", "320000", "CN"]);
    expect(byCode.get("320600")).toMatchObject({ level: "CITY", nameZh: "南通市" });
    expect(byCode.get("CN")?.parent).toBeUndefined();
  });

  it("has all 34 provincial-level divisions under CN", () => {
    const provinces = catalog.regions.filter((r) => r.level === "PROVINCE");
    expect(provinces.map((r) => r.code).sort()).toEqual(
      [
        "110000",
        "120000",
        "130000",
        "140000",
        "150000",
        "210000",
        "220000",
        "230000",
        "310000",
        "320000",
        "330000",
        "340000",
        "350000",
        "360000",
        "370000",
        "410000",
        "420000",
        "430000",
        "440000",
        "450000",
        "460000",
        "500000",
        "510000",
        "520000",
        "530000",
        "540000",
        "610000",
        "620000",
        "630000",
        "640000",
        "650000",
        "710000",
        "810000",
        "820000",
      ].sort(),
    );
    for (const p of provinces) expect(p.parent, p.code).toBe("CN");
    expect(byCode.has("TW")).toBe(false);
  });

  it("has every prefecture-level city of Jiangsu, Zhejiang, Guangdong, Fujian and Anhui", () => {
    const cities = (prov: string) =>
      catalog.regions.filter((r) => r.level === "CITY" && r.parent === prov).length;
    expect(cities("320000")).toBe(13);
    expect(cities("330000")).toBe(11);
    expect(cities("440000")).toBe(21);
    expect(cities("350000")).toBe(9);
    expect(cities("340000")).toBe(16);
  });

  it("has Nantong's seven districts and county-level cities", () => {
    const districts = catalog.regions.filter((r) => r.parent === "320600" && r.level === "DISTRICT");
    expect(districts.map((r) => r.code).sort()).toEqual([
      "320602",
      "320612",
      "320614",
      "320623",
      "320681",
      "320682",
      "320685",
    ]);
  });

  it("gives every region coordinates and only countries no parent", () => {
    for (const r of catalog.regions) {
      expect(Number.isFinite(r.lat) && Number.isFinite(r.lon), r.code).toBe(true);
      expect(r.parent === undefined, r.code).toBe(r.level === "COUNTRY");
    }
  });
});

describe("companies (real file)", () => {
  it("lists at least 200 public companies, none with invented figures", () => {
    expect(catalog.companies.length).toBeGreaterThanOrEqual(200);
    for (const c of catalog.companies) {
      expect(c.source).toBe("public");
      expect(c.id.startsWith("pub-")).toBe(true);
      expect(c.revenue, c.id).toBeUndefined();
      expect(c.employees, c.id).toBeUndefined();
      expect(c.growth, c.id).toBeUndefined();
      expect(c.segments.filter((s) => s.primary).length, c.id).toBe(1);
      expect(c.sourceNote?.trim(), c.id).not.toBe("");
      if (c.founded !== undefined) expect(Number.isInteger(c.founded), c.id).toBe(true);
    }
  });

  it("places the Linyang, Tongwei and Topband plants in the ETDA, linked to groups outside it", () => {
    const linyang = company("pub-linyang-etda");
    expect(linyang.region).toBe("320671");
    expect(primaryOf(linyang)).toBe("PV06");
    expect(linyang.parent).toBe("pub-linyang");
    expect(company("pub-linyang").region).toBe("320681"); // Qidong, Nantong

    const tongwei = company("pub-tongwei-etda");
    expect(tongwei.region).toBe("320671");
    expect(primaryOf(tongwei)).toBe("PV07");
    expect(tongwei.parent).toBe("pub-tongwei");
    expect(company("pub-tongwei")).toMatchObject({ region: "510100", stockCode: "600438.SH", listed: true });

    const topband = company("pub-topband-etda");
    expect(topband.region).toBe("320671");
    expect(topband.segments).toEqual([
      { segment: "LB15", primary: true },
      { segment: "LB18", primary: false },
    ]);
    expect(topband.parent).toBe("pub-topband");
    expect(company("pub-topband").region).toBe("440300"); // Shenzhen

    for (const parent of ["pub-linyang", "pub-tongwei", "pub-topband"]) {
      expect(isWithinRegion(catalog, company(parent).region, HOME_REGION_CODE), parent).toBe(false);
    }
  });

  it("places the other ETDA anchors the reference names", () => {
    const etda = new Set(catalog.companies.filter((c) => c.region === "320671").map((c) => c.id));
    for (const id of [
      "pub-ztt-etda",
      "pub-alibaba-cloud-etda",
      "pub-aisen-etda",
      "pub-capchem-etda",
      "pub-senior-etda",
      "pub-ztt-storage-etda",
      "pub-jintong-storage-etda",
      "pub-sgg-gotion-etda",
    ]) {
      expect(etda.has(id), id).toBe(true);
    }
    expect(primaryOf(company("pub-ztt-etda"))).toBe("IT20");
    expect(primaryOf(company("pub-capchem-etda"))).toBe("LB11");
    expect(primaryOf(company("pub-senior-etda"))).toBe("LB12");
  });

  it("keeps other Nantong firms in Nantong but outside the ETDA", () => {
    for (const [id, district] of [
      ["pub-tongfu", "320602"],
      ["pub-nacks", "320602"],
      ["pub-lianshen-tongzhou", "320612"],
      ["pub-jinghua", "320602"],
      ["pub-cosco-offshore-qidong", "320681"],
    ] as const) {
      const c = company(id);
      expect(c.region, id).toBe(district);
      expect(isWithinRegion(catalog, c.region, "320600"), id).toBe(true);
      expect(isWithinRegion(catalog, c.region, HOME_REGION_CODE), id).toBe(false);
    }
  });
});

// ---- validator errors on small hand-written catalogs ----

const BASE: Record<string, string> = {
  "taxonomy/NE.yaml": `
id: NE
name: New energy
nameZh: 新能源
sources: [test]
subchains:
  - id: NE-PV
    name: Photovoltaics
    nameZh: 光伏
    segments:
      - { id: PV06, name: Solar cells, nameZh: 电池片, stage: MIDSTREAM, feeds: [PV07] }
      - { id: PV07, name: Modules, nameZh: 组件, stage: MIDSTREAM }
`,
  "regions.yaml": `
regions:
  - { code: CN, name: China, nameZh: 中国, level: COUNTRY, lat: 39.9, lon: 116.4 }
  - { code: "320000", name: Jiangsu, nameZh: 江苏省, level: PROVINCE, parent: CN, lat: 32.06, lon: 118.8 }
  - { code: "320600", name: Nantong, nameZh: 南通市, level: CITY, parent: "320000", lat: 31.98, lon: 120.89 }
`,
  "companies-public.yaml": `
companies:
  - id: pub-a
    name: A
    nameZh: 甲
    region: "320600"
    segments: [{ segment: PV06, primary: true }, PV07]
    sourceNote: test
`,
};

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** Writes BASE with some files replaced (or removed, with null) into a fresh temp dir. */
function fixture(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "catalog-test-"));
  tempDirs.push(dir);
  for (const [file, text] of Object.entries({ ...BASE, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** The problems loadCatalog reports for a fixture; fails if it loads cleanly. */
function problems(changes: Record<string, string | null>): readonly string[] {
  try {
    loadCatalog(fixture(changes));
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    const e = err as CatalogError;
    for (const p of e.problems) expect(e.message).toContain(p);
    return e.problems;
  }
  throw new Error("expected a CatalogError");
}

const ne = (edit: (s: string) => string) => ({ "taxonomy/NE.yaml": edit(BASE["taxonomy/NE.yaml"] ?? "") });
const regions = (edit: (s: string) => string) => ({ "regions.yaml": edit(BASE["regions.yaml"] ?? "") });
const companies = (extra: string) => ({
  "companies-public.yaml": `${BASE["companies-public.yaml"] ?? ""}${extra}`,
});

describe("validator", () => {
  it("loads a valid fixture", () => {
    const c = loadCatalog(fixture());
    expect(leafSegments(c).map((s) => s.id)).toEqual(["PV06", "PV07"]);
    expect(c.chains[0]?.subchains[0]?.segments[0]?.feeds).toEqual([{ to: "PV07", weight: 1 }]);
    expect(c.chains[0]?.subchains[0]?.segments[1]?.keyTech).toBe(false);
    expect(c.companies).toEqual([
      {
        id: "pub-a",
        name: "A",
        nameZh: "甲",
        region: "320600",
        segments: [
          { segment: "PV06", primary: true },
          { segment: "PV07", primary: false },
        ],
        source: "public",
        sourceNote: "test",
      },
    ]);
  });

  it("names the file, segment and field of a bad stage", () => {
    expect(problems(ne((s) => s.replace("stage: MIDSTREAM, feeds", "stage: UP, feeds")))).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[0].stage: must be UPSTREAM, MIDSTREAM or DOWNSTREAM (got "UP")',
    ]);
  });

  it("rejects a bad role and an unknown field", () => {
    expect(
      problems(ne((s) => s.replace("stage: MIDSTREAM }", "stage: MIDSTREAM, role: TOOL, stgae: x }"))),
    ).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[1].role: must be CORE, EQUIPMENT, MATERIAL or SERVICE (got "TOOL")',
      "taxonomy/NE.yaml: subchains[0].segments[1].stgae: is not a known field",
    ]);
  });

  it("rejects a missing name", () => {
    expect(problems(ne((s) => s.replace("name: Modules, ", "")))).toEqual([
      "taxonomy/NE.yaml: subchains[0].segments[1].name: is required",
    ]);
  });

  it("rejects a FEEDS target that does not exist, and a self-loop", () => {
    expect(problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [PV99]")))).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[0].feeds[0]: unknown segment "PV99"',
    ]);
    expect(problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [PV06]")))).toEqual([
      "taxonomy/NE.yaml: subchains[0].segments[0].feeds[0]: must not point to the segment itself",
    ]);
  });

  it("rejects a weight outside (0, 1]", () => {
    expect(problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [{ to: PV07, weight: 1.5 }]")))).toEqual([
      "taxonomy/NE.yaml: subchains[0].segments[0].feeds[0].weight: must be in (0, 1] (got 1.5)",
    ]);
  });

  it("rejects a FEEDS cycle inside a sub-chain but allows one across sub-chains", () => {
    const cyclic = ne((s) => s.replace("stage: MIDSTREAM }", "stage: MIDSTREAM, feeds: [PV06] }"));
    expect(problems(cyclic)).toEqual([
      "taxonomy/NE.yaml: subchains[0]: feeds form a cycle: PV06 → PV07 → PV06",
    ]);
    const split = ne((s) =>
      s
        .replace("stage: MIDSTREAM }", "stage: MIDSTREAM, feeds: [PV06] }")
        .replace(
          "      - { id: PV07",
          "  - id: NE-X\n    name: X\n    nameZh: 乙\n    segments:\n      - { id: PV07",
        ),
    );
    expect(leafSegments(loadCatalog(fixture(split))).map((x) => x.id)).toEqual(["PV06", "PV07"]);
  });

  it("rejects an id used twice across chain files", () => {
    const it2 = `
id: IT
name: IT
nameZh: 信息
sources: [test]
subchains:
  - id: IT-IC
    name: IC
    nameZh: 集成电路
    segments:
      - { id: PV06, name: Dup, nameZh: 重复, stage: UPSTREAM }
`;
    expect(problems({ "taxonomy/IT.yaml": it2 })).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[0].id: "PV06" is not unique (also a segment in taxonomy/IT.yaml)',
    ]);
  });

  it("rejects bad regions", () => {
    expect(problems(regions((s) => s.replace('parent: "320000"', 'parent: "329999"')))).toEqual([
      'regions.yaml: regions[2].parent: unknown region "329999"',
    ]);
    expect(problems(regions((s) => s.replace("lat: 31.98", "lat: 95")))).toEqual([
      "regions.yaml: regions[2].lat: must be a number in [-90, 90] (got 95)",
    ]);
    expect(problems(regions((s) => s.replace("level: CITY", "level: TOWN")))).toEqual([
      'regions.yaml: regions[2].level: must be COUNTRY, PROVINCE, CITY, DISTRICT or PARK (got "TOWN")',
    ]);
    expect(problems(regions((s) => s.replace("level: PROVINCE", "level: PARK")))).toEqual([
      'regions.yaml: regions[2].parent: "320000" is a PARK, not above CITY',
    ]);
  });

  it("rejects invented figures, bad segments, regions and parents on companies", () => {
    const bad = `
  - id: pub-b
    name: B
    nameZh: 乙
    region: "999999"
    segments: [{ segment: PV06, primary: true }, { segment: NE-PV, primary: true }]
    parent: pub-nobody
    revenue: 1200
    sourceNote: test
`;
    expect(problems(companies(bad))).toEqual([
      // The schema's problem and the reference problems of the same company, all at once.
      "companies-public.yaml: companies[1].revenue: must not be given for a real company (never invent figures)",
      'companies-public.yaml: companies[1].region: unknown region "999999"',
      'companies-public.yaml: companies[1].segments[1]: "NE-PV" is a subchain, not a leaf segment',
      "companies-public.yaml: companies[1].segments: must have exactly one primary segment (got 2)",
      'companies-public.yaml: companies[1].parent: unknown company "pub-nobody"',
    ]);
  });

  it("requires exactly one primary segment", () => {
    const two = `
  - id: pub-b
    name: B
    nameZh: 乙
    region: "320600"
    segments: [{ segment: PV06, primary: true }, { segment: PV07, primary: true }]
    sourceNote: test
`;
    expect(problems(companies(two))).toEqual([
      "companies-public.yaml: companies[1].segments: must have exactly one primary segment (got 2)",
    ]);
  });

  it("rejects a FEEDS target listed twice or that is not a leaf segment", () => {
    expect(
      problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [PV07, { to: PV07, weight: 0.5 }]"))),
    ).toEqual(['taxonomy/NE.yaml: subchains[0].segments[0].feeds[1]: lists "PV07" twice']);
    expect(problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [NE-PV]")))).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[0].feeds[0]: "NE-PV" is a subchain, not a leaf segment',
    ]);
    expect(problems(ne((s) => s.replace("feeds: [PV07]", "feeds: [{ to: PV07, share: 1 }]")))).toEqual([
      "taxonomy/NE.yaml: subchains[0].segments[0].feeds[0].share: is not a known field",
    ]);
  });

  it("rejects a chain without sources or sub-chains, and a sub-chain without segments", () => {
    // The chain's own problem does not stop the checks of its segments.
    expect(
      problems(
        ne((s) => s.replace("sources: [test]", "sources: []").replace("feeds: [PV07]", "feeds: [PV99]")),
      ),
    ).toEqual([
      "taxonomy/NE.yaml: sources: must cite at least one source",
      'taxonomy/NE.yaml: subchains[0].segments[0].feeds[0]: unknown segment "PV99"',
    ]);
    const empty = `id: NE\nname: New energy\nnameZh: 新能源\nsources: [test]\nsubchains:\n  - { id: NE-PV, name: PV, nameZh: 光伏, segments: [] }\n`;
    expect(problems({ "taxonomy/NE.yaml": empty, "companies-public.yaml": "companies: []\n" })).toEqual([
      "taxonomy/NE.yaml: subchains[0].segments: must not be empty",
    ]);
    expect(problems({ "taxonomy/NE.yaml": "- just a list\n" })).toEqual([
      'taxonomy/NE.yaml: must be a mapping (got ["just a list"])',
      'companies-public.yaml: companies[0].segments[0]: unknown segment "PV06"',
      'companies-public.yaml: companies[0].segments[1]: unknown segment "PV07"',
    ]);
  });

  it("reports a YAML syntax error and a missing taxonomy", () => {
    const found = problems({ "regions.yaml": "regions: [\n" });
    expect(found[0]).toMatch(/^regions\.yaml: YAML parse error: /);
    expect(problems({ "taxonomy/NE.yaml": null })).toEqual([
      "taxonomy/: no chain files (*.yaml) found",
      'companies-public.yaml: companies[0].segments[0]: unknown segment "PV06"',
      'companies-public.yaml: companies[0].segments[1]: unknown segment "PV07"',
    ]);
  });

  it("checks a region's parent against its level and rejects a duplicate code", () => {
    expect(problems(regions((s) => s.replace("level: COUNTRY,", "level: COUNTRY, parent: CN,")))).toEqual([
      "regions.yaml: regions[0].parent: must be absent for a country",
    ]);
    expect(problems(regions((s) => s.replace(' parent: "320000",', "")))).toEqual([
      "regions.yaml: regions[2].parent: is required below country level",
    ]);
    const dup = `  - { code: "320600", name: Again, nameZh: 又, level: CITY, parent: "320000", lat: 32, lon: 120 }\n`;
    expect(problems(regions((s) => s + dup))).toEqual([
      'regions.yaml: regions[3].code: "320600" is not unique (also a region)',
    ]);
  });

  it("reads codes written as YAML integers as strings", () => {
    const c = loadCatalog(fixture(regions((s) => s.replace('code: "320600"', "code: 320600"))));
    expect(c.regions.map((r) => r.code)).toEqual(["CN", "320000", "320600"]);
  });

  it("checks company ids, stock codes, listing and founding years", () => {
    const bad = `
  - id: Pub_B
    name: B
    nameZh: 乙
    region: "320600"
    segments: [{ segment: PV06, primary: true }]
    stockCode: "600438"
    listed: false
    founded: 1990.5
    source: synthetic
    sourceNote: test
`;
    expect(problems(companies(bad))).toEqual([
      'companies-public.yaml: companies[1].id: must be a "pub-" slug of lower-case letters, digits and hyphens (got "Pub_B")',
      'companies-public.yaml: companies[1].source: must be "public" in this file (got "synthetic")',
      'companies-public.yaml: companies[1].stockCode: must look like 600438.SH (got "600438")',
      "companies-public.yaml: companies[1].founded: must be a year (got 1990.5)",
    ]);
    const listedFalse = `
  - { id: pub-b, name: B, nameZh: 乙, region: "320600", segments: [PV07], sourceNote: test }
`;
    expect(problems(companies(listedFalse))).toEqual([
      "companies-public.yaml: companies[1].segments: must have exactly one primary segment (got 0)",
    ]);
    const stock = `
  - id: pub-b
    name: B
    nameZh: 乙
    region: "320600"
    segments: [{ segment: PV07, primary: true }, PV07]
    stockCode: 600438.SH
    listed: false
    founded: 1700
    sourceNote: test
`;
    expect(problems(companies(stock))).toEqual([
      "companies-public.yaml: companies[1].founded: must be a year in [1800, 2100] (got 1700)",
      'companies-public.yaml: companies[1].segments[1]: lists "PV07" twice',
      "companies-public.yaml: companies[1].listed: is false but a stockCode is given",
    ]);
  });

  it("rejects a duplicate company id, a company that is its own parent and a parent cycle", () => {
    const dup = `
  - { id: pub-a, name: A2, nameZh: 甲二, region: "320600", segments: [{ segment: PV07, primary: true }], sourceNote: t }
`;
    expect(problems(companies(dup))).toEqual([
      'companies-public.yaml: companies[1].id: "pub-a" is not unique (also a company)',
    ]);
    const self = `
  - { id: pub-b, name: B, nameZh: 乙, region: "320600", segments: [PV06], parent: pub-b, sourceNote: t }
`;
    expect(problems(companies(self.replace("[PV06]", "[{ segment: PV06, primary: true }]")))).toEqual([
      "companies-public.yaml: companies[1].parent: must not be the company itself",
    ]);
    const cycle = `
  - { id: pub-b, name: B, nameZh: 乙, region: "320600", segments: [{ segment: PV06, primary: true }], parent: pub-c, sourceNote: t }
  - { id: pub-c, name: C, nameZh: 丙, region: "320600", segments: [{ segment: PV06, primary: true }], parent: pub-b, sourceNote: t }
`;
    expect(problems(companies(cycle))).toEqual([
      "companies-public.yaml: company parents form a cycle: pub-b → pub-c → pub-b",
    ]);
  });

  it("collects problems from several files in one error", () => {
    const found = problems({
      ...ne((s) => s.replace("stage: MIDSTREAM, feeds", "stage: UP, feeds")),
      "regions.yaml": null,
    });
    expect(found).toEqual([
      'taxonomy/NE.yaml: subchains[0].segments[0].stage: must be UPSTREAM, MIDSTREAM or DOWNSTREAM (got "UP")',
      "regions.yaml: file not found",
      'companies-public.yaml: companies[0].region: unknown region "320600"',
    ]);
  });
});
