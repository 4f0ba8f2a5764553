import { createHash } from "node:crypto";
import { z } from "zod";
import { int } from "../../db/driver.ts";
import {
  IMPORT_COMPANY_PROPS,
  IMPORT_INTEGER_PROPS,
  type GraphWrites,
  type ImportCompanyProp,
  type ImportProvenance,
} from "../../graph-writes/index.ts";
import * as F from "../fields.ts";
import { problemAt } from "./problem.ts";
import { normalizeName, type Lookups, type RegionRef, type SegmentRef } from "../lookups.ts";
import { CompanyIndex, nameKey } from "../resolve.ts";
import type {
  ColumnSpec,
  ImportKind,
  KindPlan,
  PlanContext,
  RowOutcome,
  RowProblem,
  ValidRow,
} from "./types.ts";

/**
 * Companies: one row a company. A company's graph id is its credit code when it has one, else a
 * stable id made from its normalised name and region (so a re-run finds it again). Empty cells keep
 * what the graph holds (unknown stays unknown; an import never blanks a known figure). Revenue and
 * registered capital are in 万元 (10,000 CNY) in the file and million CNY in the graph.
 */
export const COMPANY_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "creditCode",
    zh: "统一社会信用代码",
    aliases: ["信用代码", "credit code"],
    required: false,
    note: "18 characters, GB 32100 check character",
    example: "91350100M000100Y43",
  },
  {
    key: "nameZh",
    zh: "企业名称",
    aliases: ["中文名称", "公司名称", "名称"],
    required: true,
    note: "Chinese name",
    example: "南通示例新能源有限公司",
  },
  {
    key: "name",
    zh: "英文名称",
    aliases: ["english name"],
    required: false,
    note: "English name (default: the Chinese name)",
    example: "Nantong Example New Energy Co., Ltd.",
  },
  {
    key: "region",
    zh: "所在地区",
    aliases: ["地区", "行政区划", "区域"],
    required: true,
    note: "region code or name (province, city, district; 江苏省/南通市 paths too)",
    example: "320671",
  },
  {
    key: "segments",
    zh: "产业环节",
    aliases: ["环节", "所属环节"],
    required: false,
    note: "segment ids or names (zh/en) separated by ; — the first is the primary one; required for a new company",
    example: "NE-PV-CELL",
  },
  {
    key: "revenue",
    zh: "营业收入",
    aliases: ["营收", "营业收入（万元）", "revenue (10k cny)"],
    required: false,
    note: "annual revenue in 万元 (10,000 CNY); empty = unknown",
    example: "125000",
  },
  {
    key: "currency",
    zh: "币种",
    aliases: ["货币"],
    required: false,
    note: "CNY (人民币) only; empty = CNY",
    example: "CNY",
  },
  {
    key: "registeredCapital",
    zh: "注册资本",
    aliases: ["注册资本（万元）"],
    required: false,
    note: "in 万元",
    example: "5000",
  },
  {
    key: "employees",
    zh: "员工人数",
    aliases: ["从业人数", "职工人数"],
    required: false,
    note: "whole number",
    example: "850",
  },
  {
    key: "founded",
    zh: "成立日期",
    aliases: ["成立时间", "成立年份"],
    required: false,
    note: "date (2015-03-08, 2015年3月8日) or year",
    example: "2015-03-08",
  },
  { key: "listed", zh: "是否上市", aliases: ["上市"], required: false, note: "是/否", example: "否" },
  {
    key: "stockCode",
    zh: "股票代码",
    aliases: ["证券代码"],
    required: false,
    note: "e.g. 601222.SH",
    example: "",
  },
  {
    key: "growth",
    zh: "营收增长率",
    aliases: ["增长率"],
    required: false,
    note: "year-on-year revenue growth in % (−100 to 1000)",
    example: "12.5",
  },
  {
    key: "rdIntensity",
    zh: "研发强度",
    aliases: ["研发投入强度"],
    required: false,
    note: "R&D spend / revenue in % (0 to 100)",
    example: "4.2",
  },
];

const STOCK = /^[0-9A-Z]{1,6}\.(SH|SZ|BJ|HK|US|NQ|N|O|T|KS|DE|F|L|PA|SW|SI)$/;

