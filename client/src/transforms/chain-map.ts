/**
 * Chain map: a chain's leaves, laid out upstream → downstream, as Cytoscape element definitions
 * with positions computed here (a "preset" layout). Deterministic and linear in the chain's size,
 * so the map paints at once and the same chain always looks the same; a general layered layout
 * (dagre) is offered as an alternative view in the UI.
 *
 * Layout: stages are column bands (UPSTREAM | MIDSTREAM | DOWNSTREAM); inside a stage, a leaf's
 * column is its longest FEEDS path from the stage's sources; sub-chains are horizontal lanes
 * (compound parent nodes); segments of other chains joined by a FEEDS edge sit in a last lane.
 */
import type { ElementDefinition } from "cytoscape";
import { nameOf, translate, type Lang } from "../i18n/index.ts";
import { wrapLabel } from "./wrap.ts";
import type { ChainLeaf, ChainMapData, CoverageStatus, Gap, GapType, Stage } from "../api/operations.ts";

export const STAGES: readonly Stage[] = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"];

/** Geometry of the map, in model pixels. */
export const CHAIN_LAYOUT = {
  columnWidth: 172,
  rowHeight: 84,
  laneGap: 60,
  nodeWidth: 144,
  /** Segments stacked in one lane's column before the stack wraps into another sub-column. */
  maxRows: 3,
  /** Height of a segment that is no gap; gaps grow up to maxNodeHeight with their score. */
  minNodeHeight: 44,
  maxNodeHeight: 76,
} as const;

export type ChainDef = NonNullable<ChainMapData["chain"]>;

export interface SegmentNodeData {
  id: string;
  kind: "segment";
  segmentId: string;
  /** Wrapped into lines, with ★ for a chokepoint technology. */
  label: string;
  /** The name as written (unwrapped). */
  name: string;
  parent?: string;
  stage: Stage;
  coverage: CoverageStatus | "EXTERNAL";
  localCount: number | null;
  totalCount: number | null;
  gapType: GapType | null;
  gapScore: number;
  breakPoint: boolean;
  keyTech: boolean;
  external: boolean;
  chainId: string;
  height: number;
}

export interface ChainMapResult {
  elements: ElementDefinition[];
  /** Column and lane of each segment, for tests and the table alternative. */
  grid: Map<string, { column: number; lane: number; row: number }>;
  columns: number;
  /** Ids of segments with a gap, highest score first. */
  gapIds: string[];
}

export const segNodeId = (segmentId: string): string => `seg:${segmentId}`;
export const subNodeId = (subchainId: string): string => `sub:${subchainId}`;
export const feedEdgeId = (from: string, to: string): string => `feed:${from}->${to}`;

/**
 * Longest-path column of each node inside one stage (edges between nodes of that stage only).
 * Nodes on a cycle keep the column their acyclic predecessors give them (Kahn's order, then the
 * leftovers in input order), so a FEEDS loop cannot hang or blow up the layout.
 */
export function longestPathColumns(
  ids: readonly string[],
  edges: readonly [string, string][],
): Map<string, number> {
  const inSet = new Set(ids);
  const succ = new Map<string, string[]>(ids.map((id) => [id, []]));
  const indeg = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const [a, b] of edges) {
    if (!inSet.has(a) || !inSet.has(b) || a === b) continue;
    succ.get(a)!.push(b);
    indeg.set(b, (indeg.get(b) ?? 0) + 1);
  }
  const column = new Map<string, number>(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indeg.get(id) === 0);
  const done = new Set<string>();
  const relax = (id: string) => {
    done.add(id);
    for (const next of succ.get(id) ?? []) {
      if (done.has(next)) continue;
      column.set(next, Math.max(column.get(next) ?? 0, (column.get(id) ?? 0) + 1));
      const left = (indeg.get(next) ?? 0) - 1;
      indeg.set(next, left);
      if (left === 0) queue.push(next);
    }
  };
  for (let i = 0; i < queue.length; i++) relax(queue[i]!);
  for (const id of ids) if (!done.has(id)) relax(id);
  return column;
}

