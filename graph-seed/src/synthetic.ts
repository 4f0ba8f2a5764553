/**
 * Deterministic synthetic company universe (PRODUCT §8): N made-up companies across Chinese cities,
 * the home city's districts and park, and foreign countries, with supply ties and one alliance.
 *
 * Design
 * 1. A model is compiled from the catalog: every leaf segment gets a firm share (chain, stage, role,
 *    keyTech, seeded jitter) and a distribution over locations = baseline (GDP-like table, default by
 *    province) × cluster affinities (rules keyed by sub-chain/segment text and attributes, with
 *    multipliers by city, province or country code). The home city (Nantong) is split into its
 *    districts and park, which get their own local affinities, so the ETDA's coverage comes out of
 *    the model (a boost in what the reference says it hosts, little elsewhere), never hand-placed.
 * 2. Company i draws (segment, location, size deviate z) from its own PRNG stream seeded by
 *    (seed, 0, i) and keeps them in typed arrays (about 10 bytes a firm); its attributes and names
 *    come from stream (seed, 1, i) when it is emitted, so any company can be rebuilt alone and no
 *    output depends on iteration order other than the index.
 * 3. Supply ties are drawn per customer (stream (seed, 2, i)): a Poisson count growing with size; a
 *    supplier segment among those that FEED the customer's primary segment; a supplier location by
 *    rejection sampling with great-circle decay exp(−km/400) (plus a small floor for long-distance
 *    trade); a supplier firm inside that (segment, location) bucket weighted by size. Public catalog
 *    companies take no part unless `publicTies` is set (and then never public↔public): a drawn tie
 *    would be an invented fact about a real company.
 * 4. Everything streams: companies, then supplies, then memberships are generators; memory is the
 *    typed arrays plus an S×L table, so 10⁶ firms fit in well under 200 MB.
 * 5. Byte-for-byte determinism: only this file's PRNG (mulberry32 behind a murmur3 finaliser), every
 *    catalog list sorted by id/code first, numbers rounded before output; `syntheticHash` hashes the
 *    whole stream with SHA-256 (same Node/V8 ⇒ same Math.log/exp/cos ⇒ same bytes).
 *
 * Units: revenue and registeredCapital in million RMB; rdIntensity and growth as fractions.
 */
import { createHash } from "node:crypto";

import { haversineKm } from "./geo.ts";
import type {
  AllianceDef,
  ChainDef,
  CompanyDef,
  CompanySegmentDef,
  MembershipDef,
  RegionDef,
  SegmentDef,
  SegmentRole,
  SeedGraph,
  Stage,
  SupplyDef,
} from "./types.ts";

/** What the generator reads: the catalog's chains, regions and public companies (structurally the
 * `Catalog` that catalog.ts's loadCatalog() returns). */
export type CatalogInput = Pick<SeedGraph, "chains" | "regions" | "companies">;

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Options and defaults
// ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface SyntheticOptions {
  /** Number of synthetic companies (default 20 000). */
  scale?: number;
  /** PRNG seed, any integer (default 1). */
  seed?: number;
  /** Home region whose city is split into districts and park (default the Nantong ETDA, "320671"). */
  homeRegion?: string;
  /** Target mean number of supplier ties per synthetic company (default 2.5). */
  tiesPerCompany?: number;
  /** Number of alliance members (default 60). */
  allianceSize?: number;
  /**
   * Let the catalog's public (real) companies take part in synthetic supply ties and the alliance.
   * Off by default: a tie or a membership drawn by the model would be an invented fact about a real
   * company ("already supplies 2 local firms"), and real company facts stay public facts.
   */
  publicTies?: boolean;
}

export const DEFAULT_SCALE = 20_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_HOME_REGION = "320671";

export const SYNTHETIC_ALLIANCE: Readonly<AllianceDef> = Object.freeze({
  id: "alliance-nt-ne",
  name: "Nantong New Energy Industry Alliance",
  nameZh: "南通新能源产业联盟",
  source: "synthetic",
});

