import type http from "node:http";
import { KINDS } from "./kinds/index.ts";
import { templateCsv } from "./template.ts";

/**
 * `GET /import/template/<kind>.csv[?lang=zh]`: a kind's template, CSV in UTF-8 with BOM (English
 * headers, or Chinese ones with lang=zh). The caller (app.ts) has checked the route's rule.
 * @returns false when the path is no template
 */
export function handleImportTemplate(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = new URL(req.url ?? "/", "http://local");
  const m = /^\/import\/template\/([a-z]+)\.csv$/.exec(url.pathname);
  if (!m || !KINDS[m[1]!] || req.method !== "GET") return false;
  const body = templateCsv(m[1]!, url.searchParams.get("lang") === "zh" ? "zh" : "en");
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${m[1]}-template.csv"`,
    "cache-control": "no-store",
  });
  res.end(body);
  return true;
}
