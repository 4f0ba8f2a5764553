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
import { nameOf, translate, type Lang } from "../i18n/index.ts";
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

/**
 * Which side of the centre a company is on, read from the direction of the SUPPLIES ties:
 * SUPPLIER (it reaches the centre along ties, i.e. upstream), CUSTOMER (the centre reaches it,
 * downstream), BOTH (a direct supplier and a direct customer), OTHER (connected only sideways, e.g.
 * a fellow supplier's customer), CENTRE. Segments are SEGMENT.
 */
export type NetworkSide = "CENTRE" | "SUPPLIER" | "CUSTOMER" | "BOTH" | "OTHER" | "SEGMENT";

/** What the reader filters a network by. */
export interface NetworkFilter {
  /** Sides to show; the centre always shows. */
  sides: ReadonlySet<Exclude<NetworkSide, "CENTRE" | "SEGMENT">>;
  /** Show segment nodes (the centre's segments). */
  segments: boolean;
  /** Only companies whose primary segment is this one, or null. */
  segmentId: string | null;
  locality: "ALL" | "LOCAL" | "NONLOCAL";
}

export const ALL_SIDES = new Set(["SUPPLIER", "CUSTOMER", "BOTH", "OTHER"] as const);
export const NO_FILTER: NetworkFilter = {
  sides: ALL_SIDES,
  segments: true,
  segmentId: null,
  locality: "ALL",
};

/** Hops along directed ties from `from` to every node reachable; BFS over the given adjacency. */
function hops(start: string, next: ReadonlyMap<string, string[]>): Map<string, number> {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const m of next.get(at) ?? []) {
      if (dist.has(m)) continue;
      dist.set(m, dist.get(at)! + 1);
      queue.push(m);
    }
  }
  return dist;
}

/**
 * Side and column of every node: suppliers at column −k (k ties upstream of the centre),
 * customers at +k, the centre and sideways nodes at 0. A node both up- and downstream takes the
 * nearer side (BOTH when it is a direct supplier and a direct customer).
 */
export function networkSides(
  graph: Pick<NetworkGraph, "nodes" | "edges">,
  centreNodeId: string,
): Map<string, { side: NetworkSide; column: number }> {
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== "SUPPLIES") continue;
    (down.get(e.source) ?? down.set(e.source, []).get(e.source)!).push(e.target);
    (up.get(e.target) ?? up.set(e.target, []).get(e.target)!).push(e.source);
  }
  const upstream = hops(centreNodeId, up);
  const downstream = hops(centreNodeId, down);
  const out = new Map<string, { side: NetworkSide; column: number }>();
  for (const n of graph.nodes) {
    if (n.kind === "SEGMENT") out.set(n.id, { side: "SEGMENT", column: 0 });
    else if (n.id === centreNodeId) out.set(n.id, { side: "CENTRE", column: 0 });
    else {
      const u = upstream.get(n.id);
      const d = downstream.get(n.id);
      if (u === 1 && d === 1) out.set(n.id, { side: "BOTH", column: 0 });
      else if (u !== undefined && (d === undefined || u <= d))
        out.set(n.id, { side: "SUPPLIER", column: -u });
      else if (d !== undefined) out.set(n.id, { side: "CUSTOMER", column: d });
      else out.set(n.id, { side: "OTHER", column: 0 });
    }
  }
  return out;
}

/** The head of a column: which way the ties run. */
export function headLabel(lang: Lang, side: "SUPPLIER" | "CUSTOMER"): string {
  return translate(lang, side === "SUPPLIER" ? "networkSuppliersHead" : "networkCustomersHead");
}

/** Horizontal distance between columns, vertical between stacked nodes, and the most per sub-column. */
export const COLUMN_GAP = 300;
export const ROW_GAP = 44;
export const COLUMN_ROWS = 14;
/** Labels drawn per column (largest revenue first); the others show theirs on hover or selection. */
export const LABELS_PER_COLUMN = 8;

export interface DirectedNetwork extends NetworkElements {
  /** Companies drawn (the centre not counted) and companies in the graph (idem). */
  shown: number;
  total: number;
  /** Companies per side in the whole graph, for the filter's counts. */
  bySide: Record<Exclude<NetworkSide, "CENTRE" | "SEGMENT">, number>;
}

/**
 * The network laid out by direction: suppliers in columns to the left of the centre, customers to
 * the right (one column per hop), companies tied both ways and sideways ones above and below the
 * centre, the centre's segments in a row on top. Each column stacks its companies by revenue and
 * wraps into sub-columns of {@link COLUMN_ROWS}. Filters leave out nodes (and their edges); only
 * the top {@link LABELS_PER_COLUMN} of a column keep a visible label (class `quiet` on the rest),
 * so labels do not pile up.
 */
