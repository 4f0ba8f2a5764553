import type { Config } from "./config.ts";
import type { Db } from "./db/driver.ts";
import type { Logger } from "./logger.ts";

/** What every resolver receives; built per request by createContext. */
export interface GraphQLContext {
  db: Db;
  config: Config;
  log: Logger;
}

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
}

export function createContext(deps: AppDeps): GraphQLContext {
  return { db: deps.db, config: deps.config, log: deps.log };
}
