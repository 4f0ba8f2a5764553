import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CatalogError } from "../../graph-seed/src/catalog.ts";
import {
  DEFAULT_SYNTHETIC_DIR,
  SYNTHETIC_ALLIANCE,
  SYNTHETIC_MODEL,
  loadSyntheticParameters,
} from "../../graph-seed/src/synthetic.ts";

const params = loadSyntheticParameters();

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

type File = "model.yaml" | "clusters.yaml" | "names.yaml";

/** A copy of the real parameter files with some edited (`from` must occur in the file). */
function fixture(edits: [File, string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), "synthetic-params-"));
  tempDirs.push(dir);
  cpSync(DEFAULT_SYNTHETIC_DIR, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  }
  return dir;
}

function problems(edits: [File, string, string][]): readonly string[] {
  try {
    loadSyntheticParameters(fixture(edits));
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    return (err as CatalogError).problems;
  }
  throw new Error("expected a CatalogError");
}

describe("synthetic parameters (real files)", () => {
  it("exports the model constants and the alliance from model.yaml", () => {
    expect(SYNTHETIC_MODEL).toEqual(params.model);
    expect(SYNTHETIC_MODEL).toMatchObject({
      baseMedianRevenue: 40,
      revenueSigma: 1.3,
      decayKm: 400,
      year: 2025,
    });
    expect(Object.isFrozen(SYNTHETIC_MODEL)).toBe(true);
    // Key order matters: the alliance is hashed as JSON.
    expect(JSON.stringify(SYNTHETIC_ALLIANCE)).toBe(
      '{"id":"alliance-nt-ne","name":"Nantong New Energy Industry Alliance","nameZh":"南通新能源产业联盟","source":"synthetic"}',
    );
  });

  it("resolves place names to region codes and keeps the rules in file order", () => {
    const first = params.clusterRules[0];
    expect(first?.why).toMatch(/^PV cells, modules/);
    expect(first?.regions).toMatchObject({ "320200": 5, "320400": 5, "340100": 3 }); // Wuxi, Changzhou, Hefei
    expect(first?.foreign).toBe(0.5);
    expect(params.homeCitySplit).toEqual({
      "320602": 2.2,
      "320612": 1.6,
      "320614": 1.3,
      "320623": 0.8,
      "320671": 1.1,
      "320681": 1.2,
      "320682": 1.3,
      "320685": 0.9,
    });
    expect([...params.yangtzeRiverDelta]).toEqual(["310000", "320000", "330000", "340000"]);
    expect(params.cityBaseline["310000"]).toBe(47);
    // Codes written as codes stay codes (Liaoning, Guangdong; Chile).
    const eq = params.clusterRules.find((r) => r.why.startsWith("General equipment"));
    expect(eq?.regions).toMatchObject({ "210000": 1.3, "440000": 1.1, DE: 1.8 });
  });

  it("compiles pattern references: names, inline regexes and lists of alternatives", () => {
    const pharma = params.clusterRules.find((r) => r.why.startsWith("Drugs and biologics"));
    expect(pharma?.match.not?.test("medical devices")).toBe(true);
    expect(pharma?.match.not?.test("中成药")).toBe(true);
    expect(pharma?.match.not?.test("vaccines")).toBe(false);
    const apis = params.clusterRules.find((r) => r.why.startsWith("APIs and intermediates"));
    expect(apis?.match.text?.source).toBe("\\bapis?\\b|intermediate|原料药|中间体");
    expect(params.patterns.EMERGING.test("perovskite cells")).toBe(true);
    expect(params.names.foreignStyles.US?.names).toBe(params.names.foreignStyleDefault.names);
    expect(params.names.foreignStyles.DE?.forms).toEqual(["GmbH", "AG", "GmbH & Co. KG"]);
    expect(params.names.roleWords.CORE).toContainEqual(["", ""]);
  });
});

