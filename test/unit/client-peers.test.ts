import { describe, expect, it } from "vitest";
import type { PeerComparisonData } from "../../client/src/api/operations.ts";
import { formatRoute, parseRoute } from "../../client/src/router.ts";
import { keyRcaSeries, strongWhereAbsentRows } from "../../client/src/transforms/peers.ts";

type Row = PeerComparisonData["peerComparison"]["home"];
const region = (code: string) => ({ code, name: code, nameZh: code });
const seg = (id: string) => ({ id, name: id, nameZh: id, stage: "UPSTREAM" as const });
const row = (code: string, strong: [string, number][], key: number[], isHome = false): Row => ({
  region: region(code),
  isHome,
  completeness: 0,
  coveredSegments: 0,
  segmentCount: 5,
  companies: 0,
  stages: [],
  keySegments: key.map((rca, i) => ({
    segment: { id: `K${i}`, name: `K${i}`, nameZh: `K${i}` },
    companies: 1,
    rca,
    zoneRca: 0,
    aheadOfZone: false,
  })),
  strongWhereZoneAbsent: strong.map(([id, rca]) => ({ segment: seg(id), companies: 1, rca })),
});

describe("peer comparison transforms", () => {
  // The unit fixture of test/unit/peers.test.ts: C2 strong in A1 11/9, A2 11/6, B3 11/3; DE A1 11/6, A2 11/4.
  const comparison = {
    presenceVersion: 1,
    home: row("HOME", [], [0], true),
    peers: [
      row("C1", [], [11 / 18]),
      row(
        "C2",
        [
          ["A1", 11 / 9],
          ["A2", 11 / 6],
          ["B3", 11 / 3],
        ],
        [11 / 9],
      ),
      row(
        "DE",
        [
          ["A1", 11 / 6],
          ["A2", 11 / 4],
        ],
        [11 / 6],
      ),
    ],
  };

  it("gathers the strong peers per segment: most peers first, then the highest RCA", () => {
    const rows = strongWhereAbsentRows(comparison);
    // A2 and A1 have two strong peers each (A2's best 2.75 > A1's 1.83); B3 one.
    expect(rows.map((r) => r.segment.id)).toEqual(["A2", "A1", "B3"]);
    expect(rows[0]!.peers.map((p) => p.region.code)).toEqual(["DE", "C2"]);
    expect(rows[1]!.peers.map((p) => p.region.code)).toEqual(["DE", "C2"]);
  });

  it("gives the chart one series per region, zone first, RCA to two decimals", () => {
    const { segments, series } = keyRcaSeries(comparison);
    expect(segments.map((s) => s.id)).toEqual(["K0"]);
    expect(series.map((s) => [s.region.code, s.isHome, s.values])).toEqual([
      ["HOME", true, [0]],
      ["C1", false, [0.61]],
      ["C2", false, [1.22]],
      ["DE", false, [1.83]],
    ]);
  });

  it("routes #/peers/<chain>?peers=a,b both ways", () => {
    const r = { view: "peers" as const, chainId: "NE", peers: ["320500", "320200"] };
    expect(formatRoute(r)).toBe("#/peers/NE?peers=320500%2C320200");
    expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(parseRoute("#/peers")).toEqual({ view: "peers", chainId: null, peers: null });
  });
});

describe("alert lines", () => {
  const base = {
    id: "a1",
    createdAt: "2026-11-26T10:00:00.000Z",
    read: false,
    count: 7,
    names: ["A", "B"],
    namesZh: ["甲", "乙"],
    stage: null,
    days: null,
    milestoneTitle: null,
    due: null,
    peerRca: null,
    zoneRca: null,
    leadId: null,
    chain: { id: "NE" },
    segment: { id: "PV03", name: "Cells", nameZh: "电池片" },
    peer: null,
  };
  it("reads each kind in both languages and links to where it leads", async () => {
    const { alertHref, alertLine } = await import("../../client/src/transforms/alerts.ts");
    const gap = { ...base, kind: "NEW_CANDIDATES" as const };
    expect(alertLine("zh", gap)).toBe("电池片：新增 7 家目标企业（甲、乙 等）");
    expect(alertLine("en", gap)).toBe("Cells: 7 new target companies (A, B, …)");
    expect(alertHref(gap)).toBe("#/targets/NE?segment=PV03");
    expect(alertLine("en", { ...gap, count: 1, names: ["A"] })).toBe("Cells: 1 new target company (A)");
    const peer = {
      ...base,
      kind: "PEER_OVERTOOK" as const,
      peer: { code: "320500", name: "Suzhou", nameZh: "苏州市" },
      peerRca: 1.5,
      zoneRca: 1.25,
    };
    expect(alertLine("zh", peer)).toBe("苏州市 在 电池片 超过本区（RCA 1.5 对 1.25）");
    expect(alertHref(peer)).toBe("#/peers/NE?peers=320500");
    const stalled = {
      ...base,
      kind: "LEAD_STALLED" as const,
      stage: "VISIT",
      days: 31,
      leadId: "L1",
      names: ["Acme"],
    };
    expect(alertLine("en", stalled)).toBe("Lead stalled: Acme (Visit), no change for 31 days");
    expect(alertHref(stalled)).toBe("#/lead/L1");
  });
});