/** Model constants, exported so tests can check the generated distributions against them. */
export const SYNTHETIC_MODEL = Object.freeze({
  /** Median revenue (million RMB) of a plain domestic firm before segment adjustments. */
  baseMedianRevenue: 40,
  /** σ of ln(revenue) within a segment (lognormal). */
  revenueSigma: 1.3,
  /** ln-revenue premium of foreign firms (the ones that matter to a Chinese zone are large). */
  foreignRevenueBoost: 0.8,
  /** Share of all baseline mass that sits abroad. */
  foreignShare: 0.08,
  /** Share of firms with one or two secondary segments. */
  multiSegmentShare: 0.15,
  /** Listed iff u < sigmoid(listedSlope·(z − listedCut)); gives about 4 % listed. */
  listedSlope: 2.5,
  listedCut: 2.15,
  /** Distance decay of supply ties: exp(−km/decayKm) + decayFloor. */
  decayKm: 400,
  decayFloor: 0.03,
  /** Customer tie count ∝ exp(tieSizeElasticity·σ·z), i.e. revenue^0.35. */
  tieSizeElasticity: 0.35,
  /** Supplier pick weight ∝ exp(supplierSizeElasticity·σ·z), i.e. revenue^0.5. */
  supplierSizeElasticity: 0.5,
  /** Size deviate assumed for public catalog companies (their revenue is never invented). */
  publicZ: 2.5,
  /** Reference year for founding dates and alliance years. */
  year: 2025,
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Model tables (data). Region codes: GB/T 2260 (a province code applies to each of its cities;
// municipalities are keyed by their province code, which also matches their "XX0100" city code);
// ISO 3166-1 alpha-2 for countries.
// ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Cities and provinces used in the tables, by name, so that the rules read as geography. */
const R = {
  // municipalities
  beijing: "110000",
  tianjin: "120000",
  shanghai: "310000",
  chongqing: "500000",
  // Hebei, Shanxi, Inner Mongolia
  shijiazhuang: "130100",
  tangshan: "130200",
  handan: "130400",
  xingtai: "130500",
  baoding: "130600",
  zhangjiakou: "130700",
  taiyuan: "140100",
  datong: "140200",
  innerMongolia: "150000",
  hohhot: "150100",
  baotou: "150200",
  ordos: "150600",
  ulanqab: "150900",
  // Northeast
  shenyang: "210100",
  dalian: "210200",
  anshan: "210300",
  fuxin: "210900",
  changchun: "220100",
  harbin: "230100",
  // Jiangsu
  jiangsu: "320000",
  nanjing: "320100",
  wuxi: "320200",
  xuzhou: "320300",
  changzhou: "320400",
  suzhou: "320500",
  nantong: "320600",
  lianyungang: "320700",
  huaian: "320800",
  yancheng: "320900",
  yangzhou: "321000",
  zhenjiang: "321100",
  taizhouJs: "321200",
  suqian: "321300",
  // Zhejiang
  zhejiang: "330000",
  hangzhou: "330100",
  ningbo: "330200",
  wenzhou: "330300",
  jiaxing: "330400",
  huzhou: "330500",
  shaoxing: "330600",
  jinhua: "330700",
  zhoushan: "330900",
  taizhouZj: "331000",
  // Anhui
  anhui: "340000",
  hefei: "340100",
  wuhu: "340200",
  bozhou: "341600",
  // Fujian
  fuzhou: "350100",
  xiamen: "350200",
  quanzhou: "350500",
  zhangzhou: "350600",
  ningde: "350900",
  // Jiangxi
  nanchang: "360100",
  xinyu: "360500",
  ganzhou: "360700",
  yichunJx: "360900",
  shangrao: "361100",
  // Shandong
  shandong: "370000",
  jinan: "370100",
  qingdao: "370200",
  zibo: "370300",
  yantai: "370600",
  weifang: "370700",
  weihai: "371000",
  // Henan, Hubei, Hunan
  zhengzhou: "410100",
  luoyang: "410300",
  xuchang: "411000",
  wuhan: "420100",
  yichang: "420500",
  xiangyang: "420600",
  changsha: "430100",
  zhuzhou: "430200",
  xiangtan: "430300",
  // Guangdong, Guangxi, Hainan
  guangzhou: "440100",
  shenzhen: "440300",
  zhuhai: "440400",
  foshan: "440600",
  jiangmen: "440700",
  huizhou: "441300",
  dongguan: "441900",
  zhongshan: "442000",
  yunfu: "445300",
  nanning: "450100",
  liuzhou: "450200",
  haikou: "460100",
  // Southwest
  chengdu: "510100",
  deyang: "510600",
  mianyang: "510700",
  suining: "510900",
  leshan: "511100",
  yibin: "511500",
  guiyang: "520100",
  kunming: "530100",
  qujing: "530300",
  baoshan: "530500",
  wenshan: "532600",
  tibet: "540000",
  // Northwest
  xian: "610100",
  lanzhou: "620100",
  qinghai: "630000",
  xining: "630100",
  yinchuan: "640100",
  zhongwei: "640500",
  xinjiang: "650000",
  urumqi: "650100",
  // Nantong's districts and the ETDA (the home city split)
  chongchuan: "320602",
  tongzhou: "320612",
  haimen: "320614",
  rudong: "320623",
  etda: "320671",
  qidong: "320681",
  rugao: "320682",
  haian: "320685",
} as const;

/** GDP-like baseline (≈ 2023 GDP, 100 bn RMB) of the cities where industry concentrates. */
// prettier-ignore
const CITY_BASELINE: Readonly<Record<string, number>> = {
  [R.shanghai]: 47, [R.beijing]: 44, [R.shenzhen]: 35, [R.guangzhou]: 30, [R.chongqing]: 30,
  [R.suzhou]: 25, [R.chengdu]: 22, [R.hangzhou]: 20, [R.wuhan]: 20, [R.nanjing]: 17.4, [R.tianjin]: 16.7,
  [R.ningbo]: 16.5, [R.qingdao]: 15.8, [R.wuxi]: 15.5, [R.changsha]: 14.3, [R.zhengzhou]: 13.6,
  [R.foshan]: 13.3, [R.fuzhou]: 12.9, [R.jinan]: 12.8, [R.hefei]: 12.7, [R.quanzhou]: 12.2, [R.xian]: 12,
  [R.nantong]: 11.8, [R.dongguan]: 11.4, [R.yantai]: 10.2, [R.changzhou]: 10.1, [R.xuzhou]: 9,
  [R.tangshan]: 9, [R.dalian]: 8.8, [R.wenzhou]: 8.7, [R.shenyang]: 8.1, [R.xiamen]: 8.1, [R.kunming]: 7.9,
  [R.shaoxing]: 7.8, [R.weifang]: 7.6, [R.shijiazhuang]: 7.5, [R.yangzhou]: 7.4, [R.yancheng]: 7.4,
  [R.nanchang]: 7.2, [R.jiaxing]: 7.1, [R.changchun]: 7, [R.taizhouJs]: 6.7, [R.taizhouZj]: 6.2,
  [R.jinhua]: 6, [R.ordos]: 5.8, [R.xiangyang]: 5.8, [R.yichang]: 5.8, [R.zhangzhou]: 5.7, [R.harbin]: 5.6,
  [R.huizhou]: 5.6, [R.taiyuan]: 5.6, [R.nanning]: 5.5, [R.luoyang]: 5.5, [R.zhenjiang]: 5.3,
  [R.guiyang]: 5.1, [R.huaian]: 5, [R.wuhu]: 4.7, [R.zibo]: 4.6, [R.lianyungang]: 4.4, [R.suqian]: 4.4,
  [R.handan]: 4.4, [R.urumqi]: 4.2, [R.zhuhai]: 4.2, [R.huzhou]: 4, [R.jiangmen]: 4, [R.mianyang]: 4,
  [R.baoding]: 4, [R.hohhot]: 3.8, [R.baotou]: 3.8, [R.zhongshan]: 3.8, [R.ningde]: 3.8, [R.yibin]: 3.8,
  [R.zhuzhou]: 3.8, [R.weihai]: 3.5, [R.lanzhou]: 3.5, [R.yichunJx]: 3.4, [R.liuzhou]: 3.2, [R.deyang]: 3,
  [R.xiangtan]: 2.8, [R.yinchuan]: 2.8, [R.haikou]: 2.4, [R.leshan]: 2.2, [R.zhoushan]: 2.1,
  [R.xining]: 1.8,
};

/** Baseline of a city missing from CITY_BASELINE, by the first two digits of its province code:
 * the coast is denser in manufacturing than the interior and the west. */
function defaultCityBaseline(provinceCode: string): number {
  const p = provinceCode.slice(0, 2);
  if (["32", "33", "44", "35", "37", "31", "11", "12"].includes(p)) return 2.2;
  if (["13", "21", "34", "36", "41", "42", "43", "46"].includes(p)) return 1.5;
  return 1.0;
}

/** Relative size of foreign countries as a source of firms that matter to these chains. */
// prettier-ignore
const FOREIGN_BASELINE: Readonly<Record<string, number>> = {
  US: 10, JP: 8, DE: 8, KR: 6, FR: 3, GB: 3, SG: 2, NL: 2, CH: 2, IT: 2, IN: 2, CA: 1.5, SE: 1.2, AU: 1.2,
  ES: 1, DK: 0.8, IL: 0.8, NO: 0.6, FI: 0.6, AT: 0.6, BE: 0.6,
};
const FOREIGN_BASELINE_DEFAULT = 0.4;

/** Which part of the catalog a rule applies to. Text tests run on the lower-cased
 * "<sub-chain id> <sub-chain name> <sub-chain nameZh> <segment name> <segment nameZh>", so that the
 * rules work with whatever segment ids the taxonomy uses. */
interface Match {
  chain?: RegExp;
  text?: RegExp;
  /** Tested against the segment's own "<name> <nameZh>" only (lower-cased). */
  name?: RegExp;
  /** Rule skipped when this matches the same text. */
  not?: RegExp;
  stage?: readonly Stage[];
  role?: readonly SegmentRole[];
  keyTech?: boolean;
}

interface ClusterRule {
  why: string;
  match: Match;
  /** Multipliers by city, province or country code. */
  regions: Readonly<Record<string, number>>;
  /** Multiplier for foreign countries not listed in `regions` (default 1). */
  foreign?: number;
}

// Chain tests accept the ids the spec names or the chain's own name.
const NE = /\bne\b|new energy|新能源/;
const IT = /\bit\b|information|信息/;
const EQ = /\beq\b|equipment|装备/;
const HL = /\bhl\b|health|medic|pharma|医药|健康/;

const PV = /\bpv\b|photovolt|solar|光伏/;
const LB = /\blb\b|lithium|锂电/;
const ES = /\bes\b|energy storage|储能/;
const WIND = /wind|风电|风能/;
const H2 = /hydrogen|fuel.?cell|\bh2\b|\bne-h\b|氢/;
const GRID = /grid|transmission|transformer|switchgear|电网|输变电|变压器/;
const VEHICLE = /vehicle|automotive|\bevs?\b|汽车|整车/;
const IC =
  /\bic\b|semicon|chip|wafer|foundry|packag|\beda\b|\bip\b|integrated circuit|photoresist|lithograph|etch|\btest|集成电路|芯片|半导体|晶圆|封装|封测|测试/;
const DISPLAY = /display|panel|lcd|oled|显示|面板/;
const OPTICAL = /optic|fib(?:re|er)|cable|telecom|communic|\b5g\b|光纤|光缆|光模块|通信/;
const COMPUTE = /data cent|cloud|server|comput|software|internet|\bai\b|数据中心|云|服务器|算力|软件/;
const ELECTRONICS = /pcb|substrate|passive|sensor|mems|\bems\b|assembl|consumer|electronic|电子|被动|传感/;
const POWER_SEMI = /power semi|igbt|\bsic\b|\bgan\b|功率|第三代/;
const SHIP = /ship|marine|offshore|vessel|naval|\bport\b|船|海工|海洋|港口/;
const ROBOT = /robot|cnc|machine tool|numerical|reducer|servo|automation|机器人|数控|机床|减速|伺服/;
const AERO = /aero|aviation|aircraft|satellite|\bspace|航空|航天|卫星/;
const RAIL = /rail|locomotive|\btrain|metro|轨道|机车/;
const CONSTRUCTION = /construction machin|excavat|crane|hoist|工程机械|起重/;
const DEVICE =
  /medical device|医疗器械|imaging|diagnos|\bivd\b|consumable|rehab|endoscop|monitoring|sequencer|surgical|影像|诊断|耗材|康复|内窥镜/;
const TCM = /\btcm\b|herb|traditional chinese|中药|中成药|中医/;
const PHARMA =
  /drug|pharma|\bapis?\b|intermediate|excipient|biolog|vaccine|\bcro\b|cdmo|\bcmo\b|plasma|cell|gene|antibod|药|生物|疫苗|抗体/;
/** Distribution and health services: no production cluster, they follow population. */
const HEALTH_SERVICES = /distribution and health|流通与健康|hospital|医疗机构/;

/**
 * Where each kind of firm clusters (reference §3 seed-firm locations and general knowledge).
 * Multipliers of the rules that match a segment multiply; keep them moderate (2–12).
 */
// prettier-ignore
const CLUSTER_RULES: readonly ClusterRule[] = [
  // ── New energy ──
  {
    why: "PV cells, modules, auxiliaries and BOS: southern Jiangsu, northern Zhejiang, Jiangxi, Hefei",
    match: { chain: NE, text: PV, stage: ["MIDSTREAM", "DOWNSTREAM"] },
    regions: {
      [R.wuxi]: 5, [R.changzhou]: 5, [R.suzhou]: 4, [R.yancheng]: 4, [R.xuzhou]: 2, [R.yangzhou]: 2,
      [R.taizhouJs]: 1.5, [R.jiaxing]: 5, [R.hangzhou]: 3, [R.ningbo]: 3, [R.shaoxing]: 2, [R.huzhou]: 2,
      [R.shangrao]: 4, [R.hefei]: 3, [R.xian]: 2.5, [R.chengdu]: 2, [R.nantong]: 2,
    },
    foreign: 0.5,
  },
  {
    why: "PV silicon, ingots and wafers: cheap power in Leshan, Xinjiang, Inner Mongolia, Yunnan, Qinghai",
    match: { chain: NE, text: PV, stage: ["UPSTREAM"] },
    regions: {
      [R.leshan]: 12, [R.xinjiang]: 6, [R.baotou]: 8, [R.hohhot]: 5, [R.innerMongolia]: 3, [R.qujing]: 4,
      [R.baoshan]: 3, [R.xining]: 4, [R.yinchuan]: 3, [R.xuzhou]: 3, [R.wuxi]: 2, [R.xian]: 2,
      [R.yibin]: 2,
    },
    foreign: 0.3,
  },
  {
    why: "PV equipment: Wuxi, Suzhou, Shaoxing, Shenzhen makers",
    match: { chain: NE, text: PV, role: ["EQUIPMENT"] },
    regions: {
      [R.wuxi]: 3, [R.suzhou]: 3, [R.shaoxing]: 3, [R.shenzhen]: 2, [R.hangzhou]: 2, [R.changzhou]: 1.5,
    },
  },
  {
    why: "Lithium batteries: Ningde, Shenzhen/Huizhou, Yibin/Suining, Yichun, Changzhou, Hefei",
    match: { chain: NE, text: LB },
    regions: {
      [R.ningde]: 10, [R.xiamen]: 3, [R.shenzhen]: 4, [R.huizhou]: 4, [R.yibin]: 6, [R.suining]: 5,
      [R.yichunJx]: 6, [R.changzhou]: 4, [R.hefei]: 3, [R.ningbo]: 2, [R.changsha]: 2, [R.xiangtan]: 2,
      [R.guangzhou]: 1.5, [R.nantong]: 2,
    },
    foreign: 0.4,
  },
  {
    why: "Battery raw materials: lepidolite in Yichun, salt lakes in Qinghai and Tibet, cobalt majors abroad",
    match: { chain: NE, text: LB, stage: ["UPSTREAM"], not: /precursor|lipf|salt|lifsi|前驱|六氟/ },
    regions: {
      [R.yichunJx]: 4, [R.xinyu]: 3, [R.chengdu]: 2, [R.qinghai]: 4, [R.tibet]: 2, [R.luoyang]: 3, AU: 6,
      CL: 6, AR: 4, CD: 5, ID: 5,
    },
    foreign: 0.8,
  },
  {
    why: "Battery equipment: Wuxi (Lead Intelligent), Shenzhen, Hangzhou; Japan and Korea",
    match: { chain: NE, text: LB, role: ["EQUIPMENT"] },
    regions: { [R.wuxi]: 4, [R.shenzhen]: 3, [R.hangzhou]: 2, JP: 2, KR: 2 },
  },
  {
    why: "Energy storage: PCS and integrators in Shenzhen, Hefei, Xiamen, Beijing, Wuxi, Nantong",
    match: { chain: NE, text: ES },
    regions: {
      [R.shenzhen]: 3, [R.hefei]: 3, [R.xiamen]: 3, [R.beijing]: 2, [R.wuxi]: 2, [R.changzhou]: 2,
      [R.nantong]: 2, [R.ningde]: 3, [R.zhuzhou]: 2, US: 1.5, DE: 1.5,
    },
    foreign: 0.5,
  },
  {
    why: "Wind: OEMs and offshore wind along the coast (Yancheng, Nantong), Zhongshan, Urumqi; Denmark, Germany",
    match: { chain: NE, text: WIND },
    regions: {
      [R.urumqi]: 3, [R.beijing]: 1.5, [R.shanghai]: 2, [R.wuxi]: 2, [R.zhongshan]: 4, [R.yancheng]: 4,
      [R.nantong]: 3, [R.ningbo]: 2, [R.fuxin]: 3, [R.baotou]: 2, [R.luoyang]: 2, [R.nanjing]: 2,
      [R.yantai]: 2, DK: 5, DE: 4, ES: 2,
    },
    foreign: 0.5,
  },
  {
    why: "Hydrogen and fuel cells: Shanghai, Beijing-Zhangjiakou, Foshan-Yunfu, Suzhou, Nantong (Rugao)",
    match: { chain: NE, text: H2 },
    regions: {
      [R.shanghai]: 3, [R.beijing]: 2, [R.zhangjiakou]: 3, [R.foshan]: 3, [R.yunfu]: 4, [R.suzhou]: 2,
      [R.nantong]: 2, [R.datong]: 2, [R.baoding]: 2, JP: 3, KR: 2, DE: 2, CA: 2,
    },
  },
  {
    why: "Grid and power equipment: Nanjing (NARI), Xuchang (XJ), Baoding; ABB, Siemens",
    match: { text: GRID },
    regions: {
      [R.nanjing]: 4, [R.xuchang]: 4, [R.baoding]: 3, [R.xian]: 2, [R.beijing]: 2, [R.changzhou]: 1.5,
      CH: 3, DE: 2, FR: 2,
    },
  },
  {
    why: "Vehicles and automotive parts: the big auto cities",
    match: { text: VEHICLE, not: SHIP },
    regions: {
      [R.shanghai]: 3, [R.shenzhen]: 3, [R.hefei]: 3, [R.changchun]: 3, [R.chongqing]: 3, [R.guangzhou]: 3,
      [R.wuhan]: 2, [R.changzhou]: 2, [R.xian]: 2, [R.ningbo]: 2, [R.liuzhou]: 3, DE: 3, JP: 3, US: 2,
      KR: 2,
    },
  },
  // ── New-generation IT ──
  {
    why: "Integrated circuits: Shanghai, Wuxi, Suzhou, Hefei, Beijing, Shenzhen; Nantong OSAT",
    match: { chain: IT, text: IC, not: DISPLAY },
    regions: {
      [R.shanghai]: 5, [R.wuxi]: 4, [R.suzhou]: 3, [R.hefei]: 3, [R.beijing]: 4, [R.shenzhen]: 3,
      [R.nanjing]: 2, [R.hangzhou]: 2, [R.wuhan]: 2, [R.xian]: 2, [R.chengdu]: 1.5, [R.tianjin]: 1.5,
      [R.nantong]: 2, US: 4, JP: 3, KR: 3, NL: 2, DE: 1.5, SG: 2,
    },
    foreign: 0.8,
  },
  {
    why: "Semiconductor equipment: the chokepoint; the Netherlands, Japan, US lead, Shenyang and Beijing follow",
    match: { chain: IT, text: IC, role: ["EQUIPMENT"] },
    regions: { [R.shenyang]: 3, [R.beijing]: 2, [R.shanghai]: 2, US: 3, JP: 3, NL: 4, DE: 2 },
  },
  {
    why: "Power semiconductors and wide-bandgap: Hangzhou, Wuxi, Jiaxing, Zhuzhou; Infineon, Japan",
    match: { chain: IT, text: POWER_SEMI },
    regions: {
      [R.hangzhou]: 3, [R.wuxi]: 3, [R.jiaxing]: 3, [R.zhuzhou]: 3, [R.xiamen]: 2, [R.shenzhen]: 2,
      [R.jinan]: 2, DE: 3, JP: 3, US: 2,
    },
  },
  {
    why: "Display panels: Hefei, Wuhan, Shenzhen, Beijing, Chengdu, Mianyang; Korea and Japan",
    match: { chain: IT, text: DISPLAY },
    regions: {
      [R.hefei]: 5, [R.wuhan]: 4, [R.shenzhen]: 4, [R.beijing]: 3, [R.chengdu]: 3, [R.guangzhou]: 2,
      [R.mianyang]: 3, [R.xiamen]: 2, KR: 4, JP: 3,
    },
  },
  {
    why: "Optical fibre, cable and communications: Suzhou (Hengtong), Wuhan (YOFC), Nantong (ZTT), Shenzhen",
    match: { chain: IT, text: OPTICAL },
    regions: {
      [R.suzhou]: 3, [R.wuhan]: 4, [R.nantong]: 3, [R.shenzhen]: 3, [R.chengdu]: 1.5, [R.hangzhou]: 1.5,
      US: 1.5, JP: 1.5,
    },
  },
  {
    why: "Data centres, cloud and software: Beijing, Hangzhou, Shenzhen, Shanghai; western compute hubs",
    match: { chain: IT, text: COMPUTE },
    regions: {
      [R.beijing]: 4, [R.hangzhou]: 3, [R.shenzhen]: 3, [R.shanghai]: 3, [R.guangzhou]: 2, [R.chengdu]: 2,
      [R.guiyang]: 3, [R.ulanqab]: 3, [R.zhongwei]: 2, [R.nanjing]: 2, US: 3,
    },
    foreign: 0.6,
  },
  {
    why: "Components and electronics assembly: the Pearl River Delta, Suzhou, Chongqing, Zhengzhou",
    match: { chain: IT, text: ELECTRONICS },
    regions: {
      [R.shenzhen]: 4, [R.dongguan]: 4, [R.suzhou]: 3, [R.huizhou]: 2, [R.zhuhai]: 2, [R.chongqing]: 2,
      [R.zhengzhou]: 2, [R.chengdu]: 1.5, [R.xiamen]: 1.5, JP: 2, KR: 2, US: 1.5,
    },
  },
  // ── High-end equipment ──
  {
    why: "Ships and offshore: Nantong, Shanghai, Dalian, Zhoushan, Taizhou (Jiangsu); Korea, Japan, Norway",
    match: { chain: EQ, text: SHIP },
    regions: {
      [R.nantong]: 6, [R.shanghai]: 4, [R.dalian]: 5, [R.zhoushan]: 5, [R.taizhouJs]: 5, [R.qingdao]: 3,
      [R.yantai]: 3, [R.guangzhou]: 2, [R.weihai]: 2, [R.wuxi]: 1.5, [R.zhenjiang]: 2, [R.yangzhou]: 2,
      [R.ningbo]: 2, [R.wuhan]: 1.5, [R.xiamen]: 1.5, KR: 5, JP: 4, NO: 3, FI: 2, DE: 2, SG: 3,
    },
    foreign: 0.5,
  },
  {
    why: "Robots, CNC and machine tools: Shenzhen, Suzhou, Shanghai, Dalian, Shenyang, Wuhu; Germany, Japan",
    match: { chain: EQ, text: ROBOT },
    regions: {
      [R.shenzhen]: 4, [R.suzhou]: 3, [R.shanghai]: 3, [R.dalian]: 3, [R.shenyang]: 4, [R.ningbo]: 2,
      [R.dongguan]: 2, [R.wuhu]: 3, [R.guangzhou]: 2, [R.nanjing]: 2, [R.beijing]: 2, [R.foshan]: 2,
      [R.changzhou]: 1.5, [R.qingdao]: 1.5, DE: 5, JP: 5, CH: 3, US: 2, IT: 2, SE: 2,
    },
  },
  {
    why: "Aerospace: Xi'an, Shanghai, Chengdu, Shenyang, Harbin, Nanchang; US, France",
    match: { chain: EQ, text: AERO },
    regions: {
      [R.xian]: 4, [R.shanghai]: 3, [R.chengdu]: 3, [R.shenyang]: 3, [R.harbin]: 3, [R.nanchang]: 3,
      [R.tianjin]: 2, [R.beijing]: 2, US: 4, FR: 4, DE: 2, GB: 2,
    },
  },
  {
    why: "Rail equipment: Zhuzhou, Changchun, Qingdao",
    match: { chain: EQ, text: RAIL },
    regions: {
      [R.zhuzhou]: 5, [R.changchun]: 4, [R.qingdao]: 4, [R.tangshan]: 2, [R.changzhou]: 2, DE: 2, FR: 2,
    },
  },
  {
    why: "Construction machinery and cranes: Xuzhou (XCMG), Changsha (Sany, Zoomlion), Liuzhou",
    match: { chain: EQ, text: CONSTRUCTION },
    regions: {
      [R.xuzhou]: 5, [R.changsha]: 5, [R.liuzhou]: 3, [R.xiamen]: 2, [R.shanghai]: 2, JP: 2, US: 2, SE: 2,
    },
  },
  {
    why: "General equipment making is denser in the industrial east and northeast",
    match: { chain: EQ },
    regions: {
      [R.jiangsu]: 1.3, [R.zhejiang]: 1.2, [R.shandong]: 1.2, "210000": 1.3, "440000": 1.1, DE: 1.8,
      JP: 1.8,
    },
  },
  // ── Health ──
  {
    why: "Drugs and biologics: Shanghai, Suzhou, Lianyungang, Taizhou (Jiangsu), Hangzhou, Shijiazhuang",
    match: { chain: HL, text: PHARMA, not: new RegExp(`${DEVICE.source}|${TCM.source}|${HEALTH_SERVICES.source}`) },
    regions: {
      [R.shanghai]: 4, [R.suzhou]: 4, [R.lianyungang]: 6, [R.taizhouJs]: 4, [R.hangzhou]: 3,
      [R.shijiazhuang]: 4, [R.taizhouZj]: 3, [R.beijing]: 3, [R.wuxi]: 2, [R.chengdu]: 2, [R.tianjin]: 2,
      [R.jinan]: 2, [R.chongqing]: 2, [R.changchun]: 2, [R.nanjing]: 2, US: 4, CH: 4, DE: 2, GB: 2, JP: 2,
      FR: 2, IN: 3, DK: 1.5,
    },
  },
  {
    why: "APIs and intermediates: Taizhou (Zhejiang), Lianyungang, Shijiazhuang; India",
    match: { chain: HL, text: /\bapis?\b|intermediate|原料药|中间体/ },
    regions: { [R.taizhouZj]: 4, [R.lianyungang]: 2, [R.shijiazhuang]: 2, [R.zibo]: 2, IN: 4 },
    foreign: 0.5,
  },
  {
    why: "Traditional Chinese medicine: Bozhou, Kunming, Wenshan, Zhangzhou",
    match: { chain: HL, text: TCM },
    regions: {
      [R.bozhou]: 5, [R.kunming]: 3, [R.wenshan]: 3, [R.zhangzhou]: 2, [R.chengdu]: 2, [R.guangzhou]: 2,
    },
    foreign: 0.1,
  },
  {
    why: "Medical devices and IVD: Shenzhen, Shanghai, Suzhou, Beijing; US, Germany, Japan",
    match: { chain: HL, text: DEVICE },
    regions: {
      [R.shenzhen]: 5, [R.shanghai]: 4, [R.suzhou]: 4, [R.beijing]: 4, [R.changzhou]: 2, [R.zhuhai]: 2,
      [R.weihai]: 3, [R.zhengzhou]: 2, [R.hangzhou]: 2, [R.zhenjiang]: 2, [R.xiamen]: 1.5, US: 4, DE: 4,
      JP: 3, NL: 2, CH: 2,
    },
  },
  // ── Across chains ──
  {
    why: "Foreign firms are strong in equipment", match: { role: ["EQUIPMENT"] }, regions: {},
    foreign: 1.6,
  },
  {
    why: "Foreign firms hold the chokepoint technologies (卡脖子)", match: { keyTech: true }, regions: {},
    foreign: 2.2,
  },
];

/** Relative size of the home city's districts and park before any local affinity. The ETDA's base
 * propensity is modest; its strength has to come from LOCAL_RULES. */
// prettier-ignore
const HOME_CITY_SPLIT: Readonly<Record<string, number>> = {
  [R.chongchuan]: 2.2, [R.tongzhou]: 1.6, [R.haimen]: 1.3, [R.rudong]: 0.8, [R.qidong]: 1.2,
  [R.rugao]: 1.3, [R.haian]: 0.9, [R.etda]: 1.1,
};
const HOME_CITY_SPLIT_DEFAULT = 1.0;

/** Local affinity of a district or park when no LOCAL_RULE names it: the ETDA has little outside
 * what it hosts; other districts are neutral. */
const LOCAL_DEFAULT: Readonly<Record<string, number>> = { [R.etda]: 0.25 };

/**
 * What each part of Nantong hosts (reference §0): the ETDA hosts PV, lithium batteries, energy
 * storage, optical fibre/communications, a data centre and an IC test park; Qidong and Haimen ships,
 * offshore and wind; Chongchuan IC packaging; Tongzhou HJT cells, batteries and the high-tech zone's
 * semiconductor parts and PCB; Rugao hydrogen. Applied on top of the city-level CLUSTER_RULES.
 */
// prettier-ignore
const LOCAL_RULES: readonly ClusterRule[] = [
  // ETDA: the named plants get a strong boost, the rest of their sub-chain a moderate one.
  {
    why: "ETDA PV base (Linyang cells, Tongwei modules); Tongzhou HJT cells; Linyang's home in Qidong",
    match: { chain: NE, text: PV, stage: ["MIDSTREAM", "DOWNSTREAM"] },
    regions: { [R.etda]: 3, [R.tongzhou]: 2.5, [R.qidong]: 1.2 },
  },
  {
    why: "The ETDA's PV plants make cells and modules",
    match: { chain: NE, text: PV, name: /\bcells?\b|modules?|电池片|组件/, not: /recycl|回收/ },
    regions: { [R.etda]: 12 },
  },
  {
    why: "ETDA lithium materials and cells (Topband, Capchem, Senior, 瑞翔, 上气国轩); Tongzhou (国轩)",
    match: { chain: NE, text: LB, stage: ["MIDSTREAM", "DOWNSTREAM"] },
    regions: { [R.etda]: 3, [R.tongzhou]: 2.5 },
  },
  {
    why: "The named ETDA lithium plants: cathode, electrolyte, separator, cells, packs",
    match: { chain: NE, text: LB, name: /cathode|electrolyte|separator|\bcells\b|pack|正极|电解液|隔膜|电芯/ },
    regions: { [R.etda]: 3 },
  },
  {
    why: "ETDA energy storage (中天储能, 金通储能); Tongzhou (沃太)",
    match: { chain: NE, text: ES },
    regions: { [R.etda]: 4, [R.tongzhou]: 2.5 },
  },
  {
    why: "Offshore wind in Qidong and Rudong",
    match: { chain: NE, text: WIND },
    regions: { [R.qidong]: 3, [R.rudong]: 3, [R.haimen]: 1.5 },
  },
  {
    why: "ZTT subsea cable in the ETDA",
    match: { chain: NE, name: /subsea cable|海缆/ },
    regions: { [R.etda]: 8 },
  },
  { why: "Rugao fuel-cell cluster", match: { chain: NE, text: H2 }, regions: { [R.rugao]: 6 } },
  {
    why: "ZTT optical fibre, cable and communications in the ETDA",
    match: { chain: IT, text: OPTICAL },
    regions: { [R.etda]: 3 },
  },
  {
    why: "ZTT's own products: fibre preform, fibre and cable",
    match: { chain: IT, name: /fib(?:re|er)|cable|光纤|光缆/ },
    regions: { [R.etda]: 3 },
  },
  {
    why: "Alibaba Jiangsu cloud data centre in the ETDA",
    match: { chain: IT, name: /data cent|cloud|数据中心|云/ },
    regions: { [R.etda]: 20 },
  },
  {
    why: "ETDA IC test park (China IC 测谷)",
    match: { chain: IT, name: /\btest|测试|测试机/ },
    regions: { [R.etda]: 10 },
  },
  {
    why: "Chongchuan OSAT and power devices (Tongfu, JieJie)",
    match: { chain: IT, name: /packag|封装|封测|power semi|功率/ },
    regions: { [R.chongchuan]: 4, [R.qidong]: 2 },
  },
  {
    why: "High-tech zone in Tongzhou: semiconductor parts, PCB and substrates",
    match: { chain: IT, name: /equipment|component|pcb|substrate|设备|零部件|基板/ },
    regions: { [R.tongzhou]: 3 },
  },
  {
    why: "Qidong and Haimen marine parks, NACKS in Chongchuan; some marine suppliers in the ETDA",
    match: { chain: EQ, text: SHIP },
    regions: { [R.qidong]: 4, [R.haimen]: 3, [R.chongchuan]: 2, [R.rudong]: 1.5, [R.etda]: 0.8 },
  },
  {
    why: "Life-science parks in Chongchuan and Qidong",
    match: { chain: HL },
    regions: { [R.chongchuan]: 2, [R.qidong]: 1.5, [R.haimen]: 1.5 },
  },
];

/** Firm share of a segment relative to others: chains differ in how many firms they hold. */
const CHAIN_FIRM_FACTOR: readonly [RegExp, number][] = [
  [NE, 0.8],
  [IT, 1.4],
  [HL, 1.2],
  [EQ, 1.0],
];

/** Industry words for names; first match wins. Each entry pairs Chinese and English forms. */
// prettier-ignore
const INDUSTRY_WORDS: readonly { match: Match; words: readonly (readonly [string, string])[] }[] = [
  {
    match: { chain: NE, text: PV, stage: ["UPSTREAM"] },
    words: [
      ["硅业", "Silicon"], ["硅材料", "Silicon Materials"], ["晶硅", "Crystalline Silicon"],
    ],
  },
  {
    match: { chain: NE, text: PV },
    words: [
      ["光伏", "Photovoltaic"], ["光能", "Solar Energy"], ["太阳能", "Solar"],
    ],
  },
  {
    match: { chain: NE, text: ES },
    words: [
      ["储能", "Energy Storage"], ["能源科技", "Energy Technology"],
    ],
  },
  {
    match: { chain: NE, text: LB },
    words: [
      ["锂电", "Lithium Battery"], ["电池", "Battery"], ["锂能", "Lithium Energy"],
    ],
  },
  {
    match: { chain: NE, text: WIND },
    words: [
      ["风电", "Wind Power"], ["风能", "Wind Energy"],
    ],
  },
  {
    match: { chain: NE, text: H2 },
    words: [
      ["氢能", "Hydrogen Energy"], ["燃料电池", "Fuel Cell"],
    ],
  },
  {
    match: { text: GRID },
    words: [
      ["电气", "Electric"], ["电力设备", "Power Equipment"],
    ],
  },
  {
    match: { text: VEHICLE, not: SHIP },
    words: [
      ["汽车", "Automotive"], ["新能源汽车", "New Energy Vehicle"],
    ],
  },
  {
    match: { chain: IT, text: DISPLAY },
    words: [
      ["显示", "Display"], ["光电显示", "Optoelectronic Display"],
    ],
  },
  {
    match: { chain: IT, text: IC },
    words: [
      ["半导体", "Semiconductor"], ["微电子", "Microelectronics"], ["集成电路", "Integrated Circuit"],
    ],
  },
  {
    match: { chain: IT, text: OPTICAL },
    words: [
      ["光电", "Optoelectronics"], ["通信", "Communication"], ["光通信", "Optical Communication"],
    ],
  },
  {
    match: { chain: IT, text: COMPUTE },
    words: [
      ["信息", "Information"], ["数据", "Data"], ["软件", "Software"], ["智能", "Intelligent"],
    ],
  },
  {
    match: { chain: IT },
    words: [
      ["电子", "Electronics"], ["电子科技", "Electronic Technology"],
    ],
  },
  {
    match: { chain: EQ, text: SHIP },
    words: [
      ["船舶", "Shipbuilding"], ["海洋工程", "Offshore Engineering"], ["船舶配套", "Marine Equipment"],
    ],
  },
  {
    match: { chain: EQ, text: ROBOT },
    words: [
      ["机器人", "Robotics"], ["数控", "CNC"], ["自动化", "Automation"],
    ],
  },
  {
    match: { chain: EQ, text: AERO },
    words: [
      ["航空", "Aviation"], ["航天", "Aerospace"],
    ],
  },
  {
    match: { chain: EQ },
    words: [
      ["重工", "Heavy Industry"], ["机械", "Machinery"], ["精工", "Precision"],
    ],
  },
  {
    match: { chain: HL, text: TCM },
    words: [
      ["中药", "Traditional Chinese Medicine"], ["本草", "Herbal"],
    ],
  },
  {
    match: { chain: HL, text: DEVICE },
    words: [
      ["医疗器械", "Medical Devices"], ["医疗科技", "Medical Technology"],
    ],
  },
  {
    match: { chain: HL, text: PHARMA },
    words: [
      ["医药", "Pharmaceutical"], ["药业", "Pharmaceutical"], ["生物", "Biotech"],
    ],
  },
  {
    match: { chain: HL },
    words: [
      ["健康", "Health"], ["医疗", "Medical"],
    ],
  },
  {
    match: {},
    words: [
      ["实业", "Industrial"], ["科技", "Technology"],
    ],
  },
];

/** Second word of a Chinese name by role; "" leaves it out. */
// prettier-ignore
const ROLE_WORDS: Readonly<Record<SegmentRole | "NONE", readonly (readonly [string, string])[]>> = {
  MATERIAL: [
    ["材料", "Materials"], ["新材料", "New Materials"],
  ],
  EQUIPMENT: [
    ["装备", "Equipment"], ["设备", "Equipment"], ["智能装备", "Intelligent Equipment"],
  ],
  SERVICE: [
    ["技术服务", "Technical Services"], ["工程", "Engineering"],
  ],
  CORE: [
    ["科技", "Technology"], ["", ""], ["技术", "Technology"],
  ],
  NONE: [
    ["科技", "Technology"], ["", ""], ["技术", "Technology"],
  ],
};

/** Trade-name characters (字号) with their pinyin; two are combined per firm. */
// prettier-ignore
const TRADE_CHARS: readonly (readonly [string, string])[] = [
  ["华", "hua"], ["瑞", "rui"], ["晶", "jing"], ["科", "ke"], ["鑫", "xin"], ["泰", "tai"], ["源", "yuan"],
  ["达", "da"], ["德", "de"], ["昌", "chang"], ["盛", "sheng"], ["恒", "heng"], ["宏", "hong"], ["诚", "cheng"],
  ["博", "bo"], ["联", "lian"], ["创", "chuang"], ["力", "li"], ["新", "xin"], ["中", "zhong"], ["通", "tong"],
  ["远", "yuan"], ["嘉", "jia"], ["凯", "kai"], ["富", "fu"], ["海", "hai"], ["天", "tian"], ["和", "he"],
  ["信", "xin"], ["美", "mei"], ["利", "li"], ["佳", "jia"], ["东", "dong"], ["润", "run"], ["腾", "teng"],
  ["光", "guang"], ["明", "ming"], ["捷", "jie"], ["威", "wei"], ["正", "zheng"], ["安", "an"], ["永", "yong"],
  ["立", "li"], ["兴", "xing"], ["卓", "zhuo"], ["航", "hang"], ["凌", "ling"], ["睿", "rui"], ["启", "qi"],
  ["锐", "rui"], ["拓", "tuo"], ["汇", "hui"], ["峰", "feng"], ["辰", "chen"], ["宇", "yu"], ["合", "he"],
  ["丰", "feng"], ["星", "xing"], ["耀", "yao"], ["晟", "sheng"], ["骏", "jun"], ["金", "jin"], ["奥", "ao"],
  ["纳", "na"],
];

/** Foreign-style name stocks by country: [latin, Chinese transliteration] and legal forms. */
interface ForeignStyle {
  names: readonly (readonly [string, string])[];
  forms: readonly string[];
}
// prettier-ignore
const ENGLISH_NAMES: readonly (readonly [string, string])[] = [
  ["Summit", "峰顶"], ["Apex", "埃佩克斯"], ["Meridian", "子午"], ["Pioneer", "先锋"], ["Harbor", "海港"],
  ["Northstar", "北极星"], ["Cedar", "雪松"], ["Crescent", "新月"], ["Keystone", "基石"], ["Evergreen", "长青"],
  ["Bluewater", "蓝水"], ["Ironwood", "铁木"],
];
// prettier-ignore
const FOREIGN_STYLES: Readonly<Record<string, ForeignStyle>> = {
  DE: {
    names: [
      ["Vogel", "福格尔"], ["Krause", "克劳斯"], ["Brandt", "布兰特"], ["Hartmann", "哈特曼"], ["Keller", "凯勒"],
      ["Berger", "贝格尔"], ["Schuster", "舒斯特"], ["Richter", "里希特"], ["Sauer", "绍尔"], ["Winkler", "温克勒"],
    ],
    forms: ["GmbH", "AG", "GmbH & Co. KG"],
  },
  JP: {
    names: [
      ["Hoshino", "星野"], ["Kitamura", "北村"], ["Aoyama", "青山"], ["Morita", "森田"], ["Nishida", "西田"],
      ["Okada", "冈田"], ["Sakai", "酒井"], ["Ishikawa", "石川"],
    ],
    forms: ["Co., Ltd.", "Corporation"],
  },
  KR: {
    names: [
      ["Hanil", "韩一"], ["Daesung", "大成"], ["Sejin", "世进"], ["Woojin", "宇进"], ["Dongil", "东一"],
      ["Samhwa", "三和"], ["Jinwoo", "振宇"],
    ],
    forms: ["Co., Ltd.", "Corp."],
  },
  FR: {
    names: [
      ["Lefèvre", "勒费弗尔"], ["Moreau", "莫罗"], ["Girard", "吉拉尔"], ["Lambert", "朗贝尔"],
    ],
    forms: ["SA", "SAS"],
  },
  NL: {
    names: [
      ["Van Dijk", "范戴克"], ["Bakker", "巴克"], ["Visser", "菲瑟"],
    ],
    forms: ["B.V.", "N.V."],
  },
  CH: {
    names: [
      ["Baumann", "鲍曼"], ["Frei", "弗赖"], ["Steiner", "施泰纳"],
    ],
    forms: ["AG", "SA"],
  },
  SE: {
    names: [
      ["Lindqvist", "林德奎斯特"], ["Berg", "贝里"], ["Holm", "霍尔姆"],
    ],
    forms: ["AB"],
  },
  DK: {
    names: [
      ["Nielsen", "尼尔森"], ["Jensen", "延森"], ["Lund", "伦德"],
    ],
    forms: ["A/S"],
  },
  NO: {
    names: [
      ["Haugen", "豪根"], ["Dahl", "达尔"],
    ],
    forms: ["AS", "ASA"],
  },
  FI: {
    names: [
      ["Virtanen", "维尔塔宁"], ["Laine", "莱内"],
    ],
    forms: ["Oy", "Oyj"],
  },
  IT: {
    names: [
      ["Bianchi", "比安奇"], ["Romano", "罗马诺"], ["Colombo", "科隆博"],
    ],
    forms: ["S.p.A.", "S.r.l."],
  },
  ES: {
    names: [
      ["García", "加西亚"], ["Navarro", "纳瓦罗"],
    ],
    forms: ["S.A.", "S.L."],
  },
  US: { names: ENGLISH_NAMES, forms: ["Inc.", "Corp.", "LLC"] },
  GB: { names: ENGLISH_NAMES, forms: ["Ltd.", "plc"] },
  SG: { names: ENGLISH_NAMES, forms: ["Pte. Ltd."] },
  AU: { names: ENGLISH_NAMES, forms: ["Pty Ltd"] },
  CA: { names: ENGLISH_NAMES, forms: ["Inc.", "Ltd."] },
};
const FOREIGN_STYLE_DEFAULT: ForeignStyle = { names: ENGLISH_NAMES, forms: ["Ltd.", "Co., Ltd."] };

const YANGTZE_RIVER_DELTA = new Set(["310000", "320000", "330000", "340000"]);

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// PRNG: mulberry32 streams seeded through a murmur3 finaliser. Each (seed, stream, index) gets its
// own generator, so company i's draws never depend on other companies.
// ─────────────────────────────────────────────────────────────────────────────────────────────────

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function streamSeed(seed: number, stream: number, index: number): number {
  return fmix32(
    (fmix32((fmix32(seed ^ 0x9e3779b9) ^ Math.imul(stream + 1, 0x27d4eb2f)) >>> 0) + index) >>> 0,
  );
}

/** FNV-1a of a string, for per-segment streams keyed by id. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** Poisson count (Knuth for small means, rounded normal above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

/** Index of the first cumulative value above x in cum[lo, hi) (x below the last value). */
function upperBound(cum: Float64Array, lo: number, hi: number, x: number): number {
  let a = lo;
  let b = hi - 1;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (cum[m]! > x) b = m;
    else a = m + 1;
  }
  return a;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Synthetic company id: "syn-" and the 1-based index padded to 7 digits. */
export function syntheticId(index: number): string {
  return `syn-${String(index).padStart(7, "0")}`;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Model compilation
// ─────────────────────────────────────────────────────────────────────────────────────────────────

interface SegmentModel {
  def: SegmentDef;
  chain: ChainDef;
  chainIsNE: boolean;
  text: string;
  nameText: string;
  chainText: string;
  /** Segments a secondary activity is drawn from: neighbours in the sub-chain and FEEDS partners. */
  neighbours: number[];
  /** Segments that FEED this one, with their weights. */
  feedsIn: { from: number; weight: number }[];
  logMedianRevenue: number;
  rdBase: number;
  emerging: boolean;
  words: readonly (readonly [string, string])[];
}

interface LocationModel {
  code: string;
  region: RegionDef;
  lat: number;
  lon: number;
  foreign: boolean;
  /** Province code (Chinese locations), for naming and the Yangtze River Delta test. */
  province: RegionDef | undefined;
  /** Region whose names prefix a Chinese firm's name (the city; the home city for its districts). */
  nameCity: RegionDef;
  /** In the home city's subtree. */
  homeCity: boolean;
  home: boolean;
  /** Jitter half-width in degrees. */
  jitter: number;
  /** Keys tried, in order, in the rule tables. */
  keys: string[];
}

function matches(m: Match, seg: SegmentModel): boolean {
  if (m.chain && !m.chain.test(seg.chainText)) return false;
  if (m.text && !m.text.test(seg.text)) return false;
  if (m.name && !m.name.test(seg.nameText)) return false;
  if (m.not && m.not.test(seg.text)) return false;
  if (m.stage && !m.stage.includes(seg.def.stage)) return false;
  if (m.role && (seg.def.role === undefined || !m.role.includes(seg.def.role))) return false;
  if (m.keyTech !== undefined && m.keyTech !== seg.def.keyTech) return false;
  return true;
}

function ruleMultiplier(rule: ClusterRule, loc: LocationModel): number {
  for (const key of loc.keys) {
    const m = rule.regions[key];
    if (m !== undefined) return m;
  }
  return loc.foreign ? (rule.foreign ?? 1) : 1;
}

function stripZh(name: string): string {
  // "北京市(市辖区)" → "北京": qualifiers first, then the administrative suffix.
  const s = name
    .replace(/\s*[(（][^)）]*[)）]\s*$/, "")
    .replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|区|县|盟)$/, "");
  return s.length > 0 ? s : name;
}

function stripEn(name: string): string {
  // "Beijing (urban)", "Taizhou (Jiangsu)" → "Beijing", "Taizhou".
  const s = name
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/\s+(City|Province|Municipality|District|County|Autonomous Region|Prefecture|League|SAR)$/i, "")
    .trim();
  return s.length > 0 ? s : name;
}

