/**
 * What the pipeline writes. Leads, their events and milestones are the pipeline's own records
 * (analyses do not read them), written with this capability's Cypher; the two writes that change
 * what analyses read go through the one write path in the same transaction: a company entered with
 * a lead (source `imported`), and the local plant a lead gets when it reaches PRODUCING.
 *
 * History is immutable: LeadEvent nodes are only ever CREATEd (MERGE on a fresh id, so a retried
 * transaction writes each once), never SET or deleted by any operation.
 */
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { recordAudit } from "../audit/index.ts";
import { viewerOf, type Viewer } from "../auth/index.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput, notFound, userError } from "../errors.ts";
import { writeGraph, type CompanyInput } from "../graph-writes/index.ts";
import { officeById, suggestOffice, teamById, type Office } from "../teams/index.ts";
import {
  BUMP_PIPELINE_VERSION,
  LEAD_FIELDS,
  MILESTONE_FIELDS,
  checkDate,
  mayEdit,
  present,
  today,
  type StoredLead,
} from "./queries.ts";
import type { LeadRecord, MilestoneRecord } from "./records.ts";
import type { PipelineConfig } from "../config.ts";
import { deriveLead, WRITE_LEADS, type LeadSeedEvent } from "./bulk.ts";
import {
  CURRENCIES,
  FORWARD,
  STAGE_ZH,
  countsAsStarted,
  isKeyProject,
  isStage,
  toRmb,
  transitionError,
  type Currency,
  type Stage,
} from "./rules.ts";

const MAX_NOTE = 2000;
const MAX_NAME = 200;

const forbidden = (message: string) => userError(message, "FORBIDDEN");

// ---- validation ----------------------------------------------------------------------------------

function notFuture(date: string, field: string): string {
  checkDate(date, field);
  if (date > today()) throw badInput(`${field} ${date} is after today (${today()})`, field);
  return date;
}

function nonNegative(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0)
    throw badInput(`${field} must be a number ≥ 0 (got ${value})`, field);
  return value;
}

function currencyOf(value: string | null | undefined, field: string): Currency {
  const c = value ?? "CNY";
  if (!(CURRENCIES as readonly string[]).includes(c))
    throw badInput(`${field} must be one of ${CURRENCIES.join(", ")} (got "${c}")`, field);
  return c as Currency;
}

function noteOf(note: string | null | undefined, field = "note"): string | null {
  if (note === null || note === undefined || note.trim() === "") return null;
  if (note.length > MAX_NOTE) throw badInput(`${field} must be at most ${MAX_NOTE} characters`, field);
  return note;
}

function planOf(
  plan: readonly { stage: string; date: string }[] | null | undefined,
  field: string,
): Partial<Record<Stage, string>> {
  const out: Partial<Record<Stage, string>> = {};
  (plan ?? []).forEach((p, i) => {
    if (!isStage(p.stage) || !FORWARD.includes(p.stage))
      throw badInput(
        `${field}[${i}].stage must be a forward stage (LEAD … PRODUCING)`,
        `${field}[${i}].stage`,
      );
    out[p.stage] = checkDate(p.date, `${field}[${i}].date`);
  });
  return out;
}

/** Money fields as stored: amount in its currency, the RMB equivalent and the two rules. */
function money(
  ctx: GraphQLContext,
  amount: number | null,
  currency: Currency,
  usdRateIn: number | null | undefined,
) {
  const cfg = ctx.config.pipeline;
  if (usdRateIn !== null && usdRateIn !== undefined && (!Number.isFinite(usdRateIn) || usdRateIn <= 0))
    throw badInput(`usdRate must be a number above 0 (got ${usdRateIn})`, "usdRate");
  const usdRate = currency === "USD" ? (usdRateIn ?? cfg.usdRate) : null;
  const amountRmb = toRmb(amount, currency, usdRate ?? 1);
  return {
    amount,
    currency,
    usdRate,
    amountRmb,
    keyProject: isKeyProject(amount, currency, usdRate ?? 1, cfg),
    industrial: countsAsStarted(amountRmb, cfg),
  };
}

// ---- shared write steps --------------------------------------------------------------------------

interface EventInput {
  kind: string;
  at: string;
  from?: Stage | null;
  to?: Stage | null;
  note?: string | null;
  first?: boolean;
  signedOn?: string | null;
}

