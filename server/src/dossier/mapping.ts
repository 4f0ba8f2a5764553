/**
 * The dossier's mapping from graph data to the twelve items, as pure functions (no I/O): service.ts
 * gathers the inputs from the other capabilities and calls {@link buildDossier}. The mapping, item by
 * item (the same text is each item's `method`, labels.ts METHODS):
 *
 * - 树状图 CHAIN_TREE: sub-chains → leaves in taxonomy order, with stage, keyTech, local count, coverage.
 * - 现状全景图 PANORAMA: leaves in stage columns, coloured by local coverage, with the chain's FEEDS edges.
 * - 未来趋势图 FUTURE_TRENDS: MAINTAINED table (the graph holds no forecasts; nothing is invented).
 * - 发展路径图 DEVELOPMENT_PATH: the gaps in the gap report's priority order (tier, then score), with
 *   relatedness density (feasibility) and its band.
 * - 技术创新图 TECH_INNOVATION: keyTech leaves with local presence and mean R&D intensity (known values).
 * - 招商路线图 RECRUITING_ROADMAP: the top ROADMAP_PER_GAP targets of each ACT_NOW gap (chain ranking:
 *   each company once, at its best gap), grouped by the office whose territory covers their region.
 * - 重点事项 KEY_TASKS: today's coordination agenda restricted to the chain's leads.
 * - 重点园区 KEY_PARKS, 重点创新平台 KEY_PLATFORMS: MAINTAINED tables.
 * - 重点企业 KEY_FIRMS: local companies per leaf, the first FIRMS_PER_SEGMENT by known revenue.
 * - 重点项目 KEY_PROJECTS: the chain's leads by stage (not LOST), latest PROJECTS_PER_STAGE per stage.
 * - 重点短板需求 KEY_SHORTFALLS: the chain's own gaps by score, with type, tier and explanation.
 */
import {
  COLUMNS,
  DIAGRAM_KEYS,
  ITEM_OF_KIND,
  LIST_KEYS,
  METHODS,
  NO_DATA_REASON,
  NONE_YET,
  TITLES,
  WORDS,
  type EntryKind,
  type ItemKey,
  type Lang,
} from "./labels.ts";

export type Stage = "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
export type Coverage = "MISSING" | "WEAK" | "PRESENT";
export type Source = "public" | "synthetic" | "imported";
export type Tier = "ACT_NOW" | "NEXT" | "LONG_TERM";
export type LeadStage =
  | "LEAD"
  | "VISIT"
  | "NEGOTIATION"
  | "POLICY"
  | "SIGNED"
  | "REGISTERED"
  | "STARTED"
  | "PRODUCING"
  | "LOST"
  | "PAUSED";

export interface Named {
  name: string;
  nameZh: string;
}

export interface SegmentInput extends Named {
  id: string;
  stage: Stage;
  keyTech: boolean;
  leaf: boolean;
  parentId: string | null;
  localCount: number;
  totalCount: number;
}

export interface GapInput extends Named {
  segmentId: string;
  chainId: string;
  type: "FILL" | "CONSOLIDATE" | "STRENGTHEN" | "EXTEND";
  score: number;
  density: number;
  localCount: number;
  totalCount: number;
  tier: Tier;
  reasons: readonly ("TOP_SCORE" | "BREAK_POINT" | "HIGH_DENSITY")[];
  densityBand: "HIGH" | "LOW";
  /** The gap analysis's explanation in the dossier's language. */
  explanation: string;
}

export interface TechInput {
  segmentId: string;
  localRd: number | null;
  localRdKnown: number;
  allRd: number | null;
  allRdKnown: number;
}

export interface CompanyInput extends Named {
  id: string;
  source: Source;
}

export interface TargetInput {
  gapSegmentId: string;
  company: CompanyInput;
  region: Named | null;
  score: number;
  /** The office covering the company's region; null: the home teams. */
  office: (Named & { id: string }) | null;
}

export interface FirmInput {
  segmentId: string;
  company: CompanyInput & { revenue: number | null; stockCode: string | null };
}

