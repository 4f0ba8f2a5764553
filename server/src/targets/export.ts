/**
 * Target rankings as files: `GET /export/targets.csv` and `GET /export/targets.xlsx`, with the
 * arguments of Query.targets as URL parameters (see {@link parseExportParams}) and `lang=zh|en` for
 * headers and reasons.
 *
 * Both stream: the ranking itself (a few numbers per candidate) is computed once, then rows are
 * materialised — names, regions, reasons — and written EXPORT_CHUNK at a time, waiting for the
 * socket to drain, so a 10,000-row export never holds all its rows' text at once.
 *
 * CSV: UTF-8 with BOM (Excel opens Chinese correctly), and cells that would start a formula
 * (= + - @ tab CR, and their full-width forms) get a leading apostrophe (csv-stringify's
 * escape_formulas; names and notes can come from imported files). XLSX cells are typed: a string
 * cell is never a formula, so it is written as is.
 */
import { once } from "node:events";
import type http from "node:http";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { GraphQLError } from "graphql";
import type { Viewer } from "../auth/index.ts";
import { createContext, type AppDeps } from "../context.ts";
import type { DataSource, TargetFilter, TargetWeightsInput } from "../generated/resolvers-types.ts";
import { computeRanking, toTargetRecord, type TargetArgs } from "./queries.ts";
import {
  EXPORT_FEATURE_LABELS as FEATURE_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  type Lang,
} from "../common/messages.ts";
import { reasonNames, targetReasons } from "./reasons.ts";
import type { RegionRecord } from "../common/records.ts";
import type { RankedTarget, TargetStatusValue } from "./records.ts";
import { TARGET_FEATURES, type TargetFeature } from "./scoring.ts";

/** Rows materialised and written per step. */
export const EXPORT_CHUNK = 500;
/** Rows of an export that names no `first`, and the most it may ask for (EXPORT_DEFAULT_ROWS, EXPORT_MAX_ROWS). */
export interface ExportLimits {
  defaultRows: number;
  maxRows: number;
}
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { defaultRows: 1000, maxRows: 10_000 };

/** A refused export parameter: HTTP 400 with `{ error: { code, message, field } }`. */
export class ExportParamError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export interface ExportParams extends TargetArgs {
  first: number | null;
  lang: Lang;
}

const SCALARS = ["segmentId", "chainId", "regionCode", "first", "lang"] as const;
const FILTER_KEYS = ["provinces", "countries", "minRevenue", "listed", "excludeInLists", "source"] as const;
const SOURCES: readonly DataSource[] = ["PUBLIC", "SYNTHETIC", "IMPORTED"];

function bool(raw: string, field: string): boolean {
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw new ExportParamError(`${field} must be true or false (got "${raw}")`, field);
}

function num(raw: string, field: string): number {
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) throw new ExportParamError(`${field} must be a number (got "${raw}")`, field);
  return n;
}

/**
 * URL parameters → arguments of the ranking. Names follow the GraphQL arguments: segmentId, chainId,
 * regionCode, first, lang, filter fields by name (provinces and countries comma-separated or
 * repeated; listed and excludeInLists true|false; source PUBLIC|SYNTHETIC|IMPORTED) and weights as
 * `weights.<feature>`. An unknown or repeated parameter is refused, so a typo cannot go unnoticed.
 * @throws ExportParamError naming the parameter
 */
