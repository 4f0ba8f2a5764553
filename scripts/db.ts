import { loadConfigOrExit } from "../server/src/config.ts";
import { startLocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { createLogger } from "../server/src/logger.ts";

/** `npm run db`: the project's local Neo4j alone, in the foreground, until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel, "neo4j");
  try {
    const local = await startLocalNeo4j({ ...config.localNeo4j, log });
    log.info(`Neo4j is answering at ${local.uri} (auth off, loopback only); Ctrl-C stops it`);
    const stop = () => void local.stop().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    log.fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

void main();
