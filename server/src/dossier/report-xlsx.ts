/**
 * The chain report as an XLSX workbook (the house pattern of gaps/export.ts): a cover sheet (chain,
 * region, date, the data-source line, each item's method and status), then one sheet per item —
 * the six diagrams' data and the six lists — with the API's columns and rows exactly, numeric
 * columns stored as numbers, and a last column marking synthetic rows (合成数据).
 */
import ExcelJS from "exceljs";
import type { DossierRecord } from "./records.ts";
import type { ItemOut } from "./mapping.ts";
import { REPORT_WORDS, sourceLine } from "./report-words.ts";

/** Excel refuses sheet names over 31 characters or with []:*?/\ — titles here have none of these. */
function sheetName(item: ItemOut, lang: "zh" | "en", index: number): string {
  const title = lang === "zh" ? item.titleZh : item.titleEn;
  return `${index + 1} ${title}`.slice(0, 31);
}

export async function dossierXlsx(dossier: DossierRecord): Promise<Buffer> {
  const { lang } = dossier;
  const w = REPORT_WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(`${dossier.generatedOn}T00:00:00Z`);
  const items = [...dossier.diagrams, ...dossier.lists];

  const cover = workbook.addWorksheet(w.cover);
  cover.columns = [
    { key: "a", width: 26 },
    { key: "b", width: 16 },
    { key: "c", width: 100 },
  ];
  const chainName = lang === "zh" ? dossier.chain.nameZh : dossier.chain.name;
  cover.addRow([w.title(chainName)]).font = { bold: true, size: 14 };
  cover.addRow([w.region, dossier.regionCode]);
  cover.addRow([w.date, dossier.generatedOn]);
  cover.addRow([w.sources, sourceLine(lang, dossier.sources)]);
  cover.addRow([]);
  cover.addRow([w.item, w.status, w.method]).font = { bold: true };
  for (const item of items) {
    const row = cover.addRow([
      lang === "zh" ? item.titleZh : item.titleEn,
      w.statuses[item.status],
      [item.method, item.reason, item.note].filter(Boolean).join(" "),
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
  }

  items.forEach((item, index) => {
    const sheet = workbook.addWorksheet(sheetName(item, lang, index), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = [
      ...item.columns.map((c) => ({ key: c.key, header: c.label, width: c.numeric ? 14 : 28 })),
      { key: "__synthetic", header: w.syntheticColumn, width: 12 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const r of item.rows) {
      const values = r.cells.map((cell, i) =>
        item.columns[i]?.numeric && cell !== "" ? Number(cell) : cell,
      );
      sheet.addRow([...values, r.synthetic ? w.syntheticMark : ""]);
    }
    if (item.rows.length === 0) {
      sheet.addRow([item.reason ?? ""]);
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
