import { createHash } from "node:crypto";
import { z } from "zod";
import {
  CURRENCIES,
  STAGES,
  STAGE_ZH,
  importLeads,
  importedLeadPath,
  type Currency,
  type ImportedLead,
  type Stage,
} from "../../pipeline/index.ts";
import { OFFICES, TEAMS, type Office, type Team } from "../../teams/index.ts";
import * as F from "../fields.ts";
import { problemAt } from "./problem.ts";
import { normalizeName, type Lookups, type SegmentRef } from "../lookups.ts";
import { resolveCompanyRows } from "./company-ref.ts";
import type {
  ColumnSpec,
  ImportKind,
  KindPlan,
  PlanContext,
  RowCheck,
  RowOutcome,
  RowProblem,
  ValidRow,
} from "./types.ts";

/**
 * Leads (招商线索) of the recruiting pipeline: one row a lead for an existing company (credit code,
 * id, or name with region) in a leaf segment, owned by one of the 4+6 teams. Written by the
 * pipeline's own import writer (pipeline/writes.ts importLeads), so events, stage rules, key-project
 * rules and the audit are the API's.
 *
 * Natural key: the file's lead reference (`ref`, 线索编号) when given, else company + segment + team.
 * A row whose key names a lead already in the graph is unchanged when its stage, amount and
 * currency are the stored ones (so a re-run changes nothing); one that differs is refused — a lead's
 * history is moved on its page (moveLead / updateLead), never overwritten by a file.
 * Amounts are in 万 of the currency (10,000 CNY or USD), fixed assets and fund amounts in 万元.
 */
const COLUMNS: readonly ColumnSpec[] = [
  {
    key: "ref",
    zh: "线索编号",
    aliases: ["编号", "项目编号", "lead ref"],
    required: false,
    note: "the ledger's own reference of the lead: the natural key when given (else company + segment + team)",
    example: "NT-2025-001",
  },
  {
    key: "company",
    zh: "企业",
    aliases: ["企业名称", "统一社会信用代码", "company id"],
    required: true,
    note: "credit code, company id or name of an existing company",
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
    aliases: ["环节", "产业链环节"],
    required: true,
    note: "leaf segment id or name (zh/en); the chain follows from it",
    example: "NE-PV-CELL",
  },
  {
    key: "stage",
    zh: "阶段",
    aliases: ["招商阶段", "进度"],
    required: false,
    note: "LEAD … STARTED, LOST or PAUSED (or 挖掘线索 … 开工, 流失, 暂停); default LEAD; PRODUCING is set on the lead page",
    example: "VISIT",
  },
  {
    key: "amount",
    zh: "计划投资",
    aliases: ["计划投资额", "投资额", "计划投资（万元）"],
    required: false,
    note: "planned investment in 万 (10,000) of the currency; empty = unknown",
    example: "50000",
  },
  {
    key: "currency",
    zh: "币种",
    aliases: ["货币"],
    required: false,
    note: "CNY (人民币) or USD (美元); default CNY",
    example: "CNY",
  },
  {
    key: "fixedAssets",
    zh: "固定资产投资",
    aliases: ["固投", "固定资产投资（万元）"],
    required: false,
    note: "in 万元",
    example: "30000",
  },
  {
    key: "jobs",
    zh: "新增就业",
    aliases: ["就业人数"],
    required: false,
    note: "whole number",
    example: "300",
  },
  {
    key: "fundLinked",
    zh: "基金招商",
    aliases: ["是否基金招商"],
    required: false,
    note: "是/否 (default 否)",
    example: "否",
  },
  {
    key: "fundAmount",
    zh: "基金金额",
    aliases: ["基金投资额", "基金金额（万元）"],
    required: false,
    note: "in 万元",
    example: "",
  },
  {
    key: "team",
    zh: "招商团队",
    aliases: ["团队", "责任单位"],
    required: true,
    note: "team id or name (zh/en) of the 4+6 teams",
    example: "T-ZSJ",
  },
  {
    key: "owner",
    zh: "负责人",
    aliases: ["责任人"],
    required: false,
    note: "who follows the lead (default: the user importing)",
    example: "",
  },
  {
    key: "office",
    zh: "驻点",
    aliases: ["招商驻点", "办事处"],
    required: false,
    note: "office id or name",
    example: "",
  },
  {
    key: "createdOn",
    zh: "登记日期",
    aliases: ["创建日期", "发现日期"],
    required: false,
    note: "date the lead was found (default today)",
    example: "2025-03-01",
  },
  {
    key: "stageOn",
    zh: "阶段日期",
    aliases: ["进入阶段日期"],
    required: false,
    note: "date the lead reached its stage (default the 登记日期)",
    example: "2025-04-15",
  },
  {
    key: "note",
    zh: "备注",
    aliases: ["说明"],
    required: false,
    note: "up to 2,000 characters",
    example: "",
  },
];

