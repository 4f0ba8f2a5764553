/**
 * 同类对标 (peer comparison) in a real browser, in both languages, with screenshots for a person to
 * look at: the zone beside the default peers (苏州, 无锡, 常州), the chart drawn, and a peer added
 * and removed through the picker.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowserApp, type BrowserApp } from "./browser-app.ts";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
}, 300_000);
afterAll(() => app?.close());

async function waitForPeers(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("main")?.dataset.peersLoaded === "true",
    null,
    {
      timeout: 60_000,
    },
  );
}

describe("the peer comparison view", () => {
  it.each(["zh", "en"] as const)("shows the zone beside the default peers (%s)", async (lang) => {
    const page = await app.open("#/peers/NE", lang);
    await waitForPeers(page);
    const regions = await page
      .locator('[data-testid="peer-table"] tbody tr td:first-child')
      .allTextContents();
    expect(regions).toEqual(
      lang === "zh"
        ? ["南通经济技术开发区 (本区)", "苏州市", "无锡市", "常州市"]
        : ["Nantong Economic and Technological Development Area (Zone)", "Suzhou", "Wuxi", "Changzhou"],
    );
    expect(await page.locator(".peer-chart canvas").count()).toBe(1);
    expect(await page.locator("[data-peer]").count()).toBe(3);
    await app.shot(page, `peers-NE-${lang}`);
    expect(page.errors).toEqual([]);
  });

  it("adds and removes a peer through the picker (the address keeps the choice)", async () => {
    const page = await app.open("#/peers/NE");
    await waitForPeers(page);
    await page.locator('select[name="add-peer"]').selectOption("320100");
    await page.waitForURL(/peers=320500%2C320200%2C320400%2C320100/);
    await waitForPeers(page);
    expect(await page.locator("[data-peer]").count()).toBe(4);
    await page.locator('[data-peer="320500"] .chip-remove').click();
    await page.waitForURL(/peers=320200%2C320400%2C320100/);
    await waitForPeers(page);
    expect(await page.locator("[data-peer]").count()).toBe(3);
    expect(page.errors).toEqual([]);
  });
});
