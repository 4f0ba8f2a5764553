/** The chain map's data: the chain (fast), its gap report (heavier) and a segment's local companies. */
import type { Lang } from "../i18n/index.ts";
import { request } from "./client.ts";
import { CHAIN_MAP, GAPS, SEGMENT_COMPANIES, type GapReport } from "./operations.ts";
import type { ChainDef } from "../transforms/chain-map.ts";

export async function fetchChain(chainId: string, signal: AbortSignal): Promise<ChainDef | null> {
  return (await request(CHAIN_MAP, { id: chainId }, signal)).chain;
}

/** The gap report with its explanations in the language. */
export async function fetchGapReport(chainId: string, lang: Lang, signal: AbortSignal): Promise<GapReport> {
  return (await request(GAPS, { chainId, lang: lang === "zh" ? "ZH" : "EN" }, signal)).gaps;
}

export async function fetchSegmentCompanies(
  segmentId: string,
  regionCode: string,
  signal: AbortSignal,
  first = 30,
) {
  return (await request(SEGMENT_COMPANIES, { segmentId, region: regionCode, first }, signal)).companies;
}
