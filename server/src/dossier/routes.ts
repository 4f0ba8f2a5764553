/**
 * The chain report: `GET /report/chain/{chainId}.pdf?lang=zh|en` and `.xlsx`, with the dossier
 * view's rights (ROUTE_RULES) and its rows (computeDossier, as the viewer may see them). A bad chain
 * id or lang answers 400 naming the parameter; an unknown chain 404 naming chainId; a missing
 * report font 500 naming the setting (REPORT_FONT_PATH / REPORT_FONT_NAME).
 */
import type http from "node:http";
import type { GraphQLError } from "graphql";
import type { Viewer } from "../auth/index.ts";
import { createContext, type AppDeps } from "../context.ts";
import { dossierPdf, ReportFontError } from "./report-pdf.ts";
import { dossierXlsx } from "./report-xlsx.ts";
import { computeDossier } from "./service.ts";

const PATH = /^\/report\/chain\/([^/]+)\.(pdf|xlsx)$/;

/** The ROUTE_RULES key of a report path (`/report/chain/{chainId}.pdf`), or null for any other path. */
export function reportRoutePattern(pathname: string): string | null {
  const m = PATH.exec(pathname);
  return m ? `/report/chain/{chainId}.${m[2]}` : null;
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string, field?: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
}

/** Serves a report path; false for any other path. */
export async function handleReport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: AppDeps,
  viewer: Viewer,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const m = PATH.exec(url.pathname);
  if (!m) return false;
  if (req.method !== "GET") {
    res.writeHead(405, { allow: "GET" }).end();
    return true;
  }
  const chainId = decodeURIComponent(m[1]!);
  const format = m[2] as "pdf" | "xlsx";
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(chainId)) {
    sendError(
      res,
      400,
      "BAD_USER_INPUT",
      `chainId: a chain id such as NE is required (got "${chainId}")`,
      "chainId",
    );
    return true;
  }
  const lang = url.searchParams.get("lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") {
    sendError(res, 400, "BAD_USER_INPUT", `lang: zh or en (got "${lang}")`, "lang");
    return true;
  }
  let dossier;
  try {
    dossier = await computeDossier(createContext(deps, viewer), chainId, lang);
  } catch (error) {
    if (error instanceof Error && error.name === "GraphQLError") {
      const { code } = (error as GraphQLError).extensions as { code?: string };
      if (code === "NOT_FOUND") {
        sendError(res, 404, "NOT_FOUND", `chainId: no chain has the id "${chainId}"`, "chainId");
        return true;
      }
    }
    throw error;
  }
  let body: Buffer;
  try {
    body = format === "pdf" ? await dossierPdf(dossier, deps.config.report) : await dossierXlsx(dossier);
  } catch (error) {
    if (error instanceof ReportFontError) {
      deps.log.error({ err: error }, "report font missing");
      sendError(res, 500, "REPORT_FONT_MISSING", error.message);
      return true;
    }
    throw error;
  }
  const name = `chain-${chainId}-${lang}-${dossier.generatedOn}.${format}`;
  res.writeHead(200, {
    "content-type":
      format === "pdf"
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "content-disposition": `attachment; filename="${name}"`,
    "content-length": body.length,
    "cache-control": "no-store",
  });
  res.end(body);
  return true;
}
