import { z } from "zod";
import { creditCodeReason } from "./credit-code.ts";
import type { Found, Lookups } from "./lookups.ts";
import { reason, type Reason, type ReasonCode, type ReasonParams } from "./reasons.ts";

/**
 * Cell validators: each is a zod schema over a cell's trimmed text (undefined when the cell is
 * empty) that yields the typed value or an issue with a message meant for the person who filled the
 * spreadsheet. `required(…)` refuses an empty cell; the others pass undefined through (unknown).
 */
export type Cell = string | undefined;
type CellSchema<T> = z.ZodType<T | undefined, Cell>;

/** A zod issue carrying a reason (its code and parameters in `params.reason`). */
export function issue(path: string[], code: ReasonCode, params: ReasonParams = {}) {
  const r = reason(code, params);
  return { code: "custom" as const, path, message: r.text, params: { reason: r } };
}

/** The reason a zod issue carries (a schema's own issue, e.g. a missing cell, is `required`). */
export function reasonOfIssue(i: z.core.$ZodIssue): Reason {
  const r = (i as { params?: { reason?: Reason } }).params?.reason;
  return r ?? reason("required");
}

const fail = (ctx: { issues: unknown[] }, r: Reason, input: unknown) => {
  (ctx.issues as z.core.$ZodRawIssue[]).push({
    code: "custom",
    message: r.text,
    input,
    params: { reason: r },
  });
  return z.NEVER;
};

type Problem = { problem: Reason };
const bad = (code: ReasonCode, params: ReasonParams = {}): Problem => ({ problem: reason(code, params) });

function cell<T>(convert: (text: string) => T | Problem): CellSchema<T> {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const out = convert(text);
      if (out !== null && typeof out === "object" && "problem" in (out as object)) {
        return fail(ctx, (out as Problem).problem, text);
      }
      return out as T;
    }) as unknown as CellSchema<T>;
}

/** The same schema, refusing an empty cell. */
export function required<T>(schema: CellSchema<T>): z.ZodType<T, Cell> {
  return z
    .string({ error: "required: the cell is empty" })
    .pipe(schema as z.ZodType<T | undefined, string>)
    .refine((v) => v !== undefined, {
      message: "required: the cell is empty",
      params: { reason: reason("required") },
    }) as unknown as z.ZodType<T, Cell>;
}

export const text = (max = 200) =>
  cell((s) => (s.length > max ? bad("too_long", { max, length: s.length }) : s));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, thousands separators and spaces allowed; within [min, max]; whole when integer. */
export function number(opts: { min?: number; max?: number; integer?: boolean; unit?: string } = {}) {
  return cell((s) => {
    const cleaned = s.replace(/[,，\s]/g, "");
    if (!NUMBER.test(cleaned)) return bad("not_number", { value: s });
    const n = Number(cleaned);
    if (opts.integer && !Number.isInteger(n)) return bad("not_whole", { value: s });
    const unit = opts.unit ? ` ${opts.unit}` : "";
    if (opts.min !== undefined && n < opts.min) return bad("below_min", { min: opts.min, unit, value: s });
    if (opts.max !== undefined && n > opts.max) return bad("above_max", { max: opts.max, unit, value: s });
    return n;
  });
}

/** A percentage: "12", "12%" or "12.5 %" → 0.12 / 0.125; within [min, max] percent. */
export function percent(min: number, max: number) {
  return cell((s) => {
    const cleaned = s.replace(/[%％\s]/g, "");
    if (!NUMBER.test(cleaned)) return bad("not_percent", { value: s });
    const n = Number(cleaned);
    if (n < min || n > max) return bad("percent_range", { min, max, value: s });
    return n / 100;
  });
}

const TRUE = new Set(["是", "true", "yes", "y", "1", "已上市", "上市", "t"]);
const FALSE = new Set(["否", "false", "no", "n", "0", "未上市", "f"]);
export const boolean = () =>
  cell((s) => {
    const k = s.toLowerCase();
    if (TRUE.has(k)) return true;
    if (FALSE.has(k)) return false;
    return bad("not_boolean", { value: s });
  });

/**
 * A date: 2015-03-08, 2015/3/8, 2015.3.8, 2015年3月8日, 2015年3月, 2015-03 or a year alone; must be a
 * real day, not in the future, not before 1800. Yields the ISO date and its year.
 */
export function date(today: () => Date = () => new Date()) {
  return cell((s) => {
    const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?$/.exec(s.replace(/\s/g, ""));
    if (!m) return bad("not_date", { value: s });
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : 1;
    const day = m[3] ? Number(m[3]) : 1;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
      return bad("not_real_day", { value: s });
    }
    if (year < 1800) return bad("before_1800", { year });
    if (d.getTime() > today().getTime()) return bad("future", { value: s });
    return { iso: d.toISOString().slice(0, 10), year };
  });
}

const CNY = new Set(["cny", "rmb", "人民币", "元", "万元", "人民币元", "¥", "￥"]);
const ISO_CURRENCY = /^[a-z]{3}$/;
/**
 * A currency: amounts are kept in CNY, and no exchange rate is assumed (a figure converted at a
 * rate the user did not choose would be invented), so another currency is refused, by name.
 */
export const currency = () =>
  cell((s) => {
    const k = s.toLowerCase().replace(/\s/g, "");
    if (CNY.has(k)) return "CNY" as const;
    if (ISO_CURRENCY.test(k) || ["美元", "欧元", "日元", "港元", "港币", "英镑"].includes(k)) {
      return bad("currency_not_cny", { value: s });
    }
    return bad("not_currency", { value: s });
  });

/** 统一社会信用代码: 18 characters with a valid GB 32100 check character (upper-cased). */
export const creditCode = () =>
  cell((s) => {
    const code = s.normalize("NFKC").toUpperCase().replace(/\s/g, "");
    const problem = creditCodeReason(code);
    return problem ? { problem } : code;
  });

/** A reference resolved through the lookups (region, segment, alliance). */
export function ref<T>(find: (text: string) => Found<T>) {
  return cell((s) => {
    const found = find(s);
    return found.ok ? found.value : { problem: found.reason };
  });
}

/** A list separated by ; (also ；, 、 and |), each item resolved; duplicates refused. */
export function refList<T extends { id: string }>(find: (text: string) => Found<T>) {
  return cell((s) => {
    const items = s
      .split(/[;；、|]/)
      .map((x) => x.trim())
      .filter(Boolean);
    if (items.length === 0) return bad("no_items");
    const out: T[] = [];
    for (const item of items) {
      const found = find(item);
      if (!found.ok) return { problem: found.reason };
      if (out.some((o) => o.id === found.value.id)) return bad("listed_twice", { item });
      out.push(found.value);
    }
    return out;
  });
}

export type { Lookups };

/** One of a fixed set of values, found by `find` (null/undefined: not one); `allowed` names them. */
export function oneOf<T>(what: string, find: (text: string) => T | undefined, allowed: readonly string[]) {
  return cell((s) => {
    const v = find(s);
    return v === undefined ? bad("not_one_of", { value: s, what, allowed: allowed.join(", ") }) : v;
  });
}
