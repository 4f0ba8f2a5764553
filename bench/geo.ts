/**
 * `npm run bench:geo -- [--scale N] [--runs N] [--api-runs N] [--keep-data DIR]`
 *
 * The geographic view with ALL target candidates of the largest chain (the chain whose geoMap
 * counts the most candidates: every gap segment's pool, each company once):
 * - render: headless Chromium (playwright-core, /usr/bin/chromium, as the browser tests launch it)
 *   opens #/geo/<chain> on the built client served by the real HTTP server; the time from the
 *   data's arrival to the end of the first frame (transform, Cytoscape, fit, label choice; the
 *   app's window.__paint), median and p95 of --runs page loads, beside bare Cytoscape.js drawing
 *   the same number of nodes (labelled circles, preset layout, no stylesheet work) in the same page
 *   and container size (window.__bench.nodes);
 * - API: geoMap through GraphQL (in-process yoga.fetch, signed in as an ADMIN; the candidate pools
 *   warm, as in use) beside the raw Cypher the view runs (region tree, candidates of the gap
 *   segments, local companies, leads) through the driver, p50 and p95 of --api-runs.
 * A fresh local Neo4j in a temporary folder unless NEO4J_URI is set or --keep-data names a folder.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build } from "vite";
import { seedSyntheticPipeline } from "../graph-seed/src/synthetic-pipeline.ts";
import { createHttpServer } from "../server/src/app.ts";
import { SESSION_COOKIE } from "../server/src/auth/http.ts";
import { createSession } from "../server/src/auth/sessions.ts";
import { createUser } from "../server/src/auth/users.ts";
import { PROJECT_ROOT } from "../server/src/config.ts";
import { createContext } from "../server/src/context.ts";
import { computeGapReport } from "../server/src/gaps/index.ts";
import { computeGeoMap, GEO_QUERIES } from "../server/src/geo/index.ts";
import { presenceIsCurrent, rebuildPresence } from "../server/src/graph-writes/index.ts";
import { fetchGapHead } from "../server/src/gaps/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { CANDIDATE_QUERIES, loadRegionTree } from "../server/src/targets/pools.ts";
import { createGraphQL } from "../server/src/yoga.ts";
import { measure, openBenchDatabase, type Timing } from "./lib.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "20000" },
    runs: { type: "string", default: "7" },
    "api-runs": { type: "string", default: "30" },
    "keep-data": { type: "string" },
  },
});
const whole = (name: string, v: string, min: number) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number ≥ ${min} (got ${v})`);
  return n;
};
const scale = whole("scale", values.scale, 0);
const runs = whole("runs", values.runs, 1);
const apiRuns = whole("api-runs", values["api-runs"], 1);

const GEO_MAP = `query($chainId: ID!) { geoMap(chainId: $chainId) {
  homePlaceCode localCount candidateCount leadCount syntheticCount unplacedCount
  points { code name nameZh level lat lon abroad localCount candidateCount leadCount syntheticCount office { id } }
  offices { id name nameZh territories } } }`;

function stats(name: string, values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return {
    name,
    runs: values.length,
    p50: at(50),
    p95: at(95),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
  };
}
const ms = (n: number) => n.toFixed(1).padStart(9);
const row = (label: string, t: Timing) => console.log(`${label.padEnd(58)}${ms(t.p50)}${ms(t.p95)}`);

async function main(): Promise<void> {
  const bench = await openBenchDatabase({
    scale,
    ...(values["keep-data"] ? { keepData: values["keep-data"] } : {}),
  });
  const { db, config } = bench;
  const log = createLogger("silent");
  try {
    const head = await fetchGapHead((q, p) => db.query(q, p), "NE", config.homeRegion);
    if (!presenceIsCurrent(head)) await rebuildPresence(db);
    // The demo pipeline, as `npm start` seeds it (nothing when the store has leads already).
    await seedSyntheticPipeline(db, {
      seed: 1,
      homeRegion: config.homeRegion,
      anchor: new Date().toISOString().slice(0, 10),
      pipeline: config.pipeline,
    });

    // The largest chain: the most candidates on its map.
    const ctx = () => createContext({ db, config, log });
    const chains = (await db.query<{ id: string }>("MATCH (c:Chain) RETURN c.id AS id ORDER BY id")).map(
      (c) => c.id,
    );
    const sizes: [string, number, number][] = [];
    for (const id of chains) {
      const m = await computeGeoMap(ctx(), { chainId: id });
      sizes.push([id, m.candidateCount, m.points.length]);
    }
    sizes.sort((a, b) => b[1] - a[1]);
    const [chainId, candidates, points] = sizes[0]!;
    console.log(`bench:geo — ${bench.describe}`);
    console.log(
      `largest chain: ${chainId} — ${candidates.toLocaleString("en-US")} candidates on ${points} places (others: ${sizes
        .slice(1)
        .map(([id, n]) => `${id} ${n}`)
        .join(", ")})`,
    );

    // Users and a session for the browser and the in-process API.
    const user = await createUser(
      db,
      {
        username: `bench-geo-${Date.now()}`,
        role: "ADMIN",
        password: "benchmark password",
        teamId: null,
        companyId: null,
      },
      "system",
    );
    const cookie = `${SESSION_COOKIE}=${(await createSession(db, user.id, 3_600_000)).token}`;

    // ---- API: geoMap through GraphQL beside its raw Cypher ----
    const yoga = createGraphQL({ db, config, log });
    const call = async () => {
      const res = await yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ query: GEO_MAP, variables: { chainId } }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
    };
    const tree = await loadRegionTree(ctx());
    const localCodes = tree.subtree(config.homeRegion);
    const report = await computeGapReport(ctx(), chainId);
    const gapIds = [...new Set(report.gaps.map((g) => g.segmentId))].sort();
    const [leaves] = await db.query<{ ids: string[] }>(GEO_QUERIES.chainLeaves, { chainId });
    const sources = ["public", "imported", "synthetic"];
    const raw = () =>
      Promise.all([
        db.query(GEO_QUERIES.regions),
        db.query(CANDIDATE_QUERIES.candidates, { segmentIds: gapIds, localCodes }),
        db.query(GEO_QUERIES.local, { localCodes, segmentIds: leaves!.ids, sources }),
        db.query(GEO_QUERIES.leads, { chainId, segmentId: null, sources }),
      ]);
    const api = await measure("geoMap", call, apiRuns);
    const cypher = await measure("raw", raw, apiRuns);

    // ---- render in headless Chromium ----
    await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
    const server = createHttpServer({ db, config, log });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
    const app: number[] = [];
    const bare: number[] = [];
    let nodes = 0;
    let edges = 0;
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const [name = "", value = ""] = cookie.split("=");
      await context.addCookies([{ name, value, url: base }]);
      await context.addInitScript(() => localStorage.setItem("chain-atlas.lang", "zh"));
      // One warm-up load (bundle parse, fonts, the server's caches), then the measured ones.
      for (let i = 0; i <= runs; i++) {
        const page = await context.newPage();
        await page.goto(`${base}/#/geo/${chainId}`);
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>("main")?.dataset.geoLoaded === "true",
          null,
          {
            timeout: 120_000,
          },
        );
        await page.waitForFunction(() => (window.__paints ?? []).some((p) => p.view === "geo"));
        const paint = await page.evaluate(
          () => (window.__paints ?? []).find((p) => p.view === "geo")!.paintMs,
        );
        [nodes, edges] = await page.evaluate(() => [
          window.__cy!.nodes().length,
          window.__cy!.edges().length,
        ]);
        const baseline = (await page.evaluate((n) => window.__bench!.nodes(n), nodes)) as {
          createToPaintMs: number;
        };
        if (i > 0) {
          app.push(paint);
          bare.push(baseline.createToPaintMs);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }

    console.log(`\n${"".padEnd(58)}${"p50 ms".padStart(9)}${"p95".padStart(9)}`);
    row(`render: #/geo/${chainId} (${nodes} nodes, ${edges} edges), data → first frame`, stats("app", app));
    row(`render: bare Cytoscape.js, ${nodes} labelled nodes, preset`, stats("bare", bare));
    row(`API: geoMap(chainId: ${chainId}) via GraphQL, warm`, api);
    row(`API: its raw Cypher (regions, ${gapIds.length} gap pools, local, leads)`, cypher);
    console.log(
      `(${runs} page loads after one warm-up; ${apiRuns} API runs after 5 warm-ups; ratio app/bare p50 ${(stats("a", app).p50 / stats("b", bare).p50).toFixed(2)}×, GraphQL/Cypher p50 ${(api.p50 / cypher.p50).toFixed(2)}×)`,
    );
  } finally {
    await bench.close();
  }
}

await main();
