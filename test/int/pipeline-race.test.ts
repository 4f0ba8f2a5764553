import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/app.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { authHeaders, gql, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * The horse race and the coordination agenda on a fixture pipeline, every figure worked out by hand.
 * Stall days 30 (the default), key project ≥ 500M RMB or ≥ 30M USD, started ≥ 100M RMB.
 *
 *   lead  team   company/segment  amount             created     moves
 *   L1    GYZX   c2a/A1           600M CNY (key)     2026-02-20  VISIT 02-25, NEGOTIATION 03-01, SIGNED 03-15,
 *                                                                REGISTERED 03-20, STARTED 03-25, PRODUCING 04-10
 *   L2    GYZX   d1/A1            20M USD @7 = 140M  2026-03-01  VISIT 03-02, NEGOTIATION 03-03, SIGNED 03-20,
 *                                                                REGISTERED 03-28; milestones: "land survey" due
 *                                                                04-10 (open), "contract review" due 04-01 (done 04-02)
 *   L3    KK     de1/A1           40M USD @7 = 280M  2026-02-01  VISIT 02-05, NEGOTIATION 02-10, SIGNED 02-27,
 *                (key: ≥ 30M USD)                                REGISTERED 03-02, STARTED 03-12
 *   L4    KK     c2b/A2           80M CNY            2026-03-01  VISIT 03-02, NEGOTIATION 03-03, SIGNED 03-05,
 *                                                                REGISTERED 03-06, STARTED 03-07
 *   L5    GYZX   c2c/B3           10M CNY            2026-03-03  VISIT 03-03
 *   L6    KK     de2/A2           50M CNY            2026-03-01  VISIT 03-02, NEGOTIATION 03-03, POLICY 04-15;
 *                                                                milestone "policy memo" due 04-25 (open)
 */
const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });
const ids: Record<string, string> = {};

