/**
 * The universe: the per-company index and the streams drawn from it. Company i draws (segment,
 * location, size deviate z) from its own stream (seed, 0, i) and keeps them in typed arrays (about
 * 10 bytes a firm); its attributes and names come from stream (seed, 1, i) when it is emitted, so
 * any company can be rebuilt alone and no output depends on iteration order other than the index.
 * Supply ties are drawn per customer (stream (seed, 2, i)): a Poisson count growing with size; a
 * supplier segment among those that FEED the customer's primary segment; a supplier location by
 * rejection sampling with great-circle decay; a supplier firm inside that (segment, location)
 * bucket weighted by size. The alliance takes the home city's new-energy firms first (stream 3).
 */
import { haversineKm } from "../geo.ts";
import type { AllianceDef, CompanyDef, CompanySegmentDef, MembershipDef, SupplyDef } from "../types.ts";
import { byId, type CatalogInput, type Model } from "./model.ts";
import { companyName, type NameTaken } from "./names.ts";
import { Rng, clamp, round, streamSeed, upperBound } from "./prng.ts";

/** Synthetic company id: "syn-" and the 1-based index padded to 7 digits. */
export function syntheticId(index: number): string {
  return `syn-${String(index).padStart(7, "0")}`;
}

export interface SyntheticUniverse {
  readonly scale: number;
  readonly seed: number;
  /** Public catalog companies that take part in ties and the alliance (sorted by id). */
  readonly publicCompanyIds: readonly string[];
  /**
   * Company `index` (0-based; its id is syntheticId(index + 1)), rebuilt on demand: every figure as
   * companies() gives it. Its name is the one its stream draws; companies() may give a later company
   * another trade name when an earlier one already took that name (names are unique).
   */
  companyAt(index: number): CompanyDef;
  /** All synthetic companies in index order, with unique names in both languages. */
  companies(): Generator<CompanyDef>;
  /** Supply ties, grouped by customer (synthetic customers in index order, then public ones). */
  supplies(): Generator<SupplyDef>;
  alliances(): AllianceDef[];
  memberships(): Generator<MembershipDef>;
}

interface PublicFirm {
  id: string;
  founded: number | undefined;
}

export class Universe implements SyntheticUniverse {
  readonly publicCompanyIds: string[];
  private readonly publics: PublicFirm[] = [];
  /** Per firm (synthetic 0..N−1, then public): primary segment, location, size deviate. */
  private readonly fSeg: Uint16Array;
  private readonly fLoc: Uint16Array;
  private readonly fZ: Float32Array;
  private memberCache: MembershipDef[] | undefined;

  constructor(
    private readonly model: Model,
    readonly scale: number,
    readonly seed: number,
    private readonly tiesPerCompany: number,
    private readonly allianceSize: number,
    catalog: CatalogInput,
    publicTies: boolean,
  ) {
    const pubs: { c: CompanyDef; seg: number; loc: number }[] = [];
    for (const c of publicTies ? [...catalog.companies].sort(byId) : []) {
      if (c.source !== "public") continue;
      const primary = c.segments.find((s) => s.primary) ?? c.segments[0];
      const seg = primary ? model.segmentIndex.get(primary.segment) : undefined;
      const loc = model.locationIndex.get(c.region);
      if (seg === undefined || loc === undefined) continue;
      pubs.push({ c, seg, loc });
    }
    if (scale > 0 && (model.segments.length === 0 || model.genLocations === 0))
      throw new Error("the catalog has no leaf segments or no city/country regions to place companies in");
    const F = scale + pubs.length;
    this.fSeg = new Uint16Array(F);
    this.fLoc = new Uint16Array(F);
    this.fZ = new Float32Array(F);
    const zLimit = model.params.firms.sizeDeviateLimit;
    for (let i = 0; i < scale; i++) {
      const rng = new Rng(streamSeed(seed, 0, i));
      const s = model.sampleSegment(rng.next());
      this.fSeg[i] = s;
      this.fLoc[i] = model.sampleLocation(s, rng.next());
      this.fZ[i] = clamp(rng.normal(), -zLimit, zLimit);
    }
    pubs.forEach((p, k) => {
      this.fSeg[scale + k] = p.seg;
      this.fLoc[scale + k] = p.loc;
      this.fZ[scale + k] = model.params.model.publicZ;
      this.publics.push({ id: p.c.id, founded: p.c.founded });
    });
    this.publicCompanyIds = this.publics.map((p) => p.id);
  }

