import type { ManagedTransaction } from "neo4j-driver";
import type { z } from "zod";
import type { PipelineConfig } from "../../config.ts";
import type { Db } from "../../db/driver.ts";
import type { GraphWrites, ImportProvenance } from "../../graph-writes/index.ts";
import type { Cell } from "../fields.ts";
import type { Lookups } from "../lookups.ts";
import type { ReasonCode, ReasonParams } from "../reasons.ts";

/**
 * An import kind is one module (kinds/<kind>.ts) registered in kinds/index.ts: its columns (English
 * and Chinese headers, for the template and the header match), a row schema (zod, built over the
 * lookups), a planner that resolves valid rows against the graph and decides create / update /
 * unchanged, and a writer that applies planned operations through the one write path. A new kind
 * (e.g. `leads`, owned by the pipeline capability) adds a module and one registry line.
 */
export interface ColumnSpec {
  /** Key in the row object and the English header of the template. */
  key: string;
  /** Chinese header of the template (accepted as well as the key and `aliases`). */
  zh: string;
  aliases?: readonly string[];
  required: boolean;
  /** What to put in the cell (unit, format), for the template notes and the docs. */
  note: string;
  /** An example value for the template's second row. */
  example: string;
}

export interface RowProblem {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** The column as the file names it ("-" for a problem of the whole row). */
  column: string;
  value: string;
  /** Why, in English (the CLI's `row N, column C: reason`). */
  reason: string;
  /** The reason's code and parameters (reasons.ts), for the page's zh/en catalogue. */
  code: ReasonCode;
  params: ReasonParams;
}

/** A problem a kind's cross-column check finds: the column key, the reason's code and parameters. */
export interface RowCheck {
  key: string;
  code: ReasonCode;
  params?: ReasonParams;
}

export type RowAction = "create" | "update" | "unchanged";

export interface RowOutcome {
  row: number;
  action: RowAction;
  /** The company (or the company of the link) the row is about. */
  target: string;
}

/** A valid row: its number, its typed record and the raw cells by key (for reports). */
export interface ValidRow<Rec> {
  row: number;
  rec: Rec;
  cells: Record<string, Cell>;
  /** Header of each key as the file names it. */
  header: (key: string) => string;
}

export interface KindPlan<Op> {
  outcomes: RowOutcome[];
  problems: RowProblem[];
  /** The writes, one per created or updated row, in file order. */
  ops: Op[];
}

export interface PlanContext {
  db: Db;
  lookups: Lookups;
  /** Who imports (a lead's default owner). */
  user?: string | undefined;
}

/** What a kind's writer gets beside the write path: the batch's transaction and the configuration. */
export interface WriteContext {
  /** For the kind's own records that analyses do not read (leads), in the batch's transaction. */
  tx: ManagedTransaction;
  pipeline?: PipelineConfig | undefined;
}

export interface ImportKind<Rec = unknown, Op extends { row: number } = { row: number }> {
  kind: string;
  title: { en: string; zh: string };
  columns: readonly ColumnSpec[];
  /** The row's cells, one zod schema a column (validated column by column, each value once). */
  schema(
    lookups: Lookups,
  ): z.ZodObject<Record<string, z.ZodType<unknown, Cell>>> & z.ZodType<Rec, Record<string, Cell>>;
  /** Rules across columns, on a row whose cells are all valid: the problems, by column key. */
  check?(rec: Rec): RowCheck[];
  plan(rows: ValidRow<Rec>[], ctx: PlanContext): Promise<KindPlan<Op>>;
  /** Existing companies an operation changes: their prior state is kept for undo. */
  touches(op: Op): string[];
  write(g: GraphWrites, ops: readonly Op[], prov: ImportProvenance, ctx: WriteContext): Promise<void>;
}
