/**
 * Watches and alerts for the signed-in user: setting and removing watches, reading alerts (after a
 * lazy evaluation of the user's watches), marking them read. Every write is audited in its own
 * transaction. A user sees only their own watches and alerts (the Cypher filters on their id).
 */
import { recordAudit } from "../audit/index.ts";
import { viewerOf } from "../auth/index.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput, notFound } from "../errors.ts";
import { presenceIsCurrent } from "../graph-writes/index.ts";
import { computePeerComparison, peerAhead } from "../peers/index.ts";
import { evaluateWatches } from "./evaluate.ts";
import {
  ALERT_FIELDS,
  candidateIds,
  presenceInfo,
  watches,
  type AlertRow,
  type WatchRow,
} from "./queries.ts";
import { watchId, type WatchKind } from "./rules.ts";

/** The most alerts one read returns. */
export const MAX_ALERTS = 100;

/** One lazy evaluation per request (the bell asks for the count and the list at once). */
const evaluated = new WeakMap<GraphQLContext, Promise<unknown>>();

async function evaluateFor(ctx: GraphQLContext): Promise<void> {
  const viewer = viewerOf(ctx);
  let run = evaluated.get(ctx);
  if (run === undefined) {
    run = evaluateWatches(ctx, new Date(), { userId: viewer.userId });
    evaluated.set(ctx, run);
  }
  await run;
}

export async function myAlerts(ctx: GraphQLContext, first: number, unreadOnly: boolean): Promise<AlertRow[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ALERTS) {
    throw badInput(`first must be a whole number from 1 to ${MAX_ALERTS} (got ${first})`, "first");
  }
  await evaluateFor(ctx);
  const rows = await ctx.cypher<{ a: AlertRow }>(
    `MATCH (a:Alert {userId: $userId}) WHERE NOT $unreadOnly OR a.read = false
     WITH a ORDER BY a.createdAt DESC, a.id LIMIT $first
     RETURN ${ALERT_FIELDS} AS a`,
    { userId: viewerOf(ctx).userId, unreadOnly, first: int(first) },
  );
  return rows.map((r) => r.a);
}

export async function unreadAlertCount(ctx: GraphQLContext): Promise<number> {
  await evaluateFor(ctx);
  const [row] = await ctx.cypher<{ n: number }>(
    "MATCH (a:Alert {userId: $userId, read: false}) RETURN count(a) AS n",
    { userId: viewerOf(ctx).userId },
  );
  return row?.n ?? 0;
}

export async function myWatches(ctx: GraphQLContext): Promise<WatchRow[]> {
  return watches(ctx.cypher, viewerOf(ctx).userId);
}

async function saveWatch(
  ctx: GraphQLContext,
  kind: WatchKind,
  target: {
    chainId: string | null;
    segmentId: string | null;
    leadId: string | null;
    peerCode: string | null;
  },
  state: { lastToken: string | null; seen: string[] | null; peerAhead: boolean | null },
): Promise<WatchRow> {
  const viewer = viewerOf(ctx);
  const id = watchId(viewer.userId, kind, [
    target.chainId ?? "",
    target.segmentId ?? "",
    target.leadId ?? "",
    target.peerCode ?? "",
  ]);
  await ctx.db.write(async (tx) => {
    const result = await tx.run(
      `MERGE (w:Watch {id: $id})
       ON CREATE SET w += $props, w.createdAt = $now, w.created = true
       ON MATCH SET w.created = false
       WITH w, w.created AS created
       REMOVE w.created
       RETURN created`,
      {
        id,
        now: new Date().toISOString(),
        props: { userId: viewer.userId, kind, ...target, ...state },
      },
    );
    if (result.records[0]?.get("created") === true) {
      await recordAudit(tx, {
        actor: viewer.userId,
        action: "watch.create",
        target: id,
        detail: { kind, ...target },
      });
    }
  });
  const [saved] = (await watches(ctx.cypher, viewer.userId)).filter((w) => w.id === id);
  if (!saved) throw new Error(`internal: watch ${id} not found after saving`);
  return saved;
}

/** The current presence token, or null while the presence is being rebuilt. */
async function currentToken(ctx: GraphQLContext): Promise<string | null> {
  const info = await presenceInfo(ctx.cypher);
  return info !== null && presenceIsCurrent({ info }) ? info.token : null;
}

