import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { beforeEach, afterAll, describe, expect, it } from "vitest";
import { evaluateWatches } from "../../server/src/alerts/index.ts";
import { createHttpServer } from "../../server/src/app.ts";
import { writeGraph, type CompanyInput } from "../../server/src/graph-writes/index.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * Watches on the small fixture (test/fixtures/small-chain.ts; home HOME, a park of city C1).
 * Writes go through graph-writes, as an import does, so the presence token changes.
 *
 * Gap B3: its candidates (companies in B3 outside HOME) are c2c alone. Adding x1 (C2, B3) makes one
 * newcomer; adding h9 (HOME, B3) changes the token but adds no candidate.
 *
 * Peer C1 in B1 (RCA as in test/unit/peers.test.ts): C1 11/6 ≈ 1.83 < HOME 11/5 = 2.2, behind.
 * Adding y1, y2 (D1, a district of C1, both in B1): B1's column 5, total 13; HOME (3/5)/(5/13) =
 * 39/25 = 1.56; C1 row [1, 0, 5, 2, 0], Σ 8: (5/8)/(5/13) = 13/8 = 1.625 > 1.56 — overtaken.
 * Then y3 (C2, A1) changes the token and nothing in B1's order: C1 stays ahead, no second alert.
 */
const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });
const deps = { db, config, log: silentLog };
let analyst = "";
let other = "";

beforeEach(async () => {
  await loadFixture(db, smallFixture);
  analyst = await signInAs(db, "ANALYST", { username: "alert-analyst" });
  other = await signInAs(db, "LEADER", { username: "alert-leader" });
});
afterAll(() => db.driver.close());

const company = (id: string, region: string, segment: string): CompanyInput => ({
  id,
  name: `Company ${id}`,
  nameZh: `企业${id}`,
  region,
  segments: [{ segment, primary: true }],
  source: "imported",
});

const ALERTS = `{ unreadAlertCount myAlerts { id kind read count names namesZh segment { id } peer { code }
  peerRca zoneRca stage days milestoneTitle due leadId } }`;
interface AlertShape {
  id: string;
  kind: string;
  read: boolean;
  count: number | null;
  names: string[];
  namesZh: string[];
  segment: { id: string } | null;
  peer: { code: string } | null;
  peerRca: number | null;
  zoneRca: number | null;
  stage: string | null;
  days: number | null;
  milestoneTitle: string | null;
  due: string | null;
  leadId: string | null;
}
async function alertsOf(cookie: string) {
  const r = await gql<{ unreadAlertCount: number; myAlerts: AlertShape[] }>(yoga, ALERTS, {}, cookie);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe("a watch on a gap", () => {
  it("fires once when a graph write adds a target candidate, never twice, and not for a local company", async () => {
    const w = await gql<{ watchGap: { id: string; kind: string; segment: { id: string } } }>(
      yoga,
      `mutation { watchGap(chainId: "T", segmentId: "B3") { id kind segment { id } } }`,
      {},
      analyst,
    );
    expect(w.errors).toBeUndefined();
    expect(w.data!.watchGap).toMatchObject({ kind: "GAP", segment: { id: "B3" } });
    // Setting it again is the same watch.
    const again = await gql<{ watchGap: { id: string } }>(
      yoga,
      `mutation { watchGap(chainId: "T", segmentId: "B3") { id } }`,
      {},
      analyst,
    );
    expect(again.data!.watchGap.id).toBe(w.data!.watchGap.id);
    expect((await alertsOf(analyst)).unreadAlertCount).toBe(0);
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);

    await writeGraph(db, (g) => g.companies([company("x1", "C2", "B3")]));
    // The timer and a reader at once, then again: one alert.
    const [a, b] = await Promise.all([evaluateWatches(deps, new Date()), evaluateWatches(deps, new Date())]);
    expect(a.created + b.created).toBe(1);
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);
    let seen = await alertsOf(analyst);
    expect(seen.unreadAlertCount).toBe(1);
    expect(seen.myAlerts).toEqual([
      expect.objectContaining({
        kind: "NEW_CANDIDATES",
        read: false,
        count: 1,
        names: ["Company x1"],
        namesZh: ["企业x1"],
        segment: { id: "B3" },
      }),
    ]);

    // A local company in B3 is not a candidate: the token changes, nothing fires.
    await writeGraph(db, (g) => g.companies([company("h9", "HOME", "B3")]));
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);
    // Another user's alerts are theirs alone.
    expect((await alertsOf(other)).myAlerts).toEqual([]);

    // Read: the count drops, the alert stays.
    const read = await gql<{ markAlertsRead: number }>(yoga, `mutation { markAlertsRead }`, {}, analyst);
    expect(read.data!.markAlertsRead).toBe(1);
    seen = await alertsOf(analyst);
    expect(seen.unreadAlertCount).toBe(0);
    expect(seen.myAlerts.map((x) => x.read)).toEqual([true]);
    const audit = await db.query<{ action: string }>(
      "MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'watch.' OR e.action STARTS WITH 'alert.' RETURN e.action AS action ORDER BY e.at",
    );
    expect(audit.map((r) => r.action)).toEqual(["watch.create", "alert.read"]);

    // The month's bulletin lists the event, parsed back.
    const server = createHttpServer({ db, config, log: silentLog });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const today = new Date().toISOString().slice(0, 10);
      for (const [lang, sheetName, text] of [
        ["zh", "本期提醒", "测试电站：新增 1 家目标企业（企业x1）"],
        ["en", "Alerts", "Test plants: 1 new target company (Company x1)"],
      ] as const) {
        const res = await fetch(`${base}/export/bulletin.xlsx?period=MONTH&at=${today}&lang=${lang}`, {
          headers: { cookie: analyst, "x-chain-atlas": "1" },
        });
        expect(res.status).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(await res.arrayBuffer());
        const sheet = book.getWorksheet(sheetName)!;
        expect(sheet.rowCount).toBe(2);
        expect(sheet.getRow(2).values).toEqual([
          undefined,
          today,
          lang === "zh" ? "新增目标企业" : "New target candidates",
          lang === "zh" ? "测试链" : "Test chain",
          text,
          1,
        ]);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    // Unwatched: a new candidate fires nothing.
    const un = await gql<{ unwatch: boolean }>(
      yoga,
      `mutation($id: ID!) { unwatch(watchId: $id) }`,
      { id: w.data!.watchGap.id },
      analyst,
    );
    expect(un.data!.unwatch).toBe(true);
    await writeGraph(db, (g) => g.companies([company("x2", "C2", "B3")]));
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);
  });

  it("refuses a segment outside the chain, naming the field", async () => {
    const r = await gql(yoga, `mutation { watchGap(chainId: "T", segmentId: "T-A") { id } }`, {}, analyst);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "segmentId" });
  });
});

