/**
 * Company ego networks: API graph → Cytoscape elements with positions computed here, merging of an
 * expanded neighbour's network, and a synthetic graph generator for the 5,000-node render test.
 *
 * Positions are concentric by depth (the centre, then a ring per hop, each node placed near the
 * angle of the node that brought it in), O(n log n): force or layered layouts do not finish in a
 * browser past a few hundred nodes on this kind of machine (perf-anchors.md), so large networks
 * are drawn with these positions as a "preset" layout and small ones are refined by fcose.
 */
import type { ElementDefinition } from "cytoscape";
import { nameOf, type Lang } from "../i18n/index.ts";
import type { GraphEdgeData, GraphNodeData, NetworkGraph } from "../api/operations.ts";

/** Above this many nodes the network is "large": preset positions and the lean stylesheet. */
export const LARGE_NETWORK = 400;

export const RING_GAP = 170;
/** Minimum arc length between neighbours on a ring, so large rings grow outwards. */
const MIN_ARC = 26;

/** Node ids as the API builds them ("company:<id>", "segment:<id>"): domain keys prefixed by kind. */
export const companyNodeId = (id: string): string => `company:${id}`;
export const segmentNodeId = (id: string): string => `segment:${id}`;

/** The company's or segment's own id from a graph node's id. */
export function entityId(n: Pick<GraphNodeData, "id" | "kind">): string {
  const prefix = n.kind === "SEGMENT" ? "segment:" : "company:";
  return n.id.startsWith(prefix) ? n.id.slice(prefix.length) : n.id;
}

/** Node diameter from revenue (million RMB), logarithmic: 12 px unknown or tiny, 40 px at 10⁶. */
export function sizeForRevenue(revenue: number | null): number {
  if (revenue === null || !(revenue > 0)) return 14;
  return Math.round(Math.min(40, 12 + 4.7 * Math.log10(1 + revenue)));
}

/**
 * Concentric positions: ring d holds the nodes at depth d, ordered by the angle of a neighbour one
 * ring in (then by id), so branches stay together. Returns model coordinates around (0, 0).
 */
export function concentricPositions(
  nodes: readonly { id: string; depth: number }[],
  edges: readonly { source: string; target: string }[],
): Map<string, { x: number; y: number }> {
  const depthOf = new Map(nodes.map((n) => [n.id, n.depth]));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (!depthOf.has(e.source) || !depthOf.has(e.target)) continue;
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  const rings = new Map<number, string[]>();
  for (const n of nodes) (rings.get(n.depth) ?? rings.set(n.depth, []).get(n.depth)!).push(n.id);
  const angle = new Map<string, number>();
  const pos = new Map<string, { x: number; y: number }>();
  let radius = 0;
  for (const depth of [...rings.keys()].sort((a, b) => a - b)) {
    const ids = rings.get(depth)!;
    const key = new Map<string, number>();
    for (const id of ids) {
      const inner = (neighbours.get(id) ?? []).filter(
        (m) => (depthOf.get(m) ?? Infinity) < depth && angle.has(m),
      );
      key.set(id, inner.length ? Math.min(...inner.map((m) => angle.get(m)!)) : 0);
    }
    ids.sort((a, b) => key.get(a)! - key.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    if (depth === 0 && ids.length === 1) {
      pos.set(ids[0]!, { x: 0, y: 0 });
      angle.set(ids[0]!, 0);
      continue;
    }
    radius = Math.max(radius + RING_GAP, (ids.length * MIN_ARC) / (2 * Math.PI));
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      angle.set(id, a);
      pos.set(id, { x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) });
    });
  }
  return pos;
}

export interface NetworkElements {
  elements: ElementDefinition[];
  companies: number;
  synthetic: number;
  large: boolean;
}

