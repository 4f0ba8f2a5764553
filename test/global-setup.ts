import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../server/src/db/local-neo4j.ts";
import { createLogger } from "../server/src/logger.ts";

/**
 * Starts the project's own Neo4j once per test run, on a free port with a throw-away data folder,
 * and hands its URI to the tests (inject("neo4jUri")). With NEO4J_URI set, the tests use that
 * database instead and nothing is started.
 */
declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide("neo4jUri", external);
    project.provide("neo4jUser", process.env.NEO4J_USER ?? "neo4j");
    project.provide("neo4jPassword", process.env.NEO4J_PASSWORD ?? "");
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-test-neo4j-"));
  local = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: process.env.NEO4J_HEAP ?? "768m",
    pageCacheMb: 256,
    log: createLogger(process.env.LOG_LEVEL ?? "warn", "test-neo4j"),
  });
  project.provide("neo4jUri", local.uri);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", "");
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