export interface LeadInput {
  id: string;
  stage: LeadStage;
  company: CompanyInput;
  segment: Named | null;
  team: Named;
  amountRmb: number | null;
  keyProject: boolean;
  lastChangeOn: string;
  lastStageOn: string;
  synthetic: boolean;
  restricted: boolean;
}

export interface TaskInput {
  kind: "OVERDUE_MILESTONE" | "STALLED" | "AWAITING_DECISION";
  lead: LeadInput;
  /** Milestone title and owner (blank when hidden from the viewer). */
  title: string;
  owner: string;
  /** Due date, last change or the day it reached POLICY. */
  date: string;
  daysOverdue: number | null;
}

export interface EntryInput {
  id: string;
  kind: EntryKind;
  title: string;
  detail: string | null;
  sourceNote: string | null;
  version: number;
  updatedAt: string;
}

export interface DossierInputs {
  lang: Lang;
  chain: Named & { id: string };
  /** Sub-chains and leaves, tree order (each sub-chain before its leaves). */
  segments: readonly SegmentInput[];
  /** FEEDS edges between two of the chain's leaves. */
  feeds: readonly { fromId: string; toId: string }[];
  /** k of GAP_K: the coverage threshold. */
  k: number;
  /** Gaps in score order (the gap report's order). */
  gaps: readonly GapInput[];
  tech: readonly TechInput[];
  targets: readonly TargetInput[];
  firms: readonly FirmInput[];
  /** Per stage in pipeline order: the stage's full count and its latest leads. */
  projects: readonly { stage: LeadStage; count: number; leads: readonly LeadInput[] }[];
  tasks: readonly TaskInput[];
  entries: readonly EntryInput[];
}

export interface ColumnOut {
  key: string;
  label: string;
  numeric: boolean;
}

export interface RowOut {
  id: string;
  cells: string[];
  source: Source | null;
  synthetic: boolean;
  segmentId: string | null;
  companyId: string | null;
  leadId: string | null;
  entryId: string | null;
  version: number | null;
}

export type NodeKind = "CHAIN" | "SUBCHAIN" | "SEGMENT" | "STAGE" | "TIER" | "GAP" | "OFFICE" | "COMPANY";

export interface NodeOut {
  id: string;
  parent: string | null;
  label: string;
  kind: NodeKind;
  stage: Stage | null;
  coverage: Coverage | null;
  rank: number | null;
  keyTech: boolean;
  synthetic: boolean;
}

export interface ItemOut {
  key: ItemKey;
  titleZh: string;
  titleEn: string;
  method: string;
  status: "GENERATED" | "MAINTAINED" | "NO_DATA";
  reason: string | null;
  note: string | null;
  columns: ColumnOut[];
  rows: RowOut[];
  nodes: NodeOut[];
  edges: { source: string; target: string }[];
}

export interface DossierOut {
  diagrams: ItemOut[];
  lists: ItemOut[];
}

const STAGES: readonly Stage[] = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"];
const TIERS: readonly Tier[] = ["ACT_NOW", "NEXT", "LONG_TERM"];

/** The coverage of a local count against k (as chains/ judges it). */
export function coverageOf(localCount: number, k: number): Coverage {
  if (localCount === 0) return "MISSING";
  return localCount < k ? "WEAK" : "PRESENT";
}

export const nameIn = (lang: Lang, x: Named) => (lang === "zh" ? x.nameZh || x.name : x.name || x.nameZh);

/** A number as a table cell: rounded to `digits` decimals, trailing zeros dropped; "" for null. */
export function num(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const f = 10 ** digits;
  return String(Math.round(value * f) / f);
}

/** RMB yuan in the report's unit: 万元 in Chinese, million RMB in English. */
export function money(lang: Lang, yuan: number | null): string {
  if (yuan === null) return "";
  return lang === "zh" ? num(yuan / 10_000, 0) : num(yuan / 1_000_000, 1);
}

/** A company's revenue (million RMB, as stored) in the report's unit. */
export function revenueCell(lang: Lang, millionRmb: number | null): string {
  return millionRmb === null ? "" : money(lang, millionRmb * 1_000_000);
}

