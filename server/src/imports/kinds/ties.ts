import { z } from "zod";
import type { Db } from "../../db/driver.ts";
import * as F from "../fields.ts";
import { problemAt } from "./problem.ts";
import type { Lookups, RegionRef } from "../lookups.ts";
import { loadRefIndex, resolveRef } from "./company-ref.ts";
import type { ColumnSpec, ImportKind, KindPlan, RowOutcome, RowProblem, ValidRow } from "./types.ts";

/** Supply ties (SUPPLIES): the supplier sells to the customer; both must exist. */
const COLUMNS: readonly ColumnSpec[] = [
  {
    key: "supplier",
    zh: "供应商",
    aliases: ["供方"],
    required: true,
    note: "credit code, company id or name",
    example: "91350100M000100Y43",
  },
  {
    key: "supplierRegion",
    zh: "供应商地区",
    aliases: [],
    required: false,
    note: "region code or name, to tell namesakes apart",
    example: "",
  },
  {
    key: "customer",
    zh: "客户",
    aliases: ["需方", "采购方"],
    required: true,
    note: "credit code, company id or name",
    example: "9144030071526726XG",
  },
  {
    key: "customerRegion",
    zh: "客户地区",
    aliases: [],
    required: false,
    note: "region code or name",
    example: "",
  },
];

const schema = (lookups: Lookups) =>
  z.object({
    supplier: F.required(F.text(200)),
    supplierRegion: F.ref((s) => lookups.region(s)),
    customer: F.required(F.text(200)),
    customerRegion: F.ref((s) => lookups.region(s)),
  });
type Rec = z.output<ReturnType<typeof schema>>;
export interface TieOp {
  row: number;
  from: string;
  to: string;
}

async function plan(rows: ValidRow<Rec>[], ctx: { db: Db }): Promise<KindPlan<TieOp>> {
  const refs = rows.flatMap((r) => [
    { text: r.rec.supplier, region: r.rec.supplierRegion as RegionRef | undefined, column: "supplier" },
    { text: r.rec.customer, region: r.rec.customerRegion as RegionRef | undefined, column: "customer" },
  ]);
  const index = await loadRefIndex(ctx.db, refs);
  const problems: RowProblem[] = [];
  const outcomes: RowOutcome[] = [];
  const pending: { r: ValidRow<Rec>; from: string; to: string }[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const a = resolveRef(index, refs[2 * i]!, r);
    const b = resolveRef(index, refs[2 * i + 1]!, r);
    if ("problem" in a) problems.push(a.problem);
    if ("problem" in b) problems.push(b.problem);
    if ("problem" in a || "problem" in b) return;
    if (a.company.id === b.company.id) {
      problems.push(problemAt(r, "customer", "self_supply"));
      return;
    }
    const key = `${a.company.id}>${b.company.id}`;
    if (seen.has(key)) {
      problems.push(problemAt(r, "-", "same_row", { what: "tie", row: seen.get(key)! }));
      return;
    }
    seen.set(key, r.row);
    pending.push({ r, from: a.company.id, to: b.company.id });
  });
  const present = new Set(
    (
      await ctx.db.query<{ key: string }>(
        `UNWIND $pairs AS p MATCH (:Company {id: p[0]})-[:SUPPLIES]->(:Company {id: p[1]}) RETURN p[0] + '>' + p[1] AS key`,
        { pairs: pending.map((p) => [p.from, p.to]) },
      )
    ).map((x) => x.key),
  );
  const ops: TieOp[] = [];
  for (const p of pending) {
    const action = present.has(`${p.from}>${p.to}`) ? "unchanged" : "create";
    outcomes.push({ row: p.r.row, action, target: p.from });
    if (action === "create") ops.push({ row: p.r.row, from: p.from, to: p.to });
  }
  return { outcomes, problems, ops };
}

export const tiesKind: ImportKind<Rec, TieOp> = {
  kind: "ties",
  title: { en: "Supply ties", zh: "供应关系" },
  columns: COLUMNS,
  schema: schema as ImportKind<Rec, TieOp>["schema"],
  check: (r) => (r.supplier.trim() === r.customer.trim() ? [{ key: "customer", code: "self_supply" }] : []),
  plan,
  touches: () => [],
  write: (g, ops, prov) => g.importSupplies(ops, prov),
};