/** Appends one immutable event to a lead (its seq is the lead's next), with the lead's money now. */
async function appendEvent(tx: ManagedTransaction, leadId: string, by: string, e: EventInput) {
  // Every lead write appends an event: the one place that also replaces the pipeline's version.
  await tx.run(BUMP_PIPELINE_VERSION);
  await tx.run(
    `MATCH (l:Lead {id: $leadId})
     SET l.eventCount = coalesce(l.eventCount, 0) + 1
     WITH l
     MERGE (e:LeadEvent {id: $id})
     ON CREATE SET e.leadId = l.id, e.seq = l.eventCount, e.at = $at, e.recordedAt = $recordedAt, e.by = $by,
                   e.kind = $kind, e.from = $from, e.to = $to, e.note = $note, e.first = $first,
                   e.amountRmb = l.amountRmb, e.keyProject = l.keyProject, e.teamId = l.teamId,
                   e.signedOn = $signedOn
     MERGE (l)-[:HAS_EVENT]->(e)`,
    {
      leadId,
      id: `le-${randomUUID()}`,
      at: e.at,
      recordedAt: new Date().toISOString(),
      by,
      kind: e.kind,
      from: e.from ?? null,
      to: e.to ?? null,
      note: e.note ?? null,
      first: e.first ?? false,
      signedOn: e.signedOn ?? null,
    },
  );
}

async function readLead(tx: ManagedTransaction, id: string): Promise<StoredLead | null> {
  const r = await tx.run<{ l: StoredLead }>(`MATCH (l:Lead {id: $id}) RETURN ${LEAD_FIELDS} AS l`, {
    id,
    today: today(),
  });
  return r.records[0]?.get("l") ?? null;
}

/** The lead, if the viewer may change it: NOT_FOUND for none, FORBIDDEN for another team's. */
async function editableLead(tx: ManagedTransaction, viewer: Viewer, id: string): Promise<StoredLead> {
  const lead = await readLead(tx, id);
  if (!lead) throw notFound("Lead", id);
  if (!mayEdit(viewer, lead.teamId))
    throw forbidden(`lead ${id} belongs to team ${lead.teamId}; you may change only your own team's leads`);
  return lead;
}

/** Region codes from a company's own region up to its country (most specific first). */
export async function regionChainOf(
  run: (q: string, p: Record<string, unknown>) => Promise<{ code: string }[]>,
  companyId: string,
): Promise<string[]> {
  const rows = await run(
    `MATCH (:Company {id: $id})-[:LOCATED_IN]->(r:Region)
     MATCH p = (r)-[:PART_OF*0..5]->(a:Region)
     RETURN a.code AS code ORDER BY length(p)`,
    { id: companyId },
  );
  return rows.map((r) => r.code);
}

async function regionChainOfCodes(tx: ManagedTransaction, regionCode: string): Promise<string[]> {
  const r = await tx.run(
    `MATCH p = (:Region {code: $code})-[:PART_OF*0..5]->(a:Region) RETURN a.code AS code ORDER BY length(p)`,
    { code: regionCode },
  );
  return r.records.map((x) => x.get("code") as string);
}

// ---- createLead ----------------------------------------------------------------------------------

export interface CreateLeadArgs {
  companyId?: string | null;
  newCompany?: { name: string; nameZh: string; regionCode: string } | null;
  segmentId: string;
  teamId?: string | null;
  officeId?: string | null;
  amount?: number | null;
  currency?: string | null;
  usdRate?: number | null;
  fixedAssetsRmb?: number | null;
  jobs?: number | null;
  fundLinked?: boolean | null;
  fundAmountRmb?: number | null;
  date?: string | null;
  plan?: readonly { stage: string; date: string }[] | null;
  note?: string | null;
}

