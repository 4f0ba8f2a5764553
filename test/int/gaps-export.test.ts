/**
 * The gap report's priorities and its XLSX export over HTTP, on the fixture of gaps.test.ts (chain
 * X: leaves X1–X4; gaps X3 CONSOLIDATE, X2 FILL (break point), X1 STRENGTHEN, Y1 EXTEND (break
 * point), in that score order — derived there by hand).
 *
 * Priority by hand (server/src/gaps/priority.ts): the 3 best of the chain's own gaps are X3, X2,
 * X1 (TOP_SCORE; Y1 is EXTEND); X2 and Y1 are break points. Densities (gaps.test.ts): X3 7/10,
 * X2 5/14, X1 7/9, Y1 8/17; sorted .357 .471 .700 .778, upper quartile at position 3 × .75 = 2.25:
 * .700 + .25 × (.778 − .700) ≈ .719, so X1 alone is HIGH_DENSITY. All four have a reason and the
 * cap of 8 keeps them all ACT_NOW: no tail group. Counts: 4 leaves, 3 own gaps, 1 EXTEND candidate.
 */
import type http from "node:http";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/app.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { gapsFixture } from "../fixtures/gaps-chain.ts";
import { loadFixture } from "../fixtures/load.ts";
import { authHeaders, gql, silentLog, testConfig, testDb } from "../helpers.ts";

const db = testDb();
const deps = { db, config: testConfig({ homeRegion: "HOME", env: "production" }), log: silentLog };
const yoga = createGraphQL(deps);
let server: http.Server;
let base = "";

beforeAll(async () => {
  await loadFixture(db, gapsFixture);
  server = createHttpServer(deps);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.driver.close();
});

describe("gap priorities in the API", () => {
  it("counts EXTEND candidates apart and ranks every gap by the rule", async () => {
    const r = await gql<{
      gaps: {
        segmentCount: number;
        ownGapCount: number;
        extendCount: number;
        priorityGroups: unknown[];
        gaps: { segment: { id: string }; priority: { tier: string; reasons: string[] } }[];
      };
    }>(
      yoga,
      `{ gaps(chainId: "X") { segmentCount ownGapCount extendCount priorityGroups { tier count }
         gaps { segment { id } priority { tier reasons densityBand } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const g = r.data!.gaps;
    expect([g.segmentCount, g.ownGapCount, g.extendCount]).toEqual([4, 3, 1]);
    expect(g.gaps.map((x) => [x.segment.id, x.priority.tier, x.priority.reasons.join("+")])).toEqual([
      ["X3", "ACT_NOW", "TOP_SCORE"],
      ["X2", "ACT_NOW", "TOP_SCORE+BREAK_POINT"],
      ["X1", "ACT_NOW", "TOP_SCORE+HIGH_DENSITY"],
      ["Y1", "ACT_NOW", "BREAK_POINT"],
    ]);
    expect(g.priorityGroups).toEqual([]);
  });
});

describe("GET /export/gaps.xlsx", () => {
  it("sends the report act-now first, with a frozen header, an autofilter and widths", async () => {
    const res = await fetch(`${base}/export/gaps.xlsx?chainId=X&lang=en`, { headers: authHeaders() });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="gaps-X-\d{4}-\d\d-\d\d\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Gap report");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getColumn(12).width).toBe(90);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(["Priority", "Score rank", "Segment ID", "Segment", "Gap type"]);
    const rows = [2, 3, 4, 5].map((i) => (sheet.getRow(i).values as unknown[]).slice(1, 6));
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ["Act now", 1, "X3", "Consolidate"],
      ["Act now", 2, "X2", "Fill"],
      ["Act now", 3, "X1", "Strengthen"],
      ["Act now", 4, "Y1", "Extend"],
    ]);
    expect(sheet.rowCount).toBe(5);
  });

  it("names a bad parameter and answers 404 for an unknown chain", async () => {
    const bad = await fetch(`${base}/export/gaps.xlsx?chainId=X&lang=fr`, { headers: authHeaders() });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_USER_INPUT", field: "lang" } });
    const none = await fetch(`${base}/export/gaps.xlsx`, { headers: authHeaders() });
    expect(((await none.json()) as { error: { field: string } }).error.field).toBe("chainId");
    const unknown = await fetch(`${base}/export/gaps.xlsx?chainId=NOPE`, { headers: authHeaders() });
    expect(unknown.status).toBe(404);
  });
});
