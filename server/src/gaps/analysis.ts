/**
 * Gap analysis proper (PRODUCT.md §4), pure: from the region × segment counts, the FEEDS graph and
 * the leaves of the four chains to typed, scored and explained gaps of one chain. No I/O; the
 * counts come from queries.ts, the maths from relatedness.ts.
 *
 * Documented choices (README "Gap analysis" repeats them):
 * - Matrix rows (see {@link assignRow}): every Chinese city, every foreign country, and the home
 *   zone as a row of its own (its companies taken out of its city's row). Companies located in a
 *   district or park count in their city's row. A Chinese company located directly at province
 *   level — Taiwan, Hong Kong, Macao and Tibet have no city in the region table, and a few public
 *   firms sit there — counts in a row of its own for that province, which then stands in for a city
 *   (dropping them would under-count the segments they are strong in; merging a province into one
 *   of its cities would invent a location). One located at the home country itself gets that
 *   country's row. Foreign companies count in their country's row wherever they are located.
 *   Regions with no company are left out: an all-zero row changes no RCA, presence or density.
 * - Columns: every leaf segment of every chain, zero columns included (their measures are 0).
 * - Betweenness: in the chain's own FEEDS subgraph (its leaves and the edges between them), so
 *   that "key" means key to this chain's flow; cross-chain edges would make a segment central for
 *   another chain's sake. An EXTEND candidate, a leaf of another chain, takes its betweenness in its
 *   own chain's subgraph. Both normalised by (n−1)(n−2), which makes chains of different sizes
 *   comparable. The "top quartile" is a percentile rank ≥ 0.75 among the chain's leaves, with
 *   betweenness > 0.
 * - Demand pull / supply push: over all FEEDS edges, any chain (a local buyer in another chain
 *   still buys), each neighbour's local company count times the edge weight (1 when unset).
 * - Normalisation: min–max over the chain's scope = all leaves of the chain plus its EXTEND
 *   candidates, not over the gaps alone (otherwise a feature's value would depend on which other
 *   segments happen to be gaps, and a lone gap would get 0 everywhere). keyTech is 0/1 already and
 *   is not rescaled.
 * - STRENGTHEN and unknown revenue: the local share is computed over companies with a known
 *   revenue only (local known revenue / all known revenue in the segment), and the numbers of local
 *   and total companies with unknown revenue are reported with it. When no local company in the
 *   segment has a known revenue the share is unknown (null) and the segment is NOT classified
 *   STRENGTHEN: "small next to the leaders" cannot be shown, and it is never assumed to be zero.
 *   A multi-segment company's whole revenue counts in each of its segments.
 * - Completeness: count-weighted — the share of the chain's leaves with at least one local company
 *   (the data has no value added per segment to weight by).
 * - Break point: a missing segment (no local company) with a local company in some segment that
 *   FEEDS it and in some segment it FEEDS (any chain). Reported for FILL and EXTEND gaps.
 * - Quadrants: relative presence (RCA of the home row) against relatedness density, cut at RCA 1
 *   and at the median density over the chain's leaves (relatedness.ts `quadrants`).
 */
import {
  completeness as chainCompleteness,
  median,
  minMaxNormalise,
  normalisedBetweenness,
  percentileRank,
  quadrants,
  type Quadrant,
} from "./relatedness.ts";
import { weightedScore } from "../common/weights.ts";
import { homeMeasures, type HomeMeasures, type RegionSegmentMatrix } from "./matrix.ts";

// The matrix moved to matrix.ts; re-exported for the callers that read it from here.
export {
  assignRow,
  buildMatrix,
  homeMeasures,
  type HomeMeasures,
  type PresenceCells,
  type RegionLevel,
  type RegionNode,
  type RegionSegmentMatrix,
} from "./matrix.ts";

/** The features of a gap score, in the order they are reported. */
export const GAP_FEATURES = [
  "demandPull",
  "supplyPush",
  "centrality",
  "keyTech",
  "density",
  "relativePresence",
] as const;
export type GapFeature = (typeof GAP_FEATURES)[number];
export type GapWeights = Record<GapFeature, number>;

/**
 * Default weights: they sum to 1, so a score lies in [0, 1]. Demand pull and feasibility (density)
 * lead, as the zone recruits what its firms buy and what it is able to host; relative presence
 * weighs least because for most gaps (missing links) it is 0 anyway.
 */
