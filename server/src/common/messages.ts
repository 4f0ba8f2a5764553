/**
 * The server's message catalogue: every sentence the API writes for people (gap explanations,
 * target reasons, export headers) in Chinese and English, in one place. Plurals go through
 * Intl.PluralRules, not hand-written `n === 1 ? … : …`. The maths modules return data; the edge
 * (resolvers, exports) turns that data into text with these messages.
 */

/** The languages the API writes in (GraphQL `Lang`). */
export type Lang = "ZH" | "EN";

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  ZH: new Intl.PluralRules("zh-CN"),
  EN: new Intl.PluralRules("en"),
};

/** The form of a word for a count under the language's plural rules (`other` when no other fits). */
export function plural(
  lang: Lang,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
) {
  return forms[PLURAL_RULES[lang].select(n)] ?? forms.other;
}

/** "1 company", "3 companies" (English only: Chinese counts companies with 家, written in the message). */
const companies = (n: number) => plural("EN", n, { one: "company", other: "companies" });

const fmt2 = (v: number) => v.toFixed(2);
const pct = (v: number) => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%`;

/** Labels of the gap features (explanations). */
export const GAP_FEATURE_LABELS = {
  demandPull: { ZH: "需求拉动", EN: "demand pull" },
  supplyPush: { ZH: "供给推动", EN: "supply push" },
  centrality: { ZH: "链上中心性", EN: "centrality" },
  keyTech: { ZH: "关键技术", EN: "key technology" },
  density: { ZH: "关联密度", EN: "relatedness density" },
  relativePresence: { ZH: "相对集聚度", EN: "relative presence" },
} as const satisfies Record<string, Record<Lang, string>>;

/** One EXTEND connection, as an explanation names it. */
export interface ConnectionWords {
  name: string;
  nameZh: string;
  localCount: number;
  direction: "UPSTREAM" | "DOWNSTREAM";
}

/** The sentences of a gap explanation (gaps/explain.ts puts them together). */
export interface GapMessages {
  fill(totalCount: number): string;
  consolidate(localCount: number, k: number): string;
  strengthen(
    why: { keyTech: boolean; topCentrality: boolean },
    localCount: number,
    share: number,
    threshold: number,
  ): string;
  unknownRevenue(localUnknown: number, totalUnknown: number): string;
  extend(chain: { name: string; nameZh: string }, links: readonly ConnectionWords[]): string;
  breakPoint(): string;
  flows(downstreamLocal: number, upstreamLocal: number): string | null;
  score(score: number, top: readonly { label: string; contribution: number }[]): string;
  /** How the parts are joined. */
  separator: string;
}

export const GAP_MESSAGES: Record<Lang, GapMessages> = {
  ZH: {
    fill: (total) => `缺失环节（补链）：本地无企业（全部 ${total} 家均在外地）。`,
    consolidate: (local, k) => `薄弱环节（固链）：仅 ${local} 家本地企业，少于 ${k} 家，存在单点风险。`,
    strengthen: (why, local, share, threshold) => {
      const reasons = [
        why.keyTech ? "卡脖子关键技术" : null,
        why.topCentrality ? "链上中心性居前 25%" : null,
      ];
      return `关键环节（强链）：${reasons.filter((r) => r !== null).join("、")}；本地 ${local} 家企业仅占该环节已知营收的 ${pct(share)}（低于 ${pct(threshold)}）。`;
    },
    unknownRevenue: (local, total) => `营收未知的企业不计入份额：本地 ${local} 家、全部 ${total} 家。`,
    extend: (chain, links) => {
      const named = links.map(
        (c) =>
          `本地「${c.nameZh}」（${c.localCount} 家）${c.direction === "UPSTREAM" ? "的上游供货环节" : "的下游应用环节"}`,
      );
      return `延伸环节（延链）：属于${chain.nameZh}，本地无企业；是${named.join("、")}。`;
    },
    breakPoint: () => "这是断点：上游和下游都有本地企业，链条在此中断。",
    flows: (down, up) => {
      const flows = [
        down > 0 ? `下游有 ${down} 家本地企业需要其产品` : null,
        up > 0 ? `上游有 ${up} 家本地企业可为其供货` : null,
      ].filter((f) => f !== null);
      return flows.length > 0 ? `${flows.join("，")}。` : null;
    },
    score: (score, top) =>
      top.length > 0
        ? `得分 ${fmt2(score)}，主要来自${top.map((f) => `${f.label} ${fmt2(f.contribution)}`).join("、")}。`
        : `得分 ${fmt2(score)}。`,
    separator: "",
  },
  EN: {
    fill: (total) => `Missing link (fill): no local company (all ${total} are elsewhere).`,
    consolidate: (local, k) =>
      `Thin link (consolidate): only ${local} local ${companies(local)}, fewer than ${k}: a single point of failure.`,
    strengthen: (why, local, share, threshold) => {
      const reasons = [
        why.keyTech ? "a key technology" : null,
        why.topCentrality ? "in the chain's top quartile of centrality" : null,
      ];
      return `Key link (strengthen): ${reasons.filter((r) => r !== null).join(" and ")}; the ${local} local companies hold only ${pct(share)} of the segment's known revenue (below ${pct(threshold)}).`;
    },
    unknownRevenue: (local, total) =>
      `Companies with unknown revenue are left out of the share: ${local} local, ${total} in all.`,
    extend: (chain, links) => {
      const named = links.map(
        (c) =>
          `${c.direction === "UPSTREAM" ? "upstream of" : "downstream of"} the local "${c.name}" (${c.localCount} ${companies(c.localCount)})`,
      );
      return `Extension (extend): part of ${chain.name}, no local company; it lies ${named.join(" and ")}.`;
    },
    breakPoint: () =>
      "It is a break point: local companies sit both upstream and downstream, and the chain breaks here.",
    flows: (down, up) => {
      const flows = [
        down > 0 ? `${down} local ${companies(down)} downstream need its output` : null,
        up > 0 ? `${up} local ${companies(up)} upstream could supply it` : null,
      ].filter((f) => f !== null);
      return flows.length > 0 ? `${flows.join("; ")}.` : null;
    },
    score: (score, top) =>
      top.length > 0
        ? `Score ${fmt2(score)}, mostly from ${top.map((f) => `${f.label} ${fmt2(f.contribution)}`).join(" and ")}.`
        : `Score ${fmt2(score)}.`,
    separator: " ",
  },
};

