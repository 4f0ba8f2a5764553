/**
 * The synthetic model's parameters and word lists: graph-seed/synthetic/{model,clusters,names}.yaml,
 * validated like the catalog (zod schemas, then references: pattern names, place names, regular
 * expressions), every problem reported together as "<file>: <path>: <message>", and compiled into
 * the tables the model reads (regular expressions built, place names resolved to region codes).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ROLES, STAGES } from "../catalog-schema.ts";
import { Problems, readYaml, text, validate, type Path } from "../data-file.ts";
import type { AllianceDef, SegmentRole, Stage } from "../types.ts";

/** The folder of the parameter files: graph-seed/synthetic. */
export const DEFAULT_SYNTHETIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../synthetic");

// ── Compiled shapes (what the model reads) ───────────────────────────────────────────────────────

/** Which part of the catalog a rule applies to. Text tests run on the lower-cased
 * "<sub-chain id> <sub-chain name> <sub-chain nameZh> <segment name> <segment nameZh>". */
export interface Match {
  chain?: RegExp;
  text?: RegExp;
  /** Tested against the segment's own "<name> <nameZh>" only (lower-cased). */
  name?: RegExp;
  /** Rule skipped when this matches the same text. */
  not?: RegExp;
  stage?: readonly Stage[];
  role?: readonly SegmentRole[];
  keyTech?: boolean;
}

export interface ClusterRule {
  why: string;
  match: Match;
  /** Multipliers by city, province or country code. */
  regions: Readonly<Record<string, number>>;
  /** Multiplier for foreign countries not listed in `regions` (default 1). */
  foreign?: number;
}

/** [Chinese, English] (or [latin, Chinese transliteration] in foreign name stocks). */
export type WordPair = readonly [string, string];

export interface ForeignStyle {
  names: readonly WordPair[];
  forms: readonly string[];
}

export interface NameWords {
  odds: {
    doubleForeignName: number;
    cityPrefix: number;
    provincePrefix: number;
    groupAbove: number;
    jointAbove: number;
  };
  chineseForms: { group: WordPair; joint: WordPair; limited: WordPair; foreignZh: string };
  /** Industry words by segment; first match wins. */
  industryWords: readonly { match: Match; words: readonly WordPair[] }[];
  roleWords: Readonly<Record<SegmentRole | "NONE", readonly WordPair[]>>;
  tradeChars: readonly WordPair[];
  foreignStyles: Readonly<Record<string, ForeignStyle>>;
  foreignStyleDefault: ForeignStyle;
}

/** Patterns the model's code uses by name (the rest are named by the rule tables only). */
export const CODE_PATTERNS = ["NE", "IT", "HL", "PHARMA", "EMERGING"] as const;

export interface SyntheticParameters {
  model: ModelConstants;
  segments: SegmentParameters;
  firms: FirmParameters;
  allianceMembers: AllianceMemberParameters;
  alliance: Readonly<AllianceDef>;
  patterns: Readonly<Record<(typeof CODE_PATTERNS)[number], RegExp>>;
  cityBaseline: Readonly<Record<string, number>>;
  defaultCityBaseline: readonly { provinces: readonly string[]; baseline: number }[];
  defaultCityBaselineOther: number;
  foreignBaseline: Readonly<Record<string, number>>;
  foreignBaselineDefault: number;
  homeCitySplit: Readonly<Record<string, number>>;
  homeCitySplitDefault: number;
  localDefault: Readonly<Record<string, number>>;
  chainFirmFactor: readonly (readonly [RegExp, number])[];
  yangtzeRiverDelta: ReadonlySet<string>;
  clusterRules: readonly ClusterRule[];
  localRules: readonly ClusterRule[];
  names: NameWords;
}

// ── File schemas ─────────────────────────────────────────────────────────────────────────────────

const positive = z.number().positive();
const share = z.number().min(0).max(1);

const ModelConstantsSchema = z.strictObject({
  baseMedianRevenue: positive,
  revenueSigma: positive,
  foreignRevenueBoost: z.number(),
  foreignShare: z.number().min(0).lt(1),
  multiSegmentShare: share,
  listedSlope: z.number(),
  listedCut: z.number(),
  decayKm: positive,
  decayFloor: z.number().min(0),
  tieSizeElasticity: z.number(),
  supplierSizeElasticity: z.number(),
  publicZ: z.number(),
  year: z.int().min(1900).max(2100),
});
export type ModelConstants = z.output<typeof ModelConstantsSchema>;

