import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadSecurityConfig, SecurityConfigError, type SecurityConfig } from "./security/config.ts";

/** The project's root folder (two levels above this file). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Everything the service reads from the environment, parsed once and validated at start-up. */
export interface Config {
  /** "development" turns on GraphiQL, unmasked error details and demo users; the default is "production". */
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
  /**
   * Region codes of the peers the zone is compared with by default (peers/); a query may name
   * others. Checked against the region tree when the service starts.
   */
  peerRegions: string[];
  /** Sessions, transport and limits (server/src/security/config.ts). */
  security: SecurityConfig;
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
  /** The recruiting pipeline's rules (server/src/pipeline/rules.ts). */
  pipeline: PipelineConfig;
  /** The chain report's PDF (server/src/dossier/report-pdf.ts). */
  report: {
    /** A TrueType/OpenType font or collection with Chinese glyphs, embedded (subset) in every PDF. */
    fontPath: string;
    /** The PostScript name of the face to use when fontPath is a collection (.ttc); null for a single font. */
    fontName: string | null;
  };
}

/**
 * Thresholds and targets of the recruiting pipeline. The defaults are the source document's:
 * a key project (重点项目) is ≥ 500M RMB or ≥ 30M USD; an industrial project ≥ 100M RMB counts
 * toward "started" (新开工亿元以上工业项目); 2023: 56 key projects signed for 46.5B RMB, 50
 * industrial projects started for 56.6B RMB — the first annual targets.
 */
export interface PipelineConfig {
  /** Key project: planned investment at least this many RMB… */
  keyMinRmb: number;
  /** …or at least this many USD for a USD-denominated lead. */
  keyMinUsd: number;
  /** Industrial project counted as started: at least this many RMB. */
  industrialMinRmb: number;
  /** A lead with no change for this many days is stalled. */
  stallDays: number;
  /** RMB per USD used when a lead in USD gives no rate of its own. */
  usdRate: number;
  /** Annual targets of the zone. */
  targets: {
    keySigned: number;
    keySignedRmb: number;
    industrialStarted: number;
    industrialStartedRmb: number;
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

/** Every problem of the environment, each naming its variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

type Env = Record<string, string | undefined>;

// One zod schema over the environment: each variable parsed by its own rule, and every problem
// collected (zod does not stop at the first), reported with the variable's name (its path).
const blank = (v: unknown) => (v === "" ? undefined : v);
const raw = z.preprocess(blank, z.string().optional());

/** A variable read by `parse`, which returns the value or a problem (without the name). */
function variable<T>(fallback: T, parse: (raw: string) => T | { problem: string }) {
  return raw.transform((value, ctx): T => {
    if (value === undefined) return fallback;
    const parsed = parse(value);
    if (typeof parsed === "object" && parsed !== null && "problem" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.problem });
      return z.NEVER;
    }
    return parsed as T;
  });
}

const number = (check: (n: number) => boolean, what: string) => (text: string) => {
  const n = Number(text);
  return check(n) ? n : { problem: `must be ${what} (got "${text}")` };
};
const whole = (fallback: number, min: number, max: number) =>
  variable(
    fallback,
    number((n) => Number.isInteger(n) && n >= min && n <= max, `a whole number from ${min} to ${max}`),
  );
const fraction = (fallback: number) =>
  variable(
    fallback,
    number((n) => Number.isFinite(n) && n >= 0 && n <= 1, "a number from 0 to 1"),
  );
const positive = (fallback: number) =>
  variable(
    fallback,
    number((n) => Number.isFinite(n) && n > 0, "a number above 0"),
  );
const targetWeight = (fallback: number) =>
  variable(
    fallback,
    number((n) => Number.isFinite(n) && n >= 0 && n <= 100, "a number from 0 to 100"),
  );
const gapWeight = (fallback: number) =>
  variable(
    fallback,
    number((n) => Number.isFinite(n) && n >= 0 && n <= 100, "a number from 0 to 100"),
  );
const oneOf = <T extends string>(allowed: readonly T[], fallback: T) =>
  variable<T>(fallback, (text) =>
    (allowed as readonly string[]).includes(text)
      ? (text as T)
      : { problem: `must be one of ${allowed.join(", ")} (got "${text}")` },
  );