export function parseExportParams(
  params: URLSearchParams,
  limits: ExportLimits = DEFAULT_EXPORT_LIMITS,
): ExportParams {
  const seen = new Set<string>();
  const filter: TargetFilter = {};
  const weights: TargetWeightsInput = {};
  const out: ExportParams = { first: limits.defaultRows, lang: "ZH" };
  for (const [key, raw] of params) {
    const list = key === "provinces" || key === "countries";
    if (seen.has(key) && !list) throw new ExportParamError(`${key} is given more than once`, key);
    seen.add(key);
    if (key === "segmentId" || key === "chainId" || key === "regionCode") {
      out[key] = raw;
    } else if (key === "first") {
      const n = num(raw, key);
      if (!Number.isInteger(n) || n < 1 || n > limits.maxRows) {
        throw new ExportParamError(`first must be a whole number from 1 to ${limits.maxRows}`, key);
      }
      out.first = n;
    } else if (key === "lang") {
      const lang = raw.toUpperCase();
      if (lang !== "ZH" && lang !== "EN")
        throw new ExportParamError(`lang must be zh or en (got "${raw}")`, key);
      out.lang = lang;
    } else if (list) {
      const values = raw
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      filter[key] = [...(filter[key] ?? []), ...values];
    } else if (key === "minRevenue") {
      filter.minRevenue = num(raw, `filter.${key}`);
    } else if (key === "listed" || key === "excludeInLists") {
      filter[key] = bool(raw, `filter.${key}`);
    } else if (key === "source") {
      const source = raw.toUpperCase() as DataSource;
      if (!SOURCES.includes(source)) {
        throw new ExportParamError(
          `source must be one of ${SOURCES.join(", ")} (got "${raw}")`,
          "filter.source",
        );
      }
      filter.source = source;
    } else if (key.startsWith("weights.") && (TARGET_FEATURES as readonly string[]).includes(key.slice(8))) {
      weights[key.slice(8) as TargetFeature] = num(raw, key);
    } else {
      throw new ExportParamError(
        `unknown parameter "${key}" (expected ${[...SCALARS, ...FILTER_KEYS].join(", ")} or weights.<${TARGET_FEATURES.join("|")}>)`,
        key,
      );
    }
  }
  if (Object.keys(filter).length > 0) out.filter = filter;
  if (Object.keys(weights).length > 0) out.weights = weights;
  return out;
}

// The catalogue's labels must cover every status and feature (checked by the compiler).
export const LABELLED: [Record<TargetStatusValue, unknown>, Record<TargetFeature, unknown>] = [
  STATUS_LABELS,
  FEATURE_LABELS,
];