export const DEFAULT_GAP_WEIGHTS: Readonly<GapWeights> = {
  demandPull: 0.25,
  supplyPush: 0.2,
  centrality: 0.15,
  keyTech: 0.15,
  density: 0.2,
  relativePresence: 0.05,
};

/** Percentile rank at or above which a segment's betweenness is in the chain's top quartile. */
export const TOP_QUARTILE = 0.75;

export type GapType = "FILL" | "CONSOLIDATE" | "STRENGTHEN" | "EXTEND";

/** A leaf segment as the analysis needs it. */
export interface LeafInfo {
  id: string;
  chainId: string;
  keyTech: boolean;
}

/** A FEEDS edge: `from` supplies `to`; weight null counts as 1. */
export interface FeedEdge {
  from: string;
  to: string;
  weight: number | null;
}

/** One feature of a gap's score: value (normalised) × weight = contribution; raw before scaling. */
export interface FeatureRecord {
  name: GapFeature;
  value: number;
  weight: number;
  contribution: number;
  raw: number;
}

/** A neighbouring local segment of an EXTEND gap. */
export interface ConnectionRecord {
  /** The local leaf of the analysed chain. */
  segmentId: string;
  name: string;
  nameZh: string;
  /** Where the gap sits relative to it: UPSTREAM (the gap FEEDS it) or DOWNSTREAM (it FEEDS the gap). */
  direction: "UPSTREAM" | "DOWNSTREAM";
  localCount: number;
}

/** Revenue facts behind STRENGTHEN, for every gap. */
export interface RevenueRecord {
  /** Local known revenue / all known revenue; null when no local company has a known revenue. */
  localShare: number | null;
  localRevenue: number;
  totalRevenue: number;
  localKnown: number;
  localUnknown: number;
  totalKnown: number;
  totalUnknown: number;
}

/** One gap: what computeGapReport returns and the GraphQL Gap resolves from. */
export interface GapRecord {
  segmentId: string;
  chainId: string;
  type: GapType;
  /** Σ feature contributions. */
  score: number;
  localCount: number;
  totalCount: number;
  breakPoint: boolean;
  features: FeatureRecord[];
  /** RCA of the home row and relatedness density ω[H,s] (raw, unnormalised). */
  relativePresence: number;
  density: number;
  /** Local companies in the segments that FEED this one / that this one FEEDS (per segment, unweighted). */
  upstreamLocal: number;
  downstreamLocal: number;
  keyTech: boolean;
  /** Betweenness in the top quartile of the chain's leaves. */
  centralityTopQuartile: boolean;
  revenue: RevenueRecord;
  /** EXTEND only: the chain's local leaves this segment is one FEEDS hop from. */
  connectsTo: ConnectionRecord[];
  /** For the explanation: the segment's own names and its chain's. */
  name: string;
  nameZh: string;
  chainName: string;
  chainNameZh: string;
  /** The thresholds it was judged by. */
  k: number;
  strengthenShare: number;
}

/** A point of the opportunity map (Metroverse-style PSWOT). */
export interface OpportunityPointRecord {
  segmentId: string;
  relativePresence: number;
  density: number;
  quadrant: Quadrant;
  localCount: number;
}

export interface ChainAnalysis {
  completeness: number;
  /** Sorted by score, highest first; ties by segment id. */
  gaps: GapRecord[];
  /** One per leaf of the chain, in the order given. */
  points: OpportunityPointRecord[];
  /** The density cut-off the quadrants used (median over the chain's leaves). */
  densityCutoff: number;
}

export interface AnalysisInput {
  chainId: string;
  /** Every leaf of every chain; their ids must be the matrix's columns, in the same order. */
  leaves: ReadonlyArray<LeafInfo & { name: string; nameZh: string }>;
  chains: ReadonlyArray<{ id: string; name: string; nameZh: string }>;
  feeds: ReadonlyArray<FeedEdge>;
  matrix: RegionSegmentMatrix;
  k: number;
  strengthenShare: number;
  weights: Readonly<GapWeights>;
  /** {@link homeMeasures} of `matrix`, when the caller has them already (they do not depend on the chain). */
  measures?: HomeMeasures;
}

