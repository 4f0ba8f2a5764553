/**
 * Loads and validates the curated seed data in graph-seed/: the chain taxonomies (taxonomy/*.yaml),
 * the region tree (regions.yaml) and the real companies (companies-public.yaml). Pure: reads files,
 * touches no database. Every problem found is collected and reported together in one CatalogError,
 * each naming the file, the entity and the field.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type {
  ChainDef,
  CompanyDef,
  CompanySegmentDef,
  FeedDef,
  RegionDef,
  RegionLevel,
  SegmentDef,
  SegmentRole,
  Stage,
  SubchainDef,
} from "./types.ts";

export interface Catalog {
  chains: ChainDef[];
  regions: RegionDef[];
  companies: CompanyDef[];
}

/** The default home region: the Nantong ETDA (南通经济技术开发区). */
export const HOME_REGION_CODE = "320671";

/** The graph-seed folder, where the YAML files live. */
export const DEFAULT_CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export class CatalogError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`seed catalog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogError";
    this.problems = problems;
  }
}

const STAGES: readonly Stage[] = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"];
const ROLES: readonly SegmentRole[] = ["CORE", "EQUIPMENT", "MATERIAL", "SERVICE"];
const LEVELS: readonly RegionLevel[] = ["COUNTRY", "PROVINCE", "CITY", "DISTRICT", "PARK"];
// A parent must sit strictly higher in this order, which also keeps the region tree acyclic.
const LEVEL_RANK: Record<RegionLevel, number> = { COUNTRY: 0, PROVINCE: 1, CITY: 2, DISTRICT: 3, PARK: 4 };
// Figures that must never be made up for a real company.
const INVENTED_FIGURES = ["revenue", "employees", "registeredCapital", "rdIntensity", "growth"] as const;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function listOr(values: readonly string[]): string {
  return values.length <= 1
    ? values.join("")
    : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/** Collects problems as "<file>: <entity>: <field> <message>". */
class Problems {
  readonly list: string[] = [];
  add(file: string, entity: string, field: string, message: string): void {
    this.list.push(
      field === "" ? `${file}: ${entity}: ${message}` : `${file}: ${entity}: ${field} ${message}`,
    );
  }
  addRaw(file: string, message: string): void {
    this.list.push(`${file}: ${message}`);
  }
}

/** Field readers bound to one entity; each reports and returns undefined on a bad value. */
class Fields {
  constructor(
    private readonly p: Problems,
    private readonly file: string,
    readonly entity: string,
    private readonly obj: Obj,
    allowed: readonly string[],
  ) {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail(key, "is not a known field");
    }
  }

  fail(field: string, message: string): void {
    this.p.add(this.file, this.entity, field, message);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  raw(field: string): unknown {
    return this.obj[field];
  }

  str(field: string, required: boolean): string | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, "is required");
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") {
      this.fail(field, `must be a non-empty string (got ${show(v)})`);
      return undefined;
    }
    return v.trim();
  }

  /** Codes such as "320600" may be written unquoted; YAML then reads an integer. */
  code(field: string, required: boolean): string | undefined {
    const v = this.obj[field];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0) return String(v);
    return this.str(field, required);
  }

  oneOf<T extends string>(field: string, values: readonly T[], required: boolean): T | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, `is required (${listOr(values)})`);
      return undefined;
    }
    if (typeof v !== "string" || !(values as readonly string[]).includes(v)) {
      this.fail(field, `must be ${listOr(values)} (got ${show(v)})`);
      return undefined;
    }
    return v as T;
  }

  bool(field: string): boolean | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "boolean") {
      this.fail(field, `must be true or false (got ${show(v)})`);
      return undefined;
    }
    return v;
  }

  num(field: string, required: boolean, min: number, max: number): number | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, "is required");
      return undefined;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      this.fail(field, `must be a number in [${min}, ${max}] (got ${show(v)})`);
      return undefined;
    }
    return v;
  }

  array(field: string, required: boolean): unknown[] | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, "is required");
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.fail(field, `must be a list (got ${show(v)})`);
      return undefined;
    }
    return v;
  }
}

function readYaml(p: Problems, dir: string, rel: string): unknown {
  const path = join(dir, rel);
  if (!existsSync(path)) {
    p.addRaw(rel, "file not found");
    return undefined;
  }
  try {
    return parse(readFileSync(path, "utf8"));
  } catch (err) {
    p.addRaw(rel, `YAML parse error: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Where each taxonomy id was defined, to report duplicates with both places. */
