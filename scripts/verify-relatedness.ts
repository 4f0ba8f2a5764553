/**
 * Cross-checks server/src/gaps/relatedness.ts against the Harvard Growth Lab `ecomplexity` package.
 *
 * `verifyRelatedness(counts)` computes RCA, presence, proximity and density with relatedness.ts, writes
 * them with the counts to a temporary directory, and runs scripts/verify_relatedness.py in a Python venv
 * at .data/venv-verify (created from scripts/requirements-verify.txt when missing). The convention
 * alignment (zero totals, threshold, diagonal, density axis) is explained in that script's docstring.
 *
 * CLI:
 *   npm run verify:relatedness [-- --scale N] [--temp] [--keep]
 *     The default: exports the region × segment matrix of the SEEDED graph — exactly the matrix gap
 *     analysis uses (server/src/gaps/analysis.ts buildMatrix: every Chinese city, foreign country,
 *     the home zone as its own row; all leaf segments of all chains) — from the configured database
 *     (NEO4J_URI, or the local one at NEO4J_DATA_DIR, default .data/neo4j), and checks it. When that
 *     database holds no seed, --scale N seeds it (seed SEED_RANDOM); --temp instead starts a fresh
 *     local Neo4j in a temporary folder, seeds it at --scale (default SEED_SCALE) and deletes it.
 *   npx tsx scripts/verify-relatedness.ts --random 60x120 --seed 7 [--keep]
 *     A deterministic synthetic matrix instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { relatedness } from "../server/src/gaps/relatedness.ts";
import { loadConfig } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { freePort, startLocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { migrate } from "../server/src/db/migrations.ts";
import { openDatabase } from "../server/src/db/runtime.ts";
import { createLogger } from "../server/src/logger.ts";
import { buildMatrix } from "../server/src/gaps/analysis.ts";
import { gatherGapData } from "../server/src/gaps/queries.ts";
import { loadCatalog } from "../graph-seed/src/catalog.ts";
import { loadSeedGraph } from "../graph-seed/src/loader.ts";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(SCRIPTS_DIR, "..");

/** Counts of companies, regions × segments. */
export interface CountMatrix {
  regions: string[];
  segments: string[];
  /** x[r][s]: companies of region r operating in segment s. */
  x: number[][];
}

export interface VerifyOptions {
  /** Absolute tolerance per cell; default 1e-9. */
  tolerance?: number;
  /** Venv directory; default .data/venv-verify under the project root. */
  venvDir?: string;
  /** Interpreter used to create the venv; default python3. */
  python?: string;
  /** Keep the temporary CSV/JSON (their directory is returned) instead of deleting them. */
  keepFiles?: boolean;
  /** Echo the Python script's report to stdout; default true. */
  echo?: boolean;
}

/** What scripts/verify_relatedness.py found. */
export interface VerifyResult {
  ok: boolean;
  maxAbsDiff: { rca: number; proximity: number; density: number };
  tolerance: number;
  keptRegions: number;
  keptSegments: number;
  droppedRegions: string[];
  droppedSegments: string[];
  presenceMismatches: number | null;
  problems: string[];
  versions: Record<string, string>;
  /** The Python script's printed report. */
  report: string;
  /** Where the CSV and JSON were written, when kept. */
  filesDir?: string;
}

