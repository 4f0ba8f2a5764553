/**
 * Candidate pools of the target ranking, and their per-process cache.
 *
 * A pool is every non-local company operating in one segment, with the features scoring.ts
 * computes over it. Gathering it reads every candidate's properties (at 1,000,000 companies the
 * largest pool has 16,000 candidates: some 160,000 database hits and a few hundred milliseconds),
 * yet it depends on nothing a request says but the segment and the home region, and it changes
 * only when the graph does. So pools are kept per process and per database, together with the
 * region tree and the home region's links, under the presence token of the gap analysis
 * (gaps/presence.ts), and reused with the same rules as its cache (gaps/service.ts):
 *
 * - every write path that changes companies, their segments, regions, supply ties or alliances
 *   calls refreshPresence, which replaces the token; a request that reads a new token drops the
 *   whole entry of the old one, so nothing computed before the last refresh is ever served;
 * - the token is trusted only while the precomputation is current (its stored counts equal the live
 *   counts). When it is stale (a write forgot to refresh), the entry is dropped and the request
 *   reads and scores its pools afresh without keeping them: slow, not wrong.
 *
 * What changes without a presence refresh — the lead statuses of saved lists (saveTargetList,
 * updateTargetItem), which leadStatus and filter.excludeInLists read — is read on every request, in
 * the same round trip as the token. Weights are applied per request (a pool keeps the scores and
 * ranking order of the last few weight settings), and filters after that, so neither is a key.
 */
import { LRUCache } from "lru-cache";
import { requestVersions } from "../common/answer-cache.ts";
import type { CompanyRecord, SegmentRecord } from "../common/records.ts";
import type { Db } from "../db/driver.ts";
import type { GraphQLContext } from "../context.ts";
import { presenceIsCurrent } from "../graph-writes/index.ts";
import {
  CANDIDATES,
  candidateRows,
  HEAD,
  linksById,
  loadRegionTree,
  LOCAL_LINKS,
  type CandidateColumns,
  type CandidateRow,
  type Head,
  type LinksById,
  type LocalLinks,
  type RegionTree,
} from "./candidates.ts";
import type { RankedTarget, TargetStatusValue } from "./records.ts";
import {
  poolFeatures,
  scoreFeatures,
  TARGET_FEATURES,
  type PoolFeatures,
  type ScoredPool,
  type TargetWeights,
} from "./scoring.ts";

// ---------------------------------------------------------------------------------------------
// Pools and the cache.

/**
 * A ranking kept for reuse: its rows in ranking order with lead statuses left null (they are read
 * per request and laid over a copy: {@link withLeads}); shared, so never mutated.
 */
export interface KeptRows {
  rows?: readonly RankedTarget[];
  /** Position of each company in `rows`, made by the first request with a lead status to lay over. */
  position?: Map<string, number>;
}

/** A pool scored under one weight setting. */
export interface ScoredOrder extends KeptRows {
  pool: ScoredPool;
  /** Candidate indexes in ranking order: score descending, then company id (as compareTargets). */
  order: Int32Array;
}

/**
 * The rows of a kept ranking with this request's lead statuses: a copy of the shared array in which
 * only the rows of companies in a saved list are replaced. A list edit therefore costs a copy of
 * the order, not a ranking.
 */
export function withLeads(
  kept: KeptRows & { rows: readonly RankedTarget[] },
  leads: ReadonlyMap<string, TargetStatusValue>,
): RankedTarget[] {
  const rows = kept.rows.slice();
  if (leads.size === 0) return rows;
  const base = kept.rows;
  kept.position ??= new Map(base.map((r, k) => [r.companyId, k]));
  for (const [companyId, leadStatus] of leads) {
    const k = kept.position.get(companyId);
    if (k !== undefined) rows[k] = { ...rows[k]!, leadStatus };
  }
  return rows;
}

/** One segment's candidate pool for one home region, with its weight-independent features. */
export interface Pool {
  segmentId: string;
  candidates: readonly CandidateRow[];
  features: PoolFeatures;
  /** Scores and orders by weight setting, least recently used first. */
  scored: LRUCache<string, ScoredOrder>;
}

/**
 * Candidates all kept pools may hold together; the least recently used pools go first. Measured: a
 * kept candidate takes about 0.4 KB, plus about 0.25 KB per weight setting ranked (scores, order,
 * rows), so at most about 140 MB: six of the largest pools at 1,000,000 companies.
 */
const MAX_HELD = 100_000;
/** Weight settings a pool keeps scores for (the defaults plus a user's few experiments). */
const MAX_SCORED = 4;
/** Home regions whose links one entry keeps. */
const MAX_LINK_REGIONS = 16;
/** Company records one entry keeps (the pages and local ties users look at; about 1 KB each). */
const MAX_COMPANIES = 10_000;
/**
 * Chain-wide rankings one entry keeps (four chains, two weight settings each). A kept ranking holds
 * its pools' scores alive even when the pool cache has let them go: at 1,000,000 companies the
 * largest chain's merged ranking (about 100 gap pools) takes a few hundred MB, measured by
 * `npm run bench:load`'s RSS column; that is the price of a list edit not costing seconds.
 */
