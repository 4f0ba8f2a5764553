/**
 * The chain report as a PDF (pdfkit, A4): a title page (chain, home region, date, the data-source
 * line, the synthetic-data note, the twelve items with their status), then per item its method,
 * its diagram drawn as vectors (groups of coloured boxes: sub-chains, stage columns, tiers or
 * offices, each box a segment, gap or company coloured by local coverage) and its table. Every
 * page carries "page X / Y". The Chinese font (REPORT_FONT_PATH, a face of Debian's
 * fonts-noto-cjk by default) is embedded as a subset, so the file opens anywhere.
 */
import fs from "node:fs";
import PDFDocument from "pdfkit";
import type { ItemOut, NodeOut } from "./mapping.ts";
import type { DossierRecord } from "./records.ts";
import { REPORT_WORDS, sourceLine } from "./report-words.ts";

/** The font is missing or unreadable: the message names the setting to fix. */
export class ReportFontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportFontError";
  }
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 48, bottom: 48, left: 40, right: 40 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const FILL: Record<string, string> = {
  MISSING: "#f4c7c3",
  WEAK: "#fde9a9",
  PRESENT: "#c5e8c9",
  NONE: "#e6e9ed",
};
/** Boxes one diagram draws at most; the table lists everything. */
const MAX_BOXES = 160;

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

