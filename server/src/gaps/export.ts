/**
 * The gap report as a spreadsheet: `GET /export/gaps.xlsx?chainId=NE[&regionCode=…][&lang=zh|en]`.
 * One row per gap, act-now first (the priority rule, priority.ts), then next and long term, by
 * score within a tier; a frozen header row, an autofilter over every column and set widths. The
 * report is a few hundred rows at most, so the workbook is built whole and sent in one piece.
 * Bad parameters answer 400 with a JSON body naming the parameter; an unknown chain or region 404.
 */
import type http from "node:http";
import ExcelJS from "exceljs";
import type { GraphQLError } from "graphql";
import type { Viewer } from "../auth/index.ts";
import { createContext, type AppDeps } from "../context.ts";
import { explainGap } from "./explain.ts";
import type { PriorityReason, PriorityTier } from "./priority.ts";
import { computeGapReport } from "./service.ts";

type Lang = "zh" | "en";

const COLUMNS = [
  "tier",
  "rank",
  "segmentId",
  "name",
  "type",
  "reasons",
  "score",
  "localCount",
  "totalCount",
  "breakPoint",
  "density",
  "explanation",
] as const;
type Column = (typeof COLUMNS)[number];

const WIDTHS: Record<Column, number> = {
  tier: 12,
  rank: 8,
  segmentId: 12,
  name: 30,
  type: 10,
  reasons: 26,
  score: 10,
  localCount: 12,
  totalCount: 12,
  breakPoint: 10,
  density: 12,
  explanation: 90,
};

const LABELS: Record<
  Lang,
  {
    sheet: string;
    headers: Record<Column, string>;
    tiers: Record<PriorityTier, string>;
    reasons: Record<PriorityReason, string>;
    types: Record<string, string>;
    yes: string;
    no: string;
  }
> = {
  zh: {
    sheet: "缺链报告",
    headers: {
      tier: "优先级",
      rank: "分数排名",
      segmentId: "环节ID",
      name: "环节",
      type: "缺链类型",
      reasons: "优先理由",
      score: "分数",
      localCount: "本地企业",
      totalCount: "全部企业",
      breakPoint: "断点",
      density: "关联密度",
      explanation: "说明",
    },
    tiers: { ACT_NOW: "立即行动", NEXT: "近期", LONG_TERM: "长期" },
    reasons: { TOP_SCORE: "得分前列", BREAK_POINT: "断点", HIGH_DENSITY: "关联密度高" },
    types: { FILL: "补链", CONSOLIDATE: "固链", STRENGTHEN: "强链", EXTEND: "延链" },
    yes: "是",
    no: "否",
  },
  en: {
    sheet: "Gap report",
    headers: {
      tier: "Priority",
      rank: "Score rank",
      segmentId: "Segment ID",
      name: "Segment",
      type: "Gap type",
      reasons: "Why first",
      score: "Score",
      localCount: "Local companies",
      totalCount: "All companies",
      breakPoint: "Break point",
      density: "Relatedness density",
      explanation: "Explanation",
    },
    tiers: { ACT_NOW: "Act now", NEXT: "Next", LONG_TERM: "Long term" },
    reasons: { TOP_SCORE: "top score", BREAK_POINT: "break point", HIGH_DENSITY: "high relatedness" },
    types: { FILL: "Fill", CONSOLIDATE: "Consolidate", STRENGTHEN: "Strengthen", EXTEND: "Extend" },
    yes: "yes",
    no: "no",
  },
};

const TIER_ORDER: PriorityTier[] = ["ACT_NOW", "NEXT", "LONG_TERM"];

function sendError(res: http.ServerResponse, status: number, code: string, message: string, field?: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
}

/** Serves /export/gaps.xlsx; false for any other path. */
export async function handleGapExport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: AppDeps,
  viewer: Viewer | null = null,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== "/export/gaps.xlsx") return false;
  if (req.method !== "GET") {
    res.writeHead(405, { allow: "GET" }).end();
    return true;
  }
  const q = url.searchParams;
  const chainId = q.get("chainId") ?? "";
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(chainId)) {
    sendError(res, 400, "BAD_USER_INPUT", "chainId: a chain id such as NE is required", "chainId");
    return true;
  }
  const regionCode = q.get("regionCode");
  if (regionCode !== null && !/^[A-Za-z0-9_-]{1,32}$/.test(regionCode)) {
    sendError(res, 400, "BAD_USER_INPUT", "regionCode: letters, digits, - and _ only", "regionCode");
    return true;
  }
  const rawLang = q.get("lang") ?? "zh";
  if (rawLang !== "zh" && rawLang !== "en") {
    sendError(res, 400, "BAD_USER_INPUT", "lang: zh or en", "lang");
    return true;
  }
  const lang: Lang = rawLang;

  let report;
  try {
    report = await computeGapReport(createContext(deps, viewer), chainId, regionCode);
  } catch (error) {
    if (error instanceof Error && error.name === "GraphQLError") {
      const { code, field } = (error as GraphQLError).extensions as { code?: string; field?: string };
      if (code === "BAD_USER_INPUT" || code === "NOT_FOUND") {
        sendError(res, code === "NOT_FOUND" ? 404 : 400, code, error.message, field);
        return true;
      }
    }
    throw error;
  }

  const m = LABELS[lang];
  const rank = new Map(report.gaps.map((g, i) => [g.segmentId, i + 1]));
  const rows = [...report.prioritised].sort(
    (a, b) =>
      TIER_ORDER.indexOf(a.priority.tier) - TIER_ORDER.indexOf(b.priority.tier) ||
      rank.get(a.segmentId)! - rank.get(b.segmentId)!,
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(m.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((key) => ({ key, header: m.headers[key], width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  for (const g of rows) {
    sheet.addRow({
      tier: m.tiers[g.priority.tier],
      rank: rank.get(g.segmentId),
      segmentId: g.segmentId,
      name: lang === "zh" ? g.nameZh || g.name : g.name || g.nameZh,
      type: m.types[g.type] ?? g.type,
      reasons: g.priority.reasons.map((r) => m.reasons[r]).join(lang === "zh" ? "、" : ", "),
      score: Math.round(g.score * 1000) / 1000,
      localCount: g.localCount,
      totalCount: g.totalCount,
      breakPoint: g.breakPoint ? m.yes : m.no,
      density: Math.round(g.density * 1000) / 1000,
      explanation: explainGap(g, lang === "zh" ? "ZH" : "EN"),
    } satisfies Record<Column, unknown>);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  sheet.getColumn("explanation").alignment = { wrapText: true, vertical: "top" };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const name = `gaps-${chainId}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  res.writeHead(200, {
    "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "content-disposition": `attachment; filename="${name}"`,
    "content-length": buffer.length,
  });
  res.end(buffer);
  return true;
}