/** Export headers: the target features. */
export const EXPORT_FEATURE_LABELS = {
  fit: { zh: "契合度", en: "fit" },
  ties: { zh: "本地供需关联", en: "local ties" },
  scale: { zh: "规模", en: "scale" },
  growth: { zh: "成长性", en: "growth" },
  innovation: { zh: "创新性", en: "innovation" },
  listed: { zh: "上市", en: "listed" },
  proximity: { zh: "区位邻近", en: "proximity" },
  alliance: { zh: "产业联盟", en: "alliance" },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Export cells: lead statuses (TargetStatus). */
export const STATUS_LABELS = {
  NEW: { zh: "新线索", en: "new" },
  CONTACTED: { zh: "已接触", en: "contacted" },
  VISITED: { zh: "已拜访", en: "visited" },
  NEGOTIATING: { zh: "洽谈中", en: "negotiating" },
  SIGNED: { zh: "已签约", en: "signed" },
  NOT_INTERESTED: { zh: "无意向", en: "not interested" },
  CONVERTED: { zh: "已落地", en: "converted (landed)" },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Export cells: data sources. */
export const SOURCE_LABELS: Record<string, { zh: string; en: string }> = {
  public: { zh: "公开资料", en: "public" },
  synthetic: { zh: "合成示例数据（非真实企业）", en: "synthetic (demo data, not a real company)" },
  imported: { zh: "用户导入", en: "imported" },
};

/** The sentences of a target's reasons (targets/reasons.ts picks and orders them). */
export interface TargetReasonMessages {
  fit(primary: boolean, segment: string): string;
  suppliesTo(n: number): string;
  buysFrom(n: number): string;
  /** Joins the tie parts into one reason. */
  ties(parts: readonly string[]): string;
  scale(basis: "revenue" | "registeredCapital", top: number): string;
  growth(growth: string, top: number): string;
  innovation(rdIntensity: string, top: number): string;
  listed(): string;
  proximity(km: string, inYrd: boolean): string;
  alliance(names: readonly string[]): string;
  revenueUnknownCapitalUsed(): string;
  scaleUnknown(): string;
  growthUnknown(): string;
  innovationUnknown(): string;
  locationUnknown(): string;
}

const localCompanies = (n: number) => `${n} local ${companies(n)}`;

export const TARGET_REASON_MESSAGES: Record<Lang, TargetReasonMessages> = {
  ZH: {
    fit: (primary, seg) => (primary ? `主营${seg}` : `兼营${seg}`),
    suppliesTo: (n) => `已向本区 ${n} 家企业供货`,
    buysFrom: (n) => `已从本区 ${n} 家企业采购`,
    ties: (parts) => parts.join("，"),
    scale: (basis, top) =>
      basis === "revenue" ? `营收规模位于候选企业前 ${top}%` : `注册资本位于候选企业前 ${top}%`,
    growth: (g, top) => `营收增速 ${g}，位于候选企业前 ${top}%`,
    innovation: (rd, top) => `研发投入占营收 ${rd}，位于候选企业前 ${top}%`,
    listed: () => "上市公司",
    proximity: (km, inYrd) => (inYrd ? `长三角内，距离 ${km} 公里` : `距离 ${km} 公里`),
    alliance: (names) => `同属${names.join("、")}`,
    revenueUnknownCapitalUsed: () => "营收未知，规模按注册资本计",
    scaleUnknown: () => "营收与注册资本未知，规模按中位数计",
    growthUnknown: () => "营收增速未知，按中位数计",
    innovationUnknown: () => "研发强度未知，按中位数计",
    locationUnknown: () => "位置未知，距离按候选企业中位数计",
  },
  EN: {
    fit: (primary, seg) => (primary ? `Main business: ${seg}` : `Also active in ${seg}`),
    suppliesTo: (n) => `supplies ${localCompanies(n)}`,
    buysFrom: (n) => `buys from ${localCompanies(n)}`,
    ties: (parts) => `Already ${parts.join(" and ")}`,
    scale: (basis, top) =>
      basis === "revenue"
        ? `Revenue in the top ${top}% of candidates`
        : `Registered capital in the top ${top}% of candidates`,
    growth: (g, top) => `Revenue growth ${g}, top ${top}% of candidates`,
    innovation: (rd, top) => `R&D ${rd} of revenue, top ${top}% of candidates`,
    listed: () => "Listed company",
    proximity: (km, inYrd) => (inYrd ? `In the Yangtze River Delta, ${km} km away` : `${km} km away`),
    alliance: (names) => `Member of ${names.join(", ")}, with local companies`,
    revenueUnknownCapitalUsed: () => "Revenue unknown: scale measured by registered capital",
    scaleUnknown: () => "Revenue and registered capital unknown: scale taken at the median",
    growthUnknown: () => "Revenue growth unknown: taken at the median",
    innovationUnknown: () => "R&D intensity unknown: taken at the median",
    locationUnknown: () => "Location unknown: proximity taken at the candidates' median",
  },
};
