import type { Db } from "../db/driver.ts";
import { normalizeName } from "./lookups.ts";

/**
 * Entity resolution: which existing company a row means. By credit code first (the graph id of a
 * company that has one, or its `creditCode`), else by normalised name (Chinese or English) plus the
 * located region. Several companies with that name and region are reported as ambiguous, never
 * merged; a name match whose stored credit code differs from the row's is another company.
 */
export interface ExistingCompany {
  id: string;
  name: string | null;
  nameZh: string | null;
  creditCode: string | null;
  regionCode: string | null;
}

export type Resolution =
  { kind: "found"; company: ExistingCompany } | { kind: "none" } | { kind: "ambiguous"; ids: string[] };

export const nameKey = (name: string, region: string | null) => `${normalizeName(name)}|${region ?? ""}`;

// Two index seeks over the list (id, then creditCode): cheaper than a subquery per code.
const BY_CODE = `
CALL () {
  MATCH (c:Company) WHERE c.id IN $codes RETURN c
  UNION
  MATCH (c:Company) WHERE c.creditCode IN $codes RETURN c
}
RETURN c.id AS id, c.name AS name, c.nameZh AS nameZh, c.creditCode AS creditCode, c.regionCode AS regionCode`;

const IN_REGIONS = `
MATCH (r:Region)<-[:LOCATED_IN]-(c:Company) WHERE r.code IN $regions
RETURN c.id AS id, c.name AS name, c.nameZh AS nameZh, c.creditCode AS creditCode, r.code AS regionCode`;

// Full-text candidates for names given without a region (the phrase is a parameter, quoted for Lucene).
const BY_NAME = `
UNWIND $names AS q
CALL db.index.fulltext.queryNodes('company_names', q, {limit: 50}) YIELD node AS c
RETURN DISTINCT c.id AS id, c.name AS name, c.nameZh AS nameZh, c.creditCode AS creditCode, c.regionCode AS regionCode`;

const lucenePhrase = (s: string) => `"${s.replace(/["\\]/g, " ")}"`;

/** The companies a batch of rows may refer to, read in a few queries; then resolved in memory. */
export class CompanyIndex {
  private readonly byCode = new Map<string, ExistingCompany>();
  private readonly byNameRegion = new Map<string, ExistingCompany[]>();
  private readonly byName = new Map<string, ExistingCompany[]>();

  add(c: ExistingCompany) {
    this.byCode.set(c.id.toUpperCase(), c);
    if (c.creditCode) this.byCode.set(c.creditCode.toUpperCase(), c);
    for (const n of new Set([c.nameZh, c.name].filter((x): x is string => !!x).map(normalizeName))) {
      const push = (map: Map<string, ExistingCompany[]>, key: string) => {
        const list = map.get(key) ?? [];
        if (!list.some((x) => x.id === c.id)) list.push(c);
        map.set(key, list);
      };
      push(this.byNameRegion, `${n}|${c.regionCode ?? ""}`);
      push(this.byName, n);
    }
  }

  /** Loads what `refs` may match: by code, by name within the given regions, by name anywhere. */
  static async load(
    db: Db,
    refs: { codes: string[]; regions: string[]; namesWithoutRegion: string[] },
  ): Promise<CompanyIndex> {
    const index = new CompanyIndex();
    const chunk = <T>(xs: T[], n: number) =>
      Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
    for (const codes of chunk([...new Set(refs.codes)], 20_000)) {
      for (const c of await db.query<ExistingCompany>(BY_CODE, { codes })) index.add(c);
    }
    if (refs.regions.length > 0) {
      for (const c of await db.query<ExistingCompany>(IN_REGIONS, { regions: [...new Set(refs.regions)] }))
        index.add(c);
    }
    for (const names of chunk([...new Set(refs.namesWithoutRegion)], 2_000)) {
      for (const c of await db.query<ExistingCompany>(BY_NAME, { names: names.map(lucenePhrase) }))
        index.add(c);
    }
    return index;
  }

  /** A company by id or credit code. */
  byId(code: string): ExistingCompany | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /**
   * Resolves a row: credit code (or id) first; else the name in the region (or anywhere when no
   * region is given). A name match whose stored credit code differs from `creditCode` is not it.
   */
  resolve(ref: { code?: string | undefined; name?: string | undefined; region?: string | null }): Resolution {
    if (ref.code) {
      const c = this.byId(ref.code);
      if (c) return { kind: "found", company: c };
    }
    if (!ref.name) return { kind: "none" };
    const n = normalizeName(ref.name);
    const list = (ref.region ? this.byNameRegion.get(`${n}|${ref.region}`) : this.byName.get(n)) ?? [];
    const fits = list.filter((c) => !ref.code || !c.creditCode || c.creditCode === ref.code);
    if (fits.length === 1) return { kind: "found", company: fits[0]! };
    if (fits.length > 1) return { kind: "ambiguous", ids: fits.map((c) => c.id).sort() };
    return { kind: "none" };
  }
}
