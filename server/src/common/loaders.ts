import DataLoader from "dataloader";
import type { Cypher } from "../context.ts";
import {
  ALLIANCE_RECORD,
  CHAIN_RECORD,
  COMPANY_ORDER,
  COMPANY_RECORD,
  REGION_RECORD,
  SEGMENT_RECORD,
} from "./cypher.ts";
import type {
  AllianceRecord,
  ChainRecord,
  CompanyRecord,
  CompanySegmentRecord,
  RegionRecord,
  SegmentRecord,
} from "./records.ts";

/**
 * Per-request DataLoaders: every nested field that would otherwise run one query per parent
 * (N+1) asks a loader instead, and the loader runs one query per batch of keys.
 */

function byKey<K, V>(keys: readonly K[], rows: { key: K; value: V }[], missing: V): V[] {
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => map.get(k) ?? missing);
}

export interface CoverageCounts {
  localCount: number;
  totalCount: number;
}

export function createLoaders(cypher: Cypher, home: string) {
  const entity = <V>(query: string) =>
    new DataLoader<string, V | null>(async (ids) => {
      const rows = await cypher<{ key: string; value: V }>(query, { ids: [...ids], home });
      return byKey(ids, rows, null);
    });
  const list = <V>(query: string) =>
    new DataLoader<string, V[]>(async (ids) => {
      const rows = await cypher<{ key: string; value: V[] }>(query, { ids: [...ids], home });
      return byKey(ids, rows, [] as V[]);
    });

  return {
    chain: entity<ChainRecord>(
      `MATCH (ch:Chain) WHERE ch.id IN $ids RETURN ch.id AS key, ${CHAIN_RECORD} AS value`,
    ),
    segment: entity<SegmentRecord>(
      `MATCH (s:Segment) WHERE s.id IN $ids RETURN s.id AS key, ${SEGMENT_RECORD} AS value`,
    ),
    region: entity<RegionRecord>(
      `MATCH (r:Region) WHERE r.code IN $ids RETURN r.code AS key, ${REGION_RECORD} AS value`,
    ),
    company: entity<CompanyRecord>(
      `MATCH (c:Company) WHERE c.id IN $ids RETURN c.id AS key, ${COMPANY_RECORD} AS value`,
    ),
    alliance: entity<AllianceRecord>(
      `MATCH (a:Alliance) WHERE a.id IN $ids RETURN a.id AS key, ${ALLIANCE_RECORD} AS value`,
    ),
    companySegments: list<CompanySegmentRecord>(`
      MATCH (x:Company)-[o:OPERATES_IN]->(s:Segment) WHERE x.id IN $ids
      WITH x, s, o ORDER BY o.primary DESC, s.id
      RETURN x.id AS key, collect({segmentId: s.id, primary: coalesce(o.primary, false)}) AS value`),
    suppliers: list<CompanyRecord>(`
      MATCH (x:Company)<-[:SUPPLIES]-(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY ${COMPANY_ORDER}
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
    customers: list<CompanyRecord>(`
      MATCH (x:Company)-[:SUPPLIES]->(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY ${COMPANY_ORDER}
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
    subsidiaries: list<CompanyRecord>(`
      MATCH (x:Company)<-[:SUBSIDIARY_OF]-(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY c.id
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
    alliancesOf: list<AllianceRecord>(`
      MATCH (x:Company)-[:MEMBER_OF]->(a:Alliance) WHERE x.id IN $ids
      WITH x, a ORDER BY a.id
      RETURN x.id AS key, collect(${ALLIANCE_RECORD}) AS value`),
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
    regionChildren: list<RegionRecord>(`
      MATCH (x:Region)<-[:PART_OF]-(r:Region) WHERE x.code IN $ids
      WITH x, r ORDER BY r.code
      RETURN x.code AS key, collect(${REGION_RECORD}) AS value`),
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
    /** "Is this region inside the home subtree?" by region code. */
    regionIsLocal: new DataLoader<string, boolean>(async (codes) => {
      const rows = await cypher<{ key: string; value: boolean }>(
        `MATCH (r:Region) WHERE r.code IN $ids
         RETURN r.code AS key, EXISTS { (r)-[:PART_OF*0..5]->(:Region {code: $home}) } AS value`,
        { ids: [...codes], home },
      );
      return byKey(codes, rows, false);
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

export type Loaders = ReturnType<typeof createLoaders>;
