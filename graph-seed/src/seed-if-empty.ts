import type { Config } from "../../server/src/config.ts";
import type { Db } from "../../server/src/db/driver.ts";
import type { Logger } from "../../server/src/logger.ts";

/**
 * Seeds the demo graph when the database holds no chain yet. Minimal seed (the four chains and the
 * home region) until the full chain-graph loader lands.
 */
export async function seedIfEmpty(db: Db, config: Config, log: Logger): Promise<boolean> {
  const [row] = await db.query<{ chains: number }>("MATCH (c:Chain) RETURN count(c) AS chains");
  if ((row?.chains ?? 0) > 0) return false;
  await db.write((tx) =>
    tx.run(
      `UNWIND $chains AS c MERGE (n:Chain {id: c.id}) SET n.name = c.name, n.nameZh = c.nameZh
       WITH count(*) AS _
       MERGE (h:Region {code: $home}) ON CREATE SET h.name = 'Nantong ETDA', h.nameZh = '南通经济技术开发区', h.level = 'PARK'`,
      {
        home: config.homeRegion,
        chains: [
          { id: "IT", name: "New-generation IT", nameZh: "新一代信息技术" },
          { id: "EQ", name: "High-end equipment", nameZh: "高端装备" },
          { id: "HL", name: "Health", nameZh: "医药健康" },
          { id: "NE", name: "New energy", nameZh: "新能源" },
        ],
      },
    ),
  );
  log.info("seeded the minimal demo graph");
  return true;
}