/** Turns an API graph (or several merged) into elements with concentric positions. */
export function networkElements(
  graph: Pick<NetworkGraph, "nodes" | "edges">,
  lang: Lang,
  centreId?: string,
): NetworkElements {
  const ids = graph.nodes.map((n) => ({ id: n.id, depth: n.depth }));
  const known = new Set(ids.map((n) => n.id));
  // An edge to a node left out by the API's limit has nothing to attach to.
  const edges = graph.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .map((e) => ({ e, source: e.source, target: e.target }));
  const positions = concentricPositions(ids, edges);
  const large = graph.nodes.length > LARGE_NETWORK;
  let companies = 0;
  let synthetic = 0;
  const elements: ElementDefinition[] = [];
  for (const n of graph.nodes) {
    const id = n.id;
    const isCompany = n.kind === "COMPANY";
    if (isCompany) companies++;
    if (n.source === "SYNTHETIC") synthetic++;
    const classes = [
      isCompany ? "company" : "seg",
      n.isLocal && isCompany ? "local" : "",
      n.source === "SYNTHETIC" ? "synthetic" : "",
      isCompany && (entityId(n) === centreId || (centreId === undefined && n.depth === 0)) ? "centre" : "",
    ].filter(Boolean);
    elements.push({
      group: "nodes",
      data: {
        id,
        apiId: entityId(n),
        kind: n.kind,
        label: nameOf(lang, n),
        depth: n.depth,
        size: isCompany ? sizeForRevenue(n.revenue) : 16,
        source: n.source,
      },
      position: positions.get(id) ?? { x: 0, y: 0 },
      classes: classes.join(" "),
    });
  }
  const seen = new Set<string>();
  for (const { e, source, target } of edges) {
    const id = `e:${e.kind}:${source}->${target}`;
    // Two ties between the same pair (or a repeated edge across merged graphs) draw once.
    if (seen.has(id) || source === target) continue;
    seen.add(id);
    elements.push({
      group: "edges",
      data: { id, source, target, kind: e.kind },
      classes: e.kind === "OPERATES_IN" ? "operates" : "supplies",
    });
  }
  return { elements, companies, synthetic, large };
}

/**
 * Merges the network of an expanded node into what is shown: nodes and edges by id, each node
 * keeping its smallest depth relative to the original centre (the expanded node's depth plus the
 * new node's depth in its own network).
 */
export function mergeGraphs(
  base: Pick<NetworkGraph, "nodes" | "edges">,
  added: Pick<NetworkGraph, "nodes" | "edges">,
  expandedDepth: number,
): Pick<NetworkGraph, "nodes" | "edges"> {
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  for (const n of added.nodes) {
    const key = n.id;
    const depth = expandedDepth + n.depth;
    const prev = nodes.get(key);
    if (!prev) nodes.set(key, { ...n, depth });
    else if (depth < prev.depth) nodes.set(key, { ...prev, depth });
  }
  const edges = new Map(base.edges.map((e) => [`${e.kind}:${e.source}->${e.target}`, e]));
  for (const e of added.edges) {
    const key = `${e.kind}:${e.source}->${e.target}`;
    if (!edges.has(key)) edges.set(key, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * A deterministic synthetic network shaped like the API's (a tree by depth plus extra ties), for
 * the render benchmark: n companies, about 2n edges, Park–Miller random numbers from `seed`.
 */
export function syntheticNetwork(n: number, seed = 1): NetworkGraph {
  let state = seed % 2147483647 || 1;
  const rand = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const nodes: GraphNodeData[] = [];
  const edges: GraphEdgeData[] = [];
  const depthOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const parent = i === 0 ? -1 : Math.floor(rand() * Math.min(i, Math.max(1, i / 3 + 8)));
    const depth = parent < 0 ? 0 : depthOf[parent]! + 1;
    depthOf.push(depth);
    nodes.push({
      id: `company:S${i}`,
      kind: "COMPANY",
      name: `Company ${i}`,
      nameZh: `企业${i}`,
      depth,
      isLocal: rand() < 0.1,
      source: "SYNTHETIC",
      segmentId: null,
      revenue: Math.round(10 ** (1 + rand() * 4)),
    });
    if (parent >= 0)
      edges.push({ id: `t${i}`, source: `company:S${parent}`, target: `company:S${i}`, kind: "SUPPLIES" });
  }
  for (let k = 0; edges.length < 2 * n && k < 4 * n; k++) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    if (a !== b)
      edges.push({ id: `x${k}`, source: `company:S${a}`, target: `company:S${b}`, kind: "SUPPLIES" });
  }
  return { nodes, edges, truncated: false, totalCompanies: n };
}
