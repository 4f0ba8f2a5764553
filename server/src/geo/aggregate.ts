/**
 * The geographic view's pure part: which place a region's companies are drawn at, and the counts
 * per place. No I/O; unit-tested with hand-made trees (test/unit/geo.test.ts).
 */
import type { RegionTree, RegionTreeNode } from "../common/region-tree.ts";
import type { GeoKind, GeoLevel, GeoPointRecord } from "./records.ts";

/** A region as the map reads it: the tree plus names and coordinates. */
export interface GeoRegion extends RegionTreeNode {
  name: string;
  nameZh: string;
  lat: number | null;
  lon: number | null;
}

/** How many companies (or leads) of one kind a region holds, and how many of them are synthetic. */
export interface GeoTally {
  regionCode: string;
  kind: GeoKind;
  count: number;
  synthetic: number;
}

/**
 * The place a region's companies are drawn at: its prefecture-level city (a district or park rolls
 * up to it); for a region above or without a city (Taiwan, Hong Kong, Macao, a company located at a
 * province), its province; abroad, its country. China as a whole is no place (a company located at
 * "CN" cannot be put on the map honestly), nor is a place without coordinates or a code not in the
 * tree: all of these answer null and are counted as unplaced.
 */
export function placeOf(tree: RegionTree<GeoRegion>, code: string): GeoRegion | null {
  const path = tree.path(code);
  if (path.length === 0) return null;
  const place =
    path.find((n) => n.level === "CITY") ?? path.find((n) => n.level === "PROVINCE") ?? path.at(-1)!;
  if (place.level !== "CITY" && place.level !== "PROVINCE" && place.level !== "COUNTRY") return null;
  if (place.level === "COUNTRY" && place.code === "CN") return null;
  if (place.lat === null || place.lon === null) return null;
  return place;
}

export interface Aggregated {
  /** By place code. */
  points: GeoPointRecord[];
  unplaced: number;
}

/**
 * Sums tallies per place. `officeOf` names the office covering a place from its region chain (most
 * specific first), as teams' suggestOffice does. Points come sorted by code; places with nothing
 * counted are left out.
 */
export function aggregate(
  tree: RegionTree<GeoRegion>,
  tallies: readonly GeoTally[],
  officeOf: (regionChain: readonly string[]) => string | null,
): Aggregated {
  const byCode = new Map<string, GeoPointRecord>();
  let unplaced = 0;
  for (const t of tallies) {
    if (t.count <= 0) continue;
    const place = placeOf(tree, t.regionCode);
    if (place === null) {
      unplaced += t.count;
      continue;
    }
    let point = byCode.get(place.code);
    if (point === undefined) {
      const chain = tree.ancestors(place.code);
      const countryCode = chain.at(-1)!;
      point = {
        code: place.code,
        name: place.name,
        nameZh: place.nameZh,
        level: place.level as GeoLevel,
        lat: place.lat!,
        lon: place.lon!,
        countryCode,
        abroad: countryCode !== "CN",
        localCount: 0,
        candidateCount: 0,
        leadCount: 0,
        syntheticCount: 0,
        officeId: officeOf(chain),
      };
      byCode.set(place.code, point);
    }
    if (t.kind === "local") point.localCount += t.count;
    else if (t.kind === "candidate") point.candidateCount += t.count;
    else point.leadCount += t.count;
    point.syntheticCount += t.synthetic;
  }
  const points = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { points, unplaced };
}

/** Tallies of single items (a candidate's region and source), summed by region. */
export function tallyItems(
  items: Iterable<{ regionCode: string; synthetic: boolean }>,
  kind: GeoKind,
): GeoTally[] {
  const byRegion = new Map<string, GeoTally>();
  for (const item of items) {
    let t = byRegion.get(item.regionCode);
    if (t === undefined)
      byRegion.set(item.regionCode, (t = { regionCode: item.regionCode, kind, count: 0, synthetic: 0 }));
    t.count += 1;
    if (item.synthetic) t.synthetic += 1;
  }
  return [...byRegion.values()];
}
