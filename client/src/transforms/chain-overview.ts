/**
 * The chain map's level of detail: a readable overview first. Each sub-chain is a lane (a compound
 * node) of three stage cells, upstream → midstream → downstream; a collapsed lane shows per stage a
 * summary (segments, local companies, gaps by type), an expanded one its segments. FEEDS edges are
 * summed between whatever stands for their ends (a cell or a segment), so the flow between
 * sub-chains and stages stays visible when collapsed. Positions are computed here (a preset
 * layout): deterministic and linear in the chain's size.
 *
 * Sizes are chosen so the overview of the largest chain (医药健康: 7 sub-chains and a lane of other
 * chains' segments) fits a 1,390 × 600 px canvas at a zoom of about 0.9, which keeps its smallest
 * font (14 px) above 11 px on screen.
 */
import type { ElementDefinition } from "cytoscape";
import type { ChainLeaf, Gap, GapType, Stage } from "../api/operations.ts";
import { nameOf, translate, type Lang } from "../i18n/index.ts";
import {
  feedEdgeId,
  longestPathColumns,
  segmentElement,
  segNodeId,
  STAGES,
  subNodeId,
  type ChainDef,
} from "./chain-map.ts";
import { wrapLabel } from "./wrap.ts";

export const OVERVIEW = {
  headWidth: 200,
  headHeight: 52,
  cellWidth: 250,
  cellHeight: 52,
  /** Room between stage columns for the arrows. */
  columnGap: 60,
  /** From one lane's bottom to the next one's top (the lane boxes' padding included). */
  laneGap: 20,
  /** An expanded lane: segment pitch and the rows a stage column stacks before wrapping. */
  segmentPitchX: 170,
  segmentPitchY: 70,
  maxRows: 3,
  /** Font sizes in model px: at the default zoom (≈0.8–1.2) every one is ≥ 11 px on screen. */
  fontCell: 14,
  fontHead: 15,
  fontStage: 18,
} as const;

export const EXTERNAL_LANE = "__external";
const OTHER_LANE = "__other";

export const cellNodeId = (laneId: string, stage: Stage): string => `cell:${laneId}:${stage}`;
export const headNodeId = (laneId: string): string => `head:${laneId}`;

interface LaneSeg {
  id: string;
  name: string;
  nameZh: string;
  stage: Stage;
  keyTech: boolean;
  chainId: string;
  coverage: ChainLeaf["coverage"] | null;
}
interface Lane {
  id: string;
  label: string;
  external: boolean;
  segs: LaneSeg[];
}

/** The lanes: sub-chains in tree order, leaves without a known sub-chain, other chains' segments. */
export function overviewLanes(chain: ChainDef, gaps: readonly Gap[], lang: Lang): Lane[] {
  const leafIds = new Set(chain.segments.map((s) => s.id));
  const own = (s: ChainLeaf): LaneSeg => ({ ...s, chainId: chain.id, coverage: s.coverage });
  const lanes: Lane[] = chain.subchains.map((sub) => ({
    id: sub.id,
    label: nameOf(lang, sub),
    external: false,
    segs: chain.segments.filter((s) => s.parent?.id === sub.id).map(own),
  }));
  const orphans = chain.segments.filter((s) => !chain.subchains.some((sub) => sub.id === s.parent?.id));
  if (orphans.length > 0) lanes.push({ id: OTHER_LANE, label: "—", external: false, segs: orphans.map(own) });
  const gapById = new Map(gaps.map((g) => [g.segment.id, g]));
  const externals = new Map<string, LaneSeg>();
  for (const f of chain.feeds) {
    const inFrom = leafIds.has(f.from.id);
    if (inFrom === leafIds.has(f.to.id)) continue;
    const ext = inFrom ? f.to : f.from;
    const gap = gapById.get(ext.id);
    externals.set(ext.id, {
      id: ext.id,
      name: ext.name,
      nameZh: ext.nameZh,
      chainId: ext.chain.id,
      // An input from another chain stands upstream of its consumer, an output downstream.
      stage: gap?.segment.stage ?? (inFrom ? "DOWNSTREAM" : "UPSTREAM"),
      keyTech: gap?.segment.keyTech ?? false,
      coverage: null,
    });
  }
  for (const g of gaps) {
    if (leafIds.has(g.segment.id) || externals.has(g.segment.id)) continue;
    externals.set(g.segment.id, {
      id: g.segment.id,
      name: g.segment.name,
      nameZh: g.segment.nameZh,
      chainId: g.segment.chain?.id ?? "",
      stage: g.segment.stage,
      keyTech: g.segment.keyTech,
      coverage: null,
    });
  }
  if (externals.size > 0)
    lanes.push({
      id: EXTERNAL_LANE,
      label: translate(lang, "otherChainsShort"),
      external: true,
      segs: [...externals.values()].sort((a, b) => a.id.localeCompare(b.id)),
    });
  return lanes.filter((lane) => lane.segs.length > 0);
}

