/**
 * Language state and locale-aware formatting. The pure helpers take the language as an argument so
 * the transforms (and their Node tests) never depend on global state; the views use the `t`/`lang`
 * shortcuts bound to the current language.
 */
import { en, zh, type MessageKey } from "./messages.ts";

export type Lang = "zh" | "en";
export type { MessageKey };

const TABLES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** BCP 47 tags: numbers and dates per locale; Chinese lists in pinyin order. */
export const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** Looks a label up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = TABLES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A label that may not exist (enum values from the API): falls back to the raw value. */
export function translateOptional(lang: Lang, key: string, fallback: string): string {
  const table = TABLES[lang] as Record<string, string>;
  return table[key] ?? fallback;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number for the language (zh-CN and en-GB both group thousands with commas). */
export function formatNumber(lang: Lang, value: number, maxFractionDigits = 0): string {
  const key = `${lang}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A share in [0, 1] as a percentage with one decimal at most: 0.125 → "12.5%". */
export function formatPercent(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/** A score in [0, 1] with three decimals, as the API's contributions are small numbers. */
export function formatScore(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    value,
  );
}

/**
 * An amount of money as its readers expect it: 万元 / 亿元 in Chinese (10⁴ and 10⁸ yuan), millions
 * or billions in English. Takes yuan (the unit the API uses for leads and imports); a figure in
 * million RMB (company revenue) is `formatMoney(lang, m * 1e6)`. Three significant digits at most
 * for 亿元/billions, so a table reads "4.65 亿元" rather than "46,500 万元".
 */
export function formatMoney(lang: Lang, yuan: number, currency: "CNY" | "USD" = "CNY"): string {
  const abs = Math.abs(yuan);
  if (lang === "zh") {
    const unit = currency === "USD" ? "美元" : "元";
    if (abs >= 1e8) return `${formatNumber(lang, yuan / 1e8, abs >= 1e10 ? 0 : 2)} 亿${unit}`;
    if (abs >= 1e4) return `${formatNumber(lang, yuan / 1e4, abs >= 1e6 ? 0 : 1)} 万${unit}`;
    return `${formatNumber(lang, yuan, 0)} ${unit}`;
  }
  const unit = currency === "USD" ? "USD" : "RMB";
  if (abs >= 1e9) return `${formatNumber(lang, yuan / 1e9, 2)} bn ${unit}`;
  if (abs >= 1e6) return `${formatNumber(lang, yuan / 1e6, abs >= 1e8 ? 0 : 1)} m ${unit}`;
  return `${formatNumber(lang, yuan, 0)} ${unit}`;
}

const collators: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator("zh-CN-u-co-pinyin"),
  en: new Intl.Collator("en-GB", { sensitivity: "base" }),
};

/** Compares two names: pinyin order in Chinese, alphabetical in English. */
export function compareNames(lang: Lang, a: string, b: string): number {
  return collators[lang].compare(a, b);
}

/** Anything with a Chinese and an English name (chains, segments, companies, regions, alliances). */
export interface Named {
  name: string;
  nameZh: string;
}

/** The entity's name in the language; the other language's name when that one is empty. */
export function nameOf(lang: Lang, entity: Named): string {
  return (lang === "zh" ? entity.nameZh || entity.name : entity.name || entity.nameZh) ?? "";
}

/** A copy sorted by name in the language (ids break ties so the order is stable). */
export function sortByName<T extends Named & { id?: string; code?: string }>(
  lang: Lang,
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      compareNames(lang, nameOf(lang, a), nameOf(lang, b)) ||
      String(a.id ?? a.code ?? "").localeCompare(String(b.id ?? b.code ?? "")),
  );
}

// ---- current language (browser only) -------------------------------------------------------

const STORAGE_KEY = "chain-atlas.lang";
let current: Lang = "zh";
const listeners = new Set<(lang: Lang) => void>();

/** Reads the saved choice; zh-CN is the default whatever the browser says (PRODUCT.md §7). */
export function initLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "zh" || saved === "en") current = saved;
  } catch {
    // Storage can be blocked (private mode); the default stands.
  }
  return current;
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted: the switch still applies to this page.
  }
  for (const listener of listeners) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shortcut for the views: a label in the current language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(current, key, params);
}
