import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../config.ts";
import type { Logger } from "../logger.ts";

/**
 * Starts the project's own Neo4j (db/: an embedded Neo4j Community 5.26 LTS with Bolt on
 * 127.0.0.1, authentication off) with the machine's Java, building it with Maven first when needed.
 * Used by `npm start`, `npm run db` and the test suite whenever NEO4J_URI is not set.
 */

const DB_PROJECT = path.join(PROJECT_ROOT, "db");
const LAUNCHER_JAR = path.join(DB_PROJECT, "target", "chain-atlas-neo4j-1.0.0.jar");
const MISSING_TOOLS =
  "install Java 17+ and Maven, or set NEO4J_URI to an existing Neo4j 5 (see README, Requirements)";

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  /** JVM heap, e.g. "1g". */
  heap: string;
  pageCacheMb: number;
  log: Logger;
  /** How long to wait for Bolt to answer. */
  readyTimeoutMs?: number;
  /** Aborting it while Neo4j is starting stops the process and rejects (a shutdown mid-restart). */
  signal?: AbortSignal;
  /** Called once if the process exits after it was ready without stop() asking it to. */
  onUnexpectedExit?: (reason: string, lastOutput: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Milliseconds from spawn to Bolt answering. */
  startupMs: number;
  /** Closes the store cleanly (SIGTERM, then SIGKILL after a grace period) and waits for exit. */
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

function has(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.status === 0;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds db/ with Maven when the jar or its classpath is missing or older than its sources. */
export function ensureLauncherBuilt(log: Logger): void {
  if (!has("java", ["-version"]) || !has("mvn", ["-v"])) {
    throw new LocalNeo4jError(`Java or Maven not found: ${MISSING_TOOLS}`);
  }
  const libDir = path.join(DB_PROJECT, "target", "lib");
  const builtAt =
    fs.existsSync(LAUNCHER_JAR) && fs.existsSync(libDir) ? fs.statSync(LAUNCHER_JAR).mtimeMs : 0;
  const sourcesAt = Math.max(
    fs.statSync(path.join(DB_PROJECT, "pom.xml")).mtimeMs,
    newestMtime(path.join(DB_PROJECT, "src")),
  );
  if (builtAt >= sourcesAt) return;
  log.info("building the local Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)");
  const started = Date.now();
  const result = spawnSync("mvn", ["-B", "-q", "package", "-DskipTests"], {
    cwd: DB_PROJECT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `building db/ with Maven failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  log.info({ ms: Date.now() - started }, "local Neo4j launcher built");
}

/** True when something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

/** Waits until Bolt answers a real query, not just until the socket opens. */
async function waitForBolt(uri: string, deadline: number, exited: () => string | undefined): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    for (;;) {
      const exit = exited();
      if (exit) throw new LocalNeo4jError(`Neo4j exited before it was ready (${exit})`);
      try {
        const session = driver.session();
        try {
          await session.run("RETURN 1");
          return;
        } finally {
          await session.close();
        }
      } catch (error) {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(`Neo4j did not answer on ${uri} in time: ${String(error)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, boltPort, heap, pageCacheMb, log } = options;
  ensureLauncherBuilt(log);
  if (await portInUse(boltPort)) {
    throw new LocalNeo4jError(
      `port ${boltPort} on 127.0.0.1 is already in use (another Neo4j?): stop it, set NEO4J_BOLT_PORT, or set NEO4J_URI to use it`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  const child: ChildProcess = spawn(
    "java",
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      "-XX:+UseG1GC",
      // Neo4j reaches into these JDK internals; without the flags it logs warnings and runs slower.
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "-cp",
      `${LAUNCHER_JAR}${path.delimiter}${path.join(DB_PROJECT, "target", "lib", "*")}`,
      "atlas.db.LocalNeo4j",
      "--data-dir",
      dataDir,
      "--port",
      String(boltPort),
      "--pagecache-mb",
      String(pageCacheMb),
      // The launcher exits when this pipe closes, so even a killed parent leaves no Java behind.
      "--watch-stdin",
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let exitReason: string | undefined;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exitReason = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
  });
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stdout! }).on("line", (line) => log.debug({ neo4j: line }));
  readline.createInterface({ input: child.stderr! }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    log.debug({ neo4jErr: line });
  });

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const abort = () => child.kill("SIGTERM");
  options.signal?.addEventListener("abort", abort, { once: true });
  try {
    await waitForBolt(uri, started + (options.readyTimeoutMs ?? 180_000), () =>
      exitReason ? `${exitReason}; last output:\n${stderrTail.join("\n")}` : undefined,
    );
  } catch (error) {
    child.kill("SIGKILL");
    await exitedPromise;
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", abort);
  }
  const startupMs = Date.now() - started;
  log.info({ uri, neo4jPid: child.pid, startupMs, dataDir }, "local Neo4j ready");

  let stopping: Promise<void> | undefined;
  void exitedPromise.then(() => {
    if (!stopping) options.onUnexpectedExit?.(exitReason ?? "unknown", stderrTail.join("\n"));
  });
  return {
    uri,
    pid: child.pid ?? -1,
    startupMs,
    stop() {
      stopping ??= (async () => {
        if (exitReason) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
        await exitedPromise;
        clearTimeout(timer);
        log.info({ neo4jPid: child.pid, exit: exitReason }, "local Neo4j stopped");
      })();
      return stopping;
    },
  };
}
