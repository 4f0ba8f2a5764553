import { loadConfig } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { openDatabase, type DbRuntime } from "../server/src/db/runtime.ts";
import { createLogger } from "../server/src/logger.ts";

/**
 * The database of a command-line tool: the running service's (the local Neo4j of `npm start`, or
 * NEO4J_URI) if one answers, else the local one started for this command alone.
 */
export async function connectForCommand(name: string): Promise<{ db: Db; close: () => Promise<void> }> {
  const config = loadConfig();
  const log = createLogger("warn", name);
  if (!config.neo4j.uri) {
    const driver = createDriver({ ...config.neo4j, uri: `bolt://127.0.0.1:${config.localNeo4j.boltPort}` });
    try {
      await driver.verifyConnectivity();
      return { db: new Db(driver, config.neo4j.database), close: () => driver.close() };
    } catch {
      await driver.close();
    }
  }
  const runtime: DbRuntime = await openDatabase(config, log);
  return { db: runtime.db, close: () => runtime.close() };
}
