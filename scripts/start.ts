/**
 * `npm start`, the composition root: the client bundle, the database (local unless NEO4J_URI is
 * set), schema migrations, the demo seed when the database holds none, then the API and the client
 * on one port. The only module that knows both the server and graph-seed: the server never imports
 * graph-seed, graph-seed uses the server's public modules.
 *
 * npm runs this file directly (no `sh -c "a && b"` parent), so SIGINT and SIGTERM reach this
 * process: it stops the HTTP server, closes the driver and stops the Neo4j it started, in seconds,
 * whatever step start-up had reached. `--no-client-build` (npm run dev) skips the client bundle.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { seedIfEmpty } from "../graph-seed/src/seed-if-empty.ts";
import { createHttpServer } from "../server/src/app.ts";
import { ensureDemoUsers } from "../server/src/auth/demo.ts";
import { loadConfigOrExit, PROJECT_ROOT } from "../server/src/config.ts";
import { createContext } from "../server/src/context.ts";
import { startAlertTimer } from "../server/src/alerts/index.ts";
import { migrate } from "../server/src/db/migrations.ts";
import { recoverImportsAtStart } from "../server/src/imports/index.ts";
import { openDatabase, type DbRuntime } from "../server/src/db/runtime.ts";
import { createLogger } from "../server/src/logger.ts";
import { unknownPeerRegions } from "../server/src/peers/index.ts";

async function buildClient(): Promise<void> {
  // Vite's JS API in this process rather than `vite build && …`: one process to signal.
  const { build } = await import("vite");
  await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);

  let runtime: DbRuntime | undefined;
  let server: ReturnType<typeof createHttpServer> | undefined;
  let stopAlerts: (() => void) | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    // A second signal, or a store that will not close, must not keep the ports: exit regardless.
    const force = setTimeout(() => process.exit(code || 1), 20_000);
    force.unref();
    try {
      stopAlerts?.();
      if (server) {
        server.closeAllConnections?.();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      await runtime?.close();
    } catch (error) {
      log.error({ err: error }, "error while shutting down");
    }
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    if (!process.argv.includes("--no-client-build")) {
      await buildClient();
      log.info({ ms: Date.now() - started }, "client built");
    }
    if (shuttingDown) return;
    runtime = await openDatabase(config, log);
    if (shuttingDown) {
      // The signal came while the database was starting: shutdown() saw no runtime yet.
      await runtime.close();
      return;
    }
    const migrations = await migrate(runtime.db);
    log.info(migrations, "schema migrations");
    // An import cut short (the server or the database killed mid-import) is rolled back now, not
    // at the next import: no half-applied import is ever served.
    const recovered = await recoverImportsAtStart(runtime.db, {
      onRecovered: (ids) => log.warn({ imports: ids }, "rolled back imports cut short"),
      onError: (err: unknown) => log.error({ err }, "import recovery failed"),
    });
    if (recovered.length > 0) log.warn({ imports: recovered }, "rolled back imports cut short");
    await seedIfEmpty(runtime.db, config, log);
    // PEER_REGIONS can only be checked against the region tree once the database holds it.
    const unknownPeers = await unknownPeerRegions(createContext({ db: runtime.db, config, log }));
    if (unknownPeers.length > 0 && process.env.PEER_REGIONS === undefined) {
      // The default peers are cities of the seeded region tree; a database with another tree (a
      // zone's own, a test fixture) still serves everything else, and the peer view says why not.
      log.warn(
        { peers: unknownPeers },
        "the default PEER_REGIONS are not in this database's region tree; set PEER_REGIONS to compare",
      );
    } else if (unknownPeers.length > 0) {
      throw new Error(
        `configuration error: PEER_REGIONS names ${unknownPeers.join(", ")}, not in the region tree (graph-seed/regions.yaml)`,
      );
    }
    if (config.security.demoUsers) await ensureDemoUsers(runtime.db, log);
    if (shuttingDown) return;

    server = createHttpServer({ db: runtime.db, config, log });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(config.port, config.host, resolve);
    });
    // Watches are evaluated when their users read alerts, and by this timer for everyone.
    stopAlerts = startAlertTimer({ db: runtime.db, config, log });
    const { port } = server.address() as AddressInfo;
    log.info(
      {
        url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`,
        readyMs: Date.now() - started,
      },
      "Chain Atlas is ready",
    );
  } catch (error) {
    if (shuttingDown) return;
    log.fatal({ err: error }, error instanceof Error ? error.message : "start-up failed");
    await shutdown("startup-failure", 1);
  }
}

void main();