export async function createLead(ctx: GraphQLContext, input: CreateLeadArgs): Promise<LeadRecord> {
  const viewer = viewerOf(ctx);
  if (!input.companyId === !input.newCompany)
    throw badInput("give either input.companyId or input.newCompany", "input.companyId");
  const teamId = input.teamId ?? viewer.teamId;
  if (!teamId) throw badInput("input.teamId is required (you belong to no team)", "input.teamId");
  if (!teamById(teamId)) throw badInput(`input.teamId: unknown team "${teamId}"`, "input.teamId");
  if (!mayEdit(viewer, teamId))
    throw forbidden(`you may create leads only for your own team (${viewer.teamId})`);
  if (input.officeId && !officeById(input.officeId))
    throw badInput(`input.officeId: unknown office "${input.officeId}"`, "input.officeId");
  const date = notFuture(input.date ?? today(), "input.date");
  const currency = currencyOf(input.currency, "input.currency");
  const m = money(ctx, nonNegative(input.amount, "input.amount"), currency, input.usdRate);
  const fixedAssetsRmb = nonNegative(input.fixedAssetsRmb, "input.fixedAssetsRmb");
  const fundAmountRmb = nonNegative(input.fundAmountRmb, "input.fundAmountRmb");
  const jobs = nonNegative(input.jobs, "input.jobs");
  if (jobs !== null && !Number.isInteger(jobs))
    throw badInput("input.jobs must be a whole number", "input.jobs");
  const plan = planOf(input.plan, "input.plan");
  const note = noteOf(input.note, "input.note");
  if (input.newCompany) {
    for (const key of ["name", "nameZh"] as const) {
      const v = input.newCompany[key].trim();
      if (v === "" || v.length > MAX_NAME)
        throw badInput(
          `input.newCompany.${key} must be 1 to ${MAX_NAME} characters`,
          `input.newCompany.${key}`,
        );
    }
  }
  const id = `ld-${randomUUID()}`;
  const companyId = input.companyId ?? `imp-${randomUUID()}`;

  await writeGraph(ctx.db, async (g, tx) => {
    const seg = await tx.run(`MATCH (s:Segment {id: $id}) RETURN s.leaf AS leaf, s.chainId AS chainId`, {
      id: input.segmentId,
    });
    const segment = seg.records[0]?.toObject() as { leaf: boolean | null; chainId: string } | undefined;
    if (!segment) throw badInput(`input.segmentId: no segment "${input.segmentId}"`, "input.segmentId");
    if (!segment.leaf)
      throw badInput(`input.segmentId: "${input.segmentId}" is not a leaf segment`, "input.segmentId");
    let chain: string[];
    if (input.newCompany) {
      chain = await regionChainOfCodes(tx, input.newCompany.regionCode);
      if (chain.length === 0)
        throw badInput(
          `input.newCompany.regionCode: no region "${input.newCompany.regionCode}"`,
          "input.newCompany.regionCode",
        );
      const company: CompanyInput = {
        id: companyId,
        name: input.newCompany.name.trim(),
        nameZh: input.newCompany.nameZh.trim(),
        region: input.newCompany.regionCode,
        segments: [{ segment: input.segmentId, primary: true }],
        source: "imported",
        sourceNote: `entered with lead ${id} by ${viewer.username}`,
      };
      await g.companies([company]);
    } else {
      const found = await tx.run("MATCH (c:Company {id: $id}) RETURN c.id AS id", { id: companyId });
      if (found.records.length === 0)
        throw badInput(`input.companyId: no company "${companyId}"`, "input.companyId");
      chain = await regionChainOf(
        async (q, p) => (await tx.run(q, p)).records.map((r) => r.toObject() as { code: string }),
        companyId,
      );
    }
    const office: Office | null = input.officeId ? officeById(input.officeId)! : suggestOffice(chain);
    await tx.run(
      `MATCH (c:Company {id: $companyId}) MATCH (s:Segment {id: $segmentId})
       MERGE (l:Lead {id: $id})
       ON CREATE SET l += $props
       MERGE (l)-[:FOR]->(c)
       MERGE (l)-[:FILLS]->(s)`,
      {
        id,
        companyId,
        segmentId: input.segmentId,
        props: {
          companyId,
          segmentId: input.segmentId,
          chainId: segment.chainId,
          teamId,
          officeId: office?.id ?? null,
          stage: "LEAD",
          ...m,
          fixedAssetsRmb,
          jobs: jobs === null ? null : int(jobs),
          fundLinked: input.fundLinked ?? false,
          fundAmountRmb,
          owner: viewer.username,
          ownerId: viewer.userId,
          createdOn: date,
          lastChangeOn: date,
          lastStageOn: date,
          planJson: JSON.stringify(plan),
          actualJson: JSON.stringify({ LEAD: date }),
          source: "user",
          eventCount: int(0),
        },
      },
    );
    await appendEvent(tx, id, viewer.username, { kind: "CREATED", at: date, to: "LEAD", note, first: true });
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "lead.create",
      target: id,
      detail: { companyId, segmentId: input.segmentId, teamId, newCompany: Boolean(input.newCompany) },
    });
  });
  return reread(ctx, id);
}

