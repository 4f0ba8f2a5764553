// Record types only: codegen's resolver types (generated/) import this file, so it imports nothing
// that imports them back.
import type { ChainRecord, SegmentRecord } from "../common/records.ts";

/** Where a point is drawn: a prefecture-level city, a province without cities, a foreign country. */
export type GeoLevel = "CITY" | "PROVINCE" | "COUNTRY";

/** The three things the map counts. */
export type GeoKind = "local" | "candidate" | "lead";

/** One place on the map with what it holds (GeoPoint). */
export interface GeoPointRecord {
  code: string;
  name: string;
  nameZh: string;
  level: GeoLevel;
  lat: number;
  lon: number;
  /** ISO code of the country it lies in (CN for China's cities and provinces). */
  countryCode: string;
  abroad: boolean;
  localCount: number;
  candidateCount: number;
  leadCount: number;
  /** Of the companies and leads counted here, how many are synthetic demo data. */
  syntheticCount: number;
  /** The office whose territory covers the place (teams.yaml), null when none does. */
  officeId: string | null;
}

/** The geographic view of a chain (GeoMap). */
export interface GeoMapRecord {
  chain: ChainRecord;
  segment: SegmentRecord | null;
  /** True when the segment was asked for as a gap (gapSegmentId). */
  gap: boolean;
  /** Code of the point the home region rolls up to. */
  homePlaceCode: string | null;
  points: GeoPointRecord[];
  localCount: number;
  candidateCount: number;
  leadCount: number;
  syntheticCount: number;
  /** Counted items whose place has no coordinates (or is China as a whole). */
  unplacedCount: number;
}
