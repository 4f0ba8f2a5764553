import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { createHttpServer } from "../server/src/app.ts";
import { createContext } from "../server/src/context.ts";
import { loadConfig } from "../server/src/config.ts";
import { createDriver, Db } from "../server/src/db/driver.ts";
import { createLogger } from "../server/src/logger.ts";
import { buildSchema } from "../server/src/schema.ts";
import type { Viewer } from "../server/src/auth/roles.ts";

/**
 * One benchmark server in its own process (bench/security.ts starts two): BENCH_MODE=safe is the
 * service as it ships (transport guard, session, policy, limits); BENCH_MODE=bare is the same schema
 * and resolvers with none of that (no guard, no policy, no plugins, a fixed viewer); BENCH_MODE=memory
 * is bare graphql-yoga answering 50 six-field rows from memory, no database (bench/load.ts's
 * yardstick, as in issue 15). Prints its port.
 */
const mode = process.env.BENCH_MODE;
const config = loadConfig({
  ...process.env,
  NODE_ENV: "production",
  LOG_LEVEL: "silent",
  RATE_LIMIT_PER_MINUTE: "10000000",
});
const log = createLogger("silent");
const db = new Db(
  createDriver({ ...config.neo4j, uri: process.env.BENCH_NEO4J_URI! }),
  config.neo4j.database,
);
const deps = { db, config, log };

let server: http.Server;
if (mode === "safe") {
  server = createHttpServer(deps);
} else if (mode === "memory") {
  const rows = Array.from({ length: 50 }, (_, i) => ({
    id: `C${i}`,
    name: `Company ${i}`,
    nameZh: `公司${i}`,
    score: 1 - i / 100,
    segmentId: "RB06",
    leadStatus: i % 3 === 0 ? "NEW" : null,
  }));
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `type Row { id: ID! name: String! nameZh: String! score: Float! segmentId: ID! leadStatus: String }
                 type Query { rows(first: Int = 50): [Row!]! }`,
      resolvers: { Query: { rows: (_: unknown, { first }: { first: number }) => rows.slice(0, first) } },
    }),
    graphiql: false,
    landingPage: false,
  });
  server = http.createServer((req, res) => void yoga.handle(req, res));
} else {
  const viewer: Viewer = {
    userId: "bench",
    username: "bench",
    role: "ADMIN",
    teamId: null,
    companyId: null,
    allianceIds: null,
  };
  const yoga = createYoga({
    schema: buildSchema(),
    graphiql: false,
    landingPage: false,
    context: () => createContext(deps, viewer),
  });
  server = http.createServer((req, res) => void yoga.handle(req, res));
}
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => {
  server.close();
  void db.driver.close().then(() => process.exit(0));
});
