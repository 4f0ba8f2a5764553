/**
 * The recruiting pipeline's rules, pure (no I/O): stages and their allowed transitions, the
 * key-project and industrial-started rules, periods, stalls, and the horse-race standings computed
 * from stage events. Everything the resolvers enforce is decided here, so it is tested without a
 * database (test/unit/pipeline-rules.test.ts).
 */
import type { PipelineConfig } from "../config.ts";

export const STAGES = [
  "LEAD",
  "VISIT",
  "NEGOTIATION",
  "POLICY",
  "SIGNED",
  "REGISTERED",
  "STARTED",
  "PRODUCING",
  "LOST",
  "PAUSED",
] as const;
export type Stage = (typeof STAGES)[number];

/** The forward stages in order (挖掘线索 → 投产); LOST and PAUSED stand aside. */
export const FORWARD: readonly Stage[] = STAGES.slice(0, 8);

export const STAGE_ZH: Record<Stage, string> = {
  LEAD: "挖掘线索",
  VISIT: "走访",
  NEGOTIATION: "谈判",
  POLICY: "政策商议",
  SIGNED: "签约",
  REGISTERED: "注册",
  STARTED: "开工",
  PRODUCING: "投产",
  LOST: "流失",
  PAUSED: "暂停",
};

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/**
 * The transition table. A lead moves one step forward at a time, except that a negotiation may
 * be signed without a policy round (政策商议 is needed only when the terms ask for one) and a
 * policy round may go back to negotiation. Any open stage may be lost (流失) or paused (暂停);
 * PRODUCING (投产) is the end. A paused lead resumes at the stage it was paused from, or is lost; a
 * lost lead may be reopened as a new lead (LEAD), keeping its history. STARTED cannot be lost
 * (construction has begun; it is paused instead).
 *
 * | from        | to                                   |
 * |-------------|--------------------------------------|
 * | LEAD        | VISIT, LOST, PAUSED                  |
 * | VISIT       | NEGOTIATION, LOST, PAUSED            |
 * | NEGOTIATION | POLICY, SIGNED, LOST, PAUSED         |
 * | POLICY      | SIGNED, NEGOTIATION, LOST, PAUSED    |
 * | SIGNED      | REGISTERED, LOST, PAUSED             |
 * | REGISTERED  | STARTED, LOST, PAUSED                |
 * | STARTED     | PRODUCING, PAUSED                    |
 * | PRODUCING   | — (the end)                          |
 * | LOST        | LEAD                                 |
 * | PAUSED      | the stage it was paused from, LOST   |
 */
export const TRANSITIONS: Record<Exclude<Stage, "PAUSED">, readonly Stage[]> = {
  LEAD: ["VISIT", "LOST", "PAUSED"],
  VISIT: ["NEGOTIATION", "LOST", "PAUSED"],
  NEGOTIATION: ["POLICY", "SIGNED", "LOST", "PAUSED"],
  POLICY: ["SIGNED", "NEGOTIATION", "LOST", "PAUSED"],
  SIGNED: ["REGISTERED", "LOST", "PAUSED"],
  REGISTERED: ["STARTED", "LOST", "PAUSED"],
  STARTED: ["PRODUCING", "PAUSED"],
  PRODUCING: [],
  LOST: ["LEAD"],
};

/** The stages a lead at `stage` may move to (`pausedFrom`: the stage a PAUSED lead left). */
export function allowedNext(stage: Stage, pausedFrom: Stage | null): readonly Stage[] {
  if (stage === "PAUSED") return pausedFrom && pausedFrom !== "PAUSED" ? [pausedFrom, "LOST"] : ["LOST"];
  return TRANSITIONS[stage];
}

/** Null when the move is allowed; else the reason, naming both stages (zh and code). */
export function transitionError(from: Stage, to: Stage, pausedFrom: Stage | null): string | null {
  const next = allowedNext(from, pausedFrom);
  if (next.includes(to)) return null;
  const name = (s: Stage) => `${STAGE_ZH[s]} ${s}`;
  if (next.length === 0) return `a lead at ${name(from)} is finished and cannot move to ${name(to)}`;
  return `a lead at ${name(from)} cannot move to ${name(to)}; allowed: ${next.map(name).join(", ")}`;
}

// ---- money ---------------------------------------------------------------------------------------