const STAGE_BY_KEY = new Map<string, Stage>(
  STAGES.flatMap((s) => [
    [s.toLowerCase(), s],
    [normalizeName(STAGE_ZH[s]), s],
  ]),
);
const CURRENCY_BY_KEY: Record<string, Currency> = {
  cny: "CNY",
  rmb: "CNY",
  人民币: "CNY",
  元: "CNY",
  usd: "USD",
  美元: "USD",
  us$: "USD",
};

function byName<T extends { id: string; name: string; nameZh: string }>(list: readonly T[]) {
  const map = new Map<string, T>();
  for (const x of list) for (const k of [x.id, x.name, x.nameZh]) map.set(normalizeName(k), x);
  return map;
}
const TEAM_BY_KEY = byName<Team>(TEAMS);
const OFFICE_BY_KEY = byName<Office>(OFFICES);

const schema = (lookups: Lookups) =>
  z.object({
    ref: F.text(60),
    company: F.required(F.text(200)),
    region: F.ref((s) => lookups.region(s)),
    segment: F.required(F.ref((s) => lookups.segment(s))),
    stage: F.oneOf("stage", (s) => STAGE_BY_KEY.get(normalizeName(s)), [
      ...STAGES.map((s) => `${s}/${STAGE_ZH[s]}`),
    ]),
    amount: F.number({ min: 0, max: 1e8, unit: "万" }),
    currency: F.oneOf("currency", (s) => CURRENCY_BY_KEY[normalizeName(s)], [...CURRENCIES]),
    fixedAssets: F.number({ min: 0, max: 1e8, unit: "万元" }),
    jobs: F.number({ min: 0, max: 1_000_000, integer: true }),
    fundLinked: F.boolean(),
    fundAmount: F.number({ min: 0, max: 1e8, unit: "万元" }),
    team: F.required(
      F.oneOf(
        "team",
        (s) => TEAM_BY_KEY.get(normalizeName(s)),
        TEAMS.map((t) => t.id),
      ),
    ),
    owner: F.text(100),
    office: F.oneOf("office", (s) => OFFICE_BY_KEY.get(normalizeName(s)), []),
    createdOn: F.date(),
    stageOn: F.date(),
    note: F.text(2000),
  });
type Rec = z.output<ReturnType<typeof schema>>;

function check(r: Rec): RowCheck[] {
  const out: RowCheck[] = [];
  // The pipeline decides which stages an import may reach (its transition table).
  if (r.stage && "problem" in importedLeadPath(r.stage)) out.push({ key: "stage", code: "stage_producing" });
  const created = r.createdOn?.iso;
  if (r.stageOn && created && r.stageOn.iso < created)
    out.push({ key: "stageOn", code: "date_before", params: { date: r.stageOn.iso, before: created } });
  if (r.fundAmount !== undefined && r.fundLinked === false)
    out.push({ key: "fundAmount", code: "fund_not_linked" });
  return out;
}

export interface LeadOp extends ImportedLead {
  row: number;
}

