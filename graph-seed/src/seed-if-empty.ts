import type { Config } from "../../server/src/config.ts";
import type { Db } from "../../server/src/db/driver.ts";
import { rebuildPresence } from "../../server/src/graph-writes/index.ts";
import type { Logger } from "../../server/src/logger.ts";
import { loadCatalog } from "./catalog.ts";
import { loadSeedGraph, resetGraph } from "./loader.ts";
import { seedSyntheticPipeline } from "./synthetic-pipeline.ts";

/** What the seed marker says: the last load's settings and whether it finished. */
interface SeedMarker {
  complete: boolean | null;
  scale: number | null;
  seed: number | null;
  homeRegion: string | null;
}

/**
 * `npm start` seeds the demo graph (catalog + SEED_SCALE synthetic companies) when the database
 * holds no finished seed, judged by the seed marker (`SeedInfo.complete`), not by counting chains:
 *
 * - no marker and no chain: an empty database, seeded;
 * - a marker with `complete: false`: a load was interrupted (the loader writes the marker unfinished
 *   first and finished last). With the same scale, seed and home region the load is resumed (every
 *   write is an idempotent MERGE, so rerunning it completes what is missing); with other settings
 *   the graph is reset and seeded afresh, so no company of the old settings stays behind;
 * - a finished marker (or one from before markers had `complete`), or chains without any marker
 *   (a graph this project did not seed): left as it is.
 * @returns what it did
 */
export async function seedIfEmpty(
  db: Db,
  config: Config,
  log: Logger,
): Promise<"seeded" | "resumed" | "restarted" | "kept"> {
  const [row] = await db.query<{ marker: SeedMarker | null; chains: number }>(
    `OPTIONAL MATCH (i:SeedInfo {id: 'seed'})
     RETURN CASE WHEN i IS NULL THEN null ELSE i {.complete, .scale, .seed, .homeRegion} END AS marker,
            COUNT { (:Chain) } AS chains`,
  );
  const marker = row?.marker ?? null;
  let action: "seeded" | "resumed" | "restarted";
  if (marker === null) {
    if ((row?.chains ?? 0) > 0) return "kept";
    action = "seeded";
  } else if (marker.complete === false) {
    const same =
      marker.scale === config.seed.scale &&
      marker.seed === config.seed.seed &&
      marker.homeRegion === config.homeRegion;
    action = same ? "resumed" : "restarted";
  } else {
    return "kept";
  }
  log.info({ scale: config.seed.scale, action }, "no finished seed: seeding the demo graph");
  if (action === "restarted") await resetGraph(db);
  const summary = await loadSeedGraph(db, {
    catalog: loadCatalog(),
    scale: config.seed.scale,
    seed: config.seed.seed,
    homeRegion: config.homeRegion,
  });
  // A killed load could not take itself off the presence's list of running bulks: clear it, or
  // analyses would count live (correct, but slow) for good.
  if (action === "resumed") await rebuildPresence(db);
  log.info(
    { rows: summary.rows, ms: summary.ms, rowsPerSecond: summary.rowsPerSecond },
    "seeded the demo graph",
  );
  // The demo pipeline (synthetic leads over synthetic targets), anchored at today.
  const leads = await seedSyntheticPipeline(db, {
    seed: config.seed.seed,
    homeRegion: config.homeRegion,
    anchor: new Date().toISOString().slice(0, 10),
    pipeline: config.pipeline,
  });
  log.info({ leads }, "seeded the demo pipeline");
  return action;
}