function run(command: string, args: string[], echo: boolean): { status: number; stdout: string } {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (echo && result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return { status: result.status ?? 1, stdout: result.stdout ?? "" };
}

/**
 * Makes sure the venv exists and can import the package, creating it and installing the pinned
 * requirements when not. Returns the venv's python.
 */
export function ensureVenv(venvDir = join(ROOT, ".data", "venv-verify"), python = "python3"): string {
  const venvPython = join(venvDir, "bin", "python");
  const probe = () =>
    existsSync(venvPython) &&
    spawnSync(venvPython, ["-c", "import ecomplexity, sklearn"], { encoding: "utf8" }).status === 0;
  if (probe()) return venvPython;
  console.error(`setting up ${venvDir} from scripts/requirements-verify.txt …`);
  mkdirSync(dirname(venvDir), { recursive: true });
  if (!existsSync(venvPython) && run(python, ["-m", "venv", venvDir], true).status !== 0) {
    throw new Error(`could not create a venv at ${venvDir} with ${python}`);
  }
  const requirements = join(SCRIPTS_DIR, "requirements-verify.txt");
  if (run(venvPython, ["-m", "pip", "install", "--quiet", "-r", requirements], true).status !== 0) {
    throw new Error(`pip install -r ${requirements} failed`);
  }
  if (!probe()) throw new Error(`${venvPython} still cannot import ecomplexity`);
  return venvPython;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Computes the measures with relatedness.ts and checks them against `ecomplexity`. Returns even on a
 * mismatch (look at `ok`); throws only when the check cannot run (bad input, no Python).
 */
export function verifyRelatedness(counts: CountMatrix, options: VerifyOptions = {}): VerifyResult {
  const { regions, segments, x } = counts;
  if (x.length !== regions.length) throw new RangeError(`${x.length} rows for ${regions.length} regions`);
  x.forEach((row, r) => {
    if (row.length !== segments.length) {
      throw new RangeError(`row ${r} has ${row.length} cells for ${segments.length} segments`);
    }
  });
  const echo = options.echo ?? true;
  const measures = relatedness(x);

  const dir = mkdtempSync(join(tmpdir(), "chain-atlas-verify-"));
  try {
    const lines = ["region,segment,count"];
    // Every pair, zeros included, so that an all-zero region or segment is present in the file too.
    regions.forEach((region, r) =>
      segments.forEach((segment, s) =>
        lines.push(`${csvField(region)},${csvField(segment)},${x[r]?.[s] ?? 0}`),
      ),
    );
    const csvPath = join(dir, "counts.csv");
    writeFileSync(csvPath, lines.join("\n") + "\n");
    const jsonPath = join(dir, "ours.json");
    // JSON.stringify writes the shortest decimal that round-trips, so Python reads the same doubles.
    writeFileSync(
      jsonPath,
      JSON.stringify({
        regions,
        segments,
        rca: measures.rca,
        presence: measures.presence,
        proximity: measures.proximity,
        density: measures.density,
      }),
    );

    const venvPython = ensureVenv(options.venvDir, options.python);
    const resultPath = join(dir, "result.json");
    const args = [join(SCRIPTS_DIR, "verify_relatedness.py"), csvPath, jsonPath, "--result", resultPath];
    if (options.tolerance !== undefined) args.push("--tolerance", String(options.tolerance));
    const { status, stdout } = run(venvPython, args, echo);
    if (!existsSync(resultPath)) throw new Error(`verify_relatedness.py exited ${status} without a result`);
    const parsed = JSON.parse(readFileSync(resultPath, "utf8")) as Omit<VerifyResult, "report" | "filesDir">;
    return { ...parsed, report: stdout, ...(options.keepFiles ? { filesDir: dir } : {}) };
  } finally {
    if (!options.keepFiles) rmSync(dir, { recursive: true, force: true });
  }
}

/** mulberry32: a tiny seeded PRNG, so that `--seed` gives the same matrix on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic sparse count matrix: about `fill` of the cells non-zero, with geometric-ish counts
 * (mostly 1–5, a tail to a few dozen) as company counts per city and segment tend to be. Row
 * `⌊rows/3⌋` and column `⌊cols/4⌋` are forced to all zeros so that the package's dropping of
 * zero-total regions and segments is always exercised.
 */
export function randomCounts(rows: number, cols: number, seed: number, fill = 0.15): CountMatrix {
  const rand = mulberry32(seed);
  const zeroRow = Math.floor(rows / 3);
  const zeroCol = Math.floor(cols / 4);
  const x = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, s) => {
      const u = rand();
      const v = rand();
      if (r === zeroRow || s === zeroCol || u >= fill) return 0;
      return 1 + Math.floor(-Math.log(1 - v) * 3);
    }),
  );
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return {
    regions: Array.from({ length: rows }, (_, r) => `R${pad(r, 3)}`),
    segments: Array.from({ length: cols }, (_, s) => `S${pad(s, 3)}`),
    x,
  };
}

/**
 * The region × segment matrix gap analysis computes on, read from a seeded database: the same
 * query (precomputed presence, or a live count when that is stale) and the same row assembly.
 */
export async function exportSeededMatrix(db: Db, home: string): Promise<CountMatrix & { stale: boolean }> {
  const data = await gatherGapData((q, p) => db.query(q, p), "", home);
  const matrix = buildMatrix(
    data.cells,
    data.regions,
    data.leaves.map((l) => l.id),
    home,
  );
  return { regions: matrix.rows, segments: matrix.segments, x: matrix.x, stale: data.stale };
}

