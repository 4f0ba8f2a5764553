import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../server/src/db/migrations.ts";
import { loadCatalog } from "../../graph-seed/src/catalog.ts";
import { graphCounts, loadSeedGraph, resetGraph } from "../../graph-seed/src/loader.ts";
import { seedIfEmpty } from "../../graph-seed/src/seed-if-empty.ts";
import { silentLog, testConfig, testDb } from "../helpers.ts";

const db = testDb();
const catalog = loadCatalog();
const options = { catalog, scale: 500, seed: 3, homeRegion: "320671", batchSize: 200 };

beforeAll(async () => {
  await migrate(db);
  await resetGraph(db);
});
afterAll(() => db.driver.close());

describe("the seed loader", () => {
  let first: Record<string, number>;

  it("writes the catalog and the synthetic universe", async () => {
    await loadSeedGraph(db, options);
    first = await graphCounts(db);
    const leaves = catalog.chains.flatMap((c) => c.subchains.flatMap((s) => s.segments));
    const subchains = catalog.chains.flatMap((c) => c.subchains);
    expect(first.chains).toBe(4);
    expect(first.segments).toBe(leaves.length + subchains.length);
    expect(first.feeds).toBe(leaves.reduce((n, s) => n + s.feeds.length, 0));
    expect(first.regions).toBe(catalog.regions.length);
    expect(first.companies).toBe(catalog.companies.length + 500);
    expect(first.locatedIn).toBe(first.companies);
    expect(first.alliances).toBe(1);
  });

  it("changes no count when run again", async () => {
    await loadSeedGraph(db, options);
    expect(await graphCounts(db)).toEqual(first);
  });

  it("places the zone's anchor plants in the zone, in their segments, under their groups", async () => {
    const rows = await db.query<{ id: string; region: string; segments: string[]; parentRegion: string }>(
      `MATCH (c:Company)-[:LOCATED_IN]->(r:Region)
       WHERE c.id IN ['pub-linyang-etda', 'pub-tongwei-etda', 'pub-topband-etda']
       MATCH (c)-[:OPERATES_IN]->(s:Segment)
       MATCH (c)-[:SUBSIDIARY_OF]->(:Company)-[:LOCATED_IN]->(pr:Region)
       WITH c, r, pr, s ORDER BY s.id
       RETURN c.id AS id, r.code AS region, collect(s.id) AS segments, pr.code AS parentRegion
       ORDER BY id`,
    );
    expect(rows.map((r) => [r.id, r.region, r.segments])).toEqual([
      ["pub-linyang-etda", "320671", ["PV06"]],
      ["pub-tongwei-etda", "320671", ["PV07"]],
      ["pub-topband-etda", "320671", ["LB15", "LB18"]],
    ]);
    for (const row of rows) expect(row.parentRegion).not.toBe("320671");
  });

  it("keeps real companies' unknown figures unknown and labels synthetic ones", async () => {
    const [row] = await db.query<{ withRevenue: number; synthetic: number; unlabelled: number }>(
      `MATCH (c:Company)
       RETURN sum(CASE WHEN c.source = 'public' AND c.revenue IS NOT NULL THEN 1 ELSE 0 END) AS withRevenue,
              sum(CASE WHEN c.source = 'synthetic' THEN 1 ELSE 0 END) AS synthetic,
              sum(CASE WHEN c.source IS NULL THEN 1 ELSE 0 END) AS unlabelled`,
    );
    expect(row).toEqual({ withRevenue: 0, synthetic: 500, unlabelled: 0 });
    const [info] = await db.query<{ scale: number; seed: number }>(
      "MATCH (i:SeedInfo {id: 'seed'}) RETURN i.scale AS scale, i.seed AS seed",
    );
    expect(info).toEqual({ scale: 500, seed: 3 });
  });

  it("stores whole numbers as integers: founded, employees, the seed info's scale", async () => {
    const [row] = await db.query<{ founded: string[]; employees: string[]; scale: string }>(
      `CALL () { MATCH (c:Company) WHERE c.founded IS NOT NULL RETURN collect(DISTINCT valueType(c.founded)) AS founded }
       CALL () { MATCH (c:Company) WHERE c.employees IS NOT NULL RETURN collect(DISTINCT valueType(c.employees)) AS employees }
       MATCH (i:SeedInfo {id: 'seed'})
       RETURN founded, employees, valueType(i.scale) AS scale`,
    );
    expect(row?.founded).toEqual(["INTEGER NOT NULL"]);
    expect(row?.employees).toEqual(["INTEGER NOT NULL"]);
    expect(row?.scale).toBe("INTEGER NOT NULL");
  });

  it("leaves no stale LOCATED_IN or OPERATES_IN edge when a re-seed moves a company", async () => {
    const moved = catalog.companies.find((c) => c.region === "320671" && c.segments.length === 1)!;
    const otherRegion = catalog.regions.find((r) => r.level === "CITY" && r.code !== moved.region)!.code;
    const otherSegment = catalog.chains[0]!.subchains[0]!.segments.find(
      (s) => s.id !== moved.segments[0]!.segment,
    )!.id;
    const changed = {
      ...catalog,
      companies: catalog.companies.map((c) =>
        c.id === moved.id
          ? { ...c, region: otherRegion, segments: [{ segment: otherSegment, primary: true }] }
          : c,
      ),
    };
    await loadSeedGraph(db, { ...options, catalog: changed });
    const [row] = await db.query<{ regions: string[]; segments: string[] }>(
      `MATCH (c:Company {id: $id})
       RETURN COLLECT { MATCH (c)-[:LOCATED_IN]->(r) RETURN r.code } AS regions,
              COLLECT { MATCH (c)-[:OPERATES_IN]->(s) RETURN s.id } AS segments`,
      { id: moved.id },
    );
    expect(row).toEqual({ regions: [otherRegion], segments: [otherSegment] });
    // Back as it was: the counts of the first load again.
    await loadSeedGraph(db, options);
    expect(await graphCounts(db)).toEqual(first);
  });
});

