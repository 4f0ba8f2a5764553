/**
 * Deterministic synthetic company universe (PRODUCT §8): N made-up companies across Chinese cities,
 * the home city's districts and park, and foreign countries, with supply ties and one alliance.
 *
 * Layout: synthetic/parameters.ts reads the model's parameters and word lists (graph-seed/synthetic/
 * *.yaml); synthetic/prng.ts is the only source of randomness; synthetic/model.ts compiles the model;
 * synthetic/names.ts draws names; synthetic/universe.ts holds the index and streams companies, ties
 * and memberships. This module is the public API.
 *
 * Design
 * 1. A model is compiled from the catalog: every leaf segment gets a firm share (chain, stage, role,
 *    keyTech, seeded jitter) and a distribution over locations = baseline (GDP-like table, default by
 *    province) × cluster affinities (rules keyed by sub-chain/segment text and attributes, with
 *    multipliers by city, province or country code). The home city (Nantong) is split into its
 *    districts and park, which get their own local affinities, so the ETDA's coverage comes out of
 *    the model (a boost in what the reference says it hosts, little elsewhere), never hand-placed.
 * 2. Company i draws (segment, location, size deviate z) from its own PRNG stream seeded by
 *    (seed, 0, i) and keeps them in typed arrays (about 10 bytes a firm); its attributes and names
 *    come from stream (seed, 1, i) when it is emitted, so any company can be rebuilt alone and no
 *    output depends on iteration order other than the index.
 * 3. Supply ties are drawn per customer (stream (seed, 2, i)): a Poisson count growing with size; a
 *    supplier segment among those that FEED the customer's primary segment; a supplier location by
 *    rejection sampling with great-circle decay exp(−km/400) (plus a small floor for long-distance
 *    trade); a supplier firm inside that (segment, location) bucket weighted by size. Public catalog
 *    companies take no part unless `publicTies` is set (and then never public↔public): a drawn tie
 *    would be an invented fact about a real company.
 * 4. Everything streams: companies, then supplies, then memberships are generators; memory is the
 *    typed arrays plus an S×L table, so 10⁶ firms fit in well under 200 MB.
 * 5. Byte-for-byte determinism: only synthetic/prng.ts's PRNG (mulberry32 behind a murmur3 finaliser), every
 *    catalog list sorted by id/code first, numbers rounded before output; `syntheticHash` hashes the
 *    whole stream with SHA-256 (same Node/V8 ⇒ same Math.log/exp/cos ⇒ same bytes).
 *
 * Units: revenue and registeredCapital in million RMB; rdIntensity and growth as fractions.
 */
import { createHash } from "node:crypto";

import { Model, type CatalogInput } from "./synthetic/model.ts";
import { loadSyntheticParameters, type ModelConstants } from "./synthetic/parameters.ts";
import { Universe, type SyntheticUniverse } from "./synthetic/universe.ts";
import type { AllianceDef, CompanyDef, MembershipDef, SupplyDef } from "./types.ts";

export type { CatalogInput } from "./synthetic/model.ts";
export { syntheticId, type SyntheticUniverse } from "./synthetic/universe.ts";
export {
  DEFAULT_SYNTHETIC_DIR,
  loadSyntheticParameters,
  type SyntheticParameters,
} from "./synthetic/parameters.ts";

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Options and defaults
// ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface SyntheticOptions {
  /** Number of synthetic companies (default 20 000). */
  scale?: number;
  /** PRNG seed, any integer (default 1). */
  seed?: number;
  /** Home region whose city is split into districts and park (default the Nantong ETDA, "320671"). */
  homeRegion?: string;
  /** Target mean number of supplier ties per synthetic company (default 2.5). */
  tiesPerCompany?: number;
  /** Number of alliance members (default 60). */
  allianceSize?: number;
  /**
   * Let the catalog's public (real) companies take part in synthetic supply ties and the alliance.
   * Off by default: a tie or a membership drawn by the model would be an invented fact about a real
   * company ("already supplies 2 local firms"), and real company facts stay public facts.
   */
  publicTies?: boolean;
}

