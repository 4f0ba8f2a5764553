/**
 * The compiled model: every leaf segment gets a firm share (chain, stage, role, keyTech, seeded
 * jitter) and a distribution over locations = baseline (GDP-like table, default by province) ×
 * cluster affinities (synthetic/clusters.yaml). The home city is split into its districts and park,
 * which get their own local affinities, so the home park's coverage comes out of the model, never
 * hand-placed. Parameters: synthetic/*.yaml, through parameters.ts.
 */
import type { ClusterRule, Match, SyntheticParameters, WordPair } from "./parameters.ts";
import { realBrands } from "./brands.ts";
import { Rng, hashString, streamSeed, upperBound } from "./prng.ts";
import type { ChainDef, RegionDef, SegmentDef, SeedGraph } from "../types.ts";

/** What the generator reads: the catalog's chains, regions and public companies (structurally the
 * `Catalog` that catalog.ts's loadCatalog() returns). */
export type CatalogInput = Pick<SeedGraph, "chains" | "regions" | "companies">;

export const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface SegmentModel {
  def: SegmentDef;
  chain: ChainDef;
  chainIsNE: boolean;
  text: string;
  nameText: string;
  chainText: string;
  /** Segments a secondary activity is drawn from: neighbours in the sub-chain and FEEDS partners. */
  neighbours: number[];
  /** Segments that FEED this one, with their weights. */
  feedsIn: { from: number; weight: number }[];
  logMedianRevenue: number;
  rdBase: number;
  emerging: boolean;
  words: readonly WordPair[];
}

export interface LocationModel {
  code: string;
  region: RegionDef;
  lat: number;
  lon: number;
  foreign: boolean;
  /** Province code (Chinese locations), for naming and the Yangtze River Delta test. */
  province: RegionDef | undefined;
  /** Region whose names prefix a Chinese firm's name (the city; the home city for its districts). */
  nameCity: RegionDef;
  /** In the home city's subtree. */
  homeCity: boolean;
  home: boolean;
  /** Jitter half-width in degrees. */
  jitter: number;
  /** Keys tried, in order, in the rule tables. */
  keys: string[];
}

export function matches(m: Match, seg: SegmentModel): boolean {
  if (m.chain && !m.chain.test(seg.chainText)) return false;
  if (m.text && !m.text.test(seg.text)) return false;
  if (m.name && !m.name.test(seg.nameText)) return false;
  if (m.not && m.not.test(seg.text)) return false;
  if (m.stage && !m.stage.includes(seg.def.stage)) return false;
  if (m.role && (seg.def.role === undefined || !m.role.includes(seg.def.role))) return false;
  if (m.keyTech !== undefined && m.keyTech !== seg.def.keyTech) return false;
  return true;
}

function ruleMultiplier(rule: ClusterRule, loc: LocationModel): number {
  for (const key of loc.keys) {
    const m = rule.regions[key];
    if (m !== undefined) return m;
  }
  return loc.foreign ? (rule.foreign ?? 1) : 1;
}

export class Model {
  readonly segments: SegmentModel[] = [];
  readonly segmentIndex = new Map<string, number>();
  /** Generation locations first (cities, countries, home districts/park), then pseudo-locations
   * that only hold public companies. */
  readonly locations: LocationModel[] = [];
  readonly locationIndex = new Map<string, number>();
  genLocations = 0;
  /** Cumulative segment shares (length S). */
  segCum = new Float64Array(0);
  /** Per segment, cumulative location shares over generation locations (S × G). */
  locCum = new Float64Array(0);
  readonly regions = new Map<string, RegionDef>();
  /** Two-character brands of the catalog's real companies, which no synthetic name may carry. */
  readonly realBrands: ReadonlySet<string>;
  homeCityCode: string | undefined;
  /** Whether the home city is replaced by its districts and park (else only the park is split off). */
  splitHome = false;

  constructor(
    catalog: CatalogInput,
    readonly seed: number,
    readonly homeRegion: string,
    readonly params: SyntheticParameters,
  ) {
    for (const r of catalog.regions) this.regions.set(r.code, r);
    const n = params.names;
    this.realBrands = realBrands(
      catalog.companies,
      catalog.regions.map((r) => r.nameZh),
      [...n.industryWords.flatMap((w) => w.words), ...Object.values(n.roleWords).flat()].map(([zh]) => zh),
    );
    this.compileSegments(catalog);
    this.compileLocations(catalog);
    this.compileWeights();
  }