const num = z.number();
const SegmentsSchema = z.strictObject({
  logMedianRevenue: z.strictObject({
    midstreamCore: num,
    upstream: num,
    downstream: num,
    service: num,
    equipment: num,
    keyTech: num,
    jitter: z.number().min(0),
  }),
  rdIntensity: z.strictObject({
    base: positive,
    keyTech: num,
    equipment: num,
    chainIT: num,
    pharma: num,
    serviceOrPlainDownstream: num,
  }),
  firmShare: z.strictObject({
    downstream: positive,
    upstream: positive,
    equipment: positive,
    material: positive,
    service: positive,
    keyTech: positive,
    emerging: positive,
    jitter: z.number().min(0),
  }),
});
export type SegmentParameters = z.output<typeof SegmentsSchema>;

const sigma = z.number().min(0);
const FirmsSchema = z.strictObject({
  sizeDeviateLimit: positive,
  minRevenue: positive,
  twoSecondaryShare: share,
  employees: z.strictObject({ min: z.int().min(1), revenuePerEmployee: positive, sigma }),
  age: z.strictObject({
    logMedian: num,
    sizeElasticity: num,
    sigma,
    emergingFactor: positive,
    min: z.int().min(0),
    max: z.int().min(1),
  }),
  registeredCapital: z.strictObject({ min: positive, revenueRatio: positive, sigma }),
  rdIntensity: z.strictObject({ sigma, min: share, max: share }),
  growth: z.strictObject({
    mean: num,
    sigma,
    sizeDecline: num,
    emergingBoost: num,
    min: num,
    max: num,
  }),
  jitterDegrees: z.strictObject({
    country: z.number().min(0),
    city: z.number().min(0),
    district: z.number().min(0),
    park: z.number().min(0),
    lonStretch: positive,
  }),
  maxTiesPerCustomer: z.int().min(1),
});
export type FirmParameters = z.output<typeof FirmsSchema>;

const AllianceMembersSchema = z.strictObject({
  localShare: share,
  homeParkBonus: num,
  distanceScaleKm: positive,
  firstYear: z.int().min(1900).max(2100),
  joinYears: z.int().min(1),
  maxLeads: z.int().min(1),
});
export type AllianceMemberParameters = z.output<typeof AllianceMembersSchema>;

/** A pattern name of model.yaml, an inline '/regex/', or a list of them (alternatives). */
const PatternRef = z.union([text, z.array(text).min(1)]);
const PATTERN_NAME = /^[A-Z][A-Z0-9_]*$/;
const PLACE_NAME = /^[a-z][A-Za-z]*$/;
/** A place name of model.yaml or a code: GB/T 2260 six digits or ISO 3166-1 alpha-2. */
const CODE = /^(\d{6}|[A-Z]{2})$/;
const RegionWeights = z.record(z.string(), positive);

const ModelFileSchema = z.strictObject({
  model: ModelConstantsSchema,
  segments: SegmentsSchema,
  firms: FirmsSchema,
  allianceMembers: AllianceMembersSchema,
  alliance: z.strictObject({ id: text, name: text, nameZh: text }),
  patterns: z.record(
    z.string().regex(PATTERN_NAME, { error: "must be an upper-case name (NE, POWER_SEMI)" }),
    text,
  ),
  places: z.record(
    z.string().regex(PLACE_NAME, { error: "must be a lower-camel-case name (suzhou, taizhouJs)" }),
    z.string().regex(/^\d{6}$/, { error: "must be a six-digit GB/T 2260 code" }),
  ),
  cityBaseline: RegionWeights,
  defaultCityBaseline: z.array(
    z.strictObject({
      provinces: z.array(z.string().regex(/^\d{2}$/, { error: "must be two digits" })).min(1),
      baseline: positive,
    }),
  ),
  defaultCityBaselineOther: positive,
  foreignBaseline: RegionWeights,
  foreignBaselineDefault: positive,
  homeCitySplit: RegionWeights,
  homeCitySplitDefault: positive,
  localDefault: RegionWeights,
  chainFirmFactor: z.array(z.strictObject({ chain: PatternRef, factor: positive })).min(1),
  yangtzeRiverDelta: z.array(text).min(1),
});

const MatchSchema = z.strictObject({
  chain: PatternRef.optional(),
  text: PatternRef.optional(),
  name: PatternRef.optional(),
  not: PatternRef.optional(),
  stage: z.array(z.enum(STAGES)).min(1).optional(),
  role: z.array(z.enum(ROLES)).min(1).optional(),
  keyTech: z.boolean().optional(),
});

const RuleSchema = z.strictObject({
  why: text,
  match: MatchSchema,
  regions: RegionWeights,
  foreign: positive.optional(),
});

