/**
 * The geographic view's one Cytoscape instance: a preset layout from projected coordinates
 * (transforms/geo.ts), labels kept at GEO.labelPx on screen whatever the zoom, and only the labels
 * that fit without overlapping shown (chosen again after every zoom).
 */
import type { Core, EventObject, NodeSingular } from "cytoscape";
import { chooseLabels, GEO, geoStyle, type Box, type LabelCandidate } from "../transforms/geo.ts";
import type { ElementDefinition } from "cytoscape";
import { createGraph, destroyGraph, trackPaint } from "./cy.ts";
import { syncElements } from "./sync.ts";

export interface GeoGraph {
  readonly cy: Core;
  /** New data on the same instance (zoom and pan kept unless `refit`). */
  update(elements: ElementDefinition[], refit: boolean): void;
  /** Marks a place as picked (its circles outlined), or none. */
  pick(code: string | null): void;
  /** The whole map in view, labels chosen again. */
  overview(): void;
  destroy(): void;
}

type BB = { x1: number; x2: number; y1: number; y2: number; w: number };
const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };

export function createGeoGraph(opts: {
  container: HTMLElement;
  elements: ElementDefinition[];
  dataAt?: number;
  onPick(code: string): void;
  onHover(code: string | null, at: { x: number; y: number }): void;
  onBackground(): void;
}): GeoGraph {
  const { cy } = createGraph({
    container: opts.container,
    elements: opts.elements,
    style: geoStyle(GEO.labelPx),
    view: "geo",
    dataAt: opts.dataAt,
  });

  /** Labels at GEO.labelPx on screen, and the ones that fit. */
  const relabel = () => {
    const zoom = cy.zoom();
    const font = GEO.labelPx / zoom;
    cy.batch(() => {
      cy.style(geoStyle(font) as never);
      cy.nodes(".geo-label").addClass("shown");
    });
    const labels = cy.nodes(".geo-label");
    const width = new Map<string, number>();
    labels.forEach((n) => {
      const bb = n.boundingBox(LABEL_ONLY as never) as BB;
      width.set(n.id(), bb.w * zoom);
    });
    const fixed: Box[] = cy
      .nodes(".geo-grid-end, .geo-band-title")
      .filter((n) => String(n.data("label") ?? "") !== "")
      .map((n) => {
        const bb = n.boundingBox(LABEL_ONLY as never) as BB;
        return { x1: bb.x1 * zoom, x2: bb.x2 * zoom, y1: bb.y1 * zoom, y2: bb.y2 * zoom };
      });
    const candidates: LabelCandidate[] = labels.map((n) => ({
      id: n.id(),
      x: n.position("x"),
      y: n.position("y"),
      size: Number(n.data("size")),
      text: String(n.data("label") ?? ""),
      priority: (n.hasClass("home") ? 1e9 : 0) + Number(n.data("total") ?? 0),
    }));
    const shown = chooseLabels(candidates, zoom, (c) => width.get(c.id) ?? 0, fixed);
    cy.batch(() => {
      labels.forEach((n) => {
        if (!shown.has(n.id())) n.removeClass("shown");
      });
    });
  };

  const overview = () => {
    cy.fit(cy.elements(), 24);
    relabel();
  };
  overview();

  let frame = 0;
  cy.on("zoom", () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(relabel);
  });
  cy.on("tap", "node.geo-point, node.geo-label", (e: EventObject) =>
    opts.onPick(String(e.target.data("code"))),
  );
  cy.on("tap", (e: EventObject) => {
    if (e.target === cy) opts.onBackground();
  });
  cy.on("mouseover", "node.geo-point, node.geo-label", (e: EventObject) => {
    const n = e.target as NodeSingular;
    opts.onHover(String(n.data("code")), n.renderedPosition());
  });
  cy.on("mouseout", "node.geo-point, node.geo-label", (e: EventObject) =>
    opts.onHover(null, (e.target as NodeSingular).renderedPosition()),
  );

  return {
    cy,
    update(elements, refit) {
      const start = performance.now();
      syncElements(cy, elements, { positions: true });
      if (refit) overview();
      else relabel();
      void trackPaint(cy, "geo", start, 0, elements.length);
    },
    pick(code) {
      cy.batch(() => {
        cy.nodes(".geo-point.picked").removeClass("picked");
        if (code !== null)
          cy.nodes(".geo-point")
            .filter((n) => n.data("code") === code)
            .addClass("picked");
      });
    },
    overview,
    destroy: () => destroyGraph(cy),
  };
}
