/**
 * Saved target lists: a snapshot of a ranking (the targets capability computes it), worked by
 * recruiters item by item. Lists change no candidate's features, so nothing here goes through the
 * graph write path (graph-writes/): the statuses written here are read on every ranking request.
 */
import { randomUUID } from "node:crypto";
import type { ScoreFeatureRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { recordAudit } from "../audit/index.ts";
import { viewerOf, type Viewer } from "../auth/index.ts";
import { badInput, notFound, userError } from "../errors.ts";
import { BUMP_LISTS_VERSION } from "../common/answer-cache.ts";
import {
  computeRanking,
  toTargetRecord,
  type TargetArgs,
  type TargetStatusValue,
  type TargetWeights,
} from "../targets/index.ts";
import type { TargetFilterValuesRecord, TargetItemRecord, TargetListRecord } from "./records.ts";

export const MAX_LIST_SIZE = 1000;
/** Saved lists one user may keep: a write quota, so that no one fills the graph with snapshots. */
export const MAX_LISTS_PER_OWNER = 200;
export const MAX_NOTE = 2000;
const MAX_NAME = 200;

const LIST_FIELDS = `l {
  .id, .name, .createdAt, .segmentId, .chainId, .regionCode, .filter, .weights,
  itemCount: COUNT { (l)-[:HAS_ITEM]->(:TargetItem) }
}`;

// Items saved before versions existed read as version 1 (coalesce), so no data migration is needed.
const ITEM_FIELDS = `i { .rank, .score, .features, .status, .note, .updatedAt, .segmentId,
  version: coalesce(i.version, 1), listId: l.id, companyId: c.id }`;

/**
 * Which lists a viewer may see and work, as Cypher parameters for {@link LIST_SCOPE}: ADMIN and
 * LEADER every list; a RECRUITER their team's lists (and their own); an ANALYST their own. A list
 * out of scope answers exactly as a list that does not exist.
 */
export function listScope(viewer: Viewer): { allLists: boolean; userId: string; teamId: string | null } {
  return {
    allLists: viewer.role === "ADMIN" || viewer.role === "LEADER",
    userId: viewer.userId,
    teamId: viewer.role === "RECRUITER" ? viewer.teamId : null,
  };
}
const LIST_SCOPE = `($allLists OR l.ownerId = $userId OR ($teamId IS NOT NULL AND l.teamId = $teamId))`;

interface StoredList extends Omit<TargetListRecord, "filter" | "weights"> {
  filter: string | null;
  weights: string;
}

interface StoredItem extends Omit<TargetItemRecord, "features"> {
  features: string;
}

const listRecord = (l: StoredList): TargetListRecord => ({
  ...l,
  filter: l.filter === null ? null : (JSON.parse(l.filter) as TargetFilterValuesRecord),
  weights: JSON.parse(l.weights) as TargetWeights,
});

const itemRecord = (i: StoredItem): TargetItemRecord => ({
  ...i,
  features: JSON.parse(i.features) as ScoreFeatureRecord[],
});

/** The saved lists the viewer may see, newest first, at most `first` (1–200). */
export async function targetLists(ctx: GraphQLContext, first = 50): Promise<TargetListRecord[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LISTS_PER_OWNER) {
    throw badInput(`first must be a whole number from 1 to ${MAX_LISTS_PER_OWNER}`, "first");
  }
  const rows = await ctx.cypher<{ l: StoredList }>(
    `MATCH (l:TargetList) WHERE ${LIST_SCOPE}
     WITH l ORDER BY l.createdAt DESC, l.id LIMIT $first
     RETURN ${LIST_FIELDS} AS l`,
    { ...listScope(viewerOf(ctx)), first: int(first) },
  );
  return rows.map((r) => listRecord(r.l));
}

