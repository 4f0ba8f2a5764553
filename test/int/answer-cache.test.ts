import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerCache } from "../../server/src/common/answer-cache.ts";
import { writeGraph } from "../../server/src/graph-writes/index.ts";
import { BUMP_PIPELINE_VERSION } from "../../server/src/pipeline/queries.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * Whole answers of graph-only operations are cached under the presence token (common/answer-cache.ts).
 * On the small fixture no HOME company operates in A1, so A1's local count is 0; h3 (HOME, B2)
 * linked to A1 makes it 1.
 */
const db = testDb();
const yoga = createGraphQL({
  db,
  config: testConfig({ homeRegion: "HOME", env: "production" }),
  log: silentLog,
});

const CHAIN_MAP = `query ChainMap($id: ID!) { chain(id: $id) { segments { id coverage { localCount } } } }`;
interface MapAnswer {
  chain: { segments: { id: string; coverage: { localCount: number } | null }[] };
}
async function localCountOfA1(cookie?: string): Promise<number | undefined> {
  const r = await gql<MapAnswer>(yoga, CHAIN_MAP, { id: "T" }, cookie);
  expect(r.errors).toBeUndefined();
  return r.data?.chain.segments.find((s) => s.id === "A1")?.coverage?.localCount;
}

beforeAll(async () => {
  await loadFixture(db, smallFixture);
});
afterAll(async () => {
  await db.driver.close();
});