async function checkLeaf(ctx: GraphQLContext, chainId: string, segmentId: string) {
  const [chain, segment] = await Promise.all([
    ctx.loaders.chain.load(chainId),
    ctx.loaders.segment.load(segmentId),
  ]);
  if (chain === null) throw notFound("Chain", chainId);
  if (segment === null) throw notFound("Segment", segmentId);
  if (!segment.leaf || segment.chainId !== chainId) {
    throw badInput(`segmentId: ${segmentId} is not a leaf segment of chain ${chainId}`, "segmentId");
  }
}

/** Watch a gap: alert when a new target candidate enters it. Starts from today's candidates. */
export async function watchGap(ctx: GraphQLContext, chainId: string, segmentId: string): Promise<WatchRow> {
  await checkLeaf(ctx, chainId, segmentId);
  const token = await currentToken(ctx);
  const seen = token === null ? null : await candidateIds(ctx.cypher, segmentId, ctx.config.homeRegion);
  return saveWatch(
    ctx,
    "GAP",
    { chainId, segmentId, leadId: null, peerCode: null },
    { lastToken: token, seen, peerAhead: null },
  );
}

/** Watch a lead: alert when it stalls or a milestone is overdue (the pipeline's rules). */
export async function watchLead(ctx: GraphQLContext, leadId: string): Promise<WatchRow> {
  const [row] = await ctx.cypher<{ id: string }>("MATCH (l:Lead {id: $leadId}) RETURN l.id AS id", {
    leadId,
  });
  if (!row) throw notFound("Lead", leadId);
  return saveWatch(
    ctx,
    "LEAD",
    { chainId: null, segmentId: null, leadId, peerCode: null },
    {
      lastToken: null,
      seen: null,
      peerAhead: null,
    },
  );
}

/** Watch a peer in a segment: alert when its RCA passes the zone's. Starts from today's standing. */
export async function watchPeerSegment(
  ctx: GraphQLContext,
  chainId: string,
  segmentId: string,
  peerCode: string,
): Promise<WatchRow> {
  await checkLeaf(ctx, chainId, segmentId);
  const token = await currentToken(ctx);
  const comparison = await computePeerComparison(ctx, chainId, [peerCode]);
  const value = comparison.peers[0]?.segments.find((s) => s.segmentId === segmentId);
  if (value === undefined)
    throw badInput(`segmentId: ${segmentId} is not a leaf of chain ${chainId}`, "segmentId");
  return saveWatch(
    ctx,
    "PEER",
    { chainId, segmentId, leadId: null, peerCode },
    {
      lastToken: token,
      seen: null,
      peerAhead: token === null ? null : peerAhead(value.rca, value.zoneRca),
    },
  );
}

/** Removes one of the viewer's watches (its alerts stay); false when there was none. */
export async function unwatch(ctx: GraphQLContext, id: string): Promise<boolean> {
  const viewer = viewerOf(ctx);
  return ctx.db.write(async (tx) => {
    const result = await tx.run(
      "MATCH (w:Watch {id: $id, userId: $userId}) WITH w, w.kind AS kind DETACH DELETE w RETURN kind",
      { id, userId: viewer.userId },
    );
    const kind = result.records[0]?.get("kind") as string | undefined;
    if (kind === undefined) return false;
    await recordAudit(tx, { actor: viewer.userId, action: "watch.delete", target: id, detail: { kind } });
    return true;
  });
}

/** Marks the viewer's alerts read (those named, or all); returns how many changed. */
export async function markAlertsRead(
  ctx: GraphQLContext,
  ids: readonly string[] | null | undefined,
): Promise<number> {
  const viewer = viewerOf(ctx);
  if (ids && ids.length > MAX_ALERTS) {
    throw badInput(`ids: at most ${MAX_ALERTS} at once (got ${ids.length})`, "ids");
  }
  return ctx.db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Alert {userId: $userId, read: false}) WHERE $ids IS NULL OR a.id IN $ids
       SET a.read = true, a.readAt = $now
       RETURN count(a) AS n`,
      { userId: viewer.userId, ids: ids ?? null, now: new Date().toISOString() },
    );
    const raw = result.records[0]?.get("n") as number | { toNumber(): number } | undefined;
    const n = typeof raw === "number" ? raw : (raw?.toNumber() ?? 0);
    if (n > 0) {
      await recordAudit(tx, {
        actor: viewer.userId,
        action: "alert.read",
        target: viewer.userId,
        detail: { count: n },
      });
    }
    return n;
  });
}
