/**
 * Statements of imported writes (the `imports` capability's apply and undo), kept in the one write
 * path with the other writes analyses read. Every node and relationship an import writes carries
 * its provenance: `source: 'imported'` on what it creates (an existing company keeps its source:
 * public or synthetic is where the entity came from), and on everything it writes `importId`,
 * `importFile`, `importRow`, `importedBy`, `importedAt` (ISO time). A company it changes also
 * lists the fields changed (`importedFields`); one it creates does not need to (all its
 * properties are the import's).
 *
 * Undo keeps the exact prior state of every existing company an import changes, in the same
 * transaction as the change: `(:ImportUndo {importId, companyId})-[:PRIOR]->(:ImportPrior)` holds a
 * copy of the node's properties (types intact: integers stay integers), and one `(:ImportPriorLink)`
 * per outgoing OPERATES_IN / LOCATED_IN / MEMBER_OF with that relationship's properties plus
 * `priorType` and `priorTarget`. Undo puts them back (`SET c = properties(prior)`, relationships
 * recreated), then deletes what the import created (companies with its importId, with their
 * relationships, and SUPPLIES ties with its importId). Undo is idempotent, so a crashed import is
 * rolled back by the same statements.
 */

/** Provenance of one import's writes. */
export interface ImportProvenance {
  importId: string;
  file: string;
  user: string;
  /** ISO time the import started. */
  at: string;
}

/** Properties an import sets on a company, each a column `$<name>` (null keeps the stored value). */
export const IMPORT_COMPANY_PROPS = [
  "name",
  "nameZh",
  "creditCode",
  "regionCode",
  "listed",
  "stockCode",
  "founded",
  "employees",
  "revenue",
  "registeredCapital",
  "rdIntensity",
  "growth",
  "lat",
  "lon",
] as const;
export type ImportCompanyProp = (typeof IMPORT_COMPANY_PROPS)[number];
export const IMPORT_INTEGER_PROPS = new Set<ImportCompanyProp>(["founded", "employees"]);

const PROV = (x: string, row = "$row[i]") =>
  `${x}.importId = $importId, ${x}.importFile = $file, ${x}.importRow = ${row}, ${x}.importedBy = $user, ${x}.importedAt = $at`;
const PROV_MAP = (row = "$row[i]") =>
  `source: 'imported', importId: $importId, importFile: $file, importRow: ${row}, importedBy: $user, importedAt: $at`;

const keep = (c: string) =>
  IMPORT_COMPANY_PROPS.map((k) => `${c}.${k} = coalesce($${k}[i], ${c}.${k})`).join(", ");
const fresh = (c: string) => IMPORT_COMPANY_PROPS.map((k) => `${c}.${k} = $${k}[i]`).join(", ");

// Columns: $id, $row, $importedFields, the props, $segment (list, or null: keep) and $primary.
export const IMPORT_COMPANIES = `
UNWIND range(0, size($id) - 1) AS i
OPTIONAL MATCH (existing:Company {id: $id[i]})
CALL (i, existing) {
  WITH i, existing WHERE existing IS NOT NULL
  SET ${keep("existing")}, existing.importedFields = $importedFields[i], ${PROV("existing")}
  WITH i, existing
  CALL (i, existing) {
    OPTIONAL MATCH (existing)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> $regionCode[i]
    DELETE old
  }
  MATCH (r:Region {code: $regionCode[i]})
  MERGE (existing)-[l:LOCATED_IN]->(r)
  ON CREATE SET l.source = 'imported', ${PROV("l")}
  WITH i, existing WHERE $segment[i] IS NOT NULL
  CALL (i, existing) {
    OPTIONAL MATCH (existing)-[old:OPERATES_IN]->(s:Segment) WHERE NOT s.id IN $segment[i]
    DELETE old
  }
  UNWIND range(0, size($segment[i]) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  MERGE (existing)-[o:OPERATES_IN]->(s)
  ON CREATE SET o.primary = $primary[i][j], o.source = 'imported', ${PROV("o")}
  ON MATCH SET o += CASE WHEN o.primary = $primary[i][j] THEN {} ELSE {primary: $primary[i][j], ${PROV_MAP()}} END
}
CALL (i, existing) {
  WITH i, existing WHERE existing IS NULL
  MATCH (r:Region {code: $regionCode[i]})
  CREATE (c:Company {id: $id[i]})-[:LOCATED_IN {${PROV_MAP()}}]->(r)
  SET ${fresh("c")}, c.source = 'imported', c.importedFields = $importedFields[i], ${PROV("c")}
  WITH i, c
  UNWIND range(0, size(coalesce($segment[i], [])) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  CREATE (c)-[:OPERATES_IN {primary: $primary[i][j], ${PROV_MAP()}}]->(s)
}`;

// New companies only (the planner found none of them): one map of properties a row, set at once,
// grouped by region so each region is looked up once. Rows: {region, rows: [{props, segments:
// [[id, primary]], row}]}; `props` holds the company's own properties with its provenance.
// CREATE, not MERGE: the import runs alone (assertIdle) and the id constraint refuses a duplicate.
export const IMPORT_NEW_COMPANIES = `
UNWIND $groups AS g
MATCH (r:Region {code: g.region})
UNWIND g.rows AS row
CREATE (c:Company)
SET c = row.props
CREATE (c)-[:LOCATED_IN {${PROV_MAP("row.row")}}]->(r)
WITH c, row
UNWIND row.segments AS seg
MATCH (s:Segment {id: seg[0]})
CREATE (c)-[:OPERATES_IN {primary: seg[1], ${PROV_MAP("row.row")}}]->(s)`;