/** Node height for a gap score: the chain's top gap gets the maximum height. */
export function heightForScore(score: number, maxScore: number): number {
  const { minNodeHeight, maxNodeHeight } = CHAIN_LAYOUT;
  if (!(maxScore > 0) || !(score > 0)) return minNodeHeight;
  return Math.round(minNodeHeight + (maxNodeHeight - minNodeHeight) * Math.min(1, score / maxScore));
}

/** Label of a segment node: its name, with ★ for a chokepoint technology. */
function segmentLabel(lang: Lang, seg: { name: string; nameZh: string }, keyTech: boolean): string {
  // Wrapped here at word boundaries (Cytoscape's "anywhere" cut English words mid-word).
  return wrapLabel(`${nameOf(lang, seg)}${keyTech ? " ★" : ""}`, (CHAIN_LAYOUT.nodeWidth - 12) / 14);
}

/** What a segment node is drawn from: a leaf of the chain (with coverage) or of another chain. */
export interface SegmentSource {
  id: string;
  name: string;
  nameZh: string;
  stage: Stage;
  keyTech: boolean;
  chainId: string;
  coverage?: ChainLeaf["coverage"] | null;
}

/**
 * A segment node, coloured by coverage, badged by its gap; its height grows with the gap's score
 * (up to `maxHeight`). Shared by the overview's open lanes and the full map.
 */
export function segmentElement(
  lang: Lang,
  seg: SegmentSource,
  gap: Gap | undefined,
  at: {
    parent: string;
    external: boolean;
    position: { x: number; y: number };
    maxScore: number;
    maxHeight?: number;
  },
): ElementDefinition {
  const cov = seg.coverage ?? null;
  const data: SegmentNodeData = {
    id: segNodeId(seg.id),
    kind: "segment",
    segmentId: seg.id,
    label: segmentLabel(lang, seg, seg.keyTech),
    name: nameOf(lang, seg),
    parent: at.parent,
    stage: seg.stage,
    coverage: cov ? cov.status : "EXTERNAL",
    localCount: cov ? cov.localCount : (gap?.localCount ?? null),
    totalCount: cov ? cov.totalCount : (gap?.totalCount ?? null),
    gapType: gap?.type ?? null,
    gapScore: gap?.score ?? 0,
    breakPoint: gap?.breakPoint ?? false,
    keyTech: seg.keyTech,
    external: at.external,
    chainId: seg.chainId,
    height: Math.min(heightForScore(gap?.score ?? 0, at.maxScore), at.maxHeight ?? Number.POSITIVE_INFINITY),
  };
  const classes = [
    "segment",
    `cov-${data.coverage}`,
    gap ? `gap gap-${gap.type}` : "",
    data.breakPoint ? "break-point" : "",
    data.keyTech ? "key-tech" : "",
    at.external ? "external" : "",
  ].filter(Boolean);
  return { group: "nodes", data, position: at.position, classes: classes.join(" ") };
}

/**
 * Builds the chain map's elements. `gaps` may be empty (the gap report failed or is loading):
 * the map then shows coverage alone.
 */
