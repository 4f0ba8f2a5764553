/**
 * The one place that creates Cytoscape instances: extensions are registered once, every instance
 * gets the same rendering options, and the active one is exposed as window.__cy for the browser
 * tests (CONVENTIONS §13, §15). A view destroys its instance when it leaves; in between it
 * updates it in place (graph/sync.ts).
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type StylesheetJson,
} from "cytoscape";
import type { Stylesheet } from "../transforms/styles.ts";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

let registered = false;

/** One graph paint: time from the data's arrival to the end of the first frame. */
export interface PaintRecord {
  view: string;
  layoutMs: number;
  paintMs: number;
  elements: number;
}

function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

declare global {
  interface Window {
    __cy?: Core;
    /** Timings of the last graph paint, read by the e2e test (ms). */
    __paint?: PaintRecord;
    /** Every paint since the page loaded, oldest first. */
    __paints?: PaintRecord[];
  }
}

export interface GraphOptions {
  container: HTMLElement;
  elements: ElementDefinition[];
  style: Stylesheet;
  /** "preset" uses the positions in the elements (computed by a transform). */
  layout?: LayoutOptions;
  /** Large graphs: viewport textures, edges hidden while panning, no motion blur. */
  large?: boolean;
  /** Label for the paint timing (window.__paint.view). */
  view: string;
  /** When the data arrived (performance.now()); the paint time counts from there. */
  dataAt?: number;
}

/**
 * Creates an instance, runs its layout and resolves after the first frame is drawn, with the time
 * from creation to that frame.
 */
export function createGraph(opts: GraphOptions): { cy: Core; painted: Promise<number> } {
  registerExtensions();
  const start = opts.dataAt ?? performance.now();
  const cy = cytoscape({
    container: opts.container,
    elements: opts.elements,
    style: opts.style as unknown as StylesheetJson,
    layout: { name: "preset", fit: true, padding: 30 },
    pixelRatio: 1,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    textureOnViewport: opts.large ?? false,
    hideEdgesOnViewport: opts.large ?? false,
    motionBlur: false,
  });
  window.__cy = cy;
  let layoutMs = 0;
  if (opts.layout && opts.layout.name !== "preset") {
    const layout = cy.layout(opts.layout);
    layout.run();
    layoutMs = performance.now() - start;
  }
  // A handful of nodes would be blown up to fill the canvas: keep labels at a readable scale.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  const painted = trackPaint(cy, opts.view, start, layoutMs, opts.elements.length);
  return { cy, painted };
}

/**
 * Resolves after the next frame is drawn with the time since `start`, and records it in
 * window.__paint / __paints (for a new instance and for an update of one in place alike).
 */
export function trackPaint(
  cy: Core,
  view: string,
  start: number,
  layoutMs: number,
  elements: number,
): Promise<number> {
  return new Promise<number>((resolve) => {
    // The canvas renderer draws on the next animation frame; 'render' fires after that draw.
    cy.one("render", () => {
      const paintMs = performance.now() - start;
      const record = { view, layoutMs, paintMs, elements };
      window.__paint = record;
      (window.__paints ??= []).push(record);
      resolve(paintMs);
    });
    // A graph with no visible change may not re-render: force one frame.
    requestAnimationFrame(() => cy.forceRender?.());
  });
}

/** Destroys an instance and clears window.__cy when it pointed at it. */
export function destroyGraph(cy: Core | undefined): void {
  if (!cy) return;
  if (window.__cy === cy) window.__cy = undefined;
  cy.destroy();
}

/** Downloads the graph as a PNG (the whole graph, white background, 2× for print). */
export function downloadPng(cy: Core, filename: string): void {
  const uri = cy.png({ full: true, scale: 2, bg: "#ffffff", maxWidth: 8000, maxHeight: 8000 });
  const a = document.createElement("a");
  a.href = uri;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}
