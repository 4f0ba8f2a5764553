/**
 * When a watch fires, pure (no I/O). Every alert has an event key that names the event it reports,
 * and its id is a hash of the watch and that key, so writing it again (a second evaluation, another
 * API instance, the timer and a read at once) MERGEs onto the same node: one alert per event, never
 * a duplicate.
 *
 * - GAP (chain + segment): a new target candidate — a company operating in the segment and located
 *   outside the home region's subtree (the target ranking's pool) — that the watch had not seen.
 *   The watch keeps the candidate ids it last saw and the presence token it saw them under; it is
 *   looked at again only when the token changed (every write through graph-writes replaces it).
 *   One alert per (watch, token) listing every newcomer. A watch starts from the candidates of the
 *   moment it is set: what was there before is not news.
 * - LEAD: the pipeline's own rules (pipeline/rules.ts): stalled — an open lead unchanged for more
 *   than PIPELINE_STALL_DAYS (one alert per lead and last-change date, so a lead that moves and
 *   stalls again fires again); a milestone overdue — not done and due before today (one alert per
 *   milestone and due date).
 * - PEER (chain + segment + peer region): the peer overtakes the zone — its RCA in the segment was
 *   not above the zone's at the last look and is now (peers/ `overtook`); one alert per (watch,
 *   token). The first look only records the state.
 */
import { createHash } from "node:crypto";
import { overtook, peerAhead } from "../peers/index.ts";
import { daysBetween, isMilestoneOverdue, isStalled, type Stage } from "../pipeline/index.ts";

export const WATCH_KINDS = ["GAP", "LEAD", "PEER"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];
export const ALERT_KINDS = ["NEW_CANDIDATES", "LEAD_STALLED", "MILESTONE_OVERDUE", "PEER_OVERTOOK"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** At most this many newcomers are named in a NEW_CANDIDATES alert (the count is always exact). */
export const NAMED_CANDIDATES = 5;

function hash(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/** A watch's id: one watch per user and target, so watching twice is the same watch. */
export function watchId(userId: string, kind: WatchKind, target: readonly string[]): string {
  return `w-${hash([userId, kind, ...target])}`;
}

/** An alert's id: one per watch and event. */
export function alertId(watch: string, eventKey: string): string {
  return `a-${hash([watch, eventKey])}`;
}

/** The candidates now that were not seen before, in the order of `current`. */
export function newCandidates(seen: readonly string[], current: readonly string[]): string[] {
  const before = new Set(seen);
  return current.filter((id) => !before.has(id));
}

/** An event a rule found: its key (unique per watch) and what the alert says. */
export interface AlertEvent {
  kind: AlertKind;
  key: string;
  detail: Record<string, unknown>;
}

/** A GAP watch's event when the token changed: newcomers, or none. `seen` null: first look, no event. */
export function gapEvent(
  seen: readonly string[] | null,
  current: readonly { id: string; name: string; nameZh: string }[],
  token: string,
): AlertEvent | null {
  if (seen === null) return null;
  const fresh = new Set(
    newCandidates(
      seen,
      current.map((c) => c.id),
    ),
  );
  if (fresh.size === 0) return null;
  const named = current.filter((c) => fresh.has(c.id)).slice(0, NAMED_CANDIDATES);
  return {
    kind: "NEW_CANDIDATES",
    key: `NEW_CANDIDATES|${token}`,
    detail: {
      count: fresh.size,
      companyIds: named.map((c) => c.id),
      names: named.map((c) => c.name),
      namesZh: named.map((c) => c.nameZh),
    },
  };
}

/** A watched lead as the rules need it. */
export interface WatchedLead {
  stage: Stage;
  lastChangeOn: string;
  milestones: { id: string; title: string; due: string; doneOn: string | null }[];
}

/** A LEAD watch's events on `today` (YYYY-MM-DD): stalled, and each overdue milestone. */
export function leadEvents(lead: WatchedLead, today: string, stallDays: number): AlertEvent[] {
  const events: AlertEvent[] = [];
  if (isStalled(lead.stage, lead.lastChangeOn, today, stallDays)) {
    events.push({
      kind: "LEAD_STALLED",
      key: `LEAD_STALLED|${lead.lastChangeOn}`,
      detail: {
        stage: lead.stage,
        lastChangeOn: lead.lastChangeOn,
        days: daysBetween(lead.lastChangeOn, today),
      },
    });
  }
  for (const m of lead.milestones) {
    if (isMilestoneOverdue(m.due, m.doneOn, today)) {
      events.push({
        kind: "MILESTONE_OVERDUE",
        key: `MILESTONE_OVERDUE|${m.id}|${m.due}`,
        detail: { milestoneId: m.id, title: m.title, due: m.due },
      });
    }
  }
  return events;
}

/**
 * A PEER watch's event when the token changed: the peer overtook the zone (`wasAhead` false, now
 * ahead). `wasAhead` null: first look, no event.
 */
export function peerEvent(
  wasAhead: boolean | null,
  peerRca: number,
  zoneRca: number,
  token: string,
): AlertEvent | null {
  if (!overtook(wasAhead, peerAhead(peerRca, zoneRca))) return null;
  return { kind: "PEER_OVERTOOK", key: `PEER_OVERTOOK|${token}`, detail: { peerRca, zoneRca } };
}