  private compileSegments(catalog: CatalogInput): void {
    const chains = [...catalog.chains].sort(byId);
    for (const chain of chains) {
      const chainText = `${chain.id} ${chain.name} ${chain.nameZh}`.toLowerCase();
      for (const sub of [...chain.subchains].sort(byId)) {
        const segs = [...sub.segments].sort(byId);
        const first = this.segments.length;
        for (const def of segs) {
          if (this.segmentIndex.has(def.id)) continue;
          this.segmentIndex.set(def.id, this.segments.length);
          this.segments.push({
            def,
            chain,
            chainIsNE: this.params.patterns.NE.test(chainText),
            text: `${sub.id} ${sub.name} ${sub.nameZh} ${def.name} ${def.nameZh}`.toLowerCase(),
            nameText: `${def.name} ${def.nameZh}`.toLowerCase(),
            chainText,
            neighbours: [],
            feedsIn: [],
            logMedianRevenue: 0,
            rdBase: 0,
            emerging: false,
            words: [],
          });
        }
        // Adjacent segments of the same sub-chain are plausible second activities.
        for (let i = first; i < this.segments.length; i++) {
          const s = this.segments[i]!;
          if (i > first) s.neighbours.push(i - 1);
          if (i + 1 < this.segments.length) s.neighbours.push(i + 1);
        }
      }
    }
    for (const [i, s] of this.segments.entries()) {
      for (const f of s.def.feeds) {
        const j = this.segmentIndex.get(f.to);
        if (j === undefined || j === i) continue;
        this.segments[j]!.feedsIn.push({ from: i, weight: f.weight > 0 ? f.weight : 1 });
        s.neighbours.push(j);
        this.segments[j]!.neighbours.push(i);
      }
    }
    for (const [i, s] of this.segments.entries()) {
      s.neighbours = [...new Set(s.neighbours)].filter((j) => j !== i).sort((a, b) => a - b);
      s.feedsIn.sort((a, b) => a.from - b.from);
      // Per-segment jitter so that segments of one kind still differ in firm count and scale.
      const rng = new Rng(streamSeed(this.seed, 4, hashString(s.def.id)));
      const { stage, role, keyTech } = s.def;
      const { patterns } = this.params;
      const rev = this.params.segments.logMedianRevenue;
      let logMed = Math.log(this.params.model.baseMedianRevenue);
      if (stage === "MIDSTREAM" && (role === undefined || role === "CORE")) logMed += rev.midstreamCore;
      if (stage === "UPSTREAM") logMed += rev.upstream;
      if (stage === "DOWNSTREAM") logMed += rev.downstream;
      if (role === "SERVICE") logMed += rev.service;
      if (role === "EQUIPMENT") logMed += rev.equipment;
      if (keyTech) logMed += rev.keyTech;
      s.logMedianRevenue = logMed + rev.jitter * rng.normal();
      // R&D intensity: chokepoints and tech-heavy chains spend more.
      const rdp = this.params.segments.rdIntensity;
      let rd = rdp.base;
      if (keyTech) rd += rdp.keyTech;
      if (role === "EQUIPMENT") rd += rdp.equipment;
      if (patterns.IT.test(s.chainText)) rd += rdp.chainIT;
      if (patterns.HL.test(s.chainText) && patterns.PHARMA.test(s.text)) rd += rdp.pharma;
      if (role === "SERVICE" || (stage === "DOWNSTREAM" && !keyTech)) rd += rdp.serviceOrPlainDownstream;
      s.rdBase = rd;
      s.emerging = this.params.patterns.EMERGING.test(s.text);
      s.words = this.params.names.industryWords.find((w) => matches(w.match, s))?.words ?? [
        ["实业", "Industrial"],
      ];
    }
  }