class Model {
  readonly segments: SegmentModel[] = [];
  readonly segmentIndex = new Map<string, number>();
  /** Generation locations first (cities, countries, home districts/park), then pseudo-locations
   * that only hold public companies. */
  readonly locations: LocationModel[] = [];
  readonly locationIndex = new Map<string, number>();
  genLocations = 0;
  /** Cumulative segment shares (length S). */
  segCum = new Float64Array(0);
  /** Per segment, cumulative location shares over generation locations (S × G). */
  locCum = new Float64Array(0);
  readonly regions = new Map<string, RegionDef>();
  homeCityCode: string | undefined;
  /** Whether the home city is replaced by its districts and park (else only the park is split off). */
  splitHome = false;

  constructor(
    catalog: CatalogInput,
    readonly seed: number,
    readonly homeRegion: string,
  ) {
    for (const r of catalog.regions) this.regions.set(r.code, r);
    this.compileSegments(catalog);
    this.compileLocations(catalog);
    this.compileWeights();
  }

  private compileSegments(catalog: CatalogInput): void {
    const chains = [...catalog.chains].sort(byId);
    for (const chain of chains) {
      const chainText = `${chain.id} ${chain.name} ${chain.nameZh}`.toLowerCase();
      for (const sub of [...chain.subchains].sort(byId)) {
        const segs = [...sub.segments].sort(byId);
        const first = this.segments.length;
        for (const def of segs) {
          if (this.segmentIndex.has(def.id)) continue;
          this.segmentIndex.set(def.id, this.segments.length);
          this.segments.push({
            def,
            chain,
            chainIsNE: NE.test(chainText),
            text: `${sub.id} ${sub.name} ${sub.nameZh} ${def.name} ${def.nameZh}`.toLowerCase(),
            nameText: `${def.name} ${def.nameZh}`.toLowerCase(),
            chainText,
            neighbours: [],
            feedsIn: [],
            logMedianRevenue: 0,
            rdBase: 0,
            emerging: false,
            words: [],
          });
        }
        // Adjacent segments of the same sub-chain are plausible second activities.
        for (let i = first; i < this.segments.length; i++) {
          const s = this.segments[i]!;
          if (i > first) s.neighbours.push(i - 1);
          if (i + 1 < this.segments.length) s.neighbours.push(i + 1);
        }
      }
    }
    for (const [i, s] of this.segments.entries()) {
      for (const f of s.def.feeds) {
        const j = this.segmentIndex.get(f.to);
        if (j === undefined || j === i) continue;
        this.segments[j]!.feedsIn.push({ from: i, weight: f.weight > 0 ? f.weight : 1 });
        s.neighbours.push(j);
        this.segments[j]!.neighbours.push(i);
      }
    }
    for (const [i, s] of this.segments.entries()) {
      s.neighbours = [...new Set(s.neighbours)].filter((j) => j !== i).sort((a, b) => a - b);
      s.feedsIn.sort((a, b) => a.from - b.from);
      // Per-segment jitter so that segments of one kind still differ in firm count and scale.
      const rng = new Rng(streamSeed(this.seed, 4, hashString(s.def.id)));
      const { stage, role, keyTech } = s.def;
      let logMed = Math.log(SYNTHETIC_MODEL.baseMedianRevenue);
      if (stage === "MIDSTREAM" && (role === undefined || role === "CORE")) logMed += 0.9; // cells, fabs, yards
      if (stage === "UPSTREAM") logMed += 0.4; // capital-intensive materials
      if (stage === "DOWNSTREAM") logMed -= 0.2;
      if (role === "SERVICE") logMed -= 0.5;
      if (role === "EQUIPMENT") logMed += 0.2;
      if (keyTech) logMed += 0.3;
      s.logMedianRevenue = logMed + 0.35 * rng.normal();
      // R&D intensity: chokepoints and tech-heavy chains spend more.
      let rd = 0.03;
      if (keyTech) rd += 0.04;
      if (role === "EQUIPMENT") rd += 0.015;
      if (IT.test(s.chainText)) rd += 0.02;
      if (HL.test(s.chainText) && PHARMA.test(s.text)) rd += 0.03;
      if (role === "SERVICE" || (stage === "DOWNSTREAM" && !keyTech)) rd -= 0.01;
      s.rdBase = rd;
      s.emerging = /emerging|perovskite|sodium|solid-state|新型|钠|固态|钙钛矿/.test(s.text);
      s.words = INDUSTRY_WORDS.find((w) => matches(w.match, s))?.words ?? [["实业", "Industrial"]];
    }
  }