function sumOf(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function chainBetweenness(
  chainId: string,
  leaves: ReadonlyArray<LeafInfo>,
  feeds: ReadonlyArray<FeedEdge>,
): Map<string, number> {
  const ids = leaves.filter((l) => l.chainId === chainId).map((l) => l.id);
  const inside = new Set(ids);
  const edges = feeds
    .filter((f) => inside.has(f.from) && inside.has(f.to))
    .map((f) => ({ source: f.from, target: f.to }));
  return normalisedBetweenness(ids, edges);
}

/**
 * Types, features, scores and quadrants for one chain. Throws RangeError when the matrix columns
 * do not match the leaves, WeightsError on bad weights.
 */
export function analyseChain(input: AnalysisInput): ChainAnalysis {
  const { chainId, leaves, feeds, matrix, k, strengthenShare, weights } = input;
  if (matrix.segments.length !== leaves.length || leaves.some((l, i) => matrix.segments[i] !== l.id)) {
    throw new RangeError("analyseChain: matrix columns must be the leaves, in order");
  }
  const column = new Map(leaves.map((l, i) => [l.id, i]));
  const leafById = new Map(leaves.map((l) => [l.id, l]));
  const chainById = new Map(input.chains.map((c) => [c.id, c]));
  const homeRow = matrix.x[matrix.homeRow] ?? [];
  const local = (id: string) => homeRow[column.get(id) ?? -1] ?? 0;
  const total = (id: string) => {
    const c = column.get(id);
    return c === undefined ? 0 : sumOf(matrix.x.map((row) => row[c] ?? 0));
  };
  const { rca, density } = input.measures ?? homeMeasures(matrix);

  const chainLeaves = leaves.filter((l) => l.chainId === chainId);
  const inChain = new Set(chainLeaves.map((l) => l.id));

  // Neighbours over all FEEDS edges, self-loops aside, with weights (null → 1).
  const upstreamOf = new Map<string, { id: string; w: number }[]>();
  const downstreamOf = new Map<string, { id: string; w: number }[]>();
  for (const f of feeds) {
    if (f.from === f.to || !leafById.has(f.from) || !leafById.has(f.to)) continue;
    const w = f.weight ?? 1;
    downstreamOf.set(f.from, [...(downstreamOf.get(f.from) ?? []), { id: f.to, w }]);
    upstreamOf.set(f.to, [...(upstreamOf.get(f.to) ?? []), { id: f.from, w }]);
  }

  // EXTEND candidates: missing leaves of other chains one hop from a local leaf of this chain.
  const connections = new Map<string, ConnectionRecord[]>();
  for (const f of feeds) {
    const fromIn = inChain.has(f.from);
    const toIn = inChain.has(f.to);
    if (fromIn === toIn) continue;
    const [inside, outside, direction] = fromIn
      ? ([f.from, f.to, "DOWNSTREAM"] as const)
      : ([f.to, f.from, "UPSTREAM"] as const);
    const outsideLeaf = leafById.get(outside);
    const insideLeaf = leafById.get(inside);
    if (outsideLeaf === undefined || insideLeaf === undefined) continue;
    if (local(inside) === 0 || local(outside) > 0) continue;
    const list = connections.get(outside) ?? [];
    if (!list.some((c) => c.segmentId === inside)) {
      list.push({
        segmentId: inside,
        name: insideLeaf.name,
        nameZh: insideLeaf.nameZh,
        direction,
        localCount: local(inside),
      });
    }
    connections.set(outside, list);
  }
  const extendIds = [...connections.keys()].sort();
  const scope = [...chainLeaves.map((l) => l.id), ...extendIds];

  // Betweenness per chain, computed once per chain that appears in the scope.
  const betweennessByChain = new Map<string, ReturnType<typeof chainBetweenness>>();
  const centrality = (id: string) => {
    const leaf = leafById.get(id);
    if (leaf === undefined) return 0;
    let b = betweennessByChain.get(leaf.chainId);
    if (b === undefined) {
      b = chainBetweenness(leaf.chainId, leaves, feeds);
      betweennessByChain.set(leaf.chainId, b);
    }
    return b.get(id) ?? 0;
  };
  const chainCentrality = chainLeaves.map((l) => centrality(l.id));
  const ranks = percentileRank(chainCentrality);
  const topQuartile = new Set(
    chainLeaves
      .filter((_, i) => (chainCentrality[i] ?? 0) > 0 && (ranks[i] ?? 0) >= TOP_QUARTILE)
      .map((l) => l.id),
  );

  const raw: Record<GapFeature, number[]> = {
    demandPull: scope.map((id) => sumOf((downstreamOf.get(id) ?? []).map((n) => n.w * local(n.id)))),
    supplyPush: scope.map((id) => sumOf((upstreamOf.get(id) ?? []).map((n) => n.w * local(n.id)))),
    centrality: scope.map((id) => centrality(id)),
    keyTech: scope.map((id) => (leafById.get(id)?.keyTech ? 1 : 0)),
    density: scope.map((id) => density[column.get(id) ?? -1] ?? 0),
    relativePresence: scope.map((id) => rca[column.get(id) ?? -1] ?? 0),
  };
  const normalised = Object.fromEntries(
    GAP_FEATURES.map((f) => [f, f === "keyTech" ? raw[f] : minMaxNormalise(raw[f])]),
  ) as Record<GapFeature, number[]>;

  const gaps: GapRecord[] = [];
  scope.forEach((id, i) => {
    const leaf = leafById.get(id);
    const c = column.get(id);
    if (leaf === undefined || c === undefined) return;
    const localCount = local(id);
    const localRevenue = matrix.localRevenue[c] ?? 0;
    const totalRevenue = matrix.totalRevenue[c] ?? 0;
    const localKnown = matrix.localRevenueKnown[c] ?? 0;
    const totalKnown = matrix.totalRevenueKnown[c] ?? 0;
    const totalCount = total(id);
    const revenue: RevenueRecord = {
      localShare: localKnown > 0 && totalRevenue > 0 ? localRevenue / totalRevenue : null,
      localRevenue,
      totalRevenue,
      localKnown,
      localUnknown: localCount - localKnown,
      totalKnown,
      totalUnknown: totalCount - totalKnown,
    };
    const isKey = leaf.keyTech || topQuartile.has(id);
    let type: GapType | null;
    if (!inChain.has(id)) type = "EXTEND";
    else if (localCount === 0) type = "FILL";
    else if (localCount < k) type = "CONSOLIDATE";
    else if (isKey && revenue.localShare !== null && revenue.localShare < strengthenShare)
      type = "STRENGTHEN";
    else type = null;
    if (type === null) return;

    const upstream = upstreamOf.get(id) ?? [];
    const downstream = downstreamOf.get(id) ?? [];
    const breakPoint =
      localCount === 0 && upstream.some((n) => local(n.id) > 0) && downstream.some((n) => local(n.id) > 0);
    const values = Object.fromEntries(GAP_FEATURES.map((f) => [f, normalised[f][i] ?? 0]));
    const scored = weightedScore(values, weights);
    const chain = chainById.get(leaf.chainId);
    gaps.push({
      segmentId: id,
      chainId: leaf.chainId,
      type,
      score: scored.score,
      localCount,
      totalCount,
      breakPoint,
      features: scored.contributions.map((contribution) => ({
        ...contribution,
        name: contribution.name as GapFeature,
        raw: raw[contribution.name as GapFeature][i] ?? 0,
      })),
      relativePresence: rca[c] ?? 0,
      density: density[c] ?? 0,
      upstreamLocal: sumOf(upstream.map((n) => local(n.id))),
      downstreamLocal: sumOf(downstream.map((n) => local(n.id))),
      keyTech: leaf.keyTech,
      centralityTopQuartile: topQuartile.has(id),
      revenue,
      connectsTo: connections.get(id) ?? [],
      name: leaf.name,
      nameZh: leaf.nameZh,
      chainName: chain?.name ?? leaf.chainId,
      chainNameZh: chain?.nameZh ?? leaf.chainId,
      k,
      strengthenShare,
    });
  });
  gaps.sort(
    (a, b) => b.score - a.score || (a.segmentId < b.segmentId ? -1 : a.segmentId > b.segmentId ? 1 : 0),
  );

  const leafMeasures = chainLeaves.map((l) => {
    const c = column.get(l.id) ?? -1;
    return { rca: rca[c] ?? 0, density: density[c] ?? 0 };
  });
  const quadrantOf = quadrants(leafMeasures);
  return {
    completeness: chainCompleteness(chainLeaves.map((l) => local(l.id))),
    gaps,
    points: chainLeaves.map((l, i) => ({
      segmentId: l.id,
      relativePresence: leafMeasures[i]?.rca ?? 0,
      density: leafMeasures[i]?.density ?? 0,
      quadrant: quadrantOf[i] ?? "POSSIBLE_ENTRANT",
      localCount: local(l.id),
    })),
    densityCutoff: median(leafMeasures.map((m) => m.density)),
  };
}
