import { createAllianceLoaders } from "./alliances/loaders.ts";
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
