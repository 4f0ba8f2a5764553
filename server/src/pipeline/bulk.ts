/**
 * Leads written in bulk, with their whole history: the seed's synthetic pipeline (graph-seed) and the
 * benchmark. Everything stored is derived here from the input's events with the same rules the API
 * applies (money, key project, first arrivals, dates), and each event carries the lead's figures at
 * that time, exactly as moveLead writes them. Events are created once (MERGE on their ids).
 * A lead's company and segment must exist; a lead never writes a company (no demo lead reaches
 * PRODUCING through here: it would need the write path's local plant, so it is refused).
 */
import type { PipelineConfig } from "../config.ts";
import type { Db } from "../db/driver.ts";
import { int } from "../db/driver.ts";
import { BUMP_PIPELINE_VERSION } from "./queries.ts";
import { countsAsStarted, isKeyProject, toRmb, transitionError, type Currency, type Stage } from "./rules.ts";

export interface LeadSeedEvent {
  kind: "CREATED" | "STAGE" | "NOTE" | "AMOUNT";
  at: string;
  to?: Stage;
  note?: string;
}

export interface LeadSeed {
  id: string;
  companyId: string;
  segmentId: string;
  chainId: string;
  teamId: string;
  officeId: string | null;
  amount: number | null;
  currency: Currency;
  usdRate: number | null;
  fixedAssetsRmb: number | null;
  jobs: number | null;
  fundLinked: boolean;
  fundAmountRmb: number | null;
  owner: string;
  /** "synthetic" for demo and benchmark data. */
  source: string;
  /** Oldest first; the first is CREATED (to LEAD). */
  events: LeadSeedEvent[];
  /** Milestones (ids are made from the lead's). */
  milestones?: { title: string; owner: string; due: string; doneOn: string | null }[];
}

/** The stored properties of a lead and its events, derived from the input. */
export function deriveLead(lead: LeadSeed, cfg: PipelineConfig, recordedAt: string) {
  const usdRate = lead.currency === "USD" ? (lead.usdRate ?? cfg.usdRate) : null;
  const amountRmb = toRmb(lead.amount, lead.currency, usdRate ?? 1);
  const keyProject = isKeyProject(lead.amount, lead.currency, usdRate ?? 1, cfg);
  let stage: Stage = "LEAD";
  let pausedFrom: Stage | null = null;
  let lastStageOn = lead.events[0]!.at;
  let lastChangeOn = lastStageOn;
  const actual: Partial<Record<Stage, string>> = { LEAD: lastStageOn };
  const events = lead.events.map((e, i) => {
    if (i === 0 && e.kind !== "CREATED") throw new Error(`lead ${lead.id}: the first event must be CREATED`);
    if (e.at < lastChangeOn) throw new Error(`lead ${lead.id}: event ${i} at ${e.at} goes back in time`);
    lastChangeOn = e.at;
    let from: Stage | null = null;
    let first = i === 0;
    if (e.kind === "STAGE") {
      const to = e.to!;
      const problem = transitionError(stage, to, pausedFrom);
      if (problem) throw new Error(`lead ${lead.id}: ${problem}`);
      if (to === "PRODUCING") throw new Error(`lead ${lead.id}: bulk leads may not reach PRODUCING`);
      from = stage;
      pausedFrom = to === "PAUSED" ? stage : null;
      stage = to;
      lastStageOn = e.at;
      first = actual[to] === undefined;
      if (first) actual[to] = e.at;
    }
    return {
      id: `${lead.id}:e${i + 1}`,
      seq: int(i + 1),
      at: e.at,
      recordedAt,
      by: lead.owner,
      kind: e.kind,
      from,
      to: e.kind === "CREATED" ? "LEAD" : (e.to ?? null),
      note: e.note ?? null,
      first,
      amountRmb,
      keyProject,
      teamId: lead.teamId,
      signedOn: null as string | null,
    };
  });
  return {
    props: {
      companyId: lead.companyId,
      segmentId: lead.segmentId,
      chainId: lead.chainId,
      teamId: lead.teamId,
      officeId: lead.officeId,
      stage,
      pausedFrom,
      amount: lead.amount,
      currency: lead.currency,
      usdRate,
      amountRmb,
      keyProject,
      industrial: countsAsStarted(amountRmb, cfg),
      fixedAssetsRmb: lead.fixedAssetsRmb,
      jobs: lead.jobs === null ? null : int(lead.jobs),
      fundLinked: lead.fundLinked,
      fundAmountRmb: lead.fundAmountRmb,
      owner: lead.owner,
      ownerId: null,
      createdOn: lead.events[0]!.at,
      lastChangeOn,
      lastStageOn,
      planJson: "{}",
      actualJson: JSON.stringify(actual),
      signedOn: actual.SIGNED ?? null,
      source: lead.source,
      eventCount: int(events.length),
    },
    events,
  };
}

/**
 * Leads with their company, segment and events, by `{id, props, events}` rows; an existing lead or
 * event is left as it is (seeding and imports re-run safely). Shared by the seed and lead imports.
 */
export const WRITE_LEADS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.props.companyId})
MATCH (s:Segment {id: row.props.segmentId})
MERGE (l:Lead {id: row.id})
ON CREATE SET l += row.props
MERGE (l)-[:FOR]->(c)
MERGE (l)-[:FILLS]->(s)
WITH l, row
UNWIND row.events AS ev
MERGE (e:LeadEvent {id: ev.id})
ON CREATE SET e += ev, e.leadId = l.id
MERGE (l)-[:HAS_EVENT]->(e)`;

const WRITE_MILESTONES = `
UNWIND $rows AS row
MATCH (l:Lead {id: row.leadId})
MERGE (m:Milestone {id: row.id})
ON CREATE SET m.leadId = row.leadId, m.title = row.title, m.owner = row.owner, m.due = row.due, m.doneOn = row.doneOn
MERGE (l)-[:HAS_MILESTONE]->(m)`;

/** Writes leads with their events, `batchSize` leads a transaction; returns how many were written. */
export async function writeLeads(
  db: Db,
  leads: readonly LeadSeed[],
  cfg: PipelineConfig,
  batchSize = 250,
): Promise<{ leads: number; events: number }> {
  const recordedAt = new Date().toISOString();
  let events = 0;
  for (let i = 0; i < leads.length; i += batchSize) {
    const rows = leads.slice(i, i + batchSize).map((lead) => {
      const d = deriveLead(lead, cfg, recordedAt);
      events += d.events.length;
      return { id: lead.id, props: d.props, events: d.events };
    });
    const milestones = leads
      .slice(i, i + batchSize)
      .flatMap((lead) =>
        (lead.milestones ?? []).map((m, k) => ({ ...m, id: `${lead.id}:m${k + 1}`, leadId: lead.id })),
      );
    await db.write(async (tx) => {
      await tx.run(WRITE_LEADS, { rows });
      if (milestones.length) await tx.run(WRITE_MILESTONES, { rows: milestones });
      await tx.run(BUMP_PIPELINE_VERSION);
    });
  }
  return { leads: leads.length, events };
}
