import DataLoader from "dataloader";
import type { Cypher } from "./cypher.ts";

/**
 * Building blocks of the per-request DataLoaders. Each capability owns its loaders and their
 * Cypher (`<capability>/loaders.ts`); context.ts composes them into `ctx.loaders`. Every nested
 * field that would otherwise run one query per parent (N+1) asks a loader instead, and the loader
 * runs one query per batch of keys.
 */

export function byKey<K, V>(keys: readonly K[], rows: { key: K; value: V }[], missing: V): V[] {
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => map.get(k) ?? missing);
}

/** Loader factories bound to a request's `cypher` and home region (`$ids`, `$home` in the query). */
export function loaderKit(cypher: Cypher, home: string) {
  return {
    /** One record per key, null when missing; the query returns `key` and `value`. */
    entity: <V>(query: string) =>
      new DataLoader<string, V | null>(async (ids) => {
        const rows = await cypher<{ key: string; value: V }>(query, { ids: [...ids], home });
        return byKey(ids, rows, null);
      }),
    /** A list per key, empty when missing; the query returns `key` and `value` (a list). */
    list: <V>(query: string) =>
      new DataLoader<string, V[]>(async (ids) => {
        const rows = await cypher<{ key: string; value: V[] }>(query, { ids: [...ids], home });
        return byKey(ids, rows, [] as V[]);
      }),
  };
}
