import { parseArgs } from "node:util";
import { refreshPresence } from "../server/src/gaps/presence.ts";
import { fetchGapHead, gatherGapData, presenceIsCurrent } from "../server/src/gaps/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { graphqlCall, measure, openBenchDatabase, type Timing } from "./lib.ts";

/**
 * `npx tsx bench/gaps.ts --scale 100000 [--runs 30] [--keep-data DIR] [--heap 4g] [--pagecache-mb 4096]`
 *
 * p50/p95 of `gaps(chainId)` for each chain, through yoga.fetch (in-process GraphQL, every field
 * asked for: features, both explanations, connections), beside its Cypher run directly through the
 * driver: the per-request head query alone (what a warm request runs) and the whole uncached
 * gather (head + universe: what the first request after a write runs). Also the first request
 * after a presence refresh (cold: universe read and relatedness computed). A fresh local Neo4j in
 * a temporary folder unless NEO4J_URI is set or --keep-data names a folder (seeded once per scale).
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
const CHAINS = ["IT", "EQ", "HL", "NE"];

const GAPS = `query($chainId: ID!) { gaps(chainId: $chainId) {
  completeness chain { id nameZh } region { code }
  gaps { segment { id name nameZh } type score localCount totalCount breakPoint
    features { name value weight contribution raw }
    zh: explanation en: explanation(lang: EN)
    revenue { localShare localKnown localUnknown } connectsTo { segment { id } direction } } } }`;

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
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
