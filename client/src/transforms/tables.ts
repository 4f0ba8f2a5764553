/**
 * Rows for the tables (gap report, targets, alliance partners) and the opportunity quadrant's
 * geometry: pure functions of API results and the language.
 */
import {
  compareNames,
  formatMoney,
  formatNumber,
  formatPercent,
  formatScore,
  nameOf,
  translateOptional,
  type Lang,
} from "../i18n/index.ts";
import type {
  Gap,
  OpportunityPoint,
  Partner,
  PartnerRelation,
  Quadrant,
  ScoreFeature,
  Target,
} from "../api/operations.ts";
import { GAP_COLOURS } from "./styles.ts";

/** One bar of a score breakdown: the feature's share of the row's score, for a stacked bar. */
export interface FeatureBar {
  name: string;
  label: string;
  value: number;
  weight: number;
  contribution: number;
  /** Width in percent of the widest score in the table. */
  width: number;
}

/** The feature's label in the language (falls back to the API's name for a feature it adds). */
export function featureLabel(lang: Lang, name: string): string {
  return translateOptional(lang, `feature${name}`, name);
}

/** Bars of one score: each feature's contribution scaled so the table's top score spans 100 %. */
export function featureBars(lang: Lang, features: readonly ScoreFeature[], maxScore: number): FeatureBar[] {
  return features
    .filter((f) => f.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.name.localeCompare(b.name))
    .map((f) => ({
      name: f.name,
      label: featureLabel(lang, f.name),
      value: f.value,
      weight: f.weight,
      contribution: f.contribution,
      width: maxScore > 0 ? Math.round((1000 * f.contribution) / maxScore) / 10 : 0,
    }));
}

export interface GapRow {
  rank: number;
  segmentId: string;
  name: string;
  type: Gap["type"];
  typeLabel: string;
  colour: string;
  score: string;
  local: string;
  breakPoint: boolean;
  bars: FeatureBar[];
  explanation: string;
}

/** Gap report rows, highest score first (ties by segment id, as the API breaks them). */
export function gapRows(lang: Lang, gaps: readonly Gap[]): GapRow[] {
  const sorted = [...gaps].sort((a, b) => b.score - a.score || a.segment.id.localeCompare(b.segment.id));
  const max = sorted[0]?.score ?? 0;
  return sorted.map((g, i) => ({
    rank: i + 1,
    segmentId: g.segment.id,
    name: nameOf(lang, g.segment),
    type: g.type,
    typeLabel: translateOptional(lang, `gap${g.type}`, g.type),
    colour: GAP_COLOURS[g.type],
    score: formatScore(lang, g.score),
    local: `${formatNumber(lang, g.localCount)} / ${formatNumber(lang, g.totalCount)}`,
    breakPoint: g.breakPoint,
    bars: featureBars(lang, g.features, max),
    explanation: g.explanation,
  }));
}

export interface TargetRow {
  rank: number;
  companyId: string;
  name: string;
  region: string;
  segment: string;
  revenue: string;
  /** Revenue in million RMB (null unknown) and the raw score, for sorting. */
  revenueValue: number | null;
  scoreValue: number;
  score: string;
  synthetic: boolean;
  listed: boolean;
  bars: FeatureBar[];
  reasons: string[];
  localTies: string[];
  leadStatus: string | null;
}

/** Target rows in the API's order (it ranks; ranks continue across pages from `offset`). */
export function targetRows(
  lang: Lang,
  targets: readonly Target[],
  offset = 0,
  maxScore?: number,
): TargetRow[] {
  const max = maxScore ?? targets.reduce((m, t) => Math.max(m, t.score), 0);
  return targets.map((t, i) => ({
    rank: offset + i + 1,
    companyId: t.company.id,
    name: nameOf(lang, t.company),
    region: nameOf(lang, t.company.region),
    segment: nameOf(lang, t.segment),
    // Revenue is stored in million RMB; formatMoney takes yuan.
    revenue: t.company.revenue === null ? "—" : formatMoney(lang, t.company.revenue * 1e6),
    revenueValue: t.company.revenue,
    scoreValue: t.score,
    score: formatScore(lang, t.score),
    synthetic: t.company.source === "SYNTHETIC",
    listed: t.company.listed,
    bars: featureBars(lang, t.features, max),
    reasons: t.reasons,
    localTies: t.localTies.map((c) => nameOf(lang, c)),
    leadStatus: t.leadStatus ? translateOptional(lang, `status${t.leadStatus}`, t.leadStatus) : null,
  }));
}

export interface PartnerGroup {
  relation: PartnerRelation;
  partners: {
    companyId: string;
    name: string;
    region: string;
    via: string[];
    existingTie: boolean;
    synthetic: boolean;
    role: string | null;
  }[];
}

const RELATION_ORDER: readonly PartnerRelation[] = ["SUPPLIER", "CUSTOMER", "PEER"];

