import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { migrate } from "../server/src/db/migrations.ts";
import { createLogger } from "../server/src/logger.ts";
import { loadCatalog } from "../graph-seed/src/catalog.ts";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_WRITERS,
  graphCounts,
  loadSeedGraph,
  resetGraph,
  type LoadSummary,
} from "../graph-seed/src/loader.ts";

/**
 * `npm run bench:seed -- --scale N [--seed S] [--batch N] [--writers N] [--repeat N]
 *  [--heap 4g] [--pagecache-mb 4096]`
 *
 * Times the seed loader end to end through Bolt against a FRESH local Neo4j (temporary data
 * folder, free port, heap and page cache sized for the scale), or against NEO4J_URI when set
 * (which it resets: all data but the schema-migration records is deleted). Prints per-step rows,
 * ms and rows/s, the totals, the client-side share (the same load with every write skipped: the
 * synthetic generator plus row shaping), the CPU time Node and Neo4j each used, Neo4j's GC time,
 * and the machine facts. With --repeat N the load runs N times (reset in between) and the medians
 * are printed. The database is always stopped and its folder deleted, also on error or Ctrl-C.
 */
const USAGE =
  "usage: npm run bench:seed -- [--scale N] [--seed S] [--batch N] [--writers N] [--repeat N] [--heap 4g] [--pagecache-mb N]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function whole(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return n;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const perSecond = (rows: number, ms: number) => Math.round((rows / Math.max(ms, 1)) * 1000);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** CPU seconds (user + system) a process has used so far, from /proc (Linux only; else NaN). */
