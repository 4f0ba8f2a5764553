import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadSeedGraph } from "../../graph-seed/src/loader.ts";
import { writeGraph } from "../../server/src/graph-writes/index.ts";
import { poolCounters } from "../../server/src/targets/index.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { targetsCatalog, targetsFixture } from "../fixtures/targets.ts";
import { gql, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * Expected scores, worked out by hand from the table in test/fixtures/targets.ts with the default
 * weights fit 0.2, ties 0.2, scale 0.15, growth 0.1, innovation 0.1, listed 0.05, proximity 0.15,
 * alliance 0.05.
 *
 * Pool of A1 (non-local companies in A1): k1, k2, k3 (secondary), k4, k5. l1 is local.
 * - scale: revenue known for k2 200 < k1 1000 < k4 5000 → percentiles 0, 0.5, 1. k3 has no revenue
 *   but a registered capital: capitals known k2 30 < k3 50 < k1 150 < k4 800 → k3 = 1/3. k5 has
 *   neither → imputed 0.5.
 * - growth: k4 −0.05 < k2 0.10 < k5 0.20 < k1 0.30 → 0, 1/3, 2/3, 1; k3 imputed 0.5.
 * - innovation (rd): k2 0.02 < k1 0.08 < k4 0.12 → 0, 0.5, 1; k3, k5 imputed 0.5.
 * - ties: k1 supplies h1, h2 and buys from h1 → 2 distinct; k2 buys from h1 → 1; k4→k1 is no local
 *   tie. max 2 → k1 = log 3/log 3 = 1, k2 = log 2/log 3 = 0.6309298, others 0.
 * - proximity: k1 0.8006029 (own coordinates), k2 0.8947642, k3 0.1081862, k4 0.0012662,
 *   k5 0.6409651 (its region's coordinates).
 * - alliance: k1 (AL has local h1); k4's AX has no local member → 0.
 *
 *   k1: .2 + .2 + .15·.5 + .1·1 + .1·.5 + .05 + .15·.8006029 + .05          = 0.8450904
 *   k2: .2 + .2·.6309298 + 0 + .1/3 + 0 + 0 + .15·.8947642                   = 0.4937339
 *   k3: .2·.5 + 0 + .15/3 + .1·.5 + .1·.5 + 0 + .15·.1081862                 = 0.2662279
 *   k4: .2 + 0 + .15 + 0 + .1 + .05 + .15·.0012662                           = 0.5001899
 *   k5: .2 + 0 + .15·.5 + .1·2/3 + .1·.5 + 0 + .15·.6409651                  = 0.4878114
 * Ranking: k1, k4, k2, k5, k3.
 */
const A1 = [
  ["k1", 0.8450904],
  ["k4", 0.5001899],
  ["k2", 0.4937339],
  ["k5", 0.4878114],
  ["k3", 0.2662279],
] as const;

const db = testDb();
const config = testConfig({ homeRegion: "320671", env: "production" });
const yoga = createGraphQL({ db, config, log: silentLog });

beforeAll(() => loadFixture(db, targetsFixture));
afterAll(() => db.driver.close());

interface Feature {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  imputed: boolean;
}
interface TargetNode {
  company: { id: string };
  segment: { id: string };
  score: number;
  features: Feature[];
  reasons: string[];
  localTies: { id: string }[];
  leadStatus: string | null;
}
interface TargetsData {
  targets: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: TargetNode }[];
  };
}

const TARGETS = `
query T($segmentId: ID, $chainId: ID, $filter: TargetFilter, $weights: TargetWeightsInput, $first: Int, $after: String, $lang: Lang) {
  targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, weights: $weights, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      company { id } segment { id } score leadStatus
      features { name value weight contribution imputed }
      reasons(lang: $lang)
      localTies { id }
    } }
  }
}`;

const targets = (vars: Record<string, unknown>) => gql<TargetsData>(yoga, TARGETS, vars);
const ids = (r: { data?: TargetsData }) => r.data?.targets.edges.map((e) => e.node.company.id);

