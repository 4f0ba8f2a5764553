import { parseArgs } from "node:util";
import { createSession } from "../server/src/auth/sessions.ts";
import { SESSION_COOKIE } from "../server/src/auth/http.ts";
import { createUser } from "../server/src/auth/users.ts";
import { int } from "../server/src/db/driver.ts";
import { createLogger } from "../server/src/logger.ts";
import {
  FORWARD,
  STAGES,
  writeLeads,
  type LeadSeed,
  type LeadSeedEvent,
} from "../server/src/pipeline/index.ts";
import { BUMP_PIPELINE_VERSION, LEAD_FIELDS } from "../server/src/pipeline/queries.ts";
import { TEAMS } from "../server/src/teams/index.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { measure, openBenchDatabase, printPairs } from "./lib.ts";

/**
 * `npm run bench:pipeline -- [--leads 10000] [--events-per-lead 10] [--scale 5000] [--runs 50] [--keep-data DIR]`
 *
 * The recruiting pipeline at 10,000 leads with 100,000 history events (each lead: CREATED, 0–6
 * stage moves, notes to make up 10 events; dates spread over five years): the leaderboard (month
 * and year) and the pipeline board (all teams, one team) and a page of leads, through GraphQL
 * (in-process, signed in as an ADMIN, the policy applied) beside the raw Cypher the resolvers run.
 * Goal: p95 ≤ 50 ms each through GraphQL. The leaderboard and board are kept under the pipeline's
 * version between writes, so the timings are of warm requests; the raw Cypher beside them is what a
 * request after a write runs (cold).
 */
const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "10000" },
    "events-per-lead": { type: "string", default: "10" },
    scale: { type: "string", default: "5000" },
    runs: { type: "string", default: "50" },
    "keep-data": { type: "string" },
  },
});
const LEADS = Number(values.leads);
const PER_LEAD = Number(values["events-per-lead"]);
const RUNS = Number(values.runs);
const ANCHOR = "2026-06-30";

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Deterministic leads: lead i over company i mod n, team i mod 10, k = i mod 7 stage moves. */
function makeLeads(companies: { id: string; segmentId: string; chainId: string }[]): LeadSeed[] {
  return Array.from({ length: LEADS }, (_, i) => {
    const c = companies[i % companies.length]!;
    const team = TEAMS[i % TEAMS.length]!;
    const moves = i % 7;
    let date = addDays(ANCHOR, -((i * 37) % 1800) - 60);
    const events: LeadSeedEvent[] = [{ kind: "CREATED", at: date }];
    for (let k = 1; k <= moves; k++) {
      date = addDays(date, 3 + ((i + k) % 9));
      const to = FORWARD[k]!;
      events.push({ kind: "STAGE", at: date, to: to === "POLICY" ? "POLICY" : to });
    }
    while (events.length < PER_LEAD) {
      date = addDays(date, 1);
      events.push({ kind: "NOTE", at: date, note: "bench" });
    }
    return {
      id: `ld-bench-${i}`,
      companyId: c.id,
      segmentId: c.segmentId,
      chainId: c.chainId,
      teamId: team.id,
      officeId: null,
      amount: 2e7 + ((i * 7919) % 100) * 1e7,
      currency: i % 5 === 0 ? "USD" : "CNY",
      usdRate: i % 5 === 0 ? 7.1 : null,
      fixedAssetsRmb: null,
      jobs: 100,
      fundLinked: false,
      fundAmountRmb: null,
      owner: "bench",
      source: "synthetic",
      events,
    };
  });
}

