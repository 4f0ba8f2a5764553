import { benchExploration } from "./explore.ts";
import { benchGaps } from "./gaps.ts";
import { openBenchDatabase, parseBenchArgs } from "./lib.ts";
import { benchTargets } from "./targets.ts";

/**
 * `npm run bench:api -- --scale 100000 [--runs 30] [--only explore,gaps,targets] [--keep-data DIR]
 *  [--heap 4g] [--pagecache-mb 4096]`
 *
 * The API's hot paths at a chosen scale, each as GraphQL (in-process, yoga.fetch) beside its raw
 * Cypher through the driver, p50 and p95 after warm-up runs. The database is a fresh local Neo4j in
 * a temporary folder (heap and page cache sized for the scale), or a kept folder (--keep-data:
 * seeded once per scale, so a 1M seed is paid once), or NEO4J_URI (which it reseeds if its scale
 * differs).
 */
const SECTIONS = { explore: benchExploration, gaps: benchGaps, targets: benchTargets } as const;

async function main(): Promise<void> {
  const args = parseBenchArgs();
  for (const name of args.only) {
    if (!(name in SECTIONS))
      throw new Error(`--only takes ${Object.keys(SECTIONS).join(", ")} (got ${name})`);
  }
  const bench = await openBenchDatabase(args.dbOptions);
  try {
    console.log(`bench:api — ${bench.describe}; ${args.runs} runs after 5 warm-ups`);
    for (const name of args.only) await SECTIONS[name as keyof typeof SECTIONS](bench, args.runs);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