interface IdSite {
  file: string;
  kind: "chain" | "subchain" | "segment";
}

interface ParsedChain {
  file: string;
  chain: ChainDef;
}

function parseFeeds(f: Fields): FeedDef[] {
  const list = f.array("feeds", false) ?? [];
  const feeds: FeedDef[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    let to: string | undefined;
    let weight = 1;
    if (typeof item === "string" && item.trim() !== "") {
      to = item.trim();
    } else if (isObj(item)) {
      const extra = Object.keys(item).filter((k) => k !== "to" && k !== "weight");
      if (extra.length > 0) f.fail(`feeds[${i}]`, `has unknown field(s) ${extra.join(", ")}`);
      if (typeof item.to === "string" && item.to.trim() !== "") to = item.to.trim();
      else f.fail(`feeds[${i}].to`, `must be a segment id (got ${show(item.to)})`);
      if (item.weight !== undefined) {
        const w = item.weight;
        if (typeof w !== "number" || !Number.isFinite(w) || w <= 0 || w > 1) {
          f.fail(`feeds[${i}].weight`, `must be in (0, 1] (got ${show(w)})`);
        } else {
          weight = w;
        }
      }
    } else {
      f.fail(`feeds[${i}]`, `must be a segment id or {to, weight} (got ${show(item)})`);
    }
    if (to === undefined) return;
    if (seen.has(to)) {
      f.fail("feeds", `lists ${to} twice`);
      return;
    }
    seen.add(to);
    feeds.push({ to, weight });
  });
  return feeds;
}

function parseChainFile(p: Problems, file: string, doc: unknown): ChainDef | undefined {
  if (!isObj(doc)) {
    p.addRaw(file, "must be a mapping with id, name, nameZh, sources and subchains");
    return undefined;
  }
  const chainId = typeof doc.id === "string" ? doc.id : "(no id)";
  const cf = new Fields(p, file, `chain ${chainId}`, doc, ["id", "name", "nameZh", "sources", "subchains"]);
  const id = cf.str("id", true);
  const name = cf.str("name", true);
  const nameZh = cf.str("nameZh", true);
  const sourcesRaw = cf.array("sources", true);
  const sources: string[] = [];
  if (sourcesRaw) {
    if (sourcesRaw.length === 0) cf.fail("sources", "must cite at least one source");
    sourcesRaw.forEach((s, i) => {
      if (typeof s === "string" && s.trim() !== "") sources.push(s);
      else cf.fail(`sources[${i}]`, `must be a non-empty string (got ${show(s)})`);
    });
  }
  const subRaw = cf.array("subchains", true);
  if (subRaw && subRaw.length === 0) cf.fail("subchains", "must not be empty");
  const subchains: SubchainDef[] = [];
  (subRaw ?? []).forEach((s, si) => {
    if (!isObj(s)) {
      p.add(file, `subchain #${si + 1}`, "", "must be a mapping");
      return;
    }
    const sid = typeof s.id === "string" ? s.id : `#${si + 1} (no id)`;
    const sf = new Fields(p, file, `subchain ${sid}`, s, ["id", "name", "nameZh", "segments"]);
    const subId = sf.str("id", true);
    const subName = sf.str("name", true);
    const subNameZh = sf.str("nameZh", true);
    const segRaw = sf.array("segments", true);
    if (segRaw && segRaw.length === 0) sf.fail("segments", "must not be empty");
    const segments: SegmentDef[] = [];
    (segRaw ?? []).forEach((g, gi) => {
      if (!isObj(g)) {
        p.add(file, `segment #${gi + 1} of ${sid}`, "", "must be a mapping");
        return;
      }
      const gid = typeof g.id === "string" ? g.id : `#${gi + 1} of ${sid} (no id)`;
      const gf = new Fields(p, file, `segment ${gid}`, g, [
        "id",
        "name",
        "nameZh",
        "stage",
        "role",
        "keyTech",
        "feeds",
      ]);
      const segId = gf.str("id", true);
      const segName = gf.str("name", true);
      const segNameZh = gf.str("nameZh", true);
      const stage = gf.oneOf("stage", STAGES, true);
      const role = gf.oneOf("role", ROLES, false);
      const keyTech = gf.bool("keyTech") ?? false;
      const feeds = parseFeeds(gf);
      // An entity with a usable id is kept even when other fields are bad (placeholders), so that
      // references to it raise no follow-on problems; any problem throws, so placeholders never escape.
      if (segId) {
        const seg: SegmentDef = {
          id: segId,
          name: segName ?? "",
          nameZh: segNameZh ?? "",
          stage: stage ?? "MIDSTREAM",
          keyTech,
          feeds,
        };
        if (role) seg.role = role;
        segments.push(seg);
      }
    });
    if (subId) {
      subchains.push({ id: subId, name: subName ?? "", nameZh: subNameZh ?? "", segments });
    }
  });
  if (!id) return undefined;
  return { id, name: name ?? "", nameZh: nameZh ?? "", sources, subchains };
}

