/**
 * Synthetic company names: a Chinese firm gets a city or province prefix, a two-character trade name
 * (字号), industry and role words and a legal form; a foreign firm a name from its country's stock
 * and a legal form. Word lists: synthetic/names.yaml, through parameters.ts.
 */
import type { LocationModel, SegmentModel } from "./model.ts";
import type { NameWords } from "./parameters.ts";
import type { Rng } from "./prng.ts";

export function stripZh(name: string): string {
  // "北京市(市辖区)" → "北京": qualifiers first, then the administrative suffix.
  const s = name
    .replace(/\s*[(（][^)）]*[)）]\s*$/, "")
    .replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|区|县|盟)$/, "");
  return s.length > 0 ? s : name;
}

export function stripEn(name: string): string {
  // "Beijing (urban)", "Taizhou (Jiangsu)" → "Beijing", "Taizhou".
  const s = name
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/\s+(City|Province|Municipality|District|County|Autonomous Region|Prefecture|League|SAR)$/i, "")
    .trim();
  return s.length > 0 ? s : name;
}
/** A synthetic company's English and Chinese names, drawn from `rng` (stream (seed, 1, i), after its
 * segments and listing). */
export function companyName(
  words: NameWords,
  rng: Rng,
  seg: SegmentModel,
  loc: LocationModel,
  z: number,
  listed: boolean,
): { name: string; nameZh: string } {
  const [indZh, indEn] = rng.pick(seg.words);
  if (loc.foreign) {
    const style = words.foreignStyles[loc.code] ?? words.foreignStyleDefault;
    const [a, aZh] = rng.pick(style.names);
    let latin = a;
    let zh = aZh;
    if (rng.next() < words.odds.doubleForeignName) {
      const [b, bZh] = rng.pick(style.names);
      if (b !== a) {
        latin = `${a}-${b}`;
        zh = `${aZh}-${bZh}`;
      }
    }
    const form = rng.pick(style.forms);
    return {
      name: `${latin} ${indEn} ${form}`,
      nameZh: `${zh}${indZh}（${stripZh(loc.region.nameZh)}）${words.chineseForms.foreignZh}`,
    };
  }
  const [c1, p1] = rng.pick(words.tradeChars);
  let [c2, p2] = rng.pick(words.tradeChars);
  if (c2 === c1)
    [c2, p2] =
      words.tradeChars[(words.tradeChars.findIndex(([c]) => c === c1) + 7) % words.tradeChars.length]!;
  const tradeZh = `${c1}${c2}`;
  const tradeEn = `${p1.charAt(0).toUpperCase()}${p1.slice(1)}${p2}`;
  const [roleZh, roleEn] = rng.pick(words.roleWords[seg.def.role ?? "NONE"]);
  const { group, joint, limited } = words.chineseForms;
  const [formZh, formEn] =
    z > words.odds.groupAbove ? group : listed || z > words.odds.jointAbove ? joint : limited;
  const cityZh = stripZh(loc.nameCity.nameZh);
  const cityEn = stripEn(loc.nameCity.name);
  const provZh = loc.province ? stripZh(loc.province.nameZh) : cityZh;
  const provEn = loc.province ? stripEn(loc.province.name) : cityEn;
  const body = `${indZh}${roleZh === indZh.slice(-2) ? "" : roleZh}`;
  const bodyEn = [indEn, roleEn === indEn ? "" : roleEn].filter((w) => w.length > 0).join(" ");
  const u = rng.next();
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
}
