import type { Db } from "../db/driver.ts";
import { reason, type Reason } from "./reasons.ts";

/**
 * What rows refer to by id or by name: leaf segments, regions and alliances, read from the graph
 * (the database is the truth; the seed's YAML is only how it got there). Matching is on
 * {@link normalizeName}: NFKC (full-width letters, digits and brackets become ASCII), lower case,
 * no white space.
 */
export function normalizeName(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

export interface SegmentRef {
  id: string;
  name: string;
  nameZh: string;
  leaf: boolean;
  /** The chain the segment is in (a lead records it). */
  chainId?: string | null;
}
export interface RegionRef {
  code: string;
  name: string;
  nameZh: string;
  level: string;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}
export interface AllianceRef {
  id: string;
  name: string;
  nameZh: string;
}

/** A lookup answer: the thing, or why not. */
export type Found<T> = { ok: true; value: T } | { ok: false; reason: Reason };

// Administrative suffixes a user may leave out: 江苏 for 江苏省, 南通 for 南通市.
const REGION_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|省|市|区|县)$/;

export class Lookups {
  private readonly segmentsByKey = new Map<string, SegmentRef[]>();
  private readonly regionsByCode = new Map<string, RegionRef>();
  private readonly regionsByName = new Map<string, RegionRef[]>();
  private readonly alliancesByKey = new Map<string, AllianceRef[]>();

  constructor(
    segments: readonly SegmentRef[],
    regions: readonly RegionRef[],
    alliances: readonly AllianceRef[],
  ) {
    const add = <T>(map: Map<string, T[]>, key: string, v: T) => {
      const list = map.get(key) ?? [];
      if (!list.includes(v)) list.push(v);
      map.set(key, list);
    };
    for (const s of segments) {
      for (const k of [s.id, s.name, s.nameZh]) add(this.segmentsByKey, normalizeName(k), s);
    }
    for (const r of regions) {
      this.regionsByCode.set(r.code.toUpperCase(), r);
      for (const n of [r.name, r.nameZh]) {
        const key = normalizeName(n);
        add(this.regionsByName, key, r);
        const bare = key.replace(REGION_SUFFIX, "");
        if (bare && bare !== key) add(this.regionsByName, bare, r);
      }
    }
    for (const a of alliances) {
      for (const k of [a.id, a.name, a.nameZh]) add(this.alliancesByKey, normalizeName(k), a);
    }
  }

  region(text: string): Found<RegionRef> {
    const byCode = this.regionsByCode.get(text.trim().toUpperCase());
    if (byCode) return { ok: true, value: byCode };
    // A path such as 江苏省/南通市/崇川区 or 江苏 南通: the last part, among the descendants of the rest.
    const parts = text
      .split(/[/>\\|,，、·\s]+/)
      .map((p) => normalizeName(p))
      .filter(Boolean);
    const last = parts.pop();
    if (!last) return { ok: false, reason: reason("region_empty") };
    let candidates =
      this.regionsByName.get(last) ?? this.regionsByName.get(last.replace(REGION_SUFFIX, "")) ?? [];
    for (const ancestor of parts) {
      const anc = new Set(
        (
          this.regionsByName.get(ancestor) ??
          this.regionsByName.get(ancestor.replace(REGION_SUFFIX, "")) ??
          []
        ).map((r) => r.code),
      );
      candidates = candidates.filter((r) => this.ancestors(r).some((a) => anc.has(a)));
    }
    if (candidates.length === 1) return { ok: true, value: candidates[0]! };
    if (candidates.length === 0) return { ok: false, reason: reason("no_region", { value: text }) };
    return {
      ok: false,
      reason: reason("region_ambiguous", {
        value: text,
        candidates: candidates.map((r) => `${r.code} ${r.nameZh}`).join(", "),
      }),
    };
  }

  private ancestors(r: RegionRef): string[] {
    const out: string[] = [];
    let p = r.parent;
    while (p && out.length < 10) {
      out.push(p);
      p = this.regionsByCode.get(p.toUpperCase())?.parent ?? null;
    }
    return out;
  }

  segment(text: string): Found<SegmentRef> {
    const found = this.segmentsByKey.get(normalizeName(text)) ?? [];
    const leaves = found.filter((s) => s.leaf);
    if (leaves.length === 1) return { ok: true, value: leaves[0]! };
    if (leaves.length > 1) {
      return {
        ok: false,
        reason: reason("segment_ambiguous", { value: text, ids: leaves.map((s) => s.id).join(", ") }),
      };
    }
    if (found.length > 0) return { ok: false, reason: reason("not_leaf", { value: text }) };
    return { ok: false, reason: reason("no_segment", { value: text }) };
  }

  alliance(text: string): Found<AllianceRef> {
    const found = this.alliancesByKey.get(normalizeName(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0]! };
    if (found.length > 1) return { ok: false, reason: reason("alliance_ambiguous", { value: text }) };
    return { ok: false, reason: reason("no_alliance", { value: text }) };
  }

  regionByCode(code: string): RegionRef | undefined {
    return this.regionsByCode.get(code.toUpperCase());
  }
}

/** Reads the lookups from the graph (a few hundred small rows). */
export async function loadLookups(db: Db): Promise<Lookups> {
  const [segments, regions, alliances] = await Promise.all([
    db.query<SegmentRef>(
      `MATCH (s:Segment) RETURN s.id AS id, s.name AS name, s.nameZh AS nameZh, coalesce(s.leaf, false) AS leaf,
              s.chainId AS chainId`,
    ),
    db.query<RegionRef>(
      `MATCH (r:Region) OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
       RETURN r.code AS code, r.name AS name, r.nameZh AS nameZh, r.level AS level, p.code AS parent,
              r.lat AS lat, r.lon AS lon`,
    ),
    db.query<AllianceRef>("MATCH (a:Alliance) RETURN a.id AS id, a.name AS name, a.nameZh AS nameZh"),
  ]);
  return new Lookups(segments, regions, alliances);
}