export const CURRENCIES = ["CNY", "USD"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** RMB equivalent of an amount (USD at `usdRate` RMB per dollar); null stays unknown. */
export function toRmb(amount: number | null, currency: Currency, usdRate: number): number | null {
  if (amount === null) return null;
  return currency === "USD" ? amount * usdRate : amount;
}

/** Key project (重点项目): ≥ keyMinRmb RMB, or, for a lead in dollars, ≥ keyMinUsd USD. */
export function isKeyProject(
  amount: number | null,
  currency: Currency,
  usdRate: number,
  cfg: Pick<PipelineConfig, "keyMinRmb" | "keyMinUsd">,
): boolean {
  if (amount === null) return false;
  if (currency === "USD" && amount >= cfg.keyMinUsd) return true;
  return (toRmb(amount, currency, usdRate) ?? 0) >= cfg.keyMinRmb;
}

/** An industrial project that counts toward "started" (亿元以上): ≥ industrialMinRmb RMB. */
export function countsAsStarted(amountRmb: number | null, cfg: Pick<PipelineConfig, "industrialMinRmb">) {
  return amountRmb !== null && amountRmb >= cfg.industrialMinRmb;
}

// ---- dates and periods ---------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const PERIODS = ["MONTH", "QUARTER", "YEAR", "THREE_YEARS", "FIVE_YEARS"] as const;
export type Period = (typeof PERIODS)[number];

/**
 * The period containing `at`: [from, to) as ISO dates. MONTH, QUARTER and YEAR are calendar
 * periods; THREE_YEARS and FIVE_YEARS (三年期中考, 五年一大考) are the 3 or 5 calendar years
 * ending with `at`'s year.
 */
export function periodRange(period: Period, at: string): { from: string; to: string } {
  const y = Number(at.slice(0, 4));
  const m = Number(at.slice(5, 7));
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (period) {
    case "MONTH":
      return { from: `${y}-${pad(m)}-01`, to: m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01` };
    case "QUARTER": {
      const q = Math.floor((m - 1) / 3);
      const start = q * 3 + 1;
      return { from: `${y}-${pad(start)}-01`, to: q === 3 ? `${y + 1}-01-01` : `${y}-${pad(start + 3)}-01` };
    }
    case "YEAR":
      return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
    case "THREE_YEARS":
      return { from: `${y - 2}-01-01`, to: `${y + 1}-01-01` };
    case "FIVE_YEARS":
      return { from: `${y - 4}-01-01`, to: `${y + 1}-01-01` };
  }
}

/** Open stages: a lead there is expected to move (not PRODUCING, LOST or PAUSED). */
export function isOpen(stage: Stage): boolean {
  return stage !== "PRODUCING" && stage !== "LOST" && stage !== "PAUSED";
}

/** Stalled: an open lead whose last change is more than `stallDays` days before `today`. */
export function isStalled(stage: Stage, lastChangeOn: string, today: string, stallDays: number): boolean {
  return isOpen(stage) && daysBetween(lastChangeOn, today) > stallDays;
}

/**
 * Overdue: a milestone not done whose due date is before `today` (the agenda's and the lead flag's
 * rule, `m.doneOn IS NULL AND m.due < $today` in queries.ts).
 */
export function isMilestoneOverdue(due: string, doneOn: string | null, today: string): boolean {
  return doneOn === null && due < today;
}

// ---- the horse race ------------------------------------------------------------------------------

/** A stage event as the leaderboard reads it: the first time a lead reached a stage. */
export interface StageEventRow {
  leadId: string;
  teamId: string;
  to: Stage;
  /** Business date (YYYY-MM-DD). */
  at: string;
  /** The lead's planned investment in RMB when it moved; null when unknown. */
  amountRmb: number | null;
  /** Whether the lead was a key project when it moved. */
  keyProject: boolean;
  /** For a PRODUCING event: when the lead was signed (null if it never was). */
  signedOn: string | null;
}

/** Per team: leads created by the period's end, and of those, how many were signed by then. */
export interface TeamFunnelRow {
  teamId: string;
  created: number;
  signed: number;
}

export interface StandingRecord {
  teamId: string;
  rank: number;
  signedCount: number;
  signedAmountRmb: number;
  keyProjects: number;
  keyProjectsAmountRmb: number;
  registered: number;
  started: number;
  startedAmountRmb: number;
  producing: number;
  producingAmountRmb: number;
  /** Signed ÷ created, all leads of the team up to the period's end; null when it has none. */
  conversion: number | null;
  /** Mean days from signing to production over the leads that reached PRODUCING in the period. */
  avgDaysSignedToProducing: number | null;
}

/**
 * The standings of every team for one period, from the stage events that fall in it (each lead
 * counted once per stage: the first time it reached it). Signed amounts are the lead's amount when
 * it was signed. "started" counts industrial projects at or above the configured threshold only.
 * Order: signed amount, then signed count, then key projects, descending; ties by team id; equal
 * figures share a rank (1, 2, 2, 4).
 */
export function computeStandings(
  teamIds: readonly string[],
  events: readonly StageEventRow[],
  funnel: readonly TeamFunnelRow[],
  cfg: Pick<PipelineConfig, "industrialMinRmb">,
): StandingRecord[] {
  const rows = new Map<string, StandingRecord & { days: number[] }>();
  for (const teamId of teamIds) {
    rows.set(teamId, {
      teamId,
      rank: 0,
      signedCount: 0,
      signedAmountRmb: 0,
      keyProjects: 0,
      keyProjectsAmountRmb: 0,
      registered: 0,
      started: 0,
      startedAmountRmb: 0,
      producing: 0,
      producingAmountRmb: 0,
      conversion: null,
      avgDaysSignedToProducing: null,
      days: [],
    });
  }
  for (const e of events) {
    const r = rows.get(e.teamId);
    if (!r) continue;
    const amount = e.amountRmb ?? 0;
    if (e.to === "SIGNED") {
      r.signedCount += 1;
      r.signedAmountRmb += amount;
      if (e.keyProject) {
        r.keyProjects += 1;
        r.keyProjectsAmountRmb += amount;
      }
    } else if (e.to === "REGISTERED") {
      r.registered += 1;
    } else if (e.to === "STARTED") {
      if (countsAsStarted(e.amountRmb, cfg)) {
        r.started += 1;
        r.startedAmountRmb += amount;
      }
    } else if (e.to === "PRODUCING") {
      r.producing += 1;
      r.producingAmountRmb += amount;
      if (e.signedOn) r.days.push(daysBetween(e.signedOn, e.at));
    }
  }
  for (const f of funnel) {
    const r = rows.get(f.teamId);
    if (r && f.created > 0) r.conversion = f.signed / f.created;
  }
  const list = [...rows.values()].map(({ days, ...r }) => ({
    ...r,
    avgDaysSignedToProducing: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
  }));
  const key = (r: StandingRecord) => [r.signedAmountRmb, r.signedCount, r.keyProjects] as const;
  list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return a.teamId < b.teamId ? -1 : 1;
  });
  list.forEach((r, i) => {
    const prev = list[i - 1];
    r.rank = prev && key(prev).every((v, k) => v === key(r)[k]) ? prev.rank : i + 1;
  });
  return list;
}
