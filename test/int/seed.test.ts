import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../server/src/db/migrations.ts";
import { loadCatalog } from "../../graph-seed/src/catalog.ts";
import { graphCounts, loadSeedGraph, resetGraph } from "../../graph-seed/src/loader.ts";
import { testDb } from "../helpers.ts";

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
});
