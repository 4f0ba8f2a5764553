import { presenceIsCurrent, rebuildPresence as refreshPresence } from "../server/src/graph-writes/index.ts";
import { fetchGapHead, gatherGapData } from "../server/src/gaps/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { graphqlCall, measure, type Timing } from "./lib.ts";
import type { BenchDatabase } from "./lib.ts";

/**
 * `npm run bench:api -- --only gaps --scale 100000` (section of bench/api.ts)
 *
 * p50/p95 of `gaps(chainId)` for each chain, through yoga.fetch (in-process GraphQL, every field
 * asked for: features, both explanations, connections), beside its Cypher run directly through the
 * driver: the per-request head query alone (what a warm request runs) and the whole uncached
 * gather (head + universe: what the first request after a write runs). Also the first request
 * after a presence refresh (cold: universe read and relatedness computed). A fresh local Neo4j in
 * a temporary folder unless NEO4J_URI is set or --keep-data names a folder (seeded once per scale).
 */
const CHAINS = ["IT", "EQ", "HL", "NE"];

const GAPS = `query($chainId: ID!) { gaps(chainId: $chainId) {
  completeness chain { id nameZh } region { code }
  gaps { segment { id name nameZh } type score localCount totalCount breakPoint
    features { name value weight contribution raw }
    zh: explanation en: explanation(lang: EN)
    revenue { localShare localKnown localUnknown } connectsTo { segment { id } direction } } } }`;

export async function benchGaps(bench: BenchDatabase, runs: number): Promise<void> {
  const { db, config } = bench;
  const home = config.homeRegion;
  // A store seeded before presence was precomputed (or written to since) is refreshed first.
  const head = await fetchGapHead((q, p) => db.query(q, p), "IT", home);
  if (!presenceIsCurrent(head)) {
    const t0 = performance.now();
    await refreshPresence(db);
    console.log(`presence refreshed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const yoga = createGraphQL({ db, config, log: createLogger("silent") });
  const cypher = <R>(q: string, p?: Record<string, unknown>) => db.query(q, p) as Promise<R[]>;

  // Cold: the first request after a write (new token: universe read, relatedness computed).
  const t0 = performance.now();
  await refreshPresence(db);
  const refreshMs = performance.now() - t0;
  const cold: Record<string, number> = {};
  for (const chainId of CHAINS) {
    await refreshPresence(db);
    const t = performance.now();
    await graphqlCall(yoga, GAPS, { chainId });
    cold[chainId] = performance.now() - t;
  }

  const rows: { chainId: string; graphql: Timing; head: Timing; gather: Timing }[] = [];
  for (const chainId of CHAINS) {
    rows.push({
      chainId,
      graphql: await measure(`gaps ${chainId}`, () => graphqlCall(yoga, GAPS, { chainId }), runs),
      head: await measure(`head ${chainId}`, () => fetchGapHead(cypher, chainId, home), runs),
      gather: await measure(`gather ${chainId}`, () => gatherGapData(cypher, chainId, home), runs),
    });
  }

  console.log(`\ngaps benchmark — ${bench.describe}; ${runs} runs after 5 warm-up`);
  console.log(`presence refresh (full): ${refreshMs.toFixed(0)} ms`);
  const ms = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `${"chain".padEnd(6)}${"GraphQL p50".padStart(12)}${"p95".padStart(8)}${"cold".padStart(8)}` +
      `${"head p50".padStart(10)}${"p95".padStart(8)}${"gather p50".padStart(12)}${"p95".padStart(8)}` +
      `${"head share".padStart(12)}${"gather/GraphQL".padStart(16)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.chainId.padEnd(6)}${ms(r.graphql.p50).padStart(12)}${ms(r.graphql.p95)}${ms(cold[r.chainId] ?? NaN)}` +
        `${ms(r.head.p50).padStart(10)}${ms(r.head.p95)}${ms(r.gather.p50).padStart(12)}${ms(r.gather.p95)}` +
        `${`${((r.head.p50 / r.graphql.p50) * 100).toFixed(0)}%`.padStart(12)}` +
        `${`${((r.gather.p50 / r.graphql.p50) * 100).toFixed(0)}%`.padStart(16)}`,
    );
  }
}
