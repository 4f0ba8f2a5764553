import type { Db } from "../db/driver.ts";
import { reasonOfIssue, type Cell } from "./fields.ts";
import { KINDS } from "./kinds/index.ts";
import type { ImportKind, RowOutcome, RowProblem, ValidRow } from "./kinds/types.ts";
import { loadLookups, type Lookups } from "./lookups.ts";
import { reason, type Reason } from "./reasons.ts";
import { FileError, readTable, type Table } from "./table.ts";

/**
 * The dry run: the file read, its columns matched to a kind, every row validated (zod) and
 * resolved against the graph; the outcome of each row (create / update / unchanged) or every
 * problem with it (row, column, value, reason). Applying writes exactly the planned operations.
 */
export interface ImportReport {
  kind: string;
  format: Table["format"];
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows with at least one problem. */
  refused: number;
  problems: RowProblem[];
  outcomes: RowOutcome[];
}

export interface ImportPlan {
  report: ImportReport;
  /** Milliseconds per phase: read (decode + parse), lookups, validate, resolve (graph reads + diff). */
  timings: Record<string, number>;
  kind: ImportKind<never, { row: number }>;
  ops: { row: number }[];
}

/** Header normalisation: NFKC, lower case, no white space, a trailing unit in brackets dropped. */
export const headerKey = (h: string) =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\([^)]*\)$/, "");

function columnMap(kind: ImportKind<never, { row: number }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of kind.columns) {
    for (const name of [c.key, c.zh, ...(c.aliases ?? [])]) map.set(headerKey(name), c.key);
  }
  return map;
}

/** Which column of the file each key is in; throws a FileError naming unknown or missing columns. */
export function matchHeaders(
  kind: ImportKind<never, { row: number }>,
  headers: string[],
): Map<string, number> {
  const map = columnMap(kind);
  const at = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (h === "") return;
    const key = map.get(headerKey(h));
    if (!key) unknown.push(h);
    else if (at.has(key))
      throw new FileError(`columns "${headers[at.get(key)!]}" and "${h}" are the same column (${key})`);
    else at.set(key, i);
  });
  const problems: string[] = [];
  if (unknown.length > 0) {
    problems.push(
      `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} for ${kind.kind} (columns: ${kind.columns
        .map((c) => `${c.key}/${c.zh}`)
        .join(", ")})`,
    );
  }
  const missing = kind.columns.filter((c) => c.required && !at.has(c.key));
  if (missing.length > 0) {
    problems.push(
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `${c.key} (${c.zh})`).join(", ")}`,
    );
  }
  if (problems.length > 0) throw new FileError(problems.join("; "));
  return at;
}

/** The kind whose columns the headers are (exactly one must fit), for a file given without --kind. */
export function detectKind(headers: string[]): string {
  const fits = Object.values(KINDS).filter((k) => {
    try {
      matchHeaders(k, headers);
      return true;
    } catch {
      return false;
    }
  });
  if (fits.length === 1) return fits[0]!.kind;
  throw new FileError(
    fits.length === 0
      ? `the columns fit no import kind (${Object.keys(KINDS).join(", ")}): download a template`
      : `the columns fit several kinds (${fits.map((k) => k.kind).join(", ")}): name one with --kind`,
  );
}

/** A column's verdict on one cell: the typed value, or the reasons it is refused. */
type Verdict = { ok: true; value: unknown } | { ok: false; reasons: Reason[] };

/** Distinct values a column remembers; a column with more (names, codes) stops remembering. */
const MEMO_LIMIT = 20_000;

/**
 * Validates every row of a table for a kind; no database needed. Each cell is parsed by its
 * column's zod schema, and each distinct value of a column only once (regions, segments, years and
 * flags repeat down a file: a 100,000-row file has a few hundred of each); then the kind's rules
 * across columns run on the rows whose cells are all valid.
 */
export function validateRows(
  kind: ImportKind<never, { row: number }>,
  table: Table,
  lookups: Lookups,
): { valid: ValidRow<unknown>[]; problems: RowProblem[] } {
  const at = matchHeaders(kind, table.headers);
  const shape = kind.schema(lookups).shape;
  const keys = Object.keys(shape);
  const header = (key: string) => {
    const i = at.get(key);
    return i === undefined ? key : table.headers[i]!;
  };
  const memos = keys.map(() => new Map<string | undefined, Verdict>());
  const verdict = (k: number, v: Cell): Verdict => {
    const memo = memos[k]!;
    const known = memo.get(v);
    if (known) return known;
    const parsed = shape[keys[k]!]!.safeParse(v);
    const out: Verdict = parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, reasons: parsed.error.issues.map(reasonOfIssue) };
    if (memo.size < MEMO_LIMIT) memo.set(v, out);
    return out;
  };
  const cols = keys.map((key) => at.get(key));
  const valid: ValidRow<unknown>[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of table.rows) {
    const input: Record<string, Cell> = {};
    const rec: Record<string, unknown> = {};
    let ok = true;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const i = cols[k];
      const text = i === undefined ? "" : (cells[i] ?? "").trim();
      const v = text === "" ? undefined : text;
      if (i !== undefined) input[key] = v;
      const got = verdict(k, v);
      if (got.ok) {
        if (got.value !== undefined) rec[key] = got.value;
        continue;
      }
      ok = false;
      for (const why of got.reasons) {
        problems.push({
          row,
          column: header(key),
          value: v ?? "",
          reason: why.text,
          code: why.code,
          params: why.params,
        });
      }
    }
    if (ok) {
      const checks = kind.check?.(rec as never) ?? [];
      for (const c of checks) {
        const why = reason(c.code, c.params ?? {});
        problems.push({
          row,
          column: header(c.key),
          value: input[c.key] ?? "",
          reason: why.text,
          code: why.code,
          params: why.params,
        });
      }
      if (checks.length === 0) valid.push({ row, rec, cells: input, header });
    }
  }
  return { valid, problems };
}

export interface PlanInput {
  bytes: Uint8Array;
  /** Who imports (a lead's default owner). */
  user?: string | undefined;
  kind?: string | undefined;
  sheet?: string | undefined;
}

/** Reads, validates and resolves a file: the dry run. Throws FileError for a file-level problem. */
export async function planImport(db: Db, input: PlanInput, lookups?: Lookups): Promise<ImportPlan> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };
  const table = await readTable(input.bytes, { sheet: input.sheet });
  lap("read");
  const kindName = input.kind ?? detectKind(table.headers);
  const kind = KINDS[kindName];
  if (!kind) throw new FileError(`unknown kind "${kindName}" (kinds: ${Object.keys(KINDS).join(", ")})`);
  const looked = lookups ?? (await loadLookups(db));
  lap("lookups");
  const { valid, problems } = validateRows(kind, table, looked);
  lap("validate");
  const planned = await kind.plan(valid as ValidRow<never>[], { db, lookups: looked, user: input.user });
  lap("resolve");
  const all = [...problems, ...planned.problems].sort((a, b) => a.row - b.row);
  const count = (a: string) => planned.outcomes.filter((o) => o.action === a).length;
  return {
    kind,
    timings,
    ops: planned.ops,
    report: {
      kind: kind.kind,
      format: table.format,
      rows: table.rows.length,
      created: count("create"),
      updated: count("update"),
      unchanged: count("unchanged"),
      refused: new Set(all.map((p) => p.row)).size,
      problems: all,
      outcomes: planned.outcomes,
    },
  };
}
