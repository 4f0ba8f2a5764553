import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { PipelineConfig } from "../config.ts";
import type { Db } from "../db/driver.ts";
import { deleteImportedLeads } from "../pipeline/index.ts";
import {
  bulkWrite,
  endStaleBulk,
  writeGraph,
  type GraphWrites,
  type ImportProvenance,
} from "../graph-writes/index.ts";
import {
  getImport,
  heartbeat,
  interruptedImports,
  laterApplied,
  logStart,
  runningImports,
  setStatus,
  type ImportRecord,
} from "./log.ts";
import { planImport, type ImportPlan, type ImportReport, type PlanInput } from "./plan.ts";

/**
 * Applying and undoing imports, through the one write path (graph-writes: importCompanies, …,
 * keepPrior, undoImportStep), so gaps, coverage and target pools are fresh at once.
 *
 * - All or nothing: a file with a refused row writes nothing unless `skipBadRows`.
 * - Batches: an import of more than one batch runs as a bulk write (readers count live while it
 *   runs, and the presence is rebuilt at its end). Each batch is one transaction holding its writes
 *   and the prior state of every existing company it changes, so a crash leaves whole batches and
 *   the means to take them back. The import is logged APPLYING before its first batch and APPLIED
 *   after its last; an import found APPLYING with no heartbeat for `staleMs` (its process or the
 *   database died) is rolled back — by the same steps as undo — before anything else is imported,
 *   and the presence bulk it left listed is ended.
 * - Idempotent: a re-run plans every row unchanged and writes no data (only its log entry).
 * - Undo goes newest first: an import is undone only when no later applied import wrote data,
 *   so the prior states it kept are still the truth to go back to.
 */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(
    readonly code: "BUSY" | "NOT_FOUND" | "BAD_STATE" | "REFUSED",
    message: string,
  ) {
    super(message);
  }
}

export interface ApplyOptions extends PlanInput {
  file: string;
  /** The pipeline's rules (money, key project), for the leads kind. */
  pipeline?: PipelineConfig | undefined;
  user: string;
  skipBadRows?: boolean;
  dryRun?: boolean;
  /** Operations per transaction (default 20,000). */
  batchSize?: number;
  /** An APPLYING import with no heartbeat for this long is taken as dead (default 30 s). */
  staleMs?: number;
  onProgress?: (phase: "plan" | "apply" | "undo", done: number, total: number) => void;
  /** Runs in the transaction that logs the start (the GraphQL API records its audit event there). */
  audit?: (tx: ManagedTransaction, importId: string) => Promise<void>;
}

export interface ImportResult {
  report: ImportReport;
  /** Set when the import was applied (also when it changed nothing). */
  importId: string | null;
  applied: boolean;
  /** Imports rolled back before this one because they had been cut short. */
  recovered: string[];
  /** Milliseconds per phase (the plan's, then apply). */
  timings: Record<string, number>;
}

/**
 * Rows per write transaction. `npm run bench:import` at 100,000 rows: 10,000 a batch applied at
 * 2,663 rows/s against 2,377 at 20,000 (a smaller transaction state in Neo4j's heap); smaller batches
 * add a commit each.
 */
export const DEFAULT_BATCH = 10_000;
export const DEFAULT_STALE_MS = 30_000;

const bulkIdOf = (importId: string) => `import:${importId}`;

/** Rolls back imports cut short (and finishes undos cut short); returns their ids. */
export async function recoverImports(db: Db, staleMs = DEFAULT_STALE_MS): Promise<string[]> {
  const done: string[] = [];
  for (const rec of await interruptedImports(db, staleMs)) {
    await undoSteps(db, rec, DEFAULT_BATCH);
    await endStaleBulk(db, bulkIdOf(rec.id));
    await setStatus(db, rec.id, rec.status === "UNDOING" ? "UNDONE" : "ROLLED_BACK");
    done.push(rec.id);
  }
  return done;
}

/**
 * Start-up recovery (scripts/start.ts, after the migrations): rolls back every import cut short —
 * the server's own, killed with it, or a CLI import whose process or database died — without
 * waiting for the next import or undo. An import whose heartbeat is still fresh may belong to a
 * live CLI process, so it is left alone now and looked at once more when it would be stale (the
 * timer does not keep the process alive).
 */
export async function recoverImportsAtStart(
  db: Db,
  options: {
    staleMs?: number;
    onRecovered?: (ids: string[]) => void;
    onError?: (error: unknown) => void;
  } = {},
): Promise<string[]> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const recovered = await recoverImports(db, staleMs);
  if ((await runningImports(db, staleMs)).length > 0) {
    setTimeout(() => {
      recoverImports(db, staleMs).then(
        (ids) => ids.length > 0 && options.onRecovered?.(ids),
        (error: unknown) => options.onError?.(error),
      );
    }, staleMs + 1_000).unref();
  }
  return recovered;
}

