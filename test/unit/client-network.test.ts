import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import type { GraphNodeData, NetworkGraph } from "../../client/src/api/operations.ts";
import { allianceElements } from "../../client/src/transforms/alliance.ts";
import {
  COLUMN_GAP,
  concentricPositions,
  directedNetworkElements,
  entityId,
  LABELS_PER_COLUMN,
  NO_FILTER,
  networkSides,
  type NetworkFilter,
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

describe("directed network layout", () => {
  // c is the centre. s1 → c, s2 → s1 (two hops upstream), c → k1, c → k2, b ↔ c (both ways),
  // o ← s1 only (a fellow customer of s1: sideways).
  const graph = {
    nodes: [
      company("c", 0),
      company("s1", 1, { revenue: 10, isLocal: true, segmentId: "X" }),
      company("k1", 1, { revenue: 500, segmentId: "Y" }),
      company("k2", 1, { revenue: null, segmentId: "X" }),
      company("b", 1, { isLocal: true }),
      company("s2", 2, { revenue: 5 }),
      company("o", 2),
      { ...company("seg", 1), id: "segment:X", kind: "SEGMENT" as const, segmentId: "X" },
    ],
    edges: [
      supplies("s1", "c"),
      supplies("s2", "s1"),
      supplies("c", "k1"),
      supplies("c", "k2"),
      supplies("b", "c"),
      supplies("c", "b"),
      supplies("s1", "o"),
      { id: "op", source: "company:c", target: "segment:X", kind: "OPERATES_IN" as const },
    ],
  };

  it("puts suppliers left by hops upstream, customers right, both-ways and sideways at the centre's column", () => {
    const sides = networkSides(graph, "company:c");
    expect(Object.fromEntries([...sides].map(([id, v]) => [id, `${v.side}${v.column}`]))).toEqual({
      "company:c": "CENTRE0",
      "company:s1": "SUPPLIER-1",
      "company:s2": "SUPPLIER-2",
      "company:k1": "CUSTOMER1",
      "company:k2": "CUSTOMER1",
      "company:b": "BOTH0",
      "company:o": "OTHER0",
      "segment:X": "SEGMENT0",
    });
    const built = directedNetworkElements(graph, "en", "c");
    const x = (id: string) => built.elements.find((e) => e.data.id === `company:${id}`)!.position!.x;
    expect([x("s2") < x("s1"), x("s1") < x("c"), x("c") < x("k1"), x("k1") === x("k2")]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(x("s1")).toBe(-COLUMN_GAP);
    // k1 (revenue 500) stacks above k2 (unknown) in the customers' column.
    const y = (id: string) => built.elements.find((e) => e.data.id === `company:${id}`)!.position!.y;
    expect(y("k1")).toBeLessThan(y("k2"));
    expect(y("b")).toBeLessThan(0);
    expect(y("o")).toBeGreaterThan(0);
    expect(built).toMatchObject({
      shown: 6,
      total: 6,
      bySide: { SUPPLIER: 2, CUSTOMER: 2, BOTH: 1, OTHER: 1 },
    });
    // Column heads name the direction.
    expect(built.elements.filter((e) => e.data.kind === "HEAD").map((e) => e.data.label)).toEqual([
      "Suppliers (upstream) →",
      "→ Customers (downstream)",
    ]);
  });

  it("filters by relation, segment and locality, and counts what it draws", () => {
    const count = (f: Partial<NetworkFilter>) => {
      const built = directedNetworkElements(graph, "en", "c", { ...NO_FILTER, ...f });
      return [
        built.shown,
        built.elements.filter((e) => e.group === "nodes" && e.data.kind === "COMPANY").length,
      ];
    };
    expect(count({ sides: new Set(["SUPPLIER"] as const) })).toEqual([2, 3]); // s1, s2 and the centre
    expect(count({ locality: "LOCAL" })).toEqual([2, 3]); // s1, b
    expect(count({ locality: "NONLOCAL" })).toEqual([4, 5]);
    expect(count({ segmentId: "X" })).toEqual([2, 3]); // s1, k2 (primary segment X)
    // Edges to a filtered-out node go with it.
    const suppliersOnly = directedNetworkElements(graph, "en", "c", {
      ...NO_FILTER,
      sides: new Set(["SUPPLIER"] as const),
      segments: false,
    });
    expect(
      suppliersOnly.elements
        .filter((e) => e.group === "edges")
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(["e:SUPPLIES:company:s1->company:c", "e:SUPPLIES:company:s2->company:s1"]);
  });

  it("labels only the largest companies of a column; the rest are quiet until hovered", () => {
    const many = {
      nodes: [
        company("c", 0),
        ...Array.from({ length: LABELS_PER_COLUMN + 3 }, (_, i) => company(`k${i}`, 1, { revenue: 100 - i })),
      ],
      edges: Array.from({ length: LABELS_PER_COLUMN + 3 }, (_, i) => supplies("c", `k${i}`)),
    };
    const built = directedNetworkElements(many, "zh", "c");
    const quiet = built.elements
      .filter((e) =>
        String(e.classes ?? "")
          .split(" ")
          .includes("quiet"),
      )
      .map((e) => e.data.id);
    expect(quiet).toEqual([
      `company:k${LABELS_PER_COLUMN}`,
      `company:k${LABELS_PER_COLUMN + 1}`,
      `company:k${LABELS_PER_COLUMN + 2}`,
    ]);
  });
});
