import { parseArgs } from "node:util";
import { createLogger } from "../server/src/logger.ts";
import { CANDIDATE_QUERIES, computeRanking, loadRegionTree } from "../server/src/targets/queries.ts";
import { createContext } from "../server/src/context.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { graphqlCall, measure, openBenchDatabase, printPairs, type Timing } from "./lib.ts";

/**
 * `npx tsx bench/targets.ts --scale 1000000 [--runs 30] [--keep-data DIR] [--heap 4g] [--pagecache-mb 4096]`
 *
 * p50/p95 of `targets(segmentId, first: 50)` for the segment with the most candidates, through
 * yoga.fetch (in-process GraphQL: scores, features, Chinese reasons, company names, local ties),
 * beside the raw candidate-gathering Cypher run directly through the driver, and the CPU time of
 * the in-memory part (scoring, sorting). A fresh local Neo4j in a temporary folder unless
 * NEO4J_URI is set or --keep-data names a folder (seeded once per scale).
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    runs: { type: "string", default: "30" },
    "keep-data": { type: "string" },
    heap: { type: "string" },
    "pagecache-mb": { type: "string" },
  },
});
const scale = Number(args.scale);
const runs = Number(args.runs);

const TARGETS = `query($segmentId: ID!) { targets(segmentId: $segmentId, first: 50) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { score leadStatus company { id name nameZh source } features { name contribution imputed }
    reasons localTies { id } } } } }`;

async function main(): Promise<void> {
  if (!Number.isInteger(scale) || scale < 0 || !Number.isInteger(runs) || runs < 1) {
    throw new Error("--scale and --runs take whole numbers");
  }
  const bench = await openBenchDatabase({
    scale,
    ...(args["keep-data"] ? { keepData: args["keep-data"] } : {}),
    ...(args.heap ? { heap: args.heap } : {}),
    ...(args["pagecache-mb"] ? { pageCacheMb: Number(args["pagecache-mb"]) } : {}),
  });
  try {
    const { db, config } = bench;
    const log = createLogger("silent");
    const yoga = createGraphQL({ db, config, log });
    console.log(`bench:targets — ${bench.describe}; ${runs} runs after 5 warm-ups`);

    // The segment with the most non-local companies (at 10⁶, the largest by far).
    const [largest] = await db.query<{ id: string; n: number }>(
      `MATCH (s:Segment {leaf: true}) RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-() } AS n ORDER BY n DESC, id LIMIT 1`,
    );
    if (!largest) throw new Error("no segments: is the database seeded?");
    const tree = await loadRegionTree(createContext({ db, config, log }));
    const localCodes = tree.subtree(config.homeRegion);
    const params = { segmentIds: [largest.id], localCodes };
    const [pool] = await db.query<{ id: string[] }>(CANDIDATE_QUERIES.candidates, params);
    const candidates = pool?.id.length ?? 0;

    const pairs: { graphql: Timing; raw: Timing }[] = [];
    const graphql = await measure(
      `targets(${largest.id} [${candidates} candidates], first: 50)`,
      () => graphqlCall(yoga, TARGETS, { segmentId: largest.id }),
      runs,
    );
    // As the resolver runs them: both gathering queries side by side.
    const raw = await measure(
      "candidate Cypher (raw)",
      () =>
        Promise.all([
          db.query(CANDIDATE_QUERIES.candidates, params),
          db.query(CANDIDATE_QUERIES.localLinks, params),
        ]),
      runs,
    );
    pairs.push({ graphql, raw });
    printPairs("milliseconds", pairs);
    // The ranking alone (all gathering queries, scoring, sorting; no page, names or reasons).
    const ranking = await measure(
      "ranking",
      () => computeRanking(createContext({ db, config, log }), { segmentId: largest.id }),
      runs,
    );
    console.log(`computeRanking alone: p50 ${ranking.p50.toFixed(1)} ms, p95 ${ranking.p95.toFixed(1)} ms`);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
