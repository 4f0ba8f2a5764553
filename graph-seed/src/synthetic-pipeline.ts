/**
 * The demo pipeline: synthetic leads over synthetic target companies (never a real one: only
 * companies with `source: 'synthetic'` located outside the home region), so that a newcomer sees a
 * living board, leaderboard and agenda. Every lead has `source: 'synthetic'` (the UI marks it
 * 合成数据). Deterministic: the same seed, candidates and anchor date give the same leads; the
 * anchor is the day of seeding, so the current month has results.
 *
 * No demo lead reaches PRODUCING: that stage gives a company a local plant, which would change the
 * seeded graph's coverage and gaps (test/int/golden.test.ts); the demo stops at STARTED at most.
 */
import type { PipelineConfig } from "../../server/src/config.ts";
import { int, type Db } from "../../server/src/db/driver.ts";
import {
  writeLeads,
  type LeadSeed,
  type LeadSeedEvent,
  type Stage,
} from "../../server/src/pipeline/index.ts";
import { TEAMS, suggestOffice } from "../../server/src/teams/index.ts";
import { Rng, streamSeed } from "./synthetic/prng.ts";

export interface PipelineCandidate {
  companyId: string;
  segmentId: string;
  chainId: string;
  /** Region codes from the company's region up to its country. */
  regions: string[];
}

/** How far a demo lead got, with its weight (no PRODUCING: see above). */
const TARGET_STAGES: [Stage, number][] = [
  ["LEAD", 22],
  ["VISIT", 20],
  ["NEGOTIATION", 14],
  ["POLICY", 8],
  ["SIGNED", 10],
  ["REGISTERED", 8],
  ["STARTED", 10],
  ["LOST", 5],
  ["PAUSED", 3],
];
const PATH: Stage[] = ["VISIT", "NEGOTIATION", "POLICY", "SIGNED", "REGISTERED", "STARTED"];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Builds `count` demo leads from the candidates (pure; the order of candidates does not matter). */
export function buildSyntheticPipeline(
  candidates: readonly PipelineCandidate[],
  options: { seed: number; anchor: string; count?: number },
): LeadSeed[] {
  const count = Math.min(options.count ?? 160, candidates.length);
  const pool = [...candidates].sort((a, b) =>
    a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0,
  );
  const shuffle = new Rng(streamSeed(options.seed, 91, 0));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = shuffle.int(i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const total = TARGET_STAGES.reduce((a, [, w]) => a + w, 0);
  return pool.slice(0, count).map((c, i) => {
    const rng = new Rng(streamSeed(options.seed, 92, i));
    let x = rng.next() * total;
    const target = TARGET_STAGES.find(([, w]) => (x -= w) < 0)?.[0] ?? "LEAD";
    const office = suggestOffice(c.regions);
    const team = office && rng.next() < 0.6 ? TEAMS.find((t) => t.id === office.teamId)! : rng.pick(TEAMS);
    const created = addDays(options.anchor, -(20 + rng.int(520)));
    const events: LeadSeedEvent[] = [{ kind: "CREATED", at: created, note: "合成数据 synthetic" }];
    let date = created;
    const step = () => (date = addDays(date, 4 + rng.int(40)));
    const go = (to: Stage) => {
      const next = addDays(date, 4 + rng.int(40));
      if (next > options.anchor) return false;
      date = next;
      events.push({ kind: "STAGE", at: date, to });
      return true;
    };
    if (target === "LOST" || target === "PAUSED") {
      const before = 1 + rng.int(3);
      for (const s of PATH.slice(0, before).filter((s) => s !== "POLICY")) if (!go(s)) break;
      go(target);
    } else if (target !== "LEAD") {
      const viaPolicy = target === "POLICY" || rng.next() < 0.4;
      for (const s of PATH.slice(0, PATH.indexOf(target) + 1)) {
        if (s === "POLICY" && !viaPolicy) continue;
        if (!go(s)) break;
      }
    }
    if (rng.next() < 0.3) {
      step();
      if (date <= options.anchor)
        events.push({ kind: "NOTE", at: date, note: "合成数据：走访纪要 synthetic visit notes" });
    }
    const usd = (office?.kind === "ABROAD" || c.regions.at(-1) !== "CN") && rng.next() < 0.7;
    // Planned investment: lognormal around 300M RMB (≈ 42M USD), from tens of millions to billions.
    const rmb = Math.round(Math.exp(Math.log(3e8) + 1.1 * rng.normal()) / 1e6) * 1e6;
    const rate = 7.1;
    const stage = events.filter((e) => e.kind === "STAGE").at(-1)?.to ?? "LEAD";
    const open = !["LOST", "PAUSED"].includes(stage);
    const milestones =
      open && rng.next() < 0.5
        ? [
            {
              title: "合成数据：完成项目可研 feasibility study (synthetic)",
              owner: `demo-${team.id.slice(2).toLowerCase()}`,
              due: addDays(options.anchor, -15 + rng.int(45)),
              doneOn: null,
            },
          ]
        : [];
    return {
      id: `ld-syn-${String(i + 1).padStart(4, "0")}`,
      companyId: c.companyId,
      segmentId: c.segmentId,
      chainId: c.chainId,
      teamId: team.id,
      officeId: office?.id ?? null,
      amount: usd ? Math.round(rmb / rate / 1e5) * 1e5 : rmb,
      currency: usd ? "USD" : "CNY",
      usdRate: usd ? rate : null,
      fixedAssetsRmb: Math.round((rmb * (0.5 + 0.4 * rng.next())) / 1e6) * 1e6,
      jobs: 50 + rng.int(950),
      fundLinked: rng.next() < 0.15,
      fundAmountRmb: null,
      owner: `demo-${team.id.slice(2).toLowerCase()}`,
      source: "synthetic",
      events,
      milestones,
    };
  });
}

/** Synthetic companies outside the home region with a known revenue, by primary leaf segment. */
export async function pipelineCandidates(
  db: Db,
  homeRegion: string,
  limit = 800,
): Promise<PipelineCandidate[]> {
  return db.query<PipelineCandidate>(
    `MATCH (c:Company {source: 'synthetic'})-[:OPERATES_IN {primary: true}]->(s:Segment)
     WHERE s.leaf AND c.revenue IS NOT NULL
       AND NOT EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {code: $home}) }
     WITH c, s ORDER BY c.revenue DESC, c.id LIMIT $limit
     MATCH (c)-[:LOCATED_IN]->(r:Region)
     MATCH p = (r)-[:PART_OF*0..5]->(a:Region)
     WITH c, s, a ORDER BY length(p)
     RETURN c.id AS companyId, s.id AS segmentId, s.chainId AS chainId, collect(a.code) AS regions`,
    { home: homeRegion, limit: int(limit) },
  );
}

/** Seeds the demo pipeline when the graph has no lead yet; returns how many leads it wrote. */
export async function seedSyntheticPipeline(
  db: Db,
  options: { seed: number; homeRegion: string; anchor: string; pipeline: PipelineConfig },
): Promise<number> {
  const [row] = await db.query<{ n: number }>("MATCH (l:Lead) RETURN count(l) AS n");
  if ((row?.n ?? 0) > 0) return 0;
  const leads = buildSyntheticPipeline(await pipelineCandidates(db, options.homeRegion), options);
  await writeLeads(db, leads, options.pipeline);
  return leads.length;
}
