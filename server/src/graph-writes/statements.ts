import { int } from "../db/driver.ts";

/**
 * The Cypher of every write that changes what analyses read. Each is a fixed string (values only
 * ever travel as parameters, so plans are cached); writer.ts is the only module that runs them.
 *
 * Bulk statements take rows as `$rows` (a list of maps) or, for the two big steps (companies,
 * supply ties), as parallel arrays, one list per column (`$name[i]`): less to encode, send and
 * decode, and static `SET c.x = …` instead of `c += map` removes the two Eager barriers the planner
 * puts in for a map write (about 13 % less database CPU a company batch, bench/seed.ts).
 */

export const CHAINS = `
UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.nameZh = row.nameZh, c.sources = row.sources`;

// Sub-chains are the top level of the segment tree; leaves hang under them (PRODUCT.md §3).
export const SUBCHAINS = `
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MERGE (s:Segment {id: row.id})
SET s.name = row.name, s.nameZh = row.nameZh, s.stage = row.stage, s.keyTech = false,
    s.leaf = false, s.chainId = row.chain, s.ordinal = row.ordinal
MERGE (c)-[:HAS_SEGMENT]->(s)`;

export const LEAVES = `
UNWIND $rows AS row
MATCH (p:Segment {id: row.parent})
MERGE (s:Segment {id: row.id})
SET s.name = row.name, s.nameZh = row.nameZh, s.stage = row.stage, s.role = row.role,
    s.keyTech = row.keyTech, s.leaf = true, s.chainId = row.chain, s.ordinal = row.ordinal
MERGE (s)-[:PART_OF]->(p)`;

export const FEEDS = `
UNWIND $rows AS row
MATCH (a:Segment {id: row.from})
MATCH (b:Segment {id: row.to})
MERGE (a)-[f:FEEDS]->(b)
SET f.weight = row.weight`;

export const REGIONS = `
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameZh = row.nameZh, r.level = row.level, r.lat = row.lat, r.lon = row.lon`;

// A region has one parent: a re-parented region loses its old PART_OF.
export const REGION_PARENTS = `
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
MATCH (p:Region {code: row.parent})
CALL (r, p) {
  OPTIONAL MATCH (r)-[old:PART_OF]->(other:Region) WHERE other <> p
  DELETE old
}
MERGE (r)-[:PART_OF]->(p)`;

/** Company properties besides id, each sent as a column `$<name>` (null = unknown, not stored). */
export const COMPANY_PROPS = [
  "name",
  "nameZh",
  "source",
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
  "sourceNote",
  "parentId",
] as const;
export type CompanyProp = (typeof COMPANY_PROPS)[number];

/** Properties stored as integers: sent as neo4j.int (a JS number travels as a FLOAT). */
const INTEGER_PROPS = new Set<CompanyProp>(["founded", "employees"]);

/**
 * `c.name = $name[i], …`: built once from the constant list above, never from data. On a company
 * already present a null keeps the stored value (`coalesce`), as `c += map` without that key did.
 */
const setCompanyProps = (c: string, keepStored = false) =>
  COMPANY_PROPS.map((k) => `${c}.${k} = ${keepStored ? `coalesce($${k}[i], ${c}.${k})` : `$${k}[i]`}`).join(
    ", ",
  );

