/**
 * Counts what the default seed puts in the home zone: synthetic companies per chain located in the
 * home region (ETDA 320671), and names that repeat words or a trade name. Used to check the zone
 * profile of graph-seed/synthetic/clusters.yaml: `npx tsx scripts/zone-profile-count.ts`.
 */
import { loadCatalog } from "../graph-seed/src/catalog.ts";
import { syntheticCompanies } from "../graph-seed/src/synthetic.ts";

const catalog = loadCatalog();
const chainOf = new Map<string, string>();
for (const c of catalog.chains)
  for (const s of c.subchains) for (const g of s.segments) chainOf.set(g.id, c.id);
const perChain: Record<string, number> = { NE: 0, IT: 0, EQ: 0, HL: 0 };
const names = new Map<string, number>();
let techTech = 0;
let kejiJishu = 0;
const brands = ["通威", "隆基", "天合", "晶科", "林洋", "中天", "亨通", "宁德", "比亚迪", "国轩"];
const brand: Record<string, number> = {};
for (const c of syntheticCompanies(catalog, { scale: 20_000, seed: 1, homeRegion: "320671" })) {
  names.set(c.nameZh, (names.get(c.nameZh) ?? 0) + 1);
  if (/Technology Technology/.test(c.name)) techTech++;
  if (/科技技术/.test(c.nameZh)) kejiJishu++;
  for (const b of brands) if (c.nameZh.includes(b)) brand[b] = (brand[b] ?? 0) + 1;
  if (c.region !== "320671") continue;
  const chains = new Set(c.segments.map((s) => chainOf.get(s.segment)!));
  for (const ch of chains) perChain[ch] = (perChain[ch] ?? 0) + 1;
}
const dup = [...names.values()].filter((n) => n > 1).length;
console.log(
  JSON.stringify({ localPerChain: perChain, techTech, kejiJishu, duplicateZhNames: dup, brandNames: brand }),
);
