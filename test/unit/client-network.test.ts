import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import type { GraphNodeData, NetworkGraph } from "../../client/src/api/operations.ts";
import { allianceElements } from "../../client/src/transforms/alliance.ts";
import {
  concentricPositions,
  entityId,
  mergeGraphs,
  networkElements,
  RING_GAP,
  sizeForRevenue,
  syntheticNetwork,
} from "../../client/src/transforms/network.ts";
import { allianceStyle, networkStyle } from "../../client/src/transforms/styles.ts";

function company(id: string, depth: number, extra: Partial<GraphNodeData> = {}): GraphNodeData {
  return {
    id: `company:${id}`,
    kind: "COMPANY",
    name: `Co ${id}`,
    nameZh: `公司${id}`,
    depth,
    isLocal: false,
    source: "PUBLIC",
    segmentId: null,
    revenue: null,
    ...extra,
  };
}
const supplies = (a: string, b: string) => ({
  id: `${a}>${b}`,
  source: `company:${a}`,
  target: `company:${b}`,
  kind: "SUPPLIES" as const,
});

describe("sizeForRevenue", () => {
  it("grows with the log of revenue between 14 px (unknown) and 40 px", () => {
    expect(sizeForRevenue(null)).toBe(14);
    expect(sizeForRevenue(0)).toBe(14);
    expect(sizeForRevenue(999)).toBe(26); // 12 + 4.7 × log10(1000) = 26.1
    expect(sizeForRevenue(1e6)).toBe(40); // 12 + 4.7 × 6 = 40.2, capped
  });
});

describe("concentricPositions", () => {
  it("puts the centre at the origin and each depth on its own ring, near the node that brought it in", () => {
    const pos = concentricPositions(
      [
        { id: "c", depth: 0 },
        { id: "b", depth: 1 },
        { id: "a", depth: 1 },
        { id: "x", depth: 2 },
        { id: "y", depth: 2 },
      ],
      [
        { source: "c", target: "a" },
        { source: "c", target: "b" },
        { source: "b", target: "x" },
        { source: "a", target: "y" },
      ],
    );
    // Ring 1 (radius 170): a, b by id → a at angle 0, b at π. Ring 2 (radius 340): y follows a
    // (angle 0) before x follows b (angle π), so y at 0 and x at π.
    expect(Object.fromEntries(pos)).toEqual({
      c: { x: 0, y: 0 },
      a: { x: RING_GAP, y: 0 },
      b: { x: -RING_GAP, y: 0 },
      y: { x: 2 * RING_GAP, y: 0 },
      x: { x: -2 * RING_GAP, y: 0 },
    });
  });

  it("widens a crowded ring so neighbours stay 26 px apart", () => {
    const nodes = [
      { id: "c", depth: 0 },
      ...Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, depth: 1 })),
    ];
    const pos = concentricPositions(nodes, []);
    // 100 × 26 / 2π = 413.8 > 170
    expect(pos.get("n0")).toEqual({ x: 414, y: 0 });
  });
});

describe("networkElements", () => {
  const graph: Pick<NetworkGraph, "nodes" | "edges"> = {
    nodes: [
      company("me", 0, { isLocal: true, revenue: 999 }),
      company("s1", 1, { source: "SYNTHETIC" }),
      { ...company("x", 1), id: "segment:PV06", kind: "SEGMENT", name: "Cells", nameZh: "电池片" },
    ],
    edges: [
      supplies("s1", "me"),
      supplies("s1", "me"),
      supplies("me", "gone"),
      { id: "o", source: "company:me", target: "segment:PV06", kind: "OPERATES_IN" },
    ],
  };

  it("keeps the API's kind-prefixed ids, marks the centre, local and synthetic companies, drops dangling and repeated edges", () => {
    const r = networkElements(graph, "zh", "me");
    expect(
      r.elements
        .filter((e) => e.group === "nodes")
        .map((e) => [e.data.id, e.data.apiId, e.classes, e.data.size, e.data.label]),
    ).toEqual([
      ["company:me", "me", "company local centre", 26, "公司me"],
      ["company:s1", "s1", "company synthetic", 14, "公司s1"],
      ["segment:PV06", "PV06", "seg", 16, "电池片"],
    ]);
    expect(r.elements.filter((e) => e.group === "edges").map((e) => [e.data.id, e.classes])).toEqual([
      ["e:SUPPLIES:company:s1->company:me", "supplies"],
      ["e:OPERATES_IN:company:me->segment:PV06", "operates"],
    ]);
    expect([r.companies, r.synthetic, r.large]).toEqual([2, 1, false]);
  });

  it("strips the kind prefix for the entity id", () => {
    expect(entityId({ id: "company:91320600MA1", kind: "COMPANY" })).toBe("91320600MA1");
    expect(entityId({ id: "segment:PV06", kind: "SEGMENT" })).toBe("PV06");
  });
});

describe("mergeGraphs", () => {
  it("adds the expanded node's neighbours at its depth + theirs and keeps the smaller depth", () => {
    const base = { nodes: [company("c", 0), company("a", 1)], edges: [supplies("a", "c")] };
    // a's own network: a at 0, b and c at 1.
    const added = {
      nodes: [company("a", 0), company("b", 1), company("c", 1)],
      edges: [supplies("a", "c"), supplies("b", "a")],
    };
    const merged = mergeGraphs(base, added, 1);
    expect(merged.nodes.map((n) => [n.id, n.depth])).toEqual([
      ["company:c", 0],
      ["company:a", 1],
      ["company:b", 2],
    ]);
    expect(merged.edges.map((e) => e.id)).toEqual(["a>c", "b>a"]);
  });
});

describe("syntheticNetwork", () => {
  it("is deterministic, about 2n edges, every edge between generated nodes", () => {
    const g = syntheticNetwork(5000, 7);
    expect(g.nodes).toHaveLength(5000);
    expect(g.edges).toHaveLength(10000);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(syntheticNetwork(5000, 7).edges.slice(0, 50)).toEqual(g.edges.slice(0, 50));
    expect(networkElements(g, "en").large).toBe(true);
  });
});

describe("stylesheets in a headless Cytoscape", () => {
  it("accept the network and alliance elements without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const g = syntheticNetwork(50, 3);
    for (const large of [false, true]) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        elements: networkElements(g, "zh").elements,
        style: networkStyle(large) as never,
      });
      expect(cy.nodes().length).toBe(50);
      cy.destroy();
    }
    const partners = [
      {
        company: {
          id: "p1",
          name: "P1",
          nameZh: "甲",
          source: "PUBLIC" as const,
          isLocal: true,
          listed: false,
          revenue: null,
          region: { code: "X", name: "X", nameZh: "X" },
        },
        relation: "SUPPLIER" as const,
        via: [],
        existingTie: true,
        role: null,
      },
    ];
    const els = allianceElements({ id: "m", name: "M", nameZh: "成员" }, partners, "zh", {
      SUPPLIER: "上游",
      CUSTOMER: "下游",
      PEER: "同行",
    });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: els,
      style: allianceStyle() as never,
    });
    expect(cy.edges(".tie").map((e) => [e.source().id(), e.target().id()])).toEqual([
      ["company:p1", "company:m"],
    ]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