async function lead(name: string, input: Record<string, unknown>, moves: [string, string][]): Promise<void> {
  const r = await gql<{ createLead: { id: string } }>(
    yoga,
    `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
    { input },
  );
  expect(r.errors, name).toBeUndefined();
  ids[name] = r.data!.createLead.id;
  for (const [stage, date] of moves) {
    const m = await gql(
      yoga,
      `mutation($id: ID!, $stage: LeadStage!, $date: String!) { moveLead(id: $id, stage: $stage, date: $date) { id } }`,
      { id: ids[name], stage, date },
    );
    expect(m.errors, `${name} ${stage}`).toBeUndefined();
  }
}

async function milestone(leadName: string, title: string, due: string, doneOn?: string) {
  const r = await gql<{ addMilestone: { id: string } }>(
    yoga,
    `mutation($l: ID!, $t: String!, $d: String!) { addMilestone(leadId: $l, title: $t, owner: "王工", due: $d) { id } }`,
    { l: ids[leadName], t: title, d: due },
  );
  expect(r.errors).toBeUndefined();
  if (doneOn) {
    const c = await gql(
      yoga,
      `mutation($id: ID!, $d: String!) { completeMilestone(id: $id, date: $d) { id } }`,
      {
        id: r.data!.addMilestone.id,
        d: doneOn,
      },
    );
    expect(c.errors).toBeUndefined();
  }
}

beforeAll(async () => {
  await loadFixture(db, smallFixture);
  const gyzx = { teamId: "T-GYZX" };
  const kk = { teamId: "T-KK" };
  const path = (...m: [string, string][]) => m;
  await lead(
    "L1",
    { ...gyzx, companyId: "c2a", segmentId: "A1", amount: 600e6, date: "2026-02-20" },
    path(
      ["VISIT", "2026-02-25"],
      ["NEGOTIATION", "2026-03-01"],
      ["SIGNED", "2026-03-15"],
      ["REGISTERED", "2026-03-20"],
      ["STARTED", "2026-03-25"],
      ["PRODUCING", "2026-04-10"],
    ),
  );
  await lead(
    "L2",
    {
      ...gyzx,
      companyId: "d1",
      segmentId: "A1",
      amount: 20e6,
      currency: "USD",
      usdRate: 7,
      date: "2026-03-01",
    },
    path(
      ["VISIT", "2026-03-02"],
      ["NEGOTIATION", "2026-03-03"],
      ["SIGNED", "2026-03-20"],
      ["REGISTERED", "2026-03-28"],
    ),
  );
  await lead(
    "L3",
    {
      ...kk,
      companyId: "de1",
      segmentId: "A1",
      amount: 40e6,
      currency: "USD",
      usdRate: 7,
      date: "2026-02-01",
    },
    path(
      ["VISIT", "2026-02-05"],
      ["NEGOTIATION", "2026-02-10"],
      ["SIGNED", "2026-02-27"],
      ["REGISTERED", "2026-03-02"],
      ["STARTED", "2026-03-12"],
    ),
  );
  await lead(
    "L4",
    { ...kk, companyId: "c2b", segmentId: "A2", amount: 80e6, date: "2026-03-01" },
    path(
      ["VISIT", "2026-03-02"],
      ["NEGOTIATION", "2026-03-03"],
      ["SIGNED", "2026-03-05"],
      ["REGISTERED", "2026-03-06"],
      ["STARTED", "2026-03-07"],
    ),
  );
  await lead("L5", { ...gyzx, companyId: "c2c", segmentId: "B3", amount: 10e6, date: "2026-03-03" }, [
    ["VISIT", "2026-03-03"],
  ]);
  await lead(
    "L6",
    { ...kk, companyId: "de2", segmentId: "A2", amount: 50e6, date: "2026-03-01" },
    path(["VISIT", "2026-03-02"], ["NEGOTIATION", "2026-03-03"], ["POLICY", "2026-04-15"]),
  );
  await milestone("L2", "land survey", "2026-04-10");
  await milestone("L2", "contract review", "2026-04-01", "2026-04-02");
  await milestone("L6", "policy memo", "2026-04-25");
}, 300_000);
afterAll(async () => {
  await db.driver.close();
});

const STANDING = `team { id } rank signedCount signedAmountRmb keyProjects keyProjectsAmountRmb registered started
  startedAmountRmb producing producingAmountRmb conversion avgDaysSignedToProducing`;

describe("the leaderboard", () => {
  it("March 2026, by hand", async () => {
    const r = await gql<{ leaderboard: Record<string, unknown>[] }>(
      yoga,
      `{ leaderboard(period: MONTH, at: "2026-03-31") { ${STANDING} } }`,
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.leaderboard;
    // GYZX signed L1 (600M, key) and L2 (140M) = 740M; registered L1, L2; started L1 (600M ≥ 100M);
    // created by 04-01: L1, L2, L5, signed: L1, L2 → conversion 2/3.
    expect(rows[0]).toEqual({
      team: { id: "T-GYZX" },
      rank: 1,
      signedCount: 2,
      signedAmountRmb: 740e6,
      keyProjects: 1,
      keyProjectsAmountRmb: 600e6,
      registered: 2,
      started: 1,
      startedAmountRmb: 600e6,
      producing: 0,
      producingAmountRmb: 0,
      conversion: 2 / 3,
      avgDaysSignedToProducing: null,
    });
    // KK signed only L4 in March (L3 in February): 80M, no key project; registered L3, L4; started
    // L3 (280M) but not L4 (80M < 100M); created L3, L4, L6, signed L3, L4 → 2/3.
    expect(rows[1]).toEqual({
      team: { id: "T-KK" },
      rank: 2,
      signedCount: 1,
      signedAmountRmb: 80e6,
      keyProjects: 0,
      keyProjectsAmountRmb: 0,
      registered: 2,
      started: 1,
      startedAmountRmb: 280e6,
      producing: 0,
      producingAmountRmb: 0,
      conversion: 2 / 3,
      avgDaysSignedToProducing: null,
    });
    // The 8 other teams did nothing: all share rank 3.
    expect(rows.slice(2).map((s) => s.rank)).toEqual(Array(8).fill(3));
    expect(rows).toHaveLength(10);
  });

  it("April 2026: L1 producing 26 days after signing (03-15 → 04-10)", async () => {
    const r = await gql<{
      leaderboard: { team: { id: string }; producing: number; avgDaysSignedToProducing: number }[];
    }>(
      yoga,
      `{ leaderboard(period: MONTH, at: "2026-04-01") { team { id } producing avgDaysSignedToProducing } }`,
    );
    const g = r.data!.leaderboard.find((s) => s.team.id === "T-GYZX")!;
    expect([g.producing, g.avgDaysSignedToProducing]).toEqual([1, 26]);
  });

  it("the first quarter: KK signed L3 (280M, key by dollars) and L4 (80M)", async () => {
    const r = await gql<{
      leaderboard: {
        team: { id: string };
        signedCount: number;
        signedAmountRmb: number;
        keyProjects: number;
      }[];
    }>(
      yoga,
      `{ leaderboard(period: QUARTER, at: "2026-02-14") { team { id } signedCount signedAmountRmb keyProjects } }`,
    );
    const kk = r.data!.leaderboard.find((s) => s.team.id === "T-KK")!;
    expect([kk.signedCount, kk.signedAmountRmb, kk.keyProjects]).toEqual([2, 360e6, 1]);
  });

  it("zone totals of March beside the 2023 targets", async () => {
    const r = await gql<{ zoneStanding: Record<string, unknown> }>(
      yoga,
      `{ zoneStanding(period: MONTH, at: "2026-03-01") { from to keySigned keySignedRmb industrialStarted
         industrialStartedRmb targetKeySigned targetKeySignedRmb targetIndustrialStarted targetIndustrialStartedRmb } }`,
    );
    // Key signed in March: L1 (600M) only (L3 was signed in February); started ≥ 100M: L1 600M + L3 280M.
    expect(r.data!.zoneStanding).toEqual({
      from: "2026-03-01",
      to: "2026-04-01",
      keySigned: 1,
      keySignedRmb: 600e6,
      industrialStarted: 2,
      industrialStartedRmb: 880e6,
      targetKeySigned: 56,
      targetKeySignedRmb: 46.5e9,
      targetIndustrialStarted: 50,
      targetIndustrialStartedRmb: 56.6e9,
    });
  });

  it("refuses a malformed date naming the argument", async () => {
    const r = await gql(yoga, `{ leaderboard(period: MONTH, at: "March") { rank } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "at" });
  });
});

