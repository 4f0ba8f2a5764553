import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallCatalog, smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * The geographic view on the small chain (test/fixtures/small-chain.ts), with two sources changed:
 * c2a is public, de1 synthetic (the rest imported). Home: HOME, a park in city C1.
 *
 * Gaps of T at HOME: A1, A2, B3 (no local company) FILL, B2 (h2, h3 < k = 3) CONSOLIDATE; B1 has
 * h1, h2, h4. Candidates in chain mode (non-local companies in a gap segment, each once):
 *   A1: d1 (district D1 → city C1), c2a (C2), de1 (DE); A2: c2b (C2), de2 (DE); B3: c2c (C2).
 *   → C1 1, C2 3, DE 2.
 * Local companies of the chain: h1–h4, all in the park HOME → city C1: 4.
 * Leads created below: d1/A1 (C1), c2b/A2 (C2), de1/A1 (DE).
 */
const fixture = {
  ...smallFixture,
  catalog: {
    ...smallCatalog,
    companies: smallCatalog.companies.map((c) =>
      c.id === "c2a"
        ? { ...c, source: "public" as const, sourceNote: "test citation" }
        : c.id === "de1"
          ? { ...c, source: "synthetic" as const }
          : c,
    ),
  },
};

const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });
let recruiter: string;
let member: string;

beforeAll(async () => {
  await loadFixture(db, fixture);
  recruiter = await signInAs(db, "RECRUITER", { username: "geo-rec", teamId: "T-KK" });
  member = await signInAs(db, "MEMBER", { companyId: "h2" });
  for (const [companyId, segmentId] of [
    ["d1", "A1"],
    ["c2b", "A2"],
    ["de1", "A1"],
  ]) {
    const r = await gql(yoga, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
      input: { companyId, segmentId, teamId: "T-ZSJ" },
    });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await db.driver.close();
});

interface Point {
  code: string;
  level: string;
  abroad: boolean;
  lat: number;
  lon: number;
  localCount: number;
  candidateCount: number;
  leadCount: number;
  syntheticCount: number;
  office: { id: string } | null;
}
interface GeoMap {
  gap: boolean;
  homePlaceCode: string | null;
  segment: { id: string } | null;
  points: Point[];
  offices: { id: string; territories: string[] }[];
  localCount: number;
  candidateCount: number;
  leadCount: number;
  syntheticCount: number;
  unplacedCount: number;
}

const GEO = `query($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {
  geoMap(chainId: $chainId, segmentId: $segmentId, gapSegmentId: $gapSegmentId, sources: $sources) {
    gap homePlaceCode segment { id }
    points { code level abroad lat lon localCount candidateCount leadCount syntheticCount office { id } }
    offices { id territories }
    localCount candidateCount leadCount syntheticCount unplacedCount
  } }`;

async function geo(vars: Record<string, unknown>, cookie?: string) {
  const r = await gql<{ geoMap: GeoMap }>(yoga, GEO, vars, cookie);
  expect(r.errors).toBeUndefined();
  return r.data!.geoMap;
}

const counts = (m: GeoMap) =>
  m.points.map((p) => [p.code, p.localCount, p.candidateCount, p.leadCount, p.syntheticCount]);

