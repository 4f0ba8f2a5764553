import type { RecordShape } from "neo4j-driver";

/**
 * Projections shared by every capability, so that a Company or Segment record has one shape
 * wherever it is read. `$home` is always the home region's code.
 */

/** `c` → CompanyRecord. isLocal: located in the home region's subtree (regions nest ≤ 5 deep). */
export const COMPANY_RECORD = `c {
  .id, .name, .nameZh, .source, .regionCode, .stockCode, .founded, .employees, .revenue,
  .registeredCapital, .rdIntensity, .growth, .lat, .lon, .sourceNote, .parentId,
  listed: coalesce(c.listed, false),
  isLocal: EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {code: $home}) }
}`;

/** `s` → SegmentRecord. */
export const SEGMENT_RECORD = `s {
  .id, .name, .nameZh, .stage, .role, .chainId,
  keyTech: coalesce(s.keyTech, false), leaf: coalesce(s.leaf, false), ordinal: coalesce(s.ordinal, 0),
  parentId: COLLECT { MATCH (s)-[:PART_OF]->(p:Segment) RETURN p.id }[0]
}`;

/** `r` → RegionRecord. */
export const REGION_RECORD = `r {
  .code, .name, .nameZh, .level, .lat, .lon,
  parentCode: COLLECT { MATCH (r)-[:PART_OF]->(p:Region) RETURN p.code }[0]
}`;

export const CHAIN_RECORD = `ch { .id, .name, .nameZh, sources: coalesce(ch.sources, []) }`;

export const ALLIANCE_RECORD = `a { .id, .name, .nameZh, source: coalesce(a.source, 'imported') }`;

/** Sort order of company lists: largest revenue first, unknown revenue last, then id (stable). */
export const COMPANY_ORDER = "c.revenue IS NULL, c.revenue DESC, c.id";

/**
 * Keyset condition for "after the cursor" in COMPANY_ORDER: $afterKey/$afterId are the last row's
 * revenue (null = unknown) and id.
 */
export const AFTER_COMPANY_CURSOR = `(
  $afterId IS NULL
  OR ($afterKey IS NOT NULL AND (c.revenue IS NULL OR c.revenue < $afterKey OR (c.revenue = $afterKey AND c.id > $afterId)))
  OR ($afterKey IS NULL AND c.revenue IS NULL AND c.id > $afterId)
)`;

/** Runs one read query in a managed transaction and returns plain records. */
export type Cypher = <R extends RecordShape = RecordShape>(
  query: string,
  params?: Record<string, unknown>,
) => Promise<R[]>;