const text = (fallback: string) => variable(fallback, (t) => t);
const optionalText = variable<string | undefined>(undefined, (t) => t);

// Starting guesses after chains-and-methods.md §4.2, to be tuned with the bureau; each set sums to
// 1 so that a score lies in [0, 1] (README "Gap analysis", "Target recommendation").
const TARGET_WEIGHTS = {
  TARGET_WEIGHT_FIT: ["fit", 0.2],
  TARGET_WEIGHT_TIES: ["ties", 0.2],
  TARGET_WEIGHT_SCALE: ["scale", 0.15],
  TARGET_WEIGHT_GROWTH: ["growth", 0.1],
  TARGET_WEIGHT_INNOVATION: ["innovation", 0.1],
  TARGET_WEIGHT_LISTED: ["listed", 0.05],
  TARGET_WEIGHT_PROXIMITY: ["proximity", 0.15],
  TARGET_WEIGHT_ALLIANCE: ["alliance", 0.05],
} as const;
const GAP_WEIGHTS = {
  GAP_WEIGHT_DEMAND_PULL: ["demandPull", 0.25],
  GAP_WEIGHT_SUPPLY_PUSH: ["supplyPush", 0.2],
  GAP_WEIGHT_CENTRALITY: ["centrality", 0.15],
  GAP_WEIGHT_KEY_TECH: ["keyTech", 0.15],
  GAP_WEIGHT_DENSITY: ["density", 0.2],
  GAP_WEIGHT_RELATIVE_PRESENCE: ["relativePresence", 0.05],
} as const;

const ENV_SCHEMA = z
  .object({
    // Safe by default: production unless a developer asks for development (npm run dev does).
    NODE_ENV: oneOf(["development", "production", "test"] as const, "production"),
    HOST: text("127.0.0.1"),
    PORT: whole(4000, 0, 65535),
    LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const, "info"),
    NEO4J_URI: variable<string | undefined>(undefined, (uri) =>
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)
        ? uri
        : { problem: `must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (got "${uri}")` },
    ),
    NEO4J_USER: text("neo4j"),
    NEO4J_PASSWORD: text(""),
    NEO4J_DATABASE: optionalText,
    NEO4J_DATA_DIR: text(".data/neo4j"),
    NEO4J_BOLT_PORT: whole(7687, 1, 65535),
    NEO4J_HEAP: variable("1g", (heap) =>
      /^\d+[mg]$/i.test(heap) ? heap : { problem: `must look like 512m or 2g (got "${heap}")` },
    ),
    NEO4J_PAGECACHE_MB: whole(512, 16, 1_048_576),
    HOME_REGION: text("320671"),
    // 苏州, 无锡, 常州: the southern Jiangsu cities that recruit for the same chains as Nantong (PV and
    // lithium batteries, integrated circuits, equipment; graph-seed/synthetic/clusters.yaml).
    PEER_REGIONS: variable(["320500", "320200", "320400"], (list) => {
      const codes = list.split(",").map((c) => c.trim());
      const bad = codes.find((c) => !/^[0-9A-Za-z]{1,12}$/.test(c));
      if (bad !== undefined) {
        return { problem: `must be region codes separated by commas, e.g. 320500,320200 (got "${bad}")` };
      }
      if (codes.length > 8) return { problem: `names ${codes.length} regions; at most 8` };
      const twice = codes.find((c, i) => codes.indexOf(c) !== i);
      if (twice !== undefined) return { problem: `names ${twice} twice` };
      return codes;
    }),
    SEED_SCALE: whole(20_000, 0, 10_000_000),
    SEED_RANDOM: whole(1, 0, 2 ** 31 - 1),
    GAP_K: whole(3, 1, 1000),
    PIPELINE_KEY_MIN_RMB: positive(500_000_000),
    PIPELINE_KEY_MIN_USD: positive(30_000_000),
    PIPELINE_INDUSTRIAL_MIN_RMB: positive(100_000_000),
    PIPELINE_STALL_DAYS: whole(30, 1, 3650),
    PIPELINE_USD_RATE: positive(7.1),
    PIPELINE_TARGET_KEY_SIGNED: whole(56, 0, 1_000_000),
    PIPELINE_TARGET_KEY_SIGNED_RMB: positive(46_500_000_000),
    PIPELINE_TARGET_INDUSTRIAL_STARTED: whole(50, 0, 1_000_000),
    PIPELINE_TARGET_INDUSTRIAL_STARTED_RMB: positive(56_600_000_000),
    GAP_STRENGTHEN_SHARE: fraction(0.05),
    // Debian's fonts-noto-cjk (.ci/run installs it); checked when a PDF is made, with a clear error.
    REPORT_FONT_PATH: text("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    REPORT_FONT_NAME: text("NotoSansCJKsc-Regular"),
    ...(Object.fromEntries(
      Object.entries(TARGET_WEIGHTS).map(([key, [, fallback]]) => [key, targetWeight(fallback)]),
    ) as Record<keyof typeof TARGET_WEIGHTS, ReturnType<typeof targetWeight>>),
    ...(Object.fromEntries(
      Object.entries(GAP_WEIGHTS).map(([key, [, fallback]]) => [key, gapWeight(fallback)]),
    ) as Record<keyof typeof GAP_WEIGHTS, ReturnType<typeof gapWeight>>),
  })
  .superRefine((env, ctx) => {
    if (env.PEER_REGIONS.includes(env.HOME_REGION)) {
      ctx.addIssue({
        code: "custom",
        path: ["PEER_REGIONS"],
        message: `names the home region ${env.HOME_REGION} (HOME_REGION); peers are other regions`,
      });
    }
    if (!Object.keys(TARGET_WEIGHTS).some((k) => (env[k as keyof typeof TARGET_WEIGHTS] ?? 0) > 0)) {
      ctx.addIssue({ code: "custom", path: ["TARGET_WEIGHT_*"], message: "at least one must be positive" });
    }
    if (!Object.keys(GAP_WEIGHTS).some((k) => (env[k as keyof typeof GAP_WEIGHTS] ?? 0) > 0)) {
      ctx.addIssue({ code: "custom", path: ["GAP_WEIGHT_*"], message: "at least one must be positive" });
    }
  });