describe("seeding on start (seed-if-empty)", () => {
  const config = testConfig({ homeRegion: "320671", seed: { scale: 500, seed: 3 } });
  /** What an interrupted first seed leaves: the marker unfinished and part of the companies. */
  const interrupt = async () => {
    await db.autoCommit(
      "MATCH (c:Company {source: 'synthetic'}) WHERE c.id ENDS WITH '1' OR c.id ENDS WITH '7' DETACH DELETE c",
    );
    await db.autoCommit("MATCH (i:SeedInfo {id: 'seed'}) SET i.complete = false");
    // The killed load's bulk stays listed as running in the presence info.
    await db.autoCommit("MATCH (i:PresenceInfo {id: 'presence'}) SET i.bulks = ['killed-load']");
  };

  it("keeps a finished seed, judged by its marker", async () => {
    expect(await seedIfEmpty(db, config, silentLog)).toBe("kept");
  });

  it("resumes an interrupted first seed with the same settings", async () => {
    const full = await graphCounts(db);
    await interrupt();
    expect((await graphCounts(db)).companies).toBeLessThan(full.companies!);
    expect(await seedIfEmpty(db, config, silentLog)).toBe("resumed");
    expect(await graphCounts(db)).toEqual(full);
    const [marker] = await db.query<{ complete: boolean }>(
      "MATCH (i:SeedInfo) RETURN i.complete AS complete",
    );
    expect(marker?.complete).toBe(true);
    const [info] = await db.query<{ bulks: string[] }>("MATCH (i:PresenceInfo) RETURN i.bulks AS bulks");
    expect(info?.bulks).toEqual([]); // analyses read the precomputed rows again
  });

  it("restarts it from an empty graph when the settings changed", async () => {
    await interrupt();
    const smaller = testConfig({ homeRegion: "320671", seed: { scale: 200, seed: 3 } });
    expect(await seedIfEmpty(db, smaller, silentLog)).toBe("restarted");
    const counts = await graphCounts(db);
    expect(counts.companies).toBe(catalog.companies.length + 200);
    expect(counts.locatedIn).toBe(counts.companies);
  });

  it("seeds an empty database", async () => {
    await resetGraph(db);
    expect(await seedIfEmpty(db, smallerConfig(), silentLog)).toBe("seeded");
    expect((await graphCounts(db)).chains).toBe(4);
  });
});

const smallerConfig = () => testConfig({ homeRegion: "320671", seed: { scale: 50, seed: 3 } });
