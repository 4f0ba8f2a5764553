import type { AllianceRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import type { ScoreFeatureRecord } from "../common/records.ts";
import { plural, type Lang } from "../common/messages.ts";
import { TARGET_FEATURES, type TargetFacts, type TargetFeature } from "./scoring.ts";

/** Names the reasons mention: the segment and the local alliances the company belongs to. */
export async function reasonNames(ctx: GraphQLContext, segmentId: string, facts: TargetFacts) {
  const [segment, alliances] = await Promise.all([
    ctx.loaders.segment.load(segmentId),
    ctx.loaders.alliance.loadMany(facts.allianceIds),
  ]);
  return {
    segment: segment ?? { name: segmentId, nameZh: segmentId },
    alliances: alliances.filter((a): a is AllianceRecord => a !== null && !(a instanceof Error)),
  };
}

// ---------------------------------------------------------------------------------------------
// The prose of the reasons: scoring.ts returns the facts, this turns them into sentences.

/** Names the reasons need, looked up by the caller. */
export interface ReasonNames {
  segment: { name: string; nameZh: string };
  alliances: { id: string; name: string; nameZh: string }[];
}

/** "前 7%": the share of candidates at or above this percentile, at least 1 %. */
function topShare(pct: number): number {
  return Math.max(1, Math.ceil((1 - pct) * 100 - 1e-9));
}

const km = (v: number, lang: Lang) =>
  v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString(lang === "ZH" ? "zh-CN" : "en-US");
const companies = (n: number) => `${n} local ${plural("EN", n, { one: "company", other: "companies" })}`;
const percent = (v: number) => `${(v * 100).toFixed(1).replace(/\.0$/, "")}%`;
const signedPercent = (v: number) => `${v >= 0 ? "+" : ""}${percent(v)}`;

/**
 * Reasons for one target, in the chosen language: the features that speak for it, strongest
 * contribution first, then one line per input that was unknown and stood in for.
 * A feature speaks for a target when it has something to say: a tie, a percentile in the top half,
 * a listing, an alliance; fit and distance always do.
 */
export function targetReasons(
  target: { features: ReadonlyArray<ScoreFeatureRecord>; facts: TargetFacts },
  names: ReasonNames,
  lang: Lang,
): string[] {
  const zh = lang === "ZH";
  const f = target.facts;
  const seg = zh ? names.segment.nameZh : names.segment.name;
  const text: Partial<Record<TargetFeature, string>> = {};

  text.fit = f.primary
    ? zh
      ? `主营${seg}`
      : `Main business: ${seg}`
    : zh
      ? `兼营${seg}`
      : `Also active in ${seg}`;
  if (f.ties > 0) {
    const parts: string[] = [];
    if (f.suppliesTo > 0)
      parts.push(zh ? `已向本区 ${f.suppliesTo} 家企业供货` : `supplies ${companies(f.suppliesTo)}`);
    if (f.buysFrom > 0)
      parts.push(zh ? `已从本区 ${f.buysFrom} 家企业采购` : `buys from ${companies(f.buysFrom)}`);
    const joined = parts.join(zh ? "，" : " and ");
    text.ties = zh ? joined : `Already ${joined}`;
  }
  if (f.scaleBasis !== null && f.scalePct !== null && f.scalePct >= 0.5) {
    const top = topShare(f.scalePct);
    text.scale =
      f.scaleBasis === "revenue"
        ? zh
          ? `营收规模位于候选企业前 ${top}%`
          : `Revenue in the top ${top}% of candidates`
        : zh
          ? `注册资本位于候选企业前 ${top}%`
          : `Registered capital in the top ${top}% of candidates`;
  }
  if (f.growthPct !== null && f.growthPct >= 0.5 && f.growth !== null) {
    const top = topShare(f.growthPct);
    text.growth = zh
      ? `营收增速 ${signedPercent(f.growth)}，位于候选企业前 ${top}%`
      : `Revenue growth ${signedPercent(f.growth)}, top ${top}% of candidates`;
  }
  if (f.innovationPct !== null && f.innovationPct >= 0.5 && f.rdIntensity !== null) {
    const top = topShare(f.innovationPct);
    text.innovation = zh
      ? `研发投入占营收 ${percent(f.rdIntensity)}，位于候选企业前 ${top}%`
      : `R&D ${percent(f.rdIntensity)} of revenue, top ${top}% of candidates`;
  }
  if (f.listed) text.listed = zh ? "上市公司" : "Listed company";
  if (f.distanceKm !== null) {
    const d = km(f.distanceKm, lang);
    text.proximity = f.inYrd
      ? zh
        ? `长三角内，距离 ${d} 公里`
        : `In the Yangtze River Delta, ${d} km away`
      : zh
        ? `距离 ${d} 公里`
        : `${d} km away`;
  }
  if (names.alliances.length > 0) {
    const list = names.alliances.map((a) => (zh ? a.nameZh : a.name)).join(zh ? "、" : ", ");
    text.alliance = zh ? `同属${list}` : `Member of ${list}, with local companies`;
  }

  const order = TARGET_FEATURES.map((name, index) => ({
    name,
    index,
    contribution: target.features.find((x) => x.name === name)?.contribution ?? 0,
    imputed: target.features.find((x) => x.name === name)?.imputed ?? false,
  }));
  const strengths = order
    .filter((x) => !x.imputed && text[x.name] !== undefined && (x.contribution > 0 || x.name === "fit"))
    .sort((a, b) => b.contribution - a.contribution || a.index - b.index)
    .map((x) => text[x.name]!);

  const unknown: string[] = [];
  const imputed = new Set(order.filter((x) => x.imputed).map((x) => x.name));
  if (f.scaleBasis === "registeredCapital") {
    unknown.push(zh ? "营收未知，规模按注册资本计" : "Revenue unknown: scale measured by registered capital");
  }
  if (imputed.has("scale")) {
    unknown.push(
      zh
        ? "营收与注册资本未知，规模按中位数计"
        : "Revenue and registered capital unknown: scale taken at the median",
    );
  }
  if (imputed.has("growth")) {
    unknown.push(zh ? "营收增速未知，按中位数计" : "Revenue growth unknown: taken at the median");
  }
  if (imputed.has("innovation")) {
    unknown.push(zh ? "研发强度未知，按中位数计" : "R&D intensity unknown: taken at the median");
  }
  if (imputed.has("proximity")) {
    unknown.push(
      zh ? "位置未知，距离按候选企业中位数计" : "Location unknown: proximity taken at the candidates' median",
    );
  }
  return [...strengths, ...unknown];
}
