import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { loadConfigOrExit } from "../../server/src/config.ts";
import { migrate } from "../../server/src/db/migrations.ts";
import { openDatabase } from "../../server/src/db/runtime.ts";
import { createLogger } from "../../server/src/logger.ts";
import { CatalogError, loadCatalog } from "./catalog.ts";
import { DEFAULT_BATCH_SIZE, DEFAULT_WRITERS, graphCounts, loadSeedGraph, resetGraph } from "./loader.ts";

/**
 * `npm run seed -- --scale N [--seed S] [--reset]`: loads the catalog and N synthetic companies into
 * the configured database (the local one unless NEO4J_URI is set). Re-running with the same
 * options changes nothing; use --reset when changing scale or seed.
 */
const USAGE = "usage: npm run seed -- [--scale N] [--seed S] [--reset] [--batch N] [--writers N]";

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0 (got "${raw}")\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        scale: { type: "string" },
        seed: { type: "string" },
        batch: { type: "string" },
        writers: { type: "string" },
        reset: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const scale = wholeNumber("scale", args.scale, config.seed.scale);
  const seed = wholeNumber("seed", args.seed, config.seed.seed);
  const batchSize = wholeNumber("batch", args.batch, DEFAULT_BATCH_SIZE) || DEFAULT_BATCH_SIZE;
  const writers = wholeNumber("writers", args.writers, DEFAULT_WRITERS) || DEFAULT_WRITERS;
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "seed");

  let catalog;
  try {
    catalog = loadCatalog();
  } catch (error) {
    if (error instanceof CatalogError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const runtime = await openDatabase(config, log);
  try {
    await migrate(runtime.db);
    if (args.reset) {
      process.stdout.write("resetting the graph… ");
      await resetGraph(runtime.db);
      process.stdout.write("done\n");
    }
    const bar = new cliProgress.SingleBar(
      { format: "{step} |{bar}| {value}/{total} rows · {eta_formatted} left", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let current = "";
    const summary = await loadSeedGraph(runtime.db, {
      catalog,
      scale,
      seed,
      homeRegion: config.homeRegion,
      batchSize,
      writers,
      onProgress(step, done, total) {
        if (step !== current) {
          if (current) bar.stop();
          current = step;
          bar.start(Math.max(total, done), 0, { step: step.padEnd(20) });
        }
        bar.setTotal(Math.max(total, done));
        bar.update(done, { step: step.padEnd(20) });
      },
    });
    if (current) bar.stop();
    const counts = await graphCounts(runtime.db);
    console.log("\nstep                      rows        ms");
    for (const s of summary.steps) {
      console.log(`${s.step.padEnd(22)}${String(s.rows).padStart(10)}${String(s.ms).padStart(10)}`);
    }
    console.log(
      `\n${summary.rows} rows in ${(summary.ms / 1000).toFixed(1)} s = ${summary.rowsPerSecond} rows/s (scale ${scale}, seed ${seed}, batch ${batchSize}, writers ${writers})`,
    );
    console.log("graph now holds:", JSON.stringify(counts));
  } finally {
    await runtime.close();
  }
}
