import { inject } from "vitest";
import { loadConfig, type Config } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { createLogger } from "../server/src/logger.ts";

/** A driver to the run's shared test database (see global-setup.ts). Close it in afterAll. */
export function testDb(): Db {
  const driver = createDriver({
    uri: inject("neo4jUri"),
    user: inject("neo4jUser"),
    password: inject("neo4jPassword"),
    database: inject("neo4jDatabase") || undefined,
  });
  return new Db(driver, inject("neo4jDatabase") || undefined);
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }), ...overrides };
}

export const silentLog = createLogger("silent");

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** Runs one GraphQL operation in-process (no port) through a yoga instance. */
export async function gql<T = Record<string, unknown>>(
  yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  const res = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
