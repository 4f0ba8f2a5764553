/**
 * Loads and validates the curated seed data in graph-seed/: the chain taxonomies (taxonomy/*.yaml),
 * the region tree (regions.yaml) and the real companies (companies-public.yaml). Pure: reads files,
 * touches no database. Each entity is checked against its zod schema (catalog-schema.ts), then the
 * references between entities here; every problem is reported together in one CatalogError as
 * "<file>: <path>: <message>".
 */
import { readdirSync, existsSync } from "node:fs";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ChainSchema,
  CompaniesFileSchema,
  LEVELS,
  PublicCompanySchema,
  RegionSchema,
  RegionsFileSchema,
  SegmentSchema,
  SubchainSchema,
} from "./catalog-schema.ts";
import {
  Problems,
  code as codeSchema,
  duplicates,
  findCycle,
  readYaml,
  validate,
  validateEach,
  validateObject,
  type Path,
} from "./data-file.ts";
import type { ChainDef, CompanyDef, FeedDef, RegionDef, RegionLevel, SegmentDef } from "./types.ts";

export { CatalogError, findCycle } from "./data-file.ts";

export interface Catalog {
  chains: ChainDef[];
  regions: RegionDef[];
  companies: CompanyDef[];
}

/** The default home region: the Nantong ETDA (南通经济技术开发区). */
export const HOME_REGION_CODE = "320671";

/** The graph-seed folder, where the YAML files live. */
export const DEFAULT_CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// A parent must sit strictly higher in this order, which also keeps the region tree acyclic.
const LEVEL_RANK = Object.fromEntries(LEVELS.map((l, i) => [l, i])) as Record<RegionLevel, number>;

type Kind = "chain" | "subchain" | "segment";

/** An id as written, for reference checks even when its entity has other problems. */
function rawId(v: unknown, key = "id"): string | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const r = codeSchema.safeParse((v as Record<string, unknown>)[key]);
  return r.success ? r.data : undefined;
}

function hasKey(v: unknown, key: string): boolean {
  return typeof v === "object" && v !== null && key in v;
}

