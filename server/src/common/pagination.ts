import { badInput } from "../errors.ts";

export const MAX_PAGE = 100;

/** `first` must be 0..100; anything else is refused with BAD_USER_INPUT naming the argument. */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw badInput(`first must be a whole number from 0 to ${max} (got ${String(first)})`, "first");
  }
  return n;
}

/**
 * Keyset cursors: the sort key of the last row and its id, so that a page starts strictly after
 * it even when many rows share a sort value (ties are broken by id).
 */
export interface Cursor {
  /** Sort value of the row (null sorts last). */
  key: number | null;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined || after === "") return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === "number") &&
      typeof value[1] === "string"
    ) {
      return { key: value[0] as number | null, id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput("after is not a cursor this API returned", "after");
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection from limit+1 rows (the extra one only says whether there is a next page). */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  cursorOf: (row: T) => Cursor,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
