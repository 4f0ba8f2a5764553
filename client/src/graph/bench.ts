/**
 * Render benchmarks the browser test calls (window.__bench): the app's own large-network path
 * (synthetic API response → transform → lean stylesheet → preset) against bare Cytoscape.js with a
 * plain preset layout, as perf-anchors.md measured it (labelled 18 px nodes, straight 1 px edges
 * with arrows, random positions). Loaded only when called (a separate chunk).
 */
import cytoscape from "cytoscape";
import { lang } from "../i18n/index.ts";
import { networkElements, syntheticNetwork } from "../transforms/network.ts";
import { networkStyle } from "../transforms/styles.ts";
import { createGraph, destroyGraph } from "./cy.ts";

export interface BenchResult {
  nodes: number;
  edges: number;
  /** API-shaped graph → elements with positions. */
  transformMs: number;
  /** cytoscape() creation → end of the first frame (the anchors' "create→paint"). */
  createToPaintMs: number;
  /** Data arrival → end of the first frame (transform included). */
  totalMs: number;
}

function benchContainer(): HTMLElement {
  document.getElementById("bench")?.remove();
  const el = document.createElement("div");
  el.id = "bench";
  el.style.cssText = "position:fixed;left:0;top:0;width:1280px;height:800px;background:#fff;z-index:1000";
  document.body.append(el);
  return el;
}

/** The app's path for a network of n companies. */
export async function benchNetwork(n: number): Promise<BenchResult> {
  const graph = syntheticNetwork(n, 1);
  const t0 = performance.now();
  const built = networkElements(graph, lang());
  const t1 = performance.now();
  const { cy, painted } = createGraph({
    container: benchContainer(),
    elements: built.elements,
    style: networkStyle(built.large),
    large: built.large,
    view: `bench:${n}`,
    dataAt: t1,
  });
  const createToPaint = await painted;
  const result = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    transformMs: t1 - t0,
    createToPaintMs: createToPaint,
    totalMs: t1 - t0 + createToPaint,
  };
  destroyGraph(cy);
  document.getElementById("bench")?.remove();
  return result;
}

/** Bare Cytoscape.js, preset layout, the anchors' style and graph size (n nodes, 2n edges). */
export async function benchBare(n: number): Promise<BenchResult> {
  let state = 12345;
  const rand = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++)
    elements.push({
      data: { id: `n${i}`, label: `n${i}` },
      position: { x: rand() * 4000, y: rand() * 4000 },
    });
  for (let i = 1; i < n; i++)
    elements.push({ data: { id: `t${i}`, source: `n${Math.floor(rand() * i)}`, target: `n${i}` } });
  for (let k = 0; elements.length < 3 * n; k++)
    elements.push({
      data: { id: `x${k}`, source: `n${Math.floor(rand() * n)}`, target: `n${Math.floor(rand() * n)}` },
    });
  const t0 = performance.now();
  const cy = cytoscape({
    container: benchContainer(),
    elements,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: { width: 18, height: 18, label: "data(label)", "font-size": 8 } },
      { selector: "edge", style: { width: 1, "curve-style": "straight", "target-arrow-shape": "triangle" } },
    ],
  });
  const createToPaint = await new Promise<number>((resolve) => {
    cy.one("render", () => resolve(performance.now() - t0));
    requestAnimationFrame(() => cy.forceRender());
  });
  const result = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    transformMs: 0,
    createToPaintMs: createToPaint,
    totalMs: createToPaint,
  };
  cy.destroy();
  document.getElementById("bench")?.remove();
  return result;
}

/**
 * Bare Cytoscape.js with n labelled circles and no edges on a preset layout: the baseline of the
 * geographic view (npm run bench:geo), same container size, no stylesheet work, no label choice.
 */
export async function benchBareNodes(n: number): Promise<BenchResult> {
  let state = 12345;
  const rand = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++)
    elements.push({
      data: { id: `n${i}`, label: `n${i}`, size: 6 + rand() * 40 },
      position: { x: rand() * 1240, y: rand() * 1000 },
    });
  const t0 = performance.now();
  const cy = cytoscape({
    container: benchContainer(),
    elements,
    layout: { name: "preset" },
    style: [
      {
        selector: "node",
        style: { width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 12 },
      },
    ] as never,
  });
  const createToPaint = await new Promise<number>((resolve) => {
    cy.one("render", () => resolve(performance.now() - t0));
    requestAnimationFrame(() => cy.forceRender());
  });
  const result = {
    nodes: cy.nodes().length,
    edges: 0,
    transformMs: 0,
    createToPaintMs: createToPaint,
    totalMs: createToPaint,
  };
  cy.destroy();
  document.getElementById("bench")?.remove();
  return result;
}