function rawList(v: unknown, key: string): unknown[] {
  if (typeof v !== "object" || v === null) return [];
  const list = (v as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : [];
}

/** Where an id is declared. */
interface Site<K extends string = string> {
  id: string;
  file: string;
  path: Path;
  kind: K;
}

/** Reports every later declaration of an id already declared. */
function checkUnique(p: Problems, sites: readonly Site[]): void {
  for (const [dup, first] of duplicates(sites, (s) => s.id)) {
    const where = first.file === dup.file ? "" : ` in ${first.file}`;
    p.add(
      dup.file,
      [...dup.path, dup.kind === "region" ? "code" : "id"],
      `"${dup.id}" is not unique (also a ${first.kind}${where})`,
    );
  }
}

/** What the FEEDS checks need of a segment, even one with problems elsewhere. */
interface ParsedSegment {
  id: string;
  feeds: readonly FeedDef[];
  path: Path;
}

interface ParsedChain {
  file: string;
  /** Undefined when the chain's own fields have problems (its sub-chains are still checked). */
  chain: ChainDef | undefined;
  /** Per sub-chain, its valid segments with their paths. */
  subchains: { path: Path; segments: ParsedSegment[] }[];
}

/** One chain file; valid entities are kept, and every declared id goes into `sites`. */
function parseChainFile(p: Problems, file: string, doc: unknown, sites: Site<Kind>[]): ParsedChain {
  const header = validate(p, file, [], ChainSchema, doc);
  const chainId = header?.id ?? rawId(doc);
  if (chainId !== undefined) sites.push({ id: chainId, file, path: [], kind: "chain" });
  const parsed: ParsedChain["subchains"] = [];
  const subchains = rawList(doc, "subchains").flatMap((raw, si) => {
    const path = ["subchains", si];
    const sub = validate(p, file, path, SubchainSchema, raw);
    const subId = sub?.id ?? rawId(raw);
    if (subId !== undefined) sites.push({ id: subId, file, path, kind: "subchain" });
    const segments: ParsedSegment[] = [];
    const defs: SegmentDef[] = [];
    rawList(raw, "segments").forEach((g, gi) => {
      const segPath = [...path, "segments", gi];
      const { value: seg, loose } = validateObject(p, file, segPath, SegmentSchema, g);
      const segId = loose?.id ?? rawId(g);
      if (segId !== undefined) sites.push({ id: segId, file, path: segPath, kind: "segment" });
      if (loose?.id !== undefined) segments.push({ id: loose.id, feeds: loose.feeds ?? [], path: segPath });
      if (!seg) return;
      const def: SegmentDef = {
        id: seg.id,
        name: seg.name,
        nameZh: seg.nameZh,
        stage: seg.stage,
        keyTech: seg.keyTech,
        feeds: seg.feeds,
      };
      if (seg.role) def.role = seg.role;
      defs.push(def);
    });
    parsed.push({ path, segments });
    return sub ? [{ id: sub.id, name: sub.name, nameZh: sub.nameZh, segments: defs }] : [];
  });
  const chain = header && {
    id: header.id,
    name: header.name,
    nameZh: header.nameZh,
    sources: header.sources,
    subchains,
  };
  return { file, chain, subchains: parsed };
}

/** FEEDS targets exist, are leaf segments, are listed once and never the segment itself; no
 * cycle inside a sub-chain (across sub-chains, feedback loops are real and allowed). */
function checkFeeds(p: Problems, parsed: readonly ParsedChain[], kinds: ReadonlyMap<string, Kind>): void {
  for (const { file, subchains } of parsed) {
    for (const sub of subchains) {
      const inSub = new Set(sub.segments.map((s) => s.id));
      const local = new Map<string, string[]>();
      for (const seg of sub.segments) {
        const { path } = seg;
        const feeds = seg.feeds.map((f, i) => ({ ...f, path: [...path, "feeds", i] }));
        for (const [dup] of duplicates(feeds, (f) => f.to)) p.add(file, dup.path, `lists "${dup.to}" twice`);
        for (const f of feeds) {
          const kind = kinds.get(f.to);
          if (f.to === seg.id) p.add(file, f.path, "must not point to the segment itself");
          else if (kind === undefined) p.add(file, f.path, `unknown segment "${f.to}"`);
          else if (kind !== "segment") p.add(file, f.path, `"${f.to}" is a ${kind}, not a leaf segment`);
          else if (inSub.has(f.to)) local.set(seg.id, [...(local.get(seg.id) ?? []), f.to]);
        }
      }
      const cycle = findCycle([...inSub], local);
      if (cycle) p.add(file, sub.path, `feeds form a cycle: ${cycle.join(" → ")}`);
    }
  }
}

function parseRegions(p: Problems, file: string, doc: unknown): { regions: RegionDef[]; codes: Set<string> } {
  const top = validate(p, file, [], RegionsFileSchema, doc);
  const items = top?.regions ?? [];
  const sites: Site[] = items.flatMap((r, i) => {
    const c = rawId(r, "code");
    return c === undefined ? [] : [{ id: c, file, path: ["regions", i], kind: "region" }];
  });
  checkUnique(p, sites);
  const codes = new Set(sites.map((s) => s.id));
  const checked = validateEach(p, file, ["regions"], RegionSchema, items);
  const byCode = new Map(checked.flatMap((c) => (c.loose?.code ? [[c.loose.code, c.loose] as const] : [])));
  const regions: RegionDef[] = [];
  for (const { index, value, loose: r } of checked) {
    if (r === undefined) continue;
    const path = ["regions", index, "parent"];
    if (r.level === "COUNTRY") {
      if (r.parent !== undefined) p.add(file, path, "must be absent for a country");
    } else if (r.parent === undefined) {
      if (r.level !== undefined && !hasKey(items[index], "parent"))
        p.add(file, path, "is required below country level");
    } else {
      const parent = byCode.get(r.parent);
      if (!codes.has(r.parent)) p.add(file, path, `unknown region "${r.parent}"`);
      else if (parent?.level && r.level && LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level])
        p.add(file, path, `"${r.parent}" is a ${parent.level}, not above ${r.level}`);
    }
    if (value === undefined) continue;
    const region: RegionDef = {
      code: value.code,
      name: value.name,
      nameZh: value.nameZh,
      level: value.level,
      lat: value.lat,
      lon: value.lon,
    };
    if (value.parent !== undefined) region.parent = value.parent;
    regions.push(region);
  }
  return { regions, codes };
}

