import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLContext } from "../../server/src/context.ts";
import { createDriver, Db } from "../../server/src/db/driver.ts";
import { freePort } from "../../server/src/db/local-neo4j.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, silentLog, testConfig, testDb } from "../helpers.ts";

// Expected values are read off the fixture's table in test/fixtures/small-chain.ts.
const db = testDb();
const config = testConfig({ homeRegion: "HOME", env: "production" });
let lastContext: GraphQLContext | undefined;
const yoga = createGraphQL({ db, config, log: silentLog, onContext: (ctx) => (lastContext = ctx) });

beforeAll(() => loadFixture(db, smallFixture));
afterAll(() => db.driver.close());

describe("chains and coverage", () => {
  it("lists the chain's leaves in tree order with coverage of the home region (k = 3)", async () => {
    const r = await gql<{
      chain: {
        segments: { id: string; coverage: { localCount: number; totalCount: number; status: string } }[];
      };
    }>(yoga, `{ chain(id: "T") { segments { id coverage { localCount totalCount status } } } }`);
    expect(r.errors).toBeUndefined();
    expect(
      r.data?.chain.segments.map((s) => [
        s.id,
        s.coverage.localCount,
        s.coverage.totalCount,
        s.coverage.status,
      ]),
    ).toEqual([
      ["A1", 0, 3, "MISSING"], // d1 is in the city, not the park
      ["A2", 0, 2, "MISSING"],
      ["B1", 3, 3, "PRESENT"], // h1, h2, h4
      ["B2", 2, 2, "WEAK"], // h3, and h2 as a secondary segment
      ["B3", 0, 1, "MISSING"],
    ]);
  });

  it("counts a region's whole subtree when asked for another region", async () => {
    const r = await gql<{ chain: { segments: { id: string; coverage: { localCount: number } }[] } }>(
      yoga,
      `{ chain(id: "T") { segments { id coverage(regionCode: "C1") { localCount } } } }`,
    );
    expect(r.data?.chain.segments.map((s) => s.coverage.localCount)).toEqual([1, 0, 3, 2, 0]);
  });

  it("gives sub-chains, parents, FEEDS and neighbours", async () => {
    const r = await gql<{
      chain: {
        segments: { id: string; isLeaf: boolean }[];
        feeds: { from: { id: string }; to: { id: string }; weight: number }[];
      };
      segment: {
        parent: { id: string };
        upstream: { id: string }[];
        downstream: { id: string }[];
        keyTech: boolean;
        stage: string;
      };
    }>(
      yoga,
      `{ chain(id: "T") { segments(leavesOnly: false) { id isLeaf } feeds { from { id } to { id } weight } }
         segment(id: "B1") { parent { id } upstream { id } downstream { id } keyTech stage } }`,
    );
    expect(r.data?.chain.segments.map((s) => s.id)).toEqual(["T-A", "A1", "A2", "T-B", "B1", "B2", "B3"]);
    expect(r.data?.chain.feeds.map((f) => `${f.from.id}>${f.to.id}:${f.weight}`)).toEqual([
      "A1>B1:1",
      "A2>B1:0.5",
      "B1>B2:1",
      "B1>B3:1",
    ]);
    expect(r.data?.segment).toEqual({
      parent: { id: "T-B" },
      upstream: [{ id: "A1" }, { id: "A2" }],
      downstream: [{ id: "B2" }, { id: "B3" }],
      keyTech: false,
      stage: "MIDSTREAM",
    });
  });

  it("answers without N+1: one query per batch, not per segment", async () => {
    const r = await gql(
      yoga,
      `{ chain(id: "T") { segments { id chain { id } parent { id } coverage { status }
           upstream { id } downstream { id } }
         feeds { from { id } to { id } } } }`,
    );
    expect(r.errors).toBeUndefined();
    // chain, segments, coverage, upstream, downstream, feeds: one query each; segment records for
    // parents and feed ends: one or two batches, depending on which resolves first. Resolving
    // per segment would take at least 5 × 4 = 20.
    expect(lastContext?.stats.queries).toBeGreaterThanOrEqual(7);
    expect(lastContext?.stats.queries).toBeLessThanOrEqual(8);
  });
});

