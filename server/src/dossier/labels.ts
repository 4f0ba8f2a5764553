/**
 * The words of the dossier (六图六清单) in both languages: item titles, the methods (the documented
 * mapping from the graph to each item), column headers and the values of enumerations. The API,
 * the XLSX and the PDF all print these, so the three cannot say different things.
 */
import { STAGE_ZH } from "../pipeline/index.ts";

/** The report's language, as the `lang` query parameter spells it. */
export type Lang = "zh" | "en";

export const DIAGRAM_KEYS = [
  "CHAIN_TREE",
  "PANORAMA",
  "FUTURE_TRENDS",
  "DEVELOPMENT_PATH",
  "TECH_INNOVATION",
  "RECRUITING_ROADMAP",
] as const;
export const LIST_KEYS = [
  "KEY_TASKS",
  "KEY_PARKS",
  "KEY_FIRMS",
  "KEY_PROJECTS",
  "KEY_PLATFORMS",
  "KEY_SHORTFALLS",
] as const;
export type DiagramKey = (typeof DIAGRAM_KEYS)[number];
export type ListKey = (typeof LIST_KEYS)[number];
export type ItemKey = DiagramKey | ListKey;

/** The three tables the bureau keeps, and the item each one fills. */
export const ENTRY_KINDS = ["TREND", "PARK", "PLATFORM"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ITEM_OF_KIND: Record<EntryKind, ItemKey> = {
  TREND: "FUTURE_TRENDS",
  PARK: "KEY_PARKS",
  PLATFORM: "KEY_PLATFORMS",
};

/** How many targets per gap the roadmap shows, and for how many gaps (the ACT_NOW tier, ≤ 8). */
export const ROADMAP_PER_GAP = 3;
/** Local companies per leaf in 重点企业. */
export const FIRMS_PER_SEGMENT = 3;
/** Leads per stage in 重点项目 (the latest changed; the count per stage is always complete). */
export const PROJECTS_PER_STAGE = 20;

export const TITLES: Record<ItemKey, { zh: string; en: string }> = {
  CHAIN_TREE: { zh: "树状图", en: "Chain tree" },
  PANORAMA: { zh: "现状全景图", en: "Current panorama" },
  FUTURE_TRENDS: { zh: "未来趋势图", en: "Future trends" },
  DEVELOPMENT_PATH: { zh: "发展路径图", en: "Development path" },
  TECH_INNOVATION: { zh: "技术创新图", en: "Technology innovation" },
  RECRUITING_ROADMAP: { zh: "招商路线图", en: "Recruiting roadmap" },
  KEY_TASKS: { zh: "重点事项", en: "Key tasks" },
  KEY_PARKS: { zh: "重点园区", en: "Key parks" },
  KEY_FIRMS: { zh: "重点企业", en: "Key firms" },
  KEY_PROJECTS: { zh: "重点项目", en: "Key projects" },
  KEY_PLATFORMS: { zh: "重点创新平台", en: "Key innovation platforms" },
  KEY_SHORTFALLS: { zh: "重点短板需求", en: "Key shortfalls" },
};

const MAINTAINED_ZH =
  "图谱中没有此类数据，由招商局维护（可在本页添加、修改、删除，均留审计记录）；不自动生成，也不编造。";
const MAINTAINED_EN =
  "The graph holds no such data: the bureau maintains this table (add, change, delete on this page, each audited); nothing is generated or invented.";

export const METHODS: Record<ItemKey, Record<Lang, string>> = {
  CHAIN_TREE: {
    zh: "链的分类树：每个子链及其叶环节（分类顺序），注明环节的上中下游、是否卡脖子、本地企业数（主区域子树内）和覆盖状态（0 家缺失，少于 k 家薄弱，否则具备）。",
    en: "The chain's taxonomy: each sub-chain and its leaf segments in taxonomy order, with the segment's stage, key-technology flag, local company count (home region's subtree) and coverage (0 missing, fewer than k weak, else present).",
  },
  PANORAMA: {
    zh: "产业链地图：叶环节按上游、中游、下游分栏，颜色为本地覆盖状态，连线为链内 FEEDS 供需关系；表中列出每个环节的本地与全部企业数和它供给的下游环节。",
    en: "The chain map: leaf segments in upstream, midstream and downstream columns, coloured by local coverage, joined by the chain's own FEEDS edges; the table gives each segment's local and total company counts and the segments it feeds.",
  },
  FUTURE_TRENDS: { zh: MAINTAINED_ZH, en: MAINTAINED_EN },
  DEVELOPMENT_PATH: {
    zh: "缺链分析给出的优先顺序：先「立即行动」，再「近期」，后「长期」，同级按得分从高到低（与缺链报告相同的规则）；可行性为关联密度及其高低档（相对各缺链的中位数）。",
    en: "The gaps in the order the gap analysis recommends: act now, then next, then long term, by score within a tier (the gap report's priority rule); feasibility is the relatedness density and its band against the gaps' median.",
  },
  TECH_INNOVATION: {
    zh: "标为卡脖子（关键技术）的叶环节：本地是否具备（本地企业数与覆盖状态），以及在这些环节经营的企业的研发强度（研发投入占营收比）均值——本地与全部分别计算，只计已知值并注明个数。",
    en: "The leaf segments marked key technology (卡脖子): local presence (local count and coverage) and the mean R&D intensity (R&D spend / revenue) of the companies operating in them, local and everywhere, known values only, with how many were known.",
  },
  RECRUITING_ROADMAP: {
    zh: `对「立即行动」级的每个缺链，取目标企业排名（按链排名，每家企业只归入其得分最高的缺链）前 ${ROADMAP_PER_GAP} 家，按覆盖其所在地区的驻外/驻点办事处分组（团队配置 teams.yaml 中最具体的地区优先；无办事处覆盖的归本地团队）。`,
    en: `For each act-now gap, its top ${ROADMAP_PER_GAP} targets of the chain's target ranking (each company counted once, for the gap where it scores highest), grouped by the office whose territory covers the company's region (most specific region first, teams.yaml); companies no office covers go to the home teams.`,
  },
  KEY_TASKS: {
    zh: "本链招商项目的协调会议程（今日）：逾期未完成的节点任务（逾期最久在前）、停滞超过 PIPELINE_STALL_DAYS 天的在谈项目（最久在前）、等待政策决策的项目（等待最久在前）。招商专员看到其他团队的项目时只显示阶段。",
    en: "Today's coordination agenda of the chain's leads: overdue open milestones (most overdue first), open leads unchanged for more than PIPELINE_STALL_DAYS days (oldest first), leads awaiting a policy decision (longest first). A recruiter sees other teams' leads at stage level only.",
  },
  KEY_PARKS: { zh: MAINTAINED_ZH, en: MAINTAINED_EN },
  KEY_FIRMS: {
    zh: `本地（主区域子树内）在本链各叶环节经营的企业，每个环节按已知营收从高到低取前 ${FIRMS_PER_SEGMENT} 家（营收未知的排在后面，按编号）；注明数据来源（公开、导入或合成）。`,
    en: `Local companies (home region's subtree) operating in each leaf of the chain, the first ${FIRMS_PER_SEGMENT} per segment by known revenue (unknown revenue after, by id), with their data source (public, imported or synthetic).`,
  },
  KEY_PROJECTS: {
    zh: `本链的招商项目按阶段排列（流失的除外），每阶段列出最近变动的 ${PROJECTS_PER_STAGE} 个并给出该阶段总数；计划投资达到 PIPELINE_KEY_MIN_RMB（美元项目 PIPELINE_KEY_MIN_USD）的为重点项目。招商专员看到其他团队的项目时不显示金额。`,
    en: `The chain's leads by stage (lost ones left out), the ${PROJECTS_PER_STAGE} most recently changed per stage with the stage's full count; key projects (planned investment ≥ PIPELINE_KEY_MIN_RMB, or PIPELINE_KEY_MIN_USD for dollars) flagged. A recruiter sees no amounts of other teams' leads.`,
  },
  KEY_PLATFORMS: { zh: MAINTAINED_ZH, en: MAINTAINED_EN },
  KEY_SHORTFALLS: {
    zh: "本链自身的缺链（补链、固链、强链；延链属于其他链，不列入），按缺链得分从高到低，附类型、优先级和缺链分析给出的理由。",
    en: "The chain's own gaps (fill, consolidate, strengthen; extend gaps belong to other chains and are left out), by gap score, with type, priority and the reason the gap analysis gives.",
  },
};

/** Why a maintained table is empty. */
export const NONE_YET: Record<Lang, string> = {
  zh: "由招商局维护；尚无内容。",
  en: "Maintained by the bureau; none yet.",
};

/** Why a generated item is empty, by item. */
export const NO_DATA_REASON: Partial<Record<ItemKey, Record<Lang, string>>> = {
  CHAIN_TREE: { zh: "该链没有环节。", en: "The chain has no segments." },
  PANORAMA: { zh: "该链没有叶环节。", en: "The chain has no leaf segments." },
  DEVELOPMENT_PATH: { zh: "该链在主区域没有缺链。", en: "The chain has no gaps in the home region." },
  TECH_INNOVATION: {
    zh: "该链没有标为卡脖子的环节。",
    en: "No segment of the chain is marked key technology.",
  },
  RECRUITING_ROADMAP: {
    zh: "没有「立即行动」级缺链的目标企业。",
    en: "No act-now gap has target candidates.",
  },
  KEY_TASKS: {
    zh: "本链今天没有逾期节点、停滞项目或待决策项目。",
    en: "No overdue milestone, stalled lead or lead awaiting a decision in this chain today.",
  },
  KEY_FIRMS: { zh: "主区域没有在本链经营的企业。", en: "No local company operates in this chain." },
  KEY_PROJECTS: { zh: "本链还没有招商项目。", en: "The chain has no leads yet." },
  KEY_SHORTFALLS: {
    zh: "本链在主区域没有缺链。",
    en: "The chain has no gaps of its own in the home region.",
  },
};

export const COLUMNS: Record<ItemKey, readonly { key: string; zh: string; en: string; numeric?: true }[]> = {
  CHAIN_TREE: [
    { key: "subchain", zh: "子链", en: "Sub-chain" },
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "stage", zh: "环节位置", en: "Stage" },
    { key: "keyTech", zh: "卡脖子", en: "Key technology" },
    { key: "local", zh: "本地企业", en: "Local companies", numeric: true },
    { key: "coverage", zh: "覆盖", en: "Coverage" },
  ],
  PANORAMA: [
    { key: "stage", zh: "环节位置", en: "Stage" },
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "local", zh: "本地企业", en: "Local companies", numeric: true },
    { key: "total", zh: "全部企业", en: "All companies", numeric: true },
    { key: "coverage", zh: "覆盖", en: "Coverage" },
    { key: "feeds", zh: "供给下游环节", en: "Feeds" },
  ],
  FUTURE_TRENDS: maintainedColumns(),
  DEVELOPMENT_PATH: [
    { key: "order", zh: "顺序", en: "Order", numeric: true },
    { key: "tier", zh: "优先级", en: "Priority" },
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "type", zh: "缺链类型", en: "Gap type" },
    { key: "score", zh: "分数", en: "Score", numeric: true },
    { key: "density", zh: "关联密度", en: "Relatedness density", numeric: true },
    { key: "feasibility", zh: "可行性", en: "Feasibility" },
    { key: "reasons", zh: "优先理由", en: "Why first" },
  ],
  TECH_INNOVATION: [
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "stage", zh: "环节位置", en: "Stage" },
    { key: "local", zh: "本地企业", en: "Local companies", numeric: true },
    { key: "total", zh: "全部企业", en: "All companies", numeric: true },
    { key: "coverage", zh: "覆盖", en: "Coverage" },
    { key: "localRd", zh: "本地研发强度（%）", en: "Local R&D intensity (%)", numeric: true },
    { key: "localRdKnown", zh: "本地已知个数", en: "Local known", numeric: true },
    { key: "allRd", zh: "全部研发强度（%）", en: "All R&D intensity (%)", numeric: true },
    { key: "allRdKnown", zh: "全部已知个数", en: "All known", numeric: true },
  ],
  RECRUITING_ROADMAP: [
    { key: "office", zh: "办事处", en: "Office" },
    { key: "segmentId", zh: "缺链环节ID", en: "Gap segment ID" },
    { key: "segment", zh: "缺链环节", en: "Gap segment" },
    { key: "rank", zh: "排名", en: "Rank", numeric: true },
    { key: "company", zh: "目标企业", en: "Target company" },
    { key: "region", zh: "所在地", en: "Region" },
    { key: "score", zh: "得分", en: "Score", numeric: true },
    { key: "source", zh: "数据来源", en: "Data source" },
  ],
  KEY_TASKS: [
    { key: "item", zh: "事项", en: "Item" },
    { key: "company", zh: "企业", en: "Company" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "team", zh: "团队", en: "Team" },
    { key: "stage", zh: "阶段", en: "Stage" },
    { key: "detail", zh: "内容", en: "Detail" },
    { key: "date", zh: "日期", en: "Date" },
    { key: "days", zh: "天数", en: "Days", numeric: true },
    { key: "source", zh: "数据来源", en: "Data source" },
  ],
  KEY_PARKS: maintainedColumns(),
  KEY_FIRMS: [
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "rank", zh: "排名", en: "Rank", numeric: true },
    { key: "company", zh: "企业", en: "Company" },
    { key: "revenue", zh: "营收（万元）", en: "Revenue (million RMB)", numeric: true },
    { key: "stockCode", zh: "股票代码", en: "Stock code" },
    { key: "source", zh: "数据来源", en: "Data source" },
  ],
  KEY_PROJECTS: [
    { key: "stage", zh: "阶段", en: "Stage" },
    { key: "stageCount", zh: "该阶段项目数", en: "Leads at stage", numeric: true },
    { key: "company", zh: "企业", en: "Company" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "team", zh: "团队", en: "Team" },
    { key: "amount", zh: "计划投资（万元）", en: "Planned investment (million RMB)", numeric: true },
    { key: "keyProject", zh: "重点项目", en: "Key project" },
    { key: "lastChange", zh: "最近变动", en: "Last change" },
    { key: "source", zh: "数据来源", en: "Data source" },
  ],
  KEY_PLATFORMS: maintainedColumns(),
  KEY_SHORTFALLS: [
    { key: "segmentId", zh: "环节ID", en: "Segment ID" },
    { key: "segment", zh: "环节", en: "Segment" },
    { key: "type", zh: "缺链类型", en: "Gap type" },
    { key: "tier", zh: "优先级", en: "Priority" },
    { key: "local", zh: "本地企业", en: "Local companies", numeric: true },
    { key: "total", zh: "全部企业", en: "All companies", numeric: true },
    { key: "reason", zh: "理由", en: "Reason" },
  ],
};

