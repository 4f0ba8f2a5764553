/**
 * The dossier's pure mapping (server/src/dossier/mapping.ts) on a hand-made chain:
 *
 *   sub-chain S: A (up, key tech, local 0 of 4) → B (mid, local 2 of 5) → C (down, key tech, local 3 of 3)
 *
 * k = 3, so A MISSING, B WEAK, C PRESENT. Gaps in score order: B CONSOLIDATE (NEXT), A FILL
 * (ACT_NOW), E EXTEND (ACT_NOW, another chain's leaf): recommended order A, E (act now, score order),
 * then B — the shortfalls keep the chain's own A and B in score order (B, A).
 */
import { describe, expect, it } from "vitest";
import {
  buildDossier,
  coverageOf,
  money,
  num,
  recommendedOrder,
  type DossierInputs,
  type GapInput,
} from "../../server/src/dossier/mapping.ts";

const gap = (
  segmentId: string,
  type: GapInput["type"],
  tier: GapInput["tier"],
  score: number,
  chainId = "K",
): GapInput => ({
  segmentId,
  chainId,
  name: `Seg ${segmentId}`,
  nameZh: `环节${segmentId}`,
  type,
  score,
  density: 0.5,
  localCount: 0,
  totalCount: 4,
  tier,
  reasons: tier === "ACT_NOW" ? ["TOP_SCORE"] : [],
  densityBand: "HIGH",
  explanation: `why ${segmentId}`,
});

const company = (id: string, source: "public" | "synthetic" | "imported" = "imported") => ({
  id,
  name: `Co ${id}`,
  nameZh: `企业${id}`,
  source,
});

function inputs(lang: "zh" | "en"): DossierInputs {
  return {
    lang,
    chain: { id: "K", name: "Chain K", nameZh: "K链" },
    segments: [
      {
        id: "S",
        name: "Sub S",
        nameZh: "子链S",
        stage: "UPSTREAM",
        keyTech: false,
        leaf: false,
        parentId: null,
        localCount: 0,
        totalCount: 0,
      },
      {
        id: "A",
        name: "Seg A",
        nameZh: "环节A",
        stage: "UPSTREAM",
        keyTech: true,
        leaf: true,
        parentId: "S",
        localCount: 0,
        totalCount: 4,
      },
      {
        id: "B",
        name: "Seg B",
        nameZh: "环节B",
        stage: "MIDSTREAM",
        keyTech: false,
        leaf: true,
        parentId: "S",
        localCount: 2,
        totalCount: 5,
      },
      {
        id: "C",
        name: "Seg C",
        nameZh: "环节C",
        stage: "DOWNSTREAM",
        keyTech: true,
        leaf: true,
        parentId: "S",
        localCount: 3,
        totalCount: 3,
      },
    ],
    feeds: [
      { fromId: "A", toId: "B" },
      { fromId: "B", toId: "C" },
      { fromId: "C", toId: "E" },
    ],
    k: 3,
    gaps: [
      gap("B", "CONSOLIDATE", "NEXT", 0.9),
      gap("A", "FILL", "ACT_NOW", 0.8),
      gap("E", "EXTEND", "ACT_NOW", 0.7, "Z"),
    ],
    tech: [{ segmentId: "C", localRd: 0.05, localRdKnown: 2, allRd: 0.0333, allRdKnown: 3 }],
    targets: [
      {
        gapSegmentId: "A",
        company: company("t1"),
        region: { name: "Berlin", nameZh: "柏林" },
        score: 0.91234,
        office: { id: "O-DE", name: "Europe office", nameZh: "欧洲办" },
      },
      { gapSegmentId: "A", company: company("t2", "synthetic"), region: null, score: 0.8, office: null },
      {
        gapSegmentId: "E",
        company: company("t3"),
        region: null,
        score: 0.7,
        office: { id: "O-DE", name: "Europe office", nameZh: "欧洲办" },
      },
    ],
    firms: [
      { segmentId: "C", company: { ...company("f1", "public"), revenue: 12.5, stockCode: "600001" } },
      { segmentId: "C", company: { ...company("f2", "synthetic"), revenue: null, stockCode: null } },
    ],
    projects: [
      { stage: "LEAD", count: 5, leads: [] },
      {
        stage: "SIGNED",
        count: 1,
        leads: [
          {
            id: "l1",
            stage: "SIGNED",
            company: company("t1"),
            segment: { name: "Seg A", nameZh: "环节A" },
            team: { name: "Team 1", nameZh: "一队" },
            amountRmb: 600_000_000,
            keyProject: true,
            lastChangeOn: "2026-01-02",
            lastStageOn: "2026-01-02",
            synthetic: true,
            restricted: false,
          },
        ],
      },
      { stage: "LOST", count: 7, leads: [] },
    ],
    tasks: [],
    entries: [
      {
        id: "e1",
        kind: "PARK",
        title: "Park 1",
        detail: null,
        sourceNote: "plan 2025",
        version: 3,
        updatedAt: "2026-05-06T07:08:09Z",
      },
    ],
  };
}

