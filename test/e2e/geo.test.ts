/**
 * The geographic view in a real browser: every visible label at least 11 px on screen and none
 * overlapping (measured from window.__cy as for the chain map), the circles' counts equal to the
 * API's (targets per region), the gap filter from the gap report, the click-through to the targets
 * list and company pages, and screenshots in both languages, at default and with a gap filter.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSyntheticPipeline } from "../../graph-seed/src/synthetic-pipeline.ts";
import { testConfig, testDb } from "../helpers.ts";
import { measureLabels, startBrowserApp, type BrowserApp } from "./browser-app.ts";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
  // The demo pipeline, as `npm start` seeds it, so that leads show on the map.
  const db = testDb();
  const leads = await seedSyntheticPipeline(db, {
    seed: 1,
    homeRegion: "320671",
    anchor: new Date().toISOString().slice(0, 10),
    pipeline: testConfig().pipeline,
  });
  expect(leads).toBeGreaterThan(0);
  await db.driver.close();
}, 300_000);
afterAll(async () => {
  await app?.close();
});

async function waitForGeo(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("main")?.dataset.geoLoaded === "true",
    null,
    {
      timeout: 90_000,
    },
  );
  await page.waitForTimeout(300);
}

/** Candidates per place as drawn: code → count of the candidate circle. */
function drawnCandidates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      window
        .__cy!.nodes("node.geo-point.candidate")
        .map((n) => [n.data("code") as string, n.data("count") as number]),
    ),
  );
}

async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${app.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: app.cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe("the geographic view", () => {
  for (const lang of ["zh", "en"] as const)
    it(`NE (${lang}): readable labels, the boundary note, counts equal to the API's`, async () => {
      const page = await app.open("#/geo/NE", lang);
      await waitForGeo(page);
      const report = await measureLabels(page);
      console.log(
        `[geo labels] NE ${lang}: ${JSON.stringify({ ...report, overlaps: report.overlaps.slice(0, 5) })}`,
      );
      await app.shot(page, `geo-NE-${lang}`);
      expect(report.count).toBeGreaterThan(5);
      expect(report.minPx).toBeGreaterThanOrEqual(11);
      expect(report.overlaps).toEqual([]);
      expect(await page.getByTestId("geo-boundary-note").textContent()).toMatch(
        lang === "zh" ? /不绘制任何国界/ : /no national or administrative boundary/,
      );
      // The home city is labelled.
      expect(await page.evaluate(() => window.__cy!.nodes(".geo-label.home.shown").length === 1)).toBe(true);

      // The three places with most candidates: the drawn count equals targets(chainId, region).
      const drawn = await drawnCandidates(page);
      const top = Object.entries(drawn)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      expect(top.length).toBeGreaterThan(0);
      for (const [code, count] of top) {
        const filter = /^[A-Z]{2}$/.test(code) ? { countries: [code] } : { provinces: [code] };
        const r = await api<{ targets: { totalCount: number } }>(
          `query($filter: TargetFilter) { targets(chainId: "NE", filter: $filter, first: 0) { totalCount } }`,
          { filter },
        );
        expect(r.targets.totalCount, code).toBe(count);
      }
      const all = await api<{ targets: { totalCount: number } }>(
        `{ targets(chainId: "NE", first: 0) { totalCount } }`,
        {},
      );
      expect(Object.values(drawn).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(all.targets.totalCount);
      expect(page.errors).toEqual([]);
      await page.close();
    }, 180_000);

  it.each(["zh", "en"] as const)(
    "opens from a gap report row with the gap filter set, then to targets and a company (%s)",
    async (lang) => {
      const page = await app.open("#/gaps/NE", lang);
      await page.getByTestId("act-now").waitFor({ timeout: 90_000 });
      const link = page.locator('[data-testid=act-now] [data-action="gap-geo"]').first();
      const href = (await link.getAttribute("href"))!;
      const gap = new URLSearchParams(href.split("?")[1]).get("gap")!;
      expect(href).toBe(`#/geo/NE?gap=${gap}`);
      await link.click();
      await waitForGeo(page);
      expect(await page.locator("#geo-gap").inputValue()).toBe(gap);
      const report = await measureLabels(page);
      console.log(
        `[geo labels] NE gap ${gap} ${lang}: ${JSON.stringify({ ...report, overlaps: report.overlaps.slice(0, 5) })}`,
      );
      await app.shot(page, `geo-NE-gap-${lang}`);
      expect(report.minPx).toBeGreaterThanOrEqual(11);
      expect(report.overlaps).toEqual([]);

      // The gap's candidates per place equal targets(segmentId: gap, region).
      const drawn = await drawnCandidates(page);
      const [code, count] = Object.entries(drawn).sort((a, b) => b[1] - a[1])[0]!;
      const filter = /^[A-Z]{2}$/.test(code) ? { countries: [code] } : { provinces: [code] };
      const r = await api<{ targets: { totalCount: number } }>(
        `query($s: ID, $filter: TargetFilter) { targets(segmentId: $s, filter: $filter, first: 0) { totalCount } }`,
        { s: gap, filter },
      );
      expect(r.targets.totalCount).toBe(count);

      // Click the place: its panel, the targets list filtered to it, then a company page.
      await page.evaluate((c) => window.__cy!.getElementById(`geo:lb:${c}`).emit("tap"), code);
      await page.locator("[data-testid=geo-top-targets] a").first().waitFor({ timeout: 60_000 });
      await app.shot(page, `geo-NE-gap-panel-${lang}`);
      const targetsHref = await page.locator('[data-action="geo-targets"]').getAttribute("href");
      expect(targetsHref).toContain(`segment=${gap}`);
      expect(targetsHref).toContain(/^[A-Z]{2}$/.test(code) ? `country=${code}` : `province=${code}`);
      const company = await page.locator("[data-testid=geo-top-targets] a").first().getAttribute("href");
      expect(company).toMatch(/^#\/company\//);
      await page.locator("[data-testid=geo-top-targets] a").first().click();
      await page.waitForURL(/#\/company\//);
      expect(page.errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
