import { int, type Db } from "./driver.ts";

/**
 * Versioned schema migrations: constraints and indexes. Each version runs once; its statements
 * are idempotent (IF NOT EXISTS) so that a half-applied version can simply run again. Applied
 * versions are recorded as (:SchemaMigration {version}) nodes. Append new versions; never edit
 * an applied one.
 */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: "uniqueness constraints on every id and code",
    statements: [
      "CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE",
      "CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE",
      "CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE",
    ],
  },
  {
    version: 2,
    description: "lookup indexes and full-text indexes on names in both languages",
    statements: [
      "CREATE INDEX company_source IF NOT EXISTS FOR (n:Company) ON (n.source)",
      "CREATE INDEX company_revenue IF NOT EXISTS FOR (n:Company) ON (n.revenue)",
      "CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level)",
      "CREATE INDEX segment_stage IF NOT EXISTS FOR (n:Segment) ON (n.stage)",
      // The cjk analyzer splits Chinese text into bigrams, so partial Chinese names match too.
      "CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameZh] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      "CREATE FULLTEXT INDEX segment_names IF NOT EXISTS FOR (n:Segment) ON EACH [n.name, n.nameZh] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ],
  },
  {
    version: 3,
    description: "saved target lists and their items",
    statements: [
      "CREATE CONSTRAINT target_list_id IF NOT EXISTS FOR (n:TargetList) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT target_item_id IF NOT EXISTS FOR (n:TargetItem) REQUIRE n.id IS UNIQUE",
    ],
  },
  {
    version: 4,
    description: "users, sessions and the audit trail",
    statements: [
      "CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE",
      "CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userId)",
      "CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)",
    ],
  },
  {
    version: 5,
    description: "recruiting pipeline: leads, their immutable events and milestones",
    statements: [
      "CREATE CONSTRAINT lead_event_id IF NOT EXISTS FOR (n:LeadEvent) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE",
      // The leaderboard reads a period's stage events by date.
      "CREATE INDEX lead_event_at IF NOT EXISTS FOR (n:LeadEvent) ON (n.at)",
      "CREATE INDEX lead_last_change IF NOT EXISTS FOR (n:Lead) ON (n.lastChangeOn)",
      "CREATE INDEX lead_stage IF NOT EXISTS FOR (n:Lead) ON (n.stage)",
      // A board column: the latest leads of a stage, read in order.
      "CREATE INDEX lead_stage_change IF NOT EXISTS FOR (n:Lead) ON (n.stage, n.lastChangeOn)",
      "CREATE INDEX lead_created IF NOT EXISTS FOR (n:Lead) ON (n.createdOn)",
      "CREATE INDEX lead_team IF NOT EXISTS FOR (n:Lead) ON (n.teamId)",
      "CREATE INDEX lead_segment IF NOT EXISTS FOR (n:Lead) ON (n.segmentId)",
      "CREATE INDEX milestone_due IF NOT EXISTS FOR (n:Milestone) ON (n.due)",
    ],
  },
  {
    version: 6,
    description: "imports: the import log, provenance lookups and the prior state kept for undo",
    statements: [
      "CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX import_status IF NOT EXISTS FOR (n:Import) ON (n.status)",
      "CREATE INDEX company_import_id IF NOT EXISTS FOR (n:Company) ON (n.importId)",
      "CREATE INDEX company_credit_code IF NOT EXISTS FOR (n:Company) ON (n.creditCode)",
      "CREATE INDEX import_undo_import IF NOT EXISTS FOR (n:ImportUndo) ON (n.importId)",
      "CREATE INDEX import_undo_company IF NOT EXISTS FOR (n:ImportUndo) ON (n.importId, n.companyId)",
      "CREATE INDEX supplies_import_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.importId)",
    ],
  },
  {
    version: 7,
    description: "imports: leads by import (undo) and by the file's own reference (natural key)",
    statements: [
      "CREATE INDEX lead_import_id IF NOT EXISTS FOR (n:Lead) ON (n.importId)",
      "CREATE INDEX lead_ref IF NOT EXISTS FOR (n:Lead) ON (n.ref)",
    ],
  },
  {
    version: 8,
    description: "dossier: the bureau-maintained tables (trends, parks, platforms) of each chain",
    statements: [
      "CREATE CONSTRAINT dossier_entry_id IF NOT EXISTS FOR (n:DossierEntry) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX dossier_entry_chain IF NOT EXISTS FOR (n:DossierEntry) ON (n.chainId)",
    ],
  },
  {
    version: 9,
    description: "watches and alerts (issue 16)",
    statements: [
      "CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE",
      // One alert per watch and event: evaluations MERGE on the id, the constraint makes that safe at once.
      "CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (n:Alert) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX watch_user IF NOT EXISTS FOR (n:Watch) ON (n.userId)",
      "CREATE INDEX alert_user_read IF NOT EXISTS FOR (n:Alert) ON (n.userId, n.read)",
      "CREATE INDEX alert_created IF NOT EXISTS FOR (n:Alert) ON (n.createdAt)",
    ],
  },
];

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
}

export async function migrate(db: Db, migrations: Migration[] = MIGRATIONS): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  // The table of applied versions needs its own constraint before it is read; IF NOT EXISTS makes it safe.
  const first = migrations[0]?.statements[0];
  if (first) await db.write((tx) => tx.run(first));
  const rows = await db.query<{ version: number }>("MATCH (m:SchemaMigration) RETURN m.version AS version");
  const done = new Set(rows.map((r) => r.version));
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) {
      report.alreadyApplied.push(migration.version);
      continue;
    }
    // Schema statements cannot share a transaction with data writes, so each runs on its own.
    for (const statement of migration.statements) {
      await db.write((tx) => tx.run(statement));
    }
    await db.write((tx) =>
      tx.run(
        "MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.description = $description, m.appliedAt = datetime()",
        { version: int(migration.version), description: migration.description },
      ),
    );
    report.applied.push(migration.version);
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(300)"));
  return report;
}