/** Partners grouped upstream / downstream / peers; existing ties first, then by name (pinyin in zh). */
export function partnerGroups(lang: Lang, partners: readonly Partner[]): PartnerGroup[] {
  // A supplier or customer is not listed again among the peers (see distinctPartners).
  const directed = new Set(partners.filter((p) => p.relation !== "PEER").map((p) => p.company.id));
  return RELATION_ORDER.map((relation) => ({
    relation,
    partners: partners
      .filter((p) => relation !== "PEER" || !directed.has(p.company.id))
      .filter((p) => p.relation === relation)
      .map((p) => ({
        companyId: p.company.id,
        name: nameOf(lang, p.company),
        region: nameOf(lang, p.company.region),
        via: p.via.map((s) => nameOf(lang, s)),
        existingTie: p.existingTie,
        synthetic: p.company.source === "SYNTHETIC",
        role: p.role,
      }))
      .sort(
        (a, b) =>
          Number(b.existingTie) - Number(a.existingTie) ||
          compareNames(lang, a.name, b.name) ||
          a.companyId.localeCompare(b.companyId),
      ),
  }));
}

export const QUADRANT_COLOURS: Record<Quadrant, string> = {
  STRENGTH: "#2f9e5b",
  OPPORTUNITY: "#2f6fdb",
  WEAKNESS: "#d97800",
  THREAT: "#d64545",
  POSSIBLE_ENTRANT: "#8a4fd6",
};

export interface ScatterPoint {
  segmentId: string;
  label: string;
  cx: number;
  cy: number;
  colour: string;
  quadrant: Quadrant;
  title: string;
}

export interface ScatterGeometry {
  width: number;
  height: number;
  pad: number;
  points: ScatterPoint[];
  /** Where the x = 1 (relative presence of 1: as present as everywhere) line falls. */
  splitX: number;
  /** Where the median density line falls. */
  splitY: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Opportunity scatter: x = relative presence on a log1p scale (RCA ranges over orders of
 * magnitude), y = density; the split lines at RCA = 1 and the median density.
 */
export function quadrantScatter(
  lang: Lang,
  points: readonly OpportunityPoint[],
  width = 560,
  height = 380,
  pad = 44,
): ScatterGeometry {
  const xs = points.map((p) => Math.log1p(Math.max(0, p.relativePresence)));
  const xMax = Math.max(Math.log1p(2), ...xs);
  const densities = points.map((p) => p.density).sort((a, b) => a - b);
  const median = densities.length ? densities[Math.floor((densities.length - 1) / 2)]! : 0;
  // Densities bunch in a narrow band: the y axis spans their range (5 % margin), not 0..max.
  const lo = densities[0] ?? 0;
  const hi = densities[densities.length - 1] ?? 1;
  const margin = Math.max((hi - lo) * 0.05, 1e-6);
  const yMin = Math.max(0, lo - margin);
  const yMax = hi + margin;
  const sx = (v: number) => pad + (v / xMax) * (width - 2 * pad);
  const sy = (v: number) => height - pad - ((v - yMin) / (yMax - yMin)) * (height - 2 * pad);
  return {
    width,
    height,
    pad,
    xMax,
    yMin,
    yMax,
    splitX: Math.round(sx(Math.log1p(1)) * 10) / 10,
    splitY: Math.round(sy(median) * 10) / 10,
    points: points.map((p, i) => ({
      segmentId: p.segment.id,
      label: nameOf(lang, p.segment),
      cx: Math.round(sx(xs[i]!) * 10) / 10,
      cy: Math.round(sy(p.density) * 10) / 10,
      colour: QUADRANT_COLOURS[p.quadrant],
      quadrant: p.quadrant,
      title: `${nameOf(lang, p.segment)} · ${translateOptional(lang, `quadrant${p.quadrant}`, p.quadrant)} · RCA ${formatNumber(lang, p.relativePresence, 2)} · ${formatPercent(lang, p.density)}`,
    })),
  };
}

/** Columns of the target table a reader may sort by. */
export type TargetSortKey = "rank" | "name" | "region" | "revenue" | "score";

/**
 * Target rows sorted by a column: names and regions in the language's order (pinyin in Chinese),
 * revenue with unknown figures last in either direction, ties by rank. Pure, so tested in Node.
 */
export function sortTargetRows(
  lang: Lang,
  rows: readonly TargetRow[],
  key: TargetSortKey,
  descending: boolean,
): TargetRow[] {
  const dir = descending ? -1 : 1;
  const cmp = (a: TargetRow, b: TargetRow): number => {
    switch (key) {
      case "rank":
        return dir * (a.rank - b.rank);
      case "name":
        return dir * compareNames(lang, a.name, b.name);
      case "region":
        return dir * compareNames(lang, a.region, b.region);
      case "score":
        return dir * (a.scoreValue - b.scoreValue);
      case "revenue":
        if (a.revenueValue === null || b.revenueValue === null)
          return (a.revenueValue === null ? 1 : 0) - (b.revenueValue === null ? 1 : 0);
        return dir * (a.revenueValue - b.revenueValue);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) || a.rank - b.rank);
}