/** Finds one cycle in a directed graph, as a closed path of ids, or undefined. */
export function findCycle(
  nodes: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 1);
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      const s = state.get(m);
      if (s === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (s === undefined) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of nodes) {
    if (!state.has(n)) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return undefined;
}

function checkTaxonomy(p: Problems, parsed: ParsedChain[]): void {
  const sites = new Map<string, IdSite>();
  const claim = (id: string, site: IdSite): void => {
    const prev = sites.get(id);
    if (prev) {
      p.add(site.file, `${site.kind} ${id}`, "id", `is not unique (also a ${prev.kind} in ${prev.file})`);
    } else {
      sites.set(id, site);
    }
  };
  for (const { file, chain } of parsed) {
    claim(chain.id, { file, kind: "chain" });
    for (const sub of chain.subchains) {
      claim(sub.id, { file, kind: "subchain" });
      for (const seg of sub.segments) claim(seg.id, { file, kind: "segment" });
    }
  }
  for (const { file, chain } of parsed) {
    for (const sub of chain.subchains) {
      const inSub = new Set(sub.segments.map((s) => s.id));
      const local = new Map<string, string[]>();
      for (const seg of sub.segments) {
        for (const f of seg.feeds) {
          const site = sites.get(f.to);
          if (f.to === seg.id) {
            p.add(file, `segment ${seg.id}`, "feeds", "must not point to the segment itself");
          } else if (!site) {
            p.add(file, `segment ${seg.id}`, "feeds", `target ${f.to} does not exist`);
          } else if (site.kind !== "segment") {
            p.add(file, `segment ${seg.id}`, "feeds", `target ${f.to} is a ${site.kind}, not a segment`);
          } else if (inSub.has(f.to)) {
            local.set(seg.id, [...(local.get(seg.id) ?? []), f.to]);
          }
        }
      }
      const cycle = findCycle([...inSub], local);
      if (cycle) p.add(file, `subchain ${sub.id}`, "feeds", `form a cycle: ${cycle.join(" → ")}`);
    }
  }
}

