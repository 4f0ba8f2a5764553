import { GAP_FEATURE_LABELS, GAP_MESSAGES, type Lang } from "../common/messages.ts";
import type { GapRecord } from "./analysis.ts";

/** The smallest contribution an explanation cites (it prints as 0.01 at two decimals). */
export const MIN_CITED = 0.005;

/**
 * A person-readable reason for a gap, in Chinese or English, built from its type, counts and the
 * strongest feature contributions (the two largest positive ones), mentioning break points, the
 * revenue share behind STRENGTHEN (and how many revenues were unknown) and, for EXTEND, the local
 * segment it connects to. The words are the message catalogue's (common/messages.ts).
 */
export function explainGap(gap: GapRecord, lang: Lang): string {
  const m = GAP_MESSAGES[lang];
  const top = [...gap.features]
    // Only what shows as at least 0.01 at two decimals: never "centrality 0.00".
    .filter((f) => f.contribution >= MIN_CITED)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 2)
    .map((f) => ({ label: GAP_FEATURE_LABELS[f.name][lang], contribution: f.contribution }));
  const parts: string[] = [];
  const rev = gap.revenue;
  switch (gap.type) {
    case "FILL":
      parts.push(m.fill(gap.totalCount));
      break;
    case "CONSOLIDATE":
      parts.push(m.consolidate(gap.localCount, gap.k));
      break;
    case "STRENGTHEN":
      parts.push(
        m.strengthen(
          { keyTech: gap.keyTech, topCentrality: gap.centralityTopQuartile },
          gap.localCount,
          rev.localShare ?? 0,
          gap.strengthenShare,
        ),
      );
      if (rev.localUnknown > 0 || rev.totalUnknown > 0) {
        parts.push(m.unknownRevenue(rev.localUnknown, rev.totalUnknown));
      }
      break;
    case "EXTEND":
      parts.push(m.extend({ name: gap.chainName, nameZh: gap.chainNameZh }, gap.connectsTo));
      break;
  }
  if (gap.breakPoint) parts.push(m.breakPoint());
  const flows = m.flows(gap.downstreamLocal, gap.upstreamLocal);
  if (flows !== null) parts.push(flows);
  parts.push(m.score(gap.score, top));
  return parts.join(m.separator);
}