const MAX_MERGED = 8;

/** What one presence token determines. */
interface Entry {
  token: string | null;
  tree: RegionTree;
  links: LRUCache<string, LinksById>;
  /** By home region and segment id; least recently used first. */
  pools: LRUCache<string, Pool>;
  /**
   * Company records that ranking pages showed, by loader home region and id: a warm page needs no
   * company query. Graph data like the pools, so they live and die with the token.
   */
  companies: LRUCache<string, CompanyRecord>;
  /** Segment records the head read (segments change with the graph, so with the token). */
  segments: Map<string, SegmentRecord | null>;
  /**
   * Chain-wide rankings merged from their gap pools, by home region, segments and weights; kept as
   * promises so that requests arriving while one is merged wait for it instead of merging again.
   */
  merged: LRUCache<string, Promise<KeptRows & { rows: readonly RankedTarget[] }>>;
}
const cache = new WeakMap<Db, Entry>();
/** Work this process has done, for tests and benchmarks: chain-wide rankings merged. */
export const poolCounters = { merges: 0 };
/** Lead statuses by company, under the lists' version stamp they were read with. */
const leadsCache = new WeakMap<Db, { version: string | null; leads: Map<string, TargetStatusValue> }>();
/** The cached entry a request ranked from (none when the presence was stale). */
const requestEntry = new WeakMap<GraphQLContext, Entry>();

/** The ranking's view of the graph for one request: cached pools, or fresh ones when stale. */
export interface PoolSource {
  /** The segment asked for (null when unknown or none was asked for); primed into the loader. */
  segment: SegmentRecord | null;
  tree: RegionTree;
  /** Lead status by company id, read by this request. */
  leads: Map<string, TargetStatusValue>;
  /** The pools of these segments for the home region, in the order asked (empty pools included). */
  pools(segmentIds: readonly string[], regionCode: string): Promise<Pool[]>;
  /**
   * A merged ranking under `key` (which must name everything `merge` depends on besides the
   * graph): kept while the token lasts, merged by the first request that needs it. Without a
   * current token it is merged for this request alone.
   */
  merged(
    key: string,
    merge: () => Promise<RankedTarget[]>,
  ): Promise<KeptRows & { rows: readonly RankedTarget[] }>;
}

/**
 * Opens the pools for one request: one small query (token, counts, lead statuses, the segment),
 * plus the region tree when the token is new or stale.
 */
export async function openPools(ctx: GraphQLContext, segmentId: string | null): Promise<PoolSource> {
  const fast = openFromVersions(ctx, segmentId);
  if (fast) return fast;
  const [head] = await ctx.cypher<Head & Record<string, unknown>>(HEAD, { segmentId });
  if (head === undefined) throw new Error("internal: target head query returned no row");
  if (head.segment) ctx.loaders.segment.prime(head.segment.id, head.segment);
  const leads = new Map(head.leads);
  leadsCache.set(ctx.db, { version: head.listsVersion, leads });
  const current = presenceIsCurrent(head);
  const token = current ? head.info!.token : null;
  let entry = current ? cache.get(ctx.db) : undefined;
  if (entry === undefined || entry.token !== token) {
    // Read after the token, so what the entry holds is never older than the refresh it is keyed on.
    entry = {
      token,
      tree: await loadRegionTree(ctx),
      links: new LRUCache<string, LinksById>({ max: MAX_LINK_REGIONS }),
      // Sized by candidates: the least recently used pools go first once MAX_HELD is passed.
      pools: new LRUCache<string, Pool>({
        maxSize: MAX_HELD,
        sizeCalculation: (pool) => Math.max(1, pool.candidates.length),
      }),
      companies: new LRUCache<string, CompanyRecord>({ max: MAX_COMPANIES }),
      segments: new Map(),
      merged: new LRUCache({ max: MAX_MERGED }),
    };
    if (current) cache.set(ctx.db, entry);
    else cache.delete(ctx.db);
  }
  if (segmentId !== null && entry.segments.size < MAX_SEGMENTS) entry.segments.set(segmentId, head.segment);
  return sourceOf(ctx, entry, current, head.segment, leads);
}

/** Segment records one entry keeps (every segment of the four chains fits many times over). */
const MAX_SEGMENTS = 2_000;

/**
 * The pools without the head query, when this request has already read the version stamps (the
 * answer cache reads them before executing: common/answer-cache.ts) and they equal those of the
 * kept entry and lead statuses: the token, the statuses and the segment are then exactly what the
 * head would read. Otherwise null, and the head runs.
 */
function openFromVersions(ctx: GraphQLContext, segmentId: string | null): PoolSource | null {
  const versions = requestVersions(ctx);
  if (!versions || versions.presence === null) return null;
  const entry = cache.get(ctx.db);
  const kept = leadsCache.get(ctx.db);
  if (!entry || entry.token !== versions.presence || !kept || kept.version !== versions.lists) return null;
  const segment = segmentId === null ? null : entry.segments.get(segmentId);
  if (segment === undefined) return null;
  if (segment) ctx.loaders.segment.prime(segment.id, segment);
  return sourceOf(ctx, entry, true, segment, kept.leads);
}

