import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config.ts";

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("loadConfig (zod)", () => {
  it("gives the documented defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      env: "production",
      host: "127.0.0.1",
      port: 4000,
      logLevel: "info",
      neo4j: { uri: undefined, user: "neo4j", password: "", database: undefined },
      localNeo4j: { boltPort: 7687, heap: "1g", pageCacheMb: 512 },
      homeRegion: "320671",
      seed: { scale: 20_000, seed: 1 },
      gaps: {
        k: 3,
        strengthenShare: 0.05,
        weights: {
          demandPull: 0.25,
          supplyPush: 0.2,
          centrality: 0.15,
          keyTech: 0.15,
          density: 0.2,
          relativePresence: 0.05,
        },
      },
      targets: {
        weights: {
          fit: 0.2,
          ties: 0.2,
          scale: 0.15,
          growth: 0.1,
          innovation: 0.1,
          listed: 0.05,
          proximity: 0.15,
          alliance: 0.05,
        },
      },
    });
    expect(c.localNeo4j.dataDir.endsWith(".data/neo4j")).toBe(true);
  });

  it("reads values, an empty string counting as unset", () => {
    const c = loadConfig({
      PORT: "0",
      NEO4J_URI: "neo4j+s://x.example",
      NEO4J_DATABASE: "",
      GAP_K: "5",
      TARGET_WEIGHT_FIT: "1",
    });
    expect([c.port, c.neo4j.uri, c.neo4j.database, c.gaps.k, c.targets.weights.fit]).toEqual([
      0,
      "neo4j+s://x.example",
      undefined,
      5,
      1,
    ]);
  });

  it("reports every problem at once, each with its variable", () => {
    expect(
      problemsOf({
        PORT: "70000",
        NEO4J_HEAP: "lots",
        LOG_LEVEL: "loud",
        GAP_STRENGTHEN_SHARE: "2",
        NEO4J_URI: "http://x",
      }),
    ).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "70000")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'NEO4J_URI must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (got "http://x")',
      'NEO4J_HEAP must look like 512m or 2g (got "lots")',
      'GAP_STRENGTHEN_SHARE must be a number from 0 to 1 (got "2")',
    ]);
  });

  it("refuses weights that are all zero, naming the family", () => {
    const zeros = Object.fromEntries(
      ["FIT", "TIES", "SCALE", "GROWTH", "INNOVATION", "LISTED", "PROXIMITY", "ALLIANCE"].map((k) => [
        `TARGET_WEIGHT_${k}`,
        "0",
      ]),
    );
    expect(problemsOf(zeros)).toEqual(["TARGET_WEIGHT_* at least one must be positive"]);
    expect(problemsOf({ TARGET_WEIGHT_TIES: "-1" })).toEqual([
      'TARGET_WEIGHT_TIES must be a number from 0 to 100 (got "-1")',
    ]);
  });
});
