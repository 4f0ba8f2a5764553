import { companiesKind } from "./companies.ts";
import { linksKind } from "./links.ts";
import { membersKind } from "./members.ts";
import { tiesKind } from "./ties.ts";
import type { ImportKind } from "./types.ts";

/**
 * The registry of import kinds: one module each. `leads` belongs to the pipeline capability (built
 * separately); it joins by adding its module here.
 */
export const KINDS: Record<string, ImportKind<never, { row: number }>> = Object.fromEntries(
  [companiesKind, linksKind, tiesKind, membersKind].map((k) => [
    k.kind,
    k as unknown as ImportKind<never, { row: number }>,
  ]),
);

export const KIND_NAMES = Object.keys(KINDS);
export type { ColumnSpec, ImportKind, RowOutcome, RowProblem } from "./types.ts";
