import { ALLIANCE_RECORD, AFTER_COMPANY_CURSOR, COMPANY_ORDER, COMPANY_RECORD } from "../common/cypher.ts";
import { decodeCursor, pageSize, toConnection } from "../common/pagination.ts";
import type { AllianceRecord, CompanyRecord, PartnerRecord, SegmentRecord } from "../common/records.ts";
import { int } from "../db/driver.ts";
import { allianceScope, viewerOf } from "../auth/index.ts";
import { badInput, notFound } from "../errors.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";

// $scope: the alliance ids a MEMBER may see (null for staff): the filter runs in the query, so no
// out-of-scope alliance is even read.
const ALLIANCES = `MATCH (a:Alliance) WHERE $scope IS NULL OR a.id IN $scope
RETURN ${ALLIANCE_RECORD} AS alliance ORDER BY a.id`;

const MEMBER_COUNT = `MATCH (a:Alliance {id: $id}) RETURN COUNT { (a)<-[:MEMBER_OF]-(:Company) } AS n`;

const MEMBERS = `
CALL () { MATCH (:Alliance {id: $id})<-[:MEMBER_OF]-(c:Company) RETURN count(c) AS total }
CALL () {
  MATCH (:Alliance {id: $id})<-[:MEMBER_OF]-(c:Company)
  WITH c WHERE ${AFTER_COMPANY_CURSOR}
  WITH c ORDER BY ${COMPANY_ORDER} LIMIT $limit
  RETURN collect(${COMPANY_RECORD}) AS page
}
RETURN total, page`;

/**
 * Partners of one member, inside its alliance only: members in a segment that FEEDS one of the
 * member's segments (suppliers), that one of its segments FEEDS (customers), or in one of its own
 * segments (peers). A member that is both supplier and customer is listed once per relation.
 */
const PARTNERS = `
MATCH (a:Alliance {id: $allianceId})<-[:MEMBER_OF]-(me:Company {id: $companyId})
MATCH (me)-[:OPERATES_IN]->(mine:Segment)
WITH a, me, collect(mine) AS mine
MATCH (a)<-[m:MEMBER_OF]-(p:Company)-[:OPERATES_IN]->(ps:Segment)
WHERE p <> me
WITH me, p, m, ps,
     [rel IN [
        CASE WHEN any(x IN mine WHERE (ps)-[:FEEDS]->(x)) THEN 'SUPPLIER' END,
        CASE WHEN any(x IN mine WHERE (x)-[:FEEDS]->(ps)) THEN 'CUSTOMER' END,
        CASE WHEN ps IN mine THEN 'PEER' END
      ] WHERE rel IS NOT NULL] AS rels
UNWIND rels AS relation
WITH me, p, m, relation, collect(DISTINCT ps.id) AS via
RETURN p.id AS companyId, relation, via AS viaSegmentIds,
       EXISTS { (me)-[:SUPPLIES]-(p) } AS existingTie, m.role AS role
ORDER BY CASE relation WHEN 'SUPPLIER' THEN 0 WHEN 'CUSTOMER' THEN 1 ELSE 2 END, existingTie DESC, companyId`;

const IS_MEMBER = `RETURN EXISTS { (:Company {id: $companyId})-[:MEMBER_OF]->(:Alliance {id: $allianceId}) } AS member`;

export const allianceResolvers: Resolvers = {
  Query: {
    alliances: async (_, __, ctx) => {
      const rows = await ctx.cypher<{ alliance: AllianceRecord }>(ALLIANCES, {
        scope: allianceScope(viewerOf(ctx)),
      });
      return rows.map((r) => r.alliance);
    },
    // Another alliance answers null, exactly as an alliance that does not exist.
    alliance: (_, { id }, ctx) => {
      const scope = allianceScope(viewerOf(ctx));
      return scope && !scope.includes(id) ? null : ctx.loaders.alliance.load(id);
    },
  },
  Alliance: {
    source: (a) => a.source.toUpperCase() as "PUBLIC" | "SYNTHETIC" | "IMPORTED",
    memberCount: async (a, _, ctx) =>
      (await ctx.cypher<{ n: number }>(MEMBER_COUNT, { id: a.id }))[0]?.n ?? 0,
    members: async (a, { first, after }, ctx) => {
      const limit = pageSize(first, 50);
      const cursor = decodeCursor(after);
      const [row] = await ctx.cypher<{ total: number; page: CompanyRecord[] }>(MEMBERS, {
        id: a.id,
        home: ctx.config.homeRegion,
        afterKey: cursor?.key ?? null,
        afterId: cursor?.id ?? null,
        limit: int(limit + 1),
      });
      for (const c of (row?.page ?? []).slice(0, limit)) ctx.loaders.company.prime(c.id, c);
      return toConnection(row?.page ?? [], limit, row?.total ?? 0, (c) => ({ key: c.revenue, id: c.id }));
    },
    partners: async (a, { companyId }, ctx) => {
      const viewer = viewerOf(ctx);
      // A MEMBER asks for their own company's partners only; any other id answers as if it did not
      // exist, so that nothing tells whether it does.
      if (viewer.role === "MEMBER" && companyId !== viewer.companyId) throw notFound("company", companyId);
      const params = { allianceId: a.id, companyId };
      const [rows, member] = await Promise.all([
        ctx.cypher<PartnerRecord & Record<string, unknown>>(PARTNERS, params),
        ctx.cypher<{ member: boolean }>(IS_MEMBER, params),
      ]);
      // An alliance member sees its own alliance and nothing beyond it.
      if (!member[0]?.member) {
        throw badInput(`company ${companyId} is not a member of alliance ${a.id}`, "companyId");
      }
      return rows;
    },
  },
  Partner: {
    company: async (p, _, ctx) => (await ctx.loaders.company.load(p.companyId))!,
    via: async (p, _, ctx) => {
      const segments = await ctx.loaders.segment.loadMany(p.viaSegmentIds);
      return segments.filter((s): s is SegmentRecord => s !== null && !(s instanceof Error));
    },
  },
};
