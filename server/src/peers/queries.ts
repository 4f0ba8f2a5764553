/**
 * The Cypher of peer comparison. Counts and RCA per leaf come from the gap analysis (its presence
 * cells and matrix); this only counts distinct companies per stage, which the presence cells cannot
 * give (a firm in two leaves is one firm).
 */
import type { Cypher } from "../common/cypher.ts";
import type { StageName } from "./compare.ts";

/**
 * Per region: distinct companies LOCATED_IN the region or a region under it (PART_OF, any depth up
 * to the tree's), operating in a leaf of the chain, in all and per stage. A region without such a
 * company gives no row.
 */
export const STAGE_COMPANIES = `
UNWIND $codes AS code
MATCH (:Region {code: code})<-[:PART_OF*0..8]-(:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s:Segment)
WHERE s.chainId = $chainId AND s.leaf
RETURN code,
  count(DISTINCT c) AS companies,
  count(DISTINCT CASE WHEN s.stage = 'UPSTREAM' THEN c END) AS upstream,
  count(DISTINCT CASE WHEN s.stage = 'MIDSTREAM' THEN c END) AS midstream,
  count(DISTINCT CASE WHEN s.stage = 'DOWNSTREAM' THEN c END) AS downstream`;

export interface StageCompanies {
  companies: number;
  stages: Record<StageName, number>;
}

/** Distinct companies per stage of the chain, by region code (zeros for a region with none). */
export async function stageCompanies(
  cypher: Cypher,
  chainId: string,
  codes: readonly string[],
): Promise<Map<string, StageCompanies>> {
  const rows = await cypher<{
    code: string;
    companies: number;
    upstream: number;
    midstream: number;
    downstream: number;
  }>(STAGE_COMPANIES, { chainId, codes: [...codes] });
  const out = new Map<string, StageCompanies>(
    codes.map((c) => [c, { companies: 0, stages: { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 } }]),
  );
  for (const r of rows) {
    out.set(r.code, {
      companies: r.companies,
      stages: { UPSTREAM: r.upstream, MIDSTREAM: r.midstream, DOWNSTREAM: r.downstream },
    });
  }
  return out;
}
