/**
 * What a person sees on the chain map at its default view, measured in a real browser from
 * window.__cy: the on-screen size of every visible label (font size × zoom), overlaps between
 * visible labels, and the user's zoom and selection surviving the gap overlay. Screenshots of each
 * chain and of the gap report, in both languages, go to artifacts/screenshots/.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureLabels, SHOTS, startBrowserApp, waitForGaps, type BrowserApp } from "./browser-app.ts";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
}, 300_000);
afterAll(async () => {
  await app?.close();
});

const TAG = process.env.SHOT_TAG ?? "after";

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

describe("the chain map's PNG export", () => {
  it("composes title, drawing, legend, date and source line", async () => {
    const page = await app.open("#/chain/NE", "zh");
    await waitForGaps(page);
    const download = page.waitForEvent("download");
    await page.locator('[data-action="png"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^chain-NE-\d{4}-\d\d-\d\d\.png$/);
    const target = path.join(SHOTS, `chain-map-NE-export-zh-${TAG}.png`);
    await file.saveAs(target);
    const png = fs.readFileSync(target);
    // PNG header: width and height (big-endian) at bytes 16 and 20.
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const drawing = await page.evaluate(() => {
      const bb = window.__cy!.elements().boundingBox();
      return { w: bb.w * 2, h: bb.h * 2 };
    });
    // The sheet is wider than or as wide as the drawing and taller by its title, legend and footer.
    expect(w).toBeGreaterThanOrEqual(Math.floor(drawing.w));
    expect(h).toBeGreaterThan(drawing.h + 200);
    await page.close();
  }, 120_000);
});

describe("the gap report", () => {
  it.each(["zh", "en"] as const)(
    "leads with the act-now gaps, groups the tail, filters, exports (%s)",
    async (lang) => {
      const page = await app.open("#/gaps/NE", lang);
      await page.getByTestId("act-now").waitFor({ timeout: 60_000 });
      const actNow = await page.locator("[data-testid=act-now] tbody tr").count();
      expect(actNow).toBeGreaterThan(0);
      expect(actNow).toBeLessThanOrEqual(8);
      const groups = await page.locator(".gap-group summary").allTextContents();
      expect(groups.length).toBeGreaterThan(0);
      expect(groups[0]).toMatch(
        lang === "zh" ? /^\d+ 个.+环节，关联密度.+：.+$/ : /^\d+ \w+ gaps with \w+ relatedness: .+$/,
      );
      // Own gaps counted against the chain's own segments; EXTEND candidates apart.
      const own = await page.getByTestId("own-gaps").textContent();
      const m = /(\d+) (?:\/|of) (\d+)/.exec(own ?? "");
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
      // No explanation cites a zero contribution.
      const explanations = await page.locator("td.explain").allTextContents();
      expect(explanations.some((e) => /\b0\.00\b/.test(e))).toBe(false);
      // The quadrant's legend counts what is drawn.
      const legend = await page.locator("[data-testid=quadrant-legend] .legend-item").allTextContents();
      const counted = legend.reduce((sum, item) => sum + Number(/\((\d+)\)/.exec(item)![1]), 0);
      expect(counted).toBe(await page.locator("svg.quadrant circle").count());
      await app.shot(page, `gaps-NE-${lang}-${TAG}`);
      await page.screenshot({ path: path.join(SHOTS, `gaps-NE-${lang}-${TAG}-full.png`), fullPage: true });
      // Filter by type: only that type's rows remain.
      await page.locator('[data-action="gap-type"]').selectOption("CONSOLIDATE");
      const types = await page
        .locator(".gaps-table tbody tr")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.type));
      expect(types.every((t) => t === "CONSOLIDATE")).toBe(true);
      // The XLSX export of the report.
      const href = await page.locator('[data-action="export-gaps-xlsx"]').getAttribute("href");
      expect(href).toBe(`/export/gaps.xlsx?chainId=NE&lang=${lang}`);
      const res = await fetch(`${app.base}${href}`, { headers: { cookie: app.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("spreadsheetml");
      expect(page.errors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