async function reread(ctx: GraphQLContext, id: string): Promise<LeadRecord> {
  const rows = await ctx.db.query<{ l: StoredLead }>(`MATCH (l:Lead {id: $id}) RETURN ${LEAD_FIELDS} AS l`, {
    id,
    today: today(),
  });
  if (!rows[0]) throw new Error(`internal: lead ${id} not found after writing`);
  return present(rows[0].l, viewerOf(ctx));
}

// ---- moveLead ------------------------------------------------------------------------------------

/**
 * Moves a lead by the transition table. The date may not precede the lead's last stage change nor
 * follow today. The first arrival at a stage sets its actual date (and signedOn at SIGNED). At
 * PRODUCING the company gets a local plant in the home region operating in the lead's segment,
 * written through the write path in the same transaction, so coverage and gaps change at once.
 */
export async function moveLead(
  ctx: GraphQLContext,
  args: { id: string; stage: Stage; date: string; note?: string | null },
): Promise<LeadRecord> {
  const viewer = viewerOf(ctx);
  const date = notFuture(args.date, "date");
  const note = noteOf(args.note);
  await writeGraph(ctx.db, async (g, tx) => {
    const lead = await editableLead(tx, viewer, args.id);
    const problem = transitionError(lead.stage, args.stage, lead.pausedFrom);
    if (problem) throw badInput(`lead ${args.id}: ${problem}`, "stage");
    if (date < lead.lastStageOn)
      throw badInput(`date ${date} is before the lead's last stage change (${lead.lastStageOn})`, "date");
    const actual = lead.actualJson ? (JSON.parse(lead.actualJson) as Record<string, string>) : {};
    const first = actual[args.stage] === undefined;
    if (first) actual[args.stage] = date;
    const signedOn = actual.SIGNED ?? null;
    await tx.run(
      `MATCH (l:Lead {id: $id})
       SET l.stage = $stage, l.pausedFrom = $pausedFrom, l.lastStageOn = $date,
           l.lastChangeOn = CASE WHEN l.lastChangeOn > $date THEN l.lastChangeOn ELSE $date END,
           l.actualJson = $actualJson, l.signedOn = $signedOn`,
      {
        id: args.id,
        stage: args.stage,
        pausedFrom: args.stage === "PAUSED" ? lead.stage : null,
        date,
        actualJson: JSON.stringify(actual),
        signedOn,
      },
    );
    await appendEvent(tx, args.id, viewer.username, {
      kind: "STAGE",
      at: date,
      from: lead.stage,
      to: args.stage,
      note,
      first,
      signedOn: args.stage === "PRODUCING" ? signedOn : null,
    });
    if (args.stage === "PRODUCING") await landPlant(ctx, g, tx, lead, date, viewer);
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "lead.move",
      target: args.id,
      detail: { from: lead.stage, to: args.stage, date },
    });
  });
  return reread(ctx, args.id);
}

/**
 * The company becomes local: a plant of it in the home region, operating in the lead's segment
 * (primary), its parent the company. Its source follows the parent's for synthetic data, else
 * `imported`, with a note naming the lead and the user.
 */
async function landPlant(
  ctx: GraphQLContext,
  g: Parameters<Parameters<typeof writeGraph>[1]>[0],
  tx: ManagedTransaction,
  lead: StoredLead,
  date: string,
  viewer: Viewer,
) {
  const r = await tx.run(
    `MATCH (c:Company {id: $id}) RETURN c.name AS name, c.nameZh AS nameZh, c.source AS source`,
    {
      id: lead.companyId,
    },
  );
  const c = r.records[0]?.toObject() as { name: string; nameZh: string; source: string } | undefined;
  if (!c) throw notFound("Company", lead.companyId);
  const plantId = `lp-${lead.id.replace(/^ld-/, "")}`;
  await g.companies([
    {
      id: plantId,
      name: `${c.name} (local project)`,
      nameZh: `${c.nameZh}（本地项目）`,
      region: ctx.config.homeRegion,
      segments: [{ segment: lead.segmentId, primary: true }],
      source: c.source === "synthetic" ? "synthetic" : "imported",
      parent: lead.companyId,
      sourceNote: `lead ${lead.id} reached PRODUCING on ${date}, recorded by ${viewer.username}`,
    },
  ]);
  await g.parents([{ id: plantId, parent: lead.companyId }]);
  await tx.run("MATCH (l:Lead {id: $id}) SET l.plantId = $plantId", { id: lead.id, plantId });
}

