import { z } from "zod";
import { creditCodeProblem } from "./credit-code.ts";
import type { Found, Lookups } from "./lookups.ts";

/**
 * Cell validators: each is a zod schema over a cell's trimmed text (undefined when the cell is
 * empty) that yields the typed value or an issue with a message meant for the person who filled the
 * spreadsheet. `required(…)` refuses an empty cell; the others pass undefined through (unknown).
 */
export type Cell = string | undefined;
type CellSchema<T> = z.ZodType<T | undefined, Cell>;

const fail = (ctx: { issues: unknown[] }, message: string, input: unknown) => {
  (ctx.issues as z.core.$ZodRawIssue[]).push({ code: "custom", message, input });
  return z.NEVER;
};

function cell<T>(convert: (text: string) => T | { problem: string }): CellSchema<T> {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const out = convert(text);
      if (out !== null && typeof out === "object" && "problem" in (out as object)) {
        return fail(ctx, (out as { problem: string }).problem, text);
      }
      return out as T;
    }) as unknown as CellSchema<T>;
}

/** The same schema, refusing an empty cell. */
export function required<T>(schema: CellSchema<T>): z.ZodType<T, Cell> {
  return z
    .string({ error: "required: the cell is empty" })
    .pipe(schema as z.ZodType<T | undefined, string>)
    .refine((v) => v !== undefined, { message: "required: the cell is empty" }) as unknown as z.ZodType<
    T,
    Cell
  >;
}

export const text = (max = 200) =>
  cell((s) => (s.length > max ? { problem: `longer than ${max} characters (${s.length})` } : s));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, thousands separators and spaces allowed; within [min, max]; whole when integer. */
export function number(opts: { min?: number; max?: number; integer?: boolean; unit?: string } = {}) {
  return cell((s) => {
    const cleaned = s.replace(/[,，\s]/g, "");
    if (!NUMBER.test(cleaned)) return { problem: `"${s}" is not a number` };
    const n = Number(cleaned);
    if (opts.integer && !Number.isInteger(n)) return { problem: `must be a whole number, not ${s}` };
    const unit = opts.unit ? ` ${opts.unit}` : "";
    if (opts.min !== undefined && n < opts.min)
      return { problem: `must be at least ${opts.min}${unit}, not ${s}` };
    if (opts.max !== undefined && n > opts.max)
      return { problem: `must be at most ${opts.max}${unit}, not ${s}` };
    return n;
  });
}

/** A percentage: "12", "12%" or "12.5 %" → 0.12 / 0.125; within [min, max] percent. */
export function percent(min: number, max: number) {
  return cell((s) => {
    const cleaned = s.replace(/[%％\s]/g, "");
    if (!NUMBER.test(cleaned)) return { problem: `"${s}" is not a percentage` };
    const n = Number(cleaned);
    if (n < min || n > max) return { problem: `must be between ${min}% and ${max}%, not ${s}` };
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
    return { problem: `"${s}" is not yes or no (是/否, true/false, 1/0)` };
  });

/**
 * A date: 2015-03-08, 2015/3/8, 2015.3.8, 2015年3月8日, 2015年3月, 2015-03 or a year alone; must be a
 * real day, not in the future, not before 1800. Yields the ISO date and its year.
 */
export function date(today: () => Date = () => new Date()) {
  return cell((s) => {
    const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?$/.exec(s.replace(/\s/g, ""));
    if (!m) return { problem: `"${s}" is not a date (use 2015-03-08, 2015/3/8, 2015年3月8日 or a year)` };
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : 1;
    const day = m[3] ? Number(m[3]) : 1;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
      return { problem: `"${s}" is not a real day` };
    }
    if (year < 1800) return { problem: `year ${year} is before 1800` };
    if (d.getTime() > today().getTime()) return { problem: `"${s}" is in the future` };
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
      return {
        problem: `amounts must be in CNY (人民币); "${s}" given: convert them first (no exchange rate is assumed)`,
      };
    }
    return { problem: `"${s}" is not a currency code (use CNY / 人民币)` };
  });

/** 统一社会信用代码: 18 characters with a valid GB 32100 check character (upper-cased). */
export const creditCode = () =>
  cell((s) => {
    const code = s.normalize("NFKC").toUpperCase().replace(/\s/g, "");
    const problem = creditCodeProblem(code);
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
    if (items.length === 0) return { problem: "no item given" };
    const out: T[] = [];
    for (const item of items) {
      const found = find(item);
      if (!found.ok) return { problem: found.reason };
      if (out.some((o) => o.id === found.value.id)) return { problem: `"${item}" is listed twice` };
      out.push(found.value);
    }
    return out;
  });
}

export type { Lookups };
