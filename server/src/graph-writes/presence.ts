import type { ManagedTransaction } from "neo4j-driver";

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
 * `(:PresenceInfo {id: 'presence'})` carries a version that every write bumps and a random token
 * that every write replaces (a reset graph starts counting versions again; the token never repeats,
 * so caches key on it alone). The write path (writer.ts) replaces it in the same transaction as the
 * data, and refreshes the rows of the regions that transaction touched: no caller can forget.
 * A bulk load (writer.ts `bulkWrite`) instead lists itself in `bulks` before its first batch and
 * rebuilds every row when it ends; while `bulks` is not empty the rows are not trusted: readers
 * aggregate live and cache nothing (slow, not wrong).
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

/** The stored presence info as readers see it. */
export interface PresenceInfo {
  version: number;
  token: string;
  /** Bulk loads in progress (their ids); the rows are trusted only when empty. */
  bulks: string[];
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

/**
 * The stored presence info as a subquery binding `info`: every request that relies on the
 * precomputed presence (gaps, targets) reads it to get the token and to know whether the rows are
 * trusted ({@link presenceIsCurrent}).
 */
export const PRESENCE_INFO_SUBQUERY = `
CALL () {
  OPTIONAL MATCH (i:PresenceInfo {id: 'presence'})
  RETURN CASE WHEN i IS NULL THEN null
         ELSE i {.version, .token, bulks: coalesce(i.bulks, [])} END AS info
}`;

/** True when the precomputed rows may be read and answers cached under the token. */
export function presenceIsCurrent(head: { info: PresenceInfo | null }): boolean {
  const { info } = head;
  return info !== null && typeof info.token === "string" && info.bulks.length === 0;
}

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

// `$addBulk` lists a bulk load as running, `$removeBulk` takes one off the list (null: neither).
const REPLACE_TOKEN = `
MERGE (i:PresenceInfo {id: 'presence'})
SET i.version = coalesce(i.version, 0) + 1, i.token = randomUUID(), i.refreshedAt = datetime(),
    i.bulks = [b IN coalesce(i.bulks, []) WHERE b <> coalesce($removeBulk, '')]
              + CASE WHEN $addBulk IS NULL THEN [] ELSE [$addBulk] END
RETURN i.version AS version`;

/**
 * Inside a write transaction: recomputes the rows of `regionCodes` (null: every region; empty:
 * none) and replaces the token. Only the write path calls it.
 * @returns the new version
 */
export async function replacePresence(
  tx: ManagedTransaction,
  regionCodes: readonly string[] | null,
  bulk: { add?: string; remove?: string } = {},
): Promise<number> {
  if (regionCodes === null || regionCodes.length > 0) {
    await tx.run(REPLACE_ROWS, { regionCodes: regionCodes === null ? null : [...regionCodes] });
  }
  const bumped = await tx.run(REPLACE_TOKEN, {
    addBulk: bulk.add ?? null,
    removeBulk: bulk.remove ?? null,
  });
  return Number(bumped.records[0]?.get("version") ?? 0);
}
