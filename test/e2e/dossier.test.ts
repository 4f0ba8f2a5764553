/**
 * 六图六清单 (the chain dossier) in a real browser, in both languages, with screenshots for a person
 * to look at: the twelve sections with their titles and status, the PDF and XLSX links answering
 * with the right content type, and an ANALYST adding a row to a bureau-maintained table, editing it
 * and meeting a CONFLICT when the row changed underneath.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, testDb } from "../helpers.ts";
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

const TITLES = {
  zh: [
    "树状图",
    "现状全景图",
    "未来趋势图",
    "发展路径图",
    "技术创新图",
    "招商路线图",
    "重点事项",
    "重点园区",
    "重点企业",
    "重点项目",
    "重点创新平台",
    "重点短板需求",
  ],
} as const;

async function waitForDossier(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("main")?.dataset.dossierLoaded === "true",
    null,
    { timeout: 60_000 },
  );
}

/** The sections' titles without their status badge. */
function sectionTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("section.dossier-item h3")].map(
      (h) => h.firstChild?.textContent ?? "",
    ),
  );
}

describe("the chain dossier view", () => {
  it.each(["zh", "en"] as const)("shows the six diagrams and six lists of NE (%s)", async (lang) => {
    const page = await app.open("#/dossier/NE", lang);
    await waitForDossier(page);
    const titles = await sectionTitles(page);
    expect(titles).toHaveLength(12);
    if (lang === "zh") expect(titles).toEqual(TITLES.zh);
    else {
      // The English titles are the API's own; none of them is left in Chinese.
      expect(titles.every((x) => x !== "" && !/[\u4e00-\u9fff]/.test(x))).toBe(true);
      expect(titles[0]).toBe("Chain tree");
    }
    // The three maintained tables say so; the chain tree is generated and has rows.
    const statusOf = (key: string) => page.locator(`section[data-item="${key}"]`).getAttribute("data-status");
    expect(await statusOf("FUTURE_TRENDS")).toBe("MAINTAINED");
    expect(await statusOf("KEY_PARKS")).toBe("MAINTAINED");
    expect(await statusOf("KEY_PLATFORMS")).toBe("MAINTAINED");
    expect(await statusOf("CHAIN_TREE")).toBe("GENERATED");
    expect(await page.locator('[data-testid="dossier-table-CHAIN_TREE"] tbody tr').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator(".dossier-method").count()).toBe(12);

    // The download links are for the page's language and answer with the right content type.
    const pdf = await page.getByTestId("dossier-pdf").getAttribute("href");
    const xlsx = await page.getByTestId("dossier-xlsx").getAttribute("href");
    expect(pdf).toBe(`/report/chain/NE.pdf?lang=${lang}`);
    expect(xlsx).toBe(`/report/chain/NE.xlsx?lang=${lang}`);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const pdfRes = await fetch(`${app.base}${pdf}`, { headers: { cookie } });
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get("content-type")).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(await pdfRes.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const xlsxRes = await fetch(`${app.base}${xlsx}`, { headers: { cookie } });
    expect(xlsxRes.status).toBe(200);
    expect(xlsxRes.headers.get("content-type")).toMatch(
      /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    );
    // An XLSX is a zip: it starts with "PK".
    expect(
      Buffer.from(await xlsxRes.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");

    // 树状图 and 现状全景图 are drawn from the API's nodes and edges.
    await page.waitForFunction(
      () =>
        ["dossier-CHAIN_TREE", "dossier-PANORAMA"].every((v) =>
          (window.__paints ?? []).some((p) => p.view === v),
        ),
      null,
      { timeout: 60_000 },
    );
    const drawn = await page.evaluate(() => (window.__paints ?? []).map((p) => [p.view, p.elements]));
    expect(drawn.find(([v]) => v === "dossier-CHAIN_TREE")![1]).toBeGreaterThan(10);
    expect(drawn.find(([v]) => v === "dossier-PANORAMA")![1]).toBeGreaterThan(10);

    await app.shot(page, `dossier-NE-${lang}`);
    await page.getByTestId("dossier-graph-CHAIN_TREE").scrollIntoViewIfNeeded();
    await app.shot(page, `dossier-NE-${lang}-tree`);
    await page.getByTestId("dossier-graph-PANORAMA").scrollIntoViewIfNeeded();
    await app.shot(page, `dossier-NE-${lang}-panorama`);
    // "Download image" composes the sheet (title, drawing, legend, source) and downloads it.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.locator('section[data-item="PANORAMA"] [data-action="png"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dossier-NE-panorama-\d{4}-\d{2}-\d{2}\.png$/);
    expect(page.errors).toEqual([]);
  });

  it("lets an ANALYST add a park, edit it, and shows a CONFLICT on a stale edit", async () => {
    const analyst = await signInAs(db, "ANALYST", { username: "dossier-analyst" });
    const [name = "", value = ""] = analyst.split("=");
    const page = await app.open("#/dossier/NE", "en", async (p) => {
      await p.context().addCookies([{ name, value, url: app.base }]);
    });
    await waitForDossier(page);
    expect(await page.getByTestId("who").textContent()).toContain("dossier-analyst");
    const park = page.locator('section[data-item="KEY_PARKS"]');
    const form = park.getByTestId("dossier-add-PARK");
    await form.locator('input[name="title"]').fill("Nantong High-tech Park");
    await form.locator('input[name="detail"]').fill("PV modules and storage");
    await form.locator('input[name="sourceNote"]').fill("Bureau meeting 2026-11");
    await form.locator('button[type="submit"]').click();
    const rows = park.locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").first().textContent()).toBe("Nantong High-tech Park");
    expect(await rows.first().locator("td").nth(2).textContent()).toBe("Bureau meeting 2026-11");

    // Someone else changes the row (version 1 → 2) while this page still holds version 1.
    const [entry] = await db.query<{ id: string }>(
      "MATCH (e:DossierEntry {chainId: 'NE', kind: 'PARK'}) RETURN e.id AS id",
    );
    const res = await fetch(`${app.base}/graphql`, {
      method: "POST",
      headers: { cookie: app.cookie, "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($id: ID!) { updateDossierEntry(id: $id, version: 1, input: {title: "Renamed"}) { version } }`,
        variables: { id: entry!.id },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    await rows.first().locator('[data-action="edit-entry"]').click();
    const edit = park.getByTestId("dossier-edit-form");
    await edit.locator('input[name="title"]').fill("Nantong High-tech Park (east)");
    await edit.locator('button[type="submit"]').click();
    const conflict = park.locator('[data-code="CONFLICT"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/changed since you loaded it .* by test-admin/);
    expect(page.errors).toEqual([]);
  });
});