export function chainMapElements(chain: ChainDef, gaps: readonly Gap[], lang: Lang): ChainMapResult {
  const { columnWidth, rowHeight, laneGap } = CHAIN_LAYOUT;
  const leaves = chain.segments;
  const leafIds = new Set(leaves.map((s) => s.id));
  const gapBySegment = new Map(gaps.map((g) => [g.segment.id, g]));
  const maxScore = gaps.reduce((m, g) => Math.max(m, g.score), 0);

  // 1. Columns: longest path inside each stage, stages side by side.
  const feedsInside = chain.feeds.filter((f) => leafIds.has(f.from.id) && leafIds.has(f.to.id));
  const stageOf = new Map(leaves.map((s) => [s.id, s.stage]));
  const column = new Map<string, number>();
  const stageRange = new Map<Stage, [number, number]>();
  let offset = 0;
  for (const stage of STAGES) {
    const ids = leaves.filter((s) => s.stage === stage).map((s) => s.id);
    if (ids.length === 0) continue;
    const edges = feedsInside
      .filter((f) => stageOf.get(f.from.id) === stage && stageOf.get(f.to.id) === stage)
      .map((f) => [f.from.id, f.to.id] as [string, string]);
    const cols = longestPathColumns(ids, edges);
    let max = 0;
    for (const id of ids) {
      const c = cols.get(id) ?? 0;
      column.set(id, offset + c);
      max = Math.max(max, c);
    }
    stageRange.set(stage, [offset, offset + max]);
    offset += max + 1;
  }
  const columns = offset;

  // 2. Lanes: sub-chains in tree order; leaves whose parent is unknown go in a lane of their own;
  //    segments of other chains joined by a FEEDS edge (or an EXTEND gap) in a last lane, next to
  //    the leaf they touch.
  type Placed = (ChainLeaf & { chainId: string }) | ExternalSeg;
  const lanes: { id: string; label: string; external: boolean; segs: { seg: Placed; column: number }[] }[] =
    chain.subchains.map((sub) => ({
      id: sub.id,
      label: nameOf(lang, sub),
      external: false,
      segs: leaves
        .filter((s) => s.parent?.id === sub.id)
        .map((s) => ({ seg: { ...s, chainId: chain.id }, column: column.get(s.id) ?? 0 })),
    }));
  const orphans = leaves.filter((s) => !chain.subchains.some((sub) => sub.id === s.parent?.id));
  if (orphans.length > 0)
    lanes.push({
      id: "__other",
      label: "—",
      external: false,
      segs: orphans.map((s) => ({ seg: { ...s, chainId: chain.id }, column: column.get(s.id) ?? 0 })),
    });

  const externals = new Map<string, { seg: ExternalSeg; column: number }>();
  for (const f of chain.feeds) {
    const inFrom = leafIds.has(f.from.id);
    const inTo = leafIds.has(f.to.id);
    if (inFrom === inTo) continue;
    const ext = inFrom ? f.to : f.from;
    const anchor = column.get(inFrom ? f.from.id : f.to.id) ?? 0;
    const gap = gapBySegment.get(ext.id);
    // An input from another chain sits a column before its consumer, an output a column after.
    const col = Math.max(0, Math.min(columns - 1, anchor + (inFrom ? 1 : -1)));
    const prev = externals.get(ext.id);
    externals.set(ext.id, {
      seg: {
        id: ext.id,
        name: ext.name,
        nameZh: ext.nameZh,
        chainId: ext.chain.id,
        stage: gap?.segment.stage ?? (inFrom ? "DOWNSTREAM" : "UPSTREAM"),
        keyTech: gap?.segment.keyTech ?? false,
      },
      column: prev ? Math.min(prev.column, col) : col,
    });
  }
  // EXTEND gaps are leaves of other chains even when the FEEDS list did not name them.
  for (const g of gaps) {
    if (leafIds.has(g.segment.id) || externals.has(g.segment.id)) continue;
    externals.set(g.segment.id, {
      seg: {
        id: g.segment.id,
        name: g.segment.name,
        nameZh: g.segment.nameZh,
        chainId: g.segment.chain?.id ?? "",
        stage: g.segment.stage,
        keyTech: g.segment.keyTech,
      },
      column: Math.max(0, columns - 1),
    });
  }
  if (externals.size > 0) {
    lanes.push({
      id: "__external",
      label: translate(lang, "otherChains"),
      external: true,
      segs: [...externals.values()].sort((a, b) => a.column - b.column || a.seg.id.localeCompare(b.seg.id)),
    });
  }

  // 3. Packing: a lane's column holds at most maxRows segments; a taller stack wraps into extra
  //    sub-columns, and every column is as wide as its widest stack in any lane, so lanes stay
  //    aligned on the same stage columns.
  const { maxRows } = CHAIN_LAYOUT;
  const wraps = new Array<number>(Math.max(columns, 1)).fill(1);
  const stacks = lanes.map((lane) => {
    const byColumn = new Map<number, Placed[]>();
    for (const { seg, column: c } of lane.segs) byColumn.set(c, [...(byColumn.get(c) ?? []), seg]);
    for (const [c, stack] of byColumn) wraps[c] = Math.max(wraps[c] ?? 1, Math.ceil(stack.length / maxRows));
    return byColumn;
  });
  const columnX: number[] = [];
  let x = 0;
  for (let c = 0; c < wraps.length; c++) {
    columnX.push(x);
    x += wraps[c]! * columnWidth;
  }

  // 4. Rows: per column, left to right, stacked in order of the mean row of their predecessors
  //    (one barycentre sweep cuts most crossings), then by tree order.
  const grid = new Map<string, { column: number; lane: number; row: number }>();
  const yOf = new Map<string, number>();
  const preds = new Map<string, string[]>();
  for (const f of chain.feeds) preds.set(f.to.id, [...(preds.get(f.to.id) ?? []), f.from.id]);
  const laneRows = stacks.map((byColumn) =>
    Math.min(maxRows, Math.max(1, ...[...byColumn.values()].map((st) => st.length))),
  );
  const laneTop: number[] = [];
  let top = 0;
  for (let i = 0; i < lanes.length; i++) {
    laneTop.push(top);
    if (lanes[i]!.segs.length > 0) top += laneRows[i]! * rowHeight + laneGap;
  }
  const elements: ElementDefinition[] = [];
  const segmentNode = (seg: Placed, px: number, py: number, parent: string, external: boolean) =>
    elements.push(
      segmentElement(lang, seg, gapBySegment.get(seg.id), {
        parent,
        external,
        position: { x: px, y: py },
        maxScore,
      }),
    );
  const treeOrder = new Map(lanes.flatMap((lane) => lane.segs.map((s, i) => [s.seg.id, i] as const)));
  for (let c = 0; c < wraps.length; c++) {
    stacks.forEach((byColumn, laneIndex) => {
      const stack = byColumn.get(c);
      if (!stack) return;
      const bary = (s: Placed) => {
        const ys = (preds.get(s.id) ?? []).map((p) => yOf.get(p)).filter((y): y is number => y !== undefined);
        return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : Number.POSITIVE_INFINITY;
      };
      stack.sort((a, b) => bary(a) - bary(b) || treeOrder.get(a.id)! - treeOrder.get(b.id)!);
      stack.forEach((seg, i) => {
        const row = i % maxRows;
        const px = columnX[c]! + Math.floor(i / maxRows) * columnWidth;
        const py = laneTop[laneIndex]! + row * rowHeight;
        yOf.set(seg.id, py);
        grid.set(seg.id, { column: c, lane: laneIndex, row: i });
        segmentNode(seg, px, py, subNodeId(lanes[laneIndex]!.id), lanes[laneIndex]!.external);
      });
    });
  }
  lanes.forEach((lane) => {
    if (lane.segs.length === 0) return;
    elements.push({
      group: "nodes",
      data: { id: subNodeId(lane.id), kind: "subchain", label: lane.label },
      classes: lane.external ? "subchain external-lane" : "subchain",
    });
  });

  // 5. Stage headers and bands behind the columns, so "upstream → downstream" reads at a glance.
  const bandTop = -rowHeight * 1.3;
  const bandHeight = Math.max(top - laneGap - bandTop + rowHeight * 0.6, rowHeight * 2);
  for (const stage of STAGES) {
    const range = stageRange.get(stage);
    if (!range) continue;
    const [from, to] = range;
    const left = columnX[from]! - columnWidth / 2;
    const right = columnX[to]! + (wraps[to]! - 0.5) * columnWidth;
    elements.push({
      group: "nodes",
      data: {
        id: `stage:${stage}`,
        kind: "stage",
        label: translate(lang, `stage${stage}`),
        width: right - left - 10,
        height: bandHeight,
      },
      position: { x: (left + right) / 2, y: bandTop + bandHeight / 2 },
      classes: `stage-band stage-${stage}`,
      selectable: false,
      grabbable: false,
    });
  }

  // 6. FEEDS edges, inside the chain and across its boundary.
  const shown = new Set([...leafIds, ...externals.keys()]);
  for (const f of chain.feeds) {
    if (!shown.has(f.from.id) || !shown.has(f.to.id)) continue;
    elements.push({
      group: "edges",
      data: {
        id: feedEdgeId(f.from.id, f.to.id),
        source: segNodeId(f.from.id),
        target: segNodeId(f.to.id),
        weight: f.weight ?? 1,
        crossChain: f.crossChain,
      },
      classes: f.crossChain ? "feed cross-chain" : "feed",
    });
  }

  const gapIds = [...gaps]
    .sort((a, b) => b.score - a.score || a.segment.id.localeCompare(b.segment.id))
    .map((g) => g.segment.id);
  return { elements, grid, columns, gapIds };
}