async function undoSteps(
  db: Db,
  rec: Pick<ImportRecord, "id" | "ops">,
  batch: number,
  onStep?: (n: number) => void,
) {
  // The graph's part (write path), then the leads it created (the pipeline's own records).
  const one = async (g: GraphWrites, tx: ManagedTransaction) =>
    (await g.undoImportStep(rec.id, batch)) || (await deleteImportedLeads(tx, rec.id, batch));
  const step = async (g: GraphWrites, tx: ManagedTransaction) => {
    for (;;) {
      const n = await one(g, tx);
      if (n === 0) return;
      onStep?.(n);
    }
  };
  if (rec.ops <= batch) {
    await writeGraph(db, step);
    return;
  }
  await bulkWrite(
    db,
    async (bulk) => {
      for (;;) {
        let n = 0;
        await bulk.write(async (g, tx) => {
          n = await one(g, tx);
        });
        if (n === 0) return;
        onStep?.(n);
        await heartbeat(db, rec.id);
      }
    },
    { id: bulkIdOf(rec.id) },
  );
}

async function assertIdle(db: Db, staleMs: number) {
  const running = await runningImports(db, staleMs);
  if (running.length > 0) {
    const r = running[0]!;
    throw new ImportError(
      "BUSY",
      `import ${r.id} (${r.file}, by ${r.user}) is ${r.status.toLowerCase()}: try again when it ends`,
    );
  }
}

/** Plans a file and, unless a dry run or refused, applies it. */
export async function runImport(db: Db, options: ApplyOptions): Promise<ImportResult> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const recovered = options.dryRun ? [] : await recoverImports(db, staleMs);
  const plan: ImportPlan = await planImport(db, options);
  const { report } = plan;
  options.onProgress?.("plan", report.rows, report.rows);
  if (options.dryRun || (report.refused > 0 && !options.skipBadRows)) {
    return { report, importId: null, applied: false, recovered, timings: plan.timings };
  }
  await assertIdle(db, staleMs);
  const importId = `imp-${new Date().toISOString().slice(0, 10).replace(/-/g, "")}-${randomUUID().slice(0, 8)}`;
  const prov: ImportProvenance = {
    importId,
    file: options.file,
    user: options.user,
    at: new Date().toISOString(),
  };
  await logStart(
    db,
    {
      id: importId,
      file: options.file,
      user: options.user,
      at: prov.at,
      skipBadRows: !!options.skipBadRows,
      ops: plan.ops.length,
    },
    report,
    options.audit ? (tx) => options.audit!(tx, importId) : undefined,
  );
  const applyStarted = performance.now();
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const writeBatch = async (g: GraphWrites, tx: ManagedTransaction, ops: { row: number }[]) => {
    await g.keepPrior(importId, [...new Set(ops.flatMap((op) => plan.kind.touches(op as never)))]);
    await plan.kind.write(g, ops as never[], prov, { tx, pipeline: options.pipeline });
  };
  const total = plan.ops.length;
  // A batch may take longer than the stale limit on a loaded machine: the heartbeat also beats on
  // a timer while the import is written, so no other process takes it for dead.
  const beat = setInterval(
    () => void heartbeat(db, importId).catch(() => undefined),
    Math.max(1_000, staleMs / 3),
  );
  beat.unref();
  try {
    await writeAll(total);
  } finally {
    clearInterval(beat);
  }
  await setStatus(db, importId, "APPLIED");
  const timings = { ...plan.timings, apply: performance.now() - applyStarted };
  return { report, importId, applied: true, recovered, timings };

  async function writeAll(total: number) {
    if (total > 0 && total <= batch) {
      await writeGraph(db, (g, tx) => writeBatch(g, tx, plan.ops));
      options.onProgress?.("apply", total, total);
    } else if (total > batch) {
      await bulkWrite(
        db,
        async (bulk) => {
          for (let i = 0; i < total; i += batch) {
            const ops = plan.ops.slice(i, i + batch);
            await bulk.write((g, tx) => writeBatch(g, tx, ops));
            await heartbeat(db, importId);
            options.onProgress?.("apply", Math.min(i + batch, total), total);
          }
        },
        { id: bulkIdOf(importId) },
      );
    }
  }
}

/** Undoes a whole applied import: the exact prior state of what it changed, and none of what it made. */
export async function undoImport(
  db: Db,
  importId: string,
  options: {
    user: string;
    staleMs?: number;
    onProgress?: (done: number) => void;
    audit?: (tx: ManagedTransaction) => Promise<void>;
  },
): Promise<ImportRecord> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  await recoverImports(db, staleMs);
  const rec = await getImport(db, importId);
  if (!rec) throw new ImportError("NOT_FOUND", `no import has the id "${importId}"`);
  if (rec.status !== "APPLIED") {
    throw new ImportError(
      "BAD_STATE",
      `import ${importId} is ${rec.status.toLowerCase()}, not applied: nothing to undo`,
    );
  }
  const later = await laterApplied(db, importId);
  if (later.length > 0) {
    throw new ImportError(
      "BAD_STATE",
      `later imports changed data after ${importId}: undo them first (newest first): ${later.reverse().join(", ")}`,
    );
  }
  await assertIdle(db, staleMs);
  await db.write(async (tx) => {
    await tx.run("MATCH (i:Import {id: $id}) SET i.status = 'UNDOING', i.heartbeatAt = datetime()", {
      id: importId,
    });
    await options.audit?.(tx);
  });
  let done = 0;
  await undoSteps(db, rec, DEFAULT_BATCH, (n) => {
    done += n;
    options.onProgress?.(done);
  });
  await setStatus(db, importId, "UNDONE", options.user);
  return (await getImport(db, importId))!;
}
