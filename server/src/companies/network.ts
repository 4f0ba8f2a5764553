import type { CompanyRecord, SegmentRecord } from "../common/records.ts";
import { COMPANY_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput } from "../errors.ts";

/**
 * Ego network over SUPPLIES ties, walked breadth-first one level per query. The supernode guard:
 * each level keeps at most the remaining `limit` companies — the most relevant first (largest
 * revenue, unknown last, then id) — and only kept companies are expanded further, so a hub with
 * thousands of ties costs one sorted level, not a path explosion.
 */

export const MAX_DEPTH = 3;
export const MAX_LIMIT = 5000;

const LEVEL = `
UNWIND $frontier AS fid
MATCH (:Company {id: fid})-[:SUPPLIES]-(c:Company)
WHERE NOT c.id IN $visited
WITH DISTINCT c
ORDER BY c.revenue IS NULL, c.revenue DESC, c.id
WITH collect(c) AS found
RETURN size(found) AS total, [c IN found[0..$keep] | ${COMPANY_RECORD}] AS kept`;

const EDGES = `
UNWIND $ids AS id
MATCH (a:Company {id: id})-[:SUPPLIES]->(b:Company)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target
ORDER BY source, target`;

const CENTER_SEGMENTS = `
MATCH (:Company {id: $id})-[o:OPERATES_IN]->(s:Segment)
RETURN ${SEGMENT_RECORD} AS segment, coalesce(o.primary, false) AS primary
ORDER BY primary DESC, s.id`;

const PRIMARY_SEGMENTS = `
UNWIND $ids AS id
MATCH (:Company {id: id})-[o:OPERATES_IN {primary: true}]->(s:Segment)
RETURN id, s.id AS segmentId`;

export interface GraphNodeRecord {
  id: string;
  kind: "COMPANY" | "SEGMENT";
  name: string;
  nameZh: string;
  depth: number;
  isLocal: boolean;
  source: "PUBLIC" | "SYNTHETIC" | "IMPORTED" | null;
  segmentId: string | null;
  revenue: number | null;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  kind: "SUPPLIES" | "OPERATES_IN";
}

export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  totalCompanies: number;
}

// Node ids are prefixed by kind so that a company and a segment can never collide in the client.
export const companyNodeId = (id: string) => `company:${id}`;
export const segmentNodeId = (id: string) => `segment:${id}`;

function companyNode(c: CompanyRecord, depth: number, segmentId: string | null): GraphNodeRecord {
  return {
    id: companyNodeId(c.id),
    kind: "COMPANY",
    name: c.name,
    nameZh: c.nameZh,
    depth,
    isLocal: c.isLocal,
    source: c.source.toUpperCase() as GraphNodeRecord["source"],
    segmentId,
    revenue: c.revenue,
  };
}

export async function egoNetwork(
  ctx: GraphQLContext,
  center: CompanyRecord,
  depthArg: number | null | undefined,
  limitArg: number | null | undefined,
): Promise<GraphRecord> {
  const depth = depthArg ?? 1;
  const limit = limitArg ?? 200;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw badInput(`depth must be a whole number from 1 to ${MAX_DEPTH}`, "depth");
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badInput(`limit must be a whole number from 1 to ${MAX_LIMIT}`, "limit");
  }
  const home = ctx.config.homeRegion;
  const kept: { company: CompanyRecord; depth: number }[] = [];
  const visited = [center.id];
  let frontier = [center.id];
  let totalCompanies = 0;
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const keep = limit - kept.length;
    const [row] = await ctx.cypher<{ total: number; kept: CompanyRecord[] }>(LEVEL, {
      frontier,
      visited,
      keep: int(keep),
      home,
    });
    const found = row?.kept ?? [];
    totalCompanies += row?.total ?? 0;
    if ((row?.total ?? 0) > found.length) truncated = true;
    for (const c of found) {
      kept.push({ company: c, depth: level });
      visited.push(c.id);
    }
    frontier = found.map((c) => c.id);
    if (kept.length >= limit) {
      // Anything beyond the last level walked is unknown; a further level means more was left out.
      if (level < depth) truncated = true;
      break;
    }
  }

  const ids = [center.id, ...kept.map((k) => k.company.id)];
  const [edgeRows, segmentRows, primaryRows] = await Promise.all([
    ctx.cypher<{ source: string; target: string }>(EDGES, { ids }),
    ctx.cypher<{ segment: SegmentRecord; primary: boolean }>(CENTER_SEGMENTS, { id: center.id }),
    ctx.cypher<{ id: string; segmentId: string }>(PRIMARY_SEGMENTS, { ids }),
  ]);
  const primaryOf = new Map(primaryRows.map((r) => [r.id, r.segmentId]));

  const nodes: GraphNodeRecord[] = [
    companyNode(center, 0, primaryOf.get(center.id) ?? null),
    ...kept.map((k) => companyNode(k.company, k.depth, primaryOf.get(k.company.id) ?? null)),
    ...segmentRows.map(({ segment }) => ({
      id: segmentNodeId(segment.id),
      kind: "SEGMENT" as const,
      name: segment.name,
      nameZh: segment.nameZh,
      depth: 1,
      isLocal: false,
      source: null,
      segmentId: segment.id,
      revenue: null,
    })),
  ];
  const edges: GraphEdgeRecord[] = [
    ...edgeRows.map((e) => ({
      id: `supplies:${e.source}->${e.target}`,
      source: companyNodeId(e.source),
      target: companyNodeId(e.target),
      kind: "SUPPLIES" as const,
    })),
    ...segmentRows.map(({ segment }) => ({
      id: `operates:${center.id}->${segment.id}`,
      source: companyNodeId(center.id),
      target: segmentNodeId(segment.id),
      kind: "OPERATES_IN" as const,
    })),
  ];
  return { nodes, edges, truncated, totalCompanies };
}
