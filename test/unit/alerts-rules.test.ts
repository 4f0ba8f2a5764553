import { describe, expect, it } from "vitest";
import { alertText, type BulletinAlert } from "../../server/src/alerts/bulletin.ts";
import {
  alertId,
  gapEvent,
  leadEvents,
  newCandidates,
  peerEvent,
  watchId,
  type WatchedLead,
} from "../../server/src/alerts/rules.ts";

const co = (id: string) => ({ id, name: `Co ${id}`, nameZh: `企业${id}` });

describe("gap watches: a new target candidate", () => {
  it("fires once per token with every newcomer counted and the first five named", () => {
    expect(newCandidates(["a", "b"], ["a", "b", "c"])).toEqual(["c"]);
    const event = gapEvent(["a"], ["a", "b", "c", "d", "e", "f", "g"].map(co), "T2");
    expect(event).toEqual({
      kind: "NEW_CANDIDATES",
      key: "NEW_CANDIDATES|T2",
      detail: {
        count: 6,
        companyIds: ["b", "c", "d", "e", "f"],
        names: ["Co b", "Co c", "Co d", "Co e", "Co f"],
        namesZh: ["企业b", "企业c", "企业d", "企业e", "企业f"],
      },
    });
  });

  it("does not fire when nobody is new, when candidates only left, or on the first look", () => {
    expect(gapEvent(["a", "b"], ["a", "b"].map(co), "T2")).toBeNull();
    expect(gapEvent(["a", "b"], ["a"].map(co), "T2")).toBeNull();
    expect(gapEvent(null, ["a", "b"].map(co), "T2")).toBeNull();
  });
});

describe("lead watches: the pipeline's stall and overdue rules", () => {
  const lead: WatchedLead = {
    stage: "VISIT",
    lastChangeOn: "2026-01-01",
    milestones: [
      { id: "m1", title: "Site visit", due: "2026-01-20", doneOn: null },
      { id: "m2", title: "Term sheet", due: "2026-01-10", doneOn: "2026-01-09" },
      { id: "m3", title: "Board", due: "2026-02-15", doneOn: null },
    ],
  };

  it("fires stalled after more than stallDays without change, and each open milestone past due", () => {
    // 2026-02-01 is 31 days after 2026-01-01: stalled at 30 days; m1 overdue, m2 done, m3 not due.
    const events = leadEvents(lead, "2026-02-01", 30);
    expect(events.map((e) => e.key)).toEqual(["LEAD_STALLED|2026-01-01", "MILESTONE_OVERDUE|m1|2026-01-20"]);
    expect(events[0]!.detail).toEqual({ stage: "VISIT", lastChangeOn: "2026-01-01", days: 31 });
  });

  it("does not fire at exactly stallDays, for a closed lead, or on the due date itself", () => {
    expect(leadEvents({ ...lead, milestones: [] }, "2026-01-31", 30)).toEqual([]);
    expect(leadEvents({ ...lead, stage: "PRODUCING", milestones: [] }, "2026-06-01", 30)).toEqual([]);
    expect(leadEvents({ ...lead, stage: "PAUSED", milestones: [] }, "2026-06-01", 30)).toEqual([]);
    expect(
      leadEvents(
        { ...lead, lastChangeOn: "2026-01-19", milestones: [lead.milestones[0]!] },
        "2026-01-20",
        30,
      ),
    ).toEqual([]);
  });

  it("names a new stall episode after the lead moved (a different key)", () => {
    const later = leadEvents({ ...lead, lastChangeOn: "2026-03-01", milestones: [] }, "2026-04-05", 30);
    expect(later.map((e) => e.key)).toEqual(["LEAD_STALLED|2026-03-01"]);
  });
});

describe("peer watches: overtaking", () => {
  it("fires when the peer passes the zone", () => {
    expect(peerEvent(false, 1.5, 1.2, "T3")).toEqual({
      kind: "PEER_OVERTOOK",
      key: "PEER_OVERTOOK|T3",
      detail: { peerRca: 1.5, zoneRca: 1.2 },
    });
  });

  it("does not fire when it was ahead already, only draws level, stays behind, or on the first look", () => {
    expect(peerEvent(true, 1.5, 1.2, "T3")).toBeNull();
    expect(peerEvent(false, 1.2, 1.2, "T3")).toBeNull();
    expect(peerEvent(false, 0.9, 1.2, "T3")).toBeNull();
    expect(peerEvent(null, 1.5, 1.2, "T3")).toBeNull();
  });
});

describe("ids", () => {
  it("are stable per user and target, and per watch and event", () => {
    expect(watchId("u1", "GAP", ["NE", "PV01"])).toBe(watchId("u1", "GAP", ["NE", "PV01"]));
    expect(watchId("u1", "GAP", ["NE", "PV01"])).not.toBe(watchId("u2", "GAP", ["NE", "PV01"]));
    expect(alertId("w1", "NEW_CANDIDATES|T2")).toBe(alertId("w1", "NEW_CANDIDATES|T2"));
    expect(alertId("w1", "NEW_CANDIDATES|T2")).not.toBe(alertId("w1", "NEW_CANDIDATES|T3"));
  });
});

describe("alert text (the bulletin's line)", () => {
  const base: BulletinAlert = {
    kind: "NEW_CANDIDATES",
    createdAt: "2026-11-26T10:00:00.000Z",
    watchers: 1,
    chainName: "New energy",
    chainNameZh: "新能源",
    segmentName: "Test wafers",
    segmentNameZh: "测试晶圆",
    peerName: "Suzhou",
    peerNameZh: "苏州市",
    detail: { count: 7, names: ["A", "B"], namesZh: ["甲", "乙"] },
  };
  it("reads in both languages", () => {
    expect(alertText(base, "zh")).toBe("测试晶圆：新增 7 家目标企业（甲、乙 等）");
    expect(alertText(base, "en")).toBe("Test wafers: 7 new target companies (A, B, …)");
    const peer = { ...base, kind: "PEER_OVERTOOK" as const, detail: { peerRca: 1.5, zoneRca: 1.25 } };
    expect(alertText(peer, "zh")).toBe("苏州市 在「测试晶圆」超过本区（RCA 1.50 对 1.25）");
    const stalled = {
      ...base,
      kind: "LEAD_STALLED" as const,
      detail: { stage: "VISIT", days: 31, companyName: "Acme", companyNameZh: "爱克美" },
    };
    expect(alertText(stalled, "zh")).toBe("爱克美（走访）31 天无进展");
    expect(alertText(stalled, "en")).toBe("Acme (VISIT): no change for 31 days");
  });
});
