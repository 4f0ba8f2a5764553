import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChainLeaf, ChainMapData, Gap, GapType, Stage } from "../../client/src/api/operations.ts";
import {
  CHAIN_LAYOUT,
  chainMapElements,
  chainTableRows,
  heightForScore,
  longestPathColumns,
} from "../../client/src/transforms/chain-map.ts";
import { chainOverviewElements } from "../../client/src/transforms/chain-overview.ts";
import { chainMapStyle } from "../../client/src/transforms/styles.ts";
import { wrapLabel } from "../../client/src/transforms/wrap.ts";

type Chain = NonNullable<ChainMapData["chain"]>;

function leaf(id: string, stage: Stage, parent: string, local = 0): ChainLeaf {
  return {
    id,
    name: `Seg ${id}`,
    nameZh: `环节${id}`,
    stage,
    keyTech: id === "A3",
    role: null,
    parent: { id: parent },
    coverage: {
      localCount: local,
      totalCount: 10,
      status: local === 0 ? "MISSING" : local < 3 ? "WEAK" : "PRESENT",
    },
  };
}

const ref = (id: string, chain = "T") => ({
  id,
  name: `Seg ${id}`,
  nameZh: `环节${id}`,
  chain: { id: chain },
});
const feed = (from: string, to: string, crossChain = false, toChain = "T") => ({
  from: ref(from),
  to: ref(to, toChain),
  weight: 1,
  crossChain,
});

/**
 * Fixture chain T: sub-chain A (A1, A2 upstream; A3 midstream) and B (B1 midstream; B2
 * downstream); A1→A2→A3→B1→B2, and B1 feeds X9 of another chain.
 */
const chain: Chain = {
  id: "T",
  name: "Test",
  nameZh: "测试链",
  subchains: [
    { id: "A", name: "Sub A", nameZh: "子链甲" },
    { id: "B", name: "Sub B", nameZh: "子链乙" },
  ],
  segments: [
    leaf("A1", "UPSTREAM", "A", 4),
    leaf("A2", "UPSTREAM", "A"),
    leaf("A3", "MIDSTREAM", "A", 4),
    leaf("B1", "MIDSTREAM", "B", 1),
    leaf("B2", "DOWNSTREAM", "B", 3),
  ],
  feeds: [
    feed("A1", "A2"),
    feed("A2", "A3"),
    feed("A3", "B1"),
    feed("B1", "B2"),
    feed("B1", "X9", true, "O"),
  ],
};

function gap(id: string, type: GapType, score: number, breakPoint = false, chainId = "T"): Gap {
  return {
    segment: {
      id,
      name: `Seg ${id}`,
      nameZh: `环节${id}`,
      stage: "DOWNSTREAM",
      keyTech: false,
      chain: { id: chainId },
    },
    type,
    score,
    localCount: 0,
    totalCount: 5,
    breakPoint,
    density: 0,
    priority: { tier: "LONG_TERM", reasons: [], densityBand: "LOW" },
    features: [],
    explanation: `why ${id}`,
  };
}
const gaps = [
  gap("A2", "FILL", 0.6, true),
  gap("B1", "CONSOLIDATE", 0.3),
  gap("X9", "EXTEND", 0.2, false, "O"),
];

const nodeById = (els: ReturnType<typeof chainMapElements>["elements"], id: string) =>
  els.find((e) => e.data.id === id);

describe("longestPathColumns", () => {
  it("puts each node one column after its furthest predecessor", () => {
    const cols = longestPathColumns(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["d", "c"],
      ],
    );
    // a 0; b 1 (a); d 0; c = max(b+1, a+1, d+1) = 2
    expect(Object.fromEntries(cols)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it("terminates on a FEEDS cycle and keeps the acyclic part's columns", () => {
    // a→b, b→c, c→b: b waits for c in Kahn's order, so it is taken as a leftover after a (col 1),
    // then c follows b (col 2); c→b is ignored because b is already placed.
    const cols = longestPathColumns(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "b"],
      ],
    );
    expect(Object.fromEntries(cols)).toEqual({ a: 0, b: 1, c: 2 });
  });
});

describe("heightForScore", () => {
  it("scales from the minimum (no gap) to the maximum (the chain's top gap)", () => {
    expect(heightForScore(0, 0.6)).toBe(44);
    expect(heightForScore(0.6, 0.6)).toBe(76);
    expect(heightForScore(0.3, 0.6)).toBe(60); // 44 + 32 × 0.5
    expect(heightForScore(0.2, 0.6)).toBe(55); // 44 + 32 / 3 = 54.67
  });
});

