import { COMPANY_ORDER, COMPANY_RECORD } from "../common/cypher.ts";
import type { Cypher } from "../common/cypher.ts";
import { loaderKit } from "../common/dataloaders.ts";
import type { CompanyRecord, CompanySegmentRecord } from "../common/records.ts";

/** Per-request loaders of companies and the companies around them. */
export function createCompanyLoaders(cypher: Cypher, home: string) {
  const { entity, list } = loaderKit(cypher, home);
  return {
    company: entity<CompanyRecord>(
      `MATCH (c:Company) WHERE c.id IN $ids RETURN c.id AS key, ${COMPANY_RECORD} AS value`,
    ),
    companySegments: list<CompanySegmentRecord>(`
      MATCH (x:Company)-[o:OPERATES_IN]->(s:Segment) WHERE x.id IN $ids
      WITH x, s, o ORDER BY o.primary DESC, s.id
      RETURN x.id AS key, collect({segmentId: s.id, primary: coalesce(o.primary, false)}) AS value`),
    suppliers: list<CompanyRecord>(`
      MATCH (x:Company)<-[:SUPPLIES]-(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY ${COMPANY_ORDER}
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
    customers: list<CompanyRecord>(`
      MATCH (x:Company)-[:SUPPLIES]->(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY ${COMPANY_ORDER}
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
    subsidiaries: list<CompanyRecord>(`
      MATCH (x:Company)<-[:SUBSIDIARY_OF]-(c:Company) WHERE x.id IN $ids
      WITH x, c ORDER BY c.id
      RETURN x.id AS key, collect(${COMPANY_RECORD}) AS value`),
  };
}