function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 14 and 15 (utime, stime) in clock ticks; after the ")" they are at index 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Seconds the JVM spent in garbage collection so far (jstat's GCT), or NaN without jstat. */
function jvmGcSeconds(pid: number): number {
  try {
    const out = execFileSync("jstat", ["-gc", String(pid)], { encoding: "utf8", timeout: 10_000 });
    const [head, values] = out.trim().split("\n");
    const names = head!.trim().split(/\s+/);
    const vals = values!.trim().split(/\s+/);
    return Number(vals[names.indexOf("GCT")]);
  } catch {
    return Number.NaN;
  }
}

interface Run {
  summary: LoadSummary;
  nodeCpu: number;
  neo4jCpu: number;
  gc: number;
}

function printSteps(title: string, summary: LoadSummary): void {
  console.log(`\n${title}`);
  console.log(`${"step".padEnd(22)}${"rows".padStart(11)}${"ms".padStart(9)}${"rows/s".padStart(10)}`);
  for (const s of summary.steps) {
    console.log(
      `${s.step.padEnd(22)}${fmt(s.rows).padStart(11)}${fmt(s.ms).padStart(9)}${fmt(perSecond(s.rows, s.ms)).padStart(10)}`,
    );
  }
  console.log(
    `${"total".padEnd(22)}${fmt(summary.rows).padStart(11)}${fmt(summary.ms).padStart(9)}${fmt(summary.rowsPerSecond).padStart(10)}`,
  );
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        scale: { type: "string" },
        seed: { type: "string" },
        batch: { type: "string" },
        writers: { type: "string" },
        repeat: { type: "string" },
        heap: { type: "string" },
        "pagecache-mb": { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  const config = loadConfig();
  const scale = whole("scale", args.scale, 100_000);
  const seed = whole("seed", args.seed, 1);
  const batchSize = args.batch === undefined ? undefined : whole("batch", args.batch, 0, 1);
  const writers = args.writers === undefined ? undefined : whole("writers", args.writers, 0, 1);
  const repeat = whole("repeat", args.repeat, 1, 1);
  // The whole store fits the page cache at these sizes (about 1.3 GB on disk at 10⁶ firms), so the
  // load never waits on page faults; the heap holds each batch's transaction state.
  const big = scale > 300_000;
  const heap = args.heap ?? (big ? "4g" : "2g");
  if (!/^\d+[mg]$/i.test(heap)) fail(`--heap must look like 512m or 4g (got "${heap}")`);
  const pageCacheMb = whole("pagecache-mb", args["pagecache-mb"], big ? 4096 : 2048, 64);
  const log = createLogger("warn", "bench");
  const catalog = loadCatalog();
  const loadOptions = { catalog, scale, seed, homeRegion: config.homeRegion, batchSize, writers };

  let local: LocalNeo4j | undefined;
  // Kept so that a Ctrl-C during start-up still stops the database once it is up.
  let starting: Promise<LocalNeo4j> | undefined;
  let dataDir: string | undefined;
  let db: Db | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await db?.driver.close().catch(() => undefined);
      local ??= await starting?.catch(() => undefined);
      await local?.stop().catch(() => undefined);
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the database and deleting its folder…`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    // Client side alone: the identical load with every write skipped (a fresh catalog object, so
    // the generator's per-catalog cache cannot carry over into the timed loads).
    const dry = await loadSeedGraph(null, { ...loadOptions, catalog: loadCatalog(), dryRun: true });

    let uri = config.neo4j.uri;
    if (uri) {
      console.warn(`NEO4J_URI is set: benchmarking ${uri}, whose graph this RESETS (all data is deleted).`);
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-bench-neo4j-"));
      starting = startLocalNeo4j({ dataDir, boltPort: await freePort(), heap, pageCacheMb, log });
      local = await starting;
      uri = local.uri;
    }
    const driver = createDriver({ ...config.neo4j, uri });
    db = new Db(driver, config.neo4j.database);
    await migrate(db);
    const [component] = await db.query<{ version: string; edition: string }>(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );

    const runs: Run[] = [];
    for (let i = 0; i < repeat; i++) {
      await resetGraph(db);
      const nodeCpu0 = process.cpuUsage();
      const neo4jCpu0 = local ? processCpuSeconds(local.pid) : Number.NaN;
      const gc0 = local ? jvmGcSeconds(local.pid) : Number.NaN;
      const summary = await loadSeedGraph(db, loadOptions);
      const nodeCpu = process.cpuUsage(nodeCpu0);
      runs.push({
        summary,
        nodeCpu: (nodeCpu.user + nodeCpu.system) / 1e6,
        neo4jCpu: local ? processCpuSeconds(local.pid) - neo4jCpu0 : Number.NaN,
        gc: local ? jvmGcSeconds(local.pid) - gc0 : Number.NaN,
      });
      if (repeat > 1) {
        console.log(
          `run ${i + 1}/${repeat}: ${fmt(summary.rows)} rows in ${(summary.ms / 1000).toFixed(1)} s = ${fmt(summary.rowsPerSecond)} rows/s`,
        );
      }
    }
    const counts = await graphCounts(db);

    // Medians per step and overall (with one run, simply that run).
    const first = runs[0]!.summary;
    const med: LoadSummary = {
      steps: first.steps.map((s, k) => ({
        step: s.step,
        rows: s.rows,
        ms: median(runs.map((r) => r.summary.steps[k]!.ms)),
      })),
      rows: first.rows,
      ms: median(runs.map((r) => r.summary.ms)),
      rowsPerSecond: 0,
    };
    med.rowsPerSecond = perSecond(med.rows, med.ms);

    console.log(`\n=== seed benchmark: scale ${fmt(scale)}, seed ${seed} ===`);
    console.log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      `Neo4j ${component?.version ?? "?"} ${component?.edition ?? ""} ${local ? `(local, fresh store, heap ${heap}, page cache ${pageCacheMb} MB)` : `at ${uri} (heap and page cache: the server's)`}; Node ${process.version}`,
    );
    console.log(
      `loader: batch ${batchSize ?? DEFAULT_BATCH_SIZE}, writers ${writers ?? DEFAULT_WRITERS} (company steps); ${repeat} run(s)${repeat > 1 ? ", medians shown" : ""}`,
    );
    printSteps(repeat > 1 ? "load through Bolt (median ms per step)" : "load through Bolt", med);
    printSteps("client side alone (generator + row shaping, no writes)", dry);
    const totalS = med.ms / 1000;
    console.log(
      `\nTOTAL ${fmt(med.rows)} rows in ${totalS.toFixed(1)} s = ${fmt(med.rowsPerSecond)} rows/s` +
        ` (client side alone ${(dry.ms / 1000).toFixed(1)} s = ${Math.round((dry.ms / med.ms) * 100)} % of it)`,
    );
    const cpu = (pick: (r: Run) => number) => median(runs.map(pick));
    console.log(
      `CPU during the load (median): Node ${cpu((r) => r.nodeCpu).toFixed(1)} s, Neo4j ${cpu((r) => r.neo4jCpu).toFixed(1)} s` +
        ` (of which JVM GC pauses ${cpu((r) => r.gc).toFixed(1)} s), wall ${totalS.toFixed(1)} s × 2 cores = ${(totalS * os.cpus().length).toFixed(1)} core-s`,
    );
    console.log("graph holds:", JSON.stringify(counts));
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