describe("chainMapElements", () => {
  const result = chainMapElements(chain, gaps, "zh");
  const { columnWidth: W, rowHeight: H, laneGap: G } = CHAIN_LAYOUT;

  it("lays stages out as columns: longest path inside a stage, stages side by side", () => {
    // UPSTREAM: A1 0, A2 1; MIDSTREAM starts at 2: A3 2, B1 3 (A3→B1); DOWNSTREAM starts at 4: B2.
    expect(result.columns).toBe(5);
    expect(Object.fromEntries([...result.grid].map(([id, g]) => [id, [g.column, g.lane]]))).toEqual({
      A1: [0, 0],
      A2: [1, 0],
      A3: [2, 0],
      B1: [3, 1],
      B2: [4, 1],
      X9: [4, 2], // another chain's output: one column after B1, in the last lane
    });
  });

  it("positions segments on the grid, one lane per sub-chain", () => {
    // Lanes are one row tall here: lane tops at 0, H + G and 2(H + G).
    const pos = (id: string) => nodeById(result.elements, `seg:${id}`)?.position;
    expect(pos("A1")).toEqual({ x: 0, y: 0 });
    expect(pos("A2")).toEqual({ x: W, y: 0 });
    expect(pos("A3")).toEqual({ x: 2 * W, y: 0 });
    expect(pos("B1")).toEqual({ x: 3 * W, y: H + G });
    expect(pos("B2")).toEqual({ x: 4 * W, y: H + G });
    expect(pos("X9")).toEqual({ x: 4 * W, y: 2 * (H + G) });
  });

  it("marks coverage, gap type, break points, key technology and other chains by class and data", () => {
    const a2 = nodeById(result.elements, "seg:A2")!;
    expect(a2.classes).toBe("segment cov-MISSING gap gap-FILL break-point");
    expect(a2.data).toMatchObject({
      parent: "sub:A",
      gapType: "FILL",
      gapScore: 0.6,
      height: 76,
      label: "环节A2",
    });
    expect(nodeById(result.elements, "seg:A3")!.data.label).toBe("环节A3 ★");
    expect(nodeById(result.elements, "seg:A1")!.classes).toBe("segment cov-PRESENT");
    expect(nodeById(result.elements, "seg:B1")!.classes).toBe("segment cov-WEAK gap gap-CONSOLIDATE");
    const x9 = nodeById(result.elements, "seg:X9")!;
    expect(x9.classes).toBe("segment cov-EXTERNAL gap gap-EXTEND external");
    expect(x9.data).toMatchObject({ parent: "sub:__external", chainId: "O", height: 55 });
  });

  it("draws FEEDS edges, cross-chain ones with their own class", () => {
    const edges = result.elements.filter((e) => e.group === "edges");
    expect(edges.map((e) => [e.data.id, e.classes])).toEqual([
      ["feed:A1->A2", "feed"],
      ["feed:A2->A3", "feed"],
      ["feed:A3->B1", "feed"],
      ["feed:B1->B2", "feed"],
      ["feed:B1->X9", "feed cross-chain"],
    ]);
  });

  it("adds a stage band over each stage's columns", () => {
    const up = nodeById(result.elements, "stage:UPSTREAM")!;
    // Columns 0..1: from −W/2 to 1.5 W, less a 10 px gap.
    expect(up.data.width).toBe(2 * W - 10);
    expect(up.position?.x).toBe(W / 2);
    expect(up.data.label).toBe("上游");
    expect(nodeById(chainMapElements(chain, gaps, "en").elements, "stage:DOWNSTREAM")!.data.label).toBe(
      "Downstream",
    );
  });

  it("wraps a stack taller than maxRows into a second sub-column and widens that column", () => {
    const tall: Chain = {
      ...chain,
      subchains: [{ id: "A", name: "A", nameZh: "甲" }],
      segments: ["P1", "P2", "P3", "P4"]
        .map((id) => leaf(id, "UPSTREAM", "A"))
        .concat([leaf("Q1", "MIDSTREAM", "A")]),
      feeds: [],
    };
    const r = chainMapElements(tall, [], "en");
    // No feeds: P1..P4 in column 0, four > 3 rows, so P4 goes to a second sub-column; Q1's column
    // starts after both.
    const pos = (id: string) => nodeById(r.elements, `seg:${id}`)?.position;
    expect(pos("P1")).toEqual({ x: 0, y: 0 });
    expect(pos("P3")).toEqual({ x: 0, y: 2 * H });
    expect(pos("P4")).toEqual({ x: W, y: 0 });
    expect(pos("Q1")).toEqual({ x: 2 * W, y: 0 });
  });

  it("lists gaps by score and builds table rows in stage order", () => {
    expect(result.gapIds).toEqual(["A2", "B1", "X9"]);
    const rows = chainTableRows(chain, gaps, "en");
    expect(rows.map((r) => [r.segmentId, r.stage, r.gapType, r.upstream, r.downstream])).toEqual([
      ["A1", "UPSTREAM", null, [], ["Seg A2"]],
      ["A2", "UPSTREAM", "FILL", ["Seg A1"], ["Seg A3"]],
      ["A3", "MIDSTREAM", null, ["Seg A2"], ["Seg B1"]],
      ["B1", "MIDSTREAM", "CONSOLIDATE", ["Seg A3"], ["Seg B2", "Seg X9"]],
      ["B2", "DOWNSTREAM", null, ["Seg B1"], []],
    ]);
  });
});

