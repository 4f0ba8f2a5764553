/**
 * Orchestration of the target ranking: take the candidate pools (pools.ts: gathered and featured
 * once per presence token, cached per process), score them under the request's weights
 * (scoring.ts), apply the filter, sort, page. The saved target lists (snapshots of a ranking) are
 * their own capability: server/src/lists/.
 *
 * The whole ranking of a request is computed in memory: percentiles need every candidate anyway.
 * Paging is then a keyset over the computed order (score desc, id asc), so the pages of one ranking
 * never overlap or skip.
 */
import { decodeCursor, encodeCursor, pageSize, type Connection } from "../common/pagination.ts";
import type { GraphQLContext } from "../context.ts";
import { resolveWeights, WeightsError } from "../common/weights.ts";
import { badInput, badWeights, notFound } from "../errors.ts";
import { computeGapReport } from "../gaps/index.ts";
import type { TargetFilter, TargetWeightsInput } from "../generated/resolvers-types.ts";
import type { RankedTarget, Ranking, TargetRecord } from "./records.ts";
import {
  openPools,
  scoredOrder,
  weightsKey,
  withLeads,
  type Pool,
  type RegionTree,
  type ScoredOrder,
} from "./pools.ts";
import { compareTargets, TARGET_FEATURES, type TargetWeights } from "./scoring.ts";

/** The full record of a ranked candidate (features, facts, local ties). */
export function toTargetRecord(row: RankedTarget): TargetRecord {
  const { features, facts } = row.pool.detail(row.index);
  return {
    companyId: row.companyId,
    segmentId: row.segmentId,
    score: row.score,
    features,
    facts,
    leadStatus: row.leadStatus,
    localTieIds: [...new Set([...row.candidate.suppliesTo, ...row.candidate.buysFrom])].sort(),
  };
}

/** The arguments `targets`, `saveTargetList` and the exports share. */
export interface TargetArgs {
  segmentId?: string | null;
  chainId?: string | null;
  regionCode?: string | null;
  filter?: TargetFilter | null;
  weights?: TargetWeightsInput | null;
}

const MAX_FILTER_VALUES = 100;

function checkCodes(values: readonly string[] | null | undefined, field: string): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > MAX_FILTER_VALUES)
    throw badInput(`${field} takes at most ${MAX_FILTER_VALUES} codes`, field);
  return [...values];
}

/** Validates the filter against the region tree; returns a predicate on ranked rows. */
function filterPredicate(
  filter: TargetFilter | null | undefined,
  tree: RegionTree,
): (row: RankedTarget) => boolean {
  const f = filter ?? {};
  const provinces = checkCodes(f.provinces, "filter.provinces");
  for (const code of provinces ?? []) {
    if (!tree.byCode.has(code))
      throw badInput(`filter.provinces: no region has the code "${code}"`, "filter.provinces");
  }
  const countries = checkCodes(f.countries, "filter.countries");
  for (const code of countries ?? []) {
    if (!/^[A-Z]{2}$/.test(code) || tree.byCode.get(code)?.level !== "COUNTRY") {
      throw badInput(
        `filter.countries: "${code}" is not the ISO code of a known country`,
        "filter.countries",
      );
    }
  }
  const minRevenue = f.minRevenue ?? null;
  if (minRevenue !== null && !(Number.isFinite(minRevenue) && minRevenue >= 0)) {
    throw badInput("filter.minRevenue must be 0 or more", "filter.minRevenue");
  }
  const provinceSet = provinces ? new Set(provinces) : null;
  const countrySet = countries ? new Set(countries) : null;
  const source = f.source ? f.source.toLowerCase() : null;
  const listed = f.listed ?? null;
  const exclude = f.excludeInLists === true;
  const ancestorCache = new Map<string, string[]>();
  const ancestors = (code: string) => {
    let a = ancestorCache.get(code);
    if (!a) ancestorCache.set(code, (a = tree.ancestors(code)));
    return a;
  };
  return (row) => {
    if (provinceSet && !ancestors(row.regionCode).some((c) => provinceSet.has(c))) return false;
    if (countrySet && !countrySet.has(ancestors(row.regionCode).at(-1) ?? "")) return false;
    if (minRevenue !== null && !(row.revenue !== null && row.revenue >= minRevenue)) return false;
    if (listed !== null && row.listed !== listed) return false;
    if (exclude && row.leadStatus !== null) return false;
    if (source !== null && row.source !== source) return false;
    return true;
  };
}

/**
 * The full ranking for the arguments: validated, scored per segment pool, filtered, sorted.
 * Segment mode ranks one leaf; chain mode ranks every gap segment of the chain (computeGapReport)
 * and keeps each company once, for the segment where it scores highest (ties: the smaller segment id).
 * With both, the segment must belong to the chain and is ranked alone.
 * @throws BAD_USER_INPUT for missing or inconsistent arguments, bad weights or filter values;
 *   NOT_FOUND for an unknown segment or chain
 */