  private compileLocations(catalog: CatalogInput): void {
    const regions = [...catalog.regions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const ancestors = (r: RegionDef): RegionDef[] => {
      const out: RegionDef[] = [];
      const seen = new Set<string>();
      let p = r.parent;
      while (p !== undefined && !seen.has(p)) {
        seen.add(p);
        const pr = this.regions.get(p);
        if (!pr) break;
        out.push(pr);
        p = pr.parent;
      }
      return out;
    };
    const country = (r: RegionDef): string | undefined =>
      r.level === "COUNTRY" ? r.code : ancestors(r).find((a) => a.level === "COUNTRY")?.code;
    const isChinese = (r: RegionDef): boolean => (country(r) ?? "CN") === "CN";
    const provinceOf = (r: RegionDef): RegionDef | undefined =>
      r.level === "PROVINCE" ? r : ancestors(r).find((a) => a.level === "PROVINCE");

    const home = this.regions.get(this.homeRegion);
    const homeCity = home ? [home, ...ancestors(home)].find((a) => a.level === "CITY") : undefined;
    this.homeCityCode = homeCity?.code;
    const homeUnits = homeCity
      ? regions.filter(
          (r) =>
            (r.level === "DISTRICT" || r.level === "PARK") &&
            ancestors(r).some((a) => a.code === homeCity.code),
        )
      : [];
    // Without any district or park besides the home park, the city keeps the rest of its firms.
    const splitHome = homeUnits.some((r) => r.code !== this.homeRegion);
    this.splitHome = splitHome;

    const add = (r: RegionDef, kind: "city" | "country" | "unit" | "pseudo"): void => {
      if (this.locationIndex.has(r.code)) return;
      const foreign = !isChinese(r);
      const province = foreign ? undefined : provinceOf(r);
      const anc = ancestors(r);
      const inHome =
        homeCity !== undefined && (r.code === homeCity.code || anc.some((a) => a.code === homeCity.code));
      const city = r.level === "CITY" ? r : (anc.find((a) => a.level === "CITY") ?? province ?? r);
      const keys = [r.code];
      // Municipalities: the tables key them by province code; a "XX0100" city matches too.
      if (/^(11|12|31|50)0100$/.test(r.code)) keys.push(`${r.code.slice(0, 2)}0000`);
      for (const a of anc) if (a.level === "CITY" || a.level === "PROVINCE") keys.push(a.code);
      this.locationIndex.set(r.code, this.locations.length);
      this.locations.push({
        code: r.code,
        region: r,
        lat: r.lat,
        lon: r.lon,
        foreign,
        province,
        nameCity: city,
        homeCity: inHome,
        home: r.code === this.homeRegion,
        jitter: kind === "country" ? 0.5 : r.level === "PARK" ? 0.02 : r.level === "DISTRICT" ? 0.06 : 0.2,
        keys,
      });
    };
    for (const r of regions) {
      if (r.level === "COUNTRY") {
        if (r.code !== "CN") add(r, "country");
      } else if (r.level === "CITY" && isChinese(r)) {
        if (splitHome && r.code === homeCity?.code) for (const u of homeUnits) add(u, "unit");
        else add(r, "city");
      }
    }
    if (!splitHome && homeCity && home && home.code !== homeCity.code) add(home, "unit");
    this.genLocations = this.locations.length;
    if (this.genLocations > 65_000) throw new Error("too many locations for the synthetic model");
    // Public companies may sit in regions where nothing is generated (a province, the home city).
    for (const c of catalog.companies) {
      const r = this.regions.get(c.region);
      if (r && !this.locationIndex.has(r.code)) add(r, "pseudo");
    }
  }

  private baseline(loc: LocationModel): number {
    if (loc.foreign) return FOREIGN_BASELINE[loc.code] ?? FOREIGN_BASELINE_DEFAULT;
    for (const key of loc.keys.slice(0, 2)) {
      const b = CITY_BASELINE[key];
      if (b !== undefined) return b;
    }
    const provinceCode = loc.province?.code ?? loc.code;
    const level = loc.region.level;
    if (level === "DISTRICT" || level === "PARK") {
      const cityBase = CITY_BASELINE[this.homeCityCode ?? ""] ?? defaultCityBaseline(provinceCode);
      return cityBase * (HOME_CITY_SPLIT[loc.code] ?? HOME_CITY_SPLIT_DEFAULT);
    }
    return defaultCityBaseline(provinceCode);
  }

  private compileWeights(): void {
    const S = this.segments.length;
    const G = this.genLocations;
    const gen = this.locations.slice(0, G);
    // Baselines; the home city's units share the city's baseline by HOME_CITY_SPLIT.
    const base = gen.map((l) => this.baseline(l));
    const unitIdx = gen.flatMap((l, i) => (l.homeCity && l.region.level !== "CITY" ? [i] : []));
    // Without districts the city keeps its own baseline and the park takes its table share beside it.
    const splitSum = this.splitHome
      ? unitIdx.reduce((a, i) => a + (HOME_CITY_SPLIT[gen[i]!.code] ?? HOME_CITY_SPLIT_DEFAULT), 0)
      : Object.values(HOME_CITY_SPLIT).reduce((a, b) => a + b, 0);
    for (const i of unitIdx) base[i] = base[i]! / (splitSum > 0 ? splitSum : 1);
    // Foreign countries together hold foreignShare of the baseline mass.
    let domestic = 0;
    let foreign = 0;
    gen.forEach((l, i) => (l.foreign ? (foreign += base[i]!) : (domestic += base[i]!)));
    if (foreign > 0 && domestic > 0) {
      const f = (SYNTHETIC_MODEL.foreignShare / (1 - SYNTHETIC_MODEL.foreignShare)) * (domestic / foreign);
      gen.forEach((l, i) => {
        if (l.foreign) base[i] = base[i]! * f;
      });
    }

    this.segCum = new Float64Array(S);
    this.locCum = new Float64Array(S * G);
    let segAcc = 0;
    for (const [s, seg] of this.segments.entries()) {
      const rules = CLUSTER_RULES.filter((r) => matches(r.match, seg));
      const local = LOCAL_RULES.filter((r) => matches(r.match, seg));
      let acc = 0;
      for (let l = 0; l < G; l++) {
        const loc = gen[l]!;
        let w = base[l]!;
        for (const r of rules) w *= ruleMultiplier(r, loc);
        if (loc.homeCity && loc.region.level !== "CITY") {
          let m = 1;
          let named = false;
          for (const r of local) {
            const v = r.regions[loc.code];
            if (v !== undefined) {
              m *= v;
              named = true;
            }
          }
          w *= named ? m : (LOCAL_DEFAULT[loc.code] ?? 1);
        }
        acc += w;
        this.locCum[s * G + l] = acc;
      }
      // Segment firm share: chain factor × stage/role/keyTech × seeded jitter.
      const { stage, role, keyTech } = seg.def;
      let share = CHAIN_FIRM_FACTOR.find(([re]) => re.test(seg.chainText))?.[1] ?? 1;
      if (stage === "DOWNSTREAM") share *= 1.4;
      if (stage === "UPSTREAM") share *= 0.8;
      if (role === "EQUIPMENT") share *= 0.7;
      if (role === "MATERIAL") share *= 0.9;
      if (role === "SERVICE") share *= 1.2;
      if (keyTech) share *= 0.5; // chokepoints have few players
      if (seg.emerging) share *= 0.5;
      const rng = new Rng(streamSeed(this.seed, 5, hashString(seg.def.id)));
      share *= Math.exp(0.4 * rng.normal());
      segAcc += acc > 0 ? share : 0;
      this.segCum[s] = segAcc;
    }
  }

  sampleSegment(u: number): number {
    const S = this.segments.length;
    return upperBound(this.segCum, 0, S, u * this.segCum[S - 1]!);
  }

  sampleLocation(s: number, u: number): number {
    const G = this.genLocations;
    const lo = s * G;
    return upperBound(this.locCum, lo, lo + G, u * this.locCum[lo + G - 1]!) - lo;
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// The universe: index, companies, supplies, alliance
// ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface SyntheticUniverse {
  readonly scale: number;
  readonly seed: number;
  /** Public catalog companies that take part in ties and the alliance (sorted by id). */
  readonly publicCompanyIds: readonly string[];
  /** Company `index` (0-based; its id is syntheticId(index + 1)), rebuilt on demand. */
  companyAt(index: number): CompanyDef;
  /** All synthetic companies in index order. */
  companies(): Generator<CompanyDef>;
  /** Supply ties, grouped by customer (synthetic customers in index order, then public ones). */
  supplies(): Generator<SupplyDef>;
  alliances(): AllianceDef[];
  memberships(): Generator<MembershipDef>;
}

interface PublicFirm {
  id: string;
  founded: number | undefined;
}

class Universe implements SyntheticUniverse {
  readonly publicCompanyIds: string[];
  private readonly publics: PublicFirm[] = [];
  /** Per firm (synthetic 0..N−1, then public): primary segment, location, size deviate. */
  private readonly fSeg: Uint16Array;
  private readonly fLoc: Uint16Array;
  private readonly fZ: Float32Array;
  private memberCache: MembershipDef[] | undefined;

  constructor(
    private readonly model: Model,
    readonly scale: number,
    readonly seed: number,
    private readonly tiesPerCompany: number,
    private readonly allianceSize: number,
    catalog: CatalogInput,
    publicTies: boolean,
  ) {
    const pubs: { c: CompanyDef; seg: number; loc: number }[] = [];
    for (const c of publicTies ? [...catalog.companies].sort(byId) : []) {
      if (c.source !== "public") continue;
      const primary = c.segments.find((s) => s.primary) ?? c.segments[0];
      const seg = primary ? model.segmentIndex.get(primary.segment) : undefined;
      const loc = model.locationIndex.get(c.region);
      if (seg === undefined || loc === undefined) continue;
      pubs.push({ c, seg, loc });
    }
    if (scale > 0 && (model.segments.length === 0 || model.genLocations === 0))
      throw new Error("the catalog has no leaf segments or no city/country regions to place companies in");
    const F = scale + pubs.length;
    this.fSeg = new Uint16Array(F);
    this.fLoc = new Uint16Array(F);
    this.fZ = new Float32Array(F);
    for (let i = 0; i < scale; i++) {
      const rng = new Rng(streamSeed(seed, 0, i));
      const s = model.sampleSegment(rng.next());
      this.fSeg[i] = s;
      this.fLoc[i] = model.sampleLocation(s, rng.next());
      this.fZ[i] = clamp(rng.normal(), -4, 4);
    }
    pubs.forEach((p, k) => {
      this.fSeg[scale + k] = p.seg;
      this.fLoc[scale + k] = p.loc;
      this.fZ[scale + k] = SYNTHETIC_MODEL.publicZ;
      this.publics.push({ id: p.c.id, founded: p.c.founded });
    });
    this.publicCompanyIds = this.publics.map((p) => p.id);
  }

  private firmId(f: number): string {
    return f < this.scale ? syntheticId(f + 1) : this.publics[f - this.scale]!.id;
  }

  companyAt(i: number): CompanyDef {
    if (!Number.isInteger(i) || i < 0 || i >= this.scale) throw new RangeError(`no synthetic company ${i}`);
    const { model } = this;
    const M = SYNTHETIC_MODEL;
    const seg = model.segments[this.fSeg[i]!]!;
    const loc = model.locations[this.fLoc[i]!]!;
    const z = this.fZ[i]!;
    const rng = new Rng(streamSeed(this.seed, 1, i));

    const logRev = seg.logMedianRevenue + (loc.foreign ? M.foreignRevenueBoost : 0) + M.revenueSigma * z;
    const revenue = Math.max(0.05, round(Math.exp(logRev), 2));

    const segments: CompanySegmentDef[] = [{ segment: seg.def.id, primary: true }];
    if (seg.neighbours.length > 0 && rng.next() < M.multiSegmentShare) {
      const count = seg.neighbours.length > 1 && rng.next() < 0.25 ? 2 : 1;
      const first = rng.pick(seg.neighbours);
      segments.push({ segment: model.segments[first]!.def.id, primary: false });
      if (count === 2) {
        const rest = seg.neighbours.filter((j) => j !== first);
        segments.push({ segment: model.segments[rng.pick(rest)]!.def.id, primary: false });
      }
    }

    const listed = rng.next() < 1 / (1 + Math.exp(-M.listedSlope * (z - M.listedCut)));
    const { name, nameZh } = this.names(rng, seg, loc, z, listed);
    const employees = Math.max(3, Math.round(revenue / Math.exp(Math.log(1.2) + 0.35 * rng.normal())));
    const age = clamp(
      Math.round(Math.exp(2.2 + 0.3 * z + 0.45 * rng.normal()) * (seg.emerging ? 0.5 : 1)),
      1,
      45,
    );
    const registeredCapital = Math.max(
      0.5,
      round(revenue * Math.exp(Math.log(0.15) + 0.6 * rng.normal()), 2),
    );
    const rdIntensity = round(clamp(seg.rdBase * Math.exp(0.45 * rng.normal()), 0.002, 0.4), 4);
    const growth = round(clamp(0.08 + 0.14 * rng.normal() - 0.01 * z + (seg.emerging ? 0.1 : 0), -0.6, 2), 4);
    const lat = round(clamp(loc.lat + (2 * rng.next() - 1) * loc.jitter, -89.9, 89.9), 5);
    const lon = round(loc.lon + (2 * rng.next() - 1) * loc.jitter * 1.2, 5);

    return {
      id: syntheticId(i + 1),
      name,
      nameZh,
      region: loc.code,
      segments,
      source: "synthetic",
      listed,
      founded: M.year - age,
      employees,
      revenue,
      registeredCapital,
      rdIntensity,
      growth,
      lat,
      lon,
    };
  }

  private names(
    rng: Rng,
    seg: SegmentModel,
    loc: LocationModel,
    z: number,
    listed: boolean,
  ): { name: string; nameZh: string } {
    const [indZh, indEn] = rng.pick(seg.words);
    if (loc.foreign) {
      const style = FOREIGN_STYLES[loc.code] ?? FOREIGN_STYLE_DEFAULT;
      const [a, aZh] = rng.pick(style.names);
      let latin = a;
      let zh = aZh;
      if (rng.next() < 0.3) {
        const [b, bZh] = rng.pick(style.names);
        if (b !== a) {
          latin = `${a}-${b}`;
          zh = `${aZh}-${bZh}`;
        }
      }
      const form = rng.pick(style.forms);
      return {
        name: `${latin} ${indEn} ${form}`,
        nameZh: `${zh}${indZh}（${stripZh(loc.region.nameZh)}）有限公司`,
      };
    }
    const [c1, p1] = rng.pick(TRADE_CHARS);
    let [c2, p2] = rng.pick(TRADE_CHARS);
    if (c2 === c1)
      [c2, p2] = TRADE_CHARS[(TRADE_CHARS.findIndex(([c]) => c === c1) + 7) % TRADE_CHARS.length]!;
    const tradeZh = `${c1}${c2}`;
    const tradeEn = `${p1.charAt(0).toUpperCase()}${p1.slice(1)}${p2}`;
    const [roleZh, roleEn] = rng.pick(ROLE_WORDS[seg.def.role ?? "NONE"]);
    const group = z > 2.6;
    const formZh = group ? "集团有限公司" : listed || z > 1.5 ? "股份有限公司" : "有限公司";
    const formEn = group ? "Group Co., Ltd." : "Co., Ltd.";
    const cityZh = stripZh(loc.nameCity.nameZh);
    const cityEn = stripEn(loc.nameCity.name);
    const provZh = loc.province ? stripZh(loc.province.nameZh) : cityZh;
    const provEn = loc.province ? stripEn(loc.province.name) : cityEn;
    const body = `${indZh}${roleZh === indZh.slice(-2) ? "" : roleZh}`;
    const bodyEn = [indEn, roleEn === indEn ? "" : roleEn].filter((w) => w.length > 0).join(" ");
    const u = rng.next();
    if (u < 0.55)
      return {
        nameZh: `${cityZh}${tradeZh}${body}${formZh}`,
        name: `${cityEn} ${tradeEn} ${bodyEn} ${formEn}`,
      };
    if (u < 0.8)
      return {
        nameZh: `${provZh}${tradeZh}${body}${formZh}`,
        name: `${provEn} ${tradeEn} ${bodyEn} ${formEn}`,
      };
    return {
      nameZh: `${tradeZh}（${cityZh}）${body}${formZh}`,
      name: `${tradeEn} (${cityEn}) ${bodyEn} ${formEn}`,
    };
  }

  *companies(): Generator<CompanyDef> {
    for (let i = 0; i < this.scale; i++) yield this.companyAt(i);
  }

  *supplies(): Generator<SupplyDef> {
    const { model } = this;
    const M = SYNTHETIC_MODEL;
    const S = model.segments.length;
    const L = model.locations.length;
    const F = this.fSeg.length;
    const N = this.scale;

    // Buckets of firms by (segment, location), with cumulative supplier weights inside each.
    const bucketStart = new Int32Array(S * L + 1);
    for (let f = 0; f < F; f++) bucketStart[this.fSeg[f]! * L + this.fLoc[f]! + 1]!++;
    for (let b = 0; b < S * L; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const fill = bucketStart.slice(0, S * L);
    const order = new Int32Array(F);
    for (let f = 0; f < F; f++) order[fill[this.fSeg[f]! * L + this.fLoc[f]!]!++] = f;
    const cumW = new Float64Array(F);
    const segLocCum = new Float64Array(S * L);
    const segCount = new Int32Array(S);
    for (let s = 0; s < S; s++) {
      let segAcc = 0;
      for (let l = 0; l < L; l++) {
        const b = s * L + l;
        let acc = 0;
        for (let k = bucketStart[b]!; k < bucketStart[b + 1]!; k++) {
          acc += Math.exp(M.supplierSizeElasticity * M.revenueSigma * this.fZ[order[k]!]!);
          cumW[k] = acc;
        }
        segAcc += acc;
        segLocCum[b] = segAcc;
      }
      segCount[s] = bucketStart[(s + 1) * L]! - bucketStart[s * L]!;
    }

    // Distance decay between location centres.
    const decay = new Float32Array(L * L);
    for (let a = 0; a < L; a++) {
      const la = model.locations[a]!;
      for (let b = a; b < L; b++) {
        const lb = model.locations[b]!;
        const d = a === b ? 0 : haversineKm(la.lat, la.lon, lb.lat, lb.lon);
        const w = (Math.exp(-d / M.decayKm) + M.decayFloor) / (1 + M.decayFloor);
        decay[a * L + b] = w;
        decay[b * L + a] = w;
      }
    }

    // Supplier-segment choice per customer segment: FEEDS weight × √(firms in the supplier segment).
    const inFrom: Int32Array[] = [];
    const inCum: Float64Array[] = [];
    for (const seg of model.segments) {
      const from = seg.feedsIn.filter((e) => segCount[e.from]! > 0);
      inFrom.push(Int32Array.from(from.map((e) => e.from)));
      const cum = new Float64Array(from.length);
      let acc = 0;
      from.forEach((e, k) => {
        acc += e.weight * Math.sqrt(segCount[e.from]!);
        cum[k] = acc;
      });
      inCum.push(cum);
    }

    // Tie counts scale with customer size; normalise so that the mean over synthetic firms is the target.
    const sizeK = M.tieSizeElasticity * M.revenueSigma;
    let factorSum = 0;
    for (let c = 0; c < F; c++)
      if (inFrom[this.fSeg[c]!]!.length > 0) factorSum += Math.exp(sizeK * this.fZ[c]!);
    const tieScale = factorSum > 0 ? (this.tiesPerCompany * N) / factorSum : 0;

    const chosen: number[] = [];
    for (let c = 0; c < F; c++) {
      const b = this.fSeg[c]!;
      const from = inFrom[b]!;
      if (from.length === 0) continue;
      const cum = inCum[b]!;
      const rng = new Rng(streamSeed(this.seed, 2, c));
      const k = Math.min(60, rng.poisson(tieScale * Math.exp(sizeK * this.fZ[c]!)));
      if (k === 0) continue;
      const cLoc = this.fLoc[c]!;
      const cPublic = c >= N;
      chosen.length = 0;
      for (let attempt = 0; chosen.length < k && attempt < 4 * k + 8; attempt++) {
        const a = from[upperBound(cum, 0, cum.length, rng.next() * cum[cum.length - 1]!)]!;
        // Location by rejection: mass-proportional proposal, accepted with the distance decay.
        const lo = a * L;
        const total = segLocCum[lo + L - 1]!;
        let l = 0;
        for (let tries = 0; tries < 10_000; tries++) {
          l = upperBound(segLocCum, lo, lo + L, rng.next() * total) - lo;
          if (rng.next() < decay[cLoc * L + l]!) break;
        }
        const bucket = lo + l;
        const start = bucketStart[bucket]!;
        const end = bucketStart[bucket + 1]!;
        const k0 = upperBound(cumW, start, end, rng.next() * cumW[end - 1]!);
        const f = order[k0]!;
        if (f === c || (cPublic && f >= N) || chosen.includes(f)) continue;
        chosen.push(f);
        yield { from: this.firmId(f), to: this.firmId(c), source: "synthetic" };
      }
    }
  }

  alliances(): AllianceDef[] {
    return syntheticAlliances();
  }

  *memberships(): Generator<MembershipDef> {
    this.memberCache ??= this.selectMembers();
    yield* this.memberCache;
  }

  /**
   * About 60 members: new-energy firms of the home city first (public ones, which are the known
   * local plants, then the largest synthetic ones, the home park's slightly preferred), then the
   * largest and nearest new-energy firms elsewhere in the Yangtze River Delta.
   */
  private selectMembers(): MembershipDef[] {
    const { model } = this;
    const F = this.fSeg.length;
    const N = this.scale;
    const size = this.allianceSize;
    const homeLoc = model.locations.find((l) => l.home) ?? model.locations.find((l) => l.homeCity);
    const local: { f: number; score: number }[] = [];
    const delta: { f: number; score: number }[] = [];
    for (let f = 0; f < F; f++) {
      const seg = model.segments[this.fSeg[f]!]!;
      if (!seg.chainIsNE) continue;
      const loc = model.locations[this.fLoc[f]!]!;
      const z = this.fZ[f]!;
      if (loc.homeCity) {
        local.push({ f, score: (f >= N ? 100 : 0) + z + (loc.home ? 0.5 : 0) });
      } else if (!loc.foreign && loc.province && YANGTZE_RIVER_DELTA.has(loc.province.code)) {
        const km = homeLoc ? haversineKm(homeLoc.lat, homeLoc.lon, loc.lat, loc.lon) : 0;
        delta.push({ f, score: z - km / 300 });
      }
    }
    const desc = (a: { f: number; score: number }, b: { f: number; score: number }): number =>
      b.score - a.score || a.f - b.f;
    local.sort(desc);
    delta.sort(desc);
    const localTarget = Math.round(size * 0.75);
    const picked = local.slice(0, localTarget);
    picked.push(...delta.slice(0, size - picked.length));
    if (picked.length < size) picked.push(...local.slice(localTarget, localTarget + size - picked.length));

    // Leads: the largest synthetic members of the home city (it is Nantong's alliance), one to three
    // of them. Public firms' sizes are not known (never invented), so they are not ranked for it.
    const bySize = [...picked].sort((a, b) => this.fZ[b.f]! - this.fZ[a.f]! || a.f - b.f);
    const localBySize = bySize.filter((p) => p.f < N && model.locations[this.fLoc[p.f]!]!.homeCity);
    const rng = new Rng(streamSeed(this.seed, 3, 0));
    const leads = new Set(
      (localBySize.length > 0 ? localBySize : bySize).slice(0, 1 + rng.int(3)).map((p) => p.f),
    );
    const out: MembershipDef[] = [];
    for (const p of [...bySize.filter((q) => leads.has(q.f)), ...picked.filter((q) => !leads.has(q.f))]) {
      const founded = p.f < N ? this.companyAt(p.f).founded : this.publics[p.f - N]!.founded;
      const r = new Rng(streamSeed(this.seed, 3, p.f + 1));
      const lead = leads.has(p.f);
      let since = lead ? 2019 : 2019 + r.int(7);
      if (founded !== undefined && founded > since) since = Math.min(2025, founded);
      out.push({
        company: this.firmId(p.f),
        alliance: SYNTHETIC_ALLIANCE.id,
        since,
        role: lead ? "LEAD" : "MEMBER",
      });
    }
    return out;
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Public API
// ─────────────────────────────────────────────────────────────────────────────────────────────────

function normalise(opts: SyntheticOptions): Required<SyntheticOptions> {
  const scale = opts.scale ?? DEFAULT_SCALE;
  if (!Number.isInteger(scale) || scale < 0)
    throw new RangeError(`scale must be a non-negative integer, got ${scale}`);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const tiesPerCompany = opts.tiesPerCompany ?? 2.5;
  if (!(tiesPerCompany >= 0)) throw new RangeError(`tiesPerCompany must be ≥ 0, got ${tiesPerCompany}`);
  const allianceSize = opts.allianceSize ?? 60;
  if (!Number.isInteger(allianceSize) || allianceSize < 0) throw new RangeError(`allianceSize must be ≥ 0`);
  return {
    scale,
    seed: seed >>> 0,
    homeRegion: opts.homeRegion ?? DEFAULT_HOME_REGION,
    tiesPerCompany,
    allianceSize,
    publicTies: opts.publicTies ?? false,
  };
}

// The loader asks for companies, supplies and memberships one after the other: keep the last
// universe per catalog so the index is drawn once.
const cache = new WeakMap<CatalogInput, { key: string; universe: SyntheticUniverse }>();

/** Builds the model and the per-company index; the generators stream from it. */
export function createSyntheticUniverse(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): SyntheticUniverse {
  const o = normalise(opts);
  const key = JSON.stringify(o);
  const hit = cache.get(catalog);
  if (hit && hit.key === key) return hit.universe;
  const model = new Model(catalog, o.seed, o.homeRegion);
  const universe = new Universe(
    model,
    o.scale,
    o.seed,
    o.tiesPerCompany,
    o.allianceSize,
    catalog,
    o.publicTies,
  );
  cache.set(catalog, { key, universe });
  return universe;
}

export function* syntheticCompanies(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): Generator<CompanyDef> {
  yield* createSyntheticUniverse(catalog, opts).companies();
}

export function* syntheticSupplies(catalog: CatalogInput, opts: SyntheticOptions = {}): Generator<SupplyDef> {
  yield* createSyntheticUniverse(catalog, opts).supplies();
}

export function* syntheticMemberships(
  catalog: CatalogInput,
  opts: SyntheticOptions = {},
): Generator<MembershipDef> {
  yield* createSyntheticUniverse(catalog, opts).memberships();
}

export function syntheticAlliances(): AllianceDef[] {
  return [{ ...SYNTHETIC_ALLIANCE }];
}

/** SHA-256 (hex) of the whole generated stream: companies, supplies, alliances, memberships, one
 * JSON line each. Equal hashes mean byte-for-byte equal output. */
export function syntheticHash(catalog: CatalogInput, opts: SyntheticOptions = {}): string {
  const u = createSyntheticUniverse(catalog, opts);
  const h = createHash("sha256");
  for (const c of u.companies()) h.update(`C${JSON.stringify(c)}\n`);
  for (const s of u.supplies()) h.update(`S${JSON.stringify(s)}\n`);
  for (const a of u.alliances()) h.update(`A${JSON.stringify(a)}\n`);
  for (const m of u.memberships()) h.update(`M${JSON.stringify(m)}\n`);
  return h.digest("hex");
}