  private compileLocations(catalog: CatalogInput): void {
    const regions = [...catalog.regions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const ancestors = (r: RegionDef): RegionDef[] => {
      const out: RegionDef[] = [];
      const seen = new Set<string>();
      let p = r.parent;
      while (p !== undefined && !seen.has(p)) {
        seen.add(p);
        const pr = this.regions.get(p);
        if (!pr) break;
        out.push(pr);
        p = pr.parent;
      }
      return out;
    };
    const country = (r: RegionDef): string | undefined =>
      r.level === "COUNTRY" ? r.code : ancestors(r).find((a) => a.level === "COUNTRY")?.code;
    const isChinese = (r: RegionDef): boolean => (country(r) ?? "CN") === "CN";
    const provinceOf = (r: RegionDef): RegionDef | undefined =>
      r.level === "PROVINCE" ? r : ancestors(r).find((a) => a.level === "PROVINCE");

    const home = this.regions.get(this.homeRegion);
    const homeCity = home ? [home, ...ancestors(home)].find((a) => a.level === "CITY") : undefined;
    this.homeCityCode = homeCity?.code;
    const homeUnits = homeCity
      ? regions.filter(
          (r) =>
            (r.level === "DISTRICT" || r.level === "PARK") &&
            ancestors(r).some((a) => a.code === homeCity.code),
        )
      : [];
    // Without any district or park besides the home park, the city keeps the rest of its firms.
    const splitHome = homeUnits.some((r) => r.code !== this.homeRegion);
    this.splitHome = splitHome;

    const jitter = this.params.firms.jitterDegrees;
    const add = (r: RegionDef, kind: "city" | "country" | "unit" | "pseudo"): void => {
      if (this.locationIndex.has(r.code)) return;
      const foreign = !isChinese(r);
      const province = foreign ? undefined : provinceOf(r);
      const anc = ancestors(r);
      const inHome =
        homeCity !== undefined && (r.code === homeCity.code || anc.some((a) => a.code === homeCity.code));
      const city = r.level === "CITY" ? r : (anc.find((a) => a.level === "CITY") ?? province ?? r);
      const keys = [r.code];
      // Municipalities: the tables key them by province code; a "XX0100" city matches too.
      if (/^(11|12|31|50)0100$/.test(r.code)) keys.push(`${r.code.slice(0, 2)}0000`);
      for (const a of anc) if (a.level === "CITY" || a.level === "PROVINCE") keys.push(a.code);
      this.locationIndex.set(r.code, this.locations.length);
      this.locations.push({
        code: r.code,
        region: r,
        lat: r.lat,
        lon: r.lon,
        foreign,
        province,
        nameCity: city,
        homeCity: inHome,
        home: r.code === this.homeRegion,
        jitter:
          kind === "country"
            ? jitter.country
            : r.level === "PARK"
              ? jitter.park
              : r.level === "DISTRICT"
                ? jitter.district
                : jitter.city,
        keys,
      });
    };
    for (const r of regions) {
      if (r.level === "COUNTRY") {
        if (r.code !== "CN") add(r, "country");
      } else if (r.level === "CITY" && isChinese(r)) {
        if (splitHome && r.code === homeCity?.code) for (const u of homeUnits) add(u, "unit");
        else add(r, "city");
      }
    }
    if (!splitHome && homeCity && home && home.code !== homeCity.code) add(home, "unit");
    this.genLocations = this.locations.length;
    if (this.genLocations > 65_000) throw new Error("too many locations for the synthetic model");
    // Public companies may sit in regions where nothing is generated (a province, the home city).
    for (const c of catalog.companies) {
      const r = this.regions.get(c.region);
      if (r && !this.locationIndex.has(r.code)) add(r, "pseudo");
    }
  }

  /** Baseline of a city missing from cityBaseline, by the first two digits of its province code. */
  private defaultCityBaseline(provinceCode: string): number {
    const p = provinceCode.slice(0, 2);
    const hit = this.params.defaultCityBaseline.find((d) => d.provinces.includes(p));
    return hit ? hit.baseline : this.params.defaultCityBaselineOther;
  }

  private baseline(loc: LocationModel): number {
    const P = this.params;
    if (loc.foreign) return P.foreignBaseline[loc.code] ?? P.foreignBaselineDefault;
    for (const key of loc.keys.slice(0, 2)) {
      const b = P.cityBaseline[key];
      if (b !== undefined) return b;
    }
    const provinceCode = loc.province?.code ?? loc.code;
    const level = loc.region.level;
    if (level === "DISTRICT" || level === "PARK") {
      const cityBase = P.cityBaseline[this.homeCityCode ?? ""] ?? this.defaultCityBaseline(provinceCode);
      return cityBase * (P.homeCitySplit[loc.code] ?? P.homeCitySplitDefault);
    }
    return this.defaultCityBaseline(provinceCode);
  }

  private compileWeights(): void {
    const S = this.segments.length;
    const G = this.genLocations;
    const P = this.params;
    const gen = this.locations.slice(0, G);
    // Baselines; the home city's units share the city's baseline by homeCitySplit.
    const base = gen.map((l) => this.baseline(l));
    const unitIdx = gen.flatMap((l, i) => (l.homeCity && l.region.level !== "CITY" ? [i] : []));
    // Without districts the city keeps its own baseline and the park takes its table share beside it.
    const splitSum = this.splitHome
      ? unitIdx.reduce((a, i) => a + (P.homeCitySplit[gen[i]!.code] ?? P.homeCitySplitDefault), 0)
      : Object.values(P.homeCitySplit).reduce((a, b) => a + b, 0);
    for (const i of unitIdx) base[i] = base[i]! / (splitSum > 0 ? splitSum : 1);
    // Foreign countries together hold foreignShare of the baseline mass.
    let domestic = 0;
    let foreign = 0;
    gen.forEach((l, i) => (l.foreign ? (foreign += base[i]!) : (domestic += base[i]!)));
    if (foreign > 0 && domestic > 0) {
      const f = (P.model.foreignShare / (1 - P.model.foreignShare)) * (domestic / foreign);
      gen.forEach((l, i) => {
        if (l.foreign) base[i] = base[i]! * f;
      });
    }

    this.segCum = new Float64Array(S);
    this.locCum = new Float64Array(S * G);
    let segAcc = 0;
    for (const [s, seg] of this.segments.entries()) {
      const rules = P.clusterRules.filter((r) => matches(r.match, seg));
      const local = P.localRules.filter((r) => matches(r.match, seg));
      let acc = 0;
      for (let l = 0; l < G; l++) {
        const loc = gen[l]!;
        let w = base[l]!;
        for (const r of rules) w *= ruleMultiplier(r, loc);
        if (loc.homeCity && loc.region.level !== "CITY") {
          let m = 1;
          let named = false;
          for (const r of local) {
            const v = r.regions[loc.code];
            if (v !== undefined) {
              m *= v;
              named = true;
            }
          }
          w *= named ? m : (P.localDefault[loc.code] ?? 1);
        }
        acc += w;
        this.locCum[s * G + l] = acc;
      }
      // Segment firm share: chain factor × stage/role/keyTech × seeded jitter.
      const { stage, role, keyTech } = seg.def;
      let share = P.chainFirmFactor.find(([re]) => re.test(seg.chainText))?.[1] ?? 1;
      const fs = P.segments.firmShare;
      if (stage === "DOWNSTREAM") share *= fs.downstream;
      if (stage === "UPSTREAM") share *= fs.upstream;
      if (role === "EQUIPMENT") share *= fs.equipment;
      if (role === "MATERIAL") share *= fs.material;
      if (role === "SERVICE") share *= fs.service;
      if (keyTech) share *= fs.keyTech;
      if (seg.emerging) share *= fs.emerging;
      const rng = new Rng(streamSeed(this.seed, 5, hashString(seg.def.id)));
      share *= Math.exp(fs.jitter * rng.normal());
      segAcc += acc > 0 ? share : 0;
      this.segCum[s] = segAcc;
    }
  }

  sampleSegment(u: number): number {
    const S = this.segments.length;
    return upperBound(this.segCum, 0, S, u * this.segCum[S - 1]!);
  }

  sampleLocation(s: number, u: number): number {
    const G = this.genLocations;
    const lo = s * G;
    return upperBound(this.locCum, lo, lo + G, u * this.locCum[lo + G - 1]!) - lo;
  }
}