function maintainedColumns() {
  return [
    { key: "title", zh: "名称", en: "Title" },
    { key: "detail", zh: "说明", en: "Detail" },
    { key: "sourceNote", zh: "出处", en: "Source" },
    { key: "updated", zh: "更新", en: "Updated" },
  ] as const;
}

export const WORDS = {
  zh: {
    stage: { UPSTREAM: "上游", MIDSTREAM: "中游", DOWNSTREAM: "下游" },
    coverage: { MISSING: "缺失", WEAK: "薄弱", PRESENT: "具备" },
    tier: { ACT_NOW: "立即行动", NEXT: "近期", LONG_TERM: "长期" },
    reason: { TOP_SCORE: "得分前列", BREAK_POINT: "断点", HIGH_DENSITY: "关联密度高" },
    band: { HIGH: "较高", LOW: "较低" },
    gapType: { FILL: "补链", CONSOLIDATE: "固链", STRENGTHEN: "强链", EXTEND: "延链" },
    source: { public: "公开", synthetic: "合成数据", imported: "导入", bureau: "招商局维护" },
    task: { OVERDUE_MILESTONE: "逾期节点", STALLED: "停滞项目", AWAITING_DECISION: "待政策决策" },
    leadStage: STAGE_ZH,
    yes: "是",
    no: "否",
    hidden: "（仅显示阶段）",
    homeTeams: "本地团队（无办事处覆盖）",
    stalledSince: (d: string) => `自 ${d} 无变动`,
    awaitingSince: (d: string) => `自 ${d} 进入政策商议`,
    projectsNote: (shown: number, total: number) =>
      `每阶段显示最近变动的项目：共 ${total} 个，列出 ${shown} 个。`,
    list: "、",
  },
  en: {
    stage: { UPSTREAM: "Upstream", MIDSTREAM: "Midstream", DOWNSTREAM: "Downstream" },
    coverage: { MISSING: "missing", WEAK: "weak", PRESENT: "present" },
    tier: { ACT_NOW: "Act now", NEXT: "Next", LONG_TERM: "Long term" },
    reason: { TOP_SCORE: "top score", BREAK_POINT: "break point", HIGH_DENSITY: "high relatedness" },
    band: { HIGH: "higher", LOW: "lower" },
    gapType: { FILL: "Fill", CONSOLIDATE: "Consolidate", STRENGTHEN: "Strengthen", EXTEND: "Extend" },
    source: { public: "public", synthetic: "synthetic", imported: "imported", bureau: "bureau" },
    task: {
      OVERDUE_MILESTONE: "Overdue milestone",
      STALLED: "Stalled lead",
      AWAITING_DECISION: "Awaiting decision",
    },
    leadStage: {
      LEAD: "Lead",
      VISIT: "Visit",
      NEGOTIATION: "Negotiation",
      POLICY: "Policy",
      SIGNED: "Signed",
      REGISTERED: "Registered",
      STARTED: "Started",
      PRODUCING: "Producing",
      LOST: "Lost",
      PAUSED: "Paused",
    },
    yes: "yes",
    no: "no",
    hidden: "(stage only)",
    homeTeams: "Home teams (no office covers)",
    stalledSince: (d: string) => `unchanged since ${d}`,
    awaitingSince: (d: string) => `at policy since ${d}`,
    projectsNote: (shown: number, total: number) =>
      `The most recently changed leads per stage: ${shown} of ${total} shown.`,
    list: ", ",
  },
} as const;