  private firmId(f: number): string {
    return f < this.scale ? syntheticId(f + 1) : this.publics[f - this.scale]!.id;
  }

  companyAt(i: number, taken: NameTaken = () => false): CompanyDef {
    if (!Number.isInteger(i) || i < 0 || i >= this.scale) throw new RangeError(`no synthetic company ${i}`);
    const { model } = this;
    const M = model.params.model;
    const P = model.params.firms;
    const seg = model.segments[this.fSeg[i]!]!;
    const loc = model.locations[this.fLoc[i]!]!;
    const z = this.fZ[i]!;
    const rng = new Rng(streamSeed(this.seed, 1, i));

    const logRev = seg.logMedianRevenue + (loc.foreign ? M.foreignRevenueBoost : 0) + M.revenueSigma * z;
    const revenue = Math.max(P.minRevenue, round(Math.exp(logRev), 2));

    const segments: CompanySegmentDef[] = [{ segment: seg.def.id, primary: true }];
    if (seg.neighbours.length > 0 && rng.next() < M.multiSegmentShare) {
      const count = seg.neighbours.length > 1 && rng.next() < P.twoSecondaryShare ? 2 : 1;
      const first = rng.pick(seg.neighbours);
      segments.push({ segment: model.segments[first]!.def.id, primary: false });
      if (count === 2) {
        const rest = seg.neighbours.filter((j) => j !== first);
        segments.push({ segment: model.segments[rng.pick(rest)]!.def.id, primary: false });
      }
    }

    const listed = rng.next() < 1 / (1 + Math.exp(-M.listedSlope * (z - M.listedCut)));
    const { name, nameZh } = companyName(
      model.params.names,
      rng,
      seg,
      loc,
      z,
      listed,
      model.realBrands,
      taken,
    );
    const { employees: E, age: A, registeredCapital: K, rdIntensity: D, growth: G } = P;
    // Integers: Math.round, so the loader stores them as integers.
    const employees = Math.max(
      E.min,
      Math.round(revenue / Math.exp(Math.log(E.revenuePerEmployee) + E.sigma * rng.normal())),
    );
    const age = clamp(
      Math.round(
        Math.exp(A.logMedian + A.sizeElasticity * z + A.sigma * rng.normal()) *
          (seg.emerging ? A.emergingFactor : 1),
      ),
      A.min,
      A.max,
    );
    const registeredCapital = Math.max(
      K.min,
      round(revenue * Math.exp(Math.log(K.revenueRatio) + K.sigma * rng.normal()), 2),
    );
    const rdIntensity = round(clamp(seg.rdBase * Math.exp(D.sigma * rng.normal()), D.min, D.max), 4);
    const growth = round(
      clamp(
        G.mean + G.sigma * rng.normal() - G.sizeDecline * z + (seg.emerging ? G.emergingBoost : 0),
        G.min,
        G.max,
      ),
      4,
    );
    const lat = round(clamp(loc.lat + (2 * rng.next() - 1) * loc.jitter, -89.9, 89.9), 5);
    const lon = round(loc.lon + (2 * rng.next() - 1) * loc.jitter * P.jitterDegrees.lonStretch, 5);

    return {
      id: syntheticId(i + 1),
      name,
      nameZh,
      region: loc.code,
      segments,
      source: "synthetic",
      listed,
      founded: M.year - age,
      employees,
      revenue,
      registeredCapital,
      rdIntensity,
      growth,
      lat,
      lon,
    };
  }

  *companies(): Generator<CompanyDef> {
    // A registry refuses a second company of the same name, so the generator does too: a name an
    // earlier company holds (in either language) sends the trade name on through its list, as a
    // real brand does. Held as strings: ≈ 100 MB at 10⁶ companies, released when the load ends.
    const zh = new Set<string>();
    const en = new Set<string>();
    const taken: NameTaken = (n) => zh.has(n.nameZh) || en.has(n.name);
    for (let i = 0; i < this.scale; i++) {
      const company = this.companyAt(i, taken);
      zh.add(company.nameZh);
      en.add(company.name);
      yield company;
    }
  }