function row(id: string, cells: string[], extra: Partial<RowOut> = {}): RowOut {
  return {
    id,
    cells,
    source: null,
    synthetic: false,
    segmentId: null,
    companyId: null,
    leadId: null,
    entryId: null,
    version: null,
    ...extra,
  };
}

function node(id: string, label: string, kind: NodeKind, extra: Partial<NodeOut> = {}): NodeOut {
  return {
    id,
    parent: null,
    label,
    kind,
    stage: null,
    coverage: null,
    rank: null,
    keyTech: false,
    synthetic: false,
    ...extra,
  };
}

function companyRow(c: CompanyInput): Partial<RowOut> {
  return { source: c.source, synthetic: c.source === "synthetic", companyId: c.id };
}

interface Content {
  rows: RowOut[];
  nodes?: NodeOut[];
  edges?: { source: string; target: string }[];
  note?: string | null;
}

function item(lang: Lang, key: ItemKey, content: Content): ItemOut {
  const columns = COLUMNS[key].map((c) => ({ key: c.key, label: c[lang], numeric: c.numeric === true }));
  const base = {
    key,
    titleZh: TITLES[key].zh,
    titleEn: TITLES[key].en,
    method: METHODS[key][lang],
    columns,
    note: null,
  };
  const empty = content.rows.length === 0;
  return {
    ...base,
    status: empty ? "NO_DATA" : "GENERATED",
    reason: empty ? (NO_DATA_REASON[key]?.[lang] ?? null) : null,
    note: content.note ?? null,
    rows: content.rows,
    nodes: content.nodes ?? [],
    edges: content.edges ?? [],
  };
}

/** A bureau-maintained table: its rows, or "none yet". */
export function maintainedItem(lang: Lang, kind: EntryKind, entries: readonly EntryInput[]): ItemOut {
  const key = ITEM_OF_KIND[kind];
  const rows = entries
    .filter((e) => e.kind === kind)
    .map((e) =>
      row(`entry:${e.id}`, [e.title, e.detail ?? "", e.sourceNote ?? "", e.updatedAt.slice(0, 10)], {
        entryId: e.id,
        version: e.version,
      }),
    );
  return {
    key,
    titleZh: TITLES[key].zh,
    titleEn: TITLES[key].en,
    method: METHODS[key][lang],
    status: "MAINTAINED",
    reason: rows.length === 0 ? NONE_YET[lang] : null,
    note: null,
    columns: COLUMNS[key].map((c) => ({ key: c.key, label: c[lang], numeric: c.numeric === true })),
    rows,
    nodes: [],
    edges: [],
  };
}

// ---- the six diagrams ----------------------------------------------------------------------------

export function chainTree(input: DossierInputs): ItemOut {
  const { lang, segments, k } = input;
  const w = WORDS[lang];
  const byId = new Map(segments.map((s) => [s.id, s]));
  const rows: RowOut[] = [];
  const root = `chain:${input.chain.id}`;
  const nodes: NodeOut[] = segments.length ? [node(root, nameIn(lang, input.chain), "CHAIN")] : [];
  const edges: { source: string; target: string }[] = [];
  for (const s of segments) {
    const id = s.leaf ? `seg:${s.id}` : `sub:${s.id}`;
    const coverage = s.leaf ? coverageOf(s.localCount, k) : null;
    nodes.push(
      node(id, nameIn(lang, s), s.leaf ? "SEGMENT" : "SUBCHAIN", {
        stage: s.leaf ? s.stage : null,
        coverage,
        keyTech: s.keyTech,
      }),
    );
    edges.push({ source: s.parentId ? `sub:${s.parentId}` : root, target: id });
    if (!s.leaf) continue;
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    rows.push(
      row(
        s.id,
        [
          parent ? nameIn(lang, parent) : "",
          s.id,
          nameIn(lang, s),
          w.stage[s.stage],
          s.keyTech ? w.yes : w.no,
          num(s.localCount),
          w.coverage[coverage!],
        ],
        { segmentId: s.id },
      ),
    );
  }
  return item(lang, "CHAIN_TREE", { rows, nodes, edges });
}

