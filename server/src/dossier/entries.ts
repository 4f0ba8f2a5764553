/**
 * The bureau-maintained tables of the dossier (未来趋势图, 重点园区, 重点创新平台): small editable tables in
 * the graph, `(:DossierEntry {id, chainId, kind, title, detail, sourceNote, version, updatedAt,
 * updatedBy})`. Empty by default: no row is ever made up. Writes are checked (each field named),
 * versioned (an edit based on an old version is refused with CONFLICT, as saved lists do) and
 * audited in the same transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { viewerOf } from "../auth/index.ts";
import { recordAudit } from "../audit/index.ts";
import type { Cypher, GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput, notFound, userError } from "../errors.ts";
import { ENTRY_KINDS, type EntryKind } from "./labels.ts";
import type { DossierEntryRecord } from "./records.ts";

export interface EntryInput {
  title: string;
  detail?: string | null;
  sourceNote?: string | null;
}

export const MAX_TITLE = 200;
export const MAX_DETAIL = 2000;
export const MAX_SOURCE_NOTE = 500;

const ENTRY_FIELDS = `e { .id, .chainId, .kind, .title, .detail, .sourceNote, .version, .updatedAt,
  updatedBy: coalesce(COLLECT { MATCH (u:User {id: e.updatedBy}) RETURN u.username }[0], e.updatedBy) }`;

/**
 * The input checked and normalised: title trimmed, 1 to 200 characters; detail and source note
 * trimmed, empty → null, at most 2000 and 500 characters.
 * @throws BAD_USER_INPUT naming the field (`input.title`, `input.detail`, `input.sourceNote`)
 */
export function checkEntryInput(input: EntryInput): {
  title: string;
  detail: string | null;
  sourceNote: string | null;
} {
  const title = input.title.trim();
  if (title.length === 0) throw badInput("input.title must not be blank", "input.title");
  if (title.length > MAX_TITLE)
    throw badInput(
      `input.title must be at most ${MAX_TITLE} characters (got ${title.length})`,
      "input.title",
    );
  const optional = (value: string | null | undefined, max: number, field: string) => {
    const text = (value ?? "").trim();
    if (text.length > max)
      throw badInput(`${field} must be at most ${max} characters (got ${text.length})`, field);
    return text === "" ? null : text;
  };
  return {
    title,
    detail: optional(input.detail, MAX_DETAIL, "input.detail"),
    sourceNote: optional(input.sourceNote, MAX_SOURCE_NOTE, "input.sourceNote"),
  };
}

function checkVersion(version: number) {
  if (!Number.isInteger(version) || version < 1)
    throw badInput(`version must be a whole number of at least 1 (got ${version})`, "version");
}

function checkKind(kind: string): EntryKind {
  if (!(ENTRY_KINDS as readonly string[]).includes(kind))
    throw badInput(`kind must be one of ${ENTRY_KINDS.join(", ")} (got ${kind})`, "kind");
  return kind as EntryKind;
}

/** The chain's maintained rows, by kind, then oldest first. */
export async function entriesOf(cypher: Cypher, chainId: string): Promise<DossierEntryRecord[]> {
  const rows = await cypher<{ e: DossierEntryRecord }>(
    `MATCH (e:DossierEntry {chainId: $chainId})
     WITH e ORDER BY e.kind, e.createdAt, e.id
     RETURN ${ENTRY_FIELDS} AS e`,
    { chainId },
  );
  return rows.map((r) => r.e);
}

export async function addEntry(
  ctx: GraphQLContext,
  args: { chainId: string; kind: string; input: EntryInput },
): Promise<DossierEntryRecord> {
  const kind = checkKind(args.kind);
  const fields = checkEntryInput(args.input);
  const viewer = viewerOf(ctx);
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    const chain = await tx.run("MATCH (ch:Chain {id: $chainId}) RETURN ch.id AS id", {
      chainId: args.chainId,
    });
    if (chain.records.length === 0) throw notFound("Chain", args.chainId);
    const result = await tx.run<{ e: DossierEntryRecord }>(
      `CREATE (e:DossierEntry {id: 'de-' + randomUUID(), chainId: $chainId, kind: $kind, title: $title,
         detail: $detail, sourceNote: $sourceNote, version: $one, createdAt: $now, updatedAt: $now,
         updatedBy: $userId})
       RETURN ${ENTRY_FIELDS} AS e`,
      { chainId: args.chainId, kind, ...fields, one: int(1), now, userId: viewer.userId },
    );
    const entry = result.records[0]!.get("e");
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "dossier.entry.add",
      target: entry.id,
      detail: { chainId: args.chainId, kind },
    });
    return entry;
  });
}

/**
 * Locks the row and checks its version (two edits based on the same version cannot both pass:
 * the second waits for the lock and then reads the first's version).
 */
async function lockAt(tx: ManagedTransaction, id: string, version: number): Promise<DossierEntryRecord> {
  const locked = await tx.run<{ e: DossierEntryRecord }>(
    `MATCH (e:DossierEntry {id: $id}) SET e._lock = true REMOVE e._lock RETURN ${ENTRY_FIELDS} AS e`,
    { id },
  );
  const current = locked.records[0]?.get("e");
  if (!current) throw notFound("DossierEntry", id);
  if (current.version !== version) {
    throw userError(
      `this row was changed since you loaded it (your version ${version}, now ${current.version}) by ${current.updatedBy} at ${current.updatedAt}; nothing was saved`,
      "CONFLICT",
      { field: "version", current },
    );
  }
  return current;
}

export async function updateEntry(
  ctx: GraphQLContext,
  args: { id: string; version: number; input: EntryInput },
): Promise<DossierEntryRecord> {
  checkVersion(args.version);
  const fields = checkEntryInput(args.input);
  const viewer = viewerOf(ctx);
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    await lockAt(tx, args.id, args.version);
    const result = await tx.run<{ e: DossierEntryRecord }>(
      `MATCH (e:DossierEntry {id: $id})
       SET e.title = $title, e.detail = $detail, e.sourceNote = $sourceNote, e.version = e.version + 1,
           e.updatedAt = $now, e.updatedBy = $userId
       RETURN ${ENTRY_FIELDS} AS e`,
      { id: args.id, ...fields, now, userId: viewer.userId },
    );
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "dossier.entry.update",
      target: args.id,
      detail: { version: args.version + 1 },
    });
    return result.records[0]!.get("e");
  });
}

export async function deleteEntry(
  ctx: GraphQLContext,
  args: { id: string; version: number },
): Promise<string> {
  checkVersion(args.version);
  const viewer = viewerOf(ctx);
  return ctx.db.write(async (tx) => {
    const current = await lockAt(tx, args.id, args.version);
    await tx.run("MATCH (e:DossierEntry {id: $id}) DELETE e", { id: args.id });
    await recordAudit(tx, {
      actor: viewer.userId,
      action: "dossier.entry.delete",
      target: args.id,
      detail: { chainId: current.chainId, kind: current.kind, title: current.title },
    });
    return args.id;
  });
}
