import { reason, type ReasonCode, type ReasonParams } from "../reasons.ts";
import type { RowProblem, ValidRow } from "./types.ts";

/** A problem of a valid row's cell (`key`), for a planner. */
export function problemAt<R>(
  row: ValidRow<R>,
  key: string,
  code: ReasonCode,
  params: ReasonParams = {},
): RowProblem {
  const r = reason(code, params);
  return {
    row: row.row,
    column: key === "-" ? "-" : row.header(key),
    value: key === "-" ? "" : (row.cells[key] ?? ""),
    reason: r.text,
    code: r.code,
    params: r.params,
  };
}