/** The nodes drawn as boxes, by group: a node's parent, or for an outline (no parents) its edge's source. */
function groupsOf(item: ItemOut): { group: NodeOut; members: NodeOut[] }[] {
  const byId = new Map(item.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  for (const n of item.nodes) if (n.parent) parentOf.set(n.id, n.parent);
  for (const e of item.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    // Tree edges (sub-chain → leaf) give the outline's groups; the chain root is not a group.
    if (!parentOf.has(e.target) && source?.kind === "SUBCHAIN" && target) parentOf.set(e.target, e.source);
  }
  const groups = new Map<string, NodeOut[]>();
  for (const n of item.nodes) {
    const p = parentOf.get(n.id);
    if (p) groups.set(p, [...(groups.get(p) ?? []), n]);
  }
  return [...groups].flatMap(([id, members]) => {
    const group = byId.get(id);
    return group ? [{ group, members }] : [];
  });
}

/** A company box of the roadmap also names the gap it is recruited for (its incoming edge). */
function boxLabel(item: ItemOut, n: NodeOut, labels: Map<string, string>): string {
  const star = n.synthetic ? " *" : "";
  if (n.kind !== "COMPANY") return `${n.label}${star}`;
  const gap = item.edges.find((e) => e.target === n.id);
  const rank = n.rank ? `${n.rank}. ` : "";
  return `${rank}${n.label}${star}${gap ? ` ← ${labels.get(gap.source) ?? ""}` : ""}`;
}

function drawDiagram(doc: Doc, item: ItemOut, lang: "zh" | "en"): void {
  const w = REPORT_WORDS[lang];
  const groups = groupsOf(item);
  if (groups.length === 0) return;
  const labels = new Map(item.nodes.map((n) => [n.id, n.label]));
  const cols = 4;
  const gap = 4;
  const boxW = (WIDTH - gap * (cols - 1)) / cols;
  const boxH = 24;
  // Legend.
  ensureRoom(doc, 16);
  let x = MARGIN.left;
  const y0 = doc.y;
  doc.fontSize(7);
  for (const key of ["PRESENT", "WEAK", "MISSING"] as const) {
    doc.rect(x, y0, 10, 8).fillAndStroke(FILL[key]!, "#888888");
    doc.fillColor("#000000").text(w.legend[key], x + 13, y0, { lineBreak: false });
    x += 70;
  }
  doc.y = y0 + 14;
  let drawn = 0;
  for (const { group, members } of groups) {
    ensureRoom(doc, 14 + boxH);
    doc.fontSize(9).fillColor("#1f3a5f").text(group.label, MARGIN.left, doc.y, { width: WIDTH });
    doc.moveDown(0.2);
    let i = 0;
    for (const n of members) {
      if (drawn >= MAX_BOXES) break;
      const col = i % cols;
      if (col === 0) {
        if (i > 0) doc.y += boxH + gap;
        ensureRoom(doc, boxH + gap);
      }
      const bx = MARGIN.left + col * (boxW + gap);
      const by = doc.y;
      doc
        .lineWidth(n.keyTech ? 1.5 : 0.5)
        .rect(bx, by, boxW, boxH)
        .fillAndStroke(FILL[n.coverage ?? "NONE"]!, n.keyTech ? "#a61b1b" : "#888888");
      doc
        .fillColor("#000000")
        .fontSize(6.5)
        .text(boxLabel(item, n, labels), bx + 3, by + 3, {
          width: boxW - 6,
          height: boxH - 4,
          ellipsis: true,
        });
      doc.y = by;
      i += 1;
      drawn += 1;
    }
    doc.y += boxH + gap + 4;
    doc.x = MARGIN.left;
  }
  const total = groups.reduce((a, g) => a + g.members.length, 0);
  if (total > drawn) {
    doc
      .fontSize(7)
      .fillColor("#555555")
      .text(w.more(total - drawn), MARGIN.left, doc.y, { width: WIDTH });
  }
  doc.lineWidth(0.5).fillColor("#000000");
  doc.moveDown(0.5);
}

/** Display width of a text in Latin letters (a Chinese character counts two). */
const textWidth = (t: string) => [...t].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/**
 * Widths in proportion to each column's longest cell (the first 60 rows) and longest header word,
 * so that numbers and short words are never broken; long texts share what is left (capped).
 */
function columnWidths(item: ItemOut): number[] {
  const weights = item.columns.map((c, i) => {
    let longest = Math.max(...c.label.split(/\s+/).map(textWidth));
    for (const r of item.rows.slice(0, 60)) longest = Math.max(longest, textWidth(r.cells[i] ?? ""));
    return c.numeric ? Math.min(Math.max(longest + 1, 6), 16) : Math.min(Math.max(longest, 6), 40);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((wt) => (wt / sum) * WIDTH);
}

function drawTable(doc: Doc, item: ItemOut): void {
  if (item.columns.length === 0) return;
  const widths = columnWidths(item);
  const size = 7;
  const pad = 2;
  const drawRow = (cells: string[], header: boolean, shade: string | null) => {
    doc.fontSize(size);
    const heights = cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - pad * 2 }));
    const h = Math.max(...heights) + pad * 2;
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      if (!header)
        drawRow(
          item.columns.map((c) => c.label),
          true,
          "#dde3ea",
        );
    }
    const y = doc.y;
    if (shade) doc.rect(MARGIN.left, y, WIDTH, h).fill(shade);
    let x = MARGIN.left;
    cells.forEach((c, i) => {
      doc.fillColor("#000000").text(c, x + pad, y + pad, {
        width: widths[i]! - pad * 2,
        align: item.columns[i]?.numeric ? "right" : "left",
      });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + WIDTH, y + h)
      .strokeColor("#c8c8c8")
      .stroke();
    doc.x = MARGIN.left;
    doc.y = y + h;
  };
  drawRow(
    item.columns.map((c) => c.label),
    true,
    "#dde3ea",
  );
  // The star goes on the company's name where the table has one, else on the first cell.
  const starAt = Math.max(
    item.columns.findIndex((c) => c.key === "company"),
    0,
  );
  for (const r of item.rows) {
    const cells = r.synthetic ? r.cells.map((c, i) => (i === starAt ? `* ${c}` : c)) : r.cells;
    drawRow(cells, false, r.synthetic ? "#fff8e1" : null);
  }
  doc.moveDown(0.5);
}

