/**
 * The alerts of a period for the monthly bulletin (pipeline/bulletin.ts adds them as a sheet): every
 * event once, however many users watched it (the same event on several watches shares its event
 * key), with the number of watchers; and its one line of text in Chinese or English (pure).
 */
import type { Viewer } from "../auth/index.ts";
import type { Cypher } from "../common/cypher.ts";
import { int } from "../db/driver.ts";
import { STAGE_ZH, type Stage } from "../pipeline/index.ts";
import type { AlertKind } from "./rules.ts";

/** The most events one bulletin lists. */
export const BULLETIN_ALERTS = 1000;

/** One event of the period as the bulletin shows it. */
export interface BulletinAlert {
  kind: AlertKind;
  createdAt: string;
  watchers: number;
  chainName: string | null;
  chainNameZh: string | null;
  segmentName: string | null;
  segmentNameZh: string | null;
  peerName: string | null;
  peerNameZh: string | null;
  detail: Record<string, unknown>;
}

/**
 * Events first found in [from, to) (ISO dates), oldest first. A RECRUITER does not see the milestone
 * titles of other teams' leads (as on the lead page).
 */
export async function alertsOfPeriod(
  cypher: Cypher,
  from: string,
  to: string,
  viewer: Viewer,
): Promise<BulletinAlert[]> {
  const rows = await cypher<BulletinAlert & { detailJson: string; teamId: string | null }>(
    `MATCH (a:Alert) WHERE a.createdAt >= $from AND a.createdAt < $to
     WITH a ORDER BY a.createdAt, a.id
     WITH a.eventKey AS key, collect(a) AS same
     WITH key, same[0] AS a, size(same) AS watchers
     OPTIONAL MATCH (ch:Chain {id: a.chainId})
     OPTIONAL MATCH (s:Segment {id: a.segmentId})
     OPTIONAL MATCH (r:Region {code: a.peerCode})
     RETURN a.kind AS kind, a.createdAt AS createdAt, watchers, a.detailJson AS detailJson, a.teamId AS teamId,
       ch.name AS chainName, ch.nameZh AS chainNameZh, s.name AS segmentName, s.nameZh AS segmentNameZh,
       r.name AS peerName, r.nameZh AS peerNameZh
     ORDER BY createdAt, key
     LIMIT $limit`,
    { from, to, limit: int(BULLETIN_ALERTS) },
  );
  return rows.map(({ detailJson, teamId, ...row }) => {
    let detail: Record<string, unknown> = {};
    try {
      detail = JSON.parse(detailJson) as Record<string, unknown>;
    } catch {
      // An unreadable detail shows as an alert without particulars.
    }
    if (viewer.role === "RECRUITER" && viewer.teamId !== teamId) detail = { ...detail, title: "" };
    return { ...row, detail };
  });
}

const KIND_LABELS: Record<"zh" | "en", Record<AlertKind, string>> = {
  zh: {
    NEW_CANDIDATES: "新增目标企业",
    LEAD_STALLED: "项目停滞",
    MILESTONE_OVERDUE: "节点逾期",
    PEER_OVERTOOK: "对标地区超越本区",
  },
  en: {
    NEW_CANDIDATES: "New target candidates",
    LEAD_STALLED: "Lead stalled",
    MILESTONE_OVERDUE: "Milestone overdue",
    PEER_OVERTOOK: "Peer overtook the zone",
  },
};

export function alertKindLabel(kind: AlertKind, lang: "zh" | "en"): string {
  return KIND_LABELS[lang][kind];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const rca = (v: unknown) => (typeof v === "number" ? v.toFixed(2) : "?");

/** The event in one line (pure). */
export function alertText(a: BulletinAlert, lang: "zh" | "en"): string {
  const d = a.detail;
  const zh = lang === "zh";
  const segment = (zh ? a.segmentNameZh : a.segmentName) ?? "";
  const company = zh
    ? str(d.companyNameZh) || str(d.companyName)
    : str(d.companyName) || str(d.companyNameZh);
  switch (a.kind) {
    case "NEW_CANDIDATES": {
      const count = typeof d.count === "number" ? d.count : 0;
      const names = list(zh ? d.namesZh : d.names);
      const more = count > names.length;
      return zh
        ? `${segment}：新增 ${count} 家目标企业（${names.join("、")}${more ? " 等" : ""}）`
        : `${segment}: ${count} new target ${count === 1 ? "company" : "companies"} (${names.join(", ")}${more ? ", …" : ""})`;
    }
    case "LEAD_STALLED": {
      const stage = str(d.stage);
      const days = typeof d.days === "number" ? d.days : 0;
      return zh
        ? `${company}（${STAGE_ZH[stage as Stage] ?? stage}）${days} 天无进展`
        : `${company} (${stage}): no change for ${days} days`;
    }
    case "MILESTONE_OVERDUE":
      return zh
        ? `${company}：${str(d.title)}（到期 ${str(d.due)}）`
        : `${company}: ${str(d.title)} (due ${str(d.due)})`;
    case "PEER_OVERTOOK": {
      const peer = (zh ? a.peerNameZh : a.peerName) ?? "";
      return zh
        ? `${peer} 在「${segment}」超过本区（RCA ${rca(d.peerRca)} 对 ${rca(d.zoneRca)}）`
        : `${peer} overtook the zone in ${segment} (RCA ${rca(d.peerRca)} vs ${rca(d.zoneRca)})`;
    }
  }
}
