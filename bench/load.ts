import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { SESSION_COOKIE } from "../server/src/auth/http.ts";
import type { Role } from "../server/src/auth/roles.ts";
import { createSession } from "../server/src/auth/sessions.ts";
import { createUser } from "../server/src/auth/users.ts";
import { openBenchDatabase } from "./lib.ts";
import persisted from "../client/src/api/generated/persisted-documents.json" with { type: "json" };

/**
 * `npm run bench:load -- [--scale 20000] [--keep-data DIR] [--seconds 15] [--mix-seconds 60]
 *   [--connections 10,50] [--soak-minutes 0] [--only targets,chainMap,…]`
 *
 * Throughput of the service as it ships (transport guard, sessions, policy on every field, limits,
 * the answer cache) beside bare graphql-yoga answering 50 six-field rows from memory, in the same
 * run, each server in its own process and the load (autocannon) from this one — issue 15's table:
 * - one row per query (the browser's own persisted operations, signed in as the role that uses it);
 * - a realistic mix: every role at once (chain map, gaps, targets pages, search, company network,
 *   alliance, a list edit), cycling per connection;
 * - with --soak-minutes N: the mix for N minutes, sampling the resident memory of the API process
 *   and of Neo4j every 10 s (flat within 10 % is the goal), and counting errors.
 * autocannon reports p97.5 rather than p95; both are printed as measured, nothing interpolated.
 */
const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "20000" },
    "keep-data": { type: "string" },
    seconds: { type: "string", default: "15" },
    "mix-seconds": { type: "string", default: "60" },
    connections: { type: "string", default: "10,50" },
    "soak-minutes": { type: "string", default: "0" },
    only: { type: "string" },
    /** Write a V8 CPU profile of the service process into this folder (open it in Chrome DevTools). */
    profile: { type: "string" },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const mixSeconds = Number(values["mix-seconds"]);
const connectionCounts = values.connections.split(",").map(Number);
const soakMinutes = Number(values["soak-minutes"]);

/** The persisted id of a client operation by name (what the browser sends). */
const documents = persisted as Record<string, string>;
function persistedBody(operationName: string, variables: Record<string, unknown>): string {
  const entry = Object.entries(documents).find(([, text]) =>
    new RegExp(`(^|\\s)(query|mutation) ${operationName}\\b`).test(text),
  );
  if (!entry) throw new Error(`no persisted operation named ${operationName}`);
  return JSON.stringify({
    operationName,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: entry[0] } },
  });
}

async function startServer(
  mode: "safe" | "memory",
  uri: string,
): Promise<{ child: ChildProcess; port: number }> {
  const profile = mode === "safe" && values.profile ? ["--cpu-prof", "--cpu-prof-dir", values.profile] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "bench/security-server.ts"], {
    env: { ...process.env, BENCH_MODE: mode, BENCH_NEO4J_URI: uri },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return { child, port: Number(chunk.toString().trim()) };
}

/** CPU time (user + system) a process has used, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  /** Transport errors, non-2xx answers, timeouts and answers with GraphQL errors. */
  errors: number;
  /** Stale list edits refused (CONFLICT): expected when connections share an item. */
  conflicts: number;
  /** CPU ms per request of the server process and of Neo4j: what a request costs, load or not. */
  serverCpu: number;
  neo4jCpu: number;
}

/** One request of a load; `setupRequest`/`onResponse` chain a read and an edit on one connection. */
interface Step {
  role?: Role;
  body: string;
  /** Its name in the per-step table when the body names no operation. */
  label?: string;
  setupRequest?: (request: autocannon.Request, context: EditContext) => autocannon.Request;
  onResponse?: (status: number, body: string, context: EditContext) => void;
}
interface EditContext {
  company?: string;
  version?: number;
  /** When this connection sent its current request (per-step latency of the mix). */
  sentAt?: number;
}
interface ListItem {
  company: { id: string };
  version: number;
}
type LoadResult = autocannon.Result & {
  graphqlErrors: number;
  conflicts: number;
  /** Latencies (ms) of each step's answers, in step order: where the mix's time goes. */
  stepLatencies: number[][];
  /** The first few GraphQL errors answered (not CONFLICT), to say what failed. */
  errorSamples: string[];
  serverCpuMs: number;
  neo4jCpuMs: number;
};

