import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { createDriver, Db } from "./driver.ts";
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from "./local-neo4j.ts";

export interface DbRuntime {
  db: Db;
  /** The local Neo4j this process runs right now, if it started one (a restart replaces it). */
  readonly local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/** Waits before the n-th restart in a row (1-based): 1 s, 2 s, 4 s … at most 30 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}

/** A process that stayed up this long resets the back-off: the next crash restarts after 1 s. */
const STABLE_AFTER_MS = 60_000;

/**
 * Keeps the project's own Neo4j running: logs an unexpected exit with the last lines it printed,
 * opens the database breaker at once (requests fail fast instead of waiting on retries), restarts
 * it on the same port and data folder with bounded back-off, and reports all of it on /ready.
 * The driver reconnects by itself, so the API is never restarted.
 */
class LocalSupervisor {
  current: LocalNeo4j | undefined;
  private stopped = false;
  private attempt = 0;
  private upSince = Date.now();
  private restarting: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Aborts a start in progress when the service shuts down mid-restart. */
  private readonly shutdown = new AbortController();
  restarts = 0;
  lastExit: { reason: string; at: string } | null = null;
  state: "running" | "restarting" | "stopped" = "running";

  constructor(
    private readonly options: Omit<LocalNeo4jOptions, "onUnexpectedExit">,
    private readonly db: () => Db | undefined,
    private readonly log: Logger,
  ) {}

  async start(): Promise<LocalNeo4j> {
    this.current = await startLocalNeo4j({
      ...this.options,
      signal: this.shutdown.signal,
      onUnexpectedExit: (reason, lastOutput) => this.exited(reason, lastOutput),
    });
    this.upSince = Date.now();
    return this.current;
  }

  private exited(reason: string, lastOutput: string): void {
    if (this.stopped) return;
    this.lastExit = { reason, at: new Date().toISOString() };
    this.state = "restarting";
    this.db()?.breaker.open(`the local Neo4j exited (${reason})`);
    if (Date.now() - this.upSince > STABLE_AFTER_MS) this.attempt = 0;
    this.attempt += 1;
    const delay = restartDelayMs(this.attempt);
    this.log.error(
      { neo4jExit: reason, lastOutput: lastOutput.split("\n").slice(-10), restartInMs: delay },
      "the local Neo4j exited unexpectedly; restarting it",
    );
    this.timer = setTimeout(() => {
      this.restarting = this.restart().finally(() => {
        this.restarting = undefined;
      });
    }, delay);
  }

  private async restart(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.start();
      this.restarts += 1;
      this.state = "running";
      this.log.warn({ restarts: this.restarts, neo4jPid: this.current?.pid }, "the local Neo4j is back");
      if (this.stopped) await this.current?.stop();
    } catch (error) {
      // Could not start (port still held, store locked…): try again later, with a longer wait.
      this.exited(`restart failed: ${error instanceof Error ? error.message : String(error)}`, "");
    }
  }

  report(): Record<string, unknown> {
    return {
      supervisor: this.state,
      restarts: this.restarts,
      lastExit: this.lastExit,
      pid: this.current?.pid ?? null,
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.state = "stopped";
    clearTimeout(this.timer);
    this.shutdown.abort();
    await this.restarting;
    await this.current?.stop();
  }
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the project's own local Neo4j first, under a
 * supervisor. The returned close() closes the driver and stops only a database this process started.
 */
export async function openDatabase(config: Config, log: Logger): Promise<DbRuntime> {
  let supervisor: LocalSupervisor | undefined;
  // The supervisor starts before the driver exists; it reaches the Db through this once it does.
  const opened: { db?: Db } = {};
  let uri = config.neo4j.uri;
  if (!uri) {
    supervisor = new LocalSupervisor({ ...config.localNeo4j, log }, () => opened.db, log);
    uri = (await supervisor.start()).uri;
  } else {
    log.info({ uri }, "using the Neo4j at NEO4J_URI");
  }
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await driver.close();
    await supervisor?.stop();
    throw error;
  }
  const db = new Db(driver, config.neo4j.database);
  opened.db = db;
  if (supervisor) db.supervision = () => supervisor.report();
  db.breaker.onChange = (open, reason) => {
    if (open) log.error({ reason }, "database unavailable: requests fail fast until it answers");
    else log.warn("database answers again");
  };
  return {
    db,
    get local() {
      return supervisor?.current;
    },
    async close() {
      db.breaker.dispose();
      await driver.close();
      await supervisor?.stop();
    },
  };
}