/** The summary of one lane's segments in one stage (a collapsed cell). */
export interface CellSummary {
  segments: number;
  local: number;
  gaps: Record<GapType, number>;
}

export function summarise(segs: readonly LaneSeg[], gapById: ReadonlyMap<string, Gap>): CellSummary {
  const gaps: Record<GapType, number> = { FILL: 0, CONSOLIDATE: 0, STRENGTHEN: 0, EXTEND: 0 };
  let local = 0;
  for (const s of segs) {
    local += s.coverage?.localCount ?? 0;
    const gap = gapById.get(s.id);
    if (gap) gaps[gap.type]++;
  }
  return { segments: segs.length, local, gaps };
}

const plural = new Map<Lang, Intl.PluralRules>([
  ["zh", new Intl.PluralRules("zh-CN")],
  ["en", new Intl.PluralRules("en-GB")],
]);

/** The text of a cell: its counts on one line, its gaps by type on the next. */
export function cellLabel(lang: Lang, sum: CellSummary, external: boolean, gapsKnown: boolean): string {
  const count = (key: "cellSegments" | "cellLocal" | "cellExternal", n: number) =>
    translate(lang, plural.get(lang)!.select(n) === "one" ? `${key}One` : key, { n });
  const first = external
    ? count("cellExternal", sum.segments)
    : `${count("cellSegments", sum.segments)} · ${count("cellLocal", sum.local)}`;
  const parts = (Object.keys(sum.gaps) as GapType[])
    .filter((type) => sum.gaps[type] > 0)
    .map((type) => `${translate(lang, `gapShort${type}`)} ${sum.gaps[type]}`);
  const second = !gapsKnown ? "…" : parts.length > 0 ? parts.join(" · ") : translate(lang, "cellNoGaps");
  return `${first}\n${second}`;
}

export interface OverviewResult {
  elements: ElementDefinition[];
  /** Lane of every segment drawn or summarised, for selecting a segment of a collapsed lane. */
  laneOf: Map<string, string>;
  /** Ids of the lanes, top to bottom. */
  lanes: string[];
}

/**
 * The overview's elements with the lanes in `expanded` open. `gapsKnown` false (the gap report is
 * loading or failed) writes "…" where the gap counts go.
 */
