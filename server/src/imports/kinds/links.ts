import { z } from "zod";
import type { Db } from "../../db/driver.ts";
import * as F from "../fields.ts";
import type { Lookups, SegmentRef } from "../lookups.ts";
import { resolveCompanyRows } from "./company-ref.ts";
import type { ColumnSpec, ImportKind, KindPlan, RowOutcome, ValidRow } from "./types.ts";

/** Company–segment links (OPERATES_IN): adds a segment to an existing company, or re-flags it. */
const COLUMNS: readonly ColumnSpec[] = [
  {
    key: "company",
    zh: "企业",
    aliases: ["企业名称", "统一社会信用代码", "company id"],
    required: true,
    note: "credit code, company id or name",
    example: "91350100M000100Y43",
  },
  {
    key: "region",
    zh: "所在地区",
    aliases: ["地区"],
    required: false,
    note: "region code or name, to tell namesakes apart",
    example: "",
  },
  {
    key: "segment",
    zh: "产业环节",
    aliases: ["环节"],
    required: true,
    note: "segment id or name (zh/en)",
    example: "NE-PV-CELL",
  },
  {
    key: "primary",
    zh: "是否主营",
    aliases: ["主营"],
    required: false,
    note: "是/否 (default 否)",
    example: "否",
  },
];

const schema = (lookups: Lookups) =>
  z.object({
    company: F.required(F.text(200)),
    region: F.ref((s) => lookups.region(s)),
    segment: F.required(F.ref((s) => lookups.segment(s))),
    primary: F.boolean(),
  });
type Rec = z.output<ReturnType<typeof schema>>;
export interface LinkOp {
  row: number;
  company: string;
  segment: string;
  primary: boolean;
}

async function plan(rows: ValidRow<Rec>[], ctx: { db: Db }): Promise<KindPlan<LinkOp>> {
  const { problems, resolved } = await resolveCompanyRows(
    ctx.db,
    rows,
    (r, company) => `${company}|${(r.rec.segment as SegmentRef).id}`,
    "link",
  );
  const outcomes: RowOutcome[] = [];
  const ops: LinkOp[] = [];
  const targets = resolved.map(({ r, company }) => ({
    r,
    company,
    segment: (r.rec.segment as SegmentRef).id,
  }));
  const existing = new Map<string, boolean>();
  for (const e of await ctx.db.query<{ key: string; primary: boolean }>(
    `UNWIND $pairs AS p MATCH (:Company {id: p[0]})-[o:OPERATES_IN]->(:Segment {id: p[1]})
     RETURN p[0] + '|' + p[1] AS key, coalesce(o.primary, false) AS primary`,
    { pairs: targets.map((t) => [t.company, t.segment]) },
  )) {
    existing.set(e.key, e.primary);
  }
  for (const t of targets) {
    const primary = t.r.rec.primary ?? false;
    const before = existing.get(`${t.company}|${t.segment}`);
    const action = before === undefined ? "create" : before === primary ? "unchanged" : "update";
    outcomes.push({ row: t.r.row, action, target: t.company });
    if (action !== "unchanged") ops.push({ row: t.r.row, company: t.company, segment: t.segment, primary });
  }
  return { outcomes, problems, ops };
}

export const linksKind: ImportKind<Rec, LinkOp> = {
  kind: "links",
  title: { en: "Company–segment links", zh: "企业环节" },
  columns: COLUMNS,
  schema: schema as ImportKind<Rec, LinkOp>["schema"],
  plan,
  touches: (op) => [op.company],
  write: (g, ops, prov) => g.importLinks(ops, prov),
};