export async function computeRanking(ctx: GraphQLContext, args: TargetArgs): Promise<Ranking> {
  const { segmentId, chainId } = args;
  if (!segmentId && !chainId)
    throw badInput("give segmentId (one gap) or chainId (all its gaps)", "segmentId");
  let weights: TargetWeights;
  try {
    weights = resolveWeights(TARGET_FEATURES, ctx.config.targets.weights, args.weights, "target");
  } catch (error) {
    if (error instanceof WeightsError) throw badWeights(error);
    throw error;
  }
  const source = await openPools(ctx, segmentId ?? null);
  const { tree, leads, segment } = source;
  const regionCode = args.regionCode ?? ctx.config.homeRegion;
  if (!tree.byCode.has(regionCode))
    throw badInput(`regionCode: no region has the code "${regionCode}"`, "regionCode");
  const keep = filterPredicate(args.filter, tree);

  let segmentIds: string[];
  if (segmentId) {
    if (!segment) throw notFound("Segment", segmentId);
    if (!segment.leaf)
      throw badInput(`segmentId: ${segmentId} is a sub-chain, not a leaf segment`, "segmentId");
    if (chainId && segment.chainId !== chainId) {
      throw badInput(`segmentId: ${segmentId} is not a segment of chain ${chainId}`, "segmentId");
    }
    segmentIds = [segmentId];
  } else {
    const chain = await ctx.loaders.chain.load(chainId!);
    if (!chain) throw notFound("Chain", chainId!);
    const report = await computeGapReport(ctx, chainId!, regionCode, null);
    segmentIds = [...new Set(report.gaps.map((g) => g.segmentId))].sort();
  }

  // Rows are made once per kept ranking, so without lead statuses: withLeads lays them over.
  const row = (from: Pool, { pool }: ScoredOrder, index: number): RankedTarget => {
    const c = from.candidates[index]!;
    return {
      companyId: c.id,
      segmentId: from.segmentId,
      score: pool.scores[index]!,
      leadStatus: null,
      regionCode: c.regionCode,
      source: c.source,
      revenue: c.revenue,
      listed: c.listed,
      candidate: c,
      pool,
      index,
    };
  };

  if (segmentId) {
    // One pool: its kept rows are the ranking in order, without lead statuses.
    const [only] = (await source.pools(segmentIds, regionCode)) as [Pool];
    const scored = scoredOrder(only, weights);
    scored.rows ??= Array.from(scored.order, (index) => row(only, scored, index));
    const rows = withLeads(scored as ScoredOrder & { rows: readonly RankedTarget[] }, leads);
    return { rows: args.filter ? rows.filter(keep) : rows, weights, regionCode };
  }

  // Chain mode: the merged ranking depends on the graph (the token), the home region, the gap
  // segments and the weights, so it is kept under those; a list edit lays statuses over a copy.
  const merged = await source.merged(
    `${regionCode}\u0000${weightsKey(weights)}\u0000${segmentIds.join(",")}`,
    async () => {
      const pools = await source.pools(segmentIds, regionCode);
      const best = new Map<string, RankedTarget>();
      for (const pool of pools) {
        const scored = scoredOrder(pool, weights);
        pool.candidates.forEach((c, index) => {
          const score = scored.pool.scores[index]!;
          const previous = best.get(c.id);
          // Segments are visited in id order, so on an equal score the smaller segment id stays.
          if (previous && previous.score >= score) return;
          best.set(c.id, row(pool, scored, index));
        });
      }
      const ranked = [...best.values()];
      ranked.sort((a, b) =>
        compareTargets({ score: a.score, id: a.companyId }, { score: b.score, id: b.companyId }),
      );
      return ranked;
    },
  );
  const rows = withLeads(merged, leads);
  return { rows: args.filter ? rows.filter(keep) : rows, weights, regionCode };
}

/** Index of the first row strictly after the cursor in ranking order. */
export function startAfter(
  rows: readonly RankedTarget[],
  cursor: { key: number | null; id: string } | null,
): number {
  if (cursor === null) return 0;
  if (cursor.key === null) throw badInput("after is not a cursor this API returned", "after");
  const after = { score: cursor.key, id: cursor.id };
  // Binary search: rows are sorted, and the first row that compares greater than the cursor starts the page.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid]!;
    if (compareTargets({ score: r.score, id: r.companyId }, after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cursor of a ranked row: its rounded score and company id. */
export const targetCursor = (row: { score: number; companyId: string }) =>
  encodeCursor({ key: row.score, id: row.companyId });

/** One page of the ranking (Query.targets). */
export async function targetsPage(
  ctx: GraphQLContext,
  args: TargetArgs & { first?: number | null; after?: string | null },
): Promise<Connection<TargetRecord>> {
  const limit = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const { rows } = await computeRanking(ctx, args);
  const start = startAfter(rows, cursor);
  const page = rows.slice(start, start + limit);
  const edges = page.map((row) => ({ cursor: targetCursor(row), node: toTargetRecord(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: start + limit < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: rows.length,
  };
}