const ClustersFileSchema = z.strictObject({
  clusterRules: z.array(RuleSchema).min(1),
  localRules: z.array(RuleSchema),
});

const Pair = z.tuple([text, text]);
/** Role words may be ["", ""]: the role word is left out. */
const OptionalPair = z.tuple([z.string(), z.string()]);
const StyleSchema = z.strictObject({ names: z.array(Pair).min(1).optional(), forms: z.array(text).min(1) });

const NamesFileSchema = z.strictObject({
  odds: z.strictObject({
    doubleForeignName: share,
    cityPrefix: share,
    provincePrefix: share,
    groupAbove: num,
    jointAbove: num,
  }),
  chineseForms: z.strictObject({ group: Pair, joint: Pair, limited: Pair, foreignZh: text }),
  industryWords: z.array(z.strictObject({ match: MatchSchema, words: z.array(Pair).min(1) })).min(1),
  roleWords: z.strictObject({
    MATERIAL: z.array(OptionalPair).min(1),
    EQUIPMENT: z.array(OptionalPair).min(1),
    SERVICE: z.array(OptionalPair).min(1),
    CORE: z.array(OptionalPair).min(1),
    NONE: z.array(OptionalPair).min(1),
  }),
  tradeChars: z.array(Pair).min(2),
  englishNames: z.array(Pair).min(1),
  foreignStyles: z.record(
    z.string().regex(/^[A-Z]{2}$/, { error: "must be a country code (DE)" }),
    StyleSchema,
  ),
  foreignStyleDefault: StyleSchema,
});

// ── References ───────────────────────────────────────────────────────────────────────────────────

/** Resolves pattern names, inline regexes and place names, reporting what does not resolve. */
class Resolver {
  readonly patterns = new Map<string, string>();
  readonly places = new Map<string, string>();

  constructor(private readonly p: Problems) {}

  /** Checks and keeps model.yaml's patterns and places. */
  define(file: string, doc: z.output<typeof ModelFileSchema>): void {
    for (const [name, source] of Object.entries(doc.patterns)) {
      // A pattern that does not compile never matches, so that its uses raise no follow-on problem.
      this.patterns.set(name, this.compiles(file, ["patterns", name], source) ? source : "(?!)");
    }
    for (const name of CODE_PATTERNS) {
      if (!(name in doc.patterns))
        this.p.add(file, ["patterns", name], "is required (the model's code uses it)");
    }
    const byCode = new Map<string, string>();
    for (const [name, code] of Object.entries(doc.places)) {
      const other = byCode.get(code);
      if (other !== undefined) this.p.add(file, ["places", name], `"${code}" is already named ${other}`);
      else byCode.set(code, name);
      this.places.set(name, code);
    }
  }

  private compiles(file: string, path: Path, source: string): boolean {
    try {
      new RegExp(source);
      return true;
    } catch (err) {
      this.p.add(
        file,
        path,
        `invalid regular expression: ${err instanceof Error ? err.message : String(err)}`,
      );
      return false;
    }
  }

  /** A pattern reference as one regular expression (alternatives joined by "|"). */
  regex(file: string, path: Path, ref: string | readonly string[]): RegExp {
    const refs = typeof ref === "string" ? [ref] : ref;
    const sources = refs.map((r, i) => {
      const at = typeof ref === "string" ? path : [...path, i];
      const inline = /^\/(.*)\/$/s.exec(r);
      if (inline) return this.compiles(file, at, inline[1]!) ? inline[1]! : "(?!)";
      const source = this.patterns.get(r);
      if (source === undefined) {
        this.p.add(
          file,
          at,
          `unknown pattern "${r}" (a name of model.yaml's patterns or an inline '/regex/')`,
        );
        return "(?!)";
      }
      return source;
    });
    return new RegExp(sources.join("|"));
  }

  code(file: string, path: Path, key: string): string | undefined {
    const code = this.places.get(key) ?? (CODE.test(key) ? key : undefined);
    if (code === undefined)
      this.p.add(
        file,
        path,
        `unknown place "${key}" (a name of model.yaml's places, a six-digit code or a country code)`,
      );
    return code;
  }

