import { DatabaseBreaker } from "./breaker.ts";
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";

export interface DbTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/**
 * The one driver of a process. Integers come back as JS numbers (all our counts are far below
 * 2^53), so no Integer objects leak past this layer; integers sent as parameters still need
 * neo4j.int() (see `int` below), because a plain JS number travels as a FLOAT.
 */
export function createDriver(target: DbTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    // A refused connection fails at once; these bound a host that does not answer at all. The
    // breaker (breaker.ts) is what makes an outage fail fast, not these timeouts.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // A pooled connection idle this long is checked before use: after a database restart the pool
    // holds dead sockets, and a request should not spend its retry budget discovering them.
    connectionLivenessCheckTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: "chain-atlas",
  });
}

export const int = neo4j.int;

/** Access to one database through managed (retried) transactions; callbacks must be idempotent. */
export class Db {
  /**
   * Every read transaction ends after this many ms (Neo4j's transaction timeout): a runaway query
   * cannot hold a connection and a core for ever. 0 leaves the server's default (none).
   */
  readTimeoutMs = 0;

  /**
   * Fails calls at once while the database is unreachable and lets them through again when it
   * answers (breaker.ts). The local Neo4j's supervisor opens it the moment the process exits.
   */
  readonly breaker: DatabaseBreaker;

  /**
   * One bookmark manager for every session of this process: a read that follows a write sees it,
   * also on a `neo4j://` cluster where reads go to followers (causal consistency).
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  /** What a supervisor of the database reports on /ready (null: nothing supervises it). */
  supervision: (() => Record<string, unknown>) | null = null;

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {
    this.breaker = new DatabaseBreaker({ probe: (timeoutMs) => this.ping(timeoutMs) });
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  async read<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata?: Record<string, unknown>,
  ): Promise<T> {
    return this.breaker.run(async () => {
      const session = this.session("READ");
      try {
        const config = {
          ...(metadata ? { metadata } : {}),
          ...(this.readTimeoutMs > 0 ? { timeout: this.readTimeoutMs } : {}),
        };
        return await session.executeRead(work, config);
      } finally {
        await session.close();
      }
    });
  }

  async write<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata?: Record<string, unknown>,
  ): Promise<T> {
    return this.breaker.run(async () => {
      const session = this.session("WRITE");
      try {
        return await session.executeWrite(work, metadata ? { metadata } : undefined);
      } finally {
        await session.close();
      }
    });
  }

  /** One read query in its own managed transaction; returns the records as plain objects. */
  async query<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<R[]> {
    const result: QueryResult<R> = await this.read((tx) => tx.run<R>(cypher, params));
    return result.records.map((record) => record.toObject());
  }

  /**
   * One small read as a single auto-commit query (one round trip: RUN and PULL), not retried: for
   * the version stamps read on every request (common/answer-cache.ts), where a managed transaction's
   * BEGIN and COMMIT cost Neo4j more than the read itself. Same bookmarks and breaker as `read`.
   */
  async peek<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<R[]> {
    return this.breaker.run(async () => {
      const session = this.session("READ");
      try {
        const config = this.readTimeoutMs > 0 ? { timeout: this.readTimeoutMs } : undefined;
        const result = await session.run<R>(cypher, params, config);
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    });
  }

  /**
   * One auto-commit query, not retried: only for statements that manage their own transactions
   * (`CALL { … } IN TRANSACTIONS`), which managed transactions cannot run.
   */
  async autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    await this.breaker.run(async () => {
      const session = this.session("WRITE");
      try {
        await session.run(cypher, params);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Answers whether the database takes a query right now: true, false when it cannot be reached,
   * "silent" when no answer came within `timeoutMs`. Not retried (unlike managed transactions), so
   * /ready reports an outage at once and recovers as soon as it ends.
   */
  async ping(timeoutMs = 3_000): Promise<boolean | "silent"> {
    const session = this.driver.session({ database: this.database });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<"silent">((resolve) => {
        timer = setTimeout(() => resolve("silent"), timeoutMs);
      });
      return await Promise.race([session.run("RETURN 1").then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      session.close().catch(() => undefined);
    }
  }
}
