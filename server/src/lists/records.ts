import type { ScoreFeatureRecord } from "../common/records.ts";
import type { TargetStatusValue, TargetWeights } from "../targets/records.ts";

/** The filter a list was saved with, as stored (JSON) on the list. */
export interface TargetFilterValuesRecord {
  provinces?: string[] | null;
  countries?: string[] | null;
  minRevenue?: number | null;
  listed?: boolean | null;
  excludeInLists?: boolean | null;
  source?: "PUBLIC" | "SYNTHETIC" | "IMPORTED" | null;
}

/** (:TargetList) as read back. */
export interface TargetListRecord {
  id: string;
  name: string;
  createdAt: string;
  segmentId: string | null;
  chainId: string | null;
  regionCode: string;
  filter: TargetFilterValuesRecord | null;
  weights: TargetWeights;
  itemCount: number;
}

/** (:TargetItem) as read back, with the ids it points to. */
export interface TargetItemRecord {
  listId: string;
  companyId: string;
  segmentId: string;
  rank: number;
  score: number;
  features: ScoreFeatureRecord[];
  status: TargetStatusValue;
  note: string | null;
  updatedAt: string;
  /** Starts at 1; each saved edit adds 1 (optimistic concurrency). */
  version: number;
}