export function chainOverviewElements(
  chain: ChainDef,
  gaps: readonly Gap[],
  lang: Lang,
  expanded: ReadonlySet<string>,
  gapsKnown = gaps.length > 0,
): OverviewResult {
  const o = OVERVIEW;
  const lanes = overviewLanes(chain, gaps, lang);
  const gapById = new Map(gaps.map((g) => [g.segment.id, g]));
  const maxScore = gaps.reduce((m, g) => Math.max(m, g.score), 0);
  const laneOf = new Map<string, string>();
  for (const lane of lanes) for (const s of lane.segs) laneOf.set(s.id, lane.id);

  // 1. An expanded lane's columns per stage (longest FEEDS path inside the lane and stage).
  const columnsOf = new Map<string, Map<string, number>>(); // lane → segment → slot
  const laneStageCols = new Map<string, number>(); // `${lane}|${stage}` → columns used
  const stageColumns = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  const laneRows = new Map<string, number>();
  for (const lane of lanes) {
    if (!expanded.has(lane.id)) continue;
    const cols = new Map<string, number>();
    let rows = 1;
    for (const stage of STAGES) {
      const ids = lane.segs.filter((s) => s.stage === stage).map((s) => s.id);
      if (ids.length === 0) continue;
      const inLane = new Set(ids);
      const edges = chain.feeds
        .filter((f) => inLane.has(f.from.id) && inLane.has(f.to.id))
        .map((f) => [f.from.id, f.to.id] as [string, string]);
      const longest = longestPathColumns(ids, edges);
      // Stack each path column in rows of maxRows; a taller stack wraps into further columns.
      const byCol = new Map<number, string[]>();
      for (const id of ids) byCol.set(longest.get(id)!, [...(byCol.get(longest.get(id)!) ?? []), id]);
      let col = 0;
      for (const c of [...byCol.keys()].sort((a, b) => a - b)) {
        const stack = byCol.get(c)!;
        stack.forEach((id, i) =>
          cols.set(id, (col + Math.floor(i / o.maxRows)) * o.maxRows + (i % o.maxRows)),
        );
        rows = Math.max(rows, Math.min(o.maxRows, stack.length));
        col += Math.ceil(stack.length / o.maxRows);
      }
      stageColumns.set(stage, Math.max(stageColumns.get(stage)!, col));
      laneStageCols.set(`${lane.id}|${stage}`, col);
    }
    columnsOf.set(lane.id, cols);
    laneRows.set(lane.id, rows);
  }

  // 2. Stage columns: a cell wide, or as wide as the widest expanded lane's segments need.
  const stageX = new Map<Stage, { left: number; width: number }>();
  let x = o.headWidth + o.columnGap;
  for (const stage of STAGES) {
    const width = Math.max(o.cellWidth, stageColumns.get(stage)! * o.segmentPitchX);
    stageX.set(stage, { left: x, width });
    x += width + o.columnGap;
  }

  // 3. Lanes top to bottom.
  const elements: ElementDefinition[] = [];
  const rep = new Map<string, string>(); // segment → the node that stands for it
  let y = 0;
  for (const lane of lanes) {
    const open = expanded.has(lane.id);
    const height = open
      ? laneRows.get(lane.id)! * o.segmentPitchY - (o.segmentPitchY - o.cellHeight)
      : o.cellHeight;
    const midY = y + height / 2;
    const parent = subNodeId(lane.id);
    elements.push({
      group: "nodes",
      data: { id: parent, kind: "subchain", laneId: lane.id, label: "" },
      classes: `subchain lane${lane.external ? " external-lane" : ""}${open ? " expanded" : ""}`,
    });
    const laneSum = summarise(lane.segs, gapById);
    elements.push({
      group: "nodes",
      data: {
        id: headNodeId(lane.id),
        kind: "lane-head",
        laneId: lane.id,
        parent,
        label: wrapLabel(`${open ? "▾" : "▸"} ${lane.label}`, (o.headWidth - 16) / o.fontHead),
        width: o.headWidth,
        height: o.headHeight,
        segments: laneSum.segments,
      },
      position: { x: o.headWidth / 2, y: midY },
      classes: "lane-head",
    });
    for (const stage of STAGES) {
      const segs = lane.segs.filter((s) => s.stage === stage);
      if (segs.length === 0) continue;
      const col = stageX.get(stage)!;
      if (!open) {
        const sum = summarise(segs, gapById);
        const id = cellNodeId(lane.id, stage);
        for (const s of segs) rep.set(s.id, id);
        const gapTotal = Object.values(sum.gaps).reduce((a, b) => a + b, 0);
        const worst = segs.some((s) => s.coverage?.status === "MISSING")
          ? "MISSING"
          : segs.some((s) => s.coverage?.status === "WEAK")
            ? "WEAK"
            : "PRESENT";
        elements.push({
          group: "nodes",
          data: {
            id,
            kind: "cell",
            laneId: lane.id,
            stage,
            parent,
            label: cellLabel(lang, sum, lane.external, gapsKnown),
            width: o.cellWidth,
            height: o.cellHeight,
            segmentIds: segs.map((s) => s.id),
            segments: sum.segments,
            localCount: sum.local,
            gapCount: gapTotal,
            ...Object.fromEntries(Object.entries(sum.gaps).map(([k, v]) => [`gaps${k}`, v])),
          },
          position: { x: col.left + o.cellWidth / 2, y: midY },
          classes: `cell cov-${lane.external ? "EXTERNAL" : worst}${gapTotal > 0 ? " has-gaps" : ""}${lane.external ? " external" : ""}`,
        });
        continue;
      }
      const cols = columnsOf.get(lane.id)!;
      // The lane's segments centred in the stage column.
      const left = col.left + (col.width - laneStageCols.get(`${lane.id}|${stage}`)! * o.segmentPitchX) / 2;
      for (const s of segs) {
        rep.set(s.id, segNodeId(s.id));
        const slot = cols.get(s.id)!;
        const column = Math.floor(slot / o.maxRows);
        const row = slot % o.maxRows;
        elements.push(
          segmentElement(lang, s, gapById.get(s.id), {
            parent,
            external: lane.external,
            maxScore,
            maxHeight: o.segmentPitchY - 8,
            position: {
              x: left + o.segmentPitchX / 2 + column * o.segmentPitchX,
              y: y + o.cellHeight / 2 + row * o.segmentPitchY,
            },
          }),
        );
      }
    }
    y += height + o.laneGap;
  }

  // 4. Stage bands behind the columns, their names on top: upstream → downstream at a glance.
  const bandTop = -14;
  const bandBottom = y - o.laneGap + 14;
  for (const stage of STAGES) {
    const col = stageX.get(stage)!;
    elements.push({
      group: "nodes",
      data: {
        id: `stage:${stage}`,
        kind: "stage",
        label: translate(lang, `stage${stage}`),
        width: col.width + o.columnGap - 12,
        height: bandBottom - bandTop,
      },
      position: { x: col.left + col.width / 2, y: (bandTop + bandBottom) / 2 },
      classes: `stage-band stage-${stage}`,
      selectable: false,
      grabbable: false,
    });
  }

  // Arrows between the stage names: the direction of the flow.
  for (const [from, to] of [
    ["UPSTREAM", "MIDSTREAM"],
    ["MIDSTREAM", "DOWNSTREAM"],
  ] as const) {
    const a = stageX.get(from)!;
    const b = stageX.get(to)!;
    elements.push({
      group: "nodes",
      data: { id: `stage-arrow:${from}`, kind: "stage-arrow", label: "→" },
      position: { x: (a.left + a.width + b.left) / 2, y: bandTop - 16 },
      classes: "stage-arrow",
      selectable: false,
      grabbable: false,
    });
  }

  // 5. FEEDS summed between the nodes that stand for their ends.
  const flows = new Map<
    string,
    { source: string; target: string; count: number; weight: number; cross: boolean }
  >();
  for (const f of chain.feeds) {
    const a = rep.get(f.from.id);
    const b = rep.get(f.to.id);
    if (!a || !b || a === b) continue;
    const bothSegments = a.startsWith("seg:") && b.startsWith("seg:");
    const id = bothSegments ? feedEdgeId(f.from.id, f.to.id) : `flow:${a}->${b}`;
    const prev = flows.get(id);
    flows.set(id, {
      source: a,
      target: b,
      count: (prev?.count ?? 0) + 1,
      weight: bothSegments ? (f.weight ?? 1) : 1,
      cross: (prev?.cross ?? false) || laneOf.get(f.from.id) !== laneOf.get(f.to.id),
    });
  }
  for (const [id, flow] of flows)
    elements.push({
      group: "edges",
      data: { id, source: flow.source, target: flow.target, count: flow.count, weight: flow.weight },
      classes: `feed${id.startsWith("flow:") ? " flow" : ""}${flow.cross ? " cross-lane" : ""}`,
    });
  return { elements, laneOf, lanes: lanes.map((l) => l.id) };
}
