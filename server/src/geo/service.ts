/**
 * The geographic view (GeoMap): local companies, target candidates and leads of a chain, counted
 * per place (city, province without cities, foreign country). Candidates are exactly the target
 * ranking's (targets' computeRanking: the same pools, the same gap segments in chain mode, each
 * company once), never re-scored here; local companies and leads are counted in the database.
 */
import type { GraphQLContext } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import { computeGapReport } from "../gaps/index.ts";
import type { DataSource } from "../generated/resolvers-types.ts";
import { suggestOffice } from "../teams/index.ts";
import { computeRanking } from "../targets/index.ts";
import { aggregate, placeOf, tallyItems } from "./aggregate.ts";
import { chainLeaves, leadTallies, loadGeoTree, localTallies } from "./queries.ts";
import type { GeoMapRecord } from "./records.ts";

export interface GeoMapArgs {
  chainId: string;
  segmentId?: string | null;
  gapSegmentId?: string | null;
  sources?: readonly DataSource[] | null;
}

const ALL_SOURCES = ["public", "imported", "synthetic"];

/**
 * @throws NOT_FOUND for an unknown chain or segment; BAD_USER_INPUT (naming the field) for a
 *   segment that is not a leaf of the chain, a gapSegmentId that is not one of the chain's gaps, a
 *   segmentId and gapSegmentId that disagree, or an empty `sources`
 */
export async function computeGeoMap(ctx: GraphQLContext, args: GeoMapArgs): Promise<GeoMapRecord> {
  const { chainId } = args;
  const chain = await ctx.loaders.chain.load(chainId);
  if (!chain) throw notFound("Chain", chainId);
  let sources = ALL_SOURCES;
  if (args.sources !== null && args.sources !== undefined) {
    if (args.sources.length === 0)
      throw badInput("sources: name at least one source, or leave it out", "sources");
    sources = [...new Set(args.sources.map((s) => s.toLowerCase()))];
  }
  const segmentId = args.segmentId ?? null;
  const gapSegmentId = args.gapSegmentId ?? null;
  if (segmentId !== null && gapSegmentId !== null && segmentId !== gapSegmentId)
    throw badInput("segmentId and gapSegmentId name different segments; give one", "gapSegmentId");

  let segment = null;
  if (segmentId !== null) {
    segment = await ctx.loaders.segment.load(segmentId);
    if (!segment) throw notFound("Segment", segmentId);
    if (!segment.leaf)
      throw badInput(`segmentId: ${segmentId} is a sub-chain, not a leaf segment`, "segmentId");
    if (segment.chainId !== chainId)
      throw badInput(`segmentId: ${segmentId} is not a segment of chain ${chainId}`, "segmentId");
  }
  if (gapSegmentId !== null) {
    // A gap may be an EXTEND candidate of another chain: it is one when the chain's report lists it.
    const report = await computeGapReport(ctx, chainId);
    if (!report.gaps.some((g) => g.segmentId === gapSegmentId))
      throw badInput(`gapSegmentId: ${gapSegmentId} is not a gap of chain ${chainId}`, "gapSegmentId");
    segment = await ctx.loaders.segment.load(gapSegmentId);
  }
  const focus = gapSegmentId ?? segmentId;

  const [tree, ranking, segmentIds] = await Promise.all([
    loadGeoTree(ctx.cypher),
    computeRanking(ctx, focus !== null ? { segmentId: focus } : { chainId }),
    focus !== null ? Promise.resolve([focus]) : chainLeaves(ctx.cypher, chainId),
  ]);
  const home = ctx.config.homeRegion;
  const keep = new Set(sources);
  const candidates = tallyItems(
    ranking.rows
      .filter((r) => keep.has(r.source))
      .map((r) => ({ regionCode: r.regionCode, synthetic: r.source === "synthetic" })),
    "candidate",
  );
  const [local, leads] = await Promise.all([
    localTallies(ctx.cypher, { localCodes: tree.subtree(home), segmentIds, sources }),
    leadTallies(ctx.cypher, { chainId, segmentId: focus, sources }),
  ]);
  const officeOf = (regionChain: readonly string[]) => suggestOffice(regionChain)?.id ?? null;
  const { points, unplaced } = aggregate(tree, [...local, ...candidates, ...leads.tallies], officeOf);
  const sum = (f: (p: (typeof points)[number]) => number) => points.reduce((s, p) => s + f(p), 0);
  return {
    chain,
    segment,
    gap: gapSegmentId !== null,
    homePlaceCode: placeOf(tree, home)?.code ?? null,
    points,
    localCount: sum((p) => p.localCount),
    candidateCount: sum((p) => p.candidateCount),
    leadCount: sum((p) => p.leadCount),
    syntheticCount: sum((p) => p.syntheticCount),
    unplacedCount: unplaced + leads.unlocated,
  };
}
