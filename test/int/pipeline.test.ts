import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * The recruiting pipeline on the small fixture (test/fixtures/small-chain.ts): transitions allowed
 * and refused, immutable history, the key-project rule, the local plant at PRODUCING (coverage of
 * A1 in HOME goes from 0 to 1), a company entered with a lead, and permissions per role.
 */
const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });
let admin = "";
let recruiter = "";
let otherRecruiter = "";
let leader = "";
let analyst = "";
let member = "";

const LEAD = `id stage keyProject amount amountRmb currency usdRate restricted nextStages owner
  team { id } office { id } company { id isLocal } segment { id }
  history { id at by kind from to amountRmb note }`;

interface LeadShape {
  id: string;
  stage: string;
  keyProject: boolean;
  amount: number | null;
  amountRmb: number | null;
  restricted: boolean;
  nextStages: string[];
  owner: string | null;
  office: { id: string } | null;
  company: { id: string; isLocal: boolean };
  history: { id: string; at: string; by: string; kind: string; from: string | null; to: string | null }[];
}

beforeAll(async () => {
  await loadFixture(db, smallFixture);
  admin = await signInAs(db, "ADMIN", { makeDefault: true });
  recruiter = await signInAs(db, "RECRUITER", { username: "r-gyzx", teamId: "T-GYZX" });
  otherRecruiter = await signInAs(db, "RECRUITER", { username: "r-kk", teamId: "T-KK" });
  leader = await signInAs(db, "LEADER");
  analyst = await signInAs(db, "ANALYST");
  member = await signInAs(db, "MEMBER", { companyId: "h2" });
});
afterAll(async () => {
  await db.driver.close();
});

async function create(input: Record<string, unknown>, cookie = recruiter) {
  return gql<{ createLead: LeadShape }>(
    yoga,
    `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD} } }`,
    { input },
    cookie,
  );
}
async function move(id: string, stage: string, date: string, cookie = recruiter, note?: string) {
  return gql<{ moveLead: LeadShape }>(
    yoga,
    `mutation($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {
       moveLead(id: $id, stage: $stage, date: $date, note: $note) { ${LEAD} } }`,
    { id, stage, date, note },
    cookie,
  );
}
async function localA1(): Promise<number> {
  const r = await gql<{ segment: { coverage: { localCount: number } } }>(
    yoga,
    `{ segment(id: "A1") { coverage { localCount } } }`,
    {},
    admin,
  );
  return r.data!.segment.coverage.localCount;
}

