import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Db } from "../db/driver.ts";
import { replacePresence } from "./presence.ts";
import * as I from "./imports.ts";
import * as S from "./statements.ts";

/**
 * The one write path (CONVENTIONS 17). Every write that changes what an analysis reads —
 * companies and their figures, OPERATES_IN, LOCATED_IN, SUPPLIES, MEMBER_OF, FEEDS, the region
 * tree, the chain taxonomy — goes through a {@link GraphWrites} handed out by {@link writeGraph}
 * (one transaction) or {@link bulkWrite} (a load in many transactions). Callers never "remember to
 * refresh":
 *
 * - writeGraph runs the caller's writes and then, in the SAME transaction, recomputes the
 *   precomputed presence rows of every region whose companies the writes touched and replaces the
 *   presence token. Caches (gap analyses, target pools) key on that token alone, so no answer
 *   computed before the write is ever served after it.
 * - bulkWrite (the seed loader) first lists itself as a running bulk in the presence info (new
 *   token), writes its batches, and at the end — success or failure — rebuilds every row and takes
 *   itself off the list (new token again). While a bulk runs, readers aggregate live and cache
 *   nothing, so even a half-written load is never answered from stale rows.
 */
export class GraphWrites {
  /** Located regions whose presence rows this transaction changed; null: every region. */
  private touched: Set<string> | null = new Set();
  /** Whether anything was written (a transaction that wrote nothing keeps the token). */
  wrote = false;

  constructor(
    private readonly tx: ManagedTransaction,
    /** Inside a bulk: the rows are rebuilt at its end, so touched regions are not looked up. */
    private readonly inBulk = false,
  ) {}

  /** The regions to refresh: null for all. */
  touchedRegions(): string[] | null {
    return this.touched === null ? null : [...this.touched].sort();
  }

  private touch(codes: Iterable<unknown>) {
    if (this.touched === null) return;
    for (const c of codes) if (typeof c === "string") this.touched.add(c);
  }

  private async run(query: string, params: Record<string, unknown>) {
    this.wrote = true;
    return this.tx.run(query, params);
  }

  // -- the taxonomy and the region tree: no presence row changes, the token does -----------------

  async chains(rows: { id: string; name: string; nameZh: string; sources: unknown }[]) {
    await this.run(S.CHAINS, { rows });
  }
  async subchains(rows: Record<string, unknown>[]) {
    await this.run(S.SUBCHAINS, { rows });
  }
  async segments(rows: Record<string, unknown>[]) {
    await this.run(S.LEAVES, { rows });
  }
  async feeds(rows: { from: string; to: string; weight: number }[]) {
    await this.run(S.FEEDS, { rows });
  }
  async regions(
    rows: {
      code: string;
      name: string;
      nameZh: string;
      level: string;
      lat: number | null;
      lon: number | null;
    }[],
  ) {
    await this.run(S.REGIONS, { rows });
  }
  async regionParents(rows: { code: string; parent: string }[]) {
    await this.run(S.REGION_PARENTS, { rows });
  }

  // -- companies ----------------------------------------------------------------------------------

  /** Creates or updates companies with their LOCATED_IN and OPERATES_IN (stale ones removed). */
  async companies(batch: readonly S.CompanyInput[] | Record<string, unknown[]>) {
    const cols = Array.isArray(batch) ? S.companyColumns(batch) : (batch as Record<string, unknown[]>);
    if (!this.inBulk) {
      const before = await this.tx.run(S.LOCATED_REGIONS, { ids: cols.id });
      this.touch((before.records[0]?.get("codes") as string[] | undefined) ?? []);
      this.touch(cols.region ?? []);
    }
    await this.run(S.COMPANIES, cols);
  }

  /** Changes figures of one company (revenue, listed, growth, …); `clear` makes some unknown. */
  async updateCompany(id: string, changes: S.CompanyChanges, clear: readonly string[] = []) {
    const r = await this.run(S.UPDATE_COMPANY, S.updateParams(id, changes, clear));
    if (r.records.length === 0) throw new Error(`no company has the id "${id}"`);
    this.touch([r.records[0]!.get("regionCode")]);
  }

  /** Adds (or re-flags) an OPERATES_IN link of a company to a segment. */
  async linkSegment(companyId: string, segmentId: string, primary: boolean) {
    const r = await this.run(S.LINK_SEGMENT, { companyId, segmentId, primary });
    if (r.records.length === 0) throw new Error(`no company "${companyId}" or segment "${segmentId}"`);
    this.touch([r.records[0]!.get("regionCode")]);
  }

  async unlinkSegment(companyId: string, segmentId: string) {
    const r = await this.run(S.UNLINK_SEGMENT, { companyId, segmentId });
    this.touch(r.records.map((x) => x.get("regionCode")));
  }