// One row per company i: columns $id, $region, the props, and per company the lists $segment[i]
// and $primary[i]. New companies are CREATEd with their relationships (nothing to search for:
// MERGE on a relationship locks both end nodes and searches first, wasted on a node made a moment
// ago); companies already present are updated, lose the LOCATED_IN and OPERATES_IN edges the row
// no longer names (a re-seed leaves no stale edge), and have their relationships MERGEd.
export const COMPANIES = `
UNWIND range(0, size($id) - 1) AS i
OPTIONAL MATCH (existing:Company {id: $id[i]})
CALL (i, existing) {
  WITH i, existing WHERE existing IS NOT NULL
  SET ${setCompanyProps("existing", true)}
  WITH i, existing
  CALL (i, existing) {
    OPTIONAL MATCH (existing)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> $region[i]
    DELETE old
  }
  CALL (i, existing) {
    OPTIONAL MATCH (existing)-[old:OPERATES_IN]->(s:Segment) WHERE NOT s.id IN $segment[i]
    DELETE old
  }
  MATCH (r:Region {code: $region[i]})
  MERGE (existing)-[:LOCATED_IN]->(r)
  WITH i, existing
  UNWIND range(0, size($segment[i]) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  MERGE (existing)-[o:OPERATES_IN]->(s)
  SET o.primary = $primary[i][j]
}
CALL (i, existing) {
  WITH i, existing WHERE existing IS NULL
  MATCH (r:Region {code: $region[i]})
  CREATE (c:Company {id: $id[i]})-[:LOCATED_IN]->(r)
  SET ${setCompanyProps("c")}
  WITH i, c
  UNWIND range(0, size($segment[i]) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  CREATE (c)-[:OPERATES_IN {primary: $primary[i][j]}]->(s)
}`;

/** Where the given companies are located now (the rows a write moving them must refresh). */
export const LOCATED_REGIONS = `
MATCH (c:Company)-[:LOCATED_IN]->(r:Region) WHERE c.id IN $ids
RETURN collect(DISTINCT r.code) AS codes`;

export const PARENTS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
MATCH (p:Company {id: row.parent})
MERGE (c)-[:SUBSIDIARY_OF]->(p)`;

// Columns $from, $to, $source. MERGE stays: a tie has no "new" flag to test, and the search is
// cheap because company nodes have few relationships.
export const SUPPLIES = `
UNWIND range(0, size($from) - 1) AS i
MATCH (a:Company {id: $from[i]})
MATCH (b:Company {id: $to[i]})
MERGE (a)-[s:SUPPLIES]->(b)
SET s.source = $source[i]`;

export const REMOVE_SUPPLIES = `
UNWIND $rows AS row
MATCH (:Company {id: row.from})-[s:SUPPLIES]->(:Company {id: row.to})
DELETE s`;

export const ALLIANCES = `
UNWIND $rows AS row
MERGE (a:Alliance {id: row.id})
SET a.name = row.name, a.nameZh = row.nameZh, a.source = row.source`;

export const MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.company})
MATCH (a:Alliance {id: row.alliance})
MERGE (c)-[m:MEMBER_OF]->(a)
SET m.since = row.since, m.role = row.role`;

export const REMOVE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (:Company {id: row.company})-[m:MEMBER_OF]->(:Alliance {id: row.alliance})
DELETE m`;

// Figures of one company: a null leaves the stored value, a key in $clear removes it (unknown).
export const UPDATE_COMPANY = `
MATCH (c:Company {id: $id})
SET ${COMPANY_PROPS.filter((k) => k !== "regionCode")
  .map((k) => `c.${k} = CASE WHEN '${k}' IN $clear THEN null ELSE coalesce($${k}, c.${k}) END`)
  .join(", ")}
