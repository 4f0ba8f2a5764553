/**
 * What the target ranking reads from the database, and the shaping of it into candidate rows: the
 * region tree, the per-request head (presence token, lead statuses, the segment), the candidates of
 * a segment and the home region's links. pools.ts keeps what this reads, per presence token.
 */
import { REGION_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import { RegionTree as SharedRegionTree, type RegionTreeNode } from "../common/region-tree.ts";
import type { RegionRecord, SegmentRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import { PRESENCE_INFO_SUBQUERY, type PresenceInfo } from "../graph-writes/index.ts";
import type { TargetStatusValue } from "./records.ts";
import type { Candidate } from "./scoring.ts";

// ---------------------------------------------------------------------------------------------
// Regions: the tree is small (a few hundred nodes), read whole and walked in memory.

/** A region as the ranking reads it: the tree plus coordinates (proximity). */
/** A region as the API returns it (RegionRecord), so the tree can prime the region loader. */
type RegionNode = RegionRecord & RegionTreeNode;

/** The region tree with coordinates. */
export type RegionTree = SharedRegionTree<RegionNode>;

/** Reads the whole region tree. */
export async function loadRegionTree(ctx: Pick<GraphQLContext, "cypher">): Promise<RegionTree> {
  const rows = await ctx.cypher<{ r: RegionNode }>(`MATCH (r:Region) RETURN ${REGION_RECORD} AS r`);
  return new SharedRegionTree(rows.map((row) => row.r));
}

// ---------------------------------------------------------------------------------------------
// Cypher.

// Candidates of the given segments: companies operating there whose region is not local, one row
// per segment with a column per field (16,000 candidates decode far faster as a few long lists
// than as 16,000 records). collect() drops nulls, which would shift the columns against each other,
// so an unknown value travels as NaN and becomes null again here. The region comes from the
// company's regionCode, which the loader keeps equal to its LOCATED_IN region (Company.region reads
// it too), saving a hop per candidate.
export const CANDIDATES = `
UNWIND $segmentIds AS sid
MATCH (:Segment {id: sid})<-[o:OPERATES_IN]-(c:Company)
WHERE NOT c.regionCode IN $localCodes
WITH sid, o, c, 0.0 / 0.0 AS unknown
RETURN sid AS segmentId, collect(c.id) AS id, collect(coalesce(o.primary, false)) AS primary,
  collect(coalesce(c.revenue, unknown)) AS revenue,
  collect(coalesce(c.registeredCapital, unknown)) AS registeredCapital,
  collect(coalesce(c.growth, unknown)) AS growth, collect(coalesce(c.rdIntensity, unknown)) AS rdIntensity,
  collect(coalesce(c.listed, false)) AS listed,
  collect(coalesce(c.lat, unknown)) AS lat, collect(coalesce(c.lon, unknown)) AS lon,
  collect(c.regionCode) AS regionCode, collect(coalesce(c.source, 'imported')) AS source`;

// What links candidates to the home region, read from the home side, which is small next to a
// pool of thousands: every SUPPLIES tie of a local company (either direction; the ones whose other
// end is not a candidate are dropped in memory, which is cheaper than asking each other end for its
// segments: a company's relationships form one chain, and a big supplier's is long), and the members
// of alliances that have a local member. It does not depend on the segment, so it is kept per home
// region.
export const LOCAL_LINKS = `
CALL () {
  MATCH (r:Region)<-[:LOCATED_IN]-(l:Company)-[t:SUPPLIES]-(c:Company)
  WHERE r.code IN $localCodes
  RETURN collect([c.id, l.id, startNode(t) = c]) AS ties
}
CALL () {
  MATCH (r:Region)<-[:LOCATED_IN]-(:Company)-[:MEMBER_OF]->(a:Alliance)<-[:MEMBER_OF]-(m:Company)
  WHERE r.code IN $localCodes
  RETURN collect(DISTINCT [m.id, a.id]) AS members
}
RETURN ties, members`;

// What every request reads, warm or cold, in one round trip: the presence token and the counts that
// say whether it is current (as gap analysis reads them: PresenceInfo, then the count store), the
// lead status of every company in a saved list — the most recently updated item wins (ties by
// item id, so the answer is stable) — and the segment asked for, if any. Lists are written without
// a presence refresh, so their statuses are never cached.
export const HEAD = `
CALL () {
  OPTIONAL MATCH (s:Segment {id: $segmentId})
  RETURN CASE WHEN s IS NULL THEN null ELSE ${SEGMENT_RECORD} END AS segment
}
${PRESENCE_INFO_SUBQUERY}
CALL () {
  MATCH (i:TargetItem)-[:OF]->(c:Company)
  WITH c, i ORDER BY i.updatedAt DESC, i.id DESC
  WITH c, collect(i.status)[0] AS status
  RETURN collect([c.id, status]) AS leads
}
OPTIONAL MATCH (lists:ListsInfo {id: 'lists'})
RETURN segment, info, leads, lists.version AS listsVersion`;

/** The Cypher a ranking runs, exported for the benchmark: per request (head), and per cold pool. */
export const CANDIDATE_QUERIES = { head: HEAD, candidates: CANDIDATES, localLinks: LOCAL_LINKS };

export interface Head {
  segment: SegmentRecord | null;
  /** The lists' version stamp the lead statuses were read under (common/answer-cache.ts). */
  listsVersion: string | null;
  info: PresenceInfo | null;
  leads: [string, TargetStatusValue][];
}

export interface CandidateColumns {
  segmentId: string;
  id: string[];
  primary: boolean[];
  /** NaN where unknown, in this and the other number columns. */
  revenue: number[];
  registeredCapital: number[];
  growth: number[];
  rdIntensity: number[];
  listed: boolean[];
  lat: number[];
  lon: number[];
  regionCode: string[];
  source: string[];
}

export interface LocalLinks {
  /** [candidate id, local company id, true when the candidate supplies the local one]. */
  ties: [string, string, boolean][];
  /** [member id, alliance id] for alliances with a local member. */
  members: [string, string][];
}

/** A candidate as the ranking keeps it: what scoring needs, plus what filters read. */
export interface CandidateRow extends Candidate {
  regionCode: string;
  source: string;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const known = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

// Shared by every candidate without ties or alliances (most of them): pools are kept, so one empty
// list instead of three per candidate. Nothing writes to a candidate's lists.
const NONE: readonly string[] = Object.freeze([]);

/** Links of the home region by candidate id. */
export interface LinksById {
  suppliesTo: Map<string, string[]>;
  buysFrom: Map<string, string[]>;
  alliances: Map<string, string[]>;
}

export function linksById(links: LocalLinks): LinksById {
  const out: LinksById = { suppliesTo: new Map(), buysFrom: new Map(), alliances: new Map() };
  for (const [candidate, local, supplies] of links.ties)
    push(supplies ? out.suppliesTo : out.buysFrom, candidate, local);
  for (const [member, alliance] of links.members) push(out.alliances, member, alliance);
  return out;
}

/** Columns and home-side links → candidate rows (coordinates fall back to the region's). */
export function candidateRows(columns: CandidateColumns, links: LinksById, tree: RegionTree): CandidateRow[] {
  return columns.id.map((id, i) => {
    const regionCode = columns.regionCode[i]!;
    const region = tree.byCode.get(regionCode);
    let lat = known(columns.lat[i]);
    let lon = known(columns.lon[i]);
    if (lat === null || lon === null) [lat, lon] = [region?.lat ?? null, region?.lon ?? null];
    return {
      id,
      primary: columns.primary[i] ?? false,
      revenue: known(columns.revenue[i]),
      registeredCapital: known(columns.registeredCapital[i]),
      growth: known(columns.growth[i]),
      rdIntensity: known(columns.rdIntensity[i]),
      listed: columns.listed[i] ?? false,
      lat,
      lon,
      provinceCode: tree.province(regionCode),
      suppliesTo: links.suppliesTo.get(id) ?? NONE,
      buysFrom: links.buysFrom.get(id) ?? NONE,
      allianceIds: links.alliances.get(id) ?? NONE,
      regionCode,
      source: columns.source[i] ?? "",
    };
  });
}
