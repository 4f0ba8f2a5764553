import { CHAIN_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import type { ChainRecord, FeedRecord, SegmentRecord } from "../common/records.ts";
import type { CoverageStatus, Resolvers } from "../generated/resolvers-types.ts";
import { companiesPage } from "../companies/index.ts";
import type { GraphQLContext } from "../context.ts";

const CHAINS = `MATCH (ch:Chain) RETURN ${CHAIN_RECORD} AS chain ORDER BY ch.id`;

// Tree order: each sub-chain, then its leaves, both in the taxonomy's order.
export const CHAIN_SEGMENTS = `
MATCH (s:Segment {chainId: $chainId})
WHERE NOT $leavesOnly OR s.leaf
OPTIONAL MATCH (s)-[:PART_OF]->(p:Segment)
WITH s, p ORDER BY coalesce(p.ordinal, s.ordinal), CASE WHEN s.leaf THEN 1 ELSE 0 END, s.ordinal, s.id
RETURN ${SEGMENT_RECORD} AS segment`;

const SUBCHAINS = `
MATCH (:Chain {id: $chainId})-[:HAS_SEGMENT]->(s:Segment)
WITH s ORDER BY s.ordinal, s.id
RETURN ${SEGMENT_RECORD} AS segment`;

// Both ends come back as full records, so Feed.from/to never cost another query.
export const CHAIN_FEEDS = `
MATCH (a:Segment)-[f:FEEDS]->(b:Segment)
WHERE a.chainId = $chainId OR b.chainId = $chainId
WITH a, b, f ORDER BY a.id, b.id
CALL (a) { WITH a AS s RETURN ${SEGMENT_RECORD} AS fromSegment }
CALL (b) { WITH b AS s RETURN ${SEGMENT_RECORD} AS toSegment }
RETURN a.id AS fromId, b.id AS toId, f.weight AS weight, a.chainId <> b.chainId AS crossChain,
       fromSegment, toSegment`;

export function coverageStatus(localCount: number, k: number): CoverageStatus {
  if (localCount === 0) return "MISSING";
  return localCount < k ? "WEAK" : "PRESENT";
}

async function segmentsOf(ctx: GraphQLContext, query: string, params: Record<string, unknown>) {
  const rows = await ctx.cypher<{ segment: SegmentRecord }>(query, params);
  for (const { segment } of rows) ctx.loaders.segment.prime(segment.id, segment);
  return rows.map((r) => r.segment);
}

export const chainResolvers: Resolvers = {
  Query: {
    chains: async (_, __, ctx) => {
      const rows = await ctx.cypher<{ chain: ChainRecord }>(CHAINS);
      for (const { chain } of rows) ctx.loaders.chain.prime(chain.id, chain);
      return rows.map((r) => r.chain);
    },
    chain: (_, { id }, ctx) => ctx.loaders.chain.load(id),
    segment: (_, { id }, ctx) => ctx.loaders.segment.load(id),
  },
  Chain: {
    segments: (chain, { leavesOnly }, ctx) =>
      segmentsOf(ctx, CHAIN_SEGMENTS, { chainId: chain.id, leavesOnly: leavesOnly ?? true }),
    subchains: (chain, _, ctx) => segmentsOf(ctx, SUBCHAINS, { chainId: chain.id }),
    feeds: async (chain, _, ctx) => {
      const rows = await ctx.cypher<FeedRecord & { fromSegment: SegmentRecord; toSegment: SegmentRecord }>(
        CHAIN_FEEDS,
        { chainId: chain.id },
      );
      for (const row of rows) {
        ctx.loaders.segment.prime(row.fromId, row.fromSegment);
        ctx.loaders.segment.prime(row.toId, row.toSegment);
      }
      return rows;
    },
  },
  Feed: {
    from: async (f, _, ctx) => (await ctx.loaders.segment.load(f.fromId))!,
    to: async (f, _, ctx) => (await ctx.loaders.segment.load(f.toId))!,
  },
  Segment: {
    isLeaf: (s) => s.leaf,
    chain: async (s, _, ctx) => (await ctx.loaders.chain.load(s.chainId))!,
    parent: (s, _, ctx) => (s.parentId ? ctx.loaders.segment.load(s.parentId) : null),
    children: (s, _, ctx) => ctx.loaders.children.load(s.id),
    upstream: (s, _, ctx) => ctx.loaders.upstream.load(s.id),
    downstream: (s, _, ctx) => ctx.loaders.downstream.load(s.id),
    coverage: async (s, { regionCode }, ctx) => {
      const region = regionCode ?? ctx.config.homeRegion;
      const counts = await ctx.loaders.coverage.load(`${region}|${s.id}`);
      return { regionCode: region, ...counts, status: coverageStatus(counts.localCount, ctx.config.gaps.k) };
    },
    companies: (s, { filter, first, after }, ctx) =>
      companiesPage(ctx, { ...(filter ?? {}), segmentId: s.id }, first, after),
  },
};
