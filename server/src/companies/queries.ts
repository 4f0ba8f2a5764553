import { AFTER_COMPANY_CURSOR, COMPANY_ORDER, COMPANY_RECORD, SEGMENT_RECORD } from "../common/cypher.ts";
import { decodeCursor, pageSize, toConnection, type Connection } from "../common/pagination.ts";
import type { CompanyRecord, SegmentRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { badInput } from "../errors.ts";
import type { CompanyFilter } from "../generated/resolvers-types.ts";

/**
 * Company lists. The query is assembled from fixed fragments only — which MATCH starts it and
 * which WHERE lines apply depend on which filter fields are set; every value travels as a
 * parameter.
 */

// The narrowest starting point the filter allows, most selective first.
const START = {
  segment: "MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)",
  chain: "MATCH (:Segment {chainId: $chainId, leaf: true})<-[:OPERATES_IN]-(x:Company) WITH DISTINCT x AS c",
  region: "MATCH (:Region {code: $regionCode})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(c:Company)",
  all: "MATCH (c:Company)",
} as const;

const WHERE = {
  chain: "EXISTS { (c)-[:OPERATES_IN]->(:Segment {chainId: $chainId}) }",
  region: "EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {code: $regionCode}) }",
  listed: "coalesce(c.listed, false) = $listed",
  minRevenue: "c.revenue >= $minRevenue",
  source: "c.source = $source",
} as const;

export interface CompanyQuery {
  /** MATCH … WHERE … binding `c`. */
  match: string;
  params: Record<string, unknown>;
}

export function companyQuery(filter: CompanyFilter | null | undefined): CompanyQuery {
  const f = filter ?? {};
  if (f.minRevenue !== null && f.minRevenue !== undefined && !(f.minRevenue >= 0)) {
    throw badInput("filter.minRevenue must be 0 or more", "filter.minRevenue");
  }
  const where: string[] = [];
  let start: string;
  if (f.segmentId) {
    start = START.segment;
    if (f.chainId) where.push(WHERE.chain);
    if (f.regionCode) where.push(WHERE.region);
  } else if (f.chainId) {
    start = START.chain;
    if (f.regionCode) where.push(WHERE.region);
  } else if (f.regionCode) {
    start = START.region;
  } else {
    start = START.all;
  }
  if (f.listed !== null && f.listed !== undefined) where.push(WHERE.listed);
  if (f.minRevenue !== null && f.minRevenue !== undefined) where.push(WHERE.minRevenue);
  if (f.source) where.push(WHERE.source);
  return {
    match: `${start}\n${where.length ? `WHERE ${where.join(" AND ")}` : ""}`,
    params: {
      segmentId: f.segmentId ?? null,
      chainId: f.chainId ?? null,
      regionCode: f.regionCode ?? null,
      listed: f.listed ?? null,
      minRevenue: f.minRevenue ?? null,
      source: f.source ? f.source.toLowerCase() : null,
    },
  };
}

/** The Cypher of one page of companies plus the total, in one query (exported for the benchmark). */
export function companiesPageQuery(
  filter: CompanyFilter | null | undefined,
  limit: number,
  cursor: { key: number | null; id: string } | null,
  home: string,
): { cypher: string; params: Record<string, unknown> } {
  const { match, params } = companyQuery(filter);
  return {
    cypher: `CALL () { ${match} RETURN count(c) AS total }
     CALL () {
       ${match}
       WITH c WHERE ${AFTER_COMPANY_CURSOR}
       WITH c ORDER BY ${COMPANY_ORDER} LIMIT $limit
       RETURN collect(${COMPANY_RECORD}) AS page
     }
     RETURN total, page`,
    params: {
      ...params,
      home,
      afterKey: cursor?.key ?? null,
      afterId: cursor?.id ?? null,
      limit: int(limit + 1),
    },
  };
}

/** One page of companies plus the total. */
export async function companiesPage(
  ctx: GraphQLContext,
  filter: CompanyFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<CompanyRecord>> {
  const limit = pageSize(first);
  const { cypher, params } = companiesPageQuery(filter, limit, decodeCursor(after), ctx.config.homeRegion);
  const rows = await ctx.cypher<{ total: number; page: CompanyRecord[] }>(cypher, params);
  const { total = 0, page = [] } = rows[0] ?? {};
  for (const c of page.slice(0, limit)) ctx.loaders.company.prime(c.id, c);
  return toConnection(page, limit, total, (c) => ({ key: c.revenue, id: c.id }));
}

// Lucene's query syntax gives these characters meaning; user text must not (a parse error, or a
// search the user did not ask for).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string): string {
  const words = text
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT)$/.test(w));
  // Prefix match on Latin words ("tong" finds Tongwei); CJK text is matched by the cjk analyzer's bigrams.
  return words.map((w) => (/^[\p{Script=Latin}\d]+$/u.test(w) ? `${w}*` : `"${w}"`)).join(" AND ");
}

export type SearchHitRecord =
  ({ __typename: "Company" } & CompanyRecord) | ({ __typename: "Segment" } & SegmentRecord);

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('company_names', $q, {limit: $limit}) YIELD node AS c, score
  RETURN 'Company' AS kind, ${COMPANY_RECORD} AS hit, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('segment_names', $q, {limit: $limit}) YIELD node AS s, score
  WHERE s.leaf
  RETURN 'Segment' AS kind, ${SEGMENT_RECORD} AS hit, score
}
RETURN kind, hit, score
ORDER BY score DESC, kind DESC, hit.id
LIMIT $limit`;

export async function search(ctx: GraphQLContext, text: string, first: number | null | undefined) {
  const limit = pageSize(first);
  if (text.trim().length === 0) throw badInput("text must not be empty", "text");
  if (text.length > 200) throw badInput("text must be at most 200 characters", "text");
  const q = luceneQuery(text);
  if (q === "") return [];
  const rows = await ctx.cypher<{ kind: "Company" | "Segment"; hit: CompanyRecord & SegmentRecord }>(SEARCH, {
    q,
    limit: int(limit),
    home: ctx.config.homeRegion,
  });
  return rows.map(({ kind, hit }) => ({ __typename: kind, ...hit }) as SearchHitRecord);
}
