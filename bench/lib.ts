import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { migrate } from "../server/src/db/migrations.ts";
import { createLogger } from "../server/src/logger.ts";
import { loadCatalog } from "../graph-seed/src/catalog.ts";
import { loadSeedGraph, resetGraph } from "../graph-seed/src/loader.ts";

/**
 * Shared plumbing of the API benchmarks: a database seeded at the asked scale (a fresh local
 * Neo4j, or a kept data folder so that a 1M seed is paid once, or NEO4J_URI), and timing helpers.
 */

export interface BenchDatabase {
  db: Db;
  /** Bolt URI of the database, for benchmark servers in child processes. */
  uri: string;
  /** Process id of the local Neo4j this benchmark started (undefined for NEO4J_URI). */
  neo4jPid: number | undefined;
  config: Config;
  scale: number;
  describe: string;
  close(): Promise<void>;
}

export interface BenchDbOptions {
  scale: number;
  seed?: number;
  /** Keep the store in this folder across runs (seeded once per scale). */
  keepData?: string;
  heap?: string;
  pageCacheMb?: number;
}

/** Heap and page cache that hold a 1M-company graph in memory on this 24 GiB machine. */
export function memoryFor(scale: number): { heap: string; pageCacheMb: number } {
  if (scale >= 500_000) return { heap: "4g", pageCacheMb: 4096 };
  if (scale >= 50_000) return { heap: "2g", pageCacheMb: 1536 };
  return { heap: "1g", pageCacheMb: 512 };
}

export async function openBenchDatabase(options: BenchDbOptions): Promise<BenchDatabase> {
  const log = createLogger(process.env.LOG_LEVEL ?? "warn", "bench");
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" });
  const seed = options.seed ?? 1;
  let local: LocalNeo4j | undefined;
  let tempDir: string | undefined;
  let uri = config.neo4j.uri;
  const memory = { ...memoryFor(options.scale), ...(options.heap ? { heap: options.heap } : {}) };
  if (options.pageCacheMb) memory.pageCacheMb = options.pageCacheMb;
  if (!uri) {
    const dataDir = options.keepData
      ? path.resolve(options.keepData)
      : (tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-bench-")));
    local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: memory.heap,
      pageCacheMb: memory.pageCacheMb,
      log,
    });
    uri = local.uri;
  }
  const driver = createDriver({ ...config.neo4j, uri });
  const db = new Db(driver, config.neo4j.database);
  const close = async () => {
    await driver.close();
    await local?.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    await migrate(db);
    const [info] = await db.query<{ scale: number; seed: number }>(
      "OPTIONAL MATCH (i:SeedInfo {id: 'seed'}) RETURN i.scale AS scale, i.seed AS seed",
    );
    if (info?.scale !== options.scale || info?.seed !== seed) {
      process.stdout.write(`seeding ${options.scale.toLocaleString("en-US")} synthetic companies… `);
      await resetGraph(db);
      const summary = await loadSeedGraph(db, {
        catalog: loadCatalog(),
        scale: options.scale,
        seed,
        homeRegion: config.homeRegion,
      });
      console.log(`${summary.rows.toLocaleString("en-US")} rows in ${(summary.ms / 1000).toFixed(1)} s`);
    }
    const describe = `${options.scale.toLocaleString("en-US")} synthetic companies (seed ${seed}); Neo4j ${
      local ? `local, heap ${memory.heap}, page cache ${memory.pageCacheMb} MiB` : `at ${uri}`
    }; ${os.cpus().length} cores; Node ${process.version}`;
    return { db, uri, neo4jPid: local?.pid, config, scale: options.scale, describe, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Runs fn `warmup` times unmeasured (JIT, plan cache, page cache), then `runs` times measured. */
export async function measure(
  name: string,
  fn: () => Promise<unknown>,
  runs = 50,
  warmup = 5,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    runs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

/** Prints GraphQL timings beside their raw-Cypher baselines, with the ratio at p50. */
export function printPairs(title: string, pairs: { graphql: Timing; raw: Timing }[]): void {
  console.log(`\n${title}`);
  console.log(
    `${"operation".padEnd(46)}${"GraphQL p50".padStart(12)}${"p95".padStart(9)}${"Cypher p50".padStart(12)}${"p95".padStart(9)}${"ratio p50".padStart(11)}`,
  );
  const ms = (n: number) => n.toFixed(1).padStart(9);
  for (const { graphql, raw } of pairs) {
    console.log(
      `${graphql.name.padEnd(46)}${ms(graphql.p50).padStart(12)}${ms(graphql.p95)}${ms(raw.p50).padStart(12)}${ms(raw.p95)}${(graphql.p50 / raw.p50).toFixed(2).padStart(10)}×`,
    );
  }
}

/** In-process GraphQL through yoga.fetch; throws on GraphQL errors so a broken query cannot look fast. */
export async function graphqlCall(
  yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response },
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const res = await yoga.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
  return body.data;
}

export interface BenchArgs {
  scale: number;
  runs: number;
  /** Sections to run (bench/api.ts): explore, gaps, targets. */
  only: string[];
  dbOptions: BenchDbOptions;
}

/** `--scale N --runs N [--only a,b] [--keep-data DIR] [--heap 4g] [--pagecache-mb N]`, validated. */
export function parseBenchArgs(argv = process.argv.slice(2)): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string", default: "100000" },
      runs: { type: "string", default: "30" },
      only: { type: "string", default: "explore,gaps,targets" },
      "keep-data": { type: "string" },
      heap: { type: "string" },
      "pagecache-mb": { type: "string" },
    },
  });
  const scale = Number(values.scale.replace(/_/g, ""));
  const runs = Number(values.runs);
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error(`--scale takes a whole number (got ${values.scale})`);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number ≥ 1 (got ${values.runs})`);
  return {
    scale,
    runs,
    only: values.only.split(",").map((s) => s.trim()),
    dbOptions: {
      scale,
      ...(values["keep-data"] ? { keepData: values["keep-data"] } : {}),
      ...(values.heap ? { heap: values.heap } : {}),
      ...(values["pagecache-mb"] ? { pageCacheMb: Number(values["pagecache-mb"]) } : {}),
    },
  };
}
