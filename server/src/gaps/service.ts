import type { ChainRecord, RegionRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import { resolveWeights, WeightsError } from "../common/weights.ts";
import { badWeights, notFound } from "../errors.ts";
import {
  analyseChain,
  buildMatrix,
  DEFAULT_GAP_WEIGHTS,
  GAP_FEATURES,
  homeMeasures,
  type ChainAnalysis,
  type HomeMeasures,
  type GapRecord,
  type GapWeights,
  type OpportunityPointRecord,
  type RegionSegmentMatrix,
} from "./analysis.ts";
import type { Db } from "../db/driver.ts";
import { presenceIsCurrent } from "../graph-writes/index.ts";
import { prioritiseReport, type PrioritisedGap, type PriorityGroup } from "./priority.ts";
import { fetchGapHead, fetchGapUniverse, type GapHead, type GapUniverse } from "./queries.ts";

/** A chain's gap report for a region: what `gaps` resolves from and other capabilities reuse. */
export interface GapReportRecord {
  chain: ChainRecord;
  region: RegionRecord;
  completeness: number;
  /** Sorted by score, highest first. */
  gaps: GapRecord[];
  /** The chain's leaves on the PSWOT map. */
  points: OpportunityPointRecord[];
  densityCutoff: number;
  /** The weights used (defaults merged with the query's). */
  weights: GapWeights;
  /** Version of the precomputed presence used; null when it was stale and counted live. */
  presenceVersion: number | null;
  /** The chain's own leaves (EXTEND candidates excluded). */
  segmentCount: number;
  /** The gaps with their priorities (priority.ts), in the same order as `gaps`. */
  prioritised: PrioritisedGap[];
  /** The gaps that are not ACT_NOW, summed. */
  priorityGroups: PriorityGroup[];
  ownGapCount: number;
  extendCount: number;
}

/** Turns refused weights into BAD_USER_INPUT naming the weight (`weights.<name>`, or `weights`). */
function weightsFor(ctx: GraphQLContext, overrides: Partial<Record<string, number>> | null | undefined) {
  try {
    return resolveWeights(GAP_FEATURES, ctx.config.gaps.weights ?? DEFAULT_GAP_WEIGHTS, overrides, "gap");
  } catch (error) {
    if (error instanceof WeightsError) throw badWeights(error);
    throw error;
  }
}

/**
 * What one presence token (presence.ts) determines: the universe read from the database and, per
 * region asked for, its matrix and home-row measures. Every write path refreshes the presence,
 * which replaces the token, so an entry can never outlive the data it was computed from; a stale
 * precomputation (counts differ) is never cached at all. One entry per database.
 */
interface CacheEntry {
  token: string;
  universe: GapUniverse;
  byRegion: Map<string, { matrix: RegionSegmentMatrix; measures: HomeMeasures }>;
  /** Finished analyses by region, chain, thresholds and weights (records are never mutated). */
  analyses: Map<string, ChainAnalysis>;
}
const cache = new WeakMap<Db, CacheEntry>();
/** Regions whose measures one entry keeps (the home zone plus what users compare it with). */
const MAX_REGIONS = 32;
/** Analyses one entry keeps (4 chains × a few regions and weight settings). */
const MAX_ANALYSES = 256;

async function universeFor(
  ctx: GraphQLContext,
  head: GapHead,
): Promise<{ entry: CacheEntry; stale: boolean }> {
  const current = presenceIsCurrent(head);
  const token = head.info?.token;
  if (current && token !== undefined) {
    const hit = cache.get(ctx.db);
    if (hit?.token === token) return { entry: hit, stale: false };
  }
  const universe = await fetchGapUniverse(ctx.cypher, !current);
  const entry: CacheEntry = { token: token ?? "", universe, byRegion: new Map(), analyses: new Map() };
  if (current && token !== undefined) cache.set(ctx.db, entry);
  return { entry, stale: !current };
}

function measuresFor(entry: CacheEntry, region: string) {
  const known = entry.byRegion.get(region);
  if (known !== undefined) return known;
  const { cells, regions, leaves } = entry.universe;
  const matrix = buildMatrix(
    cells,
    regions,
    leaves.map((l) => l.id),
    region,
  );
  const computed = { matrix, measures: homeMeasures(matrix) };
  if (entry.byRegion.size >= MAX_REGIONS) entry.byRegion.clear();
  entry.byRegion.set(region, computed);
  return computed;
}

/**
 * Gap analysis of one chain for a region (default: the home region). One small query per request
 * (chain, region, presence token); the chain-independent data, the region's relatedness measures
 * and finished analyses are reused while the presence token stays the same (every write path
 * refreshes the presence, which replaces the token; a stale precomputation is never cached). Primes the chain, region and
 * segment loaders with what it read.
 *
 * @throws NOT_FOUND for an unknown chain or region; BAD_USER_INPUT (field `weights.<name>`) for a
 *   negative, non-finite or unknown weight, or when no weight is positive (field `weights`)
 */
export async function computeGapReport(
  ctx: GraphQLContext,
  chainId: string,
  regionCode?: string | null,
  weights?: Partial<Record<string, number>> | null,
): Promise<GapReportRecord> {
  const resolvedWeights = weightsFor(ctx, weights);
  const region = regionCode ?? ctx.config.homeRegion;
  const head = await fetchGapHead(ctx.cypher, chainId, region);
  if (head.chain === null) throw notFound("Chain", chainId);
  if (head.region === null) throw notFound("Region", region);
  const { entry, stale } = await universeFor(ctx, head);
  if (stale) {
    ctx.log.warn(
      { info: head.info },
      "precomputed segment presence is missing or a bulk load is running; counted live",
    );
  }
  const { universe } = entry;
  ctx.loaders.chain.prime(head.chain.id, head.chain);
  ctx.loaders.region.prime(head.region.code, head.region);
  for (const leaf of universe.leaves) ctx.loaders.segment.prime(leaf.id, leaf);

  const { k, strengthenShare } = ctx.config.gaps;
  const key = JSON.stringify([
    region,
    chainId,
    k,
    strengthenShare,
    GAP_FEATURES.map((f) => resolvedWeights[f]),
  ]);
  let analysis = entry.analyses.get(key);
  if (analysis === undefined) {
    const { matrix, measures } = measuresFor(entry, region);
    analysis = analyseChain({
      chainId,
      leaves: universe.leaves,
      chains: universe.chains,
      feeds: universe.feeds,
      matrix,
      measures,
      k,
      strengthenShare,
      weights: resolvedWeights,
    });
    if (entry.analyses.size >= MAX_ANALYSES) entry.analyses.clear();
    entry.analyses.set(key, analysis);
  }
  const segmentCount = analysis.points.length;
  const prioritised = prioritiseReport(analysis.gaps);
  return {
    chain: head.chain,
    region: head.region,
    ...analysis,
    weights: resolvedWeights,
    presenceVersion: stale ? null : (head.info?.version ?? null),
    segmentCount,
    prioritised: prioritised.gaps,
    priorityGroups: prioritised.groups,
    ownGapCount: prioritised.ownGapCount,
    extendCount: prioritised.extendCount,
  };
}