/** A step's name in the tables: role and operation. */
function stepName(step: Step): string {
  const operation = step.label ?? (JSON.parse(step.body || "{}") as { operationName?: string }).operationName;
  return `${step.role ?? "-"} ${operation ?? "query"}`;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** The mix's latency per step (measured by the client, so queueing included) and any error seen. */
function printSteps(steps: readonly Step[], result: LoadResult): void {
  console.log(`  mix by step${"".padEnd(38)}answers    p50    p99 ms`);
  steps.forEach((step, k) => {
    const xs = [...result.stepLatencies[k]!].sort((a, b) => a - b);
    console.log(
      `  ${stepName(step).padEnd(48)}${String(xs.length).padStart(8)}${percentile(xs, 50).toFixed(0).padStart(7)}${percentile(xs, 99).toFixed(0).padStart(7)}`,
    );
  });
  for (const sample of result.errorSamples) console.log(`  error: ${sample}`);
}

function rowOf(name: string, r: LoadResult): Row {
  const requests = Math.max(1, r.requests.total);
  return {
    serverCpu: r.serverCpuMs / requests,
    neo4jCpu: r.neo4jCpuMs / requests,
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts + r.graphqlErrors,
    conflicts: r.conflicts,
  };
}

async function main(): Promise<void> {
  const bench = await openBenchDatabase({ scale, keepData: values["keep-data"] });
  const stamp = Date.now();
  const cookies = {} as Record<Role, string>;
  const usernames: string[] = [];
  // A member acts for a company in an alliance; any alliance member will do.
  const [member] = await bench.db.query<{ company: string; alliance: string }>(
    "MATCH (c:Company)-[:MEMBER_OF]->(a:Alliance) RETURN c.id AS company, a.id AS alliance LIMIT 1",
  );
  for (const role of ["ADMIN", "LEADER", "ANALYST", "RECRUITER", "MEMBER"] as Role[]) {
    const username = `bench-${role.toLowerCase()}-${stamp}`;
    usernames.push(username);
    const user = await createUser(
      bench.db,
      {
        username,
        role,
        password: "benchmark password",
        teamId: role === "RECRUITER" ? "T-GYZX" : null,
        companyId: role === "MEMBER" ? (member?.company ?? null) : null,
      },
      "system",
    );
    cookies[role] = `${SESSION_COOKIE}=${(await createSession(bench.db, user.id, 3_600_000)).token}`;
  }
  const [hub] = await bench.db.query<{ id: string }>(
    "MATCH (c:Company)-[:SUPPLIES]-() WITH c, count(*) AS n ORDER BY n DESC, c.id LIMIT 1 RETURN c.id AS id",
  );

  const service = await startServer("safe", bench.uri);
  const memory = await startServer("memory", bench.uri);
  try {
    await measureAll(bench, cookies, hub, service, memory, stamp);
  } finally {
    service.child.kill("SIGTERM");
    memory.child.kill("SIGTERM");
    await bench.db.write((tx) =>
      tx.run(
        `MATCH (u:User) WHERE u.username IN $usernames
         OPTIONAL MATCH (s:Session {userId: u.id})
         OPTIONAL MATCH (l:TargetList {ownerId: u.id})
         OPTIONAL MATCH (l)-[:HAS_ITEM]->(i:TargetItem)
         DETACH DELETE u, s, l, i`,
        { usernames },
      ),
    );
    await bench.close();
  }
}

type Server = Awaited<ReturnType<typeof startServer>>;

async function measureAll(
  bench: Awaited<ReturnType<typeof openBenchDatabase>>,
  cookies: Record<Role, string>,
  hub: { id: string } | undefined,
  service: Server,
  memory: Server,
  stamp: number,
): Promise<void> {
  const json = { "content-type": "application/json", accept: "application/json" };
  const memoryUrl = `http://127.0.0.1:${memory.port}/graphql`;
  const serviceUrl = `http://127.0.0.1:${service.port}/graphql`;
  // A list for the recruiter's edits in the mix (saved through the API, as the browser does).
  const saved = await fetch(serviceUrl, {
    method: "POST",
    headers: { ...json, cookie: cookies.RECRUITER },
    body: persistedBody("SaveTargetList", { name: `bench ${stamp}`, segmentId: "RB06", size: 20 }),
  });
  const listId = ((await saved.json()) as { data?: { saveTargetList?: { id: string } } }).data?.saveTargetList
    ?.id;
  const listItems = listId
    ? await bench.db.query<{ company: string }>(
        "MATCH (:TargetList {id: $listId})-[:HAS_ITEM]->(:TargetItem)-[:OF]->(c:Company) RETURN c.id AS company ORDER BY c.id",
        { listId },
      )
    : [];

  const targetsQuery = `query($s: ID!, $min: Float) { targets(segmentId: $s, first: 50, filter: {minRevenue: $min}) { totalCount edges { node { score company { id name nameZh } segment { id } leadStatus } } } }`;
  const targetsBody = (min: number | null) =>
    JSON.stringify({ query: targetsQuery, variables: { s: "RB06", min } });
  const singles: Record<string, Step> = {
    targets: { role: "RECRUITER", body: targetsBody(null) },
    // The same page with a revenue floor that differs on every request: never a cache hit, so this
    // row is the ranking itself (pools kept, the page rebuilt and serialised per request).
    targetsUncached: {
      role: "RECRUITER",
      body: targetsBody(0),
      setupRequest: (request) => ({ ...request, body: targetsBody(Math.random() * 1e-6) }),
    },
    targetsPage: {
      role: "RECRUITER",
      body: persistedBody("Targets", { segmentId: "RB06", first: 50, lang: "ZH" }),
    },
    chainMap: { role: "ANALYST", body: persistedBody("ChainMap", { id: "NE" }) },
    gaps: { role: "ANALYST", body: persistedBody("Gaps", { chainId: "NE", lang: "ZH" }) },
  };
  const mix: Step[] = [
    { role: "ANALYST", body: persistedBody("ChainMap", { id: "NE" }) },
    { role: "ANALYST", body: persistedBody("Gaps", { chainId: "NE", lang: "ZH" }) },
    { role: "LEADER", body: persistedBody("ChainMap", { id: "IT" }) },
    { role: "RECRUITER", body: persistedBody("Targets", { segmentId: "RB06", first: 20, lang: "ZH" }) },
    { role: "RECRUITER", body: persistedBody("Targets", { chainId: "NE", first: 20, lang: "EN" }) },
    { role: "ANALYST", body: persistedBody("Search", { text: "南通" }) },
    ...(hub
      ? [
          {
            role: "ANALYST" as Role,
            body: persistedBody("CompanyNetwork", { id: hub.id, depth: 1, limit: 60 }),
          },
        ]
      : []),
    { role: "MEMBER", body: persistedBody("Alliances", {}) },
    { role: "ADMIN", body: persistedBody("Gaps", { chainId: "HL", lang: "EN" }) },
  ];
  // The list edit as a person makes it: open the list, then change one item with the version just
  // read (optimistic concurrency). Each connection edits its own item while there are enough.
  let nextItem = 0;
  const STATUSES = ["CONTACTED", "VISITED", "NEGOTIATING"];
  const listEdit: Step[] =
    listId && listItems.length > 0
      ? [
          {
            role: "RECRUITER",
            body: persistedBody("TargetList", { id: listId }),
            onResponse: (_status, body, context) => {
              context.company ??= listItems[nextItem++ % listItems.length]!.company;
              const items = (JSON.parse(body) as { data?: { targetList?: { items: ListItem[] } } }).data
                ?.targetList?.items;
              context.version = items?.find((i) => i.company.id === context.company)?.version;
            },
          },
          {
            role: "RECRUITER",
            body: "",
            label: "UpdateTargetItem",
            setupRequest: (request, context) => ({
              ...request,
              body: persistedBody("UpdateTargetItem", {
                listId,
                companyId: context.company,
                version: context.version ?? 1,
                status: STATUSES[Math.floor(Math.random() * STATUSES.length)],
              }),
            }),
          },
        ]
      : [];
  mix.push(...listEdit);

  const run = async (url: string, connections: number, duration: number, steps: Step[]) => {
    const answers = { graphqlErrors: 0, conflicts: 0 };
    const stepLatencies = steps.map(() => [] as number[]);
    const errorSamples: string[] = [];
    const server = url === memoryUrl ? memory : service;
    const cpuBefore = { server: cpuMs(server.child.pid), neo4j: cpuMs(bench.neo4jPid) };
    const result = await autocannon({
      url,
      method: "POST",
      connections,
      duration,
      requests: steps.map((step, k) => ({
        method: "POST",
        headers: { ...json, ...(step.role ? { cookie: cookies[step.role] } : {}) },
        body: step.body,
        setupRequest: (request: autocannon.Request, context: EditContext) => {
          context.sentAt = performance.now();
          return step.setupRequest ? step.setupRequest(request, context) : request;
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const { sentAt } = context as EditContext;
          if (sentAt !== undefined) stepLatencies[k]!.push(performance.now() - sentAt);
          if (body.includes('"errors"')) {
            if (body.includes('"CONFLICT"')) answers.conflicts += 1;
            else {
              answers.graphqlErrors += 1;
              if (errorSamples.length < 3) errorSamples.push(`${stepName(step)}: ${body.slice(0, 300)}`);
            }
          } else if (status >= 400 && errorSamples.length < 3) {
            errorSamples.push(`${stepName(step)}: HTTP ${status} ${body.slice(0, 200)}`);
          }
          step.onResponse?.(status, body, context as EditContext);
        },
      })),
    } as autocannon.Options);
    return Object.assign(result, answers, {
      stepLatencies,
      errorSamples,
      serverCpuMs: cpuMs(server.child.pid) - cpuBefore.server,
      neo4jCpuMs: cpuMs(bench.neo4jPid) - cpuBefore.neo4j,
    });
  };
  const memoryBody = JSON.stringify({
    query: "{ rows(first: 50) { id name nameZh score segmentId leadStatus } }",
  });

  // Every request answers data, not an error, before anything is measured.
  // (The list edit's second step builds its body per connection; the load checks it instead.)
  for (const r of [...Object.values(singles), ...mix].filter((step) => step.body !== "")) {
    const res = await fetch(serviceUrl, {
      method: "POST",
      headers: { ...json, ...(r.role ? { cookie: cookies[r.role] } : {}) },
      body: r.body,
    });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) {
      throw new Error(`${r.role} ${r.body.slice(0, 80)}… answered ${res.status}: ${text.slice(0, 300)}`);
    }
  }
  // Warm-up: JIT, pools, caches.
  for (const r of Object.values(singles)) await run(serviceUrl, 2, 1, [r]);
  await run(serviceUrl, 2, 3, mix);
  await run(memoryUrl, 10, 3, [{ body: memoryBody }]);

  const only = values.only?.split(",");
  for (const connections of connectionCounts) {
    const rows: Row[] = [];
    const before = rowOf(
      "bare yoga, 50 rows from memory (before)",
      await run(memoryUrl, connections, seconds, [{ body: memoryBody }]),
    );
    rows.push(before);
    for (const [name, request] of Object.entries(singles)) {
      if (only && !only.includes(name)) continue;
      rows.push(rowOf(name, await run(serviceUrl, connections, seconds, [request])));
    }
    let mixResult: LoadResult | undefined;
    if (!only || only.includes("mix")) {
      mixResult = await run(serviceUrl, connections, mixSeconds, mix);
      rows.push(rowOf(`mix of ${mix.length} requests, 5 roles`, mixResult));
    }
    const after = rowOf(
      "bare yoga, 50 rows from memory (after)",
      await run(memoryUrl, connections, seconds, [{ body: memoryBody }]),
    );
    rows.push(after);
    const yardstick = (before.rps + after.rps) / 2;
    console.log(`\n${bench.describe}`);
    console.log(`${connections} connections; ${seconds} s per query, ${mixSeconds} s for the mix`);
    console.log(
      `${"".padEnd(44)}${"req/s".padStart(8)}${"p50".padStart(7)}${"p97.5".padStart(7)}${"p99".padStart(7)}${"errors".padStart(8)}${"stale".padStart(7)}${"× yoga".padStart(8)}${"cpu ms/req: server".padStart(20)}${"neo4j".padStart(7)}`,
    );
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(44)}${r.rps.toFixed(0).padStart(8)}${String(r.p50).padStart(7)}${String(r.p975).padStart(7)}${String(r.p99).padStart(7)}${String(r.errors).padStart(8)}${String(r.conflicts).padStart(7)}${(r.rps / yardstick).toFixed(2).padStart(8)}${r.serverCpu.toFixed(2).padStart(20)}${r.neo4jCpu.toFixed(2).padStart(7)}`,
      );
    }
    if (mixResult) printSteps(mix, mixResult);
  }

  if (soakMinutes > 0) {
    console.log(`\nsoak: the mix at 10 connections for ${soakMinutes} min; RSS sampled every 10 s`);
    const samples: { api: number; neo4j: number }[] = [];
    const sampler = setInterval(() => {
      samples.push({ api: rssMb(service.child.pid), neo4j: rssMb(bench.neo4jPid) });
      const s = samples.at(-1)!;
      console.log(`  ${samples.length * 10} s: API ${s.api.toFixed(0)} MB, Neo4j ${s.neo4j.toFixed(0)} MB`);
    }, 10_000);
    const result = await run(serviceUrl, 10, soakMinutes * 60, mix);
    clearInterval(sampler);
    // Flatness: the last minute against the second (the first holds the warm-up's growth).
    const window = (from: number, to: number, key: "api" | "neo4j") => {
      const xs = samples.slice(from, to).map((s) => s[key]);
      return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    };
    // The API's RSS is a sawtooth (V8 grows the old space, then collects), so the floor — the lowest
    // sample of a minute, after a collection — is printed beside the mean: a leak raises the floor.
    const floor = (from: number, to: number, key: "api" | "neo4j") =>
      Math.min(...samples.slice(from, to).map((s) => s[key]));
    for (const key of ["api", "neo4j"] as const) {
      const early = window(6, 12, key);
      const late = window(samples.length - 6, samples.length, key);
      const earlyFloor = floor(6, 12, key);
      const lateFloor = floor(samples.length - 6, samples.length, key);
      console.log(
        `  ${key}: mean ${early.toFixed(0)} MB in minute 2, ${late.toFixed(0)} MB in the last minute (${(((late - early) / early) * 100).toFixed(1)} %); floor ${earlyFloor.toFixed(0)} → ${lateFloor.toFixed(0)} MB (${(((lateFloor - earlyFloor) / earlyFloor) * 100).toFixed(1)} %); goal within 10 %`,
      );
    }
    const r = rowOf("soak", result);
    console.log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`);
    printSteps(mix, result);
  }
}

void main();