describe("company lists", () => {
  const walk = async (filter: Record<string, unknown>, first: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const r: {
        data?: {
          companies: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string } }[];
          };
        };
      } = await gql(
        yoga,
        `query($f: CompanyFilter, $first: Int, $after: String) {
          companies(filter: $f, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { f: filter, first, after },
      );
      const c = r.data!.companies;
      total = c.totalCount;
      ids.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    return { ids, total };
  };

  it("walks every page once, ordered by revenue (unknown last) then id, ties included", async () => {
    const { ids, total } = await walk({ chainId: "T" }, 2);
    expect(total).toBe(10);
    expect(ids).toEqual(["de1", "d1", "h1", "c2a", "h2", "h4", "c2b", "c2c", "de2", "h3"]);
  });

  it("filters by region subtree, listing, revenue, source and segment", async () => {
    expect((await walk({ regionCode: "C1" }, 100)).ids).toEqual(["d1", "h1", "h2", "h4", "h3"]);
    expect((await walk({ listed: true }, 100)).ids).toEqual(["de1", "h1"]);
    expect((await walk({ minRevenue: 300 }, 100)).ids).toEqual(["de1", "d1", "h1", "c2a", "h2", "h4"]);
    expect((await walk({ source: "IMPORTED", regionCode: "DE" }, 100)).ids).toEqual(["de1", "de2"]);
    expect((await walk({ segmentId: "B1", regionCode: "HOME" }, 100)).ids).toEqual(["h1", "h2", "h4"]);
    expect((await walk({ source: "SYNTHETIC" }, 100)).total).toBe(0);
  });

  it("refuses first above 100 and a forged cursor with BAD_USER_INPUT naming the argument", async () => {
    const big = await gql(yoga, `{ companies(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await gql(yoga, `{ companies(after: "nonsense") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const negative = await gql(yoga, `{ companies(filter: { minRevenue: -1 }) { totalCount } }`);
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.minRevenue",
    });
  });
});

describe("companies, search and networks", () => {
  it("finds companies and segments by Chinese and English names", async () => {
    const q = `query($t: String!) { search(text: $t) { __typename ... on Company { id } ... on Segment { id } } }`;
    const ids = async (t: string) =>
      ((await gql<{ search: { __typename: string; id: string }[] }>(yoga, q, { t })).data?.search ?? []).map(
        (h) => `${h.__typename}:${h.id}`,
      );
    expect(await ids("阿尔法")).toEqual(["Company:h1"]);
    expect(await ids("deutsch")).toEqual(["Company:de1", "Company:de2"].sort());
    expect((await ids("晶圆")).sort()).toEqual(["Company:de1", "Segment:A1"]);
    expect(await ids("test plants")).toEqual(["Segment:B3"]);
    expect(await ids("((*")).toEqual([]);
  });

  it("shows a company with its region, segments, ties and group facts", async () => {
    const r = await gql<Record<string, unknown>>(
      yoga,
      `{ company(id: "h2") { isLocal source region { code isLocal } segments { primary segment { id } }
          suppliers { id } customers { id } alliances { id } } missing: company(id: "nope") { id } }`,
    );
    expect(r.data).toEqual({
      company: {
        isLocal: true,
        source: "IMPORTED",
        region: { code: "HOME", isLocal: true },
        segments: [
          { primary: true, segment: { id: "B1" } },
          { primary: false, segment: { id: "B2" } },
        ],
        suppliers: [{ id: "c2b" }],
        customers: [{ id: "c2c" }],
        alliances: [{ id: "AL" }],
      },
      missing: null,
    });
  });

  it("keeps the largest neighbours first and says when the network was cut", async () => {
    const q = `query($d: Int, $l: Int) { company(id: "h1") { network(depth: $d, limit: $l) {
      truncated totalCompanies nodes { id depth kind } edges { source target kind } } } }`;
    type Net = {
      company: {
        network: {
          truncated: boolean;
          totalCompanies: number;
          nodes: { id: string; depth: number; kind: string }[];
          edges: { source: string; target: string; kind: string }[];
        };
      };
    };
    const cut = (await gql<Net>(yoga, q, { d: 1, l: 2 })).data!.company.network;
    expect(cut.truncated).toBe(true);
    expect(cut.totalCompanies).toBe(4); // d1, c2a, de1, h3
    expect(cut.nodes.filter((n) => n.kind === "COMPANY").map((n) => n.id)).toEqual([
      "company:h1",
      "company:de1",
      "company:d1",
    ]);
    expect(cut.nodes.filter((n) => n.kind === "SEGMENT").map((n) => n.id)).toEqual(["segment:B1"]);
    const two = (await gql<Net>(yoga, q, { d: 2, l: 50 })).data!.company.network;
    expect(two.truncated).toBe(false);
    expect(two.totalCompanies).toBe(5); // + h4 through h3
    expect(two.nodes.find((n) => n.id === "company:h4")?.depth).toBe(2);
    expect(two.edges.filter((e) => e.kind === "SUPPLIES").map((e) => `${e.source}>${e.target}`)).toEqual([
      "company:c2a>company:h1",
      "company:d1>company:h1",
      "company:de1>company:h1",
      "company:h1>company:h3",
      "company:h4>company:h3",
    ]);
    const bad = await gql(yoga, `{ company(id: "h1") { network(depth: 4) { truncated } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "depth" });
  });

  it("knows its regions and home", async () => {
    const r = await gql<Record<string, unknown>>(
      yoga,
      `{ homeRegion { code level parent { code } } regions(parentCode: "C1") { code } countries: regions(level: COUNTRY) { code } }`,
    );
    expect(r.data).toEqual({
      homeRegion: { code: "HOME", level: "PARK", parent: { code: "C1" } },
      regions: [{ code: "D1" }, { code: "HOME" }],
      countries: [{ code: "CN" }, { code: "DE" }],
    });
  });
});