RETURN c.regionCode AS regionCode`;

export const LINK_SEGMENT = `
MATCH (c:Company {id: $companyId})
MATCH (s:Segment {id: $segmentId})
MERGE (c)-[o:OPERATES_IN]->(s)
SET o.primary = $primary
RETURN c.regionCode AS regionCode`;

export const UNLINK_SEGMENT = `
MATCH (c:Company {id: $companyId})-[o:OPERATES_IN]->(:Segment {id: $segmentId})
DELETE o
RETURN c.regionCode AS regionCode`;

/** Moves a company: its one LOCATED_IN and the regionCode kept equal to it. Returns old and new. */
export const MOVE_COMPANY = `
MATCH (c:Company {id: $companyId})
MATCH (r:Region {code: $regionCode})
WITH c, r, c.regionCode AS previous
CALL (c) {
  OPTIONAL MATCH (c)-[old:LOCATED_IN]->(:Region)
  DELETE old
}
CREATE (c)-[:LOCATED_IN]->(r)
SET c.regionCode = r.code
RETURN previous, r.code AS regionCode`;

// What this graph holds and how it was made; the UI reads it to label synthetic data as such.
// `complete` is set by the last write of a load: an interrupted first seed is recognised by its
// absence (seed-if-empty.ts).
export const SEED_INFO = `
MERGE (i:SeedInfo {id: 'seed'})
SET i.scale = $scale, i.seed = $seed, i.homeRegion = $homeRegion, i.loadedAt = datetime(),
    i.syntheticNote = $note, i.complete = $complete`;

/** A value for an integer property: neo4j.int, or null when unknown. */
export const intOrNull = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : int(Math.round(v));

/** A company as the write path takes it (graph-seed's CompanyDef narrows its segment and source types). */
export interface CompanyInput {
  /** Unified social credit code where known, else a stable slug with a source prefix ("pub-linyang"). */
  id: string;
  name: string;
  nameZh: string;
  /** Code of the region it is located in (HQ for a group, the plant's site for a local plant). */
  region: string;
  segments: { segment: string; primary: boolean }[];
  /** Where the facts come from: "public", "synthetic" or "imported". */
  source: string;
  /** For a plant or subsidiary: the id of its parent group. */
  parent?: string;
  /** Stock code, e.g. "600438.SH"; only when a public fact. */
  stockCode?: string;
  listed?: boolean;
  founded?: number;
  employees?: number;
  /** Annual revenue in million RMB; left undefined for real companies (never invented). */
  revenue?: number;
  registeredCapital?: number;
  /** R&D spend / revenue, 0..1. */
  rdIntensity?: number;
  /** Year-on-year revenue growth, e.g. 0.12 for +12 %. */
  growth?: number;
  lat?: number;
  lon?: number;
  /** Citation for public facts (reference source id such as "S15-linyang" or "GK"). */
  sourceNote?: string;
}

/** A batch of companies as the columns COMPANIES reads; unknown figures travel as null and are
 * not stored (unknown stays unknown); integers travel as neo4j.int. */
export function companyColumns(batch: readonly CompanyInput[]): Record<string, unknown[]> {
  const props = {} as Record<CompanyProp, unknown>;
  const cols: Record<string, unknown[]> = { id: [], region: [], segment: [], primary: [] };
  for (const k of COMPANY_PROPS) cols[k] = [];
  for (const c of batch) {
    props.name = c.name;
    props.nameZh = c.nameZh;
    props.source = c.source;
    props.regionCode = c.region;
    props.listed = c.listed ?? false;
    props.stockCode = c.stockCode;
    props.founded = intOrNull(c.founded);
    props.employees = intOrNull(c.employees);
    props.revenue = c.revenue;
    props.registeredCapital = c.registeredCapital;
    props.rdIntensity = c.rdIntensity;
    props.growth = c.growth;
    props.lat = c.lat;
    props.lon = c.lon;
    props.sourceNote = c.sourceNote;
    props.parentId = c.parent;
    cols.id!.push(c.id);
    cols.region!.push(c.region);
    cols.segment!.push(c.segments.map((s) => s.segment));
    cols.primary!.push(c.segments.map((s) => s.primary));
    for (const k of COMPANY_PROPS) cols[k]!.push(props[k] ?? null);
  }
  return cols;
}

/** Company figures a single update may change (null/undefined: keep; listed in `clear`: unknown). */
export type CompanyChanges = Partial<Record<Exclude<CompanyProp, "regionCode">, string | number | boolean>>;

/** Parameters of UPDATE_COMPANY for one company. */
export function updateParams(id: string, changes: CompanyChanges, clear: readonly string[] = []) {
  const params: Record<string, unknown> = { id, clear: [...clear] };
  for (const k of COMPANY_PROPS) {
    if (k === "regionCode") continue;
    const v = changes[k];
    params[k] = v === undefined ? null : INTEGER_PROPS.has(k) ? intOrNull(v as number) : v;
  }
  return params;
}
