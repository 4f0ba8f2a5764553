/**
 * The gap report as a person reads it: the few gaps to act on now first (the server's priority
 * rule, Gap.priority), the rest in groups ("79 fill gaps with low relatedness: long term"),
 * filtered by type and sorted; and the opportunity quadrant's bands (absent segments apart from
 * the present ones). Pure functions of API results and the language.
 */
import type { Gap, GapReport, GapType, OpportunityPoint, Quadrant } from "../api/operations.ts";
import { compareNames, nameOf, translate, type Lang } from "../i18n/index.ts";
import { gapRows, type GapRow } from "./tables.ts";

export type GapSort = "score" | "density" | "local" | "name";
export const GAP_SORTS: readonly GapSort[] = ["score", "density", "local", "name"];

export interface PrioritisedRow extends GapRow {
  tier: Gap["priority"]["tier"];
  reasons: Gap["priority"]["reasons"];
  density: number;
  localCount: number;
}

export interface GapGroupView {
  key: string;
  title: string;
  rows: PrioritisedRow[];
}

export interface GapSections {
  actNow: PrioritisedRow[];
  groups: GapGroupView[];
  /** Rows shown after the filter. */
  shown: number;
}

function sortRows(lang: Lang, rows: PrioritisedRow[], sort: GapSort): PrioritisedRow[] {
  const bySort: Record<GapSort, (a: PrioritisedRow, b: PrioritisedRow) => number> = {
    score: (a, b) => a.rank - b.rank,
    density: (a, b) => b.density - a.density || a.rank - b.rank,
    local: (a, b) => a.localCount - b.localCount || a.rank - b.rank,
    name: (a, b) => compareNames(lang, a.name, b.name) || a.rank - b.rank,
  };
  return [...rows].sort(bySort[sort]);
}

/** The report's sections for a type filter ("ALL" or one type) and a sort. */
export function gapSections(
  lang: Lang,
  report: Pick<GapReport, "gaps" | "priorityGroups">,
  filter: GapType | "ALL",
  sort: GapSort,
): GapSections {
  const byId = new Map(report.gaps.map((g) => [g.segment.id, g]));
  const rows: PrioritisedRow[] = gapRows(lang, report.gaps).map((r) => {
    const g = byId.get(r.segmentId)!;
    return {
      ...r,
      tier: g.priority.tier,
      reasons: g.priority.reasons,
      density: g.density,
      localCount: g.localCount,
    };
  });
  const rowById = new Map(rows.map((r) => [r.segmentId, r]));
  const keep = (r: PrioritisedRow) => filter === "ALL" || r.type === filter;
  const actNow = sortRows(
    lang,
    rows.filter((r) => r.tier === "ACT_NOW" && keep(r)),
    sort,
  );
  const groups = report.priorityGroups
    .filter((g) => filter === "ALL" || g.type === filter)
    .map((g) => ({
      key: `${g.tier}-${g.type}-${g.densityBand}`,
      title: translate(lang, "gapGroupTitle", {
        n: g.count,
        type: translate(lang, `gap${g.type}`),
        density: translate(lang, `density${g.densityBand}`),
        tier: translate(lang, `tier${g.tier}`),
      }),
      rows: sortRows(
        lang,
        g.segmentIds.map((id) => rowById.get(id)).filter((r): r is PrioritisedRow => r !== undefined),
        sort,
      ),
    }));
  return { actNow, groups, shown: actNow.length + groups.reduce((n, g) => n + g.rows.length, 0) };
}

/** One point of the quadrant, placed by its band. */
export interface BandPoint {
  segmentId: string;
  label: string;
  quadrant: Quadrant;
  density: number;
  relativePresence: number;
  localCount: number;
}

export interface QuadrantBands {
  /** Segments with a local presence (RCA > 0): on the quadrants. */
  present: BandPoint[];
  /** Segments without any (RCA 0, the server's POSSIBLE_ENTRANT): their own band, densest first. */
  absent: BandPoint[];
  /** Points drawn per category: what the legend says. */
  counts: Record<Quadrant, number>;
  /** The segments labelled on the drawing: the top `labelTop` of each band by density. */
  labelled: Set<string>;
}

/**
 * Splits the opportunity map: absent segments (no local company, RCA 0) cannot be told apart on
 * the RCA axis, so they get a band of their own ordered by density (most related first); present
 * ones keep the quadrants. Ties of density by name. The legend counts are those of the points
 * returned, so they equal what is drawn.
 */
export function quadrantBands(lang: Lang, points: readonly OpportunityPoint[], labelTop = 5): QuadrantBands {
  const all: BandPoint[] = points.map((p) => ({
    segmentId: p.segment.id,
    label: nameOf(lang, p.segment),
    quadrant: p.quadrant,
    density: p.density,
    relativePresence: p.relativePresence,
    localCount: p.localCount,
  }));
  const isAbsent = (p: BandPoint) => p.relativePresence <= 0 || p.localCount === 0;
  const byDensity = (a: BandPoint, b: BandPoint) =>
    b.density - a.density || compareNames(lang, a.label, b.label) || a.segmentId.localeCompare(b.segmentId);
  const absent = all.filter(isAbsent).sort(byDensity);
  const present = all.filter((p) => !isAbsent(p)).sort(byDensity);
  const counts: Record<Quadrant, number> = {
    STRENGTH: 0,
    OPPORTUNITY: 0,
    WEAKNESS: 0,
    THREAT: 0,
    POSSIBLE_ENTRANT: 0,
  };
  for (const p of present) counts[p.quadrant]++;
  counts.POSSIBLE_ENTRANT += absent.length;
  const labelled = new Set(
    [...present.slice(0, labelTop), ...absent.slice(0, labelTop)].map((p) => p.segmentId),
  );
  return { present, absent, counts, labelled };
}
