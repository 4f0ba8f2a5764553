/**
 * The monthly bulletin (月度通报) as XLSX: GET /export/bulletin.xlsx?period=MONTH&at=YYYY-MM-DD&lang=zh|en.
 * Sheet 1 the leaderboard (every team, its rank and results), sheet 2 the zone's totals beside the
 * annual targets, sheet 3 the alerts of the period (alerts/: each event once, with its watchers). Amounts in 万元 (zh) or million RMB (en), as the printed bulletin shows them.
 */
import type http from "node:http";
import ExcelJS from "exceljs";
import { alertKindLabel, alertsOfPeriod, alertText } from "../alerts/index.ts";
import type { Viewer } from "../auth/index.ts";
import { createContext, type AppDeps } from "../context.ts";
import { TEAMS } from "../teams/index.ts";
import { leaderboard, zoneStanding } from "./queries.ts";
import { PERIODS, isIsoDate, type Period } from "./rules.ts";

function sendError(res: http.ServerResponse, message: string, field: string) {
  res.writeHead(400, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: { code: "BAD_USER_INPUT", message, field } }));
}

const LABELS = {
  zh: {
    sheet: "赛马排名",
    zone: "全区合计",
    unit: 10_000,
    cols: [
      "名次",
      "团队",
      "签约项目",
      "签约金额（万元）",
      "重点项目",
      "重点项目金额（万元）",
      "注册",
      "开工（亿元以上工业）",
      "开工金额（万元）",
      "投产",
      "签约转化率",
      "签约至投产平均天数",
    ],
    zoneRows: [
      "重点项目签约（个）",
      "重点项目签约金额（万元）",
      "亿元以上工业项目开工（个）",
      "开工金额（万元）",
    ],
    zoneCols: ["指标", "本期", "年度目标"],
    alerts: "本期提醒",
    alertCols: ["日期", "类型", "产业链", "内容", "关注人数"],
    noAlerts: "本期无提醒",
  },
  en: {
    sheet: "Leaderboard",
    zone: "Zone totals",
    unit: 1_000_000,
    cols: [
      "Rank",
      "Team",
      "Signed",
      "Signed (million RMB)",
      "Key projects",
      "Key projects (million RMB)",
      "Registered",
      "Started (industrial)",
      "Started (million RMB)",
      "Producing",
      "Conversion to signing",
      "Mean days signing to production",
    ],
    zoneRows: [
      "Key projects signed",
      "Key projects signed (million RMB)",
      "Industrial projects started",
      "Started (million RMB)",
    ],
    zoneCols: ["Measure", "This period", "Annual target"],
    alerts: "Alerts",
    alertCols: ["Date", "Kind", "Chain", "What happened", "Watchers"],
    noAlerts: "No alerts in this period",
  },
} as const;

/** Serves the bulletin; returns false for any other path. */
export async function handleBulletin(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: AppDeps,
  viewer: Viewer,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== "/export/bulletin.xlsx") return false;
  const period = (url.searchParams.get("period") ?? "MONTH") as Period;
  if (!(PERIODS as readonly string[]).includes(period)) {
    sendError(res, `period must be one of ${PERIODS.join(", ")}`, "period");
    return true;
  }
  const at = url.searchParams.get("at") ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(at)) {
    sendError(res, `at must be a date written YYYY-MM-DD (got "${at}")`, "at");
    return true;
  }
  const langParam = url.searchParams.get("lang") ?? "zh";
  if (langParam !== "zh" && langParam !== "en") {
    sendError(res, "lang must be zh or en", "lang");
    return true;
  }
  const L = LABELS[langParam];
  const ctx = createContext(deps, viewer);
  const cfg = deps.config.pipeline;
  const [rows, zone] = await Promise.all([
    leaderboard(ctx.cypher, cfg, period, at),
    zoneStanding(ctx.cypher, cfg, period, at),
  ]);
  const alerts = await alertsOfPeriod(ctx.cypher, zone.from, zone.to, viewer);
  const teams = new Map(TEAMS.map((t) => [t.id, langParam === "zh" ? t.nameZh : t.name]));
  const money = (yuan: number) => Math.round((yuan / L.unit) * 100) / 100;

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(L.sheet);
  sheet.addRow([`${L.sheet} ${zone.from} – ${zone.to}`]);
  sheet.addRow([...L.cols]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.rank,
      teams.get(r.teamId) ?? r.teamId,
      r.signedCount,
      money(r.signedAmountRmb),
      r.keyProjects,
      money(r.keyProjectsAmountRmb),
      r.registered,
      r.started,
      money(r.startedAmountRmb),
      r.producing,
      r.conversion === null ? "" : Math.round(r.conversion * 1000) / 10 + "%",
      r.avgDaysSignedToProducing === null ? "" : Math.round(r.avgDaysSignedToProducing),
    ]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 16));
  const zs = workbook.addWorksheet(L.zone);
  zs.addRow([...L.zoneCols]).font = { bold: true };
  zs.addRow([L.zoneRows[0], zone.keySigned, zone.targetKeySigned]);
  zs.addRow([L.zoneRows[1], money(zone.keySignedRmb), money(zone.targetKeySignedRmb)]);
  zs.addRow([L.zoneRows[2], zone.industrialStarted, zone.targetIndustrialStarted]);
  zs.addRow([L.zoneRows[3], money(zone.industrialStartedRmb), money(zone.targetIndustrialStartedRmb)]);
  zs.getColumn(1).width = 36;
  const as = workbook.addWorksheet(L.alerts);
  as.addRow([...L.alertCols]).font = { bold: true };
  for (const a of alerts) {
    as.addRow([
      a.createdAt.slice(0, 10),
      alertKindLabel(a.kind, langParam),
      (langParam === "zh" ? a.chainNameZh : a.chainName) ?? "",
      alertText(a, langParam),
      a.watchers,
    ]);
  }
  if (alerts.length === 0) as.addRow([L.noAlerts]);
  as.columns.forEach((c, i) => (c.width = i === 3 ? 80 : 14));
  const buffer = await workbook.xlsx.writeBuffer();
  res.writeHead(200, {
    "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "content-disposition": `attachment; filename="bulletin-${period.toLowerCase()}-${zone.from}.xlsx"`,
  });
  res.end(Buffer.from(buffer as ArrayBuffer));
  return true;
}