// ---- updateLead ----------------------------------------------------------------------------------

export interface UpdateLeadArgs {
  amount?: number | null;
  currency?: string | null;
  usdRate?: number | null;
  fixedAssetsRmb?: number | null;
  jobs?: number | null;
  fundLinked?: boolean | null;
  fundAmountRmb?: number | null;
  owner?: string | null;
  plan?: readonly { stage: string; date: string }[] | null;
  note?: string | null;
  date?: string | null;
}

export async function updateLead(
  ctx: GraphQLContext,
  id: string,
  input: UpdateLeadArgs,
): Promise<LeadRecord> {
  const viewer = viewerOf(ctx);
  const date = notFuture(input.date ?? today(), "input.date");
  const note = noteOf(input.note, "input.note");
  const plan = planOf(input.plan, "input.plan");
  const given = (v: unknown) => v !== null && v !== undefined;
  const moneyChanged = [
    "amount",
    "currency",
    "usdRate",
    "fixedAssetsRmb",
    "jobs",
    "fundLinked",
    "fundAmountRmb",
  ].some((k) => given(input[k as keyof UpdateLeadArgs]));
  if (!moneyChanged && !given(input.owner) && Object.keys(plan).length === 0 && note === null)
    throw badInput("give at least one change (amount, owner, plan, note, …)", "input");
  const jobs = nonNegative(input.jobs, "input.jobs");
  if (jobs !== null && !Number.isInteger(jobs))
    throw badInput("input.jobs must be a whole number", "input.jobs");
  await ctx.db.write(async (tx) => {
    const lead = await editableLead(tx, viewer, id);
    if (moneyChanged) {
      const currency = currencyOf(input.currency ?? lead.currency, "input.currency");
      const amount = given(input.amount) ? nonNegative(input.amount, "input.amount") : lead.amount;
      const m = money(
        ctx,
        amount,
        currency,
        input.usdRate ?? (currency === lead.currency ? lead.usdRate : null),
      );
      await tx.run(
        `MATCH (l:Lead {id: $id})
         SET l += $m, l.fixedAssetsRmb = coalesce($fixedAssetsRmb, l.fixedAssetsRmb), l.jobs = coalesce($jobs, l.jobs),
             l.fundLinked = coalesce($fundLinked, l.fundLinked), l.fundAmountRmb = coalesce($fundAmountRmb, l.fundAmountRmb)`,
        {
          id,
          m,
          fixedAssetsRmb: nonNegative(input.fixedAssetsRmb, "input.fixedAssetsRmb"),
          jobs: jobs === null ? null : int(jobs),
          fundLinked: input.fundLinked ?? null,
          fundAmountRmb: nonNegative(input.fundAmountRmb, "input.fundAmountRmb"),
        },
      );
      await appendEvent(tx, id, viewer.username, { kind: "AMOUNT", at: date, note });
    }
    if (given(input.owner)) {
      const u = await tx.run("MATCH (u:User {username: $owner}) WHERE u.active RETURN u.id AS id", {
        owner: input.owner,
      });
      if (u.records.length === 0)
        throw badInput(`input.owner: no active user "${input.owner}"`, "input.owner");
      await tx.run("MATCH (l:Lead {id: $id}) SET l.owner = $owner, l.ownerId = $ownerId", {
        id,
        owner: input.owner,
        ownerId: u.records[0]!.get("id"),
      });
      await appendEvent(tx, id, viewer.username, { kind: "OWNER", at: date, note: `owner: ${input.owner}` });
    }
    if (Object.keys(plan).length > 0) {
      const planned = { ...(lead.planJson ? (JSON.parse(lead.planJson) as object) : {}), ...plan };
      await tx.run("MATCH (l:Lead {id: $id}) SET l.planJson = $planJson", {
        id,
        planJson: JSON.stringify(planned),
      });
      await appendEvent(tx, id, viewer.username, {
        kind: "PLAN",
        at: date,
        note: Object.entries(plan)
          .map(([s, d]) => `${s} ${d}`)
          .join(", "),
      });
    }
    if (note !== null && !moneyChanged)
      await appendEvent(tx, id, viewer.username, { kind: "NOTE", at: date, note });
    await tx.run(
      "MATCH (l:Lead {id: $id}) SET l.lastChangeOn = CASE WHEN l.lastChangeOn > $date THEN l.lastChangeOn ELSE $date END",
      { id, date },
    );
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "lead.update",
      target: id,
      detail: {
        money: moneyChanged,
        owner: input.owner ?? null,
        plan: Object.keys(plan),
        note: note !== null,
      },
    });
  });
  return reread(ctx, id);
}

