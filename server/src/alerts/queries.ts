/**
 * The Cypher of watches and alerts. Parameterised only. A watch's state is changed under its write
 * lock (`SET w.lockedAt` first, then the compare on `lastToken`: Neo4j's documented cure for lost
 * updates), and alerts are MERGEd on their id (unique constraint, migration 7), so two evaluations
 * at once never write an event twice.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { Cypher } from "../common/cypher.ts";
import { PRESENCE_INFO_SUBQUERY, type PresenceInfo } from "../graph-writes/index.ts";
import type { AlertKind, WatchKind } from "./rules.ts";

/** A stored watch. */
export interface WatchRow {
  id: string;
  userId: string;
  kind: WatchKind;
  chainId: string | null;
  segmentId: string | null;
  leadId: string | null;
  peerCode: string | null;
  createdAt: string;
  lastToken: string | null;
  seen: string[] | null;
  peerAhead: boolean | null;
}

const WATCH_FIELDS = `w {
  .id, .userId, .kind, .chainId, .segmentId, .leadId, .peerCode, .createdAt, .lastToken, .seen, .peerAhead
}`;

/** A stored alert. */
export interface AlertRow {
  id: string;
  userId: string;
  watchId: string;
  kind: AlertKind;
  eventKey: string;
  createdAt: string;
  read: boolean;
  chainId: string | null;
  segmentId: string | null;
  leadId: string | null;
  peerCode: string | null;
  teamId: string | null;
  detailJson: string;
}

export const ALERT_FIELDS = `a {
  .id, .userId, .watchId, .kind, .eventKey, .createdAt, .read, .chainId, .segmentId, .leadId, .peerCode,
  .teamId, .detailJson
}`;

export async function presenceInfo(cypher: Cypher): Promise<PresenceInfo | null> {
  const [row] = await cypher<{ info: PresenceInfo | null }>(`${PRESENCE_INFO_SUBQUERY} RETURN info`);
  return row?.info ?? null;
}

/** Every watch, or one user's. */
export async function watches(cypher: Cypher, userId: string | null): Promise<WatchRow[]> {
  const rows = await cypher<{ w: WatchRow }>(
    `MATCH (w:Watch) WHERE $userId IS NULL OR w.userId = $userId
     RETURN ${WATCH_FIELDS} AS w ORDER BY w.createdAt, w.id`,
    { userId },
  );
  return rows.map((r) => r.w);
}

/**
 * Target candidates of a segment: companies operating in it located outside the home region's
 * subtree (the target ranking's pool), by id.
 */
export async function candidateIds(cypher: Cypher, segmentId: string, home: string): Promise<string[]> {
  const [row] = await cypher<{ ids: string[] }>(
    `OPTIONAL MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)
     WHERE NOT EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(:Region {code: $home}) }
     WITH c ORDER BY c.id
     RETURN collect(DISTINCT c.id) AS ids`,
    { segmentId, home },
  );
  return row?.ids ?? [];
}

export async function companyNames(
  cypher: Cypher,
  ids: readonly string[],
): Promise<{ id: string; name: string; nameZh: string }[]> {
  return cypher(
    `UNWIND $ids AS id MATCH (c:Company {id: id})
     RETURN c.id AS id, coalesce(c.name, c.nameZh, c.id) AS name, coalesce(c.nameZh, c.name, c.id) AS nameZh`,
    { ids: [...ids] },
  );
}

/** A watched lead with its company's names and its milestones. */
export interface LeadRow {
  id: string;
  stage: string;
  lastChangeOn: string;
  teamId: string;
  chainId: string | null;
  segmentId: string | null;
  companyId: string;
  companyName: string;
  companyNameZh: string;
  milestones: { id: string; title: string; due: string; doneOn: string | null }[];
}

export async function leadsById(cypher: Cypher, ids: readonly string[]): Promise<LeadRow[]> {
  return cypher(
    `MATCH (l:Lead) WHERE l.id IN $ids
     OPTIONAL MATCH (c:Company {id: l.companyId})
     RETURN l.id AS id, l.stage AS stage, l.lastChangeOn AS lastChangeOn, l.teamId AS teamId,
       l.chainId AS chainId, l.segmentId AS segmentId, l.companyId AS companyId,
       coalesce(c.name, c.nameZh, l.companyId) AS companyName, coalesce(c.nameZh, c.name, l.companyId) AS companyNameZh,
       COLLECT { MATCH (l)-[:HAS_MILESTONE]->(m:Milestone)
                 RETURN m {.id, .title, .due, .doneOn} ORDER BY m.due, m.id } AS milestones`,
    { ids: [...ids] },
  );
}

/** An alert to MERGE: its id and what it stores. */
export interface NewAlert {
  id: string;
  props: Omit<AlertRow, "id" | "createdAt" | "read">;
}

/**
 * In one transaction, under the watch's write lock: when the watch still holds `expectedToken`
 * (null: no compare, for LEAD watches that keep no state), sets `state` and MERGEs the alerts.
 * Returns how many alerts this call created (an alert already there is not counted).
 */
export async function commitWatch(
  tx: ManagedTransaction,
  watch: string,
  expectedToken: string | null | undefined,
  state: Record<string, unknown>,
  alerts: readonly NewAlert[],
  now: string,
  evaluation: string,
): Promise<number> {
  const result = await tx.run(
    `MATCH (w:Watch {id: $watch})
     SET w.lockedAt = $now
     WITH w
     WHERE $compare = false OR coalesce(w.lastToken, '') = $expected
     SET w += $state
     WITH w
     UNWIND $alerts AS alert
     MERGE (a:Alert {id: alert.id})
       ON CREATE SET a += alert.props, a.read = false, a.createdAt = $now, a.evaluation = $evaluation
     RETURN sum(CASE WHEN a.evaluation = $evaluation THEN 1 ELSE 0 END) AS created`,
    {
      watch,
      now,
      compare: expectedToken !== undefined,
      expected: expectedToken ?? "",
      state,
      alerts: alerts.map((a) => ({ id: a.id, props: a.props })),
      evaluation,
    },
  );
  const created = result.records[0]?.get("created") as number | { toNumber(): number } | undefined;
  return typeof created === "number" ? created : (created?.toNumber() ?? 0);
}