// Rows: {company, segment, primary, row}.
export const IMPORT_LINKS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.company})
MATCH (s:Segment {id: row.segment})
MERGE (c)-[o:OPERATES_IN]->(s)
ON CREATE SET o.primary = row.primary, o.source = 'imported', ${PROV("o", "row.row")}
ON MATCH SET o += CASE WHEN o.primary = row.primary THEN {} ELSE {primary: row.primary, ${PROV_MAP("row.row")}} END`;

// Rows: {from, to, row}. A tie already present is left as it is (the planner counts it unchanged).
export const IMPORT_SUPPLIES = `
UNWIND $rows AS row
MATCH (a:Company {id: row.from})
MATCH (b:Company {id: row.to})
MERGE (a)-[s:SUPPLIES]->(b)
ON CREATE SET s.source = 'imported', ${PROV("s", "row.row")}`;

// Rows: {company, alliance, since, role, row}.
export const IMPORT_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.company})
MATCH (a:Alliance {id: row.alliance})
MERGE (c)-[m:MEMBER_OF]->(a)
ON CREATE SET m.since = row.since, m.role = row.role, m.source = 'imported', ${PROV("m", "row.row")}
ON MATCH SET m.since = coalesce(row.since, m.since), m.role = coalesce(row.role, m.role), ${PROV("m", "row.row")}`;

/** The located regions of companies (what a write moving them must refresh). */
export const REGIONS_OF = `
MATCH (c:Company)-[:LOCATED_IN]->(r:Region) WHERE c.id IN $ids
RETURN collect(DISTINCT r.code) AS codes`;

// Keeps the prior state of existing companies, once per import (a company changed by several rows
// or batches keeps the state from before the import's first change).
export const KEEP_PRIOR = `
UNWIND $ids AS id
MATCH (c:Company {id: id})
WHERE NOT EXISTS { MATCH (:ImportUndo {importId: $importId, companyId: id}) }
CREATE (u:ImportUndo {importId: $importId, companyId: id})-[:PRIOR]->(p:ImportPrior)
SET p = properties(c)
WITH c, u
CALL (c, u) {
  MATCH (c)-[rel:OPERATES_IN|LOCATED_IN|MEMBER_OF]->(t)
  CREATE (u)-[:PRIOR_LINK]->(x:ImportPriorLink)
  SET x = properties(rel), x.priorType = type(rel), x.priorTarget = coalesce(t.id, t.code)
}`;

// Restores up to $limit kept companies (and forgets what it restored); returns how many.
export const RESTORE_PRIOR = `
MATCH (u:ImportUndo {importId: $importId})
WITH u LIMIT $limit
MATCH (u)-[:PRIOR]->(p:ImportPrior)
OPTIONAL MATCH (c:Company {id: u.companyId})
CALL (c, p) {
  WITH c, p WHERE c IS NOT NULL
  SET c = properties(p)
}
CALL (c) {
  WITH c WHERE c IS NOT NULL
  MATCH (c)-[rel:OPERATES_IN|LOCATED_IN|MEMBER_OF]->()
  DELETE rel
}
CALL (c, u) {
  WITH c, u WHERE c IS NOT NULL
  MATCH (u)-[:PRIOR_LINK]->(x:ImportPriorLink)
  CALL (c, x) {
    WITH c, x WHERE x.priorType = 'OPERATES_IN'
    MATCH (s:Segment {id: x.priorTarget})
    CREATE (c)-[rel:OPERATES_IN]->(s) SET rel = properties(x) REMOVE rel.priorType, rel.priorTarget
  }
  CALL (c, x) {
    WITH c, x WHERE x.priorType = 'LOCATED_IN'
    MATCH (r:Region {code: x.priorTarget})
    CREATE (c)-[rel:LOCATED_IN]->(r) SET rel = properties(x) REMOVE rel.priorType, rel.priorTarget
  }
  CALL (c, x) {
    WITH c, x WHERE x.priorType = 'MEMBER_OF'
    MATCH (a:Alliance {id: x.priorTarget})
    CREATE (c)-[rel:MEMBER_OF]->(a) SET rel = properties(x) REMOVE rel.priorType, rel.priorTarget
  }
}
CALL (u) {
  OPTIONAL MATCH (u)-[:PRIOR|PRIOR_LINK]->(k)
  DETACH DELETE k
}
DETACH DELETE u
RETURN count(*) AS restored`;

// Deletes up to $limit companies the import created (with their relationships); returns how many.
export const DELETE_CREATED_COMPANIES = `
MATCH (c:Company {importId: $importId})
WHERE c.source = 'imported'
WITH c LIMIT $limit
DETACH DELETE c
RETURN count(*) AS deleted`;

export const DELETE_CREATED_SUPPLIES = `
MATCH ()-[s:SUPPLIES {importId: $importId}]->()
WITH s LIMIT $limit
DELETE s
RETURN count(*) AS deleted`;
