/**
 * The recruiting pipeline in a real browser: a recruiter of 工业招商中心 turns a target into a lead,
 * moves it from 挖掘线索 to 投产 with dates, and sees the segment's local count rise on the chain
 * map (window.__cy node data) and the team's row on the month's leaderboard change.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../graph-seed/src/catalog.ts";
import { loadSeedGraph, resetGraph } from "../../graph-seed/src/loader.ts";
import { createHttpServer } from "../../server/src/app.ts";
import { PROJECT_ROOT } from "../../server/src/config.ts";
import { migrate } from "../../server/src/db/migrations.ts";
import { signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

const SHOTS = path.join(PROJECT_ROOT, "artifacts", "screenshots");
const db = testDb();
let server: ReturnType<typeof createHttpServer>;
let browser: Browser;
let base = "";
let cookie = "";
let segmentId = "";

beforeAll(async () => {
  await migrate(db);
  await resetGraph(db);
  await loadSeedGraph(db, {
    catalog: loadCatalog(),
    scale: 2000,
    seed: 1,
    homeRegion: "320671",
    batchSize: 500,
  });
  // A new-energy leaf with no local company but some outside the zone: a FILL gap with targets.
  const [row] = await db.query<{ id: string }>(
    `MATCH (s:Segment {leaf: true, chainId: 'NE'})
     WHERE NOT EXISTS { (s)<-[:OPERATES_IN]-(:Company)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {code: '320671'}) }
       AND EXISTS { (s)<-[:OPERATES_IN {primary: true}]-(:Company) }
     RETURN s.id AS id ORDER BY s.id LIMIT 1`,
  );
  segmentId = row!.id;
  await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
  server = createHttpServer({ db, config: testConfig(), log: silentLog });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cookie = await signInAs(db, "RECRUITER", { username: "e2e-recruiter", teamId: "T-GYZX" });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db.driver.close();
});

async function open(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const [name = "", value = ""] = cookie.split("=");
  await page.context().addCookies([{ name, value, url: base }]);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.addInitScript(() => localStorage.setItem("chain-atlas.lang", "zh"));
  await page.goto(`${base}/${hash}`);
  return page;
}

async function localCount(): Promise<number> {
  const page = await open(`#/chain/NE?segment=${segmentId}`);
  await page.waitForFunction(
    (id) => (window.__cy?.nodes("node.segment").filter((n) => n.data("segmentId") === id).length ?? 0) > 0,
    segmentId,
  );
  const n = await page.evaluate(
    (id) =>
      window
        .__cy!.nodes("node.segment")
        .filter((x) => x.data("segmentId") === id)[0]!
        .data("localCount") as number,
    segmentId,
  );
  await page.close();
  return n;
}

async function gyzxRow(): Promise<{ signed: string; producing: string }> {
  const page = await open("#/race");
  const row = page.locator('[data-testid="leaderboard"] tr[data-team="T-GYZX"]');
  await row.waitFor();
  const r = {
    signed: (await row.locator('[data-field="signedCount"]').textContent()) ?? "",
    producing: (await row.locator('[data-field="producing"]').textContent()) ?? "",
  };
  await page.close();
  return r;
}

describe("a recruiter's lead from a target to production", () => {
  it("changes the chain map's local count and the team's leaderboard row", async () => {
    const before = { local: await localCount(), race: await gyzxRow() };
    expect(before.local).toBe(0);

    const targets = await open(`#/targets/NE?segment=${segmentId}`);
    const first = targets.locator("tbody tr").first();
    await first.waitFor();
    await first.locator(".create-lead summary").click();
    await first.locator('input[name="lead-amount"]').fill("60000"); // 60,000 万元 = 600M RMB
    await first.locator('[data-action="create-lead"]').click();
    try {
      await targets.waitForURL(/#\/lead\//);
    } catch (error) {
      await targets.screenshot({ path: path.join(SHOTS, "pipeline-create-failed.png"), fullPage: true });
      const status = await first.locator(".form-status").textContent();
      throw new Error(`no lead page after create: "${status}" ${String(error)}`);
    }
    await targets.getByTestId("lead-stage").waitFor();
    expect(await targets.getByTestId("lead-stage").getAttribute("data-stage")).toBe("LEAD");

    const today = new Date().toISOString().slice(0, 10);
    for (const stage of ["VISIT", "NEGOTIATION", "SIGNED", "REGISTERED", "STARTED", "PRODUCING"]) {
      await targets.locator('input[name="move-date"]').fill(today);
      await targets.locator(`[data-move="${stage}"]`).click();
      await targets.waitForSelector(`[data-testid="lead-stage"][data-stage="${stage}"]`);
    }
    expect(await targets.getByTestId("timeline").locator("li").count()).toBe(7);
    await targets.screenshot({ path: path.join(SHOTS, "pipeline-lead-zh.png"), fullPage: true });
    expect((targets as Page & { errors: string[] }).errors).toEqual([]);
    await targets.close();

    expect(await localCount()).toBe(1);
    const after = await gyzxRow();
    expect(Number(after.signed)).toBe(Number(before.race.signed) + 1);
    expect(Number(after.producing)).toBe(Number(before.race.producing) + 1);

    for (const [hash, name] of [
      ["#/pipeline", "pipeline-board-zh"],
      ["#/race", "pipeline-race-zh"],
      ["#/agenda", "pipeline-agenda-zh"],
    ] as const) {
      const page = await open(hash);
      await page.waitForSelector(".board-column, [data-testid=leaderboard], [data-testid=agenda-stalled]");
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    }
  }, 300_000);
});