export function directedNetworkElements(
  graph: Pick<NetworkGraph, "nodes" | "edges">,
  lang: Lang,
  centreId: string,
  filter: NetworkFilter = NO_FILTER,
): DirectedNetwork {
  const centre = companyNodeId(centreId);
  const sides = networkSides(graph, centre);
  const bySide = { SUPPLIER: 0, CUSTOMER: 0, BOTH: 0, OTHER: 0 };
  const keep = graph.nodes.filter((n) => {
    const side = sides.get(n.id)!.side;
    if (side === "CENTRE") return true;
    if (side === "SEGMENT") return filter.segments;
    bySide[side]++;
    if (!filter.sides.has(side)) return false;
    if (filter.locality === "LOCAL" && !n.isLocal) return false;
    if (filter.locality === "NONLOCAL" && n.isLocal) return false;
    if (filter.segmentId && n.segmentId !== filter.segmentId) return false;
    return true;
  });
  // Columns: key "column:band" (band 0 the main row, −1 above the centre, +1 below).
  const groups = new Map<string, GraphNodeData[]>();
  for (const n of keep) {
    const { side, column } = sides.get(n.id)!;
    const key =
      side === "SEGMENT" ? "seg" : side === "BOTH" ? "0:-1" : side === "OTHER" ? "0:1" : `${column}:0`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(n);
  }
  const position = new Map<string, { x: number; y: number }>();
  const labelled = new Set<string>([centre]);
  const byRevenue = (a: GraphNodeData, b: GraphNodeData) =>
    (b.revenue ?? -1) - (a.revenue ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const [key, members] of groups) {
    members.sort(byRevenue);
    members.slice(0, LABELS_PER_COLUMN).forEach((n) => labelled.add(n.id));
    if (key === "seg") continue; // placed last, just above the rest
    const [columnText, bandText] = key.split(":");
    const column = Number(columnText);
    const band = Number(bandText);
    if (column === 0 && band === 0) {
      members.forEach((n) => position.set(n.id, { x: 0, y: 0 }));
      continue;
    }
    const subColumns = Math.ceil(members.length / COLUMN_ROWS);
    members.forEach((n, i) => {
      const sub = Math.floor(i / COLUMN_ROWS);
      const row = i % COLUMN_ROWS;
      const rows = Math.min(COLUMN_ROWS, members.length - sub * COLUMN_ROWS);
      if (band !== 0) {
        // Above (BOTH) or below (OTHER) the centre: short horizontal rows, growing away from it.
        const perRow = 6;
        const r = Math.floor(i / perRow);
        const c = i % perRow;
        const inRow = Math.min(perRow, members.length - r * perRow);
        position.set(n.id, {
          x: Math.round((c - (inRow - 1) / 2) * 150),
          y: band * (110 + r * ROW_GAP * 1.4),
        });
        return;
      }
      // Sub-columns step outwards from the centre; rows are centred on the axis.
      const outward = Math.sign(column) * (Math.abs(column) - 1) * (subColumns * 170 + COLUMN_GAP - 170);
      position.set(n.id, {
        x: Math.round(Math.sign(column) * COLUMN_GAP + outward + Math.sign(column) * sub * 170),
        y: Math.round((row - (rows - 1) / 2) * ROW_GAP),
      });
    });
  }
  // The centre's segments: one row, centred, just above the highest company (column heads included).
  const segs = groups.get("seg") ?? [];
  const top = Math.min(0, ...[...position.values()].map((p) => p.y));
  segs.forEach((n, i) =>
    position.set(n.id, { x: Math.round((i - (segs.length - 1) / 2) * 160), y: top - 2 * ROW_GAP - 20 }),
  );
  const kept = new Set(keep.map((n) => n.id));
  const base = networkElements(
    { nodes: keep, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) },
    lang,
    centreId,
  );
  for (const el of base.elements) {
    if (el.group !== "nodes") continue;
    const id = String(el.data.id);
    el.position = position.get(id) ?? { x: 0, y: 0 };
    const side = sides.get(id)!.side;
    el.data.side = side;
    el.classes = [el.classes ?? "", `side-${side}`, labelled.has(id) || side === "SEGMENT" ? "" : "quiet"]
      .filter(Boolean)
      .join(" ");
  }
  // Column heads, so the direction reads without the legend: suppliers ← centre → customers.
  const xs = (side: NetworkSide) =>
    keep.filter((n) => sides.get(n.id)!.side === side).map((n) => position.get(n.id)!.x);
  for (const side of ["SUPPLIER", "CUSTOMER"] as const) {
    const at = xs(side);
    if (at.length === 0) continue;
    const x = side === "SUPPLIER" ? Math.max(...at) : Math.min(...at);
    const top = Math.min(
      ...keep.filter((n) => sides.get(n.id)!.side === side).map((n) => position.get(n.id)!.y),
    );
    base.elements.push({
      group: "nodes",
      data: { id: `head:${side}`, label: headLabel(lang, side), kind: "HEAD" },
      position: { x, y: top - ROW_GAP },
      classes: `col-head side-${side}`,
      selectable: false,
      grabbable: false,
    });
  }
  const companies = (nodes: readonly GraphNodeData[]) =>
    nodes.filter((n) => n.kind === "COMPANY" && n.id !== centre).length;
  return { ...base, shown: companies(keep), total: companies(graph.nodes), bySide };
}