describe("alliances", () => {
  it("lists a member's partners inside its alliance, with existing ties", async () => {
    const r = await gql<{
      alliance: {
        memberCount: number;
        partners: {
          relation: string;
          existingTie: boolean;
          company: { id: string };
          via: { id: string }[];
        }[];
      };
    }>(
      yoga,
      `{ alliance(id: "AL") { memberCount partners(companyId: "h1") { relation existingTie company { id } via { id } } } }`,
    );
    expect(r.data?.alliance.memberCount).toBe(5);
    expect(
      r.data?.alliance.partners.map((p) => [p.relation, p.company.id, p.existingTie, p.via.map((v) => v.id)]),
    ).toEqual([
      ["SUPPLIER", "de1", true, ["A1"]],
      ["SUPPLIER", "c2b", false, ["A2"]],
      ["CUSTOMER", "c2c", false, ["B3"]],
      ["CUSTOMER", "h2", false, ["B2"]],
      ["PEER", "h2", false, ["B1"]],
    ]);
  });

  it("shows nothing beyond the alliance: a non-member is refused", async () => {
    const r = await gql(yoga, `{ alliance(id: "AL") { partners(companyId: "d1") { relation } } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "companyId" });
  });
});

describe("error codes", () => {
  it("NOT_FOUND when the configured home region is not in the graph", async () => {
    const other = createGraphQL({ db, config: { ...config, homeRegion: "NOWHERE" }, log: silentLog });
    const r = await gql(other, `{ homeRegion { code } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("DATABASE_UNAVAILABLE when Neo4j cannot be reached", async () => {
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      user: "neo4j",
      password: "",
      database: undefined,
    });
    const down = createGraphQL({ db: new Db(driver, undefined), config, log: silentLog });
    const r = await gql(down, `{ chains { id } }`);
    await driver.close();
    expect(r.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(r.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|stack/i);
  });

  it("INTERNAL_SERVER_ERROR, masked, when a query fails for another reason", async () => {
    // A real failure: the full-text index the search needs is gone.
    await db.write((tx) => tx.run("DROP INDEX company_names IF EXISTS"));
    try {
      const r = await gql(yoga, `{ search(text: "alpha") { __typename } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(r.errors?.[0]?.message).toBe("Unexpected error.");
      expect(JSON.stringify(r.errors)).not.toMatch(/company_names/);
    } finally {
      await db.write((tx) =>
        tx.run(
          "CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameZh] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
        ),
      );
      await db.write((tx) => tx.run("CALL db.awaitIndexes(60)"));
    }
  });
});
