import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHttpServer } from "../../server/src/app.ts";
import { createDriver, Db } from "../../server/src/db/driver.ts";
import { freePort, startLocalNeo4j } from "../../server/src/db/local-neo4j.ts";
import { MIGRATIONS, migrate } from "../../server/src/db/migrations.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

const db = testDb();
afterAll(() => db.driver.close());

describe("the database", () => {
  it("is a real Neo4j 5.26", async () => {
    const rows = await db.query<{ name: string; version: string }>(
      "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
    );
    expect(rows[0]?.name).toBe("Neo4j Kernel");
    // When TEST_NEO4J_URI points elsewhere any Neo4j 5 will do; the project's own is pinned to 5.26.
    expect(rows[0]?.version).toMatch(process.env.TEST_NEO4J_URI ? /^5\./ : /^5\.26\.\d+$/);
  });
});

describe("schema migrations", () => {
  beforeAll(() => migrate(db));

  it("create every constraint and index", async () => {
    const constraints = await db.query<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name");
    const indexes = await db.query<{ name: string; type: string; state: string }>(
      "SHOW INDEXES YIELD name, type, state RETURN name, type, state",
    );
    const constraintNames = constraints.map((c) => c.name);
    for (const name of ["chain_id", "segment_id", "company_id", "region_code", "alliance_id", "lead_id"]) {
      expect(constraintNames).toContain(name);
    }
    const byName = new Map(indexes.map((i) => [i.name, i]));
    expect(byName.get("company_names")?.type).toBe("FULLTEXT");
    expect(byName.get("segment_names")?.type).toBe("FULLTEXT");
    expect(byName.get("company_source")?.state).toBe("ONLINE");
  });

  it("change nothing when run again", async () => {
    const before = await db.query<{ n: number }>("SHOW INDEXES YIELD name RETURN count(*) AS n");
    const report = await migrate(db);
    const after = await db.query<{ n: number }>("SHOW INDEXES YIELD name RETURN count(*) AS n");
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(after[0]?.n).toBe(before[0]?.n);
    const recorded = await db.query<{ n: number }>("MATCH (m:SchemaMigration) RETURN count(m) AS n");
    expect(recorded[0]?.n).toBe(MIGRATIONS.length);
  });
});

describe("/graphql", () => {
  it("answers a query end to end", async () => {
    const yoga = createGraphQL({ db, config: testConfig(), log: silentLog });
    const cookie = await signInAs(db, "ANALYST");
    const res = await yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: "{ serverInfo { name homeRegionCode database { name edition } } }" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown };
    expect(body.data).toEqual({
      serverInfo: {
        name: "Chain Atlas",
        homeRegionCode: "320671",
        database: { name: "Neo4j Kernel", edition: expect.stringMatching(/community|enterprise/) },
      },
    });
  });
});

describe("/ready", () => {
  // A database of its own on a port chosen now: the API starts while nothing listens there, then
  // the database comes up on that port, and /ready must follow without restarting the API.
  it("answers 503 while the database is down and 200 once it is back", async () => {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chain-atlas-ready-"));
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: "neo4j",
      password: "",
      database: undefined,
    });
    const appDb = new Db(driver, undefined);
    const server = createHttpServer({ db: appDb, config: testConfig(), log: silentLog });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let neo: Awaited<ReturnType<typeof startLocalNeo4j>> | undefined;
    try {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const down = await fetch(`${base}/ready`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: "database unavailable" });

      // A well-formed session cookie: the door must ask the database about it, and cannot.
      const gql = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `atlas_session=${"x".repeat(43)}` },
        body: JSON.stringify({ query: "{ serverInfo { database { version } } }" }),
      });
      const body = (await gql.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("DATABASE_UNAVAILABLE");

      neo = await startLocalNeo4j({ dataDir, boltPort: port, heap: "512m", pageCacheMb: 64, log: silentLog });
      const up = await fetch(`${base}/ready`);
      expect(up.status).toBe(200);
    } finally {
      server.close();
      await driver.close();
      await neo?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
