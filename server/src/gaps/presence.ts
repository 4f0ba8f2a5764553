import type { Db } from "../db/driver.ts";

/**
 * Precomputed company counts and revenue sums per (located region, segment), so that gap analysis
 * never aggregates OPERATES_IN at request time (at 1,000,000 companies that takes seconds).
 *
 * Stored as one `(:SegmentPresence)` node per region that companies are LOCATED_IN directly (a
 * city, district, park, province or country), with parallel arrays over the segments that region
 * has companies in:
 *
 *   (:SegmentPresence {regionCode, segmentIds: [..], companies: [..], revenue: [..], revenueKnown: [..]})
 *
 * - companies[i]: companies located in the region that operate in segmentIds[i] (a company in
 *   several segments counts in each);
 * - revenue[i]: the sum of their revenue where known (a multi-segment company's whole revenue counts
 *   in each of its segments: the split is not known);
 * - revenueKnown[i]: how many of them have a known revenue (the rest are unknown, never zero).
 *
 * The granularity is the located region, not the matrix row, on purpose: it does not depend on
 * which region is "home" (HOME_REGION, or a query's regionCode), and every matrix row, local count
 * and revenue total is an exact sum of these cells because each company has one LOCATED_IN.
 * About 200 small nodes, read in one go in well under a millisecond of database time.
 *
 * `(:PresenceInfo {id: 'presence'})` carries a version that every refresh bumps, a random token
 * that every refresh replaces (a reset graph starts counting versions again; the token never
 * repeats, so caches key on it), and a stamp of
 * the counts the precomputation saw (Company nodes, OPERATES_IN and LOCATED_IN relationships).
 * Readers compare the stamp with the live counts (which Neo4j answers from its count store in
 * O(1)) and fall back to aggregating live when they differ, so a write path that forgot to refresh
 * makes gap analysis slow, not wrong. A write that changes nothing but a company's revenue or moves
 * it without changing those counts is not detected: every write path must call
 * {@link refreshPresence} (the loader does, at the end of loadSeedGraph).
 */

/** One stored row: a located region's cells. */
export interface PresenceRow {
  regionCode: string;
  segmentIds: string[];
  companies: number[];
  /** Sum of known revenue (million RMB); 0 when no company of the cell has a known revenue. */
  revenue: number[];
  revenueKnown: number[];
}

/** Counts the precomputation is valid for, and its version. */
export interface PresenceStamp {
  companies: number;
  operatesIn: number;
  locatedIn: number;
}

/**
 * The aggregation itself: per located region and segment. `$regionCodes` null means every region.
 * Shared by the refresh and by the live fallback of gap analysis, so both give the same numbers.
 */
export const PRESENCE_AGGREGATE = `
MATCH (r:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s:Segment)
WHERE $regionCodes IS NULL OR r.code IN $regionCodes
WITH r.code AS regionCode, s.id AS segmentId, count(c) AS n,
     sum(coalesce(c.revenue, 0)) AS revenue, count(c.revenue) AS known
ORDER BY regionCode, segmentId
RETURN regionCode, collect(segmentId) AS segmentIds, collect(n) AS companies,
       collect(revenue) AS revenue, collect(known) AS revenueKnown`;

/** Live counts from Neo4j's count store (no scan). */
export const LIVE_STAMP = `
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
CALL () { MATCH ()-[r:OPERATES_IN]->() RETURN count(r) AS operatesIn }
CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS locatedIn }
RETURN companies, operatesIn, locatedIn`;

/**
 * The stored presence stamp and the live counts beside it, as two subqueries binding `info`,
 * `companies`, `operatesIn` and `locatedIn`: every request that relies on the precomputed presence
 * (gaps, targets) reads it to know whether the stamp is current.
 */
export const PRESENCE_STAMP_SUBQUERIES = `
CALL () {
  OPTIONAL MATCH (i:PresenceInfo {id: 'presence'})
  RETURN i {.version, .token, .companies, .operatesIn, .locatedIn} AS info
}
CALL () {${LIVE_STAMP}
}`;

// Aggregated and written inside the database: the counts stay integers and never cross the wire.
const REPLACE_ROWS = `
OPTIONAL MATCH (old:SegmentPresence)
WHERE $regionCodes IS NULL OR old.regionCode IN $regionCodes
DETACH DELETE old
WITH count(*) AS _
CALL () {${PRESENCE_AGGREGATE}
}
CREATE (:SegmentPresence {regionCode: regionCode, segmentIds: segmentIds, companies: companies,
                          revenue: revenue, revenueKnown: revenueKnown})`;

const BUMP_INFO = `
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
CALL () { MATCH ()-[r:OPERATES_IN]->() RETURN count(r) AS operatesIn }
CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS locatedIn }
MERGE (i:PresenceInfo {id: 'presence'})
SET i.version = coalesce(i.version, 0) + 1, i.token = randomUUID(), i.refreshedAt = datetime(),
    i.companies = companies, i.operatesIn = operatesIn, i.locatedIn = locatedIn
RETURN i.version AS version`;

/**
 * Recomputes the precomputed presence and bumps its version. Call it after any write that adds,
 * removes or moves companies, or changes their segments or revenue. With `regionCodes`, only the
 * rows of those located regions are recomputed (the regions a write touched — cheap for a single
 * import); without, everything (a few seconds at 1,000,000 companies). `db` null (the loader's
 * dry run) does nothing.
 *
 * Runs in one managed transaction, so readers see the old rows or the new, never a mix.
 * @returns the new version, or 0 for a null db
 */
export async function refreshPresence(db: Db | null, regionCodes?: readonly string[]): Promise<number> {
  if (db === null) return 0;
  const codes = regionCodes === undefined ? null : [...regionCodes];
  return db.write(async (tx) => {
    await tx.run(REPLACE_ROWS, { regionCodes: codes });
    const bumped = await tx.run(BUMP_INFO);
    return Number(bumped.records[0]?.get("version") ?? 0);
  });
}
