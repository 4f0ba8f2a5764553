/**
 * 同类对标 (peer comparison) in a real browser, in both languages, with screenshots for a person to
 * look at: the zone beside the default peers (苏州, 无锡, 常州), the chart drawn, and a peer added
 * and removed through the picker. Then the alerts bell: a watch on a gap fires after a graph write
 * adds a candidate, and the bell shows it.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGraph } from "../../server/src/graph-writes/index.ts";
import { testDb } from "../helpers.ts";
import { startBrowserApp, type BrowserApp } from "./browser-app.ts";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
}, 300_000);
const db = testDb();
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

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

describe("the alerts bell", () => {
  it.each(["zh", "en"] as const)("shows a gap watch's alert after a graph write (%s)", async (lang) => {
    const [row] = await db.query<{ id: string }>(
      "MATCH (s:Segment {chainId: 'NE', leaf: true}) RETURN s.id AS id ORDER BY s.id LIMIT 1",
    );
    const segmentId = row!.id;
    const res = await fetch(`${app.base}/graphql`, {
      method: "POST",
      headers: { cookie: app.cookie, "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($s: ID!) { watchGap(chainId: "NE", segmentId: $s) { id } }`,
        variables: { s: segmentId },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    // A new company in Suzhou in that segment, written as an import writes: a new target candidate.
    await writeGraph(db, (g) =>
      g.companies([
        {
          id: `e2e-alert-${lang}`,
          name: `Bell Test Materials ${lang}`,
          nameZh: `铃声测试材料${lang}`,
          region: "320500",
          segments: [{ segment: segmentId, primary: true }],
          source: "imported",
        },
      ]),
    );
    const page = await app.open("#/peers/NE", lang);
    await waitForPeers(page);
    await page.getByTestId("bell-count").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.getByTestId("bell-count").textContent()).toBe("1");
    await page.locator('[data-action="bell"]').click();
    await page.locator(".alert-item").first().waitFor({ timeout: 60_000 });
    const text = await page.locator(".alert-item a").first().textContent();
    expect(text).toContain(lang === "zh" ? `铃声测试材料${lang}` : `Bell Test Materials ${lang}`);
    await app.shot(page, `bell-${lang}`);
    await page.locator('[data-action="mark-read"]').click();
    await page.getByTestId("bell-count").waitFor({ state: "hidden", timeout: 60_000 });
    expect(page.errors).toEqual([]);
  });
});
