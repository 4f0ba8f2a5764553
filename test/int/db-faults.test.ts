import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/src/config.ts";
import { createDriver, Db } from "../../server/src/db/driver.ts";
import { freePort, portInUse } from "../../server/src/db/local-neo4j.ts";
import { signInAs } from "../helpers.ts";

/*
 * The database looked after (issue 15), from outside: `scripts/start.ts` as `npm start` runs it, in
 * production mode, with its own local Neo4j (this test starts it through the service; it never uses
 * the run's shared database). Under a small steady load we `kill -9` the Neo4j: every answer is data
 * or DATABASE_UNAVAILABLE within a second (never INTERNAL_SERVER_ERROR, never a hang), /ready reports
 * the supervisor restarting it, and once it is back the same load runs with 0 errors and no API
 * restart. Then SIGTERM stops everything in seconds and frees both ports.
 */
let child: ChildProcess;
let base = "";
let boltPort = 0;
let httpPort = 0;
let dataDir = "";
let cookie = "";
const output: string[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Ready {
  status: string;
  database: { breaker: string; supervisor?: string; restarts?: number; pid?: number; lastExit?: unknown };
}
async function ready(): Promise<{ status: number; body: Ready }> {
  const res = await fetch(`${base}/ready`);
  return { status: res.status, body: (await res.json()) as Ready };
}
async function waitUntil(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; service output:\n${output.slice(-30).join("")}`);
}

/** One request of the load: its outcome code ("ok" or the error code) and how long it took. */
async function probe(): Promise<{ code: string; ms: number; startedAt: number }> {
  const startedAt = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: "{ serverInfo { database { version } } }" }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code ?? (body.data ? "ok" : `HTTP ${res.status}`);
  return { code, ms: Date.now() - startedAt, startedAt };
}

/** `workers` loops of back-to-back requests for `ms`. */
async function load(ms: number, workers = 4) {
  const results: Awaited<ReturnType<typeof probe>>[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < until) results.push(await probe());
    }),
  );
  return results;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-faults-"));
  [boltPort, httpPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    PORT: String(httpPort),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE_MB: "64",
    SEED_SCALE: "0",
    // The load below is one user's many requests: not what the rate limit is about.
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  delete env.NEO4J_URI;
  child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-client-build"], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  base = `http://127.0.0.1:${httpPort}`;
  await waitUntil(async () => (await ready()).status === 200, 240_000, "the service");
  // A user and session written straight into the service's own database.
  const db = new Db(
    createDriver({ uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password: "", database: undefined }),
    undefined,
  );
  try {
    cookie = await signInAs(db, "ANALYST", { makeDefault: false });
  } finally {
    await db.driver.close();
  }
}, 300_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the local Neo4j under supervision", () => {
  it("fails fast while it is down, restarts it, and recovers without an API restart", async () => {
    const before = await ready();
    expect(before.body.database).toMatchObject({ breaker: "closed", supervisor: "running", restarts: 0 });
    const neo4jPid = before.body.database.pid!;
    expect(alive(neo4jPid)).toBe(true);
    expect((await load(1_000)).every((r) => r.code === "ok")).toBe(true);

    const killedAt = Date.now();
    const during = load(4_000);
    await sleep(500);
    process.kill(neo4jPid, "SIGKILL");
    const results = await during;

    const codes = new Set(results.map((r) => r.code));
    expect(
      [...codes].every((c) => c === "ok" || c === "DATABASE_UNAVAILABLE"),
      [...codes].join(),
    ).toBe(true);
    expect(codes.has("DATABASE_UNAVAILABLE")).toBe(true);
    // No request waits on the driver's retries (6–8 s before the breaker): the breaker answers
    // within a second on a quiet machine (bench figures in the issue note); 3 s bounds a busy CI.
    const slowest = Math.max(...results.map((r) => r.ms));
    console.info(`fault: ${results.length} requests during the kill, slowest ${slowest} ms`);
    expect(slowest).toBeLessThan(3_000);
    expect(results.filter((r) => r.startedAt > killedAt + 1_000).length).toBeGreaterThan(0);

    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.database).toMatchObject({ breaker: "open", supervisor: "restarting" });
    expect(String((down.body.database.lastExit as { reason: string }).reason)).toContain("SIGKILL");

    await waitUntil(async () => (await ready()).status === 200, 120_000, "the restarted database");
    const after = await ready();
    expect(after.body.database).toMatchObject({ supervisor: "running", restarts: 1 });
    expect(after.body.database.pid).not.toBe(neo4jPid);
    // Same load, same API process: 0 errors.
    const seen: string[] = [];
    await waitUntil(
      async () => {
        const { code, ms } = await probe();
        seen.push(`${code} ${ms} ms`);
        return code === "ok";
      },
      15_000,
      "the breaker to close",
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nanswers: ${seen.join(", ")}`);
    });
    console.info(`fault: first answers after /ready: ${seen.join(", ")}`);
    const recovered = await load(2_000);
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.filter((r) => r.code !== "ok")).toEqual([]);
    expect(child.exitCode).toBe(null);
  }, 240_000);

  it("stops the API and Neo4j in seconds on SIGTERM, leaving both ports free", async () => {
    const neo4jPid = (await ready()).body.database.pid!;
    const stoppedAt = Date.now();
    child.kill("SIGTERM");
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    expect(alive(neo4jPid)).toBe(false);
    expect(await portInUse(httpPort)).toBe(false);
    expect(await portInUse(boltPort)).toBe(false);
  }, 60_000);
});
