/**
 * The dossier's drawable diagrams (树状图 and 现状全景图) as Cytoscape elements and a stylesheet, from
 * the API's nodes and edges. Pure: positions are computed here (a grid of boxes, see
 * dossierElements), so no layout runs in the browser.
 */
import type { ElementDefinition } from "cytoscape";
import type { DossierDiagramData, DossierItemData } from "../api/operations.ts";
import { COVERAGE_COLOURS, FONT_STACK, type Stylesheet } from "./styles.ts";
import { wrapLabel } from "./wrap.ts";

/** The items drawn as a graph; the others are tables only. */
export const DRAWN_ITEMS: readonly DossierItemData["key"][] = ["CHAIN_TREE", "PANORAMA"];

export const DOSSIER_GRAPH = { nodeWidth: 150, rowHeight: 58, columnGap: 90, labelEms: 9 } as const;

type Node = DossierDiagramData["nodes"][number];

function classesOf(n: Node): string {
  return [
    n.kind.toLowerCase(),
    n.coverage ? `cov-${n.coverage}` : "",
    n.keyTech ? "key-tech" : "",
    n.synthetic ? "synthetic" : "",
  ]
    .filter((c) => c !== "")
    .join(" ");
}

/**
 * Rows per sub-column so that the whole drawing is about 1.8 times as wide as high (the page's
 * drawing box): with n segments in cells of DOSSIER_GRAPH's size, rows ≈ √(n · w / (1.8 · h)).
 */
export function rowsFor(n: number): number {
  const w = DOSSIER_GRAPH.nodeWidth + 10;
  return Math.max(4, Math.ceil(Math.sqrt((n * w) / (1.8 * DOSSIER_GRAPH.rowHeight))));
}

/**
 * Elements for one drawn item, with preset positions: the segments in boxes side by side — the
 * panorama's stage columns (its own compound nodes), the tree's sub-chains (each segment under the
 * sub-chain an edge names as its parent) — each box's segments in sub-columns of `rowsFor(n)` rows,
 * in the API's order. The tree's nesting is shown by the boxes, so its edges (and the root) are
 * not drawn; the panorama keeps its FEEDS edges.
 */
export function dossierElements(
  item: Pick<DossierDiagramData, "key" | "nodes" | "edges">,
): ElementDefinition[] {
  const ids = new Set(item.nodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  if (item.key === "PANORAMA") {
    for (const n of item.nodes) if (n.parent) parentOf.set(n.id, n.parent);
  } else {
    const kind = new Map(item.nodes.map((n) => [n.id, n.kind]));
    for (const e of item.edges) if (kind.get(e.target) === "SEGMENT") parentOf.set(e.target, e.source);
  }
  const segments = item.nodes.filter((n) => n.kind === "SEGMENT" && parentOf.has(n.id));
  const groups = item.nodes.filter((n) => segments.some((s) => parentOf.get(s.id) === n.id));
  const rows = rowsFor(segments.length);
  const cellW = DOSSIER_GRAPH.nodeWidth + 10;
  const elements: ElementDefinition[] = groups.map((g) => ({
    group: "nodes",
    data: { id: g.id, label: g.label },
    classes: `${classesOf(g)} group`,
  }));
  let x = 0;
  for (const g of groups) {
    const members = segments.filter((s) => parentOf.get(s.id) === g.id);
    members.forEach((s, i) => {
      elements.push({
        group: "nodes",
        data: { id: s.id, parent: g.id, label: wrapLabel(s.label, DOSSIER_GRAPH.labelEms) },
        classes: classesOf(s),
        position: { x: x + Math.floor(i / rows) * cellW, y: (i % rows) * DOSSIER_GRAPH.rowHeight },
      });
    });
    x += Math.ceil(members.length / rows) * cellW + DOSSIER_GRAPH.columnGap;
  }
  if (item.key === "PANORAMA")
    item.edges
      .filter(
        (e) => ids.has(e.source) && ids.has(e.target) && parentOf.has(e.source) && parentOf.has(e.target),
      )
      .forEach((e, i) =>
        elements.push({ group: "edges", data: { id: `e${i}`, source: e.source, target: e.target } }),
      );
  return elements;
}

/** One stylesheet for both diagrams: coverage colours as on the chain map. */
export function dossierStyle(): Stylesheet {
  return [
    {
      selector: "node",
      style: {
        "font-family": FONT_STACK,
        "font-size": 13,
        color: "#1f2933",
        label: "data(label)",
        "text-wrap": "wrap",
        "text-max-width": `${DOSSIER_GRAPH.nodeWidth - 8}px`,
        "text-valign": "center",
        "text-halign": "center",
        shape: "round-rectangle",
        width: DOSSIER_GRAPH.nodeWidth,
        height: 44,
        "background-color": "#eef0f5",
        "border-width": 1,
        "border-color": "#8a93a6",
      },
    },
    {
      selector: "node.group",
      style: {
        "background-color": "#f7f9fc",
        "border-color": "#c5cedb",
        "text-valign": "top",
        "text-halign": "center",
        "font-weight": "bold",
        "font-size": 15,
        padding: "14px",
      },
    },
    ...(Object.entries(COVERAGE_COLOURS) as [string, { fill: string; border: string }][]).map(
      ([status, c]) => ({
        selector: `node.cov-${status}`,
        style: { "background-color": c.fill, "border-color": c.border, "border-width": 2 },
      }),
    ),
    { selector: "node.key-tech", style: { "border-width": 4, "font-weight": "bold" } },
    {
      selector: "edge",
      style: {
        width: 1,
        "line-color": "#b6bfcc",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#b6bfcc",
        "arrow-scale": 0.7,
        opacity: 0.7,
      },
    },
  ];
}