/** Stage columns (those with a segment) and the segments in them, coloured by local coverage. */
function stageColumns(lang: Lang, segments: readonly SegmentInput[], k: number): NodeOut[] {
  const w = WORDS[lang];
  return [
    ...STAGES.filter((st) => segments.some((s) => s.stage === st)).map((st) =>
      node(`stage:${st}`, w.stage[st], "STAGE", { stage: st }),
    ),
    ...segments.map((s) =>
      node(`seg:${s.id}`, nameIn(lang, s), "SEGMENT", {
        parent: `stage:${s.stage}`,
        stage: s.stage,
        coverage: coverageOf(s.localCount, k),
        keyTech: s.keyTech,
      }),
    ),
  ];
}

export function panorama(input: DossierInputs): ItemOut {
  const { lang, k } = input;
  const w = WORDS[lang];
  const leaves = input.segments.filter((s) => s.leaf);
  const leafIds = new Set(leaves.map((s) => s.id));
  const feeds = input.feeds.filter((f) => leafIds.has(f.fromId) && leafIds.has(f.toId));
  const feedsOf = new Map<string, string[]>();
  for (const f of feeds) feedsOf.set(f.fromId, [...(feedsOf.get(f.fromId) ?? []), f.toId]);
  const ordered = STAGES.flatMap((stage) => leaves.filter((s) => s.stage === stage));
  const nodes = stageColumns(lang, ordered, k);
  const rows = ordered.map((s) => {
    const coverage = coverageOf(s.localCount, k);
    return row(
      s.id,
      [
        w.stage[s.stage],
        s.id,
        nameIn(lang, s),
        num(s.localCount),
        num(s.totalCount),
        w.coverage[coverage],
        (feedsOf.get(s.id) ?? []).sort().join(w.list),
      ],
      { segmentId: s.id },
    );
  });
  const edges = feeds.map((f) => ({ source: `seg:${f.fromId}`, target: `seg:${f.toId}` }));
  return item(lang, "PANORAMA", { rows, nodes, edges });
}

/** The gaps in the recommended order: tier (act now, next, long term), then score order. */
export function recommendedOrder(gaps: readonly GapInput[]): GapInput[] {
  const rank = new Map(gaps.map((g, i) => [g.segmentId, i]));
  return [...gaps].sort(
    (a, b) =>
      TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || rank.get(a.segmentId)! - rank.get(b.segmentId)!,
  );
}

export function developmentPath(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const ordered = recommendedOrder(input.gaps);
  const nodes: NodeOut[] = TIERS.filter((t) => ordered.some((g) => g.tier === t)).map((t) =>
    node(`tier:${t}`, w.tier[t], "TIER"),
  );
  const edges: { source: string; target: string }[] = [];
  const rows = ordered.map((g, i) => {
    nodes.push(
      node(`gap:${g.segmentId}`, `${i + 1}. ${nameIn(lang, g)}`, "GAP", {
        parent: `tier:${g.tier}`,
        rank: i + 1,
      }),
    );
    const previous = ordered[i - 1];
    if (previous && previous.tier === g.tier)
      edges.push({ source: `gap:${previous.segmentId}`, target: `gap:${g.segmentId}` });
    return row(
      g.segmentId,
      [
        num(i + 1),
        w.tier[g.tier],
        g.segmentId,
        nameIn(lang, g),
        w.gapType[g.type],
        num(g.score, 3),
        num(g.density, 3),
        w.band[g.densityBand],
        g.reasons.map((r) => w.reason[r]).join(w.list),
      ],
      { segmentId: g.segmentId },
    );
  });
  return item(lang, "DEVELOPMENT_PATH", { rows, nodes, edges });
}

