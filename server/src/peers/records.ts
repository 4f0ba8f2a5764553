/** What the peers capability's GraphQL types resolve from (codegen mappers). */
import type { ChainRecord, RegionRecord } from "../common/records.ts";
import type { RegionComparison, SegmentValue } from "./compare.ts";

/** One region's row, with its record. */
export interface PeerRegionRecord extends RegionComparison {
  region: RegionRecord;
}

/** One leaf for one region (segment resolved by id). */
export type PeerSegmentRecord = SegmentValue;

/** The whole comparison. */
export interface PeerComparisonRecord {
  chain: ChainRecord;
  home: PeerRegionRecord;
  peers: PeerRegionRecord[];
  /** Version of the precomputed presence used; null when it was stale and counted live. */
  presenceVersion: number | null;
}
