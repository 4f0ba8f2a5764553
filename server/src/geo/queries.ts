/**
 * What the geographic view reads besides the target ranking (reused from targets/): the region tree
 * with names and coordinates, the local companies of the chain (or one segment) and the leads, both
 * counted per located region in the database. Parameterised Cypher only.
 */
import type { Cypher } from "../common/cypher.ts";
import { RegionTree } from "../common/region-tree.ts";
import type { GeoRegion, GeoTally } from "./aggregate.ts";

export const REGIONS = `
MATCH (r:Region)
RETURN r.code AS code, r.level AS level, r.name AS name, r.nameZh AS nameZh, r.lat AS lat, r.lon AS lon,
       COLLECT { MATCH (r)-[:PART_OF]->(p:Region) RETURN p.code }[0] AS parentCode`;

export async function loadGeoTree(cypher: Cypher): Promise<RegionTree<GeoRegion>> {
  return new RegionTree(await cypher<GeoRegion & Record<string, unknown>>(REGIONS));
}

// The chain's leaves (or the one segment asked for): the segments whose local companies count.
export const CHAIN_LEAVES = `
MATCH (s:Segment {chainId: $chainId}) WHERE coalesce(s.leaf, false)
RETURN collect(s.id) AS ids`;

// Local companies: located in the home subtree and operating in one of the segments, each once.
export const LOCAL_COMPANIES = `
MATCH (r:Region)<-[:LOCATED_IN]-(c:Company)
WHERE r.code IN $localCodes AND coalesce(c.source, 'imported') IN $sources
  AND EXISTS { (c)-[:OPERATES_IN]->(s:Segment) WHERE s.id IN $segmentIds }
RETURN r.code AS regionCode, count(c) AS count, count(CASE WHEN c.source = 'synthetic' THEN 1 END) AS synthetic`;

// Leads of the chain (or of the one segment), counted at their company's region; the source filter
// reads the company's source, as for companies. A lead is synthetic when it or its company is.
export const LEADS = `
MATCH (l:Lead)-[:FOR]->(c:Company)
WHERE CASE WHEN $segmentId IS NULL THEN l.chainId = $chainId ELSE l.segmentId = $segmentId END
  AND coalesce(c.source, 'imported') IN $sources
RETURN c.regionCode AS regionCode, count(l) AS count,
       count(CASE WHEN l.source = 'synthetic' OR c.source = 'synthetic' THEN 1 END) AS synthetic`;

/** The Cypher the view runs, exported for the benchmark. */
export const GEO_QUERIES = {
  regions: REGIONS,
  chainLeaves: CHAIN_LEAVES,
  local: LOCAL_COMPANIES,
  leads: LEADS,
};

export async function chainLeaves(cypher: Cypher, chainId: string): Promise<string[]> {
  const [row] = await cypher<{ ids: string[] }>(CHAIN_LEAVES, { chainId });
  return row?.ids ?? [];
}

type Row = { regionCode: string | null; count: number; synthetic: number };
const toTallies = (rows: Row[], kind: GeoTally["kind"]): GeoTally[] =>
  rows.flatMap((r) =>
    r.regionCode === null ? [] : [{ regionCode: r.regionCode, kind, count: r.count, synthetic: r.synthetic }],
  );

export async function localTallies(
  cypher: Cypher,
  params: { localCodes: string[]; segmentIds: string[]; sources: string[] },
): Promise<GeoTally[]> {
  return toTallies(await cypher<Row & Record<string, unknown>>(LOCAL_COMPANIES, params), "local");
}

export async function leadTallies(
  cypher: Cypher,
  params: { chainId: string; segmentId: string | null; sources: string[] },
): Promise<{ tallies: GeoTally[]; unlocated: number }> {
  const rows = await cypher<Row & Record<string, unknown>>(LEADS, params);
  const unlocated = rows.filter((r) => r.regionCode === null).reduce((s, r) => s + r.count, 0);
  return { tallies: toTallies(rows, "lead"), unlocated };
}
