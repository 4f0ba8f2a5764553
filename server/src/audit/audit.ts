import type { ManagedTransaction } from "neo4j-driver";

/**
 * The audit trail: every write a user makes records who, when, what and on which target, in the
 * same transaction as the write (so an audited write cannot land without its record, nor a record
 * without its write). Readable by ADMIN through `auditLog`.
 */
export interface AuditEntry {
  /** The acting user's id, or "system" for the command line. */
  actor: string;
  /** A dotted verb, e.g. "user.create", "list.save", "list.item.update". */
  action: string;
  /** The id of what was written. */
  target: string;
  /** Small, non-secret details (never a password or its hash). */
  detail?: Record<string, unknown>;
}

export const RECORD_AUDIT = `
CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $actor, action: $action, target: $target,
                     detail: $detail})`;

export async function recordAudit(tx: ManagedTransaction, entry: AuditEntry): Promise<void> {
  await tx.run(RECORD_AUDIT, {
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    detail: JSON.stringify(entry.detail ?? {}),
  });
}
