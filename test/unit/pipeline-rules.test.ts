import { describe, expect, it } from "vitest";
import {
  allowedNext,
  computeStandings,
  countsAsStarted,
  isKeyProject,
  isStalled,
  periodRange,
  transitionError,
  type StageEventRow,
} from "../../server/src/pipeline/rules.ts";
import { OFFICES, suggestOffice } from "../../server/src/teams/index.ts";

const CFG = { keyMinRmb: 500_000_000, keyMinUsd: 30_000_000, industrialMinRmb: 100_000_000 };

describe("the transition table", () => {
  it("allows one step forward, lost and paused from an open stage", () => {
    expect(allowedNext("LEAD", null)).toEqual(["VISIT", "LOST", "PAUSED"]);
    expect(allowedNext("NEGOTIATION", null)).toEqual(["POLICY", "SIGNED", "LOST", "PAUSED"]);
    expect(allowedNext("STARTED", null)).toEqual(["PRODUCING", "PAUSED"]);
    expect(allowedNext("PRODUCING", null)).toEqual([]);
    expect(allowedNext("LOST", null)).toEqual(["LEAD"]);
  });
  it("resumes a paused lead where it was paused, or loses it", () => {
    expect(allowedNext("PAUSED", "SIGNED")).toEqual(["SIGNED", "LOST"]);
    expect(transitionError("PAUSED", "REGISTERED", "SIGNED")).toBe(
      "a lead at 暂停 PAUSED cannot move to 注册 REGISTERED; allowed: 签约 SIGNED, 流失 LOST",
    );
  });
  it("refuses a skipped stage naming both stages and what is allowed", () => {
    expect(transitionError("LEAD", "SIGNED", null)).toBe(
      "a lead at 挖掘线索 LEAD cannot move to 签约 SIGNED; allowed: 走访 VISIT, 流失 LOST, 暂停 PAUSED",
    );
    expect(transitionError("PRODUCING", "LOST", null)).toBe(
      "a lead at 投产 PRODUCING is finished and cannot move to 流失 LOST",
    );
    expect(transitionError("STARTED", "LOST", null)).toMatch(/allowed: 投产 PRODUCING, 暂停 PAUSED$/);
    expect(transitionError("NEGOTIATION", "SIGNED", null)).toBeNull();
  });
});

describe("key and started projects", () => {
  it("key project: ≥ 500M RMB, or ≥ 30M USD for a lead in dollars", () => {
    expect(isKeyProject(500_000_000, "CNY", 1, CFG)).toBe(true);
    expect(isKeyProject(499_999_999, "CNY", 1, CFG)).toBe(false);
    // 30M USD at 7.1 = 213M RMB: below 500M RMB, a key project by the dollar rule.
    expect(isKeyProject(30_000_000, "USD", 7.1, CFG)).toBe(true);
    expect(isKeyProject(29_000_000, "USD", 7.1, CFG)).toBe(false);
    expect(isKeyProject(null, "CNY", 1, CFG)).toBe(false);
  });
  it("started counts industrial projects of at least 100M RMB", () => {
    expect(countsAsStarted(100_000_000, CFG)).toBe(true);
    expect(countsAsStarted(99_000_000, CFG)).toBe(false);
    expect(countsAsStarted(null, CFG)).toBe(false);
  });
});

describe("periods and stalls", () => {
  it("gives calendar periods and the 3- and 5-year reviews as [from, to)", () => {
    expect(periodRange("MONTH", "2026-12-15")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(periodRange("QUARTER", "2026-05-31")).toEqual({ from: "2026-04-01", to: "2026-07-01" });
    expect(periodRange("YEAR", "2023-07-01")).toEqual({ from: "2023-01-01", to: "2024-01-01" });
    expect(periodRange("THREE_YEARS", "2026-02-01")).toEqual({ from: "2024-01-01", to: "2027-01-01" });
    expect(periodRange("FIVE_YEARS", "2026-02-01")).toEqual({ from: "2022-01-01", to: "2027-01-01" });
  });
  it("a lead is stalled after more than N days without change, if open", () => {
    expect(isStalled("VISIT", "2026-01-01", "2026-01-31", 30)).toBe(false); // 30 days
    expect(isStalled("VISIT", "2026-01-01", "2026-02-01", 30)).toBe(true); // 31 days
    expect(isStalled("PAUSED", "2025-01-01", "2026-02-01", 30)).toBe(false);
    expect(isStalled("PRODUCING", "2025-01-01", "2026-02-01", 30)).toBe(false);
  });
});

describe("the standings", () => {
  const ev = (e: Partial<StageEventRow> & Pick<StageEventRow, "teamId" | "to">): StageEventRow => ({
    leadId: "x",
    at: "2026-03-10",
    amountRmb: null,
    keyProject: false,
    signedOn: null,
    ...e,
  });
  it("sums by team and ranks by signed amount, sharing equal ranks", () => {
    const rows = computeStandings(
      ["A", "B", "C"],
      [
        ev({ teamId: "A", to: "SIGNED", amountRmb: 600e6, keyProject: true }),
        ev({ teamId: "A", to: "STARTED", amountRmb: 50e6 }), // below 100M: not counted
        ev({ teamId: "B", to: "SIGNED", amountRmb: 300e6 }),
        ev({ teamId: "B", to: "SIGNED", amountRmb: 300e6 }),
        ev({ teamId: "B", to: "PRODUCING", amountRmb: 200e6, signedOn: "2026-01-09" }), // 60 days
      ],
      [
        { teamId: "A", created: 4, signed: 1 },
        { teamId: "B", created: 4, signed: 3 },
      ],
      CFG,
    );
    // A and B both signed 600M; B signed 2 projects to A's 1, so B ranks first.
    expect(rows.map((r) => [r.teamId, r.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 3],
    ]);
    const a = rows.find((r) => r.teamId === "A")!;
    expect([a.signedCount, a.signedAmountRmb, a.keyProjects, a.started, a.conversion]).toEqual([
      1, 600e6, 1, 0, 0.25,
    ]);
    const b = rows.find((r) => r.teamId === "B")!;
    expect([b.producing, b.avgDaysSignedToProducing, b.conversion]).toEqual([1, 60, 0.75]);
    expect(rows.find((r) => r.teamId === "C")!.conversion).toBeNull();
  });
});

describe("offices", () => {
  it("suggest the office covering the most specific code of the region chain", () => {
    expect(suggestOffice(["330100", "330000", "CN"])?.id).toBe("O-SH");
    expect(suggestOffice(["DE"])?.id).toBe("O-DE");
    expect(suggestOffice(["JP"])?.id).toBe("O-JP");
    expect(suggestOffice(["320600", "320000", "CN"])).toBeNull();
  });
  it("are six, each of a known team, no territory twice", () => {
    expect(OFFICES.map((o) => o.id)).toEqual(["O-DE", "O-JP", "O-SG", "O-US", "O-BJ", "O-SH"]);
    const all = OFFICES.flatMap((o) => o.territories);
    expect(new Set(all).size).toBe(all.length);
  });
});
