/**
 * Security settings (issue 11), read with the rest of the configuration. Every limit has a
 * default sized to the real client's queries (see README "Security"); each can be tightened.
 */
export interface SecurityConfig {
  /** Session lifetime in minutes (SESSION_TTL_MINUTES, default 720 = 12 h). */
  sessionTtlMinutes: number;
  /** Secure attribute on the session cookie (COOKIE_SECURE; default on outside development and test). */
  cookieSecure: boolean;
  /** Host header names the service answers to (ALLOWED_HOSTS, comma-separated; DNS-rebinding guard). */
  allowedHosts: readonly string[];
  /** Origins allowed to call the API from another origin (CORS_ORIGINS, comma-separated; default none). */
  corsOrigins: readonly string[];
  /** Requests per minute per signed-in user, or per address when anonymous (RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** Largest request body in bytes (MAX_BODY_BYTES, default 65,536). */
  maxBodyBytes: number;
  /** GraphQL limits for operations that are not the client's own persisted ones. */
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxDirectives: number;
    /** Cypher queries one request may run (GRAPHQL_MAX_QUERIES_PER_REQUEST). */
    maxQueriesPerRequest: number;
    /** Cypher queries one request may run at the same time (the rest wait their turn). */
    maxConcurrentQueriesPerRequest: number;
  };
  /** Timeout of every read transaction, ms (NEO4J_READ_TIMEOUT_MS, default 10,000). */
  readTimeoutMs: number;
  /** Rows an export returns when the request names no limit, and the most it may ask for. */
  exportDefaultRows: number;
  exportMaxRows: number;
  /** Create demo users of every role at start-up (development only; DEMO_USERS=0 turns it off). */
  demoUsers: boolean;
}

type Env = Record<string, string | undefined>;

export class SecurityConfigError extends Error {
  override name = "ConfigError";
}

function whole(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SecurityConfigError(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function flag(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new SecurityConfigError(`${key} must be true or false (got "${raw}")`);
}

function list(env: Env, key: string, fallback: readonly string[]): readonly string[] {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadSecurityConfig(
  env: Env,
  mode: "development" | "production" | "test",
  host: string,
): SecurityConfig {
  const hosts = ["localhost", "127.0.0.1", "[::1]", "::1"];
  if (host !== "0.0.0.0" && host !== "::" && !hosts.includes(host)) hosts.push(host);
  const origins = list(env, "CORS_ORIGINS", []);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new SecurityConfigError(
        `CORS_ORIGINS entries must be origins like https://host:port (got "${origin}")`,
      );
    }
  }
  const exportMaxRows = whole(env, "EXPORT_MAX_ROWS", 10_000, 1, 1_000_000);
  return {
    sessionTtlMinutes: whole(env, "SESSION_TTL_MINUTES", 720, 1, 60 * 24 * 30),
    cookieSecure: flag(env, "COOKIE_SECURE", mode === "production"),
    allowedHosts: list(env, "ALLOWED_HOSTS", hosts).map((h) => h.toLowerCase()),
    corsOrigins: origins,
    rateLimitPerMinute: whole(env, "RATE_LIMIT_PER_MINUTE", 1200, 1, 10_000_000),
    maxBodyBytes: whole(env, "MAX_BODY_BYTES", 65_536, 1024, 100 * 1024 * 1024),
    graphql: {
      maxDepth: whole(env, "GRAPHQL_MAX_DEPTH", 8, 2, 100),
      maxAliases: whole(env, "GRAPHQL_MAX_ALIASES", 10, 0, 1000),
      maxTokens: whole(env, "GRAPHQL_MAX_TOKENS", 1000, 50, 100_000),
      maxCost: whole(env, "GRAPHQL_MAX_COST", 120_000, 100, 10_000_000),
      maxDirectives: whole(env, "GRAPHQL_MAX_DIRECTIVES", 10, 0, 1000),
      maxQueriesPerRequest: whole(env, "GRAPHQL_MAX_QUERIES_PER_REQUEST", 60, 1, 100_000),
      maxConcurrentQueriesPerRequest: whole(env, "GRAPHQL_MAX_CONCURRENT_QUERIES", 4, 1, 100),
    },
    readTimeoutMs: whole(env, "NEO4J_READ_TIMEOUT_MS", 10_000, 100, 600_000),
    exportDefaultRows: Math.min(whole(env, "EXPORT_DEFAULT_ROWS", 1000, 1, 1_000_000), exportMaxRows),
    exportMaxRows,
    demoUsers: mode === "development" && flag(env, "DEMO_USERS", true),
  };
}