// ---- milestones ----------------------------------------------------------------------------------

export async function addMilestone(
  ctx: GraphQLContext,
  args: { leadId: string; title: string; owner: string; due: string },
): Promise<MilestoneRecord> {
  const viewer = viewerOf(ctx);
  const title = args.title.trim();
  if (title === "" || title.length > MAX_NAME)
    throw badInput(`title must be 1 to ${MAX_NAME} characters`, "title");
  const owner = args.owner.trim();
  if (owner === "" || owner.length > 100) throw badInput("owner must be 1 to 100 characters", "owner");
  const due = checkDate(args.due, "due");
  const id = `ms-${randomUUID()}`;
  return ctx.db.write(async (tx) => {
    await editableLead(tx, viewer, args.leadId);
    const r = await tx.run<{ m: MilestoneRecord }>(
      `MATCH (l:Lead {id: $leadId})
       MERGE (m:Milestone {id: $id})
       ON CREATE SET m.leadId = $leadId, m.title = $title, m.owner = $owner, m.due = $due, m.doneOn = null
       MERGE (l)-[:HAS_MILESTONE]->(m)
       RETURN ${MILESTONE_FIELDS} AS m`,
      { leadId: args.leadId, id, title, owner, due },
    );
    await appendEvent(tx, args.leadId, viewer.username, {
      kind: "MILESTONE_ADDED",
      at: today(),
      note: `${title} · ${owner} · ${due}`,
    });
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "lead.milestone.add",
      target: id,
      detail: { leadId: args.leadId },
    });
    return r.records[0]!.get("m");
  });
}

export async function completeMilestone(
  ctx: GraphQLContext,
  args: { id: string; date: string },
): Promise<MilestoneRecord> {
  const viewer = viewerOf(ctx);
  const date = notFuture(args.date, "date");
  return ctx.db.write(async (tx) => {
    const found = await tx.run<{ m: MilestoneRecord }>(
      `MATCH (m:Milestone {id: $id}) RETURN ${MILESTONE_FIELDS} AS m`,
      { id: args.id },
    );
    const m = found.records[0]?.get("m");
    if (!m) throw notFound("Milestone", args.id);
    await editableLead(tx, viewer, m.leadId);
    if (m.doneOn) throw badInput(`milestone ${args.id} was done on ${m.doneOn} already`, "id");
    const r = await tx.run<{ m: MilestoneRecord }>(
      `MATCH (m:Milestone {id: $id}) SET m.doneOn = $date RETURN ${MILESTONE_FIELDS} AS m`,
      { id: args.id, date },
    );
    await appendEvent(tx, m.leadId, viewer.username, { kind: "MILESTONE_DONE", at: date, note: m.title });
    await tx.run(
      "MATCH (l:Lead {id: $id}) SET l.lastChangeOn = CASE WHEN l.lastChangeOn > $date THEN l.lastChangeOn ELSE $date END",
      { id: m.leadId, date },
    );
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "lead.milestone.done",
      target: args.id,
      detail: { date },
    });
    return r.records[0]!.get("m");
  });
}

// ---- leads from an import ------------------------------------------------------------------------

