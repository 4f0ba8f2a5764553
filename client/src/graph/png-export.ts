/**
 * A graph as a PNG a reader can take away: a title, the drawing, a legend, the date and a line
 * naming the data's source (synthetic data marked), composed on one canvas in the browser.
 */
import type { Core } from "cytoscape";
import { FONT_STACK } from "../transforms/styles.ts";

export interface LegendEntry {
  /** Fill of the swatch; a badge when `text` is given. */
  colour: string;
  border?: string;
  dashed?: boolean;
  text?: string;
  label: string;
}

export interface PngSheet {
  title: string;
  subtitle?: string;
  legend: LegendEntry[];
  /** Lines under the legend: date and source, the synthetic-data note. */
  footer: string[];
  filename: string;
}

/** Pixels per CSS pixel of the composed image (the drawing is taken at the same scale). */
const SCALE = 2;

/** Composes the sheet and returns it as a PNG blob (exported for the browser test). */
export async function composePng(cy: Core, sheet: PngSheet): Promise<Blob> {
  const drawing = await cy.png({
    output: "blob-promise",
    full: true,
    scale: SCALE,
    bg: "#ffffff",
    maxWidth: 6000,
    maxHeight: 6000,
  });
  const image = await createImageBitmap(drawing);
  const pad = 24 * SCALE;
  const width = Math.max(image.width + 2 * pad, 1100 * SCALE);
  const font = (px: number, bold = false) => `${bold ? "bold " : ""}${px * SCALE}px ${FONT_STACK}`;

  // Legend entries flow in rows across the width.
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = font(14);
  const entryWidth = (e: LegendEntry) => 30 * SCALE + measure.measureText(e.label).width + 24 * SCALE;
  const rows: LegendEntry[][] = [[]];
  let x = 0;
  for (const e of sheet.legend) {
    if (x + entryWidth(e) > width - 2 * pad && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push(e);
    x += entryWidth(e);
  }
  const titleH = (sheet.subtitle ? 70 : 48) * SCALE;
  const legendH = rows.length * 28 * SCALE + 12 * SCALE;
  const footerH = sheet.footer.length * 22 * SCALE + 12 * SCALE;
  const height = pad + titleH + image.height + legendH + footerH + pad;

  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = "top";
  ctx.fillStyle = "#0f172a";
  ctx.font = font(26, true);
  ctx.fillText(sheet.title, pad, pad);
  if (sheet.subtitle) {
    ctx.fillStyle = "#475569";
    ctx.font = font(15);
    ctx.fillText(sheet.subtitle, pad, pad + 38 * SCALE);
  }
  let y = pad + titleH;
  ctx.drawImage(image, Math.round((width - image.width) / 2), y);
  y += image.height + 12 * SCALE;

  ctx.font = font(14);
  for (const row of rows) {
    let lx = pad;
    for (const e of row) {
      const s = 18 * SCALE;
      ctx.fillStyle = e.colour;
      ctx.strokeStyle = e.border ?? e.colour;
      ctx.lineWidth = 2 * SCALE;
      ctx.setLineDash(e.dashed ? [4 * SCALE, 3 * SCALE] : []);
      if (e.text !== undefined) {
        ctx.beginPath();
        ctx.arc(lx + s / 2, y + s / 2, s / 2, 0, 2 * Math.PI);
        ctx.fill();
        ctx.fillStyle = "#ffffff";
        ctx.font = font(11, true);
        ctx.textAlign = "center";
        ctx.fillText(e.text, lx + s / 2, y + 3 * SCALE);
        ctx.textAlign = "left";
        ctx.font = font(14);
      } else {
        ctx.fillRect(lx, y, s, s);
        ctx.strokeRect(lx, y, s, s);
      }
      ctx.setLineDash([]);
      ctx.fillStyle = "#1f2933";
      ctx.fillText(e.label, lx + s + 8 * SCALE, y + 1 * SCALE);
      lx += entryWidth(e);
    }
    y += 28 * SCALE;
  }
  y += 12 * SCALE;
  ctx.fillStyle = "#475569";
  ctx.font = font(13);
  for (const line of sheet.footer) {
    ctx.fillText(line, pad, y);
    y += 22 * SCALE;
  }
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** Composes the sheet and downloads it. */
export async function downloadSheetPng(cy: Core, sheet: PngSheet): Promise<void> {
  const blob = await composePng(cy, sheet);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = sheet.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
