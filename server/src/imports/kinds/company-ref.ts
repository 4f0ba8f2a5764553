import type { Db } from "../../db/driver.ts";
import type { RegionRef } from "../lookups.ts";
import { problemAt } from "./problem.ts";
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
  if (res.kind === "found") return { company: res.company };
  if (res.kind === "ambiguous") {
    const params = { count: res.ids.length, ids: res.ids.join(", ") };
    return {
      problem: problemAt(row, ref.column, ref.region ? "name_ambiguous" : "name_ambiguous_no_region", params),
    };
  }
  return {
    problem: ref.region
      ? problemAt(row, ref.column, "no_company_in_region", { value: text, region: ref.region.code })
      : problemAt(row, ref.column, "no_company", { value: text }),
  };
}

/** A row whose `company` cell (and optional `region`) names an existing company. */
interface CompanyRow {
  company: string;
  region?: unknown;
}

/**
 * For kinds with one company per row (links, members): resolves every row's company in one index
 * load, reports an unknown or ambiguous one, and refuses a row whose `keyOf` repeats an earlier
 * row's ("same <what> as row N"). Returns the rows that remain with their company id.
 */
export async function resolveCompanyRows<R extends CompanyRow>(
  db: Db,
  rows: ValidRow<R>[],
  keyOf: (row: ValidRow<R>, companyId: string) => string,
  what: string,
): Promise<{ problems: RowProblem[]; resolved: { r: ValidRow<R>; company: string }[] }> {
  const refOf = (r: ValidRow<R>): CompanyRefCells => ({
    text: r.rec.company,
    region: r.rec.region as RegionRef | undefined,
    column: "company",
  });
  const index = await loadRefIndex(db, rows.map(refOf));
  const problems: RowProblem[] = [];
  const resolved: { r: ValidRow<R>; company: string }[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const found = resolveRef(index, refOf(r), r);
    if ("problem" in found) {
      problems.push(found.problem);
      continue;
    }
    const key = keyOf(r, found.company.id);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problemAt(r, "-", "same_row", { what, row: first }));
      continue;
    }
    seen.set(key, r.row);
    resolved.push({ r, company: found.company.id });
  }
  return { problems, resolved };
}
