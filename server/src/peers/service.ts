/**
 * Peer comparison: the home zone beside peer regions in one chain. Each region is run through the
 * gap analysis with itself as the region (`computeGapReport(ctx, chainId, code)`): its row of the
 * region × segment matrix (companies located in it or under it), its RCA by the same function over
 * the same matrix, its completeness by the same presence rule. The home zone's report is the very
 * one the gap view shows (same cache entry). Distinct companies per stage come from queries.ts.
 */
import type { GraphQLContext } from "../context.ts";
import { badInput } from "../errors.ts";
import { computeGapReport, type GapReportRecord } from "../gaps/index.ts";
import { compareRegions, type PeerLeaf, type RegionChainInput } from "./compare.ts";
import { stageCompanies } from "./queries.ts";
import type { PeerComparisonRecord, PeerRegionRecord } from "./records.ts";

/** The most peers one comparison takes (each is one gap analysis; the table stays readable). */
export const MAX_PEERS = 8;

/**
 * Checks a list of peer codes without the database: non-empty strings, at most {@link MAX_PEERS},
 * no repeats, not the home region. `field` names where the list came from (`peers` or
 * `PEER_REGIONS`) in the error.
 */
export function checkPeerCodes(codes: readonly string[], home: string, field: string): string[] {
  if (codes.length > MAX_PEERS) {
    throw badInput(`${field}: at most ${MAX_PEERS} peer regions (got ${codes.length})`, field);
  }
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (code.trim() === "") throw badInput(`${field}[${i}]: a region code may not be empty`, field);
    if (code === home) {
      throw badInput(`${field}[${i}]: ${code} is the home region itself, not a peer`, field);
    }
    if (seen.has(code)) throw badInput(`${field}[${i}]: region ${code} is named twice`, field);
    seen.add(code);
  });
  return [...codes];
}

function inputOf(report: GapReportRecord, stages: Awaited<ReturnType<typeof stageCompanies>>) {
  const staged = stages.get(report.region.code) ?? {
    companies: 0,
    stages: { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 },
  };
  const input: RegionChainInput = {
    code: report.region.code,
    counts: report.points.map((p) => p.localCount),
    rca: report.points.map((p) => p.relativePresence),
    stageCompanies: staged.stages,
    chainCompanies: staged.companies,
  };
  return input;
}

/**
 * The comparison of the home zone with `peers` (default: the configured PEER_REGIONS).
 *
 * @throws NOT_FOUND for an unknown chain; BAD_USER_INPUT naming `peers` (or `PEER_REGIONS` for the
 *   configured list) for an unknown, repeated or home region code, or more than {@link MAX_PEERS}
 */
export async function computePeerComparison(
  ctx: GraphQLContext,
  chainId: string,
  peers?: readonly string[] | null,
): Promise<PeerComparisonRecord> {
  const home = ctx.config.homeRegion;
  const field = peers === null || peers === undefined ? "PEER_REGIONS" : "peers";
  const codes = checkPeerCodes(peers ?? ctx.config.peerRegions, home, field);
  // The home report first: it answers NOT_FOUND for an unknown chain before any peer is judged.
  const homeReport = await computeGapReport(ctx, chainId, home);
  const records = await ctx.loaders.region.loadMany(codes);
  records.forEach((record, i) => {
    if (record === null || record instanceof Error) {
      throw badInput(`${field}[${i}]: no region with code "${codes[i]}" in the region tree`, field);
    }
  });
  const peerReports = await Promise.all(codes.map((code) => computeGapReport(ctx, chainId, code)));
  const stages = await stageCompanies(ctx.cypher, chainId, [home, ...codes]);
  // computeGapReport primed the segment loader with every leaf.
  const leaves: PeerLeaf[] = await Promise.all(
    homeReport.points.map(async (p) => {
      const segment = await ctx.loaders.segment.load(p.segmentId);
      if (segment === null) throw new Error(`segment ${p.segmentId} vanished during a peer comparison`);
      return { id: segment.id, stage: segment.stage, keyTech: segment.keyTech };
    }),
  );
  const compared = compareRegions(
    leaves,
    inputOf(homeReport, stages),
    peerReports.map((r) => inputOf(r, stages)),
  );
  const withRegion = (row: (typeof compared)["home"], report: GapReportRecord): PeerRegionRecord => ({
    ...row,
    region: report.region,
  });
  return {
    chain: homeReport.chain,
    home: withRegion(compared.home, homeReport),
    peers: compared.peers.map((row, i) => withRegion(row, peerReports[i]!)),
    presenceVersion: homeReport.presenceVersion,
  };
}

/**
 * Codes of PEER_REGIONS missing from the region tree (the composition root refuses to start with
 * any, naming the variable).
 */
export async function unknownPeerRegions(ctx: Pick<GraphQLContext, "cypher" | "config">): Promise<string[]> {
  const rows = await ctx.cypher<{ code: string }>(
    "UNWIND $codes AS code OPTIONAL MATCH (r:Region {code: code}) WITH code, r WHERE r IS NULL RETURN code",
    { codes: ctx.config.peerRegions },
  );
  return rows.map((r) => r.code);
}
