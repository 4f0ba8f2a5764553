import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { createDriver, Db } from "./driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "./local-neo4j.ts";

export interface DbRuntime {
  db: Db;
  /** The local Neo4j this process started, if it started one. */
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the project's own local Neo4j first. The
 * returned close() closes the driver and stops only a database that this process started.
 */
export async function openDatabase(config: Config, log: Logger): Promise<DbRuntime> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await startLocalNeo4j({ ...config.localNeo4j, log });
    uri = local.uri;
  } else {
    log.info({ uri }, "using the Neo4j at NEO4J_URI");
  }
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  const db = new Db(driver, config.neo4j.database);
  return {
    db,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
