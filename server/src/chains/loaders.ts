import DataLoader from "dataloader";
import { CHAIN_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import type { Cypher } from "../common/cypher.ts";
import { loaderKit } from "../common/dataloaders.ts";
import type { ChainRecord, SegmentRecord } from "../common/records.ts";

export interface CoverageCounts {
  localCount: number;
  totalCount: number;
}

/** Per-request loaders of chains, segments, their FEEDS neighbours, sub-segments and coverage. */
export function createChainLoaders(cypher: Cypher, home: string) {
  const { entity, list } = loaderKit(cypher, home);
  return {
    chain: entity<ChainRecord>(
      `MATCH (ch:Chain) WHERE ch.id IN $ids RETURN ch.id AS key, ${CHAIN_RECORD} AS value`,
    ),
    segment: entity<SegmentRecord>(
      `MATCH (s:Segment) WHERE s.id IN $ids RETURN s.id AS key, ${SEGMENT_RECORD} AS value`,
    ),
    upstream: list<SegmentRecord>(`
      MATCH (x:Segment)<-[:FEEDS]-(s:Segment) WHERE x.id IN $ids
      WITH x, s ORDER BY s.id
      RETURN x.id AS key, collect(${SEGMENT_RECORD}) AS value`),
    downstream: list<SegmentRecord>(`
      MATCH (x:Segment)-[:FEEDS]->(s:Segment) WHERE x.id IN $ids
      WITH x, s ORDER BY s.id
      RETURN x.id AS key, collect(${SEGMENT_RECORD}) AS value`),
    children: list<SegmentRecord>(`
      MATCH (x:Segment)<-[:PART_OF]-(s:Segment) WHERE x.id IN $ids
      WITH x, s ORDER BY s.ordinal, s.id
      RETURN x.id AS key, collect(${SEGMENT_RECORD}) AS value`),
    /** Keys are "regionCode|segmentId"; one query per region for all its segments. */
    coverage: new DataLoader<string, CoverageCounts>(async (keys) => {
      const byRegion = new Map<string, string[]>();
      for (const key of keys) {
        const [region = "", segment = ""] = key.split("|");
        byRegion.set(region, [...(byRegion.get(region) ?? []), segment]);
      }
      const result = new Map<string, CoverageCounts>();
      for (const [region, segmentIds] of byRegion) {
        const rows = await cypher<{ id: string; localCount: number; totalCount: number }>(COVERAGE, {
          region,
          segmentIds,
        });
        for (const row of rows) result.set(`${region}|${row.id}`, row);
      }
      return keys.map((k) => result.get(k) ?? { localCount: 0, totalCount: 0 });
    }),
  };
}

/**
 * Local and total company counts per segment. Local companies are found from the region's side
 * (its subtree's companies, then their segments), which stays small for a zone or a city; the
 * total is the segment's OPERATES_IN degree, which Neo4j keeps without scanning — as long as the
 * pattern names no label on the far end (only companies have OPERATES_IN; a label there would make
 * Neo4j expand every relationship: 0.2 s per chain map at 10⁶ companies).
 */
export const COVERAGE = `
CALL () {
  OPTIONAL MATCH (:Region {code: $region})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s:Segment)
  WHERE s.id IN $segmentIds
  WITH s.id AS sid, count(DISTINCT c) AS n
  RETURN collect([sid, n]) AS local
}
UNWIND $segmentIds AS sid
MATCH (s:Segment {id: sid})
RETURN sid AS id, COUNT { (s)<-[:OPERATES_IN]-() } AS totalCount,
       coalesce([p IN local WHERE p[0] = sid | p[1]][0], 0) AS localCount
`;