function schema(lookups: Lookups) {
  return z.object({
    creditCode: F.creditCode(),
    nameZh: F.required(F.text(120)),
    name: F.text(200),
    region: F.required(F.ref((s) => lookups.region(s))),
    segments: F.refList((s) => lookups.segment(s)),
    revenue: F.number({ min: 0, max: 1e9, unit: "万元" }),
    currency: F.currency(),
    registeredCapital: F.number({ min: 0, max: 1e9, unit: "万元" }),
    employees: F.number({ min: 0, max: 5_000_000, integer: true }),
    founded: F.date(),
    listed: F.boolean(),
    stockCode: F.text(20).superRefine((s, ctx) => {
      if (s !== undefined && !STOCK.test(s.toUpperCase())) ctx.addIssue(F.issue([], "not_stock_code"));
    }),
    growth: F.percent(-100, 1000),
    rdIntensity: F.percent(0, 100),
  });
}
export type CompanyRecord = z.output<ReturnType<typeof schema>>;

export interface CompanyOp {
  row: number;
  action: "create" | "update";
  id: string;
  set: Partial<Record<ImportCompanyProp, string | number | boolean>>;
  /** Segment ids (first primary), or null to keep the company's segments. */
  segments: string[] | null;
  changed: string[];
}

/** A stable id for a company without a credit code: the same name and region give the same id. */
export const importedCompanyId = (nameZh: string, region: string) =>
  `imp-${createHash("sha256").update(nameKey(nameZh, region)).digest("hex").slice(0, 16)}`;

interface Stored {
  id: string;
  props: Record<string, unknown>;
  region: string | null;
  segments: { id: string; primary: boolean }[];
}

const STORED = `
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN c.id AS id, properties(c) AS props,
       [(c)-[:LOCATED_IN]->(r:Region) | r.code][0] AS region,
       [(c)-[o:OPERATES_IN]->(s:Segment) | {id: s.id, primary: coalesce(o.primary, false)}] AS segments`;

function propsOf(rec: CompanyRecord, region: RegionRef): CompanyOp["set"] {
  const set: CompanyOp["set"] = {
    nameZh: rec.nameZh,
    regionCode: region.code,
  };
  if (rec.name !== undefined) set.name = rec.name;
  if (rec.creditCode !== undefined) set.creditCode = rec.creditCode;
  if (rec.revenue !== undefined) set.revenue = rec.revenue / 100; // 万元 → million CNY
  if (rec.registeredCapital !== undefined) set.registeredCapital = rec.registeredCapital / 100;
  if (rec.employees !== undefined) set.employees = rec.employees;
  if (rec.founded !== undefined) set.founded = rec.founded.year;
  if (rec.listed !== undefined) set.listed = rec.listed;
  if (rec.stockCode !== undefined) {
    set.stockCode = rec.stockCode.toUpperCase();
    set.listed = true;
  }
  if (rec.growth !== undefined) set.growth = rec.growth;
  if (rec.rdIntensity !== undefined) set.rdIntensity = rec.rdIntensity;
  return set;
}

const sameSegments = (a: { id: string; primary: boolean }[], b: string[]) =>
  a.length === b.length && b.every((id, j) => a.some((s) => s.id === id && s.primary === (j === 0)));

