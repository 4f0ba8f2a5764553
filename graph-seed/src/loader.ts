import { isRetryableError } from "neo4j-driver";
import type { Db } from "../../server/src/db/driver.ts";
import { refreshPresence } from "../../server/src/gaps/presence.ts";
import type { Catalog } from "./catalog.ts";
import { createSyntheticUniverse } from "./synthetic.ts";
import type { ChainDef, CompanyDef, RegionDef, Stage, SupplyDef } from "./types.ts";

/**
 * Writes the seed graph to Neo4j: the catalog (chains, segments, FEEDS, regions, public companies)
 * and the synthetic universe at a chosen scale. Every write is a batched `UNWIND … MERGE` with a
 * fixed query shape (the plan is cached, values only ever travel as parameters), so a second run
 * with the same options changes nothing. Constraints must exist first (migrate()).
 *
 * The two big steps (companies, supply ties: 99 % of the rows) are tuned for throughput, each
 * trick measured with `npm run bench:seed` (bench/seed.ts):
 * - Rows travel as parallel arrays (one list per column, `$name[i]`), not as a list of maps: less
 *   to encode, send and decode, and static `SET c.x = …` instead of `c += map` removes the two
 *   Eager barriers (materialise every row first) that the planner put in for a map write, since it
 *   cannot tell which properties a map touches (about 13 % less database CPU a company batch).
 * - A company that does not exist yet is written with CREATE, node and relationships at once:
 *   MERGE on a relationship locks both end nodes and searches for an existing one first, which is
 *   wasted work for a node made a moment ago. Companies already present (a rerun) take the MERGE
 *   path. Node and relationships are written in one transaction, so no company is ever committed
 *   without its relationships; an interrupted load leaves whole batches, and the rerun completes it.
 *   With the previous point, the whole load takes about 30 % less database CPU than `MERGE` alone.
 * - Several transactions are in flight at once (options.writers): while Neo4j commits one batch
 *   (the commit, dominated by the full-text index on names, is single-threaded) it executes the
 *   next on the other core. Batches are disjoint, and creating relationships on dense nodes (the
 *   shared Region and Segment nodes) takes no exclusive lock in Neo4j 5, so company batches do not
 *   contend. Supply ties would (MERGE locks both companies, and batches share suppliers), so they
 *   are written by one writer, with the next batch prepared while the current one runs.
 */

