import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createUser } from "../server/src/auth/users.ts";
import { createSession } from "../server/src/auth/sessions.ts";
import { SESSION_COOKIE } from "../server/src/auth/http.ts";
import { openBenchDatabase } from "./lib.ts";

/**
 * `npm run bench:security -- [--scale 20000] [--keep-data DIR] [--seconds 10] [--connections 10]`
 *
 * The cost of safety (issue 11): throughput of the targets query through the service as it ships
 * (transport guard, session lookup, policy on every field, limits, cancellation) beside the same
 * schema and resolvers with none of it, in the same run, each server in its own process and the
 * load from this one. Rounds alternate safe, bare, safe, bare… and the median round of each counts.
 */
const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "20000" },
    "keep-data": { type: "string" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Number(values.rounds);

const QUERY = JSON.stringify({
  query: `query($s: ID!) { targets(segmentId: $s, first: 50) { totalCount edges { node { score company { id name nameZh } segment { id } leadStatus } } } }`,
  variables: { s: "RB06" },
});

async function startServer(
  mode: "safe" | "bare",
  uri: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/security-server.ts"], {
    env: { ...process.env, BENCH_MODE: mode, BENCH_NEO4J_URI: uri },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return { child, port: Number(chunk.toString().trim()) };
}

async function load(port: number, cookie: string): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: QUERY,
    connections,
    duration: seconds,
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const bench = await openBenchDatabase({ scale, keepData: values["keep-data"] });
  const username = `bench-${Date.now()}`;
  const user = await createUser(
    bench.db,
    { username, role: "ANALYST", password: "benchmark password" },
    "system",
  );
  const { token } = await createSession(bench.db, user.id, 3_600_000);
  const cookie = `${SESSION_COOKIE}=${token}`;
  const servers = { safe: await startServer("safe", bench.uri), bare: await startServer("bare", bench.uri) };
  try {
    // Warm both (JIT, pools, the presence cache) before measuring.
    for (const s of Object.values(servers))
      await autocannon({
        url: `http://127.0.0.1:${s.port}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: QUERY,
        connections,
        duration: 3,
      });
    const results: Record<"safe" | "bare", autocannon.Result[]> = { safe: [], bare: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of ["safe", "bare"] as const) {
        const result = await load(servers[mode].port, cookie);
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        results[mode].push(result);
        console.log(
          `round ${r + 1} ${mode}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
        );
      }
    }
    const row = (mode: "safe" | "bare") => ({
      rps: median(results[mode].map((x) => x.requests.average)),
      p50: median(results[mode].map((x) => x.latency.p50)),
      p99: median(results[mode].map((x) => x.latency.p99)),
    });
    const safe = row("safe");
    const bare = row("bare");
    console.log(`\n${bench.describe}`);
    console.log(
      `targets(segmentId: RB06, first: 50), ${connections} connections × ${seconds} s, median of ${rounds} rounds`,
    );
    console.log(`${"".padEnd(34)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}`);
    console.log(
      `${"with limits and authorisation".padEnd(34)}${safe.rps.toFixed(0).padStart(8)}${String(safe.p50).padStart(8)}${String(safe.p99).padStart(8)}`,
    );
    console.log(
      `${"without them".padEnd(34)}${bare.rps.toFixed(0).padStart(8)}${String(bare.p50).padStart(8)}${String(bare.p99).padStart(8)}`,
    );
    console.log(
      `cost of safety: ${((1 - safe.rps / bare.rps) * 100).toFixed(1)} % of throughput (goal < 10 %)`,
    );
  } finally {
    for (const s of Object.values(servers)) s.child.kill("SIGTERM");
    await bench.db.write((tx) =>
      tx.run(
        "MATCH (u:User {username: $username}) OPTIONAL MATCH (s:Session {userId: u.id}) DETACH DELETE u, s",
        { username },
      ),
    );
    await bench.close();
  }
}

void main();
