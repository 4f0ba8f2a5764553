// Record types only: codegen's resolver types (generated/) import this file, so it imports nothing
// that imports them back.
import type { ChainRecord } from "../common/records.ts";
import type { Lang } from "./labels.ts";
import type { DossierOut, EntryInput } from "./mapping.ts";

export type { ItemOut, NodeOut, RowOut } from "./mapping.ts";

/** How many companies of a chain come from one source (DossierSourceCount). */
export interface SourceCount {
  source: "PUBLIC" | "SYNTHETIC" | "IMPORTED";
  all: number;
  local: number;
}

/** A chain's dossier as computed (ChainDossier). */
export interface DossierRecord extends DossierOut {
  chain: ChainRecord;
  regionCode: string;
  generatedOn: string;
  lang: Lang;
  sources: SourceCount[];
}

/** A row of a bureau-maintained table, as read back (DossierEntry). */
export interface DossierEntryRecord extends EntryInput {
  chainId: string;
  updatedBy: string;
}