function parseRegions(p: Problems, file: string, doc: unknown): RegionDef[] {
  if (!isObj(doc) || !Array.isArray(doc.regions)) {
    p.addRaw(file, "must be a mapping with a regions list");
    return [];
  }
  const regions: RegionDef[] = [];
  const badLevel = new Set<string>();
  doc.regions.forEach((r, i) => {
    if (!isObj(r)) {
      p.add(file, `region #${i + 1}`, "", "must be a mapping");
      return;
    }
    const rid = r.code === undefined ? `#${i + 1} (no code)` : String(r.code);
    const f = new Fields(p, file, `region ${rid}`, r, [
      "code",
      "name",
      "nameZh",
      "level",
      "parent",
      "lat",
      "lon",
    ]);
    const code = f.code("code", true);
    const name = f.str("name", true);
    const nameZh = f.str("nameZh", true);
    const level = f.oneOf("level", LEVELS, true);
    const parent = f.code("parent", false);
    const lat = f.num("lat", true, -90, 90);
    const lon = f.num("lon", true, -180, 180);
    if (level === "COUNTRY" && parent !== undefined) f.fail("parent", "must be absent for a country");
    if (level !== undefined && level !== "COUNTRY" && !f.has("parent")) {
      f.fail("parent", "is required below country level");
    }
    if (code) {
      if (!level) badLevel.add(code);
      const region: RegionDef = {
        code,
        name: name ?? "",
        nameZh: nameZh ?? "",
        level: level ?? "PARK",
        lat: lat ?? 0,
        lon: lon ?? 0,
      };
      if (parent !== undefined) region.parent = parent;
      regions.push(region);
    }
  });
  const byCode = new Map<string, RegionDef>();
  for (const r of regions) {
    if (byCode.has(r.code)) p.add(file, `region ${r.code}`, "code", "is not unique");
    else byCode.set(r.code, r);
  }
  for (const r of regions) {
    if (r.parent === undefined) continue;
    const parent = byCode.get(r.parent);
    if (!parent) {
      p.add(file, `region ${r.code}`, "parent", `${r.parent} does not exist`);
    } else if (
      !badLevel.has(r.code) &&
      !badLevel.has(parent.code) &&
      LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level]
    ) {
      p.add(file, `region ${r.code}`, "parent", `${r.parent} is a ${parent.level}, not above ${r.level}`);
    }
  }
  return regions;
}