async function main() {
  const bench = await openBenchDatabase({
    scale: Number(values.scale),
    ...(values["keep-data"] ? { keepData: values["keep-data"] } : {}),
  });
  try {
    const { db, config } = bench;
    const [count] = await db.query<{ leads: number; events: number }>(
      "MATCH (l:Lead) RETURN count(l) AS leads, COUNT { (:LeadEvent) } AS events",
    );
    if (count?.leads !== LEADS || count.events !== LEADS * PER_LEAD) {
      await db.autoCommit(
        "MATCH (n) WHERE n:Lead OR n:LeadEvent OR n:Milestone CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
      );
      const companies = await db.query<{ id: string; segmentId: string; chainId: string }>(
        `MATCH (c:Company)-[:OPERATES_IN {primary: true}]->(s:Segment) WHERE s.leaf
         RETURN c.id AS id, s.id AS segmentId, s.chainId AS chainId ORDER BY c.id LIMIT 5000`,
      );
      const t0 = performance.now();
      const written = await writeLeads(db, makeLeads(companies), config.pipeline, 500);
      console.log(
        `wrote ${written.leads.toLocaleString("en-US")} leads and ${written.events.toLocaleString("en-US")} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    // A store written before the pipeline had a version gets one (writeLeads sets it).
    await db.write((tx) => tx.run(BUMP_PIPELINE_VERSION));
    const username = "bench-admin";
    const existing = await db.query<{ id: string }>(
      "MATCH (u:User {username: $username}) RETURN u.id AS id",
      { username },
    );
    const userId =
      existing[0]?.id ??
      (
        await createUser(
          db,
          { username, role: "ADMIN", password: "bench password 123", teamId: null, companyId: null },
          "system",
        )
      ).id;
    const { token } = await createSession(db, userId, 3_600_000);
    const cookie = `${SESSION_COOKIE}=${token}`;
    const yoga = createGraphQL({
      db,
      config: { ...config, security: { ...config.security, rateLimitPerMinute: 1e9 } },
      log: createLogger("silent"),
    });
    const call = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
      return body;
    };
    const today = new Date().toISOString().slice(0, 10);
    const raw = (q: string, p: Record<string, unknown>) => db.query(q, p);
    const EVENTS = `MATCH (e:LeadEvent) WHERE e.at >= $from AND e.at < $to AND e.kind = 'STAGE' AND e.first
         AND e.to IN ['SIGNED', 'REGISTERED', 'STARTED', 'PRODUCING']
       RETURN e.leadId AS leadId, e.teamId AS teamId, e.to AS to, e.at AS at, e.amountRmb AS amountRmb,
              coalesce(e.keyProject, false) AS keyProject, e.signedOn AS signedOn`;
    const FUNNEL = `MATCH (l:Lead) WHERE l.createdOn < $to
       RETURN l.teamId AS teamId, count(l) AS created, count(CASE WHEN l.signedOn < $to THEN 1 END) AS signed`;
    // The board's two queries as pipeline/queries.ts runs them (totals; latest leads per stage).
    const BOARD = (where: string[]) => [
      `MATCH (l:Lead) ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       RETURN l.stage AS stage, count(l) AS n, sum(coalesce(l.amountRmb, 0.0)) AS amount`,
      `UNWIND $columns AS stage
       CALL (stage) {
         MATCH (l:Lead) WHERE ${["l.stage = stage", "l.lastChangeOn IS NOT NULL", ...where].join(" AND ")}
         WITH l ORDER BY l.lastChangeOn DESC, l.id LIMIT $per
         RETURN collect(${LEAD_FIELDS}) AS top
       }
       RETURN stage, top`,
    ];
    const boardRaw = (where: string[], p: Record<string, unknown>) => {
      const [totals, tops] = BOARD(where);
      return Promise.all([raw(totals!, p), raw(tops!, { ...p, columns: [...STAGES], per: int(10), today })]);
    };
    const STANDING =
      "team { id nameZh } rank signedCount signedAmountRmb keyProjects started producing conversion";
    const BOARD_Q = `query($f: LeadFilter) { pipelineBoard(filter: $f, perStage: 10) { stage count amountRmb
      leads { id stage amountRmb keyProject stalled overdue team { id } company { id nameZh } segment { id nameZh } } } }`;
    const pairs = [
      {
        graphql: await measure(
          "leaderboard(MONTH, 2026-03-15)",
          () => call(`{ leaderboard(period: MONTH, at: "2026-03-15") { ${STANDING} } }`),
          RUNS,
        ),
        raw: await measure(
          "raw",
          () =>
            Promise.all([
              raw(EVENTS, { from: "2026-03-01", to: "2026-04-01" }),
              raw(FUNNEL, { to: "2026-04-01" }),
            ]),
          RUNS,
        ),
      },
      {
        graphql: await measure(
          "leaderboard(YEAR, 2025)",
          () => call(`{ leaderboard(period: YEAR, at: "2025-06-01") { ${STANDING} } }`),
          RUNS,
        ),
        raw: await measure(
          "raw",
          () =>
            Promise.all([
              raw(EVENTS, { from: "2025-01-01", to: "2026-01-01" }),
              raw(FUNNEL, { to: "2026-01-01" }),
            ]),
          RUNS,
        ),
      },
      {
        graphql: await measure("pipelineBoard (all teams, 10 per stage)", () => call(BOARD_Q), RUNS),
        raw: await measure("raw", () => boardRaw([], {}), RUNS),
      },
      {
        graphql: await measure(
          "pipelineBoard (one team)",
          () => call(BOARD_Q, { f: { teamId: "T-GYZX" } }),
          RUNS,
        ),
        raw: await measure("raw", () => boardRaw(["l.teamId = $teamId"], { teamId: "T-GYZX" }), RUNS),
      },
      {
        graphql: await measure(
          "leads(first: 20)",
          () =>
            call(
              `{ leads(first: 20) { totalCount edges { node { id stage amountRmb team { id } company { id } } } } }`,
            ),
          RUNS,
        ),
        raw: await measure(
          "raw",
          () =>
            Promise.all([
              raw(
                `MATCH (l:Lead) WHERE l.lastChangeOn IS NOT NULL
                 WITH l ORDER BY l.lastChangeOn DESC, l.id LIMIT 21 RETURN ${LEAD_FIELDS} AS l`,
                { today },
              ),
              raw("MATCH (l:Lead) RETURN count(l) AS n", {}),
            ]),
          RUNS,
        ),
      },
    ];
    console.log(
      `bench:pipeline — ${LEADS.toLocaleString("en-US")} leads, ${(LEADS * PER_LEAD).toLocaleString("en-US")} events; ${bench.describe}; ${RUNS} runs after 5 warm-ups`,
    );
    printPairs("Pipeline (ms); goal: GraphQL p95 ≤ 50", pairs);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
