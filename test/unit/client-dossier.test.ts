import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DossierDiagramData } from "../../client/src/api/operations.ts";
import { formatRoute, parseRoute } from "../../client/src/router.ts";
import { entryInput, entryKindOf } from "../../client/src/transforms/dossier.ts";
import {
  DOSSIER_GRAPH,
  dossierElements,
  dossierStyle,
  rowsFor,
} from "../../client/src/transforms/dossier-graph.ts";
import { reportUrl } from "../../client/src/transforms/export-url.ts";

describe("the dossier view's pure parts", () => {
  it("routes #/dossier/<chainId> both ways", () => {
    expect(parseRoute("#/dossier/NE")).toEqual({ view: "dossier", chainId: "NE" });
    expect(parseRoute("#/dossier")).toEqual({ view: "dossier", chainId: null });
    expect(formatRoute({ view: "dossier", chainId: "NE" })).toBe("#/dossier/NE");
    expect(formatRoute({ view: "dossier", chainId: null })).toBe("#/dossier");
  });

  it("links the report in the page's language", () => {
    expect(reportUrl("NE", "pdf", "zh")).toBe("/report/chain/NE.pdf?lang=zh");
    expect(reportUrl("NE", "xlsx", "en")).toBe("/report/chain/NE.xlsx?lang=en");
    expect(reportUrl("A/B", "pdf", "en")).toBe("/report/chain/A%2FB.pdf?lang=en");
  });

  it("adds rows only to the three maintained tables", () => {
    expect(entryKindOf({ key: "FUTURE_TRENDS", status: "MAINTAINED" })).toBe("TREND");
    expect(entryKindOf({ key: "KEY_PARKS", status: "MAINTAINED" })).toBe("PARK");
    expect(entryKindOf({ key: "KEY_PLATFORMS", status: "MAINTAINED" })).toBe("PLATFORM");
    expect(entryKindOf({ key: "KEY_FIRMS", status: "GENERATED" })).toBeNull();
    expect(entryKindOf({ key: "KEY_SHORTFALLS", status: "NO_DATA" })).toBeNull();
  });

  it("trims the form's texts and sends blanks as null", () => {
    expect(entryInput("  Park A ", "", "  ")).toEqual({ title: "Park A", detail: null, sourceNote: null });
    expect(entryInput("P", " d ", "s")).toEqual({ title: "P", detail: "d", sourceNote: "s" });
  });
});

type Node = DossierDiagramData["nodes"][number];
const node = (
  id: string,
  parent: string | null,
  kind: Node["kind"],
  coverage: Node["coverage"] = null,
): Node => ({
  id,
  parent,
  label: id,
  kind,
  coverage,
  keyTech: id === "seg:B",
  synthetic: false,
});

describe("the dossier's drawings", () => {
  afterEach(() => vi.restoreAllMocks());
  const panorama = {
    key: "PANORAMA" as const,
    nodes: [
      node("stage:UPSTREAM", null, "STAGE"),
      node("stage:MIDSTREAM", null, "STAGE"),
      node("seg:A", "stage:UPSTREAM", "SEGMENT", "MISSING"),
      node("seg:B", "stage:UPSTREAM", "SEGMENT", "PRESENT"),
      node("seg:C", "stage:MIDSTREAM", "SEGMENT", "WEAK"),
    ],
    edges: [
      { source: "seg:A", target: "seg:C" },
      // An edge to a node the diagram does not hold is dropped, not drawn dangling.
      { source: "seg:B", target: "seg:Z" },
    ],
  };

  it("chooses rows for a drawing about 1.8 times as wide as high", () => {
    // √(n · 160 / (1.8 · 58)): 150 segments → √229.9 = 15.2 → 16 rows; at least 4.
    expect(rowsFor(150)).toBe(16);
    expect(rowsFor(3)).toBe(4);
  });

  it("puts the panorama's segments in its stage boxes, in sub-columns of rowsFor(n) rows", () => {
    const elements = dossierElements(panorama);
    const pos = Object.fromEntries(elements.filter((e) => e.position).map((e) => [e.data.id, e.position]));
    // 3 segments → 4 rows: one sub-column per stage; the next stage box starts a cell and a gap on.
    const dx = DOSSIER_GRAPH.nodeWidth + 10 + DOSSIER_GRAPH.columnGap;
    expect(pos).toEqual({
      "seg:A": { x: 0, y: 0 },
      "seg:B": { x: 0, y: DOSSIER_GRAPH.rowHeight },
      "seg:C": { x: dx, y: 0 },
    });
    expect(elements.filter((e) => e.group === "edges").map((e) => [e.data.source, e.data.target])).toEqual([
      ["seg:A", "seg:C"],
    ]);
  });

  it("wraps a box's segments into a new sub-column after rowsFor(n) rows", () => {
    const nodes = [
      node("stage:UPSTREAM", null, "STAGE"),
      ...["1", "2", "3", "4", "5"].map((i) => node(`seg:${i}`, "stage:UPSTREAM", "SEGMENT", "WEAK")),
    ];
    const elements = dossierElements({ key: "PANORAMA", nodes, edges: [] });
    expect(elements.find((e) => e.data.id === "seg:5")!.position).toEqual({
      x: DOSSIER_GRAPH.nodeWidth + 10,
      y: 0,
    });
    expect(elements.find((e) => e.data.id === "seg:4")!.position).toEqual({
      x: 0,
      y: 3 * DOSSIER_GRAPH.rowHeight,
    });
  });

  it("boxes the tree's segments by the sub-chain an edge names (root and edges not drawn)", () => {
    const tree = dossierElements({
      key: "CHAIN_TREE",
      nodes: [
        node("chain:NE", null, "CHAIN"),
        node("sub:PV", null, "SUBCHAIN"),
        node("sub:BT", null, "SUBCHAIN"),
        node("seg:A", null, "SEGMENT", "WEAK"),
        node("seg:B", null, "SEGMENT", "MISSING"),
      ],
      edges: [
        { source: "chain:NE", target: "sub:PV" },
        { source: "chain:NE", target: "sub:BT" },
        { source: "sub:PV", target: "seg:A" },
        { source: "sub:BT", target: "seg:B" },
      ],
    });
    expect(tree.map((e) => [e.data.id, e.data.parent ?? null])).toEqual([
      ["sub:PV", null],
      ["sub:BT", null],
      ["seg:A", "sub:PV"],
      ["seg:B", "sub:BT"],
    ]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: tree,
      style: dossierStyle() as never,
    });
    expect(cy.nodes().length).toBe(4);
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });

  it("the stylesheet takes the panorama without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: dossierElements(panorama),
      style: dossierStyle() as never,
    });
    expect(
      cy
        .getElementById("seg:A")
        .parent()
        .map((p) => p.id()),
    ).toEqual(["stage:UPSTREAM"]);
    expect(cy.getElementById("seg:A").hasClass("cov-MISSING")).toBe(true);
    expect(cy.getElementById("seg:B").hasClass("key-tech")).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });
});