/** What `targets` says is in one place: provinces takes any region code, countries an ISO code. */
async function targetsAt(point: Point, args: { chainId?: string; segmentId?: string }, source?: string) {
  const filter = {
    ...(point.abroad ? { countries: [point.code] } : { provinces: [point.code] }),
    ...(source ? { source } : {}),
  };
  const r = await gql<{ targets: { totalCount: number } }>(
    yoga,
    `query($chainId: ID, $segmentId: ID, $filter: TargetFilter) {
       targets(chainId: $chainId, segmentId: $segmentId, filter: $filter, first: 0) { totalCount } }`,
    { ...args, filter },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.targets.totalCount;
}

describe("geoMap", () => {
  it("counts the chain's local companies, candidates and leads per city and country (by hand)", async () => {
    const m = await geo({ chainId: "T" });
    expect(counts(m)).toEqual([
      ["C1", 4, 1, 1, 0],
      ["C2", 0, 3, 1, 0],
      ["DE", 0, 2, 1, 2],
    ]);
    expect([m.localCount, m.candidateCount, m.leadCount, m.syntheticCount, m.unplacedCount]).toEqual([
      4, 6, 3, 2, 0,
    ]);
    expect(m.homePlaceCode).toBe("C1");
    expect([m.gap, m.segment]).toEqual([false, null]);
    const [c1, , de] = m.points;
    expect(c1).toMatchObject({ level: "CITY", abroad: false, lat: 32.0, lon: 120.9, office: null });
    expect(de).toMatchObject({
      level: "COUNTRY",
      abroad: true,
      lat: 51.0,
      lon: 10.0,
      office: { id: "O-DE" },
    });
    expect(m.offices.map((o) => o.id)).toEqual(["O-DE", "O-JP", "O-SG", "O-US", "O-BJ", "O-SH"]);
  });

  it("equals the API's counts per place: targets per region, companies of the home region, leads", async () => {
    const m = await geo({ chainId: "T" });
    for (const p of m.points) expect(await targetsAt(p, { chainId: "T" }), p.code).toBe(p.candidateCount);
    const all = await gql<{
      targets: { totalCount: number };
      companies: { totalCount: number };
      leads: { totalCount: number };
    }>(
      yoga,
      `{ targets(chainId: "T", first: 0) { totalCount }
         companies(filter: { chainId: "T", regionCode: "HOME" }, first: 0) { totalCount }
         leads(filter: { chainId: "T" }, first: 0) { totalCount } }`,
    );
    expect(all.errors).toBeUndefined();
    expect(m.candidateCount).toBe(all.data!.targets.totalCount);
    expect(m.localCount).toBe(all.data!.companies.totalCount);
    expect(m.leadCount).toBe(all.data!.leads.totalCount);
  });

  it("narrows to a gap: its candidates as targets(segmentId) ranks them, its leads", async () => {
    const m = await geo({ chainId: "T", gapSegmentId: "A1" });
    expect([m.gap, m.segment?.id]).toEqual([true, "A1"]);
    // A1: d1 (C1), c2a (C2), de1 (DE, synthetic); leads d1 and de1 (synthetic company); no local firm.
    expect(counts(m)).toEqual([
      ["C1", 0, 1, 1, 0],
      ["C2", 0, 1, 0, 0],
      ["DE", 0, 1, 1, 2],
    ]);
    for (const p of m.points) expect(await targetsAt(p, { segmentId: "A1" }), p.code).toBe(p.candidateCount);
    // A segment of the chain that is no gap may still be mapped as a segment: B2's local h2, h3.
    const b2 = await geo({ chainId: "T", segmentId: "B2" });
    expect(counts(b2)).toEqual([["C1", 2, 0, 0, 0]]);
  });

  it("filters by source, as targets(filter.source) does", async () => {
    const pub = await geo({ chainId: "T", sources: ["PUBLIC"] });
    expect(counts(pub)).toEqual([["C2", 0, 1, 0, 0]]);
    expect(await targetsAt(pub.points[0]!, { chainId: "T" }, "PUBLIC")).toBe(1);
    const syn = await geo({ chainId: "T", sources: ["SYNTHETIC"] });
    expect(counts(syn)).toEqual([["DE", 0, 1, 1, 2]]);
    const both = await geo({ chainId: "T", sources: ["IMPORTED", "PUBLIC"] });
    expect(counts(both)).toEqual([
      ["C1", 4, 1, 1, 0],
      ["C2", 0, 3, 1, 0],
      ["DE", 0, 1, 0, 0],
    ]);
  });

  it("refuses bad input naming the field", async () => {
    const ask = async (vars: Record<string, unknown>) =>
      (await gql(yoga, GEO, vars)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await ask({ chainId: "NOPE" })).toEqual([["NOT_FOUND", undefined]]);
    expect(await ask({ chainId: "T", gapSegmentId: "B1" })).toEqual([["BAD_USER_INPUT", "gapSegmentId"]]);
    expect(await ask({ chainId: "T", segmentId: "T-A" })).toEqual([["BAD_USER_INPUT", "segmentId"]]);
    expect(await ask({ chainId: "T", segmentId: "A2", gapSegmentId: "A1" })).toEqual([
      ["BAD_USER_INPUT", "gapSegmentId"],
    ]);
    expect(await ask({ chainId: "T", sources: [] })).toEqual([["BAD_USER_INPUT", "sources"]]);
    expect(await ask({ chainId: "T", segmentId: "NOPE" })).toEqual([["NOT_FOUND", undefined]]);
  });

  it("gives a RECRUITER of another team the same counts (stage-level lead facts), a MEMBER nothing", async () => {
    const asAdmin = await geo({ chainId: "T" });
    expect(counts(await geo({ chainId: "T" }, recruiter))).toEqual(counts(asAdmin));
    const r = await gql<{ geoMap: GeoMap | null }>(yoga, GEO, { chainId: "T" }, member);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(r.data?.geoMap ?? null).toBeNull();
  });
});
