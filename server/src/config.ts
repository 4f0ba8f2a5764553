import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (two levels above this file). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Everything the service reads from the environment, parsed once and validated at start-up. */
export interface Config {
  /** "development" turns on GraphiQL and unmasked error details. */
  env: "development" | "production" | "test";
  host: string;
  port: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  neo4j: {
    /** An external Neo4j to use; when undefined the project starts its own local one. */
    uri: string | undefined;
    user: string;
    password: string;
    /** Database name; undefined means the server's default database. */
    database: string | undefined;
  };
  localNeo4j: {
    dataDir: string;
    boltPort: number;
    heap: string;
    pageCacheMb: number;
  };
  /** Region code of the home zone (default: the Nantong ETDA). */
  homeRegion: string;
  seed: { scale: number; seed: number };
  gaps: {
    /** A leaf with 1..k−1 local companies is a CONSOLIDATE gap; k or more is present (PRODUCT.md §4). */
    k: number;
    /** STRENGTHEN when local companies hold less than this share of a key segment's revenue. */
    strengthenShare: number;
    /** Default gap-score weights per feature (server/src/gaps/analysis.ts); a query may override them. */
    weights?: GapWeightsConfig;
  };
  targets: {
    /**
     * Default weights of the target score's features (PRODUCT.md §5), each from TARGET_WEIGHT_<NAME>;
     * a query's `weights` argument overrides them one by one.
     */
    weights: {
      fit: number;
      ties: number;
      scale: number;
      growth: number;
      innovation: number;
      listed: number;
      proximity: number;
      alliance: number;
    };
  };
}

/** Gap-score weights by feature name (GAP_WEIGHT_* variables). */
export interface GapWeightsConfig {
  demandPull: number;
  supplyPush: number;
  centrality: number;
  keyTech: number;
  density: number;
  relativePresence: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function int(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, key: string, allowed: readonly T[], fallback: T): T {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${key} must be one of ${allowed.join(", ")} (got "${raw}")`);
  }
  return raw as T;
}

function fraction(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new ConfigError(`${key} must be a number from 0 to 1 (got "${raw}")`);
  }
  return value;
}

function weight(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new ConfigError(`${key} must be a number from 0 to 100 (got "${raw}")`);
  }
  return value;
}

// Starting guesses after chains-and-methods.md §4.2, to be tuned with the bureau; they sum to 1 so
// that a score lies in [0, 1].
function targetWeights(env: Env): Config["targets"]["weights"] {
  const weights = {
    fit: weight(env, "TARGET_WEIGHT_FIT", 0.2),
    ties: weight(env, "TARGET_WEIGHT_TIES", 0.2),
    scale: weight(env, "TARGET_WEIGHT_SCALE", 0.15),
    growth: weight(env, "TARGET_WEIGHT_GROWTH", 0.1),
    innovation: weight(env, "TARGET_WEIGHT_INNOVATION", 0.1),
    listed: weight(env, "TARGET_WEIGHT_LISTED", 0.05),
    proximity: weight(env, "TARGET_WEIGHT_PROXIMITY", 0.15),
    alliance: weight(env, "TARGET_WEIGHT_ALLIANCE", 0.05),
  };
  if (!Object.values(weights).some((w) => w > 0)) {
    throw new ConfigError("at least one TARGET_WEIGHT_* must be positive");
  }
  return weights;
}

function nonNegative(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigError(`${key} must be a number ≥ 0 (got "${raw}")`);
  }
  return value;
}

/** Default weights: they sum to 1 (so scores lie in [0, 1]); see README "Gap analysis". */
function gapWeights(env: Env): GapWeightsConfig {
  const weights: GapWeightsConfig = {
    demandPull: nonNegative(env, "GAP_WEIGHT_DEMAND_PULL", 0.25),
    supplyPush: nonNegative(env, "GAP_WEIGHT_SUPPLY_PUSH", 0.2),
    centrality: nonNegative(env, "GAP_WEIGHT_CENTRALITY", 0.15),
    keyTech: nonNegative(env, "GAP_WEIGHT_KEY_TECH", 0.15),
    density: nonNegative(env, "GAP_WEIGHT_DENSITY", 0.2),
    relativePresence: nonNegative(env, "GAP_WEIGHT_RELATIVE_PRESENCE", 0.05),
  };
  if (!Object.values(weights).some((w) => w > 0)) {
    throw new ConfigError("at least one GAP_WEIGHT_* must be positive");
  }
  return weights;
}

function str(env: Env, key: string, fallback: string): string {
  const raw = env[key];
  return raw === undefined || raw === "" ? fallback : raw;
}

/** Parses the environment; throws ConfigError naming the variable at the first bad value. */
export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI === "" ? undefined : env.NEO4J_URI;
  if (uri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (got "${uri}")`,
    );
  }
  const heap = str(env, "NEO4J_HEAP", "1g");
  if (!/^\d+[mg]$/i.test(heap)) throw new ConfigError(`NEO4J_HEAP must look like 512m or 2g (got "${heap}")`);
  return {
    env: oneOf(env, "NODE_ENV", ["development", "production", "test"] as const, "development"),
    host: str(env, "HOST", "127.0.0.1"),
    port: int(env, "PORT", 4000, 0, 65535),
    logLevel: oneOf(
      env,
      "LOG_LEVEL",
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      "info",
    ),
    neo4j: {
      uri,
      user: str(env, "NEO4J_USER", "neo4j"),
      password: str(env, "NEO4J_PASSWORD", ""),
      database: env.NEO4J_DATABASE === "" ? undefined : env.NEO4J_DATABASE,
    },
    localNeo4j: {
      dataDir: path.resolve(PROJECT_ROOT, str(env, "NEO4J_DATA_DIR", ".data/neo4j")),
      boltPort: int(env, "NEO4J_BOLT_PORT", 7687, 1, 65535),
      heap,
      pageCacheMb: int(env, "NEO4J_PAGECACHE_MB", 512, 16, 1_048_576),
    },
    homeRegion: str(env, "HOME_REGION", "320671"),
    seed: {
      scale: int(env, "SEED_SCALE", 20_000, 0, 10_000_000),
      seed: int(env, "SEED_RANDOM", 1, 0, 2 ** 31 - 1),
    },
    gaps: {
      k: int(env, "GAP_K", 3, 1, 1000),
      strengthenShare: fraction(env, "GAP_STRENGTHEN_SHARE", 0.05),
      weights: gapWeights(env),
    },
    targets: { weights: targetWeights(env) },
  };
}

/**
 * The configuration for a command-line entry point (`npm start`, `npm run db`, `npm run seed`):
 * a bad value prints what is wrong, naming the variable, and exits with code 2.
 */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