describe("a lead from LEAD to PRODUCING", () => {
  let id = "";
  let afterSigned: LeadShape["history"] = [];

  it("is created at LEAD by a recruiter for their team; 600M RMB is a key project", async () => {
    const r = await create({ companyId: "c2a", segmentId: "A1", amount: 600_000_000, date: "2025-03-01" });
    expect(r.errors).toBeUndefined();
    const lead = r.data!.createLead;
    id = lead.id;
    expect(lead).toMatchObject({
      stage: "LEAD",
      keyProject: true,
      amountRmb: 600_000_000,
      owner: "r-gyzx",
      team: { id: "T-GYZX" },
      office: null, // C2 is in P1, which no office covers
      nextStages: ["VISIT", "LOST", "PAUSED"],
    });
    expect(lead.history.map((e) => [e.kind, e.to, e.at, e.by])).toEqual([
      ["CREATED", "LEAD", "2025-03-01", "r-gyzx"],
    ]);
  });

  it("refuses a skipped stage with a message naming both stages", async () => {
    const r = await move(id, "SIGNED", "2025-03-02");
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "stage" });
    expect(r.errors?.[0]?.message).toBe(
      `lead ${id}: a lead at 挖掘线索 LEAD cannot move to 签约 SIGNED; allowed: 走访 VISIT, 流失 LOST, 暂停 PAUSED`,
    );
  });

  it("refuses a date before the last move, a future date and a malformed one", async () => {
    const before = await move(id, "VISIT", "2025-02-28");
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "date" });
    expect(before.errors?.[0]?.message).toBe(
      "date 2025-02-28 is before the lead's last stage change (2025-03-01)",
    );
    const future = await move(id, "VISIT", "2999-01-01");
    expect(future.errors?.[0]?.message).toMatch(/^date 2999-01-01 is after today/);
    const bad = await move(id, "VISIT", "2025-02-30");
    expect(bad.errors?.[0]?.message).toBe('date must be a date written YYYY-MM-DD (got "2025-02-30")');
  });

  it("moves step by step, keeping every earlier event unchanged", async () => {
    for (const [stage, date] of [
      ["VISIT", "2025-03-05"],
      ["NEGOTIATION", "2025-03-10"],
      ["SIGNED", "2025-03-15"],
    ] as const) {
      const r = await move(id, stage, date, recruiter, `to ${stage}`);
      expect(r.errors, stage).toBeUndefined();
    }
    const r = await gql<{ lead: LeadShape }>(
      yoga,
      `query($id: ID!) { lead(id: $id) { ${LEAD} } }`,
      { id },
      recruiter,
    );
    afterSigned = r.data!.lead.history;
    expect(afterSigned.map((e) => `${e.from ?? "-"}>${e.to}@${e.at}`)).toEqual([
      "->LEAD@2025-03-01",
      "LEAD>VISIT@2025-03-05",
      "VISIT>NEGOTIATION@2025-03-10",
      "NEGOTIATION>SIGNED@2025-03-15",
    ]);
    // An amount change and more moves add events; the first four stay exactly as they were.
    const u = await gql(
      yoga,
      `mutation($id: ID!) { updateLead(id: $id, input: {amount: 700000000, note: "raised", date: "2025-03-16"}) { id } }`,
      { id },
      recruiter,
    );
    expect(u.errors).toBeUndefined();
    await move(id, "REGISTERED", "2025-03-20");
    await move(id, "STARTED", "2025-03-25");
    const again = await gql<{ lead: LeadShape }>(
      yoga,
      `query($id: ID!) { lead(id: $id) { ${LEAD} } }`,
      { id },
      recruiter,
    );
    const history = again.data!.lead.history;
    expect(history.slice(0, 4)).toEqual(afterSigned);
    expect(history.map((e) => e.kind)).toEqual([
      "CREATED",
      "STAGE",
      "STAGE",
      "STAGE",
      "AMOUNT",
      "STAGE",
      "STAGE",
    ]);
    // The amount at signing stays 600M on the SIGNED event; the later events carry 700M.
    expect((history[3] as unknown as { amountRmb: number }).amountRmb).toBe(600_000_000);
    expect((history[6] as unknown as { amountRmb: number }).amountRmb).toBe(700_000_000);
    // No operation of the API edits or deletes an event.
    const m = await gql<{ __type: { fields: { name: string }[] } }>(
      yoga,
      `{ __type(name: "Mutation") { fields { name } } }`,
    );
    expect(m.data!.__type.fields.map((f) => f.name).filter((n) => /event|history/i.test(n))).toEqual([]);
  });

  it("at PRODUCING gives the company a local plant in the segment: coverage 0 → 1", async () => {
    expect(await localA1()).toBe(0);
    const r = await move(id, "PRODUCING", "2025-04-10");
    expect(r.errors).toBeUndefined();
    expect(r.data!.moveLead.nextStages).toEqual([]);
    expect(await localA1()).toBe(1);
    const plant = await db.query<{ source: string; region: string; parent: string; note: string }>(
      `MATCH (p:Company {id: $id})-[:LOCATED_IN]->(r:Region), (p)-[:SUBSIDIARY_OF]->(c:Company)
       RETURN p.source AS source, r.code AS region, c.id AS parent, p.sourceNote AS note`,
      { id: `lp-${id.slice(3)}` },
    );
    expect(plant).toEqual([
      {
        source: "imported",
        region: "HOME",
        parent: "c2a",
        note: `lead ${id} reached PRODUCING on 2025-04-10, recorded by r-gyzx`,
      },
    ]);
    const done = await move(id, "LOST", "2025-04-11");
    expect(done.errors?.[0]?.message).toBe(
      `lead ${id}: a lead at 投产 PRODUCING is finished and cannot move to 流失 LOST`,
    );
  });

  it("recorded an audit entry for every write", async () => {
    const rows = await db.query<{ action: string; n: number }>(
      "MATCH (a:AuditEvent {target: $id}) RETURN a.action AS action, count(*) AS n ORDER BY action",
      { id },
    );
    expect(rows).toEqual([
      { action: "lead.create", n: 1 },
      { action: "lead.move", n: 6 },
      { action: "lead.update", n: 1 },
    ]);
  });
});

