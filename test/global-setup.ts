import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { createLogger } from "../server/src/logger.ts";

/**
 * Starts the project's own Neo4j once per test run, on a free port with a throw-away data folder,
 * and hands its URI to the tests (inject("neo4jUri")).
 *
 * `NEO4J_URI` is ignored on purpose: it names the service's database (perhaps the zone's real one)
 * and the tests wipe what they use. Only `TEST_NEO4J_URI` opts in to another server, and even then
 * the suite refuses a database that holds data it did not create (anything but nodes labelled by a
 * previous test run: the {@link TEST_MARKER} node says a database belongs to the tests).
 */
declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

/** A database the tests may wipe carries this node (written by the first run that finds it empty). */
const TEST_MARKER = "ChainAtlasTestDatabase";

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

async function claimExternal(uri: string, user: string, password: string, database: string | undefined) {
  const db = new Db(createDriver({ uri, user, password, database }), database);
  try {
    const [row] = await db.query<{ marked: number; others: number }>(
      `CALL () { MATCH (m:${TEST_MARKER}) RETURN count(m) AS marked }
       CALL () { MATCH (n) WHERE NOT n:${TEST_MARKER} RETURN count(n) AS others }
       RETURN marked, others`,
    );
    if ((row?.marked ?? 0) === 0 && (row?.others ?? 0) > 0) {
      throw new Error(
        `TEST_NEO4J_URI=${uri} holds ${row?.others} nodes that no test run created; the tests wipe ` +
          `their database, so they refuse this one. Point TEST_NEO4J_URI at an empty database, or unset it ` +
          `to let the suite start its own Neo4j.`,
      );
    }
    await db.write((tx) => tx.run(`MERGE (:${TEST_MARKER} {id: 'tests'})`));
  } finally {
    await db.driver.close();
  }
}

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.TEST_NEO4J_URI;
  const database = process.env.TEST_NEO4J_DATABASE ?? "";
  if (external) {
    const user = process.env.TEST_NEO4J_USER ?? "neo4j";
    const password = process.env.TEST_NEO4J_PASSWORD ?? "";
    await claimExternal(external, user, password, database || undefined);
    project.provide("neo4jUri", external);
    project.provide("neo4jUser", user);
    project.provide("neo4jPassword", password);
    project.provide("neo4jDatabase", database);
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-test-neo4j-"));
  local = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: process.env.TEST_NEO4J_HEAP ?? "768m",
    pageCacheMb: 256,
    log: createLogger(process.env.LOG_LEVEL ?? "warn", "test-neo4j"),
  });
  project.provide("neo4jUri", local.uri);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", "");
  project.provide("neo4jDatabase", "");
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