/** Column keys of an export, in order; headers come from {@link exportHeaders}. */
export const EXPORT_COLUMNS = [
  "rank",
  "companyId",
  "nameZh",
  "name",
  "region",
  "city",
  "province",
  "segment",
  "score",
  "revenue",
  ...TARGET_FEATURES.map((f) => `${f}Contribution` as const),
  "reasons",
  "leadStatus",
  "source",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** A row of cells; null is an empty cell (an unknown figure, never 0). */
export type ExportRow = Record<ExportColumn, string | number | null>;

/** Column headers in the chosen language. */
export function exportHeaders(lang: Lang): Record<ExportColumn, string> {
  const zh = lang === "ZH";
  const headers = {
    rank: zh ? "排名" : "Rank",
    companyId: zh ? "企业ID" : "Company ID",
    nameZh: zh ? "企业名称" : "Chinese name",
    name: zh ? "英文名称" : "Name",
    region: zh ? "所在地区" : "Region",
    city: zh ? "城市" : "City",
    province: zh ? "省份/国家" : "Province / country",
    segment: zh ? "产业链环节" : "Segment",
    score: zh ? "综合得分" : "Score",
    revenue: zh ? "营收（万元）" : "Revenue (m RMB)",
    reasons: zh ? "推荐理由" : "Reasons",
    leadStatus: zh ? "跟进状态" : "Lead status",
    source: zh ? "数据来源" : "Source",
  } as Record<ExportColumn, string>;
  for (const f of TARGET_FEATURES) {
    headers[`${f}Contribution`] = zh ? `${FEATURE_LABELS[f].zh}得分` : `${FEATURE_LABELS[f].en} contribution`;
  }
  return headers;
}

/** Decimals of scores and contributions in a file: people read 0.100, not 0.09999999999999999. */
export const SCORE_DECIMALS = 3;
const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * Revenue (stored in million RMB) in the unit readers expect: 万元 in Chinese (whole numbers),
 * million RMB with one decimal in English; empty when unknown (never 0).
 */
export function revenueCell(millionRmb: number | null, lang: Lang): number | null {
  if (millionRmb === null) return null;
  return lang === "ZH" ? Math.round(millionRmb * 100) : round(millionRmb, 1);
}

/** Width of each XLSX column in characters: names and reasons wide, numbers narrow. */
export const XLSX_WIDTHS: Partial<Record<ExportColumn, number>> = {
  rank: 6,
  companyId: 22,
  nameZh: 30,
  name: 40,
  region: 16,
  city: 12,
  province: 12,
  segment: 22,
  score: 10,
  revenue: 14,
  reasons: 80,
  leadStatus: 12,
  source: 12,
};
const DEFAULT_WIDTH = 12;

/** The spreadsheet column letter of a 1-based index (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** City and province (or country, abroad) of each region code, by walking up the region tree. */
async function placesOf(
  ctx: ReturnType<typeof createContext>,
  codes: readonly string[],
): Promise<{ city: RegionRecord | null; province: RegionRecord | null }[]> {
  const out = codes.map(() => ({ city: null as RegionRecord | null, province: null as RegionRecord | null }));
  let current: (string | null)[] = [...codes];
  // Park → district → city → province → country: at most five levels.
  for (let level = 0; level < 5 && current.some((c) => c !== null); level++) {
    const found = await ctx.loaders.region.loadMany(current.map((c) => c ?? ""));
    current = found.map((r, k) => {
      if (!r || r instanceof Error || current[k] === null) return null;
      const place = out[k]!;
      if (r.level === "CITY") place.city ??= r;
      if (r.level === "PROVINCE" || (r.level === "COUNTRY" && !place.province)) place.province ??= r;
      return r.level === "PROVINCE" || r.level === "COUNTRY" ? null : r.parentCode;
    });
  }
  return out;
}

/** Materialises one chunk of ranked rows (names, region, segment, reasons) with a fresh context. */
async function chunkRows(
  deps: AppDeps,
  ranked: readonly RankedTarget[],
  offset: number,
  lang: Lang,
): Promise<ExportRow[]> {
  // A context per chunk: its loaders' caches live only as long as the chunk.
  const ctx = createContext(deps);
  const zh = lang === "ZH";
  const key = zh ? "zh" : "en";
  const rows = ranked.map((r) => ({ ...toTargetRecord(r), regionCode: r.regionCode, source: r.source }));
  const [companies, regions, segments, names, places] = await Promise.all([
    ctx.loaders.company.loadMany(rows.map((r) => r.companyId)),
    ctx.loaders.region.loadMany(rows.map((r) => r.regionCode)),
    ctx.loaders.segment.loadMany(rows.map((r) => r.segmentId)),
    Promise.all(rows.map((r) => reasonNames(ctx, r.segmentId, r.facts))),
    placesOf(
      ctx,
      rows.map((r) => r.regionCode),
    ),
  ]);
  const text = <T extends { name: string; nameZh: string }>(
    v: T | Error | null | undefined,
    fallback: string,
  ) => (v && !(v instanceof Error) ? (zh ? v.nameZh : v.name) : fallback);
  return rows.map((r, k) => {
    const company = companies[k];
    const c = company && !(company instanceof Error) ? company : null;
    const row = {
      rank: offset + k + 1,
      companyId: r.companyId,
      nameZh: c?.nameZh ?? "",
      name: c?.name ?? "",
      region: text(regions[k], r.regionCode),
      city: text(places[k]!.city, ""),
      province: text(places[k]!.province, ""),
      segment: text(segments[k], r.segmentId),
      score: round(r.score, SCORE_DECIMALS),
      revenue: revenueCell(c?.revenue ?? null, lang),
      reasons: targetReasons(r, names[k]!, lang).join(zh ? "；" : "; "),
      leadStatus: r.leadStatus ? STATUS_LABELS[r.leadStatus][key] : "",
      source: SOURCE_LABELS[r.source]?.[key] ?? r.source,
    } as ExportRow;
    for (const f of r.features)
      row[`${f.name as TargetFeature}Contribution`] = round(f.contribution, SCORE_DECIMALS);
    return row;
  });
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string, field?: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
}

async function drained(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): Promise<void> {
  if (stream.writableNeedDrain) await once(stream, "drain");
}

function fileName(args: ExportParams, ext: string): string {
  const what = (args.segmentId ?? args.chainId ?? "targets").replace(/[^A-Za-z0-9_-]/g, "_");
  return `targets-${what}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/**
 * Serves /export/targets.csv and /export/targets.xlsx; returns false for any other path so the
 * caller can route on. Bad parameters answer 400 (unknown segment or chain: 404) with a JSON body
 * naming the parameter, before anything is streamed.
 */
export async function handleExport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: AppDeps,
  viewer: Viewer | null = null,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const match = /^\/export\/targets\.(csv|xlsx)$/.exec(url.pathname);
  if (!match) return false;
  const format = match[1] as "csv" | "xlsx";
  if (req.method !== "GET") {
    res.writeHead(405, { allow: "GET" }).end();
    return true;
  }

  let params: ExportParams;
  let rows: RankedTarget[];
  try {
    params = parseExportParams(url.searchParams, {
      defaultRows: deps.config.security.exportDefaultRows,
      maxRows: deps.config.security.exportMaxRows,
    });
    const ranking = await computeRanking(createContext(deps, viewer), params);
    rows = params.first === null ? ranking.rows : ranking.rows.slice(0, params.first);
  } catch (error) {
    if (error instanceof ExportParamError) {
      sendError(res, 400, "BAD_USER_INPUT", error.message, error.field);
      return true;
    }
    if (error instanceof Error && error.name === "GraphQLError") {
      const { code, field } = (error as GraphQLError).extensions as { code?: string; field?: string };
      if (code === "BAD_USER_INPUT" || code === "NOT_FOUND") {
        sendError(res, code === "NOT_FOUND" ? 404 : 400, code, error.message, field);
        return true;
      }
    }
    throw error;
  }

  // A client that goes away stops the export: no more rows are ranked, named or written.
  let gone = false;
  res.once("close", () => {
    gone = !res.writableFinished;
  });
  const headers = exportHeaders(params.lang);
  const disposition = `attachment; filename="${fileName(params, format)}"`;
  if (format === "csv") {
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": disposition });
    const csv = stringify({
      bom: true,
      header: true,
      escape_formulas: true,
      columns: EXPORT_COLUMNS.map((key) => ({ key, header: headers[key] })),
    });
    csv.pipe(res);
    for (let offset = 0; offset < rows.length && !gone; offset += EXPORT_CHUNK) {
      for (const row of await chunkRows(
        deps,
        rows.slice(offset, offset + EXPORT_CHUNK),
        offset,
        params.lang,
      )) {
        if (!csv.write(row)) await once(csv, "drain");
      }
    }
    csv.end();
    if (!gone) await finished(res);
    return true;
  }

  res.writeHead(200, {
    "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "content-disposition": disposition,
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: true,
    useSharedStrings: false,
  });
  // The header row stays in view when scrolling, and carries Excel's filter buttons.
  const sheet = workbook.addWorksheet(params.lang === "ZH" ? "招商目标" : "Targets", {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    key,
    header: headers[key],
    width: XLSX_WIDTHS[key] ?? DEFAULT_WIDTH,
    ...(key === "score" || key.endsWith("Contribution") ? { style: { numFmt: "0.000" } } : {}),
    ...(key === "revenue" ? { style: { numFmt: params.lang === "ZH" ? "#,##0" : "#,##0.0" } } : {}),
  }));
  sheet.autoFilter = `A1:${columnLetter(EXPORT_COLUMNS.length)}1`;
  sheet.getRow(1).font = { bold: true };
  for (let offset = 0; offset < rows.length && !gone; offset += EXPORT_CHUNK) {
    for (const row of await chunkRows(deps, rows.slice(offset, offset + EXPORT_CHUNK), offset, params.lang)) {
      sheet.addRow(row).commit();
    }
    await drained(res);
  }
  sheet.commit();
  await workbook.commit();
  return true;
}