  /** Moves a company to another region (its one LOCATED_IN). */
  async moveCompany(companyId: string, regionCode: string) {
    const r = await this.run(S.MOVE_COMPANY, { companyId, regionCode });
    if (r.records.length === 0) throw new Error(`no company "${companyId}" or region "${regionCode}"`);
    this.touch([r.records[0]!.get("previous"), r.records[0]!.get("regionCode")]);
  }

  async parents(rows: { id: string; parent: string }[]) {
    await this.run(S.PARENTS, { rows });
  }

  // -- ties and alliances: the token only ---------------------------------------------------------

  async supplies(rows: readonly { from: string; to: string; source: string }[]) {
    await this.run(S.SUPPLIES, {
      from: rows.map((s) => s.from),
      to: rows.map((s) => s.to),
      source: rows.map((s) => s.source),
    });
  }
  async removeSupplies(rows: { from: string; to: string }[]) {
    await this.run(S.REMOVE_SUPPLIES, { rows });
  }
  async alliances(rows: readonly { id: string; name: string; nameZh: string; source: string }[]) {
    await this.run(S.ALLIANCES, { rows });
  }
  async memberships(rows: readonly { company: string; alliance: string; since: number; role: string }[]) {
    await this.run(S.MEMBERSHIPS, {
      rows: rows.map((m) => ({ ...m, since: S.intOrNull(m.since) })),
    });
  }
  async removeMemberships(rows: { company: string; alliance: string }[]) {
    await this.run(S.REMOVE_MEMBERSHIPS, { rows });
  }

  // -- imports: provenance on every write, prior state kept for undo (imports.ts) ----------------

  /**
   * Keeps the prior state of existing companies an import is about to change (once per import),
   * in this transaction: what undo restores. Call it before the import's writes.
   */
  async keepPrior(importId: string, companyIds: readonly string[]) {
    if (companyIds.length === 0) return;
    await this.run(I.KEEP_PRIOR, { importId, ids: [...companyIds] });
  }

  /** Creates or updates imported companies (columns as in imports.ts IMPORT_COMPANIES). */
  async importCompanies(cols: Record<string, unknown[]>, prov: I.ImportProvenance) {
    if ((cols.id ?? []).length === 0) return;
    await this.touchCompanies(cols.id as string[], cols.regionCode as string[]);
    await this.run(I.IMPORT_COMPANIES, { ...cols, ...prov });
  }

  /**
   * Creates companies the planner found absent, each row `{id, region, props, segments, row}`:
   * `props` are its properties (nulls left out); provenance and `source: 'imported'` are added here.
   */
  async importNewCompanies(
    rows: readonly {
      id: string;
      region: string;
      props: Record<string, unknown>;
      segments: readonly (readonly [string, boolean])[];
      row: number;
    }[],
    prov: I.ImportProvenance,
  ) {
    if (rows.length === 0) return;
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const r of rows) {
      const row = S.intOrNull(r.row);
      const props = {
        ...r.props,
        id: r.id,
        source: "imported",
        // No importedFields: all of a created company's properties are the import's (the
        // provenance resolver reads them off the node), and the string array cost a third of the write.
        importId: prov.importId,
        importFile: prov.file,
        importRow: row,
        importedBy: prov.user,
        importedAt: prov.at,
      };
      const list = groups.get(r.region) ?? [];
      list.push({ props, segments: r.segments, row });
      groups.set(r.region, list);
    }
    this.touch(groups.keys());
    await this.run(I.IMPORT_NEW_COMPANIES, {
      groups: [...groups].map(([region, list]) => ({ region, rows: list })),
      ...prov,
    });
  }

  async importLinks(
    rows: readonly { company: string; segment: string; primary: boolean; row: number }[],
    prov: I.ImportProvenance,
  ) {
    if (rows.length === 0) return;
    await this.touchCompanies(
      rows.map((r) => r.company),
      [],
    );
    await this.run(I.IMPORT_LINKS, { rows: rows.map((r) => ({ ...r, row: S.intOrNull(r.row) })), ...prov });
  }

  async importSupplies(rows: readonly { from: string; to: string; row: number }[], prov: I.ImportProvenance) {
    if (rows.length === 0) return;
    await this.run(I.IMPORT_SUPPLIES, {
      rows: rows.map((r) => ({ ...r, row: S.intOrNull(r.row) })),
      ...prov,
    });
  }

  async importMemberships(
    rows: readonly {
      company: string;
      alliance: string;
      since: number | null;
      role: string | null;
      row: number;
    }[],
    prov: I.ImportProvenance,
  ) {
    if (rows.length === 0) return;
    await this.run(I.IMPORT_MEMBERSHIPS, {
      rows: rows.map((r) => ({ ...r, since: S.intOrNull(r.since), row: S.intOrNull(r.row) })),
      ...prov,
    });
  }

  /**
   * One step of undoing an import: restores up to `limit` kept companies, else deletes up to
   * `limit` companies and then ties it created. Returns how many it handled (0: nothing left).
   */
  async undoImportStep(importId: string, limit: number): Promise<number> {
    const params = { importId, limit: S.intOrNull(limit) };
    if (!this.inBulk) {
      // Outside a bulk the touched regions are looked up: every region of a kept or created company.
      const r = await this.tx.run(
        `CALL () { MATCH (u:ImportUndo {importId: $importId}) RETURN collect(u.companyId) AS kept }
         CALL () { MATCH (c:Company {importId: $importId}) RETURN collect(c.id) AS made }
         RETURN kept + made AS ids`,
        { importId },
      );
      const ids = (r.records[0]?.get("ids") as string[] | undefined) ?? [];
      await this.touchCompanies(ids, []);
      const prior = await this.tx.run(
        "MATCH (u:ImportUndo {importId: $importId})-[:PRIOR]->(p) RETURN collect(DISTINCT p.regionCode) AS codes",
        { importId },
      );
      this.touch((prior.records[0]?.get("codes") as string[] | undefined) ?? []);
    }
    for (const q of [I.RESTORE_PRIOR, I.DELETE_CREATED_COMPANIES, I.DELETE_CREATED_SUPPLIES]) {
      const r = await this.run(q, params);
      const n = Number(r.records[0]?.get(0) ?? 0);
      if (n > 0) return n;
    }
    return 0;
  }

  private async touchCompanies(ids: readonly string[], newRegions: readonly string[]) {
    if (this.inBulk) return;
    const before = await this.tx.run(I.REGIONS_OF, { ids: [...ids] });
    this.touch((before.records[0]?.get("codes") as string[] | undefined) ?? []);
    this.touch(newRegions);
  }

  /** What the graph holds and how it was made; `complete` marks a finished load. */
  async seedInfo(info: { scale: number; seed: number; homeRegion: string; note: string; complete: boolean }) {
    await this.run(S.SEED_INFO, { ...info, scale: S.intOrNull(info.scale), seed: S.intOrNull(info.seed) });
  }
}