describe("dossier mapping", () => {
  it("formats numbers and money by hand", () => {
    expect([num(0.91234, 3), num(2, 1), num(null), num(Number.NaN)]).toEqual(["0.912", "2", "", ""]);
    // 600 million RMB = 60000 万元 = 600.0 million.
    expect([money("zh", 600_000_000), money("en", 600_000_000), money("en", 125_000)]).toEqual([
      "60000",
      "600",
      "0.1",
    ]);
    expect([coverageOf(0, 3), coverageOf(2, 3), coverageOf(3, 3)]).toEqual(["MISSING", "WEAK", "PRESENT"]);
  });

  it("orders the gaps act now first, then by score", () => {
    expect(recommendedOrder(inputs("en").gaps).map((g) => g.segmentId)).toEqual(["A", "E", "B"]);
  });

  it("builds the twelve items from the hand-made chain", () => {
    const d = buildDossier(inputs("en"));
    const items = Object.fromEntries([...d.diagrams, ...d.lists].map((i) => [i.key, i]));
    expect(items.CHAIN_TREE!.rows.map((r) => r.cells)).toEqual([
      ["Sub S", "A", "Seg A", "Upstream", "yes", "0", "missing"],
      ["Sub S", "B", "Seg B", "Midstream", "no", "2", "weak"],
      ["Sub S", "C", "Seg C", "Downstream", "yes", "3", "present"],
    ]);
    // Only FEEDS inside the chain: C → E (another chain) is left out.
    expect(items.PANORAMA!.edges).toEqual([
      { source: "seg:A", target: "seg:B" },
      { source: "seg:B", target: "seg:C" },
    ]);
    expect(items.PANORAMA!.rows.map((r) => r.cells[6])).toEqual(["B", "C", ""]);
    expect(items.DEVELOPMENT_PATH!.rows.map((r) => [r.cells[0], r.cells[1], r.segmentId])).toEqual([
      ["1", "Act now", "A"],
      ["2", "Act now", "E"],
      ["3", "Next", "B"],
    ]);
    expect(items.DEVELOPMENT_PATH!.edges).toEqual([{ source: "gap:A", target: "gap:E" }]);
    expect(items.TECH_INNOVATION!.rows.map((r) => [r.segmentId, ...r.cells.slice(6)])).toEqual([
      ["A", "", "0", "", "0"],
      ["C", "5", "2", "3.3", "3"],
    ]);
    // Offices in order of appearance, the home teams last; ranks per gap.
    expect(
      items.RECRUITING_ROADMAP!.rows.map((r) => [
        r.cells[0],
        r.segmentId,
        r.cells[3],
        r.companyId,
        r.cells[6],
        r.synthetic,
      ]),
    ).toEqual([
      ["Europe office", "A", "1", "t1", "0.912", false],
      ["Europe office", "E", "1", "t3", "0.7", false],
      ["Home teams (no office covers)", "A", "2", "t2", "0.8", true],
    ]);
    expect(items.KEY_FIRMS!.rows.map((r) => r.cells)).toEqual([
      ["C", "Seg C", "1", "Co f1", "12.5", "600001", "public"],
      ["C", "Seg C", "2", "Co f2", "", "", "synthetic"],
    ]);
    // LOST is left out; the note says 1 of the 6 open leads is shown.
    expect(items.KEY_PROJECTS!.rows.map((r) => r.cells)).toEqual([
      ["Signed", "1", "Co t1", "Seg A", "Team 1", "600", "yes", "2026-01-02", "synthetic"],
    ]);
    expect(items.KEY_PROJECTS!.note).toBe("The most recently changed leads per stage: 1 of 6 shown.");
    expect(items.KEY_SHORTFALLS!.rows.map((r) => [r.segmentId, r.cells[2], r.cells[6]])).toEqual([
      ["B", "Consolidate", "why B"],
      ["A", "Fill", "why A"],
    ]);
    expect(items.KEY_TASKS).toMatchObject({ status: "NO_DATA", rows: [] });
    expect(items.KEY_PARKS).toMatchObject({ status: "MAINTAINED", reason: null });
    expect(items.KEY_PARKS!.rows).toEqual([
      expect.objectContaining({
        entryId: "e1",
        version: 3,
        cells: ["Park 1", "", "plan 2025", "2026-05-06"],
      }),
    ]);
    expect(items.FUTURE_TRENDS).toMatchObject({
      status: "MAINTAINED",
      reason: "Maintained by the bureau; none yet.",
      rows: [],
    });
  });

  it("speaks Chinese with 万元", () => {
    const d = buildDossier(inputs("zh"));
    const projects = d.lists.find((i) => i.key === "KEY_PROJECTS")!;
    expect(projects.columns.map((c) => c.label)).toContain("计划投资（万元）");
    expect(projects.rows[0]!.cells).toEqual([
      "签约",
      "1",
      "企业t1",
      "环节A",
      "一队",
      "60000",
      "是",
      "2026-01-02",
      "合成数据",
    ]);
    expect(d.diagrams.find((i) => i.key === "FUTURE_TRENDS")!.reason).toBe("由招商局维护；尚无内容。");
  });
});
