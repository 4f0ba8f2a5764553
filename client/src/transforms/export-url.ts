/** Links to the server's target exports (GET /export/targets.csv|xlsx), built from the view's state. */
import type { Lang } from "../i18n/index.ts";
import type { TargetFilterInput } from "../api/operations.ts";

export interface ExportQuery {
  segmentId?: string | null;
  chainId?: string | null;
  filter?: TargetFilterInput;
  /** Rows to export; the server's default when absent. */
  first?: number;
}

/** The export link; parameters in a fixed order so the same state always gives the same URL. */
export function exportUrl(format: "csv" | "xlsx", query: ExportQuery, lang: Lang): string {
  const params = new URLSearchParams();
  if (query.segmentId) params.set("segmentId", query.segmentId);
  if (query.chainId) params.set("chainId", query.chainId);
  const f = query.filter ?? {};
  if (f.provinces?.length) params.set("provinces", f.provinces.join(","));
  if (f.countries?.length) params.set("countries", f.countries.join(","));
  if (f.minRevenue !== undefined) params.set("minRevenue", String(f.minRevenue));
  if (f.listed !== undefined) params.set("listed", String(f.listed));
  if (f.excludeInLists !== undefined) params.set("excludeInLists", String(f.excludeInLists));
  if (query.first !== undefined) params.set("first", String(query.first));
  params.set("lang", lang);
  return `/export/targets.${format}?${params.toString()}`;
}

/** The chain report (六图六清单) as PDF or XLSX: GET /report/chain/{chainId}.{format}?lang=zh|en. */
export function reportUrl(chainId: string, format: "pdf" | "xlsx", lang: Lang): string {
  return `/report/chain/${encodeURIComponent(chainId)}.${format}?lang=${lang}`;
}