describe("the chain map in a headless Cytoscape", () => {
  afterEach(() => vi.restoreAllMocks());

  it("takes the elements and the stylesheet without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { elements } = chainMapElements(chain, gaps, "zh");
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: chainMapStyle("zh") as never,
    });
    expect(cy.nodes("node.segment").length).toBe(6);
    expect(
      cy
        .getElementById("seg:A2")
        .parent()
        .map((p) => p.id()),
    ).toEqual(["sub:A"]);
    expect(cy.getElementById("seg:A2").style("height")).toBe("76px");
    expect(cy.edges(".cross-chain").map((e) => e.id())).toEqual(["feed:B1->X9"]);
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });
});

describe("wrapLabel", () => {
  it("breaks English at word boundaries and Chinese between characters", () => {
    // 9 ems at 0.55 em a Latin character: 16 characters a line.
    expect(wrapLabel("Metallurgical silicon", 9)).toBe("Metallurgical\nsilicon");
    expect(wrapLabel("Polysilicon (rod / granular)", 9)).toBe("Polysilicon (rod\n/ granular)");
    expect(wrapLabel("NCM/NCA precursor", 9)).toBe("NCM/NCA\nprecursor");
    expect(wrapLabel("多晶硅料(棒状/颗粒硅)", 5)).toBe("多晶硅料(\n棒状/颗粒\n硅)");
    // A word longer than a line stays whole.
    expect(wrapLabel("Electroluminescence", 5)).toBe("Electroluminescence");
  });
});

describe("chainOverviewElements (the overview of fixture chain T)", () => {
  const ids = (els: { data: { id?: string } }[]) => els.map((e) => e.data.id).sort();

  it("summarises every leaf once per sub-chain and stage, gaps counted by type", () => {
    const { elements, laneOf } = chainOverviewElements(chain, gaps, "en", new Set());
    const cells = elements.filter((e) => e.data.kind === "cell");
    expect(cells.map((c) => [c.data.id, c.data.segmentIds, c.data.label])).toEqual([
      ["cell:A:UPSTREAM", ["A1", "A2"], "2 segments · 4 local firms\nF 1"],
      ["cell:A:MIDSTREAM", ["A3"], "1 segment · 4 local firms\nno gap"],
      ["cell:B:MIDSTREAM", ["B1"], "1 segment · 1 local firm\nC 1"],
      ["cell:B:DOWNSTREAM", ["B2"], "1 segment · 3 local firms\nno gap"],
      ["cell:__external:DOWNSTREAM", ["X9"], "1 segment of another chain\nE 1"],
    ]);
    expect(elements.filter((e) => e.data.kind === "segment")).toEqual([]);
    expect(laneOf.get("B1")).toBe("B");
    // FEEDS summed between cells; A1→A2 stays inside one cell and is not drawn.
    expect(ids(elements.filter((e) => e.group === "edges"))).toEqual([
      "flow:cell:A:MIDSTREAM->cell:B:MIDSTREAM",
      "flow:cell:A:UPSTREAM->cell:A:MIDSTREAM",
      "flow:cell:B:MIDSTREAM->cell:B:DOWNSTREAM",
      "flow:cell:B:MIDSTREAM->cell:__external:DOWNSTREAM",
    ]);
    // Upstream → downstream left to right, lane A above lane B.
    const pos = (id: string) => elements.find((e) => e.data.id === id)!.position!;
    expect(pos("cell:A:UPSTREAM").x).toBeLessThan(pos("cell:A:MIDSTREAM").x);
    expect(pos("cell:B:MIDSTREAM").x).toBeLessThan(pos("cell:B:DOWNSTREAM").x);
    expect(pos("cell:A:MIDSTREAM").y).toBeLessThan(pos("cell:B:MIDSTREAM").y);
  });

  it("writes … for the gaps while the report is loading", () => {
    const { elements } = chainOverviewElements(chain, [], "zh", new Set(), false);
    expect(elements.find((e) => e.data.id === "cell:A:UPSTREAM")!.data.label).toBe("2 个环节 · 本地 4 家\n…");
  });

  it("draws an open lane's segments in place of its cells, edges to the others' cells", () => {
    const { elements } = chainOverviewElements(chain, gaps, "en", new Set(["A"]));
    expect(ids(elements.filter((e) => e.data.kind === "segment"))).toEqual(["seg:A1", "seg:A2", "seg:A3"]);
    expect(elements.some((e) => e.data.id === "cell:A:UPSTREAM")).toBe(false);
    expect(elements.find((e) => e.data.id === "seg:A2")!.classes).toContain("gap-FILL");
    expect(ids(elements.filter((e) => e.group === "edges"))).toEqual([
      "feed:A1->A2",
      "feed:A2->A3",
      "flow:cell:B:MIDSTREAM->cell:B:DOWNSTREAM",
      "flow:cell:B:MIDSTREAM->cell:__external:DOWNSTREAM",
      "flow:seg:A3->cell:B:MIDSTREAM",
    ]);
  });
});