/** A lead an import creates (the imports capability's `leads` kind resolved it). */
export interface ImportedLead {
  /** Made from the import's natural key, so a retried transaction writes it once. */
  id: string;
  /** The file's own reference of the lead (null when it gave none). */
  ref: string | null;
  companyId: string;
  segmentId: string;
  chainId: string;
  teamId: string;
  officeId: string | null;
  amount: number | null;
  currency: Currency;
  fixedAssetsRmb: number | null;
  jobs: number | null;
  fundLinked: boolean;
  fundAmountRmb: number | null;
  owner: string;
  createdOn: string;
  /** The stage the lead is at, reached on `stageOn` by the path {@link importedLeadPath} gives. */
  stage: Stage;
  stageOn: string;
  note: string | null;
  /** The file row, for provenance. */
  row: number;
}

/**
 * The stages an imported lead passes to reach `stage` (after CREATED at LEAD), each move one the
 * transition table allows: the forward path (a negotiation is signed without a policy round), or
 * LEAD → LOST / PAUSED. PRODUCING is refused: reaching it lands a local plant (moveLead), which an
 * import does not write; the lead is imported at STARTED and moved on its page.
 */
export function importedLeadPath(stage: Stage): { path: Stage[] } | { problem: string } {
  if (stage === "PRODUCING")
    return {
      problem: `a lead is not imported at ${STAGE_ZH.PRODUCING} PRODUCING (it lands a local plant): import it at ${STAGE_ZH.STARTED} STARTED and move it on the lead page`,
    };
  if (stage === "LOST" || stage === "PAUSED") return { path: [stage] };
  const path = FORWARD.slice(1, FORWARD.indexOf(stage) + 1).filter(
    (s) => s !== "POLICY" || stage === "POLICY",
  );
  let at: Stage = "LEAD";
  for (const to of path) {
    const problem = transitionError(at, to, null);
    if (problem) return { problem };
    at = to;
  }
  return { path };
}

/**
 * Writes leads an import created, in the import's transaction: stored fields and events derived by
 * the same rules as the bulk writer and the API (deriveLead: transition table, money, key project,
 * first arrivals), provenance (source `imported`, import id, file, row, user, time) on each lead
 * and its events, one audit event for the batch, and the pipeline's version replaced.
 */
export async function importLeads(
  tx: ManagedTransaction,
  leads: readonly ImportedLead[],
  cfg: PipelineConfig,
  prov: { importId: string; file: string; user: string; at: string },
): Promise<void> {
  if (leads.length === 0) return;
  const rows = leads.map((lead) => {
    const found = importedLeadPath(lead.stage);
    if ("problem" in found) throw new Error(`internal: lead ${lead.id}: ${found.problem}`);
    const events: LeadSeedEvent[] = [
      { kind: "CREATED", at: lead.createdOn, ...(lead.note ? { note: lead.note } : {}) },
      ...found.path.map((to) => ({ kind: "STAGE" as const, at: lead.stageOn, to })),
    ];
    const d = deriveLead({ ...lead, usdRate: null, source: "imported", events }, cfg, prov.at);
    const p = {
      source: "imported",
      importId: prov.importId,
      importFile: prov.file,
      importRow: int(lead.row),
      importedBy: prov.user,
      importedAt: prov.at,
    };
    return {
      id: lead.id,
      props: { ...d.props, ...p, ref: lead.ref, ownerId: null },
      events: d.events.map((e) => ({ ...e, ...p })),
    };
  });
  await tx.run(WRITE_LEADS, { rows });
  await tx.run(BUMP_PIPELINE_VERSION);
  await recordAudit(tx, {
    actor: prov.user,
    action: "lead.import",
    target: prov.importId,
    detail: { file: prov.file, leads: leads.length, first: leads[0]!.id },
  });
}

/** Deletes up to `limit` leads an import created, with their events and milestones; returns how many. */
export async function deleteImportedLeads(
  tx: ManagedTransaction,
  importId: string,
  limit: number,
): Promise<number> {
  const r = await tx.run(
    `MATCH (l:Lead {importId: $importId}) WHERE l.source = 'imported'
     WITH l LIMIT $limit
     CALL (l) { OPTIONAL MATCH (l)-[:HAS_EVENT|HAS_MILESTONE]->(x) DETACH DELETE x }
     DETACH DELETE l
     RETURN count(*) AS n`,
    { importId, limit: int(limit) },
  );
  const n = Number(r.records[0]?.get("n") ?? 0);
  if (n > 0) await tx.run(BUMP_PIPELINE_VERSION);
  return n;
}