/** Transaction metadata, as Db.write takes it. */
type Meta = Record<string, unknown>;

/**
 * Runs `work` in one managed transaction and, in the same transaction, refreshes the presence rows
 * the writes touched and replaces the presence token. Managed transactions are retried: `work`
 * may run more than once, so it must only write through its argument.
 */
export async function writeGraph<T>(
  db: Db,
  work: (g: GraphWrites, tx: ManagedTransaction) => Promise<T>,
  meta?: Meta,
): Promise<T> {
  return db.write(async (tx) => {
    const g = new GraphWrites(tx);
    // `tx` is for the caller's own records that analyses do not read (a lead, its audit entry),
    // written in the same transaction as the graph change they explain.
    const result = await work(g, tx);
    if (g.wrote) await replacePresence(tx, g.touchedRegions());
    return result;
  }, meta);
}

/** A bulk load's handle: each `write` is its own transaction. */
export interface BulkWriter {
  write(work: (g: GraphWrites, tx: ManagedTransaction) => Promise<void>, meta?: Meta): Promise<void>;
}

/**
 * A load in many transactions (the seed loader): lists itself as a running bulk first, then hands
 * `work` a writer whose every call is one transaction, and at the end — also when `work` throws —
 * rebuilds every presence row and takes itself off the list, in one transaction.
 */
export async function bulkWrite<T>(
  db: Db,
  work: (bulk: BulkWriter) => Promise<T>,
  options: { id?: string } = {},
): Promise<T> {
  const id = options.id ?? randomUUID();
  await db.write((tx) => replacePresence(tx, [], { add: id }));
  let open = true;
  const bulk: BulkWriter = {
    write: async (fn, meta) => {
      if (!open) throw new Error("internal: bulk write after its end");
      await db.write((tx) => fn(new GraphWrites(tx, true), tx), meta);
    },
  };
  try {
    return await work(bulk);
  } finally {
    open = false;
    await db.write((tx) => replacePresence(tx, null, { remove: id }));
  }
}

/**
 * Ends a bulk that cannot end itself (its process or the database died mid-load): rebuilds every
 * presence row and takes `id` off the running list. A no-op on the data when it is not listed.
 */
export async function endStaleBulk(db: Db, id: string): Promise<void> {
  await db.write((tx) => replacePresence(tx, null, { remove: id }));
}

/**
 * Rebuilds every presence row and replaces the token, in one transaction, and forgets every bulk
 * listed as running (repair after a load that was killed, which cannot take itself off the list).
 * Nothing needs it for correctness; benchmarks use it to make the next request a cold one.
 * @returns the new version
 */
export async function rebuildPresence(db: Db): Promise<number> {
  return db.write(async (tx) => {
    await tx.run("MATCH (i:PresenceInfo {id: 'presence'}) SET i.bulks = []");
    return replacePresence(tx, null);
  });
}
