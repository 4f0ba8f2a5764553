import DataLoader from "dataloader";
import { REGION_RECORD } from "../common/cypher.ts";
import type { Cypher } from "../common/cypher.ts";
import { byKey, loaderKit } from "../common/dataloaders.ts";
import type { RegionRecord } from "../common/records.ts";

/** Per-request loaders of regions, their children and whether they are local. */
export function createRegionLoaders(cypher: Cypher, home: string) {
  const { entity, list } = loaderKit(cypher, home);
  return {
    region: entity<RegionRecord>(
      `MATCH (r:Region) WHERE r.code IN $ids RETURN r.code AS key, ${REGION_RECORD} AS value`,
    ),
    regionChildren: list<RegionRecord>(`
      MATCH (x:Region)<-[:PART_OF]-(r:Region) WHERE x.code IN $ids
      WITH x, r ORDER BY r.code
      RETURN x.code AS key, collect(${REGION_RECORD}) AS value`),
    /** "Is this region inside the home subtree?" by region code. */
    regionIsLocal: new DataLoader<string, boolean>(async (codes) => {
      const rows = await cypher<{ key: string; value: boolean }>(
        `MATCH (r:Region) WHERE r.code IN $ids
         RETURN r.code AS key, EXISTS { (r)-[:PART_OF*0..5]->(:Region {code: $home}) } AS value`,
        { ids: [...codes], home },
      );
      return byKey(codes, rows, false);
    }),
  };
}