describe("synthetic parameter validation", () => {
  it("loads an unedited copy", () => {
    expect(loadSyntheticParameters(fixture([])).clusterRules.length).toBe(params.clusterRules.length);
  });

  it("names the file and path of a bad constant and an unknown field", () => {
    expect(problems([["model.yaml", "revenueSigma: 1.3", "revenueSigma: -1\n  revenueSigmaa: 1"]])).toEqual([
      "synthetic/model.yaml: model.revenueSigma: must be > 0 (got -1)",
      "synthetic/model.yaml: model.revenueSigmaa: is not a known field",
    ]);
    expect(problems([["model.yaml", "year: 2025", "year: 2025.5"]])).toEqual([
      "synthetic/model.yaml: model.year: must be an integer (got 2025.5)",
    ]);
  });

  it("rejects an invalid regular expression and a missing pattern the code uses", () => {
    const found = problems([
      ["model.yaml", "  PV: '\\bpv\\b|photovolt|solar|光伏'", "  PV: 'photovolt('"],
      ["model.yaml", "  EMERGING:", "  EMERGINGX:"],
    ]);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^synthetic\/model\.yaml: patterns\.PV: invalid regular expression: /);
    expect(found[1]).toBe("synthetic/model.yaml: patterns.EMERGING: is required (the model's code uses it)");
  });

  it("rejects unknown patterns, places and doubled regions in the rule tables", () => {
    expect(
      problems([
        [
          "clusters.yaml",
          "match: { chain: NE, text: PV, stage: [MIDSTREAM, DOWNSTREAM] }",
          "match: { chain: NE, text: PVX, stage: [MIDSTREAM, DOWNSTREAM] }",
        ],
        ["clusters.yaml", "wuxi: 5,", "wuxy: 5,"],
        ["clusters.yaml", "regions: { wuxi: 3,", 'regions: { "320200": 2, wuxi: 3,'],
        [
          "names.yaml",
          "match: { chain: NE, text: PV, stage: [UPSTREAM] }",
          "match: { chain: NE, text: [PV, '/(/'] }",
        ],
      ]),
    ).toEqual([
      "synthetic/clusters.yaml: clusterRules[0].match.text: unknown pattern \"PVX\" (a name of model.yaml's patterns or an inline '/regex/')",
      'synthetic/clusters.yaml: clusterRules[0].regions.wuxy: unknown place "wuxy" (a name of model.yaml\'s places, a six-digit code or a country code)',
      "synthetic/clusters.yaml: clusterRules[2].regions.wuxi: names region 320200 a second time",
      expect.stringMatching(
        /^synthetic\/names\.yaml: industryWords\[0\]\.match\.text\[1\]: invalid regular expression: /,
      ),
    ]);
  });

  it("checks the word lists' shapes", () => {
    expect(
      problems([
        ["names.yaml", '["华", "hua"]', '["华"]'],
        ["names.yaml", 'SG: { forms: ["Pte. Ltd."] }', "SG: { forms: [] }\n  sg: { forms: [Ltd.] }"],
      ]),
    ).toEqual([
      "synthetic/names.yaml: tradeChars[0]: must have at least 2 items",
      "synthetic/names.yaml: foreignStyles.SG.forms: must not be empty",
      "synthetic/names.yaml: foreignStyles.sg: must be a country code (DE)",
    ]);
  });

  it("reports problems of several files at once, and a missing file", () => {
    const dir = fixture([
      ["model.yaml", "decayKm: 400", "decayKm: 0"],
      ["clusters.yaml", "foreign: 0.5", "foreign: none"],
    ]);
    rmSync(join(dir, "names.yaml"));
    let found: readonly string[] = [];
    try {
      loadSyntheticParameters(dir);
    } catch (err) {
      found = (err as CatalogError).problems;
    }
    expect(found).toEqual([
      "synthetic/model.yaml: model.decayKm: must be > 0 (got 0)",
      'synthetic/clusters.yaml: clusterRules[0].foreign: must be a number (got "none")',
      "synthetic/names.yaml: file not found",
    ]);
  });
});