function sourceOf(
  ctx: GraphQLContext,
  entry: Entry,
  current: boolean,
  segment: SegmentRecord | null,
  leads: Map<string, TargetStatusValue>,
): PoolSource {
  if (current) requestEntry.set(ctx, entry);
  // The tree holds every region's record: the page's regions need no query.
  for (const region of entry.tree.byCode.values()) ctx.loaders.region.prime(region.code, region);
  return {
    segment,
    tree: entry.tree,
    leads,
    pools: (segmentIds, regionCode) => poolsOf(ctx, entry, segmentIds, regionCode),
    merged: (key, merge) => {
      const run = () => {
        poolCounters.merges += 1;
        return merge().then((rows) => ({ rows }));
      };
      if (!current) return run();
      let kept = entry.merged.get(key);
      if (kept === undefined) {
        kept = run();
        entry.merged.set(key, kept);
        // A failed merge is not kept: the next request tries again.
        kept.catch(() => {
          if (entry.merged.get(key) === kept) entry.merged.delete(key);
        });
      }
      return kept;
    },
  };
}

const poolKey = (regionCode: string, segmentId: string) => `${regionCode}\u0000${segmentId}`;

async function linksFor(ctx: GraphQLContext, entry: Entry, regionCode: string, localCodes: string[]) {
  let links = entry.links.get(regionCode);
  if (links === undefined) {
    const [row] = await ctx.cypher<LocalLinks & Record<string, unknown>>(LOCAL_LINKS, { localCodes });
    links = linksById(row ?? { ties: [], members: [] });
    entry.links.set(regionCode, links);
  }
  return links;
}

async function poolsOf(
  ctx: GraphQLContext,
  entry: Entry,
  segmentIds: readonly string[],
  regionCode: string,
): Promise<Pool[]> {
  const found = new Map<string, Pool>();
  for (const sid of segmentIds) {
    const key = poolKey(regionCode, sid);
    const pool = entry.pools.get(key); // get() marks it most recently used
    if (pool === undefined) continue;
    found.set(sid, pool);
  }
  const missing = [...new Set(segmentIds.filter((sid) => !found.has(sid)))];
  if (missing.length > 0) {
    const { tree } = entry;
    const localCodes = tree.subtree(regionCode);
    const [columns, links] = await Promise.all([
      ctx.cypher<CandidateColumns & Record<string, unknown>>(CANDIDATES, { segmentIds: missing, localCodes }),
      linksFor(ctx, entry, regionCode, localCodes),
    ]);
    const bySegment = new Map(columns.map((c) => [c.segmentId, c]));
    const home = tree.byCode.get(regionCode);
    const homeAt = home && home.lat !== null && home.lon !== null ? { lat: home.lat, lon: home.lon } : null;
    for (const sid of missing) {
      const cols = bySegment.get(sid);
      const candidates = cols ? candidateRows(cols, links, tree) : [];
      const pool: Pool = {
        segmentId: sid,
        candidates,
        features: poolFeatures(candidates, homeAt),
        scored: new LRUCache<string, ScoredOrder>({ max: MAX_SCORED }),
      };
      found.set(sid, pool);
      entry.pools.set(poolKey(regionCode, sid), pool);
    }
    // The cache evicts the least recently used pools; the ones this request holds stay usable by it.
  }
  return segmentIds.map((sid) => found.get(sid)!);
}

/** A weight setting as a cache key. */
export const weightsKey = (weights: TargetWeights) => TARGET_FEATURES.map((f) => weights[f]).join(",");

/**
 * The pool scored under the weights, with its ranking order: computed once per weight setting and
 * kept with the pool.
 */
export function scoredOrder(pool: Pool, weights: TargetWeights): ScoredOrder {
  const key = weightsKey(weights);
  let scored = pool.scored.get(key);
  if (scored !== undefined) return scored;
  const scoredPool = scoreFeatures(pool.features, weights);
  const { scores } = scoredPool;
  const ids = pool.candidates.map((c) => c.id);
  const order = Int32Array.from(ids, (_, i) => i);
  // compareTargets without an object per comparison: score descending, then id in code-unit order.
  order.sort((a, b) => {
    const d = scores[b]! - scores[a]!;
    if (d !== 0) return d;
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  scored = { pool: scoredPool, order };
  pool.scored.set(key, scored);
  return scored;
}

/**
 * A company record for a ranking's page (Target.company, Target.localTies): from the entry the
 * request ranked from when it has it, else through the request's loader (batched as usual), kept
 * for the next request while the token lasts. Records are never mutated.
 */
export async function pageCompany(ctx: GraphQLContext, id: string): Promise<CompanyRecord | null> {
  const entry = requestEntry.get(ctx);
  const key = `${ctx.config.homeRegion}\u0000${id}`;
  const kept = entry?.companies.get(key);
  if (kept !== undefined) return kept;
  const record = await ctx.loaders.company.load(id);
  if (entry !== undefined && record !== null) {
    entry.companies.set(key, record);
  }
  return record;
}

export { CANDIDATE_QUERIES, loadRegionTree, type CandidateRow, type RegionTree } from "./candidates.ts";