function parseCompanies(
  p: Problems,
  file: string,
  doc: unknown,
  regionCodes: ReadonlySet<string>,
  segmentKinds: ReadonlyMap<string, IdSite["kind"]>,
): CompanyDef[] {
  if (!isObj(doc) || !Array.isArray(doc.companies)) {
    p.addRaw(file, "must be a mapping with a companies list");
    return [];
  }
  const allowed = [
    "id",
    "name",
    "nameZh",
    "region",
    "segments",
    "source",
    "parent",
    "stockCode",
    "listed",
    "founded",
    "lat",
    "lon",
    "sourceNote",
    ...INVENTED_FIGURES,
  ];
  const companies: CompanyDef[] = [];
  doc.companies.forEach((c, i) => {
    if (!isObj(c)) {
      p.add(file, `company #${i + 1}`, "", "must be a mapping");
      return;
    }
    const cid = typeof c.id === "string" ? c.id : `#${i + 1} (no id)`;
    const f = new Fields(p, file, `company ${cid}`, c, allowed);
    const id = f.str("id", true);
    if (id !== undefined && !/^pub-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      f.fail("id", `must be a "pub-" slug of lower-case letters, digits and hyphens (got ${show(id)})`);
    }
    const name = f.str("name", true);
    const nameZh = f.str("nameZh", true);
    const region = f.code("region", true);
    if (region !== undefined && !regionCodes.has(region)) f.fail("region", `${region} does not exist`);
    if (f.has("source") && f.raw("source") !== "public") {
      f.fail("source", `must be "public" in this file (got ${show(f.raw("source"))})`);
    }
    for (const key of INVENTED_FIGURES) {
      if (f.has(key)) f.fail(key, "must not be given for a real company (never invent figures)");
    }
    const parent = f.str("parent", false);
    const stockCode = f.str("stockCode", false);
    if (stockCode !== undefined && !/^[0-9A-Z]{1,6}\.[A-Z]{1,2}$/.test(stockCode)) {
      f.fail("stockCode", `must look like 600438.SH (got ${show(stockCode)})`);
    }
    const listedRaw = f.bool("listed");
    if (stockCode !== undefined && listedRaw === false) f.fail("listed", "is false but a stockCode is given");
    const founded = f.num("founded", false, 1800, 2100);
    if (founded !== undefined && !Number.isInteger(founded)) f.fail("founded", "must be a year");
    const lat = f.num("lat", false, -90, 90);
    const lon = f.num("lon", false, -180, 180);
    const sourceNote = f.str("sourceNote", true);

    const segments: CompanySegmentDef[] = [];
    const segRaw = f.array("segments", true);
    if (segRaw && segRaw.length === 0) f.fail("segments", "must not be empty");
    (segRaw ?? []).forEach((s, si) => {
      let segment: string | undefined;
      let primary = false;
      if (typeof s === "string" && s.trim() !== "") {
        segment = s.trim();
      } else if (isObj(s)) {
        const extra = Object.keys(s).filter((k) => k !== "segment" && k !== "primary");
        if (extra.length > 0) f.fail(`segments[${si}]`, `has unknown field(s) ${extra.join(", ")}`);
        if (typeof s.segment === "string" && s.segment.trim() !== "") segment = s.segment.trim();
        else f.fail(`segments[${si}].segment`, `must be a segment id (got ${show(s.segment)})`);
        if (s.primary !== undefined && typeof s.primary !== "boolean") {
          f.fail(`segments[${si}].primary`, `must be true or false (got ${show(s.primary)})`);
        } else {
          primary = s.primary === true;
        }
      } else {
        f.fail(`segments[${si}]`, `must be a segment id or {segment, primary} (got ${show(s)})`);
      }
      if (segment === undefined) return;
      const kind = segmentKinds.get(segment);
      if (kind === undefined) f.fail("segments", `${segment} does not exist`);
      else if (kind !== "segment") f.fail("segments", `${segment} is a ${kind}, not a leaf segment`);
      else if (segments.some((x) => x.segment === segment)) f.fail("segments", `list ${segment} twice`);
      else segments.push({ segment, primary });
    });
    const primaries = segments.filter((s) => s.primary).length;
    if (segRaw && segRaw.length > 0 && primaries !== 1) {
      f.fail("segments", `must have exactly one primary segment (got ${primaries})`);
    }

    if (!id) return;
    const company: CompanyDef = {
      id,
      name: name ?? "",
      nameZh: nameZh ?? "",
      region: region ?? "",
      segments,
      source: "public",
      sourceNote: sourceNote ?? "",
    };
    if (parent !== undefined) company.parent = parent;
    if (stockCode !== undefined) company.stockCode = stockCode;
    if (listedRaw !== undefined || stockCode !== undefined) company.listed = listedRaw ?? true;
    if (founded !== undefined) company.founded = founded;
    if (lat !== undefined) company.lat = lat;
    if (lon !== undefined) company.lon = lon;
    companies.push(company);
  });

  const byId = new Map<string, CompanyDef>();
  for (const c of companies) {
    if (byId.has(c.id)) p.add(file, `company ${c.id}`, "id", "is not unique");
    else byId.set(c.id, c);
  }
  for (const c of companies) {
    if (c.parent === undefined) continue;
    if (c.parent === c.id) p.add(file, `company ${c.id}`, "parent", "must not be itself");
    else if (!byId.has(c.parent)) p.add(file, `company ${c.id}`, "parent", `${c.parent} does not exist`);
  }
  const parentEdges = new Map<string, string[]>();
  for (const c of companies) if (c.parent && c.parent !== c.id) parentEdges.set(c.id, [c.parent]);
  const cycle = findCycle([...byId.keys()], parentEdges);
  if (cycle) p.addRaw(file, `company parents form a cycle: ${cycle.join(" → ")}`);
  return companies;
}

