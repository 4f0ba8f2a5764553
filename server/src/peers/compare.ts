/**
 * Peer comparison, pure (no I/O): the home zone beside peer regions in one chain. The inputs are
 * what the gap analysis computes for each region (gaps/ `computeGapReport` with the region as its
 * `regionCode`: per leaf of the chain, the region's company count and its RCA from the same matrix
 * and the same `rca` function) and the distinct companies per stage (queries.ts). Nothing here
 * re-derives RCA or presence; it only lines the regions up.
 *
 * Definitions (README "Peer comparison"):
 * - present: a leaf with at least one company of the region — the gap analysis's rule (a FILL gap
 *   is a leaf with none; completeness is the share of leaves with one, gaps' `completeness`);
 * - strong: RCA ≥ 1 — the gap analysis's presence threshold in the relatedness matrix (M = 1);
 * - "peer strong, zone absent": a leaf where the peer is strong and the zone has no company;
 * - a peer is ahead of the zone in a segment when its RCA is strictly above the zone's; it overtakes
 *   when it was not ahead at the last look and is now (alerts/ fires on that).
 */
import { completeness } from "../gaps/index.ts";

export const STAGES = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const;
export type StageName = (typeof STAGES)[number];

/** RCA at or above which a region is strong in a segment (the gap analysis's presence threshold). */
export const STRONG_RCA = 1;

/** A leaf of the chain as the comparison needs it. */
export interface PeerLeaf {
  id: string;
  stage: StageName;
  keyTech: boolean;
}

/** One region's view of the chain, aligned with the leaves given to {@link compareRegions}. */
export interface RegionChainInput {
  code: string;
  /** Per leaf (same order): companies of the region operating in it. */
  counts: ReadonlyArray<number>;
  /** Per leaf (same order): the region's RCA, as the gap analysis computes it. */
  rca: ReadonlyArray<number>;
  /** Distinct companies of the region in the chain's leaves, per stage (a firm in two stages counts in each). */
  stageCompanies: Readonly<Record<StageName, number>>;
  /** Distinct companies of the region in the chain's leaves. */
  chainCompanies: number;
}

/** One leaf for one region, with the home zone's values beside it. */
export interface SegmentValue {
  segmentId: string;
  companies: number;
  rca: number;
  zoneCompanies: number;
  zoneRca: number;
  keyTech: boolean;
  stage: StageName;
}

/** One region's row of the comparison. */
export interface RegionComparison {
  code: string;
  isHome: boolean;
  /** Share of the chain's leaves with at least one company of the region (gaps' completeness). */
  completeness: number;
  coveredSegments: number;
  segmentCount: number;
  chainCompanies: number;
  stages: { stage: StageName; companies: number }[];
  /** Every leaf of the chain, in the chain's order. */
  segments: SegmentValue[];
  /** The keyTech (卡脖子) leaves only, in the chain's order. */
  keySegments: SegmentValue[];
  /** Leaves where this region is strong (RCA ≥ 1) and the home zone has no company; empty for the zone. */
  strongWhereZoneAbsent: SegmentValue[];
  /** Leaves where this region's RCA is above the zone's; empty for the zone. */
  aheadOfZone: string[];
}

export function isStrong(rca: number): boolean {
  return rca >= STRONG_RCA;
}

/** Whether a peer is ahead of the zone in a segment: its RCA strictly above the zone's. */
export function peerAhead(peerRca: number, zoneRca: number): boolean {
  return peerRca > zoneRca;
}

/**
 * Whether a peer has overtaken the zone between two looks: not ahead before, ahead now. `before`
 * null (never looked) is not an overtaking: a watch starts from what it first sees.
 */
export function overtook(before: boolean | null, now: boolean): boolean {
  return before === false && now;
}

function check(region: RegionChainInput, n: number) {
  if (region.counts.length !== n || region.rca.length !== n) {
    throw new RangeError(
      `compareRegions: region ${region.code} has ${region.counts.length} counts and ${region.rca.length} RCA values for ${n} leaves`,
    );
  }
}

/**
 * The comparison of the zone with each peer (peers in the order given).
 * @throws RangeError when a region's values are not aligned with the leaves
 */
export function compareRegions(
  leaves: ReadonlyArray<PeerLeaf>,
  home: RegionChainInput,
  peers: ReadonlyArray<RegionChainInput>,
): { home: RegionComparison; peers: RegionComparison[] } {
  const n = leaves.length;
  check(home, n);
  peers.forEach((p) => check(p, n));
  const row = (region: RegionChainInput, isHome: boolean): RegionComparison => {
    const segments = leaves.map((leaf, i): SegmentValue => ({
      segmentId: leaf.id,
      companies: region.counts[i] ?? 0,
      rca: region.rca[i] ?? 0,
      zoneCompanies: home.counts[i] ?? 0,
      zoneRca: home.rca[i] ?? 0,
      keyTech: leaf.keyTech,
      stage: leaf.stage,
    }));
    return {
      code: region.code,
      isHome,
      completeness: completeness(region.counts),
      coveredSegments: region.counts.filter((c) => c > 0).length,
      segmentCount: n,
      chainCompanies: region.chainCompanies,
      stages: STAGES.map((stage) => ({ stage, companies: region.stageCompanies[stage] })),
      segments,
      keySegments: segments.filter((s) => s.keyTech),
      strongWhereZoneAbsent: isHome ? [] : segments.filter((s) => isStrong(s.rca) && s.zoneCompanies === 0),
      aheadOfZone: isHome ? [] : segments.filter((s) => peerAhead(s.rca, s.zoneRca)).map((s) => s.segmentId),
    };
  };
  return { home: row(home, true), peers: peers.map((p) => row(p, false)) };
}
