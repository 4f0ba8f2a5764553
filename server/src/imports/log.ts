import type { ManagedTransaction } from "neo4j-driver";
import type { Db } from "../db/driver.ts";
import { int } from "../db/driver.ts";
import type { ImportReport } from "./plan.ts";

/**
 * The import log in the graph: one `(:Import)` node an import, written before its first batch
 * (status APPLYING) and finished after its last (APPLIED), so an import cut short is recognised and
 * rolled back; undo moves it to UNDOING and then UNDONE. Its own Cypher: the log is not what
 * analyses read.
 */
export type ImportStatus = "APPLYING" | "APPLIED" | "UNDOING" | "UNDONE" | "ROLLED_BACK";

export interface ImportRecord {
  id: string;
  kind: string;
  file: string;
  format: string;
  user: string;
  status: ImportStatus;
  startedAt: string;
  finishedAt: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  /** Operations written (created + updated rows). */
  ops: number;
  skipBadRows: boolean;
}

const RECORD = `i {.id, .kind, .file, .format, .user, .status, .rows, .created, .updated, .unchanged, .refused,
  .ops, .skipBadRows, startedAt: toString(i.startedAt), finishedAt: toString(i.finishedAt),
  undoneAt: toString(i.undoneAt), undoneBy: i.undoneBy}`;

export async function logStart(
  db: Db,
  rec: { id: string; file: string; user: string; at: string; skipBadRows: boolean; ops: number },
  report: ImportReport,
  extra?: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (i:Import {id: $id, kind: $kind, file: $file, format: $format, user: $user, status: 'APPLYING',
         startedAt: datetime($at), heartbeatAt: datetime(), rows: $rows, created: $created, updated: $updated,
         unchanged: $unchanged, refused: $refused, ops: $ops, skipBadRows: $skipBadRows, problems: $problems})`,
      {
        id: rec.id,
        kind: report.kind,
        file: rec.file,
        format: report.format,
        user: rec.user,
        at: rec.at,
        rows: int(report.rows),
        created: int(report.created),
        updated: int(report.updated),
        unchanged: int(report.unchanged),
        refused: int(report.refused),
        ops: int(rec.ops),
        skipBadRows: rec.skipBadRows,
        // The first 200 problems, for the history (the full list is the dry run's).
        problems: JSON.stringify(report.problems.slice(0, 200)),
      },
    );
    await extra?.(tx);
  });
}

export async function setStatus(db: Db, id: string, status: ImportStatus, by?: string): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MATCH (i:Import {id: $id})
       SET i.status = $status, i.heartbeatAt = datetime(),
           i.finishedAt = CASE WHEN $status = 'APPLIED' THEN datetime() ELSE i.finishedAt END,
           i.undoneAt = CASE WHEN $status IN ['UNDONE', 'ROLLED_BACK'] THEN datetime() ELSE i.undoneAt END,
           i.undoneBy = CASE WHEN $by IS NULL THEN i.undoneBy ELSE $by END`,
      { id, status, by: by ?? null },
    ),
  );
}

export async function heartbeat(db: Db, id: string): Promise<void> {
  await db.write((tx) => tx.run("MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime()", { id }));
}

export async function getImport(db: Db, id: string): Promise<ImportRecord | null> {
  const rows = await db.query<{ r: ImportRecord }>(`MATCH (i:Import {id: $id}) RETURN ${RECORD} AS r`, {
    id,
  });
  return rows[0]?.r ?? null;
}

export async function listImports(db: Db, limit = 100): Promise<ImportRecord[]> {
  const rows = await db.query<{ r: ImportRecord }>(
    `MATCH (i:Import) RETURN ${RECORD} AS r ORDER BY i.startedAt DESC, i.id DESC LIMIT $limit`,
    { limit: int(limit) },
  );
  return rows.map((x) => x.r);
}

/** Imports cut short (APPLYING or UNDOING) whose last heartbeat is older than `staleMs`. */
export async function interruptedImports(db: Db, staleMs: number): Promise<ImportRecord[]> {
  const rows = await db.query<{ r: ImportRecord }>(
    `MATCH (i:Import) WHERE i.status IN ['APPLYING', 'UNDOING']
       AND i.heartbeatAt <= datetime() - duration({milliseconds: $ms})
     RETURN ${RECORD} AS r ORDER BY i.startedAt DESC`,
    { ms: int(staleMs) },
  );
  return rows.map((x) => x.r);
}

/** Imports in progress right now (fresh heartbeat): another one must wait. */
export async function runningImports(db: Db, staleMs: number): Promise<ImportRecord[]> {
  const rows = await db.query<{ r: ImportRecord }>(
    `MATCH (i:Import) WHERE i.status IN ['APPLYING', 'UNDOING']
       AND i.heartbeatAt > datetime() - duration({milliseconds: $ms})
     RETURN ${RECORD} AS r`,
    { ms: int(staleMs) },
  );
  return rows.map((x) => x.r);
}

/** Applied imports that wrote something after `id` started (undo goes newest first). */
export async function laterApplied(db: Db, id: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `MATCH (me:Import {id: $id}) MATCH (i:Import) WHERE i.status = 'APPLIED' AND i.ops > 0 AND i.startedAt > me.startedAt
     RETURN i.id AS id ORDER BY i.startedAt`,
    { id },
  );
  return rows.map((r) => r.id);
}