describe("a watch on a peer in a segment", () => {
  it("fires when the peer's RCA passes the zone's, once", async () => {
    const w = await gql(
      yoga,
      `mutation { watchPeerSegment(chainId: "T", segmentId: "B1", peerCode: "C1") { id kind peer { code } } }`,
      {},
      analyst,
    );
    expect(w.errors).toBeUndefined();
    await writeGraph(db, (g) => g.companies([company("y1", "D1", "B1"), company("y2", "D1", "B1")]));
    expect((await evaluateWatches(deps, new Date())).created).toBe(1);
    const [alert] = (await alertsOf(analyst)).myAlerts;
    expect(alert).toMatchObject({ kind: "PEER_OVERTOOK", peer: { code: "C1" }, segment: { id: "B1" } });
    expect(alert!.peerRca).toBeCloseTo(13 / 8, 12);
    expect(alert!.zoneRca).toBeCloseTo(39 / 25, 12);
    // Still ahead after another write: no second alert.
    await writeGraph(db, (g) => g.companies([company("y3", "C2", "A1")]));
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);
  });

  it("does not fire for a peer that was ahead when the watch was set", async () => {
    // C2 in A1: 11/9 against the zone's 0, ahead from the start.
    await gql(
      yoga,
      `mutation { watchPeerSegment(chainId: "T", segmentId: "A1", peerCode: "C2") { id } }`,
      {},
      analyst,
    );
    await writeGraph(db, (g) => g.companies([company("z1", "C2", "A1")]));
    expect((await evaluateWatches(deps, new Date())).created).toBe(0);
  });
});

describe("a watch on a lead", () => {
  it("fires when the lead stalls and when a milestone is overdue (the pipeline's rules), once each", async () => {
    const admin = await signInAs(db, "ADMIN", { username: "alert-admin" });
    const created = await gql<{ createLead: { id: string } }>(
      yoga,
      `mutation { createLead(input: {companyId: "c2a", segmentId: "A1", teamId: "T-GYZX", date: "2026-01-05"}) { id } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    const leadId = created.data!.createLead.id;
    const m = await gql(
      yoga,
      `mutation($id: ID!) { addMilestone(leadId: $id, title: "现场考察", owner: "王", due: "2026-01-20") { id } }`,
      { id: leadId },
      admin,
    );
    expect(m.errors).toBeUndefined();
    await gql(yoga, `mutation($id: ID!) { watchLead(leadId: $id) { id } }`, { id: leadId }, analyst);
    // On 2026-02-04 the lead is 30 days unchanged (not stalled yet, > 30 is) and the milestone is overdue.
    expect((await evaluateWatches(deps, new Date("2026-02-04T09:00:00Z"))).created).toBe(1);
    expect((await evaluateWatches(deps, new Date("2026-02-05T09:00:00Z"))).created).toBe(1);
    expect((await evaluateWatches(deps, new Date("2026-02-06T09:00:00Z"))).created).toBe(0);
    const { myAlerts } = await alertsOf(analyst);
    const byKind = Object.fromEntries(myAlerts.map((a) => [a.kind, a]));
    expect(byKind.MILESTONE_OVERDUE).toMatchObject({
      milestoneTitle: "现场考察",
      due: "2026-01-20",
      leadId,
      names: ["Shanghai Wafer"],
    });
    expect(byKind.LEAD_STALLED).toMatchObject({ stage: "LEAD", days: 31, leadId });
  });
});
