import type { RecordShape } from "neo4j-driver";
import type { Config } from "./config.ts";
import type { Db } from "./db/driver.ts";
import type { Logger } from "./logger.ts";
import { createLoaders, type Loaders } from "./common/loaders.ts";

/** Runs one read query in a managed transaction and returns plain records. */
export type Cypher = <R extends RecordShape = RecordShape>(
  query: string,
  params?: Record<string, unknown>,
) => Promise<R[]>;

/** What every resolver receives; built per request by createContext. */
export interface GraphQLContext {
  db: Db;
  config: Config;
  log: Logger;
  /** Read queries go through here, so that a request's queries can be counted (N+1 tests). */
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

export function createContext(deps: AppDeps): GraphQLContext {
  const stats = { queries: 0 };
  const cypher: Cypher = (query, params = {}) => {
    stats.queries += 1;
    return deps.db.query(query, params);
  };
  const ctx: GraphQLContext = {
    db: deps.db,
    config: deps.config,
    log: deps.log,
    cypher,
    loaders: createLoaders(cypher, deps.config.homeRegion),
    stats,
  };
  deps.onContext?.(ctx);
  return ctx;
}
