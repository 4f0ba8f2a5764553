/**
 * Synthetic company names: a Chinese firm gets a city or province prefix, a two-character trade name
 * (字号), industry and role words and a legal form; a foreign firm a name from its country's stock
 * and a legal form. Word lists: synthetic/names.yaml, through parameters.ts.
 */
import type { LocationModel, SegmentModel } from "./model.ts";
import type { NameWords } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import { borrowsBrand, stripZh } from "./brands.ts";

export { stripZh };

export function stripEn(name: string): string {
  // "Beijing (urban)", "Taizhou (Jiangsu)" → "Beijing", "Taizhou".
  const s = name
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/\s+(City|Province|Municipality|District|County|Autonomous Region|Prefecture|League|SAR)$/i, "")
    .trim();
  return s.length > 0 ? s : name;
}
/** True when a company already holds this name (in either language). */
export type NameTaken = (name: { name: string; nameZh: string }) => boolean;

/** A synthetic company's English and Chinese names, drawn from `rng` (stream (seed, 1, i), after its
 * segments and listing). */
export function companyName(
  words: NameWords,
  rng: Rng,
  seg: SegmentModel,
  loc: LocationModel,
  z: number,
  listed: boolean,
  brands: ReadonlySet<string> = new Set(),
  taken: NameTaken = () => false,
): { name: string; nameZh: string } {
  const refused = (n: { name: string; nameZh: string }) => borrowsBrand(n.nameZh, brands) || taken(n);
  const [indZh, indEn] = rng.pick(seg.words);
  if (loc.foreign) {
    const style = words.foreignStyles[loc.code] ?? words.foreignStyleDefault;
    let [a, aZh] = rng.pick(style.names);
    const second = rng.next() < words.odds.doubleForeignName ? rng.pick(style.names) : null;
    const form = rng.pick(style.forms);
    const compose = (x: string, xZh: string, other: readonly [string, string] | null = second) => {
      const double = other !== null && other[0] !== x;
      return {
        name: `${double ? `${x}-${other[0]}` : x} ${indEn} ${form}`,
        nameZh: `${double ? `${xZh}-${other[1]}` : xZh}${indZh}（${stripZh(loc.region.nameZh)}）${words.chineseForms.foreignZh}`,
      };
    };
    // A transliteration that reads as a real brand (基石 + 药业), or a name another company holds,
    // steps on through the names list; when every single name is held, through double names.
    let named = compose(a, aZh);
    const names = style.names;
    const at = names.findIndex(([x]) => x === a);
    for (let k = 1; k < names.length && refused(named); k++) {
      [a, aZh] = names[(at + k) % names.length]!;
      named = compose(a, aZh);
    }
    for (let k = 0; k < names.length * names.length && refused(named); k++) {
      const [x, xZh] = names[(at + k) % names.length]!;
      const other = names[(at + 1 + Math.floor(k / names.length)) % names.length]!;
      if (other[0] !== x) named = compose(x, xZh, other);
    }
    return named;
  }
  const [c1, p1] = rng.pick(words.tradeChars);
  let [c2, p2] = rng.pick(words.tradeChars);
  if (c2 === c1)
    [c2, p2] =
      words.tradeChars[(words.tradeChars.findIndex(([c]) => c === c1) + 7) % words.tradeChars.length]!;
  const [roleZh, roleEn] = rng.pick(words.roleWords[seg.def.role ?? "NONE"]);
  const { group, joint, limited } = words.chineseForms;
  const [formZh, formEn] =
    z > words.odds.groupAbove ? group : listed || z > words.odds.jointAbove ? joint : limited;
  const cityZh = stripZh(loc.nameCity.nameZh);
  const cityEn = stripEn(loc.nameCity.name);
  const provZh = loc.province ? stripZh(loc.province.nameZh) : cityZh;
  const provEn = loc.province ? stripEn(loc.province.name) : cityEn;
  // The role word is left out when the industry word already says it, in either language
  // ("能源科技" + "技术" would read 能源科技技术 / Energy Technology Technology).
  const techZh = /^(科技|技术)/;
  const repeats =
    roleZh === "" ||
    roleZh === indZh.slice(-2) ||
    (techZh.test(roleZh) && /(科技|技术)$/.test(indZh)) ||
    indEn === roleEn ||
    indEn.endsWith(` ${roleEn}`);
  const body = `${indZh}${repeats ? "" : roleZh}`;
  const bodyEn = [indEn, repeats ? "" : roleEn].filter((w) => w.length > 0).join(" ");
  const u = rng.next();
  const compose = (a: string, pa: string, b: string, pb: string) => {
    const tradeZh = `${a}${b}`;
    const tradeEn = `${pa.charAt(0).toUpperCase()}${pa.slice(1)}${pb}`;
    if (u < words.odds.cityPrefix)
      return {
        nameZh: `${cityZh}${tradeZh}${body}${formZh}`,
        name: `${cityEn} ${tradeEn} ${bodyEn} ${formEn}`,
      };
    if (u < words.odds.provincePrefix)
      return {
        nameZh: `${provZh}${tradeZh}${body}${formZh}`,
        name: `${provEn} ${tradeEn} ${bodyEn} ${formEn}`,
      };
    return {
      nameZh: `${tradeZh}（${cityZh}）${body}${formZh}`,
      name: `${tradeEn} (${cityEn}) ${bodyEn} ${formEn}`,
    };
  };
  // Never a real brand (a trade name such as 通威, or 南通 + 威… reading 通威), never a name another
  // company holds: the trade characters step on through the list (second first, then the first),
  // without another draw, so every company's figures still come from its own stream alone.
  let named = compose(c1, p1, c2, p2);
  const n = words.tradeChars.length;
  const i1 = words.tradeChars.findIndex(([c]) => c === c1);
  const i2 = words.tradeChars.findIndex(([c]) => c === c2);
  for (let j = 0; j < n && refused(named); j++) {
    const [a, pa] = words.tradeChars[(i1 + 7 * j) % n]!;
    for (let k = j === 0 ? 1 : 0; k < n && refused(named); k++) {
      const [b, pb] = words.tradeChars[(i2 + 7 * k) % n]!;
      if (b !== a) named = compose(a, pa, b, pb);
    }
  }
  return named;
}