/** The two ways to draw the map: curated stage lanes (preset positions) or a dagre DAG. */
export type ChainLayoutMode = "lanes" | "dagre";

/**
 * The elements to draw in a layout mode. The dagre view is a plain DAG: no lanes or stage bands
 * (compounds slow dagre and it ranks by edges, not by the curated stages), so segments lose their
 * parent there.
 */
export function chainMapDefinitions(
  chain: ChainDef,
  gaps: readonly Gap[],
  lang: Lang,
  mode: ChainLayoutMode,
): ElementDefinition[] {
  const { elements } = chainMapElements(chain, gaps, lang);
  if (mode === "lanes") return elements;
  return elements
    .filter((e) => e.data.kind !== "subchain" && e.data.kind !== "stage")
    .map(({ position: _position, ...e }) => {
      const { parent: _parent, ...data } = e.data;
      return { ...e, data };
    });
}

interface ExternalSeg {
  id: string;
  name: string;
  nameZh: string;
  chainId: string;
  stage: Stage;
  keyTech: boolean;
}

/** Rows of the chain map's table alternative: every leaf, in stage then column order. */
export interface ChainTableRow {
  segmentId: string;
  name: string;
  subchain: string;
  stage: Stage;
  coverage: CoverageStatus;
  localCount: number;
  totalCount: number;
  gapType: GapType | null;
  gapScore: number | null;
  upstream: string[];
  downstream: string[];
}