export function techInnovation(input: DossierInputs): ItemOut {
  const { lang, k } = input;
  const w = WORDS[lang];
  const rd = new Map(input.tech.map((t) => [t.segmentId, t]));
  const key = input.segments.filter((s) => s.leaf && s.keyTech);
  const keyIds = new Set(key.map((s) => s.id));
  const nodes = stageColumns(lang, key, k);
  const rows = key.map((s) => {
    const t = rd.get(s.id);
    const coverage = coverageOf(s.localCount, k);
    return row(
      s.id,
      [
        s.id,
        nameIn(lang, s),
        w.stage[s.stage],
        num(s.localCount),
        num(s.totalCount),
        w.coverage[coverage],
        num(t?.localRd === null || t === undefined ? null : t.localRd * 100, 1),
        num(t?.localRdKnown ?? 0),
        num(t?.allRd === null || t === undefined ? null : t.allRd * 100, 1),
        num(t?.allRdKnown ?? 0),
      ],
      { segmentId: s.id },
    );
  });
  const edges = input.feeds
    .filter((f) => keyIds.has(f.fromId) && keyIds.has(f.toId))
    .map((f) => ({ source: `seg:${f.fromId}`, target: `seg:${f.toId}` }));
  return item(lang, "TECH_INNOVATION", { rows, nodes, edges });
}

export function recruitingRoadmap(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const gapName = new Map(input.gaps.map((g) => [g.segmentId, g]));
  const officeKey = (t: TargetInput) => t.office?.id ?? "";
  const officeLabel = (t: TargetInput) => (t.office ? nameIn(lang, t.office) : w.homeTeams);
  // Offices in order of first appearance (the targets come in gap order, then rank).
  const offices = [...new Map(input.targets.map((t) => [officeKey(t), officeLabel(t)]))];
  offices.sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0));
  const rankOf = new Map<TargetInput, number>();
  const perGap = new Map<string, number>();
  for (const t of input.targets) {
    const n = (perGap.get(t.gapSegmentId) ?? 0) + 1;
    perGap.set(t.gapSegmentId, n);
    rankOf.set(t, n);
  }
  const nodes: NodeOut[] = offices.map(([id, label]) => node(`office:${id || "home"}`, label, "OFFICE"));
  const gapNodes = new Set<string>();
  const edges: { source: string; target: string }[] = [];
  const rows: RowOut[] = [];
  for (const [officeId, label] of offices) {
    for (const t of input.targets.filter((x) => officeKey(x) === officeId)) {
      const gap = gapName.get(t.gapSegmentId);
      const gapNode = `gap:${t.gapSegmentId}`;
      if (!gapNodes.has(gapNode)) {
        gapNodes.add(gapNode);
        nodes.push(node(gapNode, gap ? nameIn(lang, gap) : t.gapSegmentId, "GAP"));
      }
      const companyNode = `co:${t.company.id}`;
      nodes.push(
        node(companyNode, nameIn(lang, t.company), "COMPANY", {
          parent: `office:${officeId || "home"}`,
          rank: rankOf.get(t)!,
          synthetic: t.company.source === "synthetic",
        }),
      );
      edges.push({ source: gapNode, target: companyNode });
      rows.push(
        row(
          `${t.gapSegmentId}:${t.company.id}`,
          [
            label,
            t.gapSegmentId,
            gap ? nameIn(lang, gap) : "",
            num(rankOf.get(t)!),
            nameIn(lang, t.company),
            t.region ? nameIn(lang, t.region) : "",
            num(t.score, 3),
            w.source[t.company.source],
          ],
          { ...companyRow(t.company), segmentId: t.gapSegmentId },
        ),
      );
    }
  }
  return item(lang, "RECRUITING_ROADMAP", { rows, nodes, edges });
}

// ---- the six lists -------------------------------------------------------------------------------

function leadSource(l: LeadInput): Partial<RowOut> {
  return {
    source: l.company.source,
    synthetic: l.synthetic || l.company.source === "synthetic",
    companyId: l.company.id,
    leadId: l.id,
  };
}

/** "合成数据" when the lead or its company is synthetic, else the company's source. */
function leadSourceCell(lang: Lang, l: LeadInput): string {
  const w = WORDS[lang];
  return l.synthetic ? w.source.synthetic : w.source[l.company.source];
}