const today = () => new Date().toISOString().slice(0, 10);
const leadIdOf = (key: string) => `ld-imp-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;

interface StoredLead {
  id: string;
  ref: string | null;
  key: string;
  stage: string;
  amount: number | null;
  currency: string;
}

// Existing leads by the natural key: the file's reference, or company + segment + team.
const EXISTING = `
CALL () {
  MATCH (l:Lead) WHERE l.ref IN $refs RETURN l, 'ref|' + l.ref AS key
  UNION
  UNWIND $triples AS t
  MATCH (l:Lead {segmentId: t[1]}) WHERE l.companyId = t[0] AND l.teamId = t[2]
  RETURN l, 'cst|' + t[0] + '|' + t[1] + '|' + t[2] AS key
}
RETURN l.id AS id, l.ref AS ref, key, l.stage AS stage, l.amount AS amount, l.currency AS currency`;

async function plan(rows: ValidRow<Rec>[], ctx: PlanContext): Promise<KindPlan<LeadOp>> {
  const keyOf = (r: ValidRow<Rec>, company: string) =>
    r.rec.ref
      ? `ref|${r.rec.ref}`
      : `cst|${company}|${(r.rec.segment as SegmentRef).id}|${(r.rec.team as Team).id}`;
  const { problems, resolved } = await resolveCompanyRows(ctx.db, rows, keyOf, "lead");
  const stored = new Map<string, StoredLead>();
  const refs = resolved.flatMap(({ r }) => (r.rec.ref ? [r.rec.ref] : []));
  const triples = resolved
    .filter(({ r }) => !r.rec.ref)
    .map(({ r, company }) => [company, (r.rec.segment as SegmentRef).id, (r.rec.team as Team).id]);
  if (resolved.length > 0) {
    for (const l of await ctx.db.query<StoredLead>(EXISTING, { refs, triples })) stored.set(l.key, l);
  }
  const outcomes: RowOutcome[] = [];
  const ops: LeadOp[] = [];
  const refused: RowProblem[] = [];
  for (const { r, company } of resolved) {
    const rec = r.rec;
    const segment = rec.segment as SegmentRef;
    const team = rec.team as Team;
    const key = keyOf(r, company);
    const stage: Stage = (rec.stage as Stage | undefined) ?? "LEAD";
    const currency: Currency = (rec.currency as Currency | undefined) ?? "CNY";
    const amount = rec.amount === undefined ? null : rec.amount * 10_000;
    const before = stored.get(key);
    if (before) {
      if (before.stage === stage && before.amount === amount && before.currency === currency) {
        outcomes.push({ row: r.row, action: "unchanged", target: before.id });
      } else {
        refused.push(
          problemAt(r, rec.ref ? "ref" : "company", "lead_exists", {
            id: before.id,
            stage: before.stage,
          }),
        );
      }
      continue;
    }
    const createdOn = rec.createdOn?.iso ?? today();
    const office = rec.office as Office | undefined;
    const op: LeadOp = {
      row: r.row,
      id: leadIdOf(key),
      ref: rec.ref ?? null,
      companyId: company,
      segmentId: segment.id,
      chainId: segment.chainId ?? "",
      teamId: team.id,
      officeId: office?.id ?? null,
      amount,
      currency,
      fixedAssetsRmb: rec.fixedAssets === undefined ? null : rec.fixedAssets * 10_000,
      jobs: rec.jobs ?? null,
      fundLinked: rec.fundLinked ?? rec.fundAmount !== undefined,
      fundAmountRmb: rec.fundAmount === undefined ? null : rec.fundAmount * 10_000,
      owner: rec.owner ?? ctx.user ?? "import",
      createdOn,
      stage,
      stageOn: rec.stageOn?.iso ?? createdOn,
      note: rec.note ?? null,
    };
    if (op.stageOn < createdOn) {
      refused.push(problemAt(r, "stageOn", "date_before", { date: op.stageOn, before: createdOn }));
      continue;
    }
    ops.push(op);
    outcomes.push({ row: r.row, action: "create", target: company });
  }
  return { outcomes, problems: [...problems, ...refused], ops };
}

export const leadsKind: ImportKind<Rec, LeadOp> = {
  kind: "leads",
  title: { en: "Leads", zh: "招商线索" },
  columns: COLUMNS,
  schema: schema as ImportKind<Rec, LeadOp>["schema"],
  check,
  plan,
  touches: () => [],
  write: async (_g, ops, prov, wctx) => {
    if (!wctx.pipeline) throw new Error("internal: the leads import needs the pipeline configuration");
    await importLeads(wctx.tx, ops, wctx.pipeline, prov);
  },
};
