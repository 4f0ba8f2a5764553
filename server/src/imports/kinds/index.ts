import { companiesKind } from "./companies.ts";
import { leadsKind } from "./leads.ts";
import { linksKind } from "./links.ts";
import { membersKind } from "./members.ts";
import { tiesKind } from "./ties.ts";
import type { ImportKind } from "./types.ts";

/**
 * The registry of import kinds: one module each (`leads` writes through the pipeline capability's
 * own import writer).
 */
export const KINDS: Record<string, ImportKind<never, { row: number }>> = Object.fromEntries(
  [companiesKind, linksKind, tiesKind, membersKind, leadsKind].map((k) => [
    k.kind,
    k as unknown as ImportKind<never, { row: number }>,
  ]),
);

export const KIND_NAMES = Object.keys(KINDS);
export type { ColumnSpec, ImportKind, RowOutcome, RowProblem } from "./types.ts";
