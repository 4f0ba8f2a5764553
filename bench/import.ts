import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { creditCodeCheckChar, DEFAULT_BATCH, runImport, undoImport } from "../server/src/imports/index.ts";
import { bulkWrite, companyColumns } from "../server/src/graph-writes/index.ts";
import { openBenchDatabase } from "./lib.ts";

/**
 * `npm run bench:import -- [--rows 100000] [--scale 20000] [--batch 10000] [--keep-data DIR] [--heap 4g]
 *   [--page-cache 4096]`
 *
 * Rows per second of a companies import (new companies, each with a valid credit code, a city, one
 * or two segments and a revenue) into a database seeded with `scale` synthetic companies: the dry
 * run (read + validate + resolve), the apply, the re-run (every row unchanged: idempotency costs a
 * dry run) and the undo, each split into where the time goes; beside them the raw-Cypher baseline:
 * the same companies written by the seed's bulk path (graph-writes `companies`, no validation, no
 * provenance, no prior state kept).
 */
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    scale: { type: "string", default: "20000" },
    batch: { type: "string", default: String(DEFAULT_BATCH) },
    "keep-data": { type: "string" },
    /** Neo4j's heap and page cache (MiB): the store grows by the rows imported, not by --scale. */
    heap: { type: "string" },
    "page-cache": { type: "string" },
  },
});
const rows = Number(values.rows);
const scale = Number(values.scale);
const batchSize = Number(values.batch);

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function creditCode(i: number): string {
  let body = "";
  let n = i;
  for (let k = 0; k < 8; k++) {
    body = ALPHABET[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const first17 = `913206${"BENCH".replace(/[^0-9A-HJ-NP-RTUW-Y]/g, "0").slice(0, 3)}${body}`
    .slice(0, 17)
    .padEnd(17, "0");
  return first17 + creditCodeCheckChar(first17);
}

const bench = await openBenchDatabase({
  scale,
  keepData: values["keep-data"],
  ...(values.heap ? { heap: values.heap } : {}),
  ...(values["page-cache"] ? { pageCacheMb: Number(values["page-cache"]) } : {}),
});
const { db } = bench;
try {
  const cities = (
    await db.query<{ code: string }>("MATCH (r:Region {level: 'CITY'}) RETURN r.code AS code ORDER BY code")
  ).map((r) => r.code);
  const leaves = (
    await db.query<{ id: string }>("MATCH (s:Segment {leaf: true}) RETURN s.id AS id ORDER BY id")
  ).map((r) => r.id);
  const records: string[][] = [
    ["creditCode", "nameZh", "name", "region", "segments", "revenue", "employees", "founded"],
  ];
  for (let i = 0; i < rows; i++) {
    const seg = leaves[i % leaves.length]!;
    const seg2 = i % 3 === 0 ? `;${leaves[(i * 7 + 1) % leaves.length]}` : "";
    records.push([
      creditCode(i),
      `基准企业${i}有限公司`,
      `Bench Co ${i}`,
      cities[i % cities.length]!,
      seg + seg2,
      String(100 + (i % 5000) * 10),
      String(10 + (i % 900)),
      String(1990 + (i % 34)),
    ]);
  }
  const bytes = new TextEncoder().encode(stringify(records));
  console.log(
    `${bench.describe}\nfile: ${rows.toLocaleString("en-US")} company rows, ${(bytes.length / 1e6).toFixed(1)} MB CSV (UTF-8)`,
  );

  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString("en-US")} rows/s`;
  const split = (t: Record<string, number>) =>
    Object.entries(t)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(", ");
  const opts = { bytes, file: "bench.csv", user: "bench", kind: "companies", batchSize, staleMs: 0 };

  // Warm-up: the first write after Neo4j starts runs at about half speed (its JIT, the page cache of
  // the indexes), measured at 1.7k against 3–5k rows/s warm. A running service is warm, so the
  // import is measured after one small import applied and undone, which is printed too.
  const warmRows = Math.min(rows, 10_000);
  const warm = await runImport(db, {
    ...opts,
    bytes: new TextEncoder().encode(stringify(records.slice(0, warmRows + 1))),
    file: "warm-up.csv",
  });
  console.log(
    `warm-up   ${warmRows.toLocaleString("en-US")} rows applied at ${Math.round(warmRows / (warm.timings.apply! / 1000)).toLocaleString("en-US")} rows/s (write phase, cold), then undone`,
  );
  await undoImport(db, warm.importId!, { user: "bench", staleMs: 0 });

  let t0 = performance.now();
  const dry = await runImport(db, { ...opts, dryRun: true });
  const dryMs = performance.now() - t0;
  console.log(
    `dry run   ${fmt(dryMs)}  ${rate(dryMs)}  (${split(dry.timings)}; would create ${dry.report.created})`,
  );

  t0 = performance.now();
  const applied = await runImport(db, opts);
  const applyMs = performance.now() - t0;
  console.log(
    `apply     ${fmt(applyMs)}  ${rate(applyMs)}  (${split(applied.timings)}; created ${applied.report.created})`,
  );
  console.log(`          write phase alone: ${rate(applied.timings.apply!)}`);

  t0 = performance.now();
  const again = await runImport(db, opts);
  const againMs = performance.now() - t0;
  console.log(
    `re-run    ${fmt(againMs)}  ${rate(againMs)}  (unchanged ${again.report.unchanged}, created ${again.report.created})`,
  );

  t0 = performance.now();
  await undoImport(db, applied.importId!, { user: "bench", staleMs: 0 });
  const undoMs = performance.now() - t0;
  console.log(`undo      ${fmt(undoMs)}  ${rate(undoMs)}`);

  // Baseline: the same companies through the seed's bulk path (no validation, provenance or undo).
  const inputs = records.slice(1).map((r) => ({
    id: r[0]!,
    name: r[2]!,
    nameZh: r[1]!,
    region: r[3]!,
    segments: r[4]!.split(";").map((segment, j) => ({ segment, primary: j === 0 })),
    source: "imported",
    revenue: Number(r[5]) / 100,
    employees: Number(r[6]),
    founded: Number(r[7]),
  }));
  t0 = performance.now();
  await bulkWrite(db, async (bulk) => {
    for (let i = 0; i < inputs.length; i += batchSize) {
      const cols = companyColumns(inputs.slice(i, i + batchSize));
      await bulk.write((g) => g.companies(cols));
    }
  });
  const baseMs = performance.now() - t0;
  console.log(
    `baseline  ${fmt(baseMs)}  ${rate(baseMs)}  (raw bulk CREATE of the same rows through graph-writes)`,
  );
  await db.autoCommit(
    "MATCH (c:Company) WHERE c.name STARTS WITH 'Bench Co ' CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 10000 ROWS",
  );
} finally {
  await bench.close();
}
