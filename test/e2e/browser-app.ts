/**
 * A seeded service and a headless Chromium for a browser test file: the same set-up as
 * client.test.ts (seed at scale 3,000, built client, an ADMIN session), offered as one function so a
 * second browser test file does not copy it.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { loadCatalog } from "../../graph-seed/src/catalog.ts";
import { loadSeedGraph, resetGraph } from "../../graph-seed/src/loader.ts";
import { createHttpServer } from "../../server/src/app.ts";
import { PROJECT_ROOT } from "../../server/src/config.ts";
import { migrate } from "../../server/src/db/migrations.ts";
import { signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

export const SHOTS = path.join(PROJECT_ROOT, "artifacts", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserApp {
  base: string;
  cookie: string;
  /** A fresh signed-in page in the language; uncaught page errors collect in `errors`. */
  open(
    hash: string,
    lang?: "zh" | "en",
    before?: (page: Page) => Promise<void>,
  ): Promise<Page & { errors: string[] }>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserApp(): Promise<BrowserApp> {
  const db = testDb();
  await migrate(db);
  await resetGraph(db);
  await loadSeedGraph(db, {
    catalog: loadCatalog(),
    scale: 3000,
    seed: 1,
    homeRegion: "320671",
    batchSize: 500,
  });
  // The server decides at creation whether a built client exists, so build first.
  await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
  const server = createHttpServer({ db, config: testConfig(), log: silentLog });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cookie = await signInAs(db, "ADMIN");
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    base,
    cookie,
    async open(hash, lang = "zh", before) {
      const page = (await browser.newPage({ viewport: { width: 1440, height: 900 } })) as Page & {
        errors: string[];
      };
      const [name = "", value = ""] = cookie.split("=");
      await page.context().addCookies([{ name, value, url: base }]);
      page.errors = [];
      page.on("pageerror", (e) => page.errors.push(e.message));
      await page.addInitScript((l) => localStorage.setItem("chain-atlas.lang", l), lang);
      if (before) await before(page);
      await page.goto(`${base}/${hash}`);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await db.driver.close();
    },
  };
}

export async function waitForGaps(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("main")?.dataset.gapsLoaded === "true",
    null,
    { timeout: 60_000 },
  );
}

export interface LabelReport {
  count: number;
  minPx: number;
  smallest: string[];
  overlaps: string[];
  zoom: number;
}

/** Every label whose box is inside the viewport: its size on screen and the pairs that overlap. */
export function measureLabels(page: Page): Promise<LabelReport> {
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
