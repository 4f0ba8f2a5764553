import { z } from "zod";
import type { Db } from "../../db/driver.ts";
import * as F from "../fields.ts";
import type { AllianceRef, Lookups } from "../lookups.ts";
import { resolveCompanyRows } from "./company-ref.ts";
import type { ColumnSpec, ImportKind, KindPlan, RowOutcome, ValidRow } from "./types.ts";

/** Alliance members (MEMBER_OF): an existing company joins an existing alliance. */
const COLUMNS: readonly ColumnSpec[] = [
  {
    key: "company",
    zh: "企业",
    aliases: ["企业名称", "成员企业"],
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
    key: "alliance",
    zh: "联盟",
    aliases: ["联盟名称"],
    required: true,
    note: "alliance id or name",
    example: "ALLIANCE-NE",
  },
  {
    key: "role",
    zh: "角色",
    aliases: ["成员角色"],
    required: false,
    note: "LEAD (牵头单位) or MEMBER (成员单位); default MEMBER",
    example: "MEMBER",
  },
  {
    key: "since",
    zh: "加入日期",
    aliases: ["加入年份", "入盟时间"],
    required: false,
    note: "date or year",
    example: "2023",
  },
];

const ROLES: Record<string, "LEAD" | "MEMBER"> = {
  lead: "LEAD",
  牵头单位: "LEAD",
  理事长单位: "LEAD",
  牵头: "LEAD",
  member: "MEMBER",
  成员: "MEMBER",
  成员单位: "MEMBER",
};

const schema = (lookups: Lookups) =>
  z.object({
    company: F.required(F.text(200)),
    region: F.ref((s) => lookups.region(s)),
    alliance: F.required(F.ref((s) => lookups.alliance(s))),
    role: F.text(20).transform((s, ctx) => {
      if (s === undefined) return undefined;
      const role = ROLES[s.toLowerCase()];
      if (!role) {
        ctx.addIssue(F.issue([], "not_role", { value: s }));
        return z.NEVER;
      }
      return role;
    }),
    since: F.date(),
  });
type Rec = z.output<ReturnType<typeof schema>>;
export interface MemberOp {
  row: number;
  company: string;
  alliance: string;
  role: string | null;
  since: number | null;
}

async function plan(rows: ValidRow<Rec>[], ctx: { db: Db }): Promise<KindPlan<MemberOp>> {
  const { problems, resolved } = await resolveCompanyRows(
    ctx.db,
    rows,
    (r, company) => `${company}|${(r.rec.alliance as AllianceRef).id}`,
    "membership",
  );
  const pending = resolved.map(({ r, company }) => ({
    r,
    company,
    alliance: (r.rec.alliance as AllianceRef).id,
  }));
  const stored = new Map<string, { role: string | null; since: number | null }>();
  for (const m of await ctx.db.query<{ key: string; role: string | null; since: number | null }>(
    `UNWIND $pairs AS p MATCH (:Company {id: p[0]})-[m:MEMBER_OF]->(:Alliance {id: p[1]})
     RETURN p[0] + '|' + p[1] AS key, m.role AS role, m.since AS since`,
    { pairs: pending.map((p) => [p.company, p.alliance]) },
  )) {
    stored.set(m.key, m);
  }
  const outcomes: RowOutcome[] = [];
  const ops: MemberOp[] = [];
  for (const p of pending) {
    const before = stored.get(`${p.company}|${p.alliance}`);
    const role = p.r.rec.role ?? (before ? null : "MEMBER");
    const since = p.r.rec.since?.year ?? null;
    const action = !before
      ? "create"
      : (role === null || role === before.role) && (since === null || since === before.since)
        ? "unchanged"
        : "update";
    outcomes.push({ row: p.r.row, action, target: p.company });
    if (action !== "unchanged")
      ops.push({ row: p.r.row, company: p.company, alliance: p.alliance, role, since });
  }
  return { outcomes, problems, ops };
}

export const membersKind: ImportKind<Rec, MemberOp> = {
  kind: "members",
  title: { en: "Alliance members", zh: "联盟成员" },
  columns: COLUMNS,
  schema: schema as ImportKind<Rec, MemberOp>["schema"],
  plan,
  touches: (op) => [op.company],
  write: (g, ops, prov) => g.importMemberships(ops, prov),
};