export function chainTableRows(chain: ChainDef, gaps: readonly Gap[], lang: Lang): ChainTableRow[] {
  const gapBySegment = new Map(gaps.map((g) => [g.segment.id, g]));
  const subName = new Map(chain.subchains.map((s) => [s.id, nameOf(lang, s)]));
  const names = new Map<string, string>();
  for (const f of chain.feeds) {
    names.set(f.from.id, nameOf(lang, f.from));
    names.set(f.to.id, nameOf(lang, f.to));
  }
  const stageIndex = (s: Stage) => STAGES.indexOf(s);
  return chain.segments
    .map((seg, i) => ({ seg, i }))
    .sort((a, b) => stageIndex(a.seg.stage) - stageIndex(b.seg.stage) || a.i - b.i)
    .map(({ seg }) => {
      const gap = gapBySegment.get(seg.id);
      return {
        segmentId: seg.id,
        name: nameOf(lang, seg),
        subchain: (seg.parent && subName.get(seg.parent.id)) ?? "",
        stage: seg.stage,
        coverage: seg.coverage.status,
        localCount: seg.coverage.localCount,
        totalCount: seg.coverage.totalCount,
        gapType: gap?.type ?? null,
        gapScore: gap?.score ?? null,
        upstream: chain.feeds.filter((f) => f.to.id === seg.id).map((f) => names.get(f.from.id) ?? f.from.id),
        downstream: chain.feeds.filter((f) => f.from.id === seg.id).map((f) => names.get(f.to.id) ?? f.to.id),
      };
    });
}