function parseCompanies(
  p: Problems,
  file: string,
  doc: unknown,
  regionCodes: ReadonlySet<string>,
  kinds: ReadonlyMap<string, Kind>,
): CompanyDef[] {
  const top = validate(p, file, [], CompaniesFileSchema, doc);
  const items = top?.companies ?? [];
  const sites: Site[] = items.flatMap((c, i) => {
    const id = rawId(c);
    return id === undefined ? [] : [{ id, file, path: ["companies", i], kind: "company" }];
  });
  checkUnique(p, sites);
  const ids = new Set(sites.map((s) => s.id));
  const companies: CompanyDef[] = [];
  const parentEdges = new Map<string, string[]>();
  for (const { index, value, loose: c } of validateEach(p, file, ["companies"], PublicCompanySchema, items)) {
    if (c === undefined) continue;
    const at = (...rest: PropertyKey[]): Path => ["companies", index, ...rest];
    if (c.region !== undefined && !regionCodes.has(c.region))
      p.add(file, at("region"), `unknown region "${c.region}"`);
    const segments = (c.segments ?? []).map((s, i) => ({ ...s, path: at("segments", i) }));
    for (const s of segments) {
      const kind = kinds.get(s.segment);
      if (kind === undefined) p.add(file, s.path, `unknown segment "${s.segment}"`);
      else if (kind !== "segment") p.add(file, s.path, `"${s.segment}" is a ${kind}, not a leaf segment`);
    }
    for (const [dup] of duplicates(segments, (s) => s.segment))
      p.add(file, dup.path, `lists "${dup.segment}" twice`);
    const primaries = segments.filter((s) => s.primary).length;
    if (c.segments !== undefined && primaries !== 1)
      p.add(file, at("segments"), `must have exactly one primary segment (got ${primaries})`);
    if (c.stockCode !== undefined && c.listed === false)
      p.add(file, at("listed"), "is false but a stockCode is given");
    if (c.parent !== undefined && c.id !== undefined) {
      if (c.parent === c.id) p.add(file, at("parent"), "must not be the company itself");
      else if (!ids.has(c.parent)) p.add(file, at("parent"), `unknown company "${c.parent}"`);
      else parentEdges.set(c.id, [c.parent]);
    }
    if (value === undefined) continue;
    const { id } = value;
    const company: CompanyDef = {
      id,
      name: value.name,
      nameZh: value.nameZh,
      region: value.region,
      segments: value.segments,
      source: "public",
      sourceNote: value.sourceNote,
    };
    if (value.parent !== undefined) company.parent = value.parent;
    if (value.stockCode !== undefined) company.stockCode = value.stockCode;
    if (value.listed !== undefined || value.stockCode !== undefined) company.listed = value.listed ?? true;
    if (value.founded !== undefined) company.founded = value.founded;
    if (value.lat !== undefined) company.lat = value.lat;
    if (value.lon !== undefined) company.lon = value.lon;
    companies.push(company);
  }
  const cycle = findCycle([...ids], parentEdges);
  if (cycle) p.add(file, [], `company parents form a cycle: ${cycle.join(" → ")}`);
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
  if (chainFiles.length === 0) p.add("taxonomy/", [], "no chain files (*.yaml) found");

  const parsed: ParsedChain[] = [];
  const sites: Site<Kind>[] = [];
  for (const name of chainFiles) {
    const file = `taxonomy/${name}`;
    const doc = readYaml(p, dir, file);
    if (doc === undefined) continue;
    parsed.push(parseChainFile(p, file, doc, sites));
  }
  checkUnique(p, sites);
  const kinds = new Map<string, Kind>();
  for (const s of sites) if (!kinds.has(s.id)) kinds.set(s.id, s.kind);
  checkFeeds(p, parsed, kinds);

  const regionsDoc = readYaml(p, dir, "regions.yaml");
  const { regions, codes } =
    regionsDoc === undefined
      ? { regions: [], codes: new Set<string>() }
      : parseRegions(p, "regions.yaml", regionsDoc);
  const companiesDoc = readYaml(p, dir, "companies-public.yaml");
  const companies =
    companiesDoc === undefined ? [] : parseCompanies(p, "companies-public.yaml", companiesDoc, codes, kinds);

  p.throwIfAny();
  return { chains: parsed.flatMap((c) => c.chain ?? []), regions, companies };
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
