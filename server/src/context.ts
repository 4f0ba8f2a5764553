import { GraphQLError } from "graphql";
import { createAllianceLoaders } from "./alliances/loaders.ts";
import type { Viewer } from "./auth/roles.ts";
import type { SessionStore } from "./auth/sessions.ts";
import { createChainLoaders } from "./chains/loaders.ts";
import type { Cypher } from "./common/cypher.ts";
import { createCompanyLoaders } from "./companies/loaders.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/driver.ts";
import type { Logger } from "./logger.ts";
import { createRegionLoaders } from "./regions/loaders.ts";

export type { Cypher } from "./common/cypher.ts";

/**
 * The request's DataLoaders, composed from each capability's own (`<capability>/loaders.ts`, beside
 * its resolvers and Cypher): one flat object, so a resolver asks `ctx.loaders.suppliers`.
 */
export function createLoaders(cypher: Cypher, home: string) {
  return {
    ...createChainLoaders(cypher, home),
    ...createRegionLoaders(cypher, home),
    ...createCompanyLoaders(cypher, home),
    ...createAllianceLoaders(cypher, home),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives; built per request by createContext. */
export interface GraphQLContext {
  db: Db;
  config: Config;
  log: Logger;
  /** The signed-in user; null only where no session is needed (never inside a GraphQL request). */
  viewer: Viewer | null;
  /** The session store, so that user administration can drop cached sessions. */
  sessions?: SessionStore;
  /**
   * Read queries go through here: counted (N+1 tests), capped per request, run a few at a time, and
   * refused once the client has gone away.
   */
  cypher: Cypher;
  loaders: Loaders;
  /** Cypher queries run so far by this request. */
  stats: { queries: number };
}

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
  /** Called with each request's context as it is made (tests count a request's queries through it). */
  onContext?: (ctx: GraphQLContext) => void;
}

/**
 * A per-request gate on database work: at most `limit` queries at once (the rest queue), at most
 * `budget` in all, none after the request was aborted. One hostile request can therefore hold only
 * a few of the driver's connections, and stops costing anything when its client disconnects.
 */
function gate(limit: number, budget: number, signal: AbortSignal | undefined, stats: { queries: number }) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (signal?.aborted)
      throw new GraphQLError("The request was cancelled", { extensions: { code: "CANCELLED" } });
    stats.queries += 1;
    if (stats.queries > budget) {
      throw new GraphQLError(
        `This request needs more than ${budget} database queries; ask for less at once`,
        {
          extensions: { code: "LIMIT_EXCEEDED", limit: "queries" },
        },
      );
    }
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      if (signal?.aborted)
        throw new GraphQLError("The request was cancelled", { extensions: { code: "CANCELLED" } });
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

export function createContext(
  deps: AppDeps,
  viewer: Viewer | null = null,
  signal?: AbortSignal,
  sessions?: SessionStore,
): GraphQLContext {
  const stats = { queries: 0 };
  const limits = deps.config.security.graphql;
  const run = gate(limits.maxConcurrentQueriesPerRequest, limits.maxQueriesPerRequest, signal, stats);
  const cypher: Cypher = (query, params = {}) => run(() => deps.db.query(query, params));
  const ctx: GraphQLContext = {
    db: deps.db,
    config: deps.config,
    log: deps.log,
    viewer,
    sessions,
    cypher,
    loaders: createLoaders(cypher, deps.config.homeRegion),
    stats,
  };
  deps.onContext?.(ctx);
  return ctx;
}
