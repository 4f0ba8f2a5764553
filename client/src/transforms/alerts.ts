/** An alert in one line of the user's language (pure, tested in Node), and where it leads. */
import type { AlertItem } from "../api/operations.ts";
import { formatNumber, nameOf, translate, type Lang, type MessageKey } from "../i18n/index.ts";

export function alertLine(lang: Lang, a: AlertItem): string {
  const segment = a.segment ? nameOf(lang, a.segment) : "";
  const names = lang === "zh" ? a.namesZh : a.names;
  const company = names[0] ?? "";
  const params: Record<string, string | number> = {
    segment,
    n: a.count ?? 0,
    names:
      names.join(lang === "zh" ? "、" : ", ") +
      ((a.count ?? 0) > names.length ? (lang === "zh" ? " 等" : ", …") : ""),
    company,
    stage: a.stage ? translate(lang, `plStage${a.stage}` as MessageKey) : "",
    days: a.days ?? 0,
    title: a.milestoneTitle ?? "",
    due: a.due ?? "",
    peer: a.peer ? nameOf(lang, a.peer) : "",
    peerRca: formatNumber(lang, a.peerRca ?? 0, 2),
    zoneRca: formatNumber(lang, a.zoneRca ?? 0, 2),
  };
  const key = a.kind === "NEW_CANDIDATES" && a.count === 1 ? "alertNEW_CANDIDATES_one" : `alert${a.kind}`;
  return translate(lang, key as MessageKey, params);
}

/** The page an alert opens: the gap's targets, the lead, or the peer comparison. */
export function alertHref(a: AlertItem): string {
  const chain = a.chain ? `/${encodeURIComponent(a.chain.id)}` : "";
  switch (a.kind) {
    case "NEW_CANDIDATES":
      return `#/targets${chain}?segment=${encodeURIComponent(a.segment?.id ?? "")}`;
    case "LEAD_STALLED":
    case "MILESTONE_OVERDUE":
      return `#/lead/${encodeURIComponent(a.leadId ?? "")}`;
    case "PEER_OVERTOOK":
      return `#/peers${chain}${a.peer ? `?peers=${encodeURIComponent(a.peer.code)}` : ""}`;
  }
}