export const DEFAULT_SCALE = 20_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_HOME_REGION = "320671";

/** The parameters of graph-seed/synthetic/*.yaml, read and validated once, when first imported
 * (a problem there stops the import with a CatalogError naming the file and the path). */
const PARAMS = loadSyntheticParameters();

export const SYNTHETIC_ALLIANCE: Readonly<AllianceDef> = PARAMS.alliance;

/** Model constants (synthetic/model.yaml), exported so tests can check the generated distributions
 * against them. */
export const SYNTHETIC_MODEL: Readonly<ModelConstants> = PARAMS.model;

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Public API
// ─────────────────────────────────────────────────────────────────────────────────────────────────

function normalise(opts: SyntheticOptions): Required<SyntheticOptions> {
  const scale = opts.scale ?? DEFAULT_SCALE;
  if (!Number.isInteger(scale) || scale < 0)
    throw new RangeError(`scale must be a non-negative integer, got ${scale}`);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const tiesPerCompany = opts.tiesPerCompany ?? 2.5;
  if (!(tiesPerCompany >= 0)) throw new RangeError(`tiesPerCompany must be ≥ 0, got ${tiesPerCompany}`);
  const allianceSize = opts.allianceSize ?? 60;
  if (!Number.isInteger(allianceSize) || allianceSize < 0) throw new RangeError(`allianceSize must be ≥ 0`);
  return {
    scale,
    seed: seed >>> 0,
    homeRegion: opts.homeRegion ?? DEFAULT_HOME_REGION,
    tiesPerCompany,
    allianceSize,
    publicTies: opts.publicTies ?? false,
  };
}

// The loader asks for companies, supplies and memberships one after the other: keep the last
// universe per catalog so the index is drawn once.
const cache = new WeakMap<CatalogInput, { key: string; universe: SyntheticUniverse }>();

/** Builds the model and the per-company index; the generators stream from it. */
export function createSyntheticUniverse(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): SyntheticUniverse {
  const o = normalise(opts);
  const key = JSON.stringify(o);
  const hit = cache.get(catalog);
  if (hit && hit.key === key) return hit.universe;
  const model = new Model(catalog, o.seed, o.homeRegion, PARAMS);
  const universe = new Universe(
    model,
    o.scale,
    o.seed,
    o.tiesPerCompany,
    o.allianceSize,
    catalog,
    o.publicTies,
  );
  cache.set(catalog, { key, universe });
  return universe;
}

export function* syntheticCompanies(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): Generator<CompanyDef> {
  yield* createSyntheticUniverse(catalog, opts).companies();
}

export function* syntheticSupplies(catalog: CatalogInput, opts: SyntheticOptions = {}): Generator<SupplyDef> {
  yield* createSyntheticUniverse(catalog, opts).supplies();
}

export function* syntheticMemberships(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): Generator<MembershipDef> {
  yield* createSyntheticUniverse(catalog, opts).memberships();
}

export function syntheticAlliances(): AllianceDef[] {
  return [{ ...SYNTHETIC_ALLIANCE }];
}

/** SHA-256 (hex) of the whole generated stream: companies, supplies, alliances, memberships, one
 * JSON line each. Equal hashes mean byte-for-byte equal output. */
export function syntheticHash(catalog: CatalogInput, opts: SyntheticOptions = {}): string {
  const u = createSyntheticUniverse(catalog, opts);
  const h = createHash("sha256");
  for (const c of u.companies()) h.update(`C${JSON.stringify(c)}\n`);
  for (const s of u.supplies()) h.update(`S${JSON.stringify(s)}\n`);
  for (const a of u.alliances()) h.update(`A${JSON.stringify(a)}\n`);
  for (const m of u.memberships()) h.update(`M${JSON.stringify(m)}\n`);
  return h.digest("hex");
}

/** The real brands no synthetic name may carry (see realBrands in synthetic/names.ts). */
export function reservedBrands(catalog: CatalogInput): ReadonlySet<string> {
  return new Model(catalog, DEFAULT_SEED, DEFAULT_HOME_REGION, PARAMS).realBrands;
}