describe("answers cached under the presence token", () => {
  it("serves the cached answer until the write path replaces the token, then the new one", async () => {
    expect(await localCountOfA1()).toBe(0);
    // A write around the write path keeps the token: the cached answer (0) is what comes back,
    // which shows the answer is cached — and why every write must go through graph-writes.
    await db.write((tx) =>
      tx.run(
        "MATCH (c:Company {id: 'h3'}), (s:Segment {id: 'A1'}) MERGE (c)-[:OPERATES_IN {primary: false}]->(s)",
      ),
    );
    expect(await localCountOfA1()).toBe(0);
    // Through the write path: new token, fresh answer at once.
    await writeGraph(db, (g) => g.linkSegment("h3", "A1", false));
    expect(await localCountOfA1()).toBe(1);
    await writeGraph(db, (g) => g.unlinkSegment("h3", "A1"));
    expect(await localCountOfA1()).toBe(0);
  });

  it("never gives one operation's answer to another text with the same name", async () => {
    await localCountOfA1();
    const other = await gql<{ chain: { id: string; segments?: unknown } }>(
      yoga,
      `query ChainMap($id: ID!) { chain(id: $id) { id } }`,
      { id: "T" },
    );
    expect(other.data).toEqual({ chain: { id: "T" } });
  });

  it("keys answers by role: a member is refused what an analyst was given", async () => {
    const analyst = await signInAs(db, "ANALYST", { makeDefault: false });
    const member = await signInAs(db, "MEMBER", {
      username: "cache-member",
      companyId: "h2",
      makeDefault: false,
    });
    const gapsQuery = `query Gaps($c: ID!) { gaps(chainId: $c) { completeness } }`;
    const asAnalyst = await gql(yoga, gapsQuery, { c: "T" }, analyst);
    expect(asAnalyst.errors).toBeUndefined();
    const asMember = await gql(yoga, gapsQuery, { c: "T" }, member);
    expect(asMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("answers that read saved lists", () => {
  const TARGETS = `query Targets($s: ID) { targets(segmentId: $s, first: 10) { edges { node { company { id } leadStatus } } } }`;
  const SAVE = `mutation SaveTargetList($name: String!, $s: ID) { saveTargetList(name: $name, segmentId: $s, size: 2) { id items { company { id } } } }`;
  const UPDATE = `mutation UpdateTargetItem($l: ID!, $c: ID!, $v: Int!, $st: TargetStatus) {
    updateTargetItem(listId: $l, companyId: $c, version: $v, status: $st) { status } }`;
  interface TargetsAnswer {
    targets: { edges: { node: { company: { id: string }; leadStatus: string | null } }[] };
  }
  async function statuses(cookie: string): Promise<Record<string, string | null>> {
    const r = await gql<TargetsAnswer>(yoga, TARGETS, { s: "A1" }, cookie);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(r.data!.targets.edges.map((e) => [e.node.company.id, e.node.leadStatus]));
  }

  it("serves a target page's lead statuses fresh after a list is saved and an item moves", async () => {
    const recruiter = await signInAs(db, "RECRUITER", {
      username: "cache-recruiter",
      teamId: "T-ZSJ",
      makeDefault: false,
    });
    const before = await statuses(recruiter);
    expect(Object.values(before).every((s) => s === null)).toBe(true);
    // Twice: the second is a cache hit, and equal.
    expect(await statuses(recruiter)).toEqual(before);

    const saved = await gql<{ saveTargetList: { id: string; items: { company: { id: string } }[] } }>(
      yoga,
      SAVE,
      { name: "cache", s: "A1" },
      recruiter,
    );
    expect(saved.errors).toBeUndefined();
    const [first, second] = saved.data!.saveTargetList.items.map((i) => i.company.id);
    const afterSave = await statuses(recruiter);
    expect([afterSave[first!], afterSave[second!]]).toEqual(["NEW", "NEW"]);

    const moved = await gql(
      yoga,
      UPDATE,
      { l: saved.data!.saveTargetList.id, c: first, v: 1, st: "CONTACTED" },
      recruiter,
    );
    expect(moved.errors).toBeUndefined();
    expect((await statuses(recruiter))[first!]).toBe("CONTACTED");
  });
});

describe("what each answer depends on", () => {
  /*
   * A saved list's edit replaces only the lists' stamp, a lead's write only the pipeline's: an answer
   * is recomputed only when a stamp of what it selects changed (READS_LISTS, READS_PIPELINE).
   */
  const cache = new AnswerCache();
  const own = createGraphQL({
    db,
    config: testConfig({ homeRegion: "HOME", env: "production" }),
    log: silentLog,
    answerCache: cache,
  });
  const PROGRESS = `query P($id: ID!) { chain(id: $id) { segments { id leadProgress { leads } } } }`;
  const TARGETS = `query T { targets(segmentId: "A1", first: 5) { edges { node { company { id } leadStatus } } } }`;
  const ask = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const misses = cache.misses;
    const r = await gql(own, query, variables, cookie);
    expect(r.errors).toBeUndefined();
    return cache.misses > misses ? "computed" : "cached";
  };

  it("sends a stored answer's bytes: the same body, type and length as when it was computed", async () => {
    const analyst = await signInAs(db, "ANALYST", { username: "bytes-analyst", makeDefault: false });
    const query = `query Names($id: ID!) { chain(id: $id) { nameZh segments { id nameZh } } }`;
    const send = async (accept: string) => {
      const res = await own.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept, cookie: analyst },
        body: JSON.stringify({ query, variables: { id: "T" } }),
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        length: res.headers.get("content-length"),
        bytes,
      };
    };
    const misses = cache.misses;
    const sent = cache.sentAsBytes;
    const computed = await send("application/json");
    const hits = cache.hits;
    const stored = await send("application/json");
    expect([cache.misses - misses, cache.hits - hits]).toEqual([1, 1]);
    expect(stored).toEqual(computed);
    expect(computed.status).toBe(200);
    expect(computed.type).toMatch(/^application\/json/);
    const text = new TextDecoder().decode(stored.bytes);
    expect(JSON.parse(text).data.chain.nameZh).toMatch(/[\u4e00-\u9fff]/);
    if (stored.length !== null) expect(Number(stored.length)).toBe(stored.bytes.byteLength);
    // The other JSON media type is answered as such, from the same stored answer.
    const graphqlJson = await send("application/graphql-response+json");
    expect(graphqlJson.type).toMatch(/^application\/graphql-response\+json/);
    expect(graphqlJson.bytes).toEqual(stored.bytes);
    expect(cache.sentAsBytes - sent).toBe(3);
  });

  it("keeps the chain map across a list edit, recomputes the targets page; leads' progress follows the pipeline", async () => {
    const recruiter = await signInAs(db, "RECRUITER", {
      username: "deps-recruiter",
      teamId: "T-ZSJ",
      makeDefault: false,
    });
    for (const [q, v] of [
      [CHAIN_MAP, { id: "T" }],
      [PROGRESS, { id: "T" }],
      [TARGETS, {}],
    ] as const) {
      await ask(q, v, recruiter);
      expect(await ask(q, v, recruiter)).toBe("cached");
    }
    const saved = await gql(
      own,
      `mutation { saveTargetList(name: "deps", segmentId: "A1", size: 1) { id } }`,
      {},
      recruiter,
    );
    expect(saved.errors).toBeUndefined();
    expect(await ask(CHAIN_MAP, { id: "T" }, recruiter)).toBe("cached");
    expect(await ask(PROGRESS, { id: "T" }, recruiter)).toBe("cached");
    expect(await ask(TARGETS, {}, recruiter)).toBe("computed");

    await db.write((tx) => tx.run(BUMP_PIPELINE_VERSION));
    expect(await ask(CHAIN_MAP, { id: "T" }, recruiter)).toBe("cached");
    expect(await ask(PROGRESS, { id: "T" }, recruiter)).toBe("computed");
    expect(await ask(TARGETS, {}, recruiter)).toBe("cached");
  });
});

describe("the token read", () => {
  it("is shared by requests that arrive while one is on the wire, and is never older than the request", async () => {
    const cache = new AnswerCache();
    const reads = cache.tokenReads;
    const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.currentToken(db)));
    // The first request's read, then one read for the nineteen that arrived while it was out.
    expect(cache.tokenReads - reads).toBe(2);
    expect(new Set(tokens).size).toBe(1);

    // A request made after a write commits sees the write, even while an older read is out.
    const older = cache.currentToken(db);
    await writeGraph(db, (g) => g.linkSegment("h3", "A1", false));
    const newer = await cache.currentToken(db);
    await older;
    expect(newer).toBe(await new AnswerCache().currentToken(db));
    expect(newer).not.toBe(tokens[0]);
    await writeGraph(db, (g) => g.unlinkSegment("h3", "A1"));
  });
});

describe("identical requests at once", () => {
  it("compute one answer: the others wait for it", async () => {
    const analyst = await signInAs(db, "ANALYST", { username: "cache-stampede", makeDefault: false });
    // A new token, so that nothing is cached yet.
    await writeGraph(db, (g) => g.linkSegment("h3", "A1", false));
    const query = `query Gaps($c: ID!) { gaps(chainId: $c) { completeness gaps { segment { id } } } }`;
    const answerCache = new AnswerCache();
    const counting = createGraphQL({
      db,
      config: testConfig({ homeRegion: "HOME", env: "production" }),
      log: silentLog,
      answerCache,
    });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => gql(counting, query, { c: "T" }, analyst)),
    );
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    await writeGraph(db, (g) => g.unlinkSegment("h3", "A1"));
    expect(answerCache.computations).toBe(1);
  });
});