describe("leads for companies abroad and not in the graph", () => {
  it("suggests the Germany office for a German company; 30M USD is a key project", async () => {
    const r = await create({
      companyId: "de1",
      segmentId: "A1",
      amount: 30_000_000,
      currency: "USD",
      usdRate: 7,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createLead).toMatchObject({
      office: { id: "O-DE" },
      keyProject: true,
      amountRmb: 210_000_000,
    });
  });

  it("enters a new company as imported, with a note naming the lead and the user", async () => {
    const r = await create({
      newCompany: { name: "New Wafer", nameZh: "新晶圆", regionCode: "C2" },
      segmentId: "A2",
      amount: 1_000_000,
    });
    expect(r.errors).toBeUndefined();
    const lead = r.data!.createLead;
    const c = await db.query<{ source: string; note: string; seg: string }>(
      `MATCH (c:Company {id: $id})-[:OPERATES_IN]->(s:Segment) RETURN c.source AS source, c.sourceNote AS note, s.id AS seg`,
      { id: lead.company.id },
    );
    expect(c).toEqual([{ source: "imported", note: `entered with lead ${lead.id} by r-gyzx`, seg: "A2" }]);
  });

  it("names the bad field", async () => {
    const both = await create({ segmentId: "A1" });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.companyId" });
    const seg = await create({ companyId: "c2a", segmentId: "T-A" });
    expect(seg.errors?.[0]?.extensions?.field).toBe("input.segmentId");
    const cur = await create({ companyId: "c2a", segmentId: "A1", currency: "EUR" });
    expect(cur.errors?.[0]?.message).toBe('input.currency must be one of CNY, USD (got "EUR")');
  });
});

describe("permissions", () => {
  let id = "";
  beforeAll(async () => {
    const r = await create({ companyId: "c2b", segmentId: "A2", amount: 5_000_000, date: "2025-05-01" });
    id = r.data!.createLead.id;
  });

  it("another team's recruiter sees the stage only and may not move it", async () => {
    const r = await gql<{ lead: LeadShape }>(
      yoga,
      `query($id: ID!) { lead(id: $id) { ${LEAD} } }`,
      { id },
      otherRecruiter,
    );
    expect(r.data!.lead).toMatchObject({
      stage: "LEAD",
      restricted: true,
      amount: null,
      amountRmb: null,
      owner: null,
      history: [],
      nextStages: [],
    });
    const m = await move(id, "VISIT", "2025-05-02", otherRecruiter);
    expect(m.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(m.errors?.[0]?.message).toBe(
      `lead ${id} belongs to team T-GYZX; you may change only your own team's leads`,
    );
    const c = await create({ companyId: "c2b", segmentId: "A2", teamId: "T-GYZX" }, otherRecruiter);
    expect(c.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a leader sees and moves everything; an analyst reads all and writes nothing; a member sees none", async () => {
    const l = await move(id, "VISIT", "2025-05-02", leader);
    expect(l.errors).toBeUndefined();
    const a = await gql<{ lead: LeadShape }>(
      yoga,
      `query($id: ID!) { lead(id: $id) { amountRmb restricted } }`,
      { id },
      analyst,
    );
    expect(a.data!.lead).toEqual({ amountRmb: 5_000_000, restricted: false });
    const am = await move(id, "NEGOTIATION", "2025-05-03", analyst);
    expect(am.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mm = await gql(yoga, `{ leads { totalCount } }`, {}, member);
    expect(mm.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
