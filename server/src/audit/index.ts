/** The audit capability's public face: record a write in the same transaction as the write. */
export { recordAudit, type AuditEntry } from "./audit.ts";
