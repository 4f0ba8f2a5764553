import type { AllianceRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import type { ScoreFeatureRecord } from "../common/records.ts";
import { TARGET_REASON_MESSAGES, type Lang } from "../common/messages.ts";
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
// The reasons: scoring.ts returns the facts, this picks the catalogue's sentences for them.

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
const percent = (v: number) => `${(v * 100).toFixed(1).replace(/\.0$/, "")}%`;
const signedPercent = (v: number) => `${v >= 0 ? "+" : ""}${percent(v)}`;

/**
 * Reasons for one target, in the chosen language: the features that speak for it, strongest
 * contribution first, then one line per input that was unknown and stood in for. The sentences are
 * the message catalogue's (common/messages.ts); this only decides which to say, in what order.
 * A feature speaks for a target when it has something to say: a tie, a percentile in the top half,
 * a listing, an alliance; fit and distance always do.
 */
export function targetReasons(
  target: { features: ReadonlyArray<ScoreFeatureRecord>; facts: TargetFacts },
  names: ReasonNames,
  lang: Lang,
): string[] {
  const m = TARGET_REASON_MESSAGES[lang];
  const zh = lang === "ZH";
  const f = target.facts;
  const text: Partial<Record<TargetFeature, string>> = {};

  text.fit = m.fit(f.primary, zh ? names.segment.nameZh : names.segment.name);
  if (f.ties > 0) {
    const parts: string[] = [];
    if (f.suppliesTo > 0) parts.push(m.suppliesTo(f.suppliesTo));
    if (f.buysFrom > 0) parts.push(m.buysFrom(f.buysFrom));
    text.ties = m.ties(parts);
  }
  if (f.scaleBasis !== null && f.scalePct !== null && f.scalePct >= 0.5) {
    text.scale = m.scale(f.scaleBasis, topShare(f.scalePct));
  }
  if (f.growthPct !== null && f.growthPct >= 0.5 && f.growth !== null) {
    text.growth = m.growth(signedPercent(f.growth), topShare(f.growthPct));
  }
  if (f.innovationPct !== null && f.innovationPct >= 0.5 && f.rdIntensity !== null) {
    text.innovation = m.innovation(percent(f.rdIntensity), topShare(f.innovationPct));
  }
  if (f.listed) text.listed = m.listed();
  if (f.distanceKm !== null) text.proximity = m.proximity(km(f.distanceKm, lang), f.inYrd);
  if (names.alliances.length > 0) {
    text.alliance = m.alliance(names.alliances.map((a) => (zh ? a.nameZh : a.name)));
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
  if (f.scaleBasis === "registeredCapital") unknown.push(m.revenueUnknownCapitalUsed());
  if (imputed.has("scale")) unknown.push(m.scaleUnknown());
  if (imputed.has("growth")) unknown.push(m.growthUnknown());
  if (imputed.has("innovation")) unknown.push(m.innovationUnknown());
  if (imputed.has("proximity")) unknown.push(m.locationUnknown());
  return [...strengths, ...unknown];
}