  *supplies(): Generator<SupplyDef> {
    const { model } = this;
    const M = model.params.model;
    const S = model.segments.length;
    const L = model.locations.length;
    const F = this.fSeg.length;
    const N = this.scale;

    // Buckets of firms by (segment, location), with cumulative supplier weights inside each.
    const bucketStart = new Int32Array(S * L + 1);
    for (let f = 0; f < F; f++) bucketStart[this.fSeg[f]! * L + this.fLoc[f]! + 1]!++;
    for (let b = 0; b < S * L; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const fill = bucketStart.slice(0, S * L);
    const order = new Int32Array(F);
    for (let f = 0; f < F; f++) order[fill[this.fSeg[f]! * L + this.fLoc[f]!]!++] = f;
    const cumW = new Float64Array(F);
    const segLocCum = new Float64Array(S * L);
    const segCount = new Int32Array(S);
    for (let s = 0; s < S; s++) {
      let segAcc = 0;
      for (let l = 0; l < L; l++) {
        const b = s * L + l;
        let acc = 0;
        for (let k = bucketStart[b]!; k < bucketStart[b + 1]!; k++) {
          acc += Math.exp(M.supplierSizeElasticity * M.revenueSigma * this.fZ[order[k]!]!);
          cumW[k] = acc;
        }
        segAcc += acc;
        segLocCum[b] = segAcc;
      }
      segCount[s] = bucketStart[(s + 1) * L]! - bucketStart[s * L]!;
    }

    // Distance decay between location centres.
    const decay = new Float32Array(L * L);
    for (let a = 0; a < L; a++) {
      const la = model.locations[a]!;
      for (let b = a; b < L; b++) {
        const lb = model.locations[b]!;
        const d = a === b ? 0 : haversineKm(la.lat, la.lon, lb.lat, lb.lon);
        const w = (Math.exp(-d / M.decayKm) + M.decayFloor) / (1 + M.decayFloor);
        decay[a * L + b] = w;
        decay[b * L + a] = w;
      }
    }

    // Supplier-segment choice per customer segment: FEEDS weight × √(firms in the supplier segment).
    const inFrom: Int32Array[] = [];
    const inCum: Float64Array[] = [];
    for (const seg of model.segments) {
      const from = seg.feedsIn.filter((e) => segCount[e.from]! > 0);
      inFrom.push(Int32Array.from(from.map((e) => e.from)));
      const cum = new Float64Array(from.length);
      let acc = 0;
      from.forEach((e, k) => {
        acc += e.weight * Math.sqrt(segCount[e.from]!);
        cum[k] = acc;
      });
      inCum.push(cum);
    }

    // Tie counts scale with customer size; normalise so that the mean over synthetic firms is the target.
    const sizeK = M.tieSizeElasticity * M.revenueSigma;
    let factorSum = 0;
    for (let c = 0; c < F; c++)
      if (inFrom[this.fSeg[c]!]!.length > 0) factorSum += Math.exp(sizeK * this.fZ[c]!);
    const tieScale = factorSum > 0 ? (this.tiesPerCompany * N) / factorSum : 0;

    const chosen: number[] = [];
    for (let c = 0; c < F; c++) {
      const b = this.fSeg[c]!;
      const from = inFrom[b]!;
      if (from.length === 0) continue;
      const cum = inCum[b]!;
      const rng = new Rng(streamSeed(this.seed, 2, c));
      const k = Math.min(
        model.params.firms.maxTiesPerCustomer,
        rng.poisson(tieScale * Math.exp(sizeK * this.fZ[c]!)),
      );
      if (k === 0) continue;
      const cLoc = this.fLoc[c]!;
      const cPublic = c >= N;
      chosen.length = 0;
      for (let attempt = 0; chosen.length < k && attempt < 4 * k + 8; attempt++) {
        const a = from[upperBound(cum, 0, cum.length, rng.next() * cum[cum.length - 1]!)]!;
        // Location by rejection: mass-proportional proposal, accepted with the distance decay.
        const lo = a * L;
        const total = segLocCum[lo + L - 1]!;
        let l = 0;
        for (let tries = 0; tries < 10_000; tries++) {
          l = upperBound(segLocCum, lo, lo + L, rng.next() * total) - lo;
          if (rng.next() < decay[cLoc * L + l]!) break;
        }
        const bucket = lo + l;
        const start = bucketStart[bucket]!;
        const end = bucketStart[bucket + 1]!;
        const k0 = upperBound(cumW, start, end, rng.next() * cumW[end - 1]!);
        const f = order[k0]!;
        if (f === c || (cPublic && f >= N) || chosen.includes(f)) continue;
        chosen.push(f);
        yield { from: this.firmId(f), to: this.firmId(c), source: "synthetic" };
      }
    }
  }

  alliances(): AllianceDef[] {
    return [{ ...this.model.params.alliance }];
  }

  *memberships(): Generator<MembershipDef> {
    this.memberCache ??= this.selectMembers();
    yield* this.memberCache;
  }

  /**
   * About 60 members: new-energy firms of the home city first (public ones, which are the known
   * local plants, then the largest synthetic ones, the home park's slightly preferred), then the
   * largest and nearest new-energy firms elsewhere in the Yangtze River Delta.
   */
  private selectMembers(): MembershipDef[] {
    const { model } = this;
    const F = this.fSeg.length;
    const N = this.scale;
    const size = this.allianceSize;
    const AM = model.params.allianceMembers;
    const homeLoc = model.locations.find((l) => l.home) ?? model.locations.find((l) => l.homeCity);
    const local: { f: number; score: number }[] = [];
    const delta: { f: number; score: number }[] = [];
    for (let f = 0; f < F; f++) {
      const seg = model.segments[this.fSeg[f]!]!;
      if (!seg.chainIsNE) continue;
      const loc = model.locations[this.fLoc[f]!]!;
      const z = this.fZ[f]!;
      if (loc.homeCity) {
        local.push({ f, score: (f >= N ? 100 : 0) + z + (loc.home ? AM.homeParkBonus : 0) });
      } else if (!loc.foreign && loc.province && model.params.yangtzeRiverDelta.has(loc.province.code)) {
        const km = homeLoc ? haversineKm(homeLoc.lat, homeLoc.lon, loc.lat, loc.lon) : 0;
        delta.push({ f, score: z - km / AM.distanceScaleKm });
      }
    }
    const desc = (a: { f: number; score: number }, b: { f: number; score: number }): number =>
      b.score - a.score || a.f - b.f;
    local.sort(desc);
    delta.sort(desc);
    const localTarget = Math.round(size * AM.localShare);
    const picked = local.slice(0, localTarget);
    picked.push(...delta.slice(0, size - picked.length));
    if (picked.length < size) picked.push(...local.slice(localTarget, localTarget + size - picked.length));

    // Leads: the largest synthetic members of the home city (it is Nantong's alliance), one to three
    // of them. Public firms' sizes are not known (never invented), so they are not ranked for it.
    const bySize = [...picked].sort((a, b) => this.fZ[b.f]! - this.fZ[a.f]! || a.f - b.f);
    const localBySize = bySize.filter((p) => p.f < N && model.locations[this.fLoc[p.f]!]!.homeCity);
    const rng = new Rng(streamSeed(this.seed, 3, 0));
    const leads = new Set(
      (localBySize.length > 0 ? localBySize : bySize).slice(0, 1 + rng.int(AM.maxLeads)).map((p) => p.f),
    );
    const out: MembershipDef[] = [];
    for (const p of [...bySize.filter((q) => leads.has(q.f)), ...picked.filter((q) => !leads.has(q.f))]) {
      const founded = p.f < N ? this.companyAt(p.f).founded : this.publics[p.f - N]!.founded;
      const r = new Rng(streamSeed(this.seed, 3, p.f + 1));
      const lead = leads.has(p.f);
      let since = lead ? AM.firstYear : AM.firstYear + r.int(AM.joinYears);
      if (founded !== undefined && founded > since) since = Math.min(model.params.model.year, founded);
      out.push({
        company: this.firmId(p.f),
        alliance: model.params.alliance.id,
        since,
        role: lead ? "LEAD" : "MEMBER",
      });
    }
    return out;
  }
}
