import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * peerComparison on the small fixture (test/fixtures/small-chain.ts), the values derived by hand in
 * test/unit/peers.test.ts: home HOME (a park of C1), peers C1 (the city around it), C2, DE.
 * Distinct companies per stage (a firm in two stages counts in each; h2 is in B1 and B2):
 *   HOME: upstream 0, midstream 3 (h1 h2 h4), downstream 2 (h2 h3), in all 4
 *   C1:   1 (d1), 3, 2, in all 5          C2: 2 (c2a c2b), 0, 1 (c2c), in all 3
 *   DE:   2 (de1 de2), 0, 0, in all 2
 */
const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });

beforeAll(async () => {
  await loadFixture(db, smallFixture);
  await signInAs(db, "ANALYST");
});
afterAll(() => db.driver.close());

const QUERY = `query ($chainId: ID!, $peers: [ID!]) {
  peerComparison(chainId: $chainId, peers: $peers) {
    chain { id }
    home { ...row }
    peers { ...row }
  }
}
fragment row on PeerRegion {
  region { code }
  isHome completeness coveredSegments segmentCount companies
  stages { stage companies }
  keySegments { segment { id } companies rca zoneRca aheadOfZone }
  strongWhereZoneAbsent { segment { id } rca zoneCompanies }
}`;

interface Row {
  region: { code: string };
  isHome: boolean;
  completeness: number;
  coveredSegments: number;
  segmentCount: number;
  companies: number;
  stages: { stage: string; companies: number }[];
  keySegments: {
    segment: { id: string };
    companies: number;
    rca: number;
    zoneRca: number;
    aheadOfZone: boolean;
  }[];
  strongWhereZoneAbsent: { segment: { id: string }; rca: number; zoneCompanies: number }[];
}

describe("peerComparison", () => {
  it("gives the hand-derived figures for the zone and three peers", async () => {
    const r = await gql<{ peerComparison: { chain: { id: string }; home: Row; peers: Row[] } }>(yoga, QUERY, {
      chainId: "T",
      peers: ["C1", "C2", "DE"],
    });
    expect(r.errors).toBeUndefined();
    const { home, peers } = r.data!.peerComparison;
    expect(home.region.code).toBe("HOME");
    expect(home.isHome).toBe(true);
    expect(home.completeness).toBe(0.4);
    expect(home.segmentCount).toBe(5);
    expect(home.companies).toBe(4);
    expect(home.stages.map((s) => s.companies)).toEqual([0, 3, 2]);
    expect(home.keySegments).toEqual([
      { segment: { id: "A1" }, companies: 0, rca: 0, zoneRca: 0, aheadOfZone: false },
    ]);
    expect(peers.map((p) => p.region.code)).toEqual(["C1", "C2", "DE"]);
    expect(peers.map((p) => p.completeness)).toEqual([0.6, 0.6, 0.4]);
    expect(peers.map((p) => p.companies)).toEqual([5, 3, 2]);
    expect(peers.map((p) => p.stages.map((s) => s.companies))).toEqual([
      [1, 3, 2],
      [2, 0, 1],
      [2, 0, 0],
    ]);
    const keyRca = peers.map((p) => p.keySegments[0]!.rca);
    [11 / 18, 11 / 9, 11 / 6].forEach((v, i) => expect(keyRca[i]).toBeCloseTo(v, 12));
    expect(peers.map((p) => p.strongWhereZoneAbsent.map((s) => s.segment.id))).toEqual([
      [],
      ["A1", "A2", "B3"],
      ["A1", "A2"],
    ]);
    expect(peers[1]!.strongWhereZoneAbsent[2]!.rca).toBeCloseTo(11 / 3, 12);
  });

  it("gives the zone the completeness and RCA of the gap report", async () => {
    const r = await gql<{
      gaps: { completeness: number };
      opportunityMap: { segment: { id: string }; relativePresence: number }[];
      peerComparison: {
        home: { completeness: number; segments: { segment: { id: string }; rca: number }[] };
      };
    }>(
      yoga,
      `{ gaps(chainId: "T") { completeness }
         opportunityMap(chainId: "T") { segment { id } relativePresence }
         peerComparison(chainId: "T", peers: ["C2"]) { home { completeness segments { segment { id } rca } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.peerComparison.home.completeness).toBe(r.data!.gaps.completeness);
    expect(r.data!.peerComparison.home.segments).toEqual(
      r.data!.opportunityMap.map((p) => ({ segment: p.segment, rca: p.relativePresence })),
    );
  });

  it("refuses bad peers naming the field, an unknown chain as NOT_FOUND", async () => {
    const codes = async (vars: Record<string, unknown>) => {
      const r = await gql(yoga, QUERY, vars);
      return (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field, e.message]);
    };
    expect(await codes({ chainId: "T", peers: ["C2", "ZZ"] })).toEqual([
      ["BAD_USER_INPUT", "peers", 'peers[1]: no region with code "ZZ" in the region tree'],
    ]);
    expect(await codes({ chainId: "T", peers: ["HOME"] })).toEqual([
      ["BAD_USER_INPUT", "peers", "peers[0]: HOME is the home region itself, not a peer"],
    ]);
    // The configured default (苏州, 无锡, 常州) is not in this fixture's tree: the variable is named.
    expect(await codes({ chainId: "T" })).toEqual([
      ["BAD_USER_INPUT", "PEER_REGIONS", 'PEER_REGIONS[0]: no region with code "320500" in the region tree'],
    ]);
    expect((await codes({ chainId: "NOPE", peers: ["C2"] }))[0]![0]).toBe("NOT_FOUND");
  });
});
