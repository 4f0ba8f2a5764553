/**
 * The region × segment matrix of gap analysis (rules in analysis.ts's module comment: rows are
 * cities, foreign countries and the home zone) and the home row's relatedness measures.
 */
import { RegionTree } from "../common/region-tree.ts";
import { density as densityOf, presence, proximity, rca as rcaOf } from "./relatedness.ts";

export type RegionLevel = "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT" | "PARK";

/** A node of the region tree. */
export interface RegionNode {
  code: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Stored presence of one located region (see presence.ts). */
export interface PresenceCells {
  regionCode: string;
  segmentIds: string[];
  companies: number[];
  revenue: number[];
  revenueKnown: number[];
}

/** The region × segment matrix with the home zone's row and revenue totals. */
export interface RegionSegmentMatrix {
  /** Row labels: the home zone first, then cities, provinces and countries by code. */
  rows: string[];
  /** Column labels: every leaf segment, in the order given. */
  segments: string[];
  /** x[r][s]: companies of row r operating in segment s. */
  x: number[][];
  /** Index of the home zone's row (always 0). */
  homeRow: number;
  /** Per segment: sum of known revenue, everywhere and in the home zone. */
  totalRevenue: number[];
  localRevenue: number[];
  /** Per segment: companies with a known revenue, everywhere and in the home zone. */
  totalRevenueKnown: number[];
  localRevenueKnown: number[];
}

/**
 * The matrix row a company located in `code` counts in (rules in the module comment), or null for
 * a region missing from the tree.
 */
export function assignRow(code: string, tree: RegionTree<RegionNode>, home: string): string | null {
  const path = tree.path(code);
  if (path.length === 0) return null;
  if (path.some((r) => r.code === home)) return home;
  const country = [...path].reverse().find((r) => r.level === "COUNTRY") ?? path[path.length - 1];
  const homeCountry = [...tree.path(home)].reverse().find((r) => r.level === "COUNTRY");
  if (country !== undefined && homeCountry !== undefined && country.code !== homeCountry.code) {
    return country.code;
  }
  const city = path.find((r) => r.level === "CITY");
  if (city) return city.code;
  const province = path.find((r) => r.level === "PROVINCE");
  if (province) return province.code;
  return country?.code ?? null;
}

/**
 * Sums the stored cells into the matrix: each located region's cells go to its row
 * ({@link assignRow}); cells of segments that are not in `segmentIds` are ignored.
 */
export function buildMatrix(
  cells: ReadonlyArray<PresenceCells>,
  regions: ReadonlyArray<RegionNode>,
  segmentIds: ReadonlyArray<string>,
  home: string,
): RegionSegmentMatrix {
  const tree = new RegionTree(regions);
  const column = new Map(segmentIds.map((id, i) => [id, i]));
  const n = segmentIds.length;
  const zeros = () => new Array<number>(n).fill(0);
  const byRow = new Map<string, number[]>([[home, zeros()]]);
  const totalRevenue = zeros();
  const localRevenue = zeros();
  const totalRevenueKnown = zeros();
  const localRevenueKnown = zeros();
  for (const cell of cells) {
    const row = assignRow(cell.regionCode, tree, home);
    if (row === null) continue;
    let counts = byRow.get(row);
    if (counts === undefined) {
      counts = zeros();
      byRow.set(row, counts);
    }
    cell.segmentIds.forEach((segmentId, i) => {
      const c = column.get(segmentId);
      if (c === undefined) return;
      counts[c] = (counts[c] ?? 0) + (cell.companies[i] ?? 0);
      const revenue = cell.revenue[i] ?? 0;
      const known = cell.revenueKnown[i] ?? 0;
      totalRevenue[c] = (totalRevenue[c] ?? 0) + revenue;
      totalRevenueKnown[c] = (totalRevenueKnown[c] ?? 0) + known;
      if (row === home) {
        localRevenue[c] = (localRevenue[c] ?? 0) + revenue;
        localRevenueKnown[c] = (localRevenueKnown[c] ?? 0) + known;
      }
    });
  }
  const others = [...byRow.keys()].filter((r) => r !== home).sort();
  const rows = [home, ...others];
  return {
    rows,
    segments: [...segmentIds],
    x: rows.map((r) => byRow.get(r) ?? zeros()),
    homeRow: 0,
    totalRevenue,
    localRevenue,
    totalRevenueKnown,
    localRevenueKnown,
  };
}

/** RCA and relatedness density of the home row, per matrix column. */
export interface HomeMeasures {
  rca: number[];
  density: number[];
}

/** Relative presence and density of the home row for every column (relatedness.ts, home row only). */
export function homeMeasures(matrix: RegionSegmentMatrix): HomeMeasures {
  const r = rcaOf(matrix.x);
  const m = presence(r);
  const phi = proximity(m);
  const homeM = m[matrix.homeRow];
  const homeRca = r[matrix.homeRow];
  if (homeM === undefined || homeRca === undefined) {
    return { rca: matrix.segments.map(() => 0), density: matrix.segments.map(() => 0) };
  }
  return { rca: homeRca, density: densityOf([homeM], phi)[0] ?? [] };
}