describe("targets for one segment", () => {
  it("ranks the non-local companies of the segment with the hand-computed scores", async () => {
    const r = await targets({ segmentId: "A1" });
    expect(r.errors).toBeUndefined();
    expect(r.data?.targets.totalCount).toBe(5);
    const got = r.data!.targets.edges.map((e) => [e.node.company.id, e.node.score] as const);
    expect(got.map(([id]) => id)).toEqual(A1.map(([id]) => id));
    got.forEach(([, score], i) => expect(score).toBeCloseTo(A1[i]![1], 6));
  });

  it("reports every feature, with score = Σ contribution and unknowns flagged as imputed", async () => {
    const r = await targets({ segmentId: "A1" });
    const byId = new Map(r.data!.targets.edges.map((e) => [e.node.company.id, e.node]));
    for (const node of byId.values()) {
      expect(node.features.map((f) => f.name)).toEqual([
        "fit",
        "ties",
        "scale",
        "growth",
        "innovation",
        "listed",
        "proximity",
        "alliance",
      ]);
      expect(node.features.reduce((a, f) => a + f.contribution, 0)).toBeCloseTo(node.score, 9);
    }
    const value = (id: string, name: string) => byId.get(id)!.features.find((f) => f.name === name)!;
    expect(value("k2", "ties").value).toBeCloseTo(Math.log(2) / Math.log(3), 9);
    expect(value("k3", "fit").value).toBe(0.5); // A1 is k3's secondary segment
    expect(value("k3", "scale")).toMatchObject({ imputed: false }); // capital stands in for revenue
    expect(value("k3", "scale").value).toBeCloseTo(1 / 3, 9);
    expect(value("k3", "growth")).toMatchObject({ value: 0.5, imputed: true });
    expect(value("k5", "scale")).toMatchObject({ value: 0.5, imputed: true });
    expect(value("k5", "innovation")).toMatchObject({ value: 0.5, imputed: true });
    expect(value("k5", "growth")).toMatchObject({ imputed: false });
    expect(value("k5", "growth").value).toBeCloseTo(2 / 3, 9);
    expect(value("k4", "alliance").value).toBe(0); // AX has no local member
    expect(value("k1", "alliance").value).toBe(1);
    expect(value("k1", "proximity").value).toBeCloseTo(0.8006029, 6); // own coordinates, not its region's
  });

  it("explains in Chinese and English, strongest contribution first, then what was unknown", async () => {
    const zh = await targets({ segmentId: "A1", lang: "ZH" });
    const en = await targets({ segmentId: "A1", lang: "EN" });
    const k1 = zh.data!.targets.edges[0]!.node;
    // k1's contributions: fit .2 = ties .2 > proximity .12 > growth .1 > scale .075 > innovation,
    // listed, alliance .05 (innovation at the 50th percentile speaks too).
    expect(k1.reasons).toEqual([
      "主营测试多晶硅",
      "已向本区 2 家企业供货，已从本区 1 家企业采购",
      "长三角内，距离 111 公里",
      "营收增速 +30%，位于候选企业前 1%",
      "营收规模位于候选企业前 50%",
      "研发投入占营收 8%，位于候选企业前 50%",
      "上市公司",
      "同属南通测试产业联盟",
    ]);
    expect(en.data!.targets.edges[0]!.node.reasons.slice(0, 3)).toEqual([
      "Main business: Test polysilicon",
      "Already supplies 2 local companies and buys from 1 local company",
      "In the Yangtze River Delta, 111 km away",
    ]);
    const k3 = zh.data!.targets.edges.find((e) => e.node.company.id === "k3")!.node;
    // Shenzhen is not in the delta; revenue unknown (capital used), growth and R&D unknown.
    expect(k3.reasons).toEqual([
      "兼营测试多晶硅",
      "距离 1,112 公里",
      "营收未知，规模按注册资本计",
      "营收增速未知，按中位数计",
      "研发强度未知，按中位数计",
    ]);
    const k5 = zh.data!.targets.edges.find((e) => e.node.company.id === "k5")!.node;
    expect(k5.reasons).toContain("营收与注册资本未知，规模按中位数计");
  });

  it("lists the local companies a target already supplies or buys from", async () => {
    const r = await targets({ segmentId: "A1" });
    const ties = Object.fromEntries(
      r.data!.targets.edges.map((e) => [e.node.company.id, e.node.localTies.map((c) => c.id)]),
    );
    expect(ties).toEqual({ k1: ["h1", "h2"], k2: ["h1"], k3: [], k4: [], k5: [] });
  });

  it("honours weight overrides and breaks equal scores by company id", async () => {
    // Fit alone: the four primary companies score 1 and come in id order, k3 (secondary) 0.5 last.
    const r = await targets({
      segmentId: "A1",
      weights: { fit: 1, ties: 0, scale: 0, growth: 0, innovation: 0, listed: 0, proximity: 0, alliance: 0 },
    });
    expect(r.data?.targets.edges.map((e) => [e.node.company.id, e.node.score])).toEqual([
      ["k1", 1],
      ["k2", 1],
      ["k4", 1],
      ["k5", 1],
      ["k3", 0.5],
    ]);
  });

  it("walks every candidate exactly once, page by page, whatever the page size", async () => {
    for (const first of [1, 2, 3]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const r: Awaited<ReturnType<typeof targets>> = await targets({
          segmentId: "A1",
          first,
          after,
          weights: { ties: 0, scale: 0, growth: 0, innovation: 0, listed: 0, proximity: 0, alliance: 0 },
        });
        expect(r.errors).toBeUndefined();
        seen.push(...ids(r)!);
        if (!r.data!.targets.pageInfo.hasNextPage) break;
        after = r.data!.targets.pageInfo.endCursor;
      }
      expect(seen).toEqual(["k1", "k2", "k4", "k5", "k3"]);
    }
    const all: string[] = [];
    let after: string | null = null;
    do {
      const r: Awaited<ReturnType<typeof targets>> = await targets({ segmentId: "A1", first: 2, after });
      all.push(...ids(r)!);
      after = r.data!.targets.pageInfo.hasNextPage ? r.data!.targets.pageInfo.endCursor : null;
    } while (after !== null);
    expect(all).toEqual(A1.map(([id]) => id));
  });

  it("filters without changing anyone's score (percentiles are over the whole pool)", async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ provinces: ["310000"] }, ["k1", "k5"]],
      [{ provinces: ["320000"] }, ["k2"]],
      [{ countries: ["DE"] }, ["k4"]],
      [{ countries: ["CN"] }, ["k1", "k2", "k5", "k3"]],
      [{ minRevenue: 500 }, ["k1", "k4"]], // unknown revenue is left out
      [{ listed: true }, ["k1", "k4"]],
      [{ listed: false }, ["k2", "k5", "k3"]],
      [{ source: "PUBLIC" }, ["k3"]],
      [{ provinces: ["310000"], minRevenue: 0 }, ["k1"]],
    ];
    for (const [filter, expected] of cases) {
      const r = await targets({ segmentId: "A1", filter });
      expect(r.errors, JSON.stringify(filter)).toBeUndefined();
      expect(ids(r), JSON.stringify(filter)).toEqual(expected);
      expect(r.data?.targets.totalCount).toBe(expected.length);
    }
    const k5 = await targets({ segmentId: "A1", filter: { provinces: ["310000"] } });
    expect(k5.data!.targets.edges[1]!.node.score).toBeCloseTo(0.4878114, 6);
  });
});

