/**
 * Cytoscape stylesheets as plain data: selectors and data() mappers, no per-element styles
 * (CONVENTIONS §14). Pure, so Node tests can feed them to a headless Cytoscape.
 */
import { translate, type Lang } from "../i18n/index.ts";
import type { GapType } from "../api/operations.ts";

/** CJK first so canvas labels pick a Chinese face before a Latin one substitutes glyphs. */
/**
 * A stylesheet block as plain data. Cytoscape's typings reject some valid values (string font
 * weights, data() mappers in numeric properties), so the blocks are typed loosely here and checked
 * by a headless Cytoscape in the unit tests, which warns on any invalid property or value.
 */
export interface StyleBlock {
  selector: string;
  style: Record<string, string | number | number[]>;
}
export type Stylesheet = StyleBlock[];

export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';

export const COVERAGE_COLOURS = {
  MISSING: { fill: "#fde4e2", border: "#d64545" },
  WEAK: { fill: "#fff1c2", border: "#c98a00" },
  PRESENT: { fill: "#d9f2e1", border: "#2f9e5b" },
  EXTERNAL: { fill: "#eef0f5", border: "#8a93a6" },
} as const;

export const GAP_COLOURS: Record<GapType, string> = {
  FILL: "#d64545",
  CONSOLIDATE: "#d97800",
  STRENGTHEN: "#2f6fdb",
  EXTEND: "#8a4fd6",
};

export const GAP_TYPES: readonly GapType[] = ["FILL", "CONSOLIDATE", "STRENGTHEN", "EXTEND"];

export const CROSS_CHAIN_COLOUR = "#8a4fd6";

