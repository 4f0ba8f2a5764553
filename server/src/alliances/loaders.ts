import { ALLIANCE_RECORD } from "../common/cypher.ts";
import type { Cypher } from "../common/cypher.ts";
import { loaderKit } from "../common/dataloaders.ts";
import type { AllianceRecord } from "../common/records.ts";

/** Per-request loaders of alliances and of the alliances a company belongs to. */
export function createAllianceLoaders(cypher: Cypher, home: string) {
  const { entity, list } = loaderKit(cypher, home);
  return {
    alliance: entity<AllianceRecord>(
      `MATCH (a:Alliance) WHERE a.id IN $ids RETURN a.id AS key, ${ALLIANCE_RECORD} AS value`,
    ),
    alliancesOf: list<AllianceRecord>(`
      MATCH (x:Company)-[:MEMBER_OF]->(a:Alliance) WHERE x.id IN $ids
      WITH x, a ORDER BY a.id
      RETURN x.id AS key, collect(${ALLIANCE_RECORD}) AS value`),
  };
}
