import { CHAIN_FEEDS, CHAIN_SEGMENTS } from "../server/src/chains/resolvers.ts";
import { COVERAGE } from "../server/src/chains/loaders.ts";
import { companiesPageQuery } from "../server/src/companies/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { graphqlCall, measure, printPairs, type BenchDatabase, type Timing } from "./lib.ts";

/**
 * Section "explore" of `npm run bench:api`: the exploration API's two hot paths, each beside the
 * same Cypher run directly through the driver (the resolvers' own query strings, in the same order
 * and concurrency):
 *   - the chain map: chain(id) { segments { coverage } feeds }, for each of the four chains;
 *   - companies(filter: {segmentId}, first: 50), for the largest segment.
 */
const CHAIN_MAP = `query($id: ID!) { chain(id: $id) {
  segments { id name nameZh stage keyTech coverage { localCount totalCount status } }
  feeds { from { id } to { id } weight crossChain } } }`;

const COMPANIES = `query($segmentId: ID!) { companies(filter: { segmentId: $segmentId }, first: 50) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name nameZh revenue isLocal source } } } }`;

export async function benchExploration(bench: BenchDatabase, runs: number): Promise<void> {
  const { db, config } = bench;
  const yoga = createGraphQL({ db, config, log: createLogger("silent") });
  const home = config.homeRegion;
  const pairs: { graphql: Timing; raw: Timing }[] = [];
  for (const chainId of ["IT", "EQ", "HL", "NE"]) {
    const graphql = await measure(
      `chain map ${chainId}`,
      () => graphqlCall(yoga, CHAIN_MAP, { id: chainId }),
      runs,
    );
    const raw = await measure(
      `chain map ${chainId} (raw)`,
      async () => {
        // As the resolvers do it: chain record; segments and feeds side by side; then coverage.
        await db.query("MATCH (ch:Chain {id: $id}) RETURN ch", { id: chainId });
        const [segments] = await Promise.all([
          db.query<{ segment: { id: string } }>(CHAIN_SEGMENTS, { chainId, leavesOnly: true }),
          db.query(CHAIN_FEEDS, { chainId }),
        ]);
        await db.query(COVERAGE, { region: home, segmentIds: segments.map((s) => s.segment.id) });
      },
      runs,
    );
    pairs.push({ graphql, raw });
  }

  const [largest] = await db.query<{ id: string; n: number }>(
    `MATCH (s:Segment {leaf: true}) RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-() } AS n ORDER BY n DESC LIMIT 1`,
  );
  if (largest) {
    const graphql = await measure(
      `companies(segmentId: ${largest.id} [${largest.n}], first: 50)`,
      () => graphqlCall(yoga, COMPANIES, { segmentId: largest.id }),
      runs,
    );
    const { cypher, params } = companiesPageQuery({ segmentId: largest.id }, 50, null, home);
    const raw = await measure("companies (raw)", () => db.query(cypher, params), runs);
    pairs.push({ graphql, raw });
  }
  printPairs("exploration, milliseconds", pairs);
}
