/**
 * Orchestration of the target ranking: take the candidate pools (pools.ts: gathered and featured
 * once per presence token, cached per process), score them under the request's weights
 * (scoring.ts), apply the filter, sort, page. Also the saved target lists (snapshots of a ranking,
 * worked item by item).
 *
 * The whole ranking of a request is computed in memory: percentiles need every candidate anyway.
 * Paging is then a keyset over the computed order (score desc, id asc), so the pages of one ranking
 * never overlap or skip.
 */
import { randomUUID } from "node:crypto";
import type { ScoreFeatureRecord } from "../common/records.ts";
import { decodeCursor, encodeCursor, pageSize, type Connection } from "../common/pagination.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput, notFound } from "../errors.ts";
import { computeGapReport } from "../gaps/service.ts";
import type { TargetFilter, TargetWeightsInput } from "../generated/resolvers-types.ts";
import type {
  TargetFilterValuesRecord,
  TargetItemRecord,
  TargetListRecord,
  TargetRecord,
  TargetStatusValue,
} from "./records.ts";
import { openPools, scoredOrder, type Pool, type RegionTree, type ScoredOrder } from "./pools.ts";
import {
  compareTargets,
  resolveWeights,
  type Candidate,
  type ScoredPool,
  type TargetWeights,
} from "./scoring.ts";

/** The arguments `targets`, `saveTargetList` and the exports share. */
export interface TargetArgs {
  segmentId?: string | null;
  chainId?: string | null;
  regionCode?: string | null;
  filter?: TargetFilter | null;
  weights?: TargetWeightsInput | null;
}

/**
 * A ranked candidate, light: what ordering and filtering need. {@link toTargetRecord} builds its
 * features, facts and ties when a page or an export row needs them.
 */
export interface RankedTarget {
  companyId: string;
  segmentId: string;
  score: number;
  leadStatus: TargetStatusValue | null;
  regionCode: string;
  source: string;
  revenue: number | null;
  listed: boolean;
  candidate: Candidate;
  pool: ScoredPool;
  index: number;
}

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

/** A computed ranking: filtered, sorted. */
export interface Ranking {
  rows: RankedTarget[];
  weights: TargetWeights;
  regionCode: string;
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
  const weights = resolveWeights(ctx.config.targets.weights, args.weights);
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

  const pools = await source.pools(segmentIds, regionCode);
  const row = (from: Pool, { pool }: ScoredOrder, index: number): RankedTarget => {
    const c = from.candidates[index]!;
    return {
      companyId: c.id,
      segmentId: from.segmentId,
      score: pool.scores[index]!,
      leadStatus: leads.get(c.id) ?? null,
      regionCode: c.regionCode,
      source: c.source,
      revenue: c.revenue,
      listed: c.listed,
      candidate: c,
      pool,
      index,
    };
  };