async function plan(rows: ValidRow<CompanyRecord>[], ctx: PlanContext) {
  const problems: RowProblem[] = [];
  const outcomes: RowOutcome[] = [];
  const ops: CompanyOp[] = [];
  const index = await CompanyIndex.load(ctx.db, {
    codes: rows.flatMap((r) => (r.rec.creditCode ? [r.rec.creditCode] : [])),
    regions: rows.map((r) => (r.rec.region as RegionRef).code),
    namesWithoutRegion: [],
  });
  // Resolve each row; a second row for the same company is refused (which one should win?).
  const seen = new Map<string, number>();
  const resolved: { r: ValidRow<CompanyRecord>; id: string; existing: boolean }[] = [];
  for (const r of rows) {
    const region = r.rec.region as RegionRef;
    const res = index.resolve({ code: r.rec.creditCode, name: r.rec.nameZh, region: region.code });
    if (res.kind === "ambiguous") {
      problems.push(
        problemAt(r, "nameZh", "name_ambiguous_region", {
          count: res.ids.length,
          region: region.code,
          ids: res.ids.join(", "),
        }),
      );
      continue;
    }
    const id =
      res.kind === "found"
        ? res.company.id
        : (r.rec.creditCode ?? importedCompanyId(r.rec.nameZh, region.code));
    const first = seen.get(id) ?? seen.get(nameKey(r.rec.nameZh, region.code));
    if (first !== undefined) {
      problems.push({
        ...problemAt(r, "-", "same_row", { what: "company", row: first }),
        value: r.cells.nameZh ?? "",
      });
      continue;
    }
    seen.set(id, r.row);
    seen.set(nameKey(r.rec.nameZh, region.code), r.row);
    if (res.kind !== "found" && !r.rec.segments) {
      problems.push({ ...problemAt(r, "segments", "segments_for_new"), value: "" });
      continue;
    }
    resolved.push({ r, id, existing: res.kind === "found" });
  }
  const stored = new Map<string, Stored>();
  const existingIds = resolved.filter((x) => x.existing).map((x) => x.id);
  for (let i = 0; i < existingIds.length; i += 20_000) {
    for (const s of await ctx.db.query<Stored>(STORED, { ids: existingIds.slice(i, i + 20_000) }))
      stored.set(s.id, s);
  }
  for (const { r, id, existing } of resolved) {
    const region = r.rec.region as RegionRef;
    const segments = (r.rec.segments as SegmentRef[] | undefined)?.map((s) => s.id) ?? null;
    const set = propsOf(r.rec, region);
    const before = existing ? stored.get(id) : undefined;
    if (!before) {
      if (set.name === undefined) set.name = r.rec.nameZh;
      if (region.lat !== null && region.lon !== null) {
        set.lat = region.lat;
        set.lon = region.lon;
      }
      ops.push({ row: r.row, action: "create", id, set, segments, changed: Object.keys(set) });
      outcomes.push({ row: r.row, action: "create", target: id });
      continue;
    }
    const changed = (Object.keys(set) as ImportCompanyProp[]).filter((k) => before.props[k] !== set[k]);
    if (before.region !== region.code && !changed.includes("regionCode")) changed.push("regionCode");
    const segmentsChanged = segments !== null && !sameSegments(before.segments, segments);
    if (changed.length === 0 && !segmentsChanged) {
      outcomes.push({ row: r.row, action: "unchanged", target: id });
      continue;
    }
    ops.push({
      row: r.row,
      action: "update",
      id,
      set,
      segments: segmentsChanged ? segments : null,
      changed: [...changed, ...(segmentsChanged ? ["segments"] : [])],
    });
    outcomes.push({ row: r.row, action: "update", target: id });
  }
  return { outcomes, problems, ops } satisfies KindPlan<CompanyOp>;
}

/** The columns IMPORT_COMPANIES reads. */
export function companyOpColumns(ops: readonly CompanyOp[]): Record<string, unknown[]> {
  const cols: Record<string, unknown[]> = { id: [], row: [], importedFields: [], segment: [], primary: [] };
  for (const k of IMPORT_COMPANY_PROPS) cols[k] = [];
  for (const op of ops) {
    cols.id!.push(op.id);
    cols.row!.push(int(op.row));
    cols.importedFields!.push(op.changed);
    cols.segment!.push(op.segments);
    cols.primary!.push(op.segments?.map((_, j) => j === 0) ?? null);
    for (const k of IMPORT_COMPANY_PROPS) {
      const v = op.set[k];
      cols[k]!.push(v === undefined ? null : IMPORT_INTEGER_PROPS.has(k) ? int(v as number) : v);
    }
  }
  return cols;
}

/** A created company as importNewCompanies takes it (integers as driver integers). */
function newCompanyRow(op: CompanyOp) {
  const props: Record<string, unknown> = {};
  for (const k of IMPORT_COMPANY_PROPS) {
    const v = op.set[k];
    if (v !== undefined) props[k] = IMPORT_INTEGER_PROPS.has(k) ? int(v as number) : v;
  }
  return {
    id: op.id,
    region: op.set.regionCode as string,
    props,
    segments: (op.segments ?? []).map((id, j) => [id, j === 0] as const),
    row: op.row,
  };
}

export const companiesKind: ImportKind<CompanyRecord, CompanyOp> = {
  kind: "companies",
  title: { en: "Companies", zh: "企业" },
  columns: COMPANY_COLUMNS,
  schema: schema as ImportKind<CompanyRecord, CompanyOp>["schema"],
  check: (r) => (r.stockCode && r.listed === false ? [{ key: "listed", code: "stock_but_unlisted" }] : []),
  plan,
  touches: (op) => (op.action === "update" ? [op.id] : []),
  write: async (g: GraphWrites, ops, prov: ImportProvenance) => {
    // New companies by the lean CREATE statement, changed ones by the update statement.
    await g.importNewCompanies(ops.filter((op) => op.action === "create").map(newCompanyRow), prov);
    await g.importCompanies(companyOpColumns(ops.filter((op) => op.action === "update")), prov);
  },
};

export { normalizeName };