interface Cli {
  mode: "random" | "seeded";
  rows: number;
  cols: number;
  seed: number;
  keep: boolean;
  scale: number | undefined;
  temp: boolean;
}

function parseCli(argv: string[]): Cli {
  const cli: Cli = {
    mode: "seeded",
    rows: 60,
    cols: 120,
    seed: 7,
    keep: false,
    scale: undefined,
    temp: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--random") {
      const match = /^(\d+)x(\d+)$/.exec(argv[++i] ?? "");
      if (!match) throw new Error("--random takes ROWSxCOLS, e.g. 60x120");
      cli.mode = "random";
      cli.rows = Number(match[1]);
      cli.cols = Number(match[2]);
    } else if (arg === "--seed") {
      cli.seed = Number(argv[++i]);
      if (!Number.isInteger(cli.seed)) throw new Error("--seed takes an integer");
    } else if (arg === "--keep") {
      cli.keep = true;
    } else if (arg === "--scale") {
      cli.scale = Number(argv[++i]);
      if (!Number.isInteger(cli.scale) || cli.scale < 0) throw new Error("--scale takes a whole number");
    } else if (arg === "--temp") {
      cli.temp = true;
    } else {
      throw new Error(
        `unknown argument ${arg}; usage: [--scale N] [--temp] [--keep] | --random ROWSxCOLS --seed N [--keep]`,
      );
    }
  }
  return cli;
}

async function verifySeeded(cli: Cli): Promise<boolean> {
  const config = loadConfig();
  const log = createLogger("warn", "verify");
  let db: Db;
  let close: () => Promise<void>;
  if (cli.temp && !config.neo4j.uri) {
    const dataDir = mkdtempSync(join(tmpdir(), "chain-atlas-verify-neo4j-"));
    const local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: "1g",
      pageCacheMb: 512,
      log,
    });
    const driver = createDriver({ ...config.neo4j, uri: local.uri });
    db = new Db(driver, undefined);
    close = async () => {
      await driver.close();
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    const runtime = await openDatabase(config, log);
    db = runtime.db;
    close = () => runtime.close();
  }
  try {
    const [info] = await db.query<{ scale: number | null; seed: number | null }>(
      "OPTIONAL MATCH (i:SeedInfo {id: 'seed'}) RETURN i.scale AS scale, i.seed AS seed",
    );
    if (info?.scale === null || info?.scale === undefined) {
      const scale = cli.scale ?? (cli.temp ? config.seed.scale : undefined);
      if (scale === undefined)
        throw new Error("the database holds no seed: pass --scale N to seed it, or --temp");
      console.log(`seeding ${scale} synthetic companies (seed ${config.seed.seed}) …`);
      await migrate(db);
      await loadSeedGraph(db, {
        catalog: loadCatalog(),
        scale,
        seed: config.seed.seed,
        homeRegion: config.homeRegion,
      });
    } else {
      console.log(`seeded graph: scale ${info.scale}, seed ${info.seed}`);
    }
    const counts = await exportSeededMatrix(db, config.homeRegion);
    const nonZero = counts.x.flat().filter((v) => v > 0).length;
    console.log(
      `region × segment matrix of the seeded graph (home ${config.homeRegion}): ${counts.regions.length} rows × ` +
        `${counts.segments.length} leaf segments, ${nonZero} non-zero cells, ` +
        `${counts.x.flat().reduce((a, b) => a + b, 0)} company-segment pairs` +
        (counts.stale ? " (presence precomputation stale: counted live)" : ""),
    );
    const result = verifyRelatedness(counts, { keepFiles: cli.keep });
    if (result.filesDir) console.log(`files kept in ${result.filesDir}`);
    return result.ok;
  } finally {
    await close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const cli = parseCli(process.argv.slice(2));
  if (cli.mode === "random") {
    const { rows, cols, seed, keep } = cli;
    const counts = randomCounts(rows, cols, seed);
    const nonZero = counts.x.flat().filter((v) => v > 0).length;
    console.log(`random ${rows}x${cols} counts, seed ${seed}: ${nonZero} non-zero cells`);
    const result = verifyRelatedness(counts, { keepFiles: keep });
    if (result.filesDir) console.log(`files kept in ${result.filesDir}`);
    process.exitCode = result.ok ? 0 : 1;
  } else {
    verifySeeded(cli).then(
      (ok) => (process.exitCode = ok ? 0 : 1),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 2;
      },
    );
  }
}
