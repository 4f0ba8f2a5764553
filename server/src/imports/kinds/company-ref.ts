import type { Db } from "../../db/driver.ts";
import type { RegionRef } from "../lookups.ts";
import { CompanyIndex, type ExistingCompany } from "../resolve.ts";
import type { RowProblem, ValidRow } from "./types.ts";

/**
 * A reference to an existing company in a links, ties or members row: its id or credit code, or
 * its name (Chinese or English) with an optional region to tell namesakes apart.
 */
export interface CompanyRefCells {
  text: string;
  region?: RegionRef | undefined;
  /** The key of the column, for reports. */
  column: string;
}

const CODE_LIKE = /^[0-9A-Z-]{6,}$/i;

export async function loadRefIndex(db: Db, refs: CompanyRefCells[]): Promise<CompanyIndex> {
  return CompanyIndex.load(db, {
    codes: refs.map((r) => r.text.trim()),
    regions: refs.flatMap((r) => (r.region ? [r.region.code] : [])),
    namesWithoutRegion: refs
      .filter((r) => !r.region && !CODE_LIKE.test(r.text.trim()))
      .map((r) => r.text.trim()),
  });
}

/** The company, or a problem for the report. */
export function resolveRef<R>(
  index: CompanyIndex,
  ref: CompanyRefCells,
  row: ValidRow<R>,
): { company: ExistingCompany } | { problem: RowProblem } {
  const text = ref.text.trim();
  const res = index.resolve({ code: text, name: text, region: ref.region?.code ?? null });
  const at = { row: row.row, column: row.header(ref.column), value: row.cells[ref.column] ?? "" };
  if (res.kind === "found") return { company: res.company };
  if (res.kind === "ambiguous") {
    return {
      problem: {
        ...at,
        reason: `ambiguous: ${res.ids.length} companies have this name (${res.ids.join(", ")}); give the credit code${ref.region ? "" : " or the region"}`,
      },
    };
  }
  return {
    problem: {
      ...at,
      reason: `no company has the id, credit code or name "${text}"${ref.region ? ` in ${ref.region.code}` : ""}`,
    },
  };
}