export interface LoadOptions {
  catalog: Catalog;
  /** Synthetic companies to generate (0 for the catalog alone). */
  scale: number;
  seed: number;
  homeRegion: string;
  /** Rows per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Transactions in flight at once for the company steps (default DEFAULT_WRITERS; 1 = serial). */
  writers?: number;
  /** Does everything but talk to the database (which may then be null): times the generator and
   * the row shaping alone, as bench/seed.ts reports them. */
  dryRun?: boolean;
  /** Called after every batch, with the rows written so far and the total expected. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface StepStats {
  step: string;
  rows: number;
  ms: number;
}

export interface LoadSummary {
  steps: StepStats[];
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

const CHAINS = `
UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.nameZh = row.nameZh, c.sources = row.sources`;

// Sub-chains are the top level of the segment tree; leaves hang under them (PRODUCT.md §3).
const SUBCHAINS = `
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MERGE (s:Segment {id: row.id})
SET s.name = row.name, s.nameZh = row.nameZh, s.stage = row.stage, s.keyTech = false,
    s.leaf = false, s.chainId = row.chain, s.ordinal = row.ordinal
MERGE (c)-[:HAS_SEGMENT]->(s)`;

const LEAVES = `
UNWIND $rows AS row
MATCH (p:Segment {id: row.parent})
MERGE (s:Segment {id: row.id})
SET s.name = row.name, s.nameZh = row.nameZh, s.stage = row.stage, s.role = row.role,
    s.keyTech = row.keyTech, s.leaf = true, s.chainId = row.chain, s.ordinal = row.ordinal
MERGE (s)-[:PART_OF]->(p)`;

const FEEDS = `
UNWIND $rows AS row
MATCH (a:Segment {id: row.from})
MATCH (b:Segment {id: row.to})
MERGE (a)-[f:FEEDS]->(b)
SET f.weight = row.weight`;

const REGIONS = `
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameZh = row.nameZh, r.level = row.level, r.lat = row.lat, r.lon = row.lon`;

const REGION_PARENTS = `
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
MATCH (p:Region {code: row.parent})
MERGE (r)-[:PART_OF]->(p)`;

/** Company properties besides id, each sent as a column `$<name>` (null = unknown, not stored). */
const COMPANY_PROPS = [
  "name",
  "nameZh",
  "source",
  "regionCode",
  "listed",
  "stockCode",
  "founded",
  "employees",
  "revenue",
  "registeredCapital",
  "rdIntensity",
  "growth",
  "lat",
  "lon",
  "sourceNote",
  "parentId",
] as const;
type CompanyProp = (typeof COMPANY_PROPS)[number];

/**
 * `c.name = $name[i], …`: built once from the constant list above, never from data. On a company
 * already present a null keeps the stored value (`coalesce`), as `c += map` without that key did.
 */
const setCompanyProps = (c: string, keepStored = false) =>
  COMPANY_PROPS.map((k) => `${c}.${k} = ${keepStored ? `coalesce($${k}[i], ${c}.${k})` : `$${k}[i]`}`).join(
    ", ",
  );

// One row per company i: columns $id, $region, the props, and per company the lists $segment[i]
// and $primary[i]. New companies are CREATEd with their relationships (nothing to search for);
// companies already present are updated and their relationships MERGEd (see the file comment).
const COMPANIES = `
UNWIND range(0, size($id) - 1) AS i
OPTIONAL MATCH (existing:Company {id: $id[i]})
CALL (i, existing) {
  WITH i, existing WHERE existing IS NOT NULL
  SET ${setCompanyProps("existing", true)}
  WITH i, existing
  MATCH (r:Region {code: $region[i]})
  MERGE (existing)-[:LOCATED_IN]->(r)
  WITH i, existing
  UNWIND range(0, size($segment[i]) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  MERGE (existing)-[o:OPERATES_IN]->(s)
  SET o.primary = $primary[i][j]
}
CALL (i, existing) {
  WITH i, existing WHERE existing IS NULL
  MATCH (r:Region {code: $region[i]})
  CREATE (c:Company {id: $id[i]})-[:LOCATED_IN]->(r)
  SET ${setCompanyProps("c")}
  WITH i, c
  UNWIND range(0, size($segment[i]) - 1) AS j
  MATCH (s:Segment {id: $segment[i][j]})
  CREATE (c)-[:OPERATES_IN {primary: $primary[i][j]}]->(s)
}`;

const PARENTS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
MATCH (p:Company {id: row.parent})
MERGE (c)-[:SUBSIDIARY_OF]->(p)`;

// Columns $from, $to, $source. MERGE stays: a tie has no "new" flag to test, and the search is
// cheap because company nodes have few relationships.
const SUPPLIES = `
UNWIND range(0, size($from) - 1) AS i
MATCH (a:Company {id: $from[i]})
MATCH (b:Company {id: $to[i]})
MERGE (a)-[s:SUPPLIES]->(b)
SET s.source = $source[i]`;

const ALLIANCES = `
UNWIND $rows AS row
MERGE (a:Alliance {id: row.id})
SET a.name = row.name, a.nameZh = row.nameZh, a.source = row.source`;

const MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (c:Company {id: row.company})
MATCH (a:Alliance {id: row.alliance})
MERGE (c)-[m:MEMBER_OF]->(a)
SET m.since = row.since, m.role = row.role`;

// What this graph holds and how it was made; the UI reads it to label synthetic data as such.
const SEED_INFO = `
MERGE (i:SeedInfo {id: 'seed'})
SET i.scale = $scale, i.seed = $seed, i.homeRegion = $homeRegion, i.loadedAt = datetime(),
    i.syntheticNote = $note`;

const SYNTHETIC_NOTE =
  "Companies with source 'synthetic' are generated by a seeded model for demonstration; they are not real firms.";

/** Most common stage among a sub-chain's leaves: the sub-chain node needs one for the API. */
function dominantStage(stages: Stage[]): Stage {
  const counts = new Map<Stage, number>();
  for (const s of stages) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: Stage = "MIDSTREAM";
  let bestCount = -1;
  for (const stage of ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const) {
    const n = counts.get(stage) ?? 0;
    if (n > bestCount) [best, bestCount] = [stage, n];
  }
  return best;
}

function chainRows(chains: ChainDef[]) {
  const subchains: Record<string, unknown>[] = [];
  const leaves: Record<string, unknown>[] = [];
  const feeds: Record<string, unknown>[] = [];
  for (const chain of chains) {
    chain.subchains.forEach((sub, i) => {
      subchains.push({
        id: sub.id,
        chain: chain.id,
        name: sub.name,
        nameZh: sub.nameZh,
        stage: dominantStage(sub.segments.map((s) => s.stage)),
        ordinal: i,
      });
      sub.segments.forEach((seg, j) => {
        leaves.push({
          id: seg.id,
          parent: sub.id,
          chain: chain.id,
          name: seg.name,
          nameZh: seg.nameZh,
          stage: seg.stage,
          role: seg.role ?? null,
          keyTech: seg.keyTech,
          ordinal: j,
        });
        for (const f of seg.feeds) feeds.push({ from: seg.id, to: f.to, weight: f.weight });
      });
    });
  }
  return {
    chains: chains.map((c) => ({ id: c.id, name: c.name, nameZh: c.nameZh, sources: c.sources })),
    subchains,
    leaves,
    feeds,
  };
}

/** A batch of companies as the columns COMPANIES reads; undefined figures travel as null and are
 * not stored (unknown stays unknown). */
function companyColumns(batch: CompanyDef[]): Record<string, unknown[]> {
  const props: Record<CompanyProp, unknown> = {} as Record<CompanyProp, unknown>;
  const cols: Record<string, unknown[]> = { id: [], region: [], segment: [], primary: [] };
  for (const k of COMPANY_PROPS) cols[k] = [];
  for (const c of batch) {
    props.name = c.name;
    props.nameZh = c.nameZh;
    props.source = c.source;
    props.regionCode = c.region;
    props.listed = c.listed ?? false;
    props.stockCode = c.stockCode;
    props.founded = c.founded;
    props.employees = c.employees;
    props.revenue = c.revenue;
    props.registeredCapital = c.registeredCapital;
    props.rdIntensity = c.rdIntensity;
    props.growth = c.growth;
    props.lat = c.lat;
    props.lon = c.lon;
    props.sourceNote = c.sourceNote;
    props.parentId = c.parent;
    cols.id!.push(c.id);
    cols.region!.push(c.region);
    cols.segment!.push(c.segments.map((s) => s.segment));
    cols.primary!.push(c.segments.map((s) => s.primary));
    for (const k of COMPANY_PROPS) cols[k]!.push(props[k] ?? null);
  }
  return cols;
}

function supplyColumns(batch: SupplyDef[]): Record<string, unknown[]> {
  return { from: batch.map((s) => s.from), to: batch.map((s) => s.to), source: batch.map((s) => s.source) };
}

/** Companies take a region's coordinates when they have none of their own (public firms). */
function withCoordinates(c: CompanyDef, regions: Map<string, RegionDef>): CompanyDef {
  if (c.lat !== undefined && c.lon !== undefined) return c;
  const r = regions.get(c.region);
  return r ? { ...c, lat: r.lat, lon: r.lon } : c;
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Measured with bench/seed.ts on 2 cores: 5,000 rows a transaction cost about 10 % more database
 * CPU than 10,000, and 20,000–50,000 about 10 % less; 10,000 stays the default to keep the state
 * of two transactions in flight small in the 1 GB heap `npm start` gives Neo4j (pass a bigger
 * batch with a bigger heap, as the benchmark runs did). Two writers were ahead of one on 2 cores
 * (one batch commits while the other executes); more than two were not measured.
 */
export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_WRITERS = 2;

/** Extra attempts for a batch that fails with a transient error (a deadlock between concurrent
 * writers, say) after the driver's own retries, whose 5 s budget a large batch can outlast. */
const BATCH_ATTEMPTS = 5;

/** Loads the whole seed graph; returns per-step row counts and timings. */
export async function loadSeedGraph(db: Db | null, options: LoadOptions): Promise<LoadSummary> {
  const { catalog, scale, seed, homeRegion } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const writers = Math.max(1, options.writers ?? DEFAULT_WRITERS);
  if (!db && !options.dryRun) throw new Error("loadSeedGraph needs a database unless dryRun is set");
  const steps: StepStats[] = [];
  const started = Date.now();

  async function write(name: string, cypher: string, params: Record<string, unknown>): Promise<void> {
    if (options.dryRun || !db) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await db.write((tx) => tx.run(cypher, params), { app: "chain-atlas", step: name });
        return;
      } catch (error) {
        // Safe to repeat: every batch is idempotent, and a failed one was rolled back whole.
        if (attempt >= BATCH_ATTEMPTS || !isRetryableError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
      }
    }
  }

  /**
   * Writes `rows` in batches with up to `inFlight` transactions at once. The next batch is drawn
   * from the generator and shaped while the database works on the ones in flight (so even one
   * writer keeps Neo4j busy), then waits for a free writer: memory stays at `inFlight` + 1 batches.
   */
  async function step<T>(
    name: string,
    cypher: string,
    rows: Iterable<T>,
    total: number,
    params: (batch: T[]) => Record<string, unknown>,
    rowsPer: (batch: T[]) => number = (b) => b.length,
    inFlight = 1,
  ): Promise<void> {
    const t0 = Date.now();
    let written = 0;
    let done = 0;
    const running = new Set<Promise<void>>();
    let failure: unknown;
    for (const batch of chunks(rows, batchSize)) {
      const batchParams = params(batch);
      while (running.size >= inFlight && failure === undefined) await Promise.race(running);
      if (failure !== undefined) break;
      const task: Promise<void> = write(name, cypher, batchParams).then(
        () => {
          running.delete(task);
          written += rowsPer(batch);
          done += batch.length;
          options.onProgress?.(name, done, total);
        },
        (error: unknown) => {
          running.delete(task);
          failure ??= error;
        },
      );
      running.add(task);
    }
    await Promise.all(running);
    if (failure !== undefined) throw failure;
    steps.push({ step: name, rows: written, ms: Date.now() - t0 });
  }
  const asRows = (batch: unknown[]) => ({ rows: batch });

  const regionsByCode = new Map(catalog.regions.map((r) => [r.code, r]));
  const chain = chainRows(catalog.chains);
  await step("chains", CHAINS, chain.chains, chain.chains.length, asRows);
  await step("sub-chains", SUBCHAINS, chain.subchains, chain.subchains.length, asRows, (b) => b.length * 2);
  await step("segments", LEAVES, chain.leaves, chain.leaves.length, asRows, (b) => b.length * 2);
  await step("feeds", FEEDS, chain.feeds, chain.feeds.length, asRows);
  await step("regions", REGIONS, catalog.regions, catalog.regions.length, asRows);
  const withParent = catalog.regions.filter((r) => r.parent !== undefined);
  await step("region tree", REGION_PARENTS, withParent, withParent.length, asRows);

  // A company writes its node, LOCATED_IN and one OPERATES_IN per segment.
  const companyRows = (b: CompanyDef[]) => b.reduce((n, c) => n + 2 + c.segments.length, 0);
  const publics = catalog.companies.map((c) => withCoordinates(c, regionsByCode));
  await step("public companies", COMPANIES, publics, publics.length, companyColumns, companyRows);
  const subsidiaries = catalog.companies.filter((c) => c.parent !== undefined);
  await step("parent groups", PARENTS, subsidiaries, subsidiaries.length, asRows);

  if (scale > 0) {
    const universe = createSyntheticUniverse(catalog, { scale, seed, homeRegion });
    await step(
      "synthetic companies",
      COMPANIES,
      universe.companies(),
      scale,
      companyColumns,
      companyRows,
      writers,
    );
    await step("supply ties", SUPPLIES, universe.supplies(), Math.round(scale * 2.5), supplyColumns);
    await step("alliances", ALLIANCES, universe.alliances(), universe.alliances().length, asRows);
    await step("alliance members", MEMBERSHIPS, universe.memberships(), 60, asRows);
  }
  await write("seed info", SEED_INFO, { scale, seed, homeRegion, note: SYNTHETIC_NOTE });
  // Not a write of seed rows, but part of every load: timed as its own step (rows 0) so that the
  // benchmark shows it apart from the row writes.
  const presenceStarted = Date.now();
  await refreshPresence(options.dryRun ? null : db);
  steps.push({ step: "presence refresh", rows: 0, ms: Date.now() - presenceStarted });

  const ms = Date.now() - started;
  const rows = steps.reduce((n, s) => n + s.rows, 0);
  return { steps, rows, ms, rowsPerSecond: Math.round((rows / Math.max(ms, 1)) * 1000) };
}

/** Deletes every node but the schema-migration records, in batches (large graphs do not fit one transaction). */
export async function resetGraph(db: Db): Promise<void> {
  await db.autoCommit(
    // Migrations stay applied; the test suite's claim on its database (see test/global-setup.ts) stays too.
    "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:ChainAtlasTestDatabase CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
  );
}

/** Counts of what the graph holds, by kind: the loader's summary and the idempotence test read it. */
export async function graphCounts(db: Db): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(`
    CALL () { MATCH (n:Chain) RETURN count(n) AS chains }
    CALL () { MATCH (n:Segment) RETURN count(n) AS segments }
    CALL () { MATCH (n:Region) RETURN count(n) AS regions }
    CALL () { MATCH (n:Company) RETURN count(n) AS companies }
    CALL () { MATCH (n:Alliance) RETURN count(n) AS alliances }
    CALL () { MATCH ()-[r:FEEDS]->() RETURN count(r) AS feeds }
    CALL () { MATCH ()-[r:OPERATES_IN]->() RETURN count(r) AS operatesIn }
    CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS locatedIn }
    CALL () { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS supplies }
    CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
    CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS partOf }
    RETURN chains, segments, regions, companies, alliances, feeds, operatesIn, locatedIn, supplies, memberships, partOf`);
  return row ?? {};
}
