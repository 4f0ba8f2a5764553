import { inject } from "vitest";
import { loadConfig, type Config } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { createLogger } from "../server/src/logger.ts";
import type { Role } from "../server/src/auth/roles.ts";
import { createSession } from "../server/src/auth/sessions.ts";
import { SESSION_COOKIE } from "../server/src/auth/http.ts";
import { createUser } from "../server/src/auth/users.ts";

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

/** The password of every user the tests create. */
export const TEST_PASSWORD = "correct horse battery staple";

let defaultCookie: string | undefined;

/**
 * Creates a user with this role (and team or company) in the test database, opens a session for it
 * and returns its Cookie header; the first call also makes it the session `gql` and `authHeaders`
 * use by default. Call it after the file's fixture is loaded (resetting the graph deletes users).
 */
export async function signInAs(
  db: Db,
  role: Role,
  options: { username?: string; teamId?: string; companyId?: string; makeDefault?: boolean } = {},
): Promise<string> {
  const username = options.username ?? `test-${role.toLowerCase()}`;
  const existing = await db.query<{ id: string }>("MATCH (u:User {username: $username}) RETURN u.id AS id", {
    username,
  });
  const id =
    existing[0]?.id ??
    (
      await createUser(
        db,
        {
          username,
          role,
          password: TEST_PASSWORD,
          teamId: options.teamId ?? (role === "RECRUITER" ? "T-GYZX" : null),
          companyId: options.companyId ?? null,
        },
        "system",
      )
    ).id;
  const { token } = await createSession(db, id, 3_600_000);
  const cookie = `${SESSION_COOKIE}=${token}`;
  if (options.makeDefault ?? defaultCookie === undefined) defaultCookie = cookie;
  return cookie;
}

/** Headers for a request over HTTP as the default test session (see signInAs). */
export function authHeaders(cookie = defaultCookie): Record<string, string> {
  return cookie ? { cookie } : {};
}

/** Runs one GraphQL operation in-process (no port) through a yoga instance, as the default test session. */
export async function gql<T = Record<string, unknown>>(
  yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response },
  query: string,
  variables: Record<string, unknown> = {},
  cookie: string | null | undefined = defaultCookie,
): Promise<GqlResult<T>> {
  const res = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
