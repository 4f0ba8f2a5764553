/** The words the PDF and XLSX reports print around the dossier's own (labels.ts). */
import type { Lang } from "./labels.ts";
import type { SourceCount } from "./records.ts";

export const REPORT_WORDS = {
  zh: {
    title: (chain: string) => `${chain} 六图六清单`,
    subtitle: "产业链图谱 · 链长制六图六清单报告",
    cover: "说明",
    region: "主区域",
    date: "生成日期",
    sources: "数据来源",
    item: "项目",
    status: "状态",
    method: "生成方法",
    statuses: { GENERATED: "由图谱生成", MAINTAINED: "招商局维护", NO_DATA: "暂无数据" },
    syntheticColumn: "合成数据",
    syntheticMark: "合成数据",
    syntheticWarning: "注：标 * 的为合成数据（演示用，非真实企业或项目）。",
    diagrams: "六图",
    lists: "六清单",
    page: (x: number, y: number) => `第 ${x} 页 / 共 ${y} 页`,
    legend: { MISSING: "缺失", WEAK: "薄弱", PRESENT: "具备" },
    more: (n: number) => `……另有 ${n} 项见表格`,
    counts: (label: string, all: number, local: number) => `${label} ${all} 家（本地 ${local} 家）`,
    sourceNames: { PUBLIC: "公开", SYNTHETIC: "合成数据", IMPORTED: "导入" },
    companiesOfChain: "本链企业：",
  },
  en: {
    title: (chain: string) => `${chain}: six diagrams and six lists`,
    subtitle: "Chain Atlas · chain-chief dossier (六图六清单)",
    cover: "About",
    region: "Home region",
    date: "Generated on",
    sources: "Data sources",
    item: "Item",
    status: "Status",
    method: "How it is made",
    statuses: {
      GENERATED: "generated from the graph",
      MAINTAINED: "maintained by the bureau",
      NO_DATA: "no data",
    },
    syntheticColumn: "Synthetic",
    syntheticMark: "synthetic",
    syntheticWarning: "Note: rows marked * are synthetic data (demo, not a real company or project).",
    diagrams: "Six diagrams",
    lists: "Six lists",
    page: (x: number, y: number) => `page ${x} / ${y}`,
    legend: { MISSING: "missing", WEAK: "weak", PRESENT: "present" },
    more: (n: number) => `… ${n} more in the table`,
    counts: (label: string, all: number, local: number) => `${label} ${all} (local ${local})`,
    sourceNames: { PUBLIC: "public", SYNTHETIC: "synthetic", IMPORTED: "imported" },
    companiesOfChain: "Companies of the chain: ",
  },
} as const;

/** "本链企业：公开 12 家（本地 3 家）、合成数据 …" — the data-source line of both reports. */
export function sourceLine(lang: Lang, sources: readonly SourceCount[]): string {
  const w = REPORT_WORDS[lang];
  return (
    w.companiesOfChain +
    sources.map((s) => w.counts(w.sourceNames[s.source], s.all, s.local)).join(lang === "zh" ? "；" : "; ")
  );
}
