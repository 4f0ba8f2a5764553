/**
 * What every graph-seed data file shares: reading YAML, validating it with a zod schema, and
 * collecting every problem as "<file>: <path>: <message>" (for example
 * `taxonomy/NE.yaml: subchains[2].segments[4].feeds[0]: unknown segment "XX99"`), so that one run
 * reports all of them. Pure: reads files, touches no database.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** Every problem found in the seed data files, reported together. */
export class CatalogError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`seed catalog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogError";
    this.problems = problems;
  }
}

export type Path = readonly PropertyKey[];

/** `["subchains", 2, "segments", 4]` → `subchains[2].segments[4]`. */
export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

export function listOr(values: readonly unknown[]): string {
  const s = values.map(String);
  return s.length <= 1 ? s.join("") : `${s.slice(0, -1).join(", ")} or ${s[s.length - 1]}`;
}

/** Collects problems; throw them all at the end with `throwIfAny`. */
export class Problems {
  readonly list: string[] = [];
  add(file: string, path: Path, message: string): void {
    const where = formatPath(path);
    this.list.push(where === "" ? `${file}: ${message}` : `${file}: ${where}: ${message}`);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new CatalogError(this.list);
  }
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  tuple: "a list",
  record: "a mapping",
};

/** Messages in the project's words; a schema's own `error` wins over these. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case "invalid_type":
      if (iss.input === undefined) return "is required";
      return `must be ${EXPECTED[iss.expected] ?? iss.expected} (got ${show(iss.input)})`;
    case "invalid_value":
      return `must be ${listOr(iss.values)} (got ${show(iss.input)})`;
    case "too_small":
      if (iss.origin === "array" || iss.origin === "string" || iss.origin === "set")
        return Number(iss.minimum) <= 1 ? "must not be empty" : `must have at least ${iss.minimum} items`;
      return `must be ${iss.inclusive ? "≥" : ">"} ${iss.minimum} (got ${show(iss.input)})`;
    case "too_big":
      if (iss.origin === "array" || iss.origin === "string") return `must have at most ${iss.maximum} items`;
      return `must be ${iss.inclusive ? "≤" : "<"} ${iss.maximum} (got ${show(iss.input)})`;
    case "invalid_key":
      // A record's key: the key schema's own message ("must be a country code").
      return iss.issues[0]?.message;
    default:
      return undefined;
  }
};

/**
 * Validates `value` against `schema`; reports every issue under `file` with `base` prefixed to its
 * path and returns undefined when there is any. Unknown keys are reported one per key.
 */
export function validate<S extends z.ZodType>(
  p: Problems,
  file: string,
  base: Path,
  schema: S,
  value: unknown,
): z.output<S> | undefined {
  const result = schema.safeParse(value, { error: errorMap });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) p.add(file, [...base, ...issue.path, key], "is not a known field");
    } else {
      p.add(file, [...base, ...issue.path], issue.message);
    }
  }
  return undefined;
}

/** Reads and parses the YAML file `rel` of `dir`; reports a missing file or a syntax error under
 * `name` (default `rel`). */
export function readYaml(p: Problems, dir: string, rel: string, name: string = rel): unknown {
  const path = join(dir, rel);
  if (!existsSync(path)) {
    p.add(name, [], "file not found");
    return undefined;
  }
  try {
    return parse(readFileSync(path, "utf8"));
  } catch (err) {
    p.add(name, [], `YAML parse error: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/**
 * The one uniqueness check: every item whose key was already taken, paired with the first item
 * that took it (in input order).
 */
export function duplicates<T>(items: Iterable<T>, key: (item: T) => string): [dup: T, first: T][] {
  const seen = new Map<string, T>();
  const out: [T, T][] = [];
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, item);
    else out.push([item, first]);
  }
  return out;
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

// ── Shared field schemas ──────────────────────────────────────────────────────────────────────────

/** A non-empty string, trimmed. */
export const text = z.string().trim().min(1);

/** Codes such as "320600" may be written unquoted; YAML then reads an integer. */
export const code = z.preprocess(
  (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? String(v) : v),
  text,
);

/** A number in [min, max], with a message that says so. */
export function numberIn(min: number, max: number): z.ZodNumber {
  const error = (iss: { input?: unknown }): string =>
    `must be a number in [${min}, ${max}] (got ${show(iss.input)})`;
  return z.number().min(min, { error }).max(max, { error });
}

/** An object schema's result: `value` when valid; `loose` (the fields that passed, each optional)
 * whenever the fields that failed can be left out, so that reference checks still run on the rest. */
export interface Checked<T> {
  value: T | undefined;
  loose: Partial<T> | undefined;
}

/** Validates an object against `schema`, reporting every issue; see `Checked`. */
export function validateObject<S extends z.ZodObject>(
  p: Problems,
  file: string,
  base: Path,
  schema: S,
  raw: unknown,
): Checked<z.output<S>> {
  const before = p.list.length;
  const value = validate(p, file, base, schema, raw);
  if (value !== undefined) return { value, loose: value };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || p.list.length === before)
    return { value: undefined, loose: undefined };
  const result = schema.safeParse(raw);
  const bad = new Set<PropertyKey>();
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === "unrecognized_keys") issue.keys.forEach((k) => bad.add(k));
    else if (issue.path[0] !== undefined) bad.add(issue.path[0]);
    else return { value: undefined, loose: undefined };
  }
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const loose = schema.partial().safeParse(rest);
  return { value: undefined, loose: loose.success ? (loose.data as Partial<z.output<S>>) : undefined };
}

/** `items` validated one by one, so that one bad item does not hide the good ones (nor the
 * reference checks on its good fields). */
export function validateEach<S extends z.ZodObject>(
  p: Problems,
  file: string,
  base: Path,
  schema: S,
  items: readonly unknown[],
): ({ index: number } & Checked<z.output<S>>)[] {
  return items.map((item, index) => ({ index, ...validateObject(p, file, [...base, index], schema, item) }));
}
