/**
 * The chain map's one Cytoscape instance. Created once per mounted view; every later change (gaps
 * laid over the coverage map, a layout toggle, a language switch) updates it in place, so the
 * user's zoom, pan and selection stay where they were.
 */
import type { Core, ElementDefinition, EventObject, NodeSingular } from "cytoscape";
import type { Lang } from "../i18n/index.ts";
import { segNodeId, subNodeId, type ChainLayoutMode } from "../transforms/chain-map.ts";
import { OVERVIEW } from "../transforms/chain-overview.ts";
import { chainMapStyle } from "../transforms/styles.ts";
import { createGraph, destroyGraph, trackPaint } from "./cy.ts";
import { syncElements } from "./sync.ts";

export type LayoutMode = ChainLayoutMode;

export interface ChainMapGraph {
  readonly cy: Core;
  /** Applies new elements, language and layout mode to the same instance. */
  update(elements: ElementDefinition[], opts: { lang: Lang; mode: LayoutMode; dataAt?: number }): void;
  /**
   * Selects a segment (clearing the previous selection), highlights its neighbourhood and centres
   * it; false when the map has no such segment.
   */
  select(segmentId: string): boolean;
  /** Clears the selection and the highlight. */
  unselect(): void;
  /** The selected segment's id, or null. */
  selected(): string | null;
  /** The whole map at a readable zoom (as at the start). */
  overview(): void;
  /** Brings an (expanded) lane into view at a readable zoom, its upstream end first. */
  focusLane(laneId: string): void;
  destroy(): void;
}

const DAGRE = { name: "dagre", rankDir: "LR", nodeSep: 18, rankSep: 70, padding: 30 } as const;

/** On-screen size the smallest label must keep at the default view and on a lane's focus (px). */
export const READABLE_PX = 11;

/**
 * Fits `eles` in the canvas, but never below the zoom at which the overview's smallest font
 * (OVERVIEW.fontCell) renders at READABLE_PX, nor above 1.2: when they do not fit at that zoom,
 * their upstream (left) end and top are shown and the rest is a pan away.
 */
function readableView(cy: Core, eles: ReturnType<Core["elements"]>): void {
  const floor = READABLE_PX / OVERVIEW.fontCell + 0.01;
  const pad = 24;
  const box = eles.boundingBox();
  const w = cy.width() - 2 * pad;
  const h = cy.height() - 2 * pad;
  const zoom = Math.max(floor, Math.min(1.2, w / box.w, h / box.h));
  cy.zoom(zoom);
  const fitsX = box.w * zoom <= w;
  const fitsY = box.h * zoom <= h;
  cy.pan({
    x: fitsX ? cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom : pad - box.x1 * zoom,
    y: fitsY ? cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom : pad - box.y1 * zoom,
  });
}

export function createChainMapGraph(opts: {
  container: HTMLElement;
  elements: ElementDefinition[];
  lang: Lang;
  mode: LayoutMode;
  /** Label of the paint timings (window.__paints). */
  view: string;
  dataAt?: number;
  onSelect(segmentId: string): void;
  /** A lane's head or one of its cells was tapped (the overview expands or folds it). */
  onToggleLane?(laneId: string): void;
  onBackground(): void;
}): ChainMapGraph {
  const { cy } = createGraph({
    container: opts.container,
    elements: opts.elements,
    style: chainMapStyle(opts.lang),
    layout: opts.mode === "dagre" ? ({ ...DAGRE, fit: true } as never) : undefined,
    view: opts.view,
    dataAt: opts.dataAt,
  });
  if (opts.mode === "lanes") readableView(cy, cy.elements());
  let mode = opts.mode;
  let lang = opts.lang;
  let selectedId: string | null = null;

  // Listeners are registered once, with the instance.
  cy.on("tap", "node.segment", (evt: EventObject) => opts.onSelect(evt.target.data("segmentId") as string));
  cy.on("tap", "node.cell, node.lane-head", (evt: EventObject) =>
    opts.onToggleLane?.(evt.target.data("laneId") as string),
  );
  cy.on("tap", (evt: EventObject) => {
    if (evt.target === cy) opts.onBackground();
  });

  const highlight = (node: NodeSingular) => {
    cy.batch(() => {
      cy.elements().removeClass("faded highlight");
      cy.$(":selected").not(node).unselect();
      node.select();
      const hood = node.closedNeighborhood();
      cy.elements("node.segment, edge").not(hood).addClass("faded");
      hood.edges().addClass("highlight");
    });
  };

  return {
    cy,
    update(elements, next) {
      const start = next.dataAt ?? performance.now();
      const modeChanged = next.mode !== mode;
      mode = next.mode;
      const { added, removed } = syncElements(cy, elements, { positions: mode === "lanes" });
      if (next.lang !== lang) {
        lang = next.lang;
        cy.style(chainMapStyle(lang) as never);
      }
      let layoutMs = 0;
      if (mode === "dagre" && (modeChanged || added > 0 || removed > 0)) {
        // fit: false — the layout moves the nodes, never the user's viewport.
        cy.layout({ ...DAGRE, fit: false } as never).run();
        layoutMs = performance.now() - start;
      }
      // ele.classes() replaced the highlight classes: lay the selection's highlight on again.
      const node = selectedId ? cy.getElementById(segNodeId(selectedId)) : null;
      if (node && node.nonempty()) {
        highlight(node);
        // A new layout moved the selected segment: bring it back into view.
        if (modeChanged) cy.center(node);
      } else {
        selectedId = null;
      }
      void trackPaint(cy, opts.view, start, layoutMs, elements.length);
    },
    select(segmentId) {
      const node = cy.getElementById(segNodeId(segmentId));
      if (node.empty()) return false;
      selectedId = segmentId;
      highlight(node);
      cy.center(node);
      return true;
    },
    unselect() {
      selectedId = null;
      cy.batch(() => {
        cy.elements().removeClass("faded highlight");
        cy.$(":selected").unselect();
      });
    },
    selected: () => selectedId,
    overview: () => readableView(cy, cy.elements()),
    focusLane(laneId) {
      const lane = cy.getElementById(subNodeId(laneId));
      if (lane.empty()) return;
      readableView(cy, lane.union(lane.descendants()));
    },
    destroy: () => destroyGraph(cy),
  };
}