function drawItem(doc: Doc, item: ItemOut, lang: "zh" | "en", number: number): void {
  const w = REPORT_WORDS[lang];
  doc.addPage();
  const title = lang === "zh" ? `${item.titleZh}  ${item.titleEn}` : `${item.titleEn}  ${item.titleZh}`;
  doc
    .fontSize(15)
    .fillColor("#1f3a5f")
    .text(`${number}. ${title}`, MARGIN.left, MARGIN.top, { width: WIDTH });
  doc.moveDown(0.3);
  doc.fontSize(8).fillColor("#333333").text(`${w.status}: ${w.statuses[item.status]}`, { width: WIDTH });
  doc.text(`${w.method}: ${item.method}`, { width: WIDTH });
  for (const extra of [item.reason, item.note]) if (extra) doc.text(extra, { width: WIDTH });
  if (item.rows.some((r) => r.synthetic)) doc.fillColor("#8a5a00").text(w.syntheticWarning, { width: WIDTH });
  doc.fillColor("#000000").moveDown(0.6);
  drawDiagram(doc, item, lang);
  drawTable(doc, item);
}

/** Registers the report font, or says exactly which setting points at what is missing. */
function useFont(doc: Doc, fontPath: string, fontName: string | null): void {
  if (!fs.existsSync(fontPath)) {
    throw new ReportFontError(
      `REPORT_FONT_PATH: no font file at ${fontPath} (install Debian's fonts-noto-cjk, or point REPORT_FONT_PATH at a font with Chinese glyphs)`,
    );
  }
  try {
    if (fontName) doc.registerFont("report", fontPath, fontName);
    else doc.registerFont("report", fontPath);
    doc.font("report");
  } catch (error) {
    throw new ReportFontError(
      `REPORT_FONT_NAME: cannot use face "${fontName ?? ""}" of ${fontPath}: ${(error as Error).message}`,
    );
  }
}

export interface PdfOptions {
  fontPath: string;
  fontName: string | null;
}

export function dossierPdf(dossier: DossierRecord, options: PdfOptions): Promise<Buffer> {
  const { lang } = dossier;
  const w = REPORT_WORDS[lang];
  const chainName = lang === "zh" ? dossier.chain.nameZh : dossier.chain.name;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    info: { Title: w.title(chainName), Creator: "Chain Atlas" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  useFont(doc, options.fontPath, options.fontName);

  // Title page.
  doc
    .fontSize(22)
    .fillColor("#1f3a5f")
    .text(w.title(chainName), MARGIN.left, 140, { width: WIDTH, align: "center" });
  doc.moveDown(0.5).fontSize(11).fillColor("#333333").text(w.subtitle, { width: WIDTH, align: "center" });
  doc.moveDown(2).fontSize(10).fillColor("#000000");
  doc.text(`${w.region}: ${dossier.regionCode}`, { width: WIDTH });
  doc.text(`${w.date}: ${dossier.generatedOn}`, { width: WIDTH });
  doc.text(`${w.sources}: ${sourceLine(lang, dossier.sources)}`, { width: WIDTH });
  const items = [...dossier.diagrams, ...dossier.lists];
  if (
    dossier.sources.some((s) => s.source === "SYNTHETIC" && s.all > 0) ||
    items.some((i) => i.rows.some((r) => r.synthetic))
  )
    doc.moveDown(0.5).fillColor("#8a5a00").text(w.syntheticWarning, { width: WIDTH }).fillColor("#000000");
  doc.moveDown(1.5);
  items.forEach((item, i) => {
    if (i === 0) doc.fontSize(12).text(w.diagrams, { width: WIDTH }).moveDown(0.3);
    if (i === dossier.diagrams.length)
      doc.moveDown(0.5).fontSize(12).text(w.lists, { width: WIDTH }).moveDown(0.3);
    doc
      .fontSize(9)
      .text(
        `${i + 1}. ${lang === "zh" ? item.titleZh : item.titleEn} (${item.key}) — ${w.statuses[item.status]}, ${item.rows.length}`,
        { width: WIDTH },
      );
  });

  items.forEach((item, i) => drawItem(doc, item, lang, i + 1));

  // Page numbers on every page, below the bottom margin (lifted so that pdfkit adds no page).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor("#555555")
      .text(w.page(i + 1, range.count), MARGIN.left, PAGE.height - 30, {
        width: WIDTH,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