export function keyTasks(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const rows = input.tasks.map((t, i) => {
    const detail =
      t.kind === "OVERDUE_MILESTONE"
        ? t.lead.restricted
          ? w.hidden
          : [t.title, t.owner].filter(Boolean).join(" · ")
        : t.kind === "STALLED"
          ? w.stalledSince(t.date)
          : w.awaitingSince(t.date);
    return row(
      `${t.kind}:${t.lead.id}:${i}`,
      [
        w.task[t.kind],
        nameIn(lang, t.lead.company),
        t.lead.segment ? nameIn(lang, t.lead.segment) : "",
        nameIn(lang, t.lead.team),
        w.leadStage[t.lead.stage],
        detail,
        t.date,
        num(t.daysOverdue),
        leadSourceCell(lang, t.lead),
      ],
      leadSource(t.lead),
    );
  });
  return item(lang, "KEY_TASKS", { rows });
}

export function keyFirms(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const leaves = input.segments.filter((s) => s.leaf);
  const rows: RowOut[] = [];
  for (const s of leaves) {
    input.firms
      .filter((f) => f.segmentId === s.id)
      .forEach((f, i) => {
        rows.push(
          row(
            `${s.id}:${f.company.id}`,
            [
              s.id,
              nameIn(lang, s),
              num(i + 1),
              nameIn(lang, f.company),
              revenueCell(lang, f.company.revenue),
              f.company.stockCode ?? "",
              w.source[f.company.source],
            ],
            { ...companyRow(f.company), segmentId: s.id },
          ),
        );
      });
  }
  return item(lang, "KEY_FIRMS", { rows });
}

export function keyProjects(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const rows: RowOut[] = [];
  let total = 0;
  for (const column of input.projects) {
    if (column.stage === "LOST") continue;
    total += column.count;
    for (const l of column.leads) {
      rows.push(
        row(
          l.id,
          [
            w.leadStage[column.stage],
            num(column.count),
            nameIn(lang, l.company),
            l.segment ? nameIn(lang, l.segment) : "",
            nameIn(lang, l.team),
            l.restricted ? "" : money(lang, l.amountRmb),
            l.keyProject ? w.yes : w.no,
            l.lastChangeOn,
            leadSourceCell(lang, l),
          ],
          leadSource(l),
        ),
      );
    }
  }
  const note = rows.length < total ? w.projectsNote(rows.length, total) : null;
  return item(lang, "KEY_PROJECTS", { rows, note });
}

export function keyShortfalls(input: DossierInputs): ItemOut {
  const { lang } = input;
  const w = WORDS[lang];
  const rows = input.gaps
    .filter((g) => g.type !== "EXTEND" && g.chainId === input.chain.id)
    .map((g) =>
      row(
        g.segmentId,
        [
          g.segmentId,
          nameIn(lang, g),
          w.gapType[g.type],
          w.tier[g.tier],
          num(g.localCount),
          num(g.totalCount),
          g.explanation,
        ],
        { segmentId: g.segmentId },
      ),
    );
  return item(lang, "KEY_SHORTFALLS", { rows });
}

/** The twelve items in their canonical order (DIAGRAM_KEYS, LIST_KEYS). */
export function buildDossier(input: DossierInputs): DossierOut {
  const { lang, entries } = input;
  const diagrams: Record<(typeof DIAGRAM_KEYS)[number], () => ItemOut> = {
    CHAIN_TREE: () => chainTree(input),
    PANORAMA: () => panorama(input),
    FUTURE_TRENDS: () => maintainedItem(lang, "TREND", entries),
    DEVELOPMENT_PATH: () => developmentPath(input),
    TECH_INNOVATION: () => techInnovation(input),
    RECRUITING_ROADMAP: () => recruitingRoadmap(input),
  };
  const lists: Record<(typeof LIST_KEYS)[number], () => ItemOut> = {
    KEY_TASKS: () => keyTasks(input),
    KEY_PARKS: () => maintainedItem(lang, "PARK", entries),
    KEY_FIRMS: () => keyFirms(input),
    KEY_PROJECTS: () => keyProjects(input),
    KEY_PLATFORMS: () => maintainedItem(lang, "PLATFORM", entries),
    KEY_SHORTFALLS: () => keyShortfalls(input),
  };
  return {
    diagrams: DIAGRAM_KEYS.map((k) => diagrams[k]()),
    lists: LIST_KEYS.map((k) => lists[k]()),
  };
}
