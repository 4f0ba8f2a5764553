import neo4j, {
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
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
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

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  async read<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata?: Record<string, unknown>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const config = {
        ...(metadata ? { metadata } : {}),
        ...(this.readTimeoutMs > 0 ? { timeout: this.readTimeoutMs } : {}),
      };
      return await session.executeRead(work, config);
    } finally {
      await session.close();
    }
  }

  async write<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata?: Record<string, unknown>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, metadata ? { metadata } : undefined);
    } finally {
      await session.close();
    }
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
   * One auto-commit query, not retried: only for statements that manage their own transactions
   * (`CALL { … } IN TRANSACTIONS`), which managed transactions cannot run.
   */
  async autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /**
   * Answers whether the database takes a query right now, within `timeoutMs`. Not retried (unlike
   * managed transactions), so /ready reports an outage at once and recovers as soon as it ends.
   */
  async ping(timeoutMs = 3_000): Promise<boolean> {
    const session = this.driver.session({ database: this.database });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
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
