import { CHAIN_RECORD, REGION_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import type { ChainRecord, RegionRecord, SegmentRecord } from "../common/records.ts";
import type { Cypher } from "../common/cypher.ts";
import type { FeedEdge, PresenceCells, RegionNode } from "./analysis.ts";
import {
  PRESENCE_AGGREGATE,
  PRESENCE_INFO_SUBQUERY,
  presenceIsCurrent,
  type PresenceInfo,
} from "../graph-writes/index.ts";

/**
 * The Cypher of gap analysis. It only gathers; all arithmetic is in analysis.ts / relatedness.ts.
 *
 * Two queries: the head (the chain and region asked for, and the precomputed presence's token —
 * O(1) lookups) runs on every request; the universe (every
 * leaf, every FEEDS edge, the region tree and the presence cells: a few hundred small records,
 * whatever the number of companies) only when the service has no copy for the current token.
 */

/** Chain, region, and whether the precomputed presence matches the graph. */
export const GAP_HEAD = `
CALL () {
  OPTIONAL MATCH (ch:Chain {id: $chainId})
  RETURN CASE WHEN ch IS NULL THEN null ELSE ${CHAIN_RECORD} END AS chain
}
CALL () {
  OPTIONAL MATCH (r:Region {code: $region})
  RETURN CASE WHEN r IS NULL THEN null ELSE ${REGION_RECORD} END AS region
}
${PRESENCE_INFO_SUBQUERY}
RETURN chain, region, info`;

/** Everything that does not depend on the chain or region asked for. */
export const GAP_UNIVERSE = `
CALL () {
  MATCH (ch:Chain)
  WITH ch ORDER BY ch.id
  RETURN collect(${CHAIN_RECORD}) AS chains
}
CALL () {
  MATCH (s:Segment) WHERE s.leaf
  WITH s ORDER BY s.chainId, s.id
  RETURN collect(${SEGMENT_RECORD}) AS leaves
}
CALL () {
  MATCH (a:Segment)-[f:FEEDS]->(b:Segment)
  RETURN collect({from: a.id, to: b.id, weight: f.weight}) AS feeds
}
CALL () {
  MATCH (r:Region)
  RETURN collect({code: r.code, level: r.level,
                  parentCode: COLLECT { MATCH (r)-[:PART_OF]->(p:Region) RETURN p.code }[0]}) AS regions
}
CALL () {
  MATCH (p:SegmentPresence)
  RETURN collect(p {.regionCode, .segmentIds, .companies, .revenue, .revenueKnown}) AS cells
}
RETURN chains, leaves, feeds, regions, cells`;

/** What {@link GAP_HEAD} returns. */
export interface GapHead {
  chain: ChainRecord | null;
  region: RegionRecord | null;
  info: PresenceInfo | null;
}

/** What {@link GAP_UNIVERSE} returns. */
export interface GapUniverse {
  chains: ChainRecord[];
  leaves: SegmentRecord[];
  feeds: FeedEdge[];
  regions: RegionNode[];
  cells: PresenceCells[];
}

export async function fetchGapHead(cypher: Cypher, chainId: string, region: string): Promise<GapHead> {
  const [row] = await cypher<GapHead & Record<string, unknown>>(GAP_HEAD, { chainId, region });
  if (row === undefined) throw new Error("gap head query returned no row");
  return row;
}

/**
 * Reads the universe. With `live`, the presence cells are aggregated from OPERATES_IN instead of
 * read from the precomputation — slow at scale, but right when the precomputation is stale.
 */
export async function fetchGapUniverse(cypher: Cypher, live: boolean): Promise<GapUniverse> {
  const [row] = await cypher<GapUniverse & Record<string, unknown>>(GAP_UNIVERSE);
  if (row === undefined) throw new Error("gap universe query returned no row");
  if (!live) return row;
  const cells = await cypher<PresenceCells & Record<string, unknown>>(PRESENCE_AGGREGATE, {
    regionCodes: null,
  });
  return { ...row, cells };
}

/** Head and universe in one go, nothing cached: the benchmark's "raw Cypher" and the verify script. */
export async function gatherGapData(
  cypher: Cypher,
  chainId: string,
  region: string,
): Promise<GapHead & GapUniverse & { stale: boolean }> {
  const head = await fetchGapHead(cypher, chainId, region);
  const stale = !presenceIsCurrent(head);
  return { ...head, ...(await fetchGapUniverse(cypher, stale)), stale };
}