describe("targets for every gap of a chain", () => {
  /*
   * Gaps of chain T for 320671: A1 (CONSOLIDATE, 1 local), A2 (FILL). B1 has 3 local companies.
   * Pool of A2: k3 (primary), k7.
   * - scale: revenue known only for k7 → 0.5 (a single value is the median); k3 by capital:
   *   k3 50 < k7 60 → 0.
   * - growth, rd known only for k7 → 0.5; k3 imputed 0.5. ties: k7→h3 → max 1 → k7 1, k3 0.
   *   k7: .2 + .2 + .15·.5 + .1·.5 + .1·.5 + 0 + .15·.8947642 + 0 = 0.7092146
   *   k3: .2 + 0 + 0 + .05 + .05 + 0 + .15·.1081862 + 0          = 0.3162279 (> 0.2662279 in A1)
   * Each company once, for its best segment: k1 .845 A1, k7 .709 A2, k4 .500 A1, k2 .494 A1,
   * k5 .488 A1, k3 .316 A2.
   */
  it("ranks all gap segments, each company once for its best-scoring segment", async () => {
    const r = await targets({ chainId: "T" });
    expect(r.errors).toBeUndefined();
    const got = r.data!.targets.edges.map(
      (e) => [e.node.company.id, e.node.segment.id, e.node.score] as const,
    );
    expect(got.map(([id, seg]) => `${id}@${seg}`)).toEqual([
      "k1@A1",
      "k7@A2",
      "k4@A1",
      "k2@A1",
      "k5@A1",
      "k3@A2",
    ]);
    expect(got[1]![2]).toBeCloseTo(0.7092146, 6);
    expect(got[5]![2]).toBeCloseTo(0.3162279, 6);
    expect(r.data!.targets.totalCount).toBe(6);
  });

  it("with segmentId and chainId, ranks the segment if it belongs to the chain", async () => {
    const r = await targets({ chainId: "T", segmentId: "A2" });
    expect(ids(r)).toEqual(["k7", "k3"]);
    const bad = await targets({ chainId: "T", segmentId: "NOPE" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("bad input", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["no segment nor chain", {}, "BAD_USER_INPUT", "segmentId"],
    ["a sub-chain", { segmentId: "T-A" }, "BAD_USER_INPUT", "segmentId"],
    ["unknown segment", { segmentId: "ZZ" }, "NOT_FOUND", ""],
    ["unknown chain", { chainId: "ZZ" }, "NOT_FOUND", ""],
    ["negative weight", { segmentId: "A1", weights: { ties: -1 } }, "BAD_USER_INPUT", "weights.ties"],
    [
      "all weights zero",
      {
        segmentId: "A1",
        weights: {
          fit: 0,
          ties: 0,
          scale: 0,
          growth: 0,
          innovation: 0,
          listed: 0,
          proximity: 0,
          alliance: 0,
        },
      },
      "BAD_USER_INPUT",
      "weights",
    ],
    ["first over 100", { segmentId: "A1", first: 101 }, "BAD_USER_INPUT", "first"],
    [
      "unknown province",
      { segmentId: "A1", filter: { provinces: ["999999"] } },
      "BAD_USER_INPUT",
      "filter.provinces",
    ],
    [
      "lower-case country",
      { segmentId: "A1", filter: { countries: ["de"] } },
      "BAD_USER_INPUT",
      "filter.countries",
    ],
    [
      "a province as country",
      { segmentId: "A1", filter: { countries: ["320000"] } },
      "BAD_USER_INPUT",
      "filter.countries",
    ],
    [
      "negative revenue",
      { segmentId: "A1", filter: { minRevenue: -1 } },
      "BAD_USER_INPUT",
      "filter.minRevenue",
    ],
    ["bad cursor", { segmentId: "A1", after: "garbage" }, "BAD_USER_INPUT", "after"],
  ];
  it.each(cases)("%s", async (_, vars, code, field) => {
    const r = await targets(vars);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(r.errors?.[0]?.extensions?.field).toBe(field);
  });

  it("refuses an unknown home region", async () => {
    const r = await gql(yoga, `{ targets(segmentId: "A1", regionCode: "000000") { totalCount } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "regionCode" });
  });
});

describe("saved target lists", () => {
  const SAVE = `mutation S($name: String!, $segmentId: ID, $chainId: ID, $size: Int, $filter: TargetFilter, $weights: TargetWeightsInput) {
    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, size: $size, filter: $filter, weights: $weights) {
      id name segment { id } chain { id } regionCode itemCount weights { fit ties } filter { listed }
      items { rank score status note company { id } segment { id } features { name contribution } }
    }
  }`;
  const UPDATE = `mutation U($listId: ID!, $companyId: ID!, $version: Int!, $status: TargetStatus, $note: String) {
    updateTargetItem(listId: $listId, companyId: $companyId, version: $version, status: $status, note: $note) {
      status note rank updatedAt version list { id } company { id }
    }
  }`;
  interface Saved {
    saveTargetList: {
      id: string;
      itemCount: number;
      items: {
        rank: number;
        score: number;
        status: string;
        company: { id: string };
        segment: { id: string };
      }[];
      weights: { fit: number; ties: number };
      segment: { id: string } | null;
      chain: { id: string } | null;
    };
  }
  let listId = "";

  it("saves the top of a ranking as a snapshot whose items start as NEW", async () => {
    const r = await gql<Saved>(yoga, SAVE, {
      name: "多晶硅招商 2025",
      segmentId: "A1",
      size: 3,
      weights: { ties: 0.3 },
    });
    expect(r.errors).toBeUndefined();
    const list = r.data!.saveTargetList;
    listId = list.id;
    // ties 0.3 instead of 0.2 adds 0.1·ties: k1 +0.1 → 0.9450904; k2 +0.0630930 → 0.5568269; k4 0.5001899.
    expect(list.items.map((i) => [i.rank, i.company.id, i.status, i.segment.id])).toEqual([
      [1, "k1", "NEW", "A1"],
      [2, "k2", "NEW", "A1"],
      [3, "k4", "NEW", "A1"],
    ]);
    expect(list.items[0]!.score).toBeCloseTo(0.9450904, 6);
    expect(list.items[1]!.score).toBeCloseTo(0.5568269, 6);
    expect(list).toMatchObject({
      itemCount: 3,
      weights: { fit: 0.2, ties: 0.3 },
      segment: { id: "A1" },
      chain: null,
    });
  });

  it("updates status and note, and shows the latest status as leadStatus in later rankings", async () => {
    const u = await gql<{ updateTargetItem: { status: string; note: string | null; rank: number } }>(
      yoga,
      UPDATE,
      {
        listId,
        companyId: "k4",
        version: 1,
        status: "CONTACTED",
        note: "已联系董秘办，=SUM(A1) 下周回访",
      },
    );
    expect(u.errors).toBeUndefined();
    expect(u.data?.updateTargetItem).toMatchObject({
      status: "CONTACTED",
      rank: 3,
      version: 2,
      note: "已联系董秘办，=SUM(A1) 下周回访",
    });
    // Note alone keeps the status.
    const n = await gql<{ updateTargetItem: { status: string; note: string | null } }>(yoga, UPDATE, {
      listId,
      companyId: "k4",
      version: 2,
      note: "",
    });
    expect(n.data?.updateTargetItem).toMatchObject({ status: "CONTACTED", note: null, version: 3 });

    const r = await targets({ segmentId: "A1" });
    const status = Object.fromEntries(
      r.data!.targets.edges.map((e) => [e.node.company.id, e.node.leadStatus]),
    );
    expect(status).toEqual({ k1: "NEW", k4: "CONTACTED", k2: "NEW", k5: null, k3: null });

    // A second list with k4 whose item is updated later: the most recent status wins.
    const second = await gql<Saved>(yoga, SAVE, { name: "second", segmentId: "A1", size: 2 });
    const secondId = second.data!.saveTargetList.id;
    expect(second.data!.saveTargetList.items.map((i) => i.company.id)).toEqual(["k1", "k4"]);
    await gql(yoga, UPDATE, { listId: secondId, companyId: "k4", version: 1, status: "VISITED" });
    const again = await targets({ segmentId: "A1", filter: { countries: ["DE"] } });
    expect(again.data!.targets.edges[0]!.node.leadStatus).toBe("VISITED");
  });

  it("leaves companies already in a list out when asked", async () => {
    const r = await targets({ segmentId: "A1", filter: { excludeInLists: true } });
    expect(ids(r)).toEqual(["k5", "k3"]);
  });

  it("refuses bad updates", async () => {
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ listId: "tl-nope", companyId: "k1", version: 1, status: "SIGNED" }, "NOT_FOUND", undefined],
      [{ listId, companyId: "k5", version: 1, status: "SIGNED" }, "NOT_FOUND", undefined], // not in the list
      [{ listId, companyId: "k1", version: 1, note: "x".repeat(2001) }, "BAD_USER_INPUT", "note"],
      [{ listId, companyId: "k1", version: 1 }, "BAD_USER_INPUT", "status"],
    ];
    for (const [vars, code, field] of cases) {
      const r = await gql(yoga, UPDATE, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    const ok = await gql(yoga, UPDATE, { listId, companyId: "k1", version: 1, note: "x".repeat(2000) });
    expect(ok.errors).toBeUndefined();
    const bad = await gql(yoga, SAVE, { name: " ", segmentId: "A1" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    const big = await gql(yoga, SAVE, { name: "big", segmentId: "A1", size: 1001 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "size" });
  });

  it("saves a chain-mode list with each item's segment", async () => {
    const r = await gql<Saved>(yoga, SAVE, { name: "链招商", chainId: "T", size: 2 });
    expect(r.data!.saveTargetList.chain).toEqual({ id: "T" });
    expect(r.data!.saveTargetList.items.map((i) => `${i.company.id}@${i.segment.id}`)).toEqual([
      "k1@A1",
      "k7@A2",
    ]);
  });

  it("survives a restart: a new driver and a new app read the list back", async () => {
    const db2 = testDb();
    try {
      const yoga2 = createGraphQL({ db: db2, config, log: silentLog });
      const r = await gql<{
        targetList: {
          name: string;
          items: { company: { id: string }; status: string; note: string | null }[];
        };
        targetLists: { id: string; name: string }[];
      }>(
        yoga2,
        `query L($id: ID!) { targetList(id: $id) { name items { company { id } status note } }
           targetLists { id name } }`,
        { id: listId },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.targetList?.name).toBe("多晶硅招商 2025");
      expect(r.data?.targetList?.items.map((i) => [i.company.id, i.status])).toEqual([
        ["k1", "NEW"],
        ["k2", "NEW"],
        ["k4", "CONTACTED"],
      ]);
      expect(r.data?.targetList?.items[0]?.note).toBe("x".repeat(2000));
      // Newest first.
      expect(r.data?.targetLists.map((l) => l.name)).toEqual(["链招商", "second", "多晶硅招商 2025"]);
      const missing = await gql<{ targetList: null }>(yoga2, `{ targetList(id: "tl-nope") { id } }`);
      expect(missing.data?.targetList).toBeNull();
    } finally {
      await db2.driver.close();
    }
  });

  it("refuses a stale edit: nothing written, the error names who changed what and holds the item now", async () => {
    const saved = await gql<Saved>(yoga, SAVE, { name: "two recruiters", segmentId: "A1", size: 1 });
    const id = saved.data!.saveTargetList.id;
    expect(saved.data!.saveTargetList.items[0]!.company.id).toBe("k1");
    const item = `{ targetList(id: "${id}") { items { status note version } } }`;
    expect((await gql<{ targetList: { items: unknown[] } }>(yoga, item)).data?.targetList.items).toEqual([
      { status: "NEW", note: null, version: 1 },
    ]);
    // Both loaded version 1. A saves a status first (→ version 2) ...
    const a = await gql<{ updateTargetItem: { version: number } }>(yoga, UPDATE, {
      listId: id,
      companyId: "k1",
      version: 1,
      status: "VISITED",
    });
    expect(a.data?.updateTargetItem.version).toBe(2);
    // ... then B, still on version 1, saves a note: refused, and A's status stays.
    const b = await gql(yoga, UPDATE, { listId: id, companyId: "k1", version: 1, note: "B 的备注" });
    expect(b.data).toBeNull();
    expect(b.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "version",
      current: { version: 2, status: "VISITED", note: null, changed: ["status"] },
    });
    expect(b.errors?.[0]?.message).toMatch(
      /^this item was changed since you loaded it \(your version 1, now 2\) by \S+ at \S+: status is now VISITED; nothing was saved$/,
    );
    expect((await gql<{ targetList: { items: unknown[] } }>(yoga, item)).data?.targetList.items).toEqual([
      { status: "VISITED", note: null, version: 2 },
    ]);
    // B retries on version 2: saved, version 3; a version from the future is refused too.
    const retry = await gql(yoga, UPDATE, { listId: id, companyId: "k1", version: 2, note: "B 的备注" });
    expect(retry.data?.updateTargetItem).toMatchObject({ status: "VISITED", note: "B 的备注", version: 3 });
    const ahead = await gql(yoga, UPDATE, { listId: id, companyId: "k1", version: 9, status: "NEW" });
    expect(ahead.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      current: { version: 3, note: "B 的备注", changed: ["note"] },
    });
    const zero = await gql(yoga, UPDATE, { listId: id, companyId: "k1", version: 0, status: "NEW" });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "version" });
  });

  it("lets exactly one of two simultaneous edits on the same version through", async () => {
    const saved = await gql<Saved>(yoga, SAVE, { name: "race", segmentId: "A1", size: 1 });
    const id = saved.data!.saveTargetList.id;
    const results = await Promise.all(
      (["CONTACTED", "SIGNED"] as const).map((status) =>
        gql(yoga, UPDATE, { listId: id, companyId: "k1", version: 1, status }),
      ),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.code : "OK")).sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
  });

  it("refuses to save an empty list, naming the argument that left the ranking empty", async () => {
    const r = await gql(yoga, SAVE, { name: "nothing", segmentId: "A1", filter: { minRevenue: 1e9 } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter" });
    expect(r.errors?.[0]?.message).toBe("the ranking has no targets to save; widen filter");
  });
});

describe("the per-process cache of candidate pools", () => {
  // A fresh graph (and so a fresh presence token) for this block: earlier blocks saved lists.
  beforeAll(() => loadFixture(db, targetsFixture));

  const scores = async () => {
    const r = await targets({ segmentId: "A1" });
    expect(r.errors).toBeUndefined();
    return r.data!.targets.edges.map((e) => [e.node.company.id, Number(e.node.score.toFixed(7))]);
  };
  const presenceVersion = async () => {
    const [row] = await db.query<{ version: number }>(
      "MATCH (i:PresenceInfo {id: 'presence'}) RETURN i.version AS version",
    );
    return row?.version;
  };

  it("ranks a company the loader adds (the loader refreshes the presence)", async () => {
    // k8 in Shanghai 310100, primary in A1, nothing else known: scale, growth and innovation at the
    // median 0.5, no tie, not listed, no alliance, proximity of 310100 (0.6409651):
    //   .2 + .15·.5 + .1·.5 + .1·.5 + .15·.6409651 = 0.4711448.
    // It knows no revenue, capital, growth or R&D, so the others' percentiles stay as they were;
    // the reload also sets k1 listed again (from the catalog), so k1 is back at 0.8450904.
    await loadSeedGraph(db, {
      catalog: {
        ...targetsCatalog,
        companies: [
          ...targetsCatalog.companies,
          {
            id: "k8",
            name: "Company k8",
            nameZh: "上海新料",
            region: "310100",
            segments: [{ segment: "A1", primary: true }],
            source: "imported",
          },
        ],
      },
      scale: 0,
      seed: 1,
      homeRegion: "HOME",
    });
    expect(await scores()).toEqual([
      ["k1", 0.8450904],
      ["k4", 0.5001899],
      ["k2", 0.4937339],
      ["k5", 0.4878114],
      ["k8", 0.4711448],
      ["k3", 0.2662279],
    ]);
  });

  it("reads lead statuses on every request: lists do not refresh the presence", async () => {
    const version = await presenceVersion();
    const leadOf = async (id: string, filter?: Record<string, unknown>) => {
      const r = await targets({ segmentId: "A1", filter });
      return r.data!.targets.edges.find((e) => e.node.company.id === id)?.node.leadStatus;
    };
    expect(await leadOf("k1")).toBeNull();
    const saved = await gql<{ saveTargetList: { id: string } }>(
      yoga,
      `mutation { saveTargetList(name: "cache", segmentId: "A1", size: 1) { id } }`,
    );
    const listId = saved.data!.saveTargetList.id;
    expect(await leadOf("k1")).toBe("NEW");
    await gql(
      yoga,
      `mutation($listId: ID!) { updateTargetItem(listId: $listId, companyId: "k1", version: 1, status: SIGNED) { status } }`,
      { listId },
    );
    expect(await leadOf("k1")).toBe("SIGNED");
    expect(await leadOf("k1", { excludeInLists: true })).toBeUndefined();
    expect(await presenceVersion()).toBe(version);
  });

  it("keeps a chain's merged ranking across list edits and lays the new statuses over it", async () => {
    const chainLeads = async (filter?: Record<string, unknown>) => {
      const r = await targets({ chainId: "T", filter });
      expect(r.errors).toBeUndefined();
      return r.data!.targets.edges.map(
        (e) => `${e.node.company.id}@${e.node.segment.id}:${e.node.leadStatus}`,
      );
    };
    // Warm: the merged ranking of chain T (k8 added above, k1 SIGNED in the list of the last test).
    const before = await chainLeads();
    const merges = poolCounters.merges;
    const saved = await gql<{ saveTargetList: { id: string } }>(
      yoga,
      `mutation { saveTargetList(name: "chain cache", chainId: "T", size: 2) { id } }`,
    );
    const listId = saved.data!.saveTargetList.id;
    await gql(
      yoga,
      `mutation($listId: ID!) { updateTargetItem(listId: $listId, companyId: "k7", version: 1, status: VISITED) { status } }`,
      { listId },
    );
    const after = await chainLeads();
    // Same order and segments; k7's new status shows.
    expect(before.find((s) => s.startsWith("k7@"))).toBe("k7@A2:null");
    expect(after.map((s) => s.split(":")[0])).toEqual(before.map((s) => s.split(":")[0]));
    expect(after.find((s) => s.startsWith("k7@"))).toBe("k7@A2:VISITED");
    const excluded = await chainLeads({ excludeInLists: true });
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.some((s) => s.startsWith("k7@") || s.startsWith("k1@"))).toBe(false);
    // Three chain rankings after the edit, none merged again.
    expect(poolCounters.merges).toBe(merges);
  });
});

/*
 * Every kind of write that analyses read goes through the write path (server/src/graph-writes/),
 * which replaces the presence token in the write's own transaction: a warm process answers the
 * changed graph at once. Each test warms the caches, writes, then checks the new answer against
 * values worked out by hand from the fixture (see the top of this file) and against a cold process
 * (a new Db: caches are per Db) on the same database.
 */
describe("fresh answers after every kind of write", () => {
  beforeEach(() => loadFixture(db, targetsFixture));

  const GAPS = `query G($chainId: ID!) { gaps(chainId: $chainId) { completeness
      gaps { segment { id } type localCount score } } }`;
  interface GapsData {
    gaps: {
      completeness: number;
      gaps: { segment: { id: string }; type: string; localCount: number; score: number }[];
    };
  }
  const gapsOf = async (app = yoga) => {
    const r = await gql<GapsData>(app, GAPS, { chainId: "T" });
    expect(r.errors).toBeUndefined();
    return r.data!.gaps;
  };
  const gapTypes = async () => (await gapsOf()).gaps.map((g) => [g.segment.id, g.type, g.localCount]).sort();
  const ranking = async (vars: Record<string, unknown>, app = yoga) => {
    const r = await gql<TargetsData>(app, TARGETS, { first: 100, ...vars });
    expect(r.errors).toBeUndefined();
    return r.data!.targets.edges.map((e) => [e.node.company.id, Number(e.node.score.toFixed(7))]);
  };
  /** Warms gaps and both ranking modes, so that a stale cache would show. */
  const warm = async () => {
    await gapsOf();
    await ranking({ segmentId: "A1" });
    await ranking({ chainId: "T" });
  };
  /** The warm process answers as a cold one does. */
  const sameAsCold = async () => {
    const coldDb = testDb();
    const cold = createGraphQL({ db: coldDb, config, log: silentLog });
    try {
      expect(await gapsOf()).toEqual(await gapsOf(cold));
      expect(await ranking({ segmentId: "A1" })).toEqual(await ranking({ segmentId: "A1" }, cold));
      expect(await ranking({ chainId: "T" })).toEqual(await ranking({ chainId: "T" }, cold));
    } finally {
      await coldDb.driver.close();
    }
  };

  it("revenue: k2's revenue 200 → 6000 moves it to the top of the scale feature", async () => {
    await warm();
    await writeGraph(db, (g) => g.updateCompany("k2", { revenue: 6000 }));
    // Revenue known: k1 1000 < k4 5000 < k2 6000 → scale 0, 0.5, 1 (was 0.5, 1, 0):
    //   k1 0.8450904 − .15·.5 = 0.7700904; k4 0.5001899 − .15·.5 = 0.4251899; k2 0.4937339 + .15 = 0.6437339
    expect(await ranking({ segmentId: "A1" })).toEqual([
      ["k1", 0.7700904],
      ["k2", 0.6437339],
      ["k5", 0.4878114],
      ["k4", 0.4251899],
      ["k3", 0.2662279],
    ]);
    await sameAsCold();
  });

  it("tie: k5 starts supplying h1 and h2, two local companies", async () => {
    await warm();
    await writeGraph(db, (g) =>
      g.supplies([
        { from: "k5", to: "h1", source: "imported" },
        { from: "k5", to: "h2", source: "imported" },
      ]),
    );
    // k5: 2 distinct local ties = the max → ties 1: 0.4878114 + .2 = 0.6878114.
    expect(await ranking({ segmentId: "A1" })).toEqual([
      ["k1", 0.8450904],
      ["k5", 0.6878114],
      ["k4", 0.5001899],
      ["k2", 0.4937339],
      ["k3", 0.2662279],
    ]);
    await sameAsCold();
  });

  it("membership: k5 joins AL, an alliance with a local member", async () => {
    await warm();
    await writeGraph(db, (g) =>
      g.memberships([{ company: "k5", alliance: "AL", since: 2024, role: "MEMBER" }]),
    );
    // k5: alliance 0 → 1: 0.4878114 + .05 = 0.5378114.
    expect(await ranking({ segmentId: "A1" })).toEqual([
      ["k1", 0.8450904],
      ["k5", 0.5378114],
      ["k4", 0.5001899],
      ["k2", 0.4937339],
      ["k3", 0.2662279],
    ]);
    await sameAsCold();
  });

  it("feed: a new FEEDS edge A2 → A1 raises A2's demand pull by A1's one local company", async () => {
    await warm();
    const demandPull = async () => {
      const r = await gql<{
        gaps: { gaps: { segment: { id: string }; features: { name: string; raw: number }[] }[] };
      }>(yoga, `{ gaps(chainId: "T") { gaps { segment { id } features { name raw } } } }`);
      expect(r.errors).toBeUndefined();
      const a2 = r.data!.gaps.gaps.find((g) => g.segment.id === "A2")!;
      return a2.features.find((f) => f.name === "demandPull")!.raw;
    };
    const before = await demandPull();
    await writeGraph(db, (g) => g.feeds([{ from: "A2", to: "A1", weight: 1 }]));
    // Demand pull = Σ over the segments A2 feeds of their local companies × the FEEDS weight:
    // A1 adds l1 × 1. Types and counts stay (A1 1 local CONSOLIDATE, A2 none FILL).
    expect(await demandPull()).toBeCloseTo(before + 1, 12);
    expect(await gapTypes()).toEqual([
      ["A1", "CONSOLIDATE", 1],
      ["A2", "FILL", 0],
    ]);
    await sameAsCold();
  });

  it("region: Tongzhou 320612 re-parented under the zone makes k2 and k7 local", async () => {
    await warm();
    await writeGraph(db, (g) => g.regionParents([{ code: "320612", parent: "320671" }]));
    // Locals now: A1 l1 + k2 (2: CONSOLIDATE), A2 k7 (1: CONSOLIDATE, was FILL).
    expect(await gapTypes()).toEqual([
      ["A1", "CONSOLIDATE", 2],
      ["A2", "CONSOLIDATE", 1],
    ]);
    const a1 = await ranking({ segmentId: "A1" });
    expect(a1.map(([id]) => id).sort()).toEqual(["k1", "k3", "k4", "k5"]);
    await sameAsCold();
  });

  it("company: two more local companies in A1 make it present (k = 3): chain mode ranks A2 alone", async () => {
    await warm();
    const local = (id: string) => ({
      id,
      name: `Company ${id}`,
      nameZh: `本地材料${id}`,
      region: "320671",
      segments: [{ segment: "A1", primary: true }],
      source: "imported",
    });
    await writeGraph(db, (g) => g.companies([local("l2"), local("l3")]));
    expect(await gapTypes()).toEqual([["A2", "FILL", 0]]);
    // A2's candidates: k3 (primary) and k7 (Tongzhou is not inside the zone).
    expect((await ranking({ chainId: "T" })).map(([id]) => id).sort()).toEqual(["k3", "k7"]);
    await sameAsCold();
  });

  it("segment link: k3 leaves A1; the other four keep their scores", async () => {
    await warm();
    await writeGraph(db, (g) => g.unlinkSegment("k3", "A1"));
    // k3 imputed or unknown in every percentile the others use, so their scores stay.
    expect(await ranking({ segmentId: "A1" })).toEqual(A1.filter(([id]) => id !== "k3").map((r) => [...r]));
    await writeGraph(db, (g) => g.linkSegment("k3", "A1", false));
    expect(await ranking({ segmentId: "A1" })).toEqual(A1.map((r) => [...r]));
    await sameAsCold();
  });
});
