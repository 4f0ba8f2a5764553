/**
 * Real brands that synthetic names must not carry, and the place-name stripping they share with
 * the name generator (kept here, apart from names.ts and model.ts, so neither imports the other).
 */
export function stripZh(name: string): string {
  // "北京市(市辖区)" → "北京": qualifiers first, then the administrative suffix.
  const s = name
    .replace(/\s*[(（][^)）]*[)）]\s*$/, "")
    .replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|区|县|盟)$/, "");
  return s.length > 0 ? s : name;
}

/** True when a Chinese name contains one of the real brands (two-character trade names). */
export function borrowsBrand(nameZh: string, brands: ReadonlySet<string>): boolean {
  for (let i = 0; i + 2 <= nameZh.length; i++) if (brands.has(nameZh.slice(i, i + 2))) return true;
  return false;
}

/**
 * The brands of the catalog's real companies: the first two Chinese characters of each public
 * company's name ("通威股份" → 通威, "TCL中环" → 中环), except place names (南通, 江苏…), which
 * synthetic names legitimately start with, and generic words of the name lists ("GE医疗" → 医疗,
 * a word, not a brand).
 */
export function realBrands(
  companies: readonly { nameZh: string; source?: string }[],
  placeNamesZh: readonly string[],
  genericWordsZh: readonly string[] = [],
): Set<string> {
  const places = new Set([...placeNamesZh.map(stripZh), ...genericWordsZh.flatMap(prefixes)]);
  const brands = new Set<string>();
  for (const c of companies) {
    if (c.source !== "public") continue;
    const han = c.nameZh.replace(/[^\u4e00-\u9fff]/g, "");
    const brand = han.slice(0, 2);
    if (brand.length === 2 && !places.has(brand)) brands.add(brand);
  }
  return brands;
}

/** The two-character prefixes a generic word contributes ("医疗器械" → 医疗). */
function prefixes(word: string): string[] {
  return word.length >= 2 ? [word.slice(0, 2)] : [];
}
