/**
 * evaluateWatches: looks at every watch (or one user's) and writes the alerts its rules find
 * (rules.ts). Idempotent: run it twice, at once or in a row, and each event is written once. Run
 * lazily when a user reads their alerts (their watches only) and by a timer the composition root
 * starts (scripts/start.ts, every {@link ALERT_INTERVAL_MS}). The trigger for GAP and PEER watches
 * is the presence token: every write through graph-writes (an import, a lead reaching production,
 * the seed) replaces it, and a watch that saw an older token looks again.
 */
import { randomUUID } from "node:crypto";
import { createContext, type AppDeps } from "../context.ts";
import { presenceIsCurrent } from "../graph-writes/index.ts";
import { computePeerComparison, peerAhead } from "../peers/index.ts";
import type { Stage } from "../pipeline/index.ts";
import {
  candidateIds,
  commitWatch,
  companyNames,
  leadsById,
  presenceInfo,
  watches as readWatches,
  type NewAlert,
  type WatchRow,
} from "./queries.ts";
import { alertId, gapEvent, leadEvents, newCandidates, peerEvent, type AlertEvent } from "./rules.ts";

/** How often the timer evaluates every watch. */
export const ALERT_INTERVAL_MS = 5 * 60_000;

export interface EvaluationReport {
  watches: number;
  /** Alerts this run created (events already recorded are not counted). */
  created: number;
  /** Watches skipped because the presence is being rebuilt (a bulk load): looked at next time. */
  deferred: number;
}

type Deps = Pick<AppDeps, "db" | "config" | "log">;

function toAlert(watch: WatchRow, event: AlertEvent, extra: Partial<NewAlert["props"]> = {}): NewAlert {
  return {
    id: alertId(watch.id, event.key),
    props: {
      userId: watch.userId,
      watchId: watch.id,
      kind: event.kind,
      eventKey: `${watch.kind}|${watch.chainId ?? ""}|${watch.segmentId ?? ""}|${watch.leadId ?? ""}|${watch.peerCode ?? ""}|${event.key}`,
      chainId: watch.chainId,
      segmentId: watch.segmentId,
      leadId: watch.leadId,
      peerCode: watch.peerCode,
      teamId: null,
      detailJson: JSON.stringify(event.detail),
      ...extra,
    },
  };
}

/**
 * Evaluates the watches of `options.userId` (all when absent) at `now`.
 * @param now the moment of evaluation; its UTC date is "today" for the lead rules
 */
export async function evaluateWatches(
  deps: Deps,
  now: Date,
  options: { userId?: string } = {},
): Promise<EvaluationReport> {
  const { db, config } = deps;
  // A context of its own per unit of work: the per-request query budget must not bound a timer run.
  const fresh = () => createContext(deps);
  const cypher = fresh().cypher;
  const [info, all] = await Promise.all([presenceInfo(cypher), readWatches(cypher, options.userId ?? null)]);
  const token = info !== null && presenceIsCurrent({ info }) ? info.token : null;
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const evaluation = randomUUID();
  const report: EvaluationReport = { watches: all.length, created: 0, deferred: 0 };
  const commit = (w: WatchRow, expected: string | null | undefined, state: object, alerts: NewAlert[]) =>
    db.write((tx) =>
      commitWatch(tx, w.id, expected, state as Record<string, unknown>, alerts, at, evaluation),
    );

  const candidates = new Map<string, Promise<string[]>>();
  const comparisons = new Map<string, ReturnType<typeof computePeerComparison>>();
  for (const w of all) {
    if (w.kind === "LEAD") continue;
    if (token === null) {
      report.deferred += 1;
      continue;
    }
    if (w.lastToken === token) continue;
    if (w.kind === "GAP" && w.segmentId !== null) {
      const key = w.segmentId;
      if (!candidates.has(key)) candidates.set(key, candidateIds(fresh().cypher, key, config.homeRegion));
      const current = await candidates.get(key)!;
      const fresh_ = w.seen === null ? [] : newCandidates(w.seen, current);
      const named = await companyNames(fresh().cypher, fresh_.slice(0, 5));
      const byId = new Map(named.map((c) => [c.id, c]));
      const event = gapEvent(
        w.seen,
        current.map((id) => byId.get(id) ?? { id, name: id, nameZh: id }),
        token,
      );
      report.created += await commit(
        w,
        w.lastToken,
        { lastToken: token, seen: current },
        event ? [toAlert(w, event)] : [],
      );
    } else if (w.kind === "PEER" && w.chainId !== null && w.segmentId !== null && w.peerCode !== null) {
      const key = `${w.chainId}\u0000${w.peerCode}`;
      if (!comparisons.has(key))
        comparisons.set(key, computePeerComparison(fresh(), w.chainId, [w.peerCode]));
      let value;
      try {
        value = (await comparisons.get(key)!).peers[0]?.segments.find((s) => s.segmentId === w.segmentId);
      } catch (error) {
        deps.log.warn({ err: error, watch: w.id }, "a peer watch could not be evaluated");
        continue;
      }
      if (value === undefined) continue;
      const event = peerEvent(w.peerAhead, value.rca, value.zoneRca, token);
      report.created += await commit(
        w,
        w.lastToken,
        { lastToken: token, peerAhead: peerAhead(value.rca, value.zoneRca) },
        event ? [toAlert(w, event)] : [],
      );
    }
  }

  const leadWatches = all.filter((w) => w.kind === "LEAD" && w.leadId !== null);
  if (leadWatches.length > 0) {
    const leads = new Map(
      (await leadsById(fresh().cypher, [...new Set(leadWatches.map((w) => w.leadId!))])).map((l) => [
        l.id,
        l,
      ]),
    );
    for (const w of leadWatches) {
      const lead = leads.get(w.leadId!);
      if (lead === undefined) continue;
      const events = leadEvents(
        { stage: lead.stage as Stage, lastChangeOn: lead.lastChangeOn, milestones: lead.milestones },
        today,
        config.pipeline.stallDays,
      );
      if (events.length === 0) continue;
      const alerts = events.map((e) =>
        toAlert(
          w,
          {
            ...e,
            detail: {
              ...e.detail,
              companyId: lead.companyId,
              companyName: lead.companyName,
              companyNameZh: lead.companyNameZh,
            },
          },
          { teamId: lead.teamId, chainId: lead.chainId, segmentId: lead.segmentId },
        ),
      );
      report.created += await commit(w, undefined, {}, alerts);
    }
  }
  return report;
}

/**
 * Starts evaluating every watch every `intervalMs` (never two runs at once); returns the stopper.
 * The timer does not keep the process alive.
 */
export function startAlertTimer(deps: Deps, intervalMs = ALERT_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    evaluateWatches(deps, new Date())
      .then((r) => {
        if (r.created > 0) deps.log.info(r, "alerts evaluated");
      })
      .catch((error: unknown) => deps.log.warn({ err: error }, "alert evaluation failed; retried next time"))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