/** Parses the environment; throws ConfigError listing every bad value, each with its variable. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  const e = parsed.data;
  let security: SecurityConfig;
  try {
    security = loadSecurityConfig(env, e.NODE_ENV, e.HOST);
  } catch (error) {
    if (error instanceof SecurityConfigError) throw new ConfigError([error.message]);
    throw error;
  }
  const weights = <K extends string, F extends string>(table: Record<K, readonly [F, number]>) =>
    Object.fromEntries(
      (Object.entries(table) as [K, readonly [F, number]][]).map(([key, [name]]) => [
        name,
        e[key as keyof typeof e],
      ]),
    ) as Record<F, number>;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    localNeo4j: {
      dataDir: path.resolve(PROJECT_ROOT, e.NEO4J_DATA_DIR),
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCacheMb: e.NEO4J_PAGECACHE_MB,
    },
    homeRegion: e.HOME_REGION,
    peerRegions: e.PEER_REGIONS,
    security,
    seed: { scale: e.SEED_SCALE, seed: e.SEED_RANDOM },
    gaps: { k: e.GAP_K, strengthenShare: e.GAP_STRENGTHEN_SHARE, weights: weights(GAP_WEIGHTS) },
    targets: { weights: weights(TARGET_WEIGHTS) },
    report: { fontPath: e.REPORT_FONT_PATH, fontName: e.REPORT_FONT_NAME },
    pipeline: {
      keyMinRmb: e.PIPELINE_KEY_MIN_RMB,
      keyMinUsd: e.PIPELINE_KEY_MIN_USD,
      industrialMinRmb: e.PIPELINE_INDUSTRIAL_MIN_RMB,
      stallDays: e.PIPELINE_STALL_DAYS,
      usdRate: e.PIPELINE_USD_RATE,
      targets: {
        keySigned: e.PIPELINE_TARGET_KEY_SIGNED,
        keySignedRmb: e.PIPELINE_TARGET_KEY_SIGNED_RMB,
        industrialStarted: e.PIPELINE_TARGET_INDUSTRIAL_STARTED,
        industrialStartedRmb: e.PIPELINE_TARGET_INDUSTRIAL_STARTED_RMB,
      },
    },
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
