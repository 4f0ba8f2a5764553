/**
 * Peer comparison results → what the 同类对标 view draws (pure, tested in Node): the rows of the
 * "peer strong, zone absent" table (one per segment, every strong peer beside it) and the series of
 * the key-segment chart (one per region, zone first).
 */
import type { PeerComparisonData, PeerRow } from "../api/operations.ts";

type Comparison = PeerComparisonData["peerComparison"];
type Region = PeerRow["region"];
type StrongSegment = PeerRow["strongWhereZoneAbsent"][number]["segment"];

/** A segment where at least one peer is strong (RCA ≥ 1) and the zone has no company. */
export interface StrongRow {
  segment: StrongSegment;
  /** The strong peers, highest RCA first. */
  peers: { region: Region; rca: number; companies: number }[];
}

/**
 * One row per segment over all peers; rows by the number of strong peers, then the highest RCA,
 * descending, then segment id.
 */
export function strongWhereAbsentRows(comparison: Comparison): StrongRow[] {
  const bySegment = new Map<string, StrongRow>();
  for (const peer of comparison.peers) {
    for (const s of peer.strongWhereZoneAbsent) {
      const row = bySegment.get(s.segment.id) ?? { segment: s.segment, peers: [] };
      row.peers.push({ region: peer.region, rca: s.rca, companies: s.companies });
      bySegment.set(s.segment.id, row);
    }
  }
  const rows = [...bySegment.values()];
  for (const r of rows) r.peers.sort((a, b) => b.rca - a.rca || a.region.code.localeCompare(b.region.code));
  const top = (r: StrongRow) => r.peers[0]?.rca ?? 0;
  return rows.sort(
    (a, b) =>
      b.peers.length - a.peers.length ||
      top(b) - top(a) ||
      (a.segment.id < b.segment.id ? -1 : a.segment.id > b.segment.id ? 1 : 0),
  );
}

/** The key-segment chart: segments on the axis, one series of RCA values per region, zone first. */
export function keyRcaSeries(comparison: Comparison): {
  segments: PeerRow["keySegments"][number]["segment"][];
  series: { region: Region; isHome: boolean; values: number[] }[];
} {
  const rows = [comparison.home, ...comparison.peers];
  return {
    segments: comparison.home.keySegments.map((k) => k.segment),
    series: rows.map((r) => ({
      region: r.region,
      isHome: r.isHome,
      values: r.keySegments.map((k) => Math.round(k.rca * 100) / 100),
    })),
  };
}