/**
 * Reads and validates the seed catalog from `dir` (default: the graph-seed folder).
 * @throws CatalogError listing every problem found.
 */
export function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const p = new Problems();
  const taxDir = join(dir, "taxonomy");
  const chainFiles = existsSync(taxDir)
    ? readdirSync(taxDir)
        .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
        .sort()
    : [];
  if (chainFiles.length === 0) p.addRaw("taxonomy/", "no chain files (*.yaml) found");

  const parsed: ParsedChain[] = [];
  for (const name of chainFiles) {
    const file = `taxonomy/${name}`;
    const doc = readYaml(p, dir, file);
    if (doc === undefined) continue;
    const chain = parseChainFile(p, file, doc);
    if (chain) parsed.push({ file, chain });
  }
  checkTaxonomy(p, parsed);

  const segmentKinds = new Map<string, IdSite["kind"]>();
  for (const { chain } of parsed) {
    segmentKinds.set(chain.id, "chain");
    for (const sub of chain.subchains) {
      segmentKinds.set(sub.id, "subchain");
      for (const seg of sub.segments) segmentKinds.set(seg.id, "segment");
    }
  }

  const regionsDoc = readYaml(p, dir, "regions.yaml");
  const regions = regionsDoc === undefined ? [] : parseRegions(p, "regions.yaml", regionsDoc);
  const companiesDoc = readYaml(p, dir, "companies-public.yaml");
  const companies =
    companiesDoc === undefined
      ? []
      : parseCompanies(
          p,
          "companies-public.yaml",
          companiesDoc,
          new Set(regions.map((r) => r.code)),
          segmentKinds,
        );

  if (p.list.length > 0) throw new CatalogError(p.list);
  return { chains: parsed.map((c) => c.chain), regions, companies };
}

/** All leaf segments of all chains. */
export function leafSegments(catalog: Pick<Catalog, "chains">): SegmentDef[] {
  return catalog.chains.flatMap((c) => c.subchains.flatMap((s) => s.segments));
}

export interface SegmentPlace {
  chain: string;
  subchain: string;
  segment: SegmentDef;
}

/** Segment id → its chain and sub-chain. */
export function segmentIndex(catalog: Pick<Catalog, "chains">): Map<string, SegmentPlace> {
  const index = new Map<string, SegmentPlace>();
  for (const chain of catalog.chains) {
    for (const sub of chain.subchains) {
      for (const segment of sub.segments)
        index.set(segment.id, { chain: chain.id, subchain: sub.id, segment });
    }
  }
  return index;
}

export interface FeedEdge {
  from: string;
  to: string;
  weight: number;
  fromChain: string;
  toChain: string;
}

/** Every FEEDS edge with the chains at both ends (they differ for a cross-chain edge). */
export function feedEdges(catalog: Pick<Catalog, "chains">): FeedEdge[] {
  const index = segmentIndex(catalog);
  return leafSegments(catalog).flatMap((seg) =>
    seg.feeds.map((f) => ({
      from: seg.id,
      to: f.to,
      weight: f.weight,
      fromChain: index.get(seg.id)?.chain ?? "",
      toChain: index.get(f.to)?.chain ?? "",
    })),
  );
}

/** The codes from `code` up to its root country, `code` first. */
export function regionPath(catalog: Pick<Catalog, "regions">, code: string): string[] {
  const byCode = new Map(catalog.regions.map((r) => [r.code, r]));
  const path: string[] = [];
  for (
    let r = byCode.get(code);
    r && !path.includes(r.code);
    r = r.parent ? byCode.get(r.parent) : undefined
  ) {
    path.push(r.code);
  }
  return path;
}

/** Whether region `code` lies in the subtree of `ancestor` (a region is within itself). */
export function isWithinRegion(catalog: Pick<Catalog, "regions">, code: string, ancestor: string): boolean {
  return regionPath(catalog, code).includes(ancestor);
}