  if (pools.length === 1) {
    // One pool: its kept rows are the ranking in order, without lead statuses; only the few rows of
    // companies in a list are copied with theirs, and filtering keeps the order.
    const only = pools[0]!;
    const scored = scoredOrder(only, weights);
    const base = (scored.rows ??= [...scored.order].map((index) => ({
      ...row(only, scored, index),
      leadStatus: null,
    })));
    let rows = base.slice();
    if (leads.size > 0) {
      scored.position ??= new Map(base.map((r, k) => [r.companyId, k]));
      for (const [companyId, leadStatus] of leads) {
        const k = scored.position.get(companyId);
        if (k !== undefined) rows[k] = { ...rows[k]!, leadStatus };
      }
    }
    if (args.filter) rows = rows.filter(keep);
    return { rows, weights, regionCode };
  }

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
  const ranked = [...best.values()].filter(keep);
  ranked.sort((a, b) =>
    compareTargets({ score: a.score, id: a.companyId }, { score: b.score, id: b.companyId }),
  );
  return { rows: ranked, weights, regionCode };
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

// ---------------------------------------------------------------------------------------------
// Saved lists.

export const MAX_LIST_SIZE = 1000;
export const MAX_NOTE = 2000;
const MAX_NAME = 200;

const LIST_FIELDS = `l {
  .id, .name, .createdAt, .segmentId, .chainId, .regionCode, .filter, .weights,
  itemCount: COUNT { (l)-[:HAS_ITEM]->(:TargetItem) }
}`;

const ITEM_FIELDS = `i { .rank, .score, .features, .status, .note, .updatedAt, .segmentId,
  listId: l.id, companyId: c.id }`;

interface StoredList extends Omit<TargetListRecord, "filter" | "weights"> {
  filter: string | null;
  weights: string;
}

interface StoredItem extends Omit<TargetItemRecord, "features"> {
  features: string;
}

const listRecord = (l: StoredList): TargetListRecord => ({
  ...l,
  filter: l.filter === null ? null : (JSON.parse(l.filter) as TargetFilterValuesRecord),
  weights: JSON.parse(l.weights) as TargetWeights,
});

const itemRecord = (i: StoredItem): TargetItemRecord => ({
  ...i,
  features: JSON.parse(i.features) as ScoreFeatureRecord[],
});

/** Every saved list, newest first. */
export async function targetLists(ctx: GraphQLContext): Promise<TargetListRecord[]> {
  const rows = await ctx.cypher<{ l: StoredList }>(
    `MATCH (l:TargetList) RETURN ${LIST_FIELDS} AS l ORDER BY l.createdAt DESC, l.id`,
  );
  return rows.map((r) => listRecord(r.l));
}

/** Saved lists by id (the targetList loader's batch function). */
export async function targetListsById(
  ctx: GraphQLContext,
  ids: readonly string[],
): Promise<(TargetListRecord | null)[]> {
  const rows = await ctx.cypher<{ l: StoredList }>(
    `MATCH (l:TargetList) WHERE l.id IN $ids RETURN ${LIST_FIELDS} AS l`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((r) => [r.l.id, listRecord(r.l)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Items of saved lists by list id, in rank order (the listItems loader's batch function). */
export async function itemsOfLists(
  ctx: GraphQLContext,
  ids: readonly string[],
): Promise<TargetItemRecord[][]> {
  const rows = await ctx.cypher<{ i: StoredItem }>(
    `MATCH (l:TargetList)-[:HAS_ITEM]->(i:TargetItem)-[:OF]->(c:Company) WHERE l.id IN $ids
     RETURN ${ITEM_FIELDS} AS i ORDER BY i.rank`,
    { ids: [...ids] },
  );
  const byList = new Map<string, TargetItemRecord[]>();
  for (const { i } of rows) byList.set(i.listId, [...(byList.get(i.listId) ?? []), itemRecord(i)]);
  return ids.map((id) => byList.get(id) ?? []);
}

/**
 * Saves the top `size` of a ranking as a new list whose items start as NEW, in one transaction.
 * Lists change no candidate's features, so this and {@link updateTargetItem} leave the presence
 * token alone (no refreshPresence): the statuses they write are read on every request instead.
 * The list id and timestamps are made before the transaction, and every write is a MERGE on them,
 * so a retried transaction writes the same list once.
 */
export async function saveTargetList(
  ctx: GraphQLContext,
  args: TargetArgs & { name: string; size?: number | null },
): Promise<TargetListRecord> {
  const name = args.name.trim();
  if (name === "" || name.length > MAX_NAME)
    throw badInput(`name must be 1 to ${MAX_NAME} characters`, "name");
  const size = args.size ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LIST_SIZE) {
    throw badInput(`size must be a whole number from 1 to ${MAX_LIST_SIZE} (got ${size})`, "size");
  }
  const ranking = await computeRanking(ctx, args);
  const id = `tl-${randomUUID()}`;
  const now = new Date().toISOString();
  const items = ranking.rows
    .slice(0, size)
    .map(toTargetRecord)
    .map((row, k) => ({
      id: `${id}:${row.companyId}`,
      companyId: row.companyId,
      props: {
        rank: int(k + 1),
        score: row.score,
        features: JSON.stringify(row.features),
        status: "NEW",
        segmentId: row.segmentId,
        updatedAt: now,
      },
    }));
  const filter = args.filter ? JSON.stringify(args.filter) : null;
  await ctx.db.write(async (tx) => {
    await tx.run(
      `MERGE (l:TargetList {id: $id})
       ON CREATE SET l.name = $name, l.createdAt = $now, l.segmentId = $segmentId, l.chainId = $chainId,
                     l.regionCode = $regionCode, l.filter = $filter, l.weights = $weights
       WITH l
       UNWIND $items AS item
       MATCH (c:Company {id: item.companyId})
       MERGE (i:TargetItem {id: item.id})
       ON CREATE SET i += item.props
       MERGE (l)-[:HAS_ITEM]->(i)
       MERGE (i)-[:OF]->(c)`,
      {
        id,
        name,
        now,
        segmentId: args.segmentId ?? null,
        chainId: args.segmentId ? null : (args.chainId ?? null),
        regionCode: ranking.regionCode,
        filter,
        weights: JSON.stringify(ranking.weights),
        items,
      },
    );
  });
  const [saved] = await targetListsById(ctx, [id]);
  if (!saved) throw new Error(`internal: list ${id} not found after saving`);
  return saved;
}

/**
 * Sets the status and/or the note of one item. A null or omitted field stays as it is; an empty
 * note clears it.
 * @throws BAD_USER_INPUT when neither is given or the note is too long; NOT_FOUND for an unknown
 *   list, or a company that is not in the list
 */
export async function updateTargetItem(
  ctx: GraphQLContext,
  args: { listId: string; companyId: string; status?: TargetStatusValue | null; note?: string | null },
): Promise<TargetItemRecord> {
  const setStatus = args.status !== null && args.status !== undefined;
  const setNote = args.note !== null && args.note !== undefined;
  if (!setStatus && !setNote) throw badInput("give a status, a note or both", "status");
  if (setNote && args.note!.length > MAX_NOTE) {
    throw badInput(`note must be at most ${MAX_NOTE} characters (got ${args.note!.length})`, "note");
  }
  const now = new Date().toISOString();
  const item = await ctx.db.write(async (tx) => {
    const found = await tx.run<{ list: boolean; item: boolean }>(
      `OPTIONAL MATCH (l:TargetList {id: $listId})
       RETURN l IS NOT NULL AS list,
              l IS NOT NULL AND EXISTS { (l)-[:HAS_ITEM]->(:TargetItem)-[:OF]->(:Company {id: $companyId}) } AS item`,
      { listId: args.listId, companyId: args.companyId },
    );
    const row = found.records[0]?.toObject();
    if (!row?.list) throw notFound("TargetList", args.listId);
    if (!row.item) throw notFound(`Company in target list ${args.listId}:`, args.companyId);
    const result = await tx.run<{ i: StoredItem }>(
      `MATCH (l:TargetList {id: $listId})-[:HAS_ITEM]->(i:TargetItem)-[:OF]->(c:Company {id: $companyId})
       SET i.status = CASE WHEN $status IS NULL THEN i.status ELSE $status END,
           i.note = CASE WHEN $setNote THEN $note ELSE i.note END,
           i.updatedAt = $now
       RETURN ${ITEM_FIELDS} AS i`,
      {
        listId: args.listId,
        companyId: args.companyId,
        status: setStatus ? args.status : null,
        setNote,
        note: setNote && args.note !== "" ? args.note : null,
        now,
      },
    );
    return result.records[0]!.get("i");
  });
  return itemRecord(item);
}
