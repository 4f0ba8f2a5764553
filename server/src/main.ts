import type { AddressInfo } from "node:net";
import { createHttpServer } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { migrate } from "./db/migrations.ts";
import { openDatabase, type DbRuntime } from "./db/runtime.ts";
import { createLogger } from "./logger.ts";
import { ensureDemoUsers } from "./auth/demo.ts";
import { seedIfEmpty } from "../../graph-seed/src/seed-if-empty.ts";

/**
 * `npm start`: database (local unless NEO4J_URI is set), schema migrations, seed data when the
 * database is empty, then the API and the client on one port. Ctrl-C or SIGTERM stops the HTTP
 * server, closes the driver and stops the database this process started.
 */
async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);

  let runtime: DbRuntime | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await runtime?.close();
    process.exit(code);
  };
  let server: ReturnType<typeof createHttpServer> | undefined;
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    runtime = await openDatabase(config, log);
    const migrations = await migrate(runtime.db);
    log.info(migrations, "schema migrations");
    await seedIfEmpty(runtime.db, config, log);
    if (config.security.demoUsers) await ensureDemoUsers(runtime.db, log);

    server = createHttpServer({ db: runtime.db, config, log });
    server.closeIdleConnections?.();
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    log.info(
      {
        url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`,
        readyMs: Date.now() - started,
      },
      "Chain Atlas is ready",
    );
  } catch (error) {
    log.fatal({ err: error }, error instanceof Error ? error.message : "start-up failed");
    await shutdown("startup-failure", 1);
  }
}

void main();