/** A round badge with one character (补/固/强/延 or F/C/S/E) as an SVG data URI. */
export function badgeUri(text: string, colour: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 28 28">` +
    `<circle cx="14" cy="14" r="12.5" fill="${colour}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="14" y="19" text-anchor="middle" font-size="14" font-weight="700" fill="#ffffff" ` +
    `font-family='${FONT_STACK.replace(/"/g, "")}'>${text}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** The chain map's stylesheet; the gap badges carry the language's short type name. */
export function chainMapStyle(lang: Lang): Stylesheet {
  const style: Stylesheet = [
    {
      selector: "node",
      style: { "font-family": FONT_STACK, "font-size": 14, color: "#1f2933" },
    },
    {
      selector: "node.segment",
      style: {
        shape: "round-rectangle",
        width: 144,
        height: "data(height)",
        label: "data(label)",
        "text-wrap": "wrap",
        "text-max-width": "140px",
        // Labels come wrapped at word boundaries (transforms/wrap.ts); Cytoscape only adds breaks
        // at spaces, never inside a word.
        "text-overflow-wrap": "whitespace",
        "text-valign": "center",
        "text-halign": "center",
        "border-width": 2,
        "min-zoomed-font-size": 6,
      },
    },
    ...(
      Object.entries(COVERAGE_COLOURS) as [keyof typeof COVERAGE_COLOURS, { fill: string; border: string }][]
    ).map(([status, c]) => ({
      selector: `node.cov-${status}`,
      style: { "background-color": c.fill, "border-color": c.border },
    })),
    { selector: "node.external", style: { "border-style": "dashed", color: "#4b5563" } },
    ...GAP_TYPES.map((type) => ({
      selector: `node.gap-${type}`,
      style: {
        "background-image": badgeUri(translate(lang, `gapShort${type}`), GAP_COLOURS[type]),
        "background-width": "24px",
        "background-height": "24px",
        "background-position-x": "100%",
        "background-position-y": "0%",
        "background-offset-x": "12px",
        "background-offset-y": "-12px",
        "background-clip": "none",
        "background-image-containment": "over",
        "bounds-expansion": 14,
        "border-width": 3,
        "font-weight": "bold",
      },
    })),
    { selector: "node.break-point", style: { "border-style": "double", "border-width": 6 } },
    {
      selector: "node.subchain",
      style: {
        shape: "round-rectangle",
        "background-color": "#f7f9fc",
        "background-opacity": 0.85,
        "border-color": "#c5cedb",
        "border-width": 1,
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "left",
        "text-rotation": "none",
        "text-margin-x": 150,
        "text-margin-y": -2,
        "font-size": 22,
        "font-weight": "bold",
        color: "#334155",
        padding: "18px",
      },
    },
    // The overview (transforms/chain-overview.ts): lanes of stage cells, expandable on click.
    { selector: "node.lane", style: { label: "", padding: "6px" } },
    {
      selector: "node.lane-head",
      style: {
        shape: "round-rectangle",
        width: "data(width)",
        height: "data(height)",
        "background-color": "#e2e8f0",
        "border-width": 1,
        "border-color": "#94a3b8",
        label: "data(label)",
        "text-wrap": "wrap",
        "text-max-width": "190px",
        "text-overflow-wrap": "whitespace",
        "text-valign": "center",
        "text-halign": "center",
        "font-size": 15,
        "font-weight": "bold",
        color: "#1e293b",
      },
    },
    {
      selector: "node.cell",
      style: {
        shape: "round-rectangle",
        width: "data(width)",
        height: "data(height)",
        label: "data(label)",
        "text-wrap": "wrap",
        "text-max-width": "240px",
        "text-overflow-wrap": "whitespace",
        "text-valign": "center",
        "text-halign": "center",
        "font-size": 14,
        "border-width": 2,
      },
    },
    { selector: "node.cell.has-gaps", style: { "border-width": 3, "font-weight": "bold" } },
    { selector: "node.cell.external", style: { "border-style": "dashed", color: "#4b5563" } },
    { selector: "node.external-lane", style: { "border-style": "dashed", "background-color": "#f4f0fb" } },
    {
      selector: "node.stage-band",
      style: {
        shape: "rectangle",
        width: "data(width)",
        height: "data(height)",
        "background-color": "#eef3fa",
        "background-opacity": 0.55,
        "border-width": 0,
        label: "data(label)",
        // The stage's name above its band: upstream → midstream → downstream reads first.
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        "font-size": 18,
        "font-weight": "bold",
        color: "#475569",
        events: "no",
        "z-compound-depth": "bottom",
      },
    },
    {
      selector: "node.stage-arrow",
      style: {
        width: 1,
        height: 1,
        "background-opacity": 0,
        label: "data(label)",
        "font-size": 24,
        "font-weight": "bold",
        color: "#64748b",
        "text-valign": "center",
        "text-halign": "center",
        events: "no",
      },
    },
    { selector: "node.stage-MIDSTREAM", style: { "background-color": "#e6eef9" } },
    {
      selector: "edge.feed",
      style: {
        width: "mapData(weight, 0, 1, 1, 3.5)",
        "line-color": "#94a3b8",
        "target-arrow-color": "#94a3b8",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        "curve-style": "bezier",
        opacity: 0.8,
      },
    },
    {
      selector: "edge.cross-chain",
      style: {
        "line-color": CROSS_CHAIN_COLOUR,
        "target-arrow-color": CROSS_CHAIN_COLOUR,
        "line-style": "dashed",
        "line-dash-pattern": [7, 4],
      },
    },
    {
      selector: "edge.flow",
      style: { width: "mapData(count, 1, 12, 1.5, 7)", "arrow-scale": 1, opacity: 0.7 },
    },
    { selector: "edge.cross-lane", style: { opacity: 0.35 } },
    {
      selector: "node.segment:selected",
      style: {
        "overlay-color": "#2563eb",
        "overlay-opacity": 0.18,
        "overlay-padding": 6,
        "border-color": "#1d4ed8",
      },
    },
    { selector: ".faded", style: { opacity: 0.25 } },
    {
      selector: "edge.highlight",
      style: { "line-color": "#1d4ed8", "target-arrow-color": "#1d4ed8", opacity: 1, width: 3 },
    },
  ];
  return style;
}

/** Colour of a company in a network: local firms green, the rest blue, segments grey. */
export const NETWORK_COLOURS = {
  local: "#2f9e5b",
  other: "#3b6fd8",
  segment: "#9aa5b8",
  centre: "#e0662b",
} as const;

/**
 * The company network's stylesheet. `large` trades looks for speed (Cytoscape's performance
 * guidance): no labels until zoomed in, haystack edges without arrows, no borders.
 */
export function networkStyle(large: boolean): Stylesheet {
  return [
    {
      selector: "node",
      style: {
        "font-family": FONT_STACK,
        "font-size": 11,
        color: "#1f2933",
        width: "data(size)",
        height: "data(size)",
        "background-color": NETWORK_COLOURS.other,
        label: large ? "" : "data(label)",
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "min-zoomed-font-size": large ? 0 : 8,
      },
    },
    { selector: "node.local", style: { "background-color": NETWORK_COLOURS.local } },
    {
      selector: "node.seg",
      style: { shape: "round-tag", "background-color": NETWORK_COLOURS.segment, color: "#475569" },
    },
    ...(large
      ? []
      : [
          {
            selector: "node.synthetic",
            style: { "border-width": 1.5, "border-style": "dashed" as const, "border-color": "#64748b" },
          },
        ]),
    {
      selector: "node.centre",
      style: {
        "background-color": NETWORK_COLOURS.centre,
        label: "data(label)",
        "font-size": 14,
        "font-weight": "bold",
        "z-index": 10,
      },
    },
    {
      selector: "node.expanded",
      style: { "border-width": 3, "border-color": "#e0662b", "border-style": "solid" },
    },
    {
      selector: "edge",
      style: large
        ? { width: 0.6, "line-color": "#b6c0ce", "curve-style": "haystack", "haystack-radius": 0 }
        : {
            width: 1.2,
            "line-color": "#b6c0ce",
            "curve-style": "straight",
            "target-arrow-shape": "triangle",
            "target-arrow-color": "#b6c0ce",
            "arrow-scale": 0.7,
          },
    },
    { selector: "edge.operates", style: { "line-style": "dotted", "target-arrow-shape": "none" } },
    {
      selector: "node:selected",
      style: { "overlay-color": "#2563eb", "overlay-opacity": 0.2, "overlay-padding": 5 },
    },
    // Label declutter: only a column's largest companies are labelled; the rest on hover/selection.
    { selector: "node.quiet", style: { "text-opacity": 0 } },
    { selector: "node.quiet.hover, node.quiet:selected", style: { "text-opacity": 1, "z-index": 20 } },
    // Labels beside the node in the directed layout: suppliers' to the left, customers' to the right.
    {
      selector: "node.side-SUPPLIER",
      style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -6, "text-margin-y": 0 },
    },
    {
      selector: "node.side-CUSTOMER",
      style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 6, "text-margin-y": 0 },
    },
    {
      selector: "node.col-head",
      style: {
        shape: "rectangle",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        label: "data(label)",
        "font-size": 13,
        "font-weight": "bold",
        color: "#475569",
        "text-valign": "center",
        "text-halign": "center",
        "text-margin-x": 0,
        events: "no",
      },
    },
  ];
}

/** The alliance graph: the network style, with existing ties solid and suggested ones dashed. */
export function allianceStyle(): Stylesheet {
  return [
    ...networkStyle(false),
    {
      selector: "node.company",
      style: {
        label: "data(label)",
        "text-valign": "center",
        "text-halign": "right",
        "text-margin-x": 6,
        "text-margin-y": 0,
      },
    },
    { selector: "node.rel-SUPPLIER", style: { "text-halign": "left", "text-margin-x": -6 } },
    {
      selector: "node.rel-PEER",
      style: { "text-valign": "bottom", "text-halign": "center", "text-margin-x": 0, "text-margin-y": 4 },
    },
    {
      selector: "node.centre",
      style: { "text-valign": "top", "text-halign": "center", "text-margin-x": 0, "text-margin-y": -6 },
    },
    {
      selector: "edge.potential",
      style: { "line-style": "dashed", "line-color": "#c2cad6", "target-arrow-color": "#c2cad6" },
    },
    { selector: "edge.tie", style: { width: 3, "line-color": "#e0662b", "target-arrow-color": "#e0662b" } },
    { selector: "edge.peer", style: { "target-arrow-shape": "none" } },
    {
      selector: "node.heading",
      style: {
        shape: "rectangle",
        width: 1,
        height: 1,
        "background-opacity": 0,
        label: "data(label)",
        "text-wrap": "none",
        "font-size": 15,
        "font-weight": "bold",
        color: "#475569",
        "text-valign": "center",
        "text-halign": "center",
        events: "no",
      },
    },
  ];
}