describe("the coordination agenda", () => {
  it("on 2026-04-20: the overdue milestone, the stalled leads, the lead waiting on a decision", async () => {
    const r = await gql<{
      coordinationAgenda: {
        date: string;
        overdueMilestones: { milestone: { title: string }; lead: { id: string }; daysOverdue: number }[];
        stalledLeads: { id: string; lastChangeOn: string }[];
        awaitingDecision: { id: string }[];
      };
    }>(
      yoga,
      `{ coordinationAgenda(date: "2026-04-20") { date
          overdueMilestones { milestone { title } lead { id } daysOverdue }
          stalledLeads { id lastChangeOn } awaitingDecision { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.coordinationAgenda;
    // "land survey" due 04-10 is open: 10 days overdue; "contract review" is done; "policy memo" is due 04-25.
    expect(a.overdueMilestones).toEqual([
      { milestone: { title: "land survey" }, lead: { id: ids.L2 }, daysOverdue: 10 },
    ]);
    // Cut-off 04-20 − 30 days = 03-21: open leads last changed before it are L5 (03-03), L4 (03-07),
    // L3 (03-12). L2 changed 03-28 (REGISTERED; its milestone done 04-02), L1 produces, L6 moved 04-15.
    expect(a.stalledLeads.map((l) => [l.id, l.lastChangeOn])).toEqual([
      [ids.L5, "2026-03-03"],
      [ids.L4, "2026-03-07"],
      [ids.L3, "2026-03-12"],
    ]);
    expect(a.awaitingDecision.map((l) => l.id)).toEqual([ids.L6]);
  });
});

describe("gap progress", () => {
  it("counts the leads of a segment by stage, with the furthest stage", async () => {
    const r = await gql<{ segment: { leadProgress: unknown } }>(
      yoga,
      `{ segment(id: "A1") { leadProgress { leads furthestStage byStage { stage count } } } }`,
    );
    // A1: L1 PRODUCING, L2 REGISTERED, L3 STARTED.
    expect(r.data!.segment.leadProgress).toEqual({
      leads: 3,
      furthestStage: "PRODUCING",
      byStage: [
        { stage: "REGISTERED", count: 1 },
        { stage: "STARTED", count: 1 },
        { stage: "PRODUCING", count: 1 },
      ],
    });
  });

  it("the board counts every stage and lists the latest leads", async () => {
    const r = await gql<{
      pipelineBoard: { stage: string; count: number; amountRmb: number; leads: { id: string }[] }[];
    }>(
      yoga,
      `{ pipelineBoard(filter: {teamId: "T-KK"}, perStage: 5) { stage count amountRmb leads { id } } }`,
    );
    const cols = Object.fromEntries(r.data!.pipelineBoard.map((c) => [c.stage, c]));
    expect(r.data!.pipelineBoard).toHaveLength(10);
    expect(cols.STARTED).toEqual({
      stage: "STARTED",
      count: 2,
      amountRmb: 360e6,
      leads: [{ id: ids.L3 }, { id: ids.L4 }],
    });
    expect(cols.POLICY!.count).toBe(1);
    expect(cols.LEAD!.count).toBe(0);
  });
});

describe("the monthly bulletin", () => {
  it("exports March's leaderboard as XLSX, amounts in 万元", async () => {
    const server = createHttpServer({ db, config, log: silentLog });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/export/bulletin.xlsx?period=MONTH&at=2026-03-31&lang=zh`, {
        headers: { ...authHeaders(), "x-chain-atlas": "1" },
      });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.getWorksheet("赛马排名")!;
      // Row 3 is the first team: 工业招商中心, 2 signed, 740M RMB = 74,000 万元.
      expect(sheet.getRow(3).values).toEqual([
        undefined,
        1,
        "工业招商中心",
        2,
        74000,
        1,
        60000,
        2,
        1,
        60000,
        0,
        "66.7%",
        "",
      ]);
      const bad = await fetch(`${base}/export/bulletin.xlsx?period=WEEK`, {
        headers: { ...authHeaders(), "x-chain-atlas": "1" },
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("period");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("the kept leaderboard", () => {
  it("is computed afresh after a lead write (the pipeline's version changes)", async () => {
    const signed = async () => {
      const r = await gql<{ leaderboard: { team: { id: string }; signedCount: number }[] }>(
        yoga,
        `{ leaderboard(period: YEAR, at: "2026-01-01") { team { id } signedCount } }`,
      );
      return r.data!.leaderboard.find((s) => s.team.id === "T-GYZX")!.signedCount;
    };
    expect(await signed()).toBe(2); // L1, L2
    for (const [stage, date] of [
      ["NEGOTIATION", "2026-05-01"],
      ["SIGNED", "2026-05-02"],
    ]) {
      const m = await gql(
        yoga,
        `mutation($id: ID!, $stage: LeadStage!, $date: String!) { moveLead(id: $id, stage: $stage, date: $date) { id } }`,
        { id: ids.L5, stage, date },
      );
      expect(m.errors).toBeUndefined();
    }
    expect(await signed()).toBe(3); // and L5
  });
});
