import type { Config } from "../../server/src/config.ts";
import type { Db } from "../../server/src/db/driver.ts";
import type { Logger } from "../../server/src/logger.ts";
import { loadCatalog } from "./catalog.ts";
import { loadSeedGraph } from "./loader.ts";

/** `npm start` seeds the demo graph (catalog + SEED_SCALE synthetic companies) when no chain exists yet. */
export async function seedIfEmpty(db: Db, config: Config, log: Logger): Promise<boolean> {
  const [row] = await db.query<{ chains: number }>("MATCH (c:Chain) RETURN count(c) AS chains");
  if ((row?.chains ?? 0) > 0) return false;
  log.info({ scale: config.seed.scale }, "empty database: seeding the demo graph");
  const summary = await loadSeedGraph(db, {
    catalog: loadCatalog(),
    scale: config.seed.scale,
    seed: config.seed.seed,
    homeRegion: config.homeRegion,
  });
  log.info(
    { rows: summary.rows, ms: summary.ms, rowsPerSecond: summary.rowsPerSecond },
    "seeded the demo graph",
  );
  return true;
}
