/**
 * What a person sees on the chain map at its default view, measured in a real browser from
 * window.__cy: the on-screen size of every visible label (font size × zoom), overlaps between
 * visible labels, and the user's zoom and selection surviving the gap overlay. Screenshots of each
 * chain and of the gap report, in both languages, go to artifacts/screenshots/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdOperation, startBrowserApp, waitForGaps, type BrowserApp } from "./browser-app.ts";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
}, 300_000);
afterAll(async () => {
  await app?.close();
});

const TAG = process.env.SHOT_TAG ?? "after";

interface LabelReport {
  count: number;
  minPx: number;
  smallest: string[];
  overlaps: string[];
  zoom: number;
}

/** Every label whose box is inside the viewport: its size on screen and the pairs that overlap. */
function measureLabels(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const zoom = cy.zoom();
    const ext = cy.extent();
    const items = cy
      .elements(":visible")
      .filter((e) => {
        const label = String(e.style("label") ?? "");
        if (label.trim() === "" || Number(e.style("opacity")) === 0) return false;
        const bb = e.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        } as never);
        return bb.w > 0 && bb.x2 > ext.x1 && bb.x1 < ext.x2 && bb.y2 > ext.y1 && bb.y1 < ext.y2;
      })
      .map((e) => ({
        id: e.id(),
        px: parseFloat(String(e.style("font-size"))) * zoom,
        bb: e.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        } as never),
      }));
    const overlaps: string[] = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!.bb;
        const b = items[j]!.bb;
        const w = (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * zoom;
        const h = (Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1)) * zoom;
        if (w > 1 && h > 1) overlaps.push(`${items[i]!.id} × ${items[j]!.id}`);
      }
    const sorted = [...items].sort((a, b) => a.px - b.px);
    return {
      count: items.length,
      minPx: Math.round((sorted[0]?.px ?? 0) * 10) / 10,
      smallest: sorted.slice(0, 3).map((s) => `${s.id}: ${s.px.toFixed(1)}px`),
      overlaps,
      zoom: Math.round(zoom * 1000) / 1000,
    };
  });
}

describe("the chain map at its default view", () => {
  for (const lang of ["zh", "en"] as const)
    it.each(["NE", "IT", "EQ", "HL"])(
      `chain %s (${lang}): every visible label ≥ 11 px, none overlapping`,
      async (chainId) => {
        const page = await app.open(`#/chain/${chainId}`, lang);
        await waitForGaps(page);
        await page.waitForTimeout(300);
        const report = await measureLabels(page);
        console.log(
          `[labels ${TAG}] ${chainId} ${lang}: ${JSON.stringify({ ...report, overlaps: report.overlaps.slice(0, 5), overlapCount: report.overlaps.length })}`,
        );
        await app.shot(page, `chain-map-${chainId}-${lang}-${TAG}`);
        expect(report.count).toBeGreaterThan(0);
        expect(report.minPx).toBeGreaterThanOrEqual(11);
        expect(report.overlaps).toEqual([]);
        expect(page.errors).toEqual([]);
        await page.close();
      },
      120_000,
    );
});

describe("the gap report", () => {
  it.each(["zh", "en"] as const)(
    "screenshot in %s",
    async (lang) => {
      const page = await app.open("#/gaps/NE", lang);
      await page.getByTestId("gaps-table").waitFor({ timeout: 60_000 });
      await app.shot(page, `gaps-NE-${lang}-${TAG}`);
      await page.screenshot({
        path: `artifacts/screenshots/gaps-NE-${lang}-${TAG}-full.png`,
        fullPage: true,
      });
      expect(page.errors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});

export { holdOperation };
