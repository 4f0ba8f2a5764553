import { presenceIsCurrent, rebuildPresence as refreshPresence } from "../server/src/graph-writes/index.ts";
import { fetchGapHead } from "../server/src/gaps/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { CANDIDATE_QUERIES, loadRegionTree } from "../server/src/targets/pools.ts";
import { computeRanking } from "../server/src/targets/queries.ts";
import { createContext } from "../server/src/context.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { graphqlCall, measure, type Timing } from "./lib.ts";
import type { BenchDatabase } from "./lib.ts";

/**
 * `npm run bench:api -- --only targets --scale 1000000` (section of bench/api.ts)
 *
 * `targets(segmentId, first: 50)` for the segment with the most candidates, through yoga.fetch
 * (in-process GraphQL: scores, features, Chinese reasons, company names, local ties):
 * - cold: the first request after a presence refresh (new token: region tree, candidates and local
 *   links read, features computed), median of COLD_RUNS;
 * - warm p50/p95 (the pool and its order come from the per-process cache);
 * beside the raw candidate-gathering Cypher run directly through the driver (what every request ran
 * before the cache, and what a cold one still runs), the per-request head query a warm request
 * runs, and computeRanking alone (no page, names or reasons). A fresh local Neo4j in a temporary
 * folder unless NEO4J_URI is set or --keep-data names a folder (seeded once per scale).
 */

const TARGETS = `query($segmentId: ID!) { targets(segmentId: $segmentId, first: 50) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { score leadStatus company { id name nameZh source } features { name contribution imputed }
    reasons localTies { id } } } } }`;

/** Cold requests measured (each after its own full presence refresh: seconds at 10⁶). */
const COLD_RUNS = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

export async function benchTargets(bench: BenchDatabase, runs: number): Promise<void> {
  const { db, config } = bench;
  const log = createLogger("silent");
  const yoga = createGraphQL({ db, config, log });
  console.log(`bench:targets — ${bench.describe}; ${runs} runs after 5 warm-ups`);

  // A store seeded before presence was precomputed (or written to since) is refreshed first:
  // without a current presence nothing is cached, and every request would be a cold one.
  const head = await fetchGapHead((q, p) => db.query(q, p), "IT", config.homeRegion);
  if (!presenceIsCurrent(head)) {
    const t0 = performance.now();
    await refreshPresence(db);
    console.log(`presence refreshed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

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
  const vars = { segmentId: largest.id };

  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await refreshPresence(db);
    const t0 = performance.now();
    await graphqlCall(yoga, TARGETS, vars);
    cold.push(performance.now() - t0);
  }

  const graphql = await measure("targets", () => graphqlCall(yoga, TARGETS, vars), runs);
  // As a cold request runs them (and every request did before the cache): both side by side.
  const raw = await measure(
    "candidate Cypher (raw)",
    () =>
      Promise.all([
        db.query(CANDIDATE_QUERIES.candidates, params),
        db.query(CANDIDATE_QUERIES.localLinks, { localCodes }),
      ]),
    runs,
  );
  const headQuery = await measure("head Cypher", () => db.query(CANDIDATE_QUERIES.head, vars), runs);
  const ranking = await measure(
    "ranking",
    () => computeRanking(createContext({ db, config, log }), vars),
    runs,
  );

  const ms = (n: number) => n.toFixed(1).padStart(9);
  const line = (name: string, t: Timing, coldMs?: number) =>
    console.log(
      `${name.padEnd(48)}${(coldMs === undefined ? "" : coldMs.toFixed(1)).padStart(9)}${ms(t.p50)}${ms(t.p95)}`,
    );
  console.log(`\nmilliseconds (cold: median of ${COLD_RUNS}, each the first request after a refresh)`);
  console.log(`${"operation".padEnd(48)}${"cold".padStart(9)}${"p50".padStart(9)}${"p95".padStart(9)}`);
  line(`targets(${largest.id} [${candidates} candidates], first: 50)`, graphql, median(cold));
  line("candidate Cypher, raw (candidates + local links)", raw);
  line("head Cypher (warm: token, counts, leads, segment)", headQuery);
  line("computeRanking alone (warm)", ranking);
  console.log(
    `cold runs: ${cold.map((t) => t.toFixed(0)).join(", ")} ms; warm p50 / raw Cypher p50: ${(graphql.p50 / raw.p50).toFixed(2)}×`,
  );
}