/** Saved lists by id (the targetList loader's batch function). */
export async function targetListsById(
  ctx: GraphQLContext,
  ids: readonly string[],
): Promise<(TargetListRecord | null)[]> {
  const rows = await ctx.cypher<{ l: StoredList }>(
    `MATCH (l:TargetList) WHERE l.id IN $ids AND ${LIST_SCOPE} RETURN ${LIST_FIELDS} AS l`,
    { ids: [...ids], ...listScope(viewerOf(ctx)) },
  );
  const byId = new Map(rows.map((r) => [r.l.id, listRecord(r.l)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Items of saved lists by list id, in rank order (the listItems loader's batch function). */
export async function itemsOfLists(
  ctx: GraphQLContext,
  ids: readonly string[],
): Promise<TargetItemRecord[][]> {
  const rows = await ctx.cypher<{ i: StoredItem }>(
    `MATCH (l:TargetList)-[:HAS_ITEM]->(i:TargetItem)-[:OF]->(c:Company) WHERE l.id IN $ids AND ${LIST_SCOPE}
     RETURN ${ITEM_FIELDS} AS i ORDER BY i.rank`,
    { ids: [...ids], ...listScope(viewerOf(ctx)) },
  );
  const byList = new Map<string, TargetItemRecord[]>();
  for (const { i } of rows) byList.set(i.listId, [...(byList.get(i.listId) ?? []), itemRecord(i)]);
  return ids.map((id) => byList.get(id) ?? []);
}

/**
 * Saves the top `size` of a ranking as a new list whose items start as NEW, in one transaction.
 * Lists change no candidate's features, so this and {@link updateTargetItem} leave the presence
 * token alone (no refreshPresence): the statuses they write are read on every ranking instead, and
 * both replace the lists' version stamp, which cached answers are kept under (common/answer-cache.ts).
 * The list id and timestamps are made before the transaction, and every write is a MERGE on them,
 * so a retried transaction writes the same list once.
 */
export async function saveTargetList(
  ctx: GraphQLContext,
  args: TargetArgs & { name: string; size?: number | null },
): Promise<TargetListRecord> {
  const name = args.name.trim();
  if (name === "" || name.length > MAX_NAME)
    throw badInput(`name must be 1 to ${MAX_NAME} characters`, "name");
  const size = args.size ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LIST_SIZE) {
    throw badInput(`size must be a whole number from 1 to ${MAX_LIST_SIZE} (got ${size})`, "size");
  }
  const viewer = viewerOf(ctx);
  const [owned] = await ctx.cypher<{ n: number }>(
    "MATCH (l:TargetList {ownerId: $userId}) RETURN count(l) AS n",
    { userId: viewer.userId },
  );
  if ((owned?.n ?? 0) >= MAX_LISTS_PER_OWNER) {
    throw userError(
      `you keep ${MAX_LISTS_PER_OWNER} saved lists already, the most one user may keep`,
      "LIMIT_EXCEEDED",
      {
        limit: "lists",
      },
    );
  }
  const ranking = await computeRanking(ctx, args);
  const id = `tl-${randomUUID()}`;
  const now = new Date().toISOString();
  const items = ranking.rows
    .slice(0, size)
    .map(toTargetRecord)
    .map((row, k) => ({
      id: `${id}:${row.companyId}`,
      companyId: row.companyId,
      props: {
        rank: int(k + 1),
        score: row.score,
        features: JSON.stringify(row.features),
        status: "NEW",
        segmentId: row.segmentId,
        version: int(1),
        updatedAt: now,
      },
    }));
  if (items.length === 0) {
    // An empty snapshot has nothing to work: say which argument left the ranking empty.
    const field = args.filter ? "filter" : args.segmentId ? "segmentId" : "chainId";
    throw badInput(`the ranking has no targets to save; widen ${field}`, field);
  }
  const filter = args.filter ? JSON.stringify(args.filter) : null;
  await ctx.db.write(async (tx) => {
    await tx.run(
      `MERGE (l:TargetList {id: $id})
       ON CREATE SET l.name = $name, l.createdAt = $now, l.segmentId = $segmentId, l.chainId = $chainId,
                     l.regionCode = $regionCode, l.filter = $filter, l.weights = $weights,
                     l.ownerId = $ownerId, l.teamId = $teamId
       WITH l
       UNWIND $items AS item
       MATCH (c:Company {id: item.companyId})
       MERGE (i:TargetItem {id: item.id})
       ON CREATE SET i += item.props
       MERGE (l)-[:HAS_ITEM]->(i)
       MERGE (i)-[:OF]->(c)`,
      {
        id,
        name,
        now,
        segmentId: args.segmentId ?? null,
        chainId: args.segmentId ? null : (args.chainId ?? null),
        regionCode: ranking.regionCode,
        filter,
        weights: JSON.stringify(ranking.weights),
        items,
        ownerId: viewer.userId,
        teamId: viewer.teamId,
      },
    );
    await tx.run(BUMP_LISTS_VERSION);
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "list.save",
      target: id,
      detail: { name, items: items.length, segmentId: args.segmentId ?? null, chainId: args.chainId ?? null },
    });
  });
  const [saved] = await targetListsById(ctx, [id]);
  if (!saved) throw new Error(`internal: list ${id} not found after saving`);
  return saved;
}

/** The fields an item edit may change, in the order messages name them. */
const EDITABLE = ["status", "note"] as const;

/**
 * Sets the status and/or the note of one item. A null or omitted field stays as it is; an empty
 * note clears it. Optimistic concurrency: `version` is the version the edit was based on; when
 * the item moved on since (another recruiter saved it), nothing is written and the error names
 * who changed what, with the item's current values in its extensions, so the client can show them.
 * @throws BAD_USER_INPUT when neither is given, the note is too long or the version is not a
 *   positive whole number; NOT_FOUND for an unknown list, or a company that is not in the list;
 *   CONFLICT when the item's version is not `version`
 */
export async function updateTargetItem(
  ctx: GraphQLContext,
  args: {
    listId: string;
    companyId: string;
    version: number;
    status?: TargetStatusValue | null;
    note?: string | null;
  },
): Promise<TargetItemRecord> {
  const setStatus = args.status !== null && args.status !== undefined;
  const setNote = args.note !== null && args.note !== undefined;
  if (!setStatus && !setNote) throw badInput("give a status, a note or both", "status");
  if (setNote && args.note!.length > MAX_NOTE) {
    throw badInput(`note must be at most ${MAX_NOTE} characters (got ${args.note!.length})`, "note");
  }
  if (!Number.isInteger(args.version) || args.version < 1) {
    throw badInput(`version must be a whole number of at least 1 (got ${args.version})`, "version");
  }
  const now = new Date().toISOString();
  const viewer = viewerOf(ctx);
  const item = await ctx.db.write(async (tx) => {
    // A list out of the viewer's scope is "not found", exactly as one that does not exist.
    const found = await tx.run<{ list: boolean; item: boolean }>(
      `OPTIONAL MATCH (l:TargetList {id: $listId}) WHERE ${LIST_SCOPE}
       RETURN l IS NOT NULL AS list,
              l IS NOT NULL AND EXISTS { (l)-[:HAS_ITEM]->(:TargetItem)-[:OF]->(:Company {id: $companyId}) } AS item`,
      { listId: args.listId, companyId: args.companyId, ...listScope(viewer) },
    );
    const row = found.records[0]?.toObject();
    if (!row?.list) throw notFound("TargetList", args.listId);
    if (!row.item) throw notFound(`Company in target list ${args.listId}:`, args.companyId);
    // Take the item's write lock before reading its version, so that two edits based on the same
    // version cannot both pass the check: the second waits here and then reads the first's version.
    const locked = await tx.run<CurrentItem>(
      `MATCH (:TargetList {id: $listId})-[:HAS_ITEM]->(i:TargetItem)-[:OF]->(:Company {id: $companyId})
       SET i._lock = true REMOVE i._lock
       WITH i OPTIONAL MATCH (u:User {id: i.updatedBy})
       RETURN coalesce(i.version, 1) AS version, i.status AS status, i.note AS note, i.updatedAt AS updatedAt,
              u.username AS updatedBy, coalesce(i.changed, []) AS changed`,
      { listId: args.listId, companyId: args.companyId },
    );
    const current = locked.records[0]!.toObject();
    if (current.version !== args.version) throw staleEdit(args.version, current);
    const changed = EDITABLE.filter((f) => (f === "status" ? setStatus : setNote));
    const result = await tx.run<{ i: StoredItem }>(
      `MATCH (l:TargetList {id: $listId})-[:HAS_ITEM]->(i:TargetItem)-[:OF]->(c:Company {id: $companyId})
       SET i.status = CASE WHEN $status IS NULL THEN i.status ELSE $status END,
           i.note = CASE WHEN $setNote THEN $note ELSE i.note END,
           i.updatedAt = $now, i.updatedBy = $userId, i.version = coalesce(i.version, 1) + 1, i.changed = $changed
       RETURN ${ITEM_FIELDS} AS i`,
      {
        listId: args.listId,
        companyId: args.companyId,
        status: setStatus ? args.status : null,
        setNote,
        note: setNote && args.note !== "" ? args.note : null,
        now,
        userId: viewer.userId,
        changed,
      },
    );
    await tx.run(BUMP_LISTS_VERSION);
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "list.item.update",
      target: `${args.listId}:${args.companyId}`,
      detail: { status: setStatus ? args.status : null, noteChanged: setNote, version: args.version + 1 },
    });
    return result.records[0]!.get("i");
  });
  return itemRecord(item);
}

/** An item as the lock read it: what a refused edit reports. */
interface CurrentItem {
  version: number;
  status: TargetStatusValue;
  note: string | null;
  updatedAt: string;
  updatedBy: string | null;
  changed: string[];
}

/**
 * CONFLICT for an edit based on an old version: the message names who last changed which fields
 * and what they hold now; the extensions carry the current item for the client to show.
 */
export function staleEdit(based: number, current: CurrentItem) {
  const what = current.changed.length > 0 ? current.changed : [...EDITABLE];
  const now = what
    .map((f) =>
      f === "status"
        ? `status is now ${current.status}`
        : `note is now ${JSON.stringify(current.note ?? "")}`,
    )
    .join(", ");
  return userError(
    `this item was changed since you loaded it (your version ${based}, now ${current.version}) by ${current.updatedBy ?? "another user"} at ${current.updatedAt}: ${now}; nothing was saved`,
    "CONFLICT",
    {
      field: "version",
      current: {
        version: current.version,
        status: current.status,
        note: current.note,
        updatedAt: current.updatedAt,
        updatedBy: current.updatedBy,
        changed: what,
      },
    },
  );
}
