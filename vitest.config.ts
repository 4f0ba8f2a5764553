import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Test tiers by folder (CONVENTIONS §10): unit tests need nothing; integration and end-to-end tests
// share one real Neo4j that test/global-setup.ts starts once per run (or NEO4J_URI when set).
const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql: packages loaded by Node take its CommonJS entry ("main"), while Vite would
  // give test and server files its ESM entry ("module"), and a schema built by one copy cannot be
  // validated by the other ("Cannot use GraphQLSchema … from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          // Some unit tests generate a 20,000-company universe; on a loaded 2-core CI machine that
          // can pass 5 s. No test here asserts speed, so a generous limit only removes flakiness.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["test/int/**/*.test.ts", "test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          // One database for the run: files take turns, and each starts from a graph it resets
          // itself, so they pass in any order. (With NEO4J_URI, use a database the tests may wipe.)
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