  /** A table keyed by place names or codes, keyed by codes (insertion order kept). */
  weights(file: string, path: Path, table: Readonly<Record<string, number>>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, value] of Object.entries(table)) {
      const code = this.code(file, [...path, key], key);
      if (code === undefined) continue;
      if (code in out) this.p.add(file, [...path, key], `names region ${code} a second time`);
      else out[code] = value;
    }
    return out;
  }

  match(file: string, path: Path, m: z.output<typeof MatchSchema>): Match {
    const out: Match = {};
    for (const key of ["chain", "text", "name", "not"] as const) {
      const ref = m[key];
      if (ref !== undefined) out[key] = this.regex(file, [...path, key], ref);
    }
    if (m.stage) out.stage = m.stage;
    if (m.role) out.role = m.role;
    if (m.keyTech !== undefined) out.keyTech = m.keyTech;
    return out;
  }

  rules(file: string, path: Path, rules: readonly z.output<typeof RuleSchema>[]): ClusterRule[] {
    return rules.map((r, i) => {
      const rule: ClusterRule = {
        why: r.why,
        match: this.match(file, [...path, i, "match"], r.match),
        regions: this.weights(file, [...path, i, "regions"], r.regions),
      };
      if (r.foreign !== undefined) rule.foreign = r.foreign;
      return rule;
    });
  }
}

const MODEL_FILE = "synthetic/model.yaml";
const CLUSTERS_FILE = "synthetic/clusters.yaml";
const NAMES_FILE = "synthetic/names.yaml";

/**
 * Reads, validates and compiles the parameter files of `dir` (default graph-seed/synthetic).
 * @throws CatalogError listing every problem found.
 */
export function loadSyntheticParameters(dir: string = DEFAULT_SYNTHETIC_DIR): SyntheticParameters {
  const p = new Problems();
  const read = <S extends z.ZodType>(file: string, schema: S): z.output<S> | undefined => {
    const doc = readYaml(p, dir, file.slice("synthetic/".length), file);
    return doc === undefined ? undefined : validate(p, file, [], schema, doc);
  };
  const model = read(MODEL_FILE, ModelFileSchema);
  const clusters = read(CLUSTERS_FILE, ClustersFileSchema);
  const names = read(NAMES_FILE, NamesFileSchema);
  // References are only checked once model.yaml, which defines the names, is itself valid.
  if (!model) p.throwIfAny();
  const r = new Resolver(p);
  r.define(MODEL_FILE, model!);
  const m = model!;
  const f = MODEL_FILE;
  const params: Partial<SyntheticParameters> = {
    model: Object.freeze({ ...m.model }),
    segments: m.segments,
    firms: m.firms,
    allianceMembers: m.allianceMembers,
    alliance: Object.freeze({ ...m.alliance, source: "synthetic" as const }),
    patterns: Object.fromEntries(
      CODE_PATTERNS.map((name) => [name, new RegExp(r.patterns.get(name) ?? "(?!)")]),
    ) as SyntheticParameters["patterns"],
    cityBaseline: r.weights(f, ["cityBaseline"], m.cityBaseline),
    defaultCityBaseline: m.defaultCityBaseline,
    defaultCityBaselineOther: m.defaultCityBaselineOther,
    foreignBaseline: r.weights(f, ["foreignBaseline"], m.foreignBaseline),
    foreignBaselineDefault: m.foreignBaselineDefault,
    homeCitySplit: r.weights(f, ["homeCitySplit"], m.homeCitySplit),
    homeCitySplitDefault: m.homeCitySplitDefault,
    localDefault: r.weights(f, ["localDefault"], m.localDefault),
    chainFirmFactor: m.chainFirmFactor.map(
      (c, i) => [r.regex(f, ["chainFirmFactor", i, "chain"], c.chain), c.factor] as const,
    ),
    yangtzeRiverDelta: new Set(
      m.yangtzeRiverDelta.flatMap((key, i) => r.code(f, ["yangtzeRiverDelta", i], key) ?? []),
    ),
  };
  if (clusters) {
    params.clusterRules = r.rules(CLUSTERS_FILE, ["clusterRules"], clusters.clusterRules);
    params.localRules = r.rules(CLUSTERS_FILE, ["localRules"], clusters.localRules);
  }
  if (names) {
    const english = names.englishNames;
    const style = (s: z.output<typeof StyleSchema>): ForeignStyle => ({
      names: s.names ?? english,
      forms: s.forms,
    });
    params.names = {
      odds: names.odds,
      chineseForms: names.chineseForms,
      industryWords: names.industryWords.map((w, i) => ({
        match: r.match(NAMES_FILE, ["industryWords", i, "match"], w.match),
        words: w.words,
      })),
      roleWords: names.roleWords,
      tradeChars: names.tradeChars,
      foreignStyles: Object.fromEntries(Object.entries(names.foreignStyles).map(([k, s]) => [k, style(s)])),
      foreignStyleDefault: style(names.foreignStyleDefault),
    };
  }
  p.throwIfAny();
  return params as SyntheticParameters;
}
