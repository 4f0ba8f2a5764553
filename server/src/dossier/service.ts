/**
 * Gathers a chain's dossier inputs from the other capabilities' services (the chain tree and
 * coverage, the gap report, the target ranking, the pipeline's board and agenda, the offices) plus
 * three small queries of its own (key firms, R&D intensity of key segments, companies by source),
 * then maps them with the pure functions of mapping.ts. The API, the XLSX and the PDF all call
 * {@link computeDossier}, so they print the same rows under the same permissions.
 */
import { viewerOf } from "../auth/index.ts";
import { CHAIN_FEEDS, CHAIN_SEGMENTS } from "../chains/index.ts";
import type { CompanyRecord, SegmentRecord } from "../common/records.ts";
import type { GraphQLContext } from "../context.ts";
import { int } from "../db/driver.ts";
import { notFound } from "../errors.ts";
import { computeGapReport, explainGap } from "../gaps/index.ts";
import { agenda, board, today, type LeadRecord } from "../pipeline/index.ts";
import { computeRanking } from "../targets/index.ts";
import { suggestOffice, teamById } from "../teams/index.ts";
import { entriesOf } from "./entries.ts";
import type { DossierRecord, SourceCount } from "./records.ts";
import { FIRMS_PER_SEGMENT, PROJECTS_PER_STAGE, ROADMAP_PER_GAP, type Lang } from "./labels.ts";
import {
  buildDossier,
  type CompanyInput,
  type GapInput,
  type LeadInput,
  type Source,
  type TargetInput,
  type TaskInput,
} from "./mapping.ts";

export const KEY_FIRMS = `
MATCH (:Region {code: $home})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s:Segment {chainId: $chainId})
WHERE s.leaf
WITH DISTINCT s, c ORDER BY c.revenue IS NULL, c.revenue DESC, c.id
WITH s, collect(c)[..$n] AS top
UNWIND top AS c
RETURN s.id AS segmentId, c { .id, .name, .nameZh, .source, .revenue, .stockCode } AS company`;

export const KEY_TECH_RD = `
MATCH (s:Segment {chainId: $chainId}) WHERE s.leaf AND coalesce(s.keyTech, false)
CALL (s) {
  MATCH (s)<-[:OPERATES_IN]-(c) WHERE c.rdIntensity IS NOT NULL
  RETURN avg(c.rdIntensity) AS allRd, count(c) AS allRdKnown
}
CALL (s) {
  OPTIONAL MATCH (:Region {code: $home})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s)
  WHERE c.rdIntensity IS NOT NULL
  WITH DISTINCT c
  RETURN avg(c.rdIntensity) AS localRd, count(c) AS localRdKnown
}
RETURN s.id AS segmentId, allRd, allRdKnown, localRd, localRdKnown`;

// Distinct companies of the chain's leaves by source; the local ones found from the region side.
export const SOURCES = `
CALL () {
  MATCH (s:Segment {chainId: $chainId})<-[:OPERATES_IN]-(c) WHERE s.leaf
  WITH DISTINCT c
  RETURN collect([coalesce(c.source, 'imported'), 1]) AS everywhere
}
CALL () {
  OPTIONAL MATCH (:Region {code: $home})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(s:Segment {chainId: $chainId})
  WHERE s.leaf
  WITH DISTINCT c WHERE c IS NOT NULL
  RETURN collect(coalesce(c.source, 'imported')) AS locals
}
UNWIND ['public', 'synthetic', 'imported'] AS source
RETURN source, size([x IN everywhere WHERE x[0] = source]) AS all, size([x IN locals WHERE x = source]) AS local`;

const REGION_CHAINS = `
UNWIND $codes AS code
MATCH p = (:Region {code: code})-[:PART_OF*0..5]->(a:Region)
WITH code, a, length(p) AS d ORDER BY d
RETURN code, collect(a.code) AS chain`;

const companyInput = (c: Pick<CompanyRecord, "id" | "name" | "nameZh" | "source">): CompanyInput => ({
  id: c.id,
  name: c.name,
  nameZh: c.nameZh,
  source: c.source,
});

/**
 * The dossier of a chain for the home region, in `lang`, as the viewer may see it.
 * @throws NOT_FOUND naming the chain id for an unknown chain
 */
export async function computeDossier(
  ctx: GraphQLContext,
  chainId: string,
  lang: Lang,
): Promise<DossierRecord> {
  const viewer = viewerOf(ctx);
  const chain = await ctx.loaders.chain.load(chainId);
  if (!chain) throw notFound("Chain", chainId);
  const home = ctx.config.homeRegion;
  const { k } = ctx.config.gaps;
  const date = today();

  const [segmentRows, feedRows, report, firmRows, techRows, sourceRows, columns, agendaRecord, entries] =
    await Promise.all([
      ctx.cypher<{ segment: SegmentRecord }>(CHAIN_SEGMENTS, { chainId, leavesOnly: false }),
      ctx.cypher<{ fromId: string; toId: string }>(CHAIN_FEEDS, { chainId }),
      computeGapReport(ctx, chainId),
      ctx.cypher<{
        segmentId: string;
        company: Pick<CompanyRecord, "id" | "name" | "nameZh" | "source" | "revenue" | "stockCode">;
      }>(KEY_FIRMS, { chainId, home, n: int(FIRMS_PER_SEGMENT) }),
      ctx.cypher<{
        segmentId: string;
        allRd: number | null;
        allRdKnown: number;
        localRd: number | null;
        localRdKnown: number;
      }>(KEY_TECH_RD, { chainId, home }),
      ctx.cypher<{ source: Source; all: number; local: number }>(SOURCES, { chainId, home }),
      board(ctx.cypher, viewer, { chainId }, PROJECTS_PER_STAGE),
      agenda(ctx.cypher, viewer, ctx.config.pipeline, date, chainId),
      entriesOf(ctx.cypher, chainId),
    ]);
  const segments = segmentRows.map((r) => r.segment);
  for (const s of segments) ctx.loaders.segment.prime(s.id, s);
  const leaves = segments.filter((s) => s.leaf);
  const coverage = await ctx.loaders.coverage.loadMany(leaves.map((s) => `${home}|${s.id}`));
  const counts = new Map(
    leaves.map((s, i) => {
      const c = coverage[i];
      return [s.id, c instanceof Error || c === undefined ? { localCount: 0, totalCount: 0 } : c];
    }),
  );

  const langCode = lang === "zh" ? "ZH" : "EN";
  const gaps: GapInput[] = report.prioritised.map((g) => ({
    segmentId: g.segmentId,
    chainId: g.chainId,
    name: g.name,
    nameZh: g.nameZh,
    type: g.type,
    score: g.score,
    density: g.density,
    localCount: g.localCount,
    totalCount: g.totalCount,
    tier: g.priority.tier,
    reasons: g.priority.reasons,
    densityBand: g.priority.densityBand,
    explanation: explainGap(g, langCode),
  }));

  // 招商路线图: the ACT_NOW gaps' top targets, from the chain ranking (each company at its best gap).
  const actNow = gaps.filter((g) => g.tier === "ACT_NOW").map((g) => g.segmentId);
  let picked: { gapSegmentId: string; companyId: string; score: number; regionCode: string }[] = [];
  if (actNow.length > 0) {
    const ranking = await computeRanking(ctx, { chainId });
    const wanted = new Set(actNow);
    const perGap = new Map<string, number>();
    for (const r of ranking.rows) {
      if (!wanted.has(r.segmentId)) continue;
      const n = perGap.get(r.segmentId) ?? 0;
      if (n >= ROADMAP_PER_GAP) continue;
      perGap.set(r.segmentId, n + 1);
      picked.push({
        gapSegmentId: r.segmentId,
        companyId: r.companyId,
        score: r.score,
        regionCode: r.regionCode,
      });
    }
    const order = new Map(actNow.map((id, i) => [id, i]));
    picked = picked.sort((a, b) => order.get(a.gapSegmentId)! - order.get(b.gapSegmentId)!);
  }

  const leadsShown = [
    ...columns.flatMap((c) => c.leads),
    ...agendaRecord.overdueMilestones.map((m) => m.lead),
    ...agendaRecord.stalledLeads,
    ...agendaRecord.awaitingDecision,
  ];
  const companyIds = [...new Set([...picked.map((p) => p.companyId), ...leadsShown.map((l) => l.companyId)])];
  const regionCodes = [...new Set(picked.map((p) => p.regionCode))];
  const segmentIds = [...new Set(leadsShown.map((l) => l.segmentId))];
  const [companies, regions, regionChains, leadSegments] = await Promise.all([
    ctx.loaders.company.loadMany(companyIds),
    ctx.loaders.region.loadMany(regionCodes),
    regionCodes.length
      ? ctx.cypher<{ code: string; chain: string[] }>(REGION_CHAINS, { codes: regionCodes })
      : Promise.resolve([]),
    ctx.loaders.segment.loadMany(segmentIds),
  ]);
  const companyOf = new Map<string, CompanyRecord>();
  for (const c of companies) if (c && !(c instanceof Error)) companyOf.set(c.id, c);
  const regionOf = new Map<string, { name: string; nameZh: string }>();
  regions.forEach((r, i) => {
    if (r && !(r instanceof Error)) regionOf.set(regionCodes[i]!, r);
  });
  const chainOf = new Map(regionChains.map((r) => [r.code, r.chain]));
  const segmentOf = new Map<string, SegmentRecord>();
  for (const s of leadSegments) if (s && !(s instanceof Error)) segmentOf.set(s.id, s);

  const targets: TargetInput[] = picked.flatMap((p) => {
    const c = companyOf.get(p.companyId);
    if (!c) return [];
    const office = suggestOffice(chainOf.get(p.regionCode) ?? [p.regionCode]);
    return [
      {
        gapSegmentId: p.gapSegmentId,
        company: companyInput(c),
        region: regionOf.get(p.regionCode) ?? null,
        score: p.score,
        office: office ? { id: office.id, name: office.name, nameZh: office.nameZh } : null,
      },
    ];
  });

  const leadInput = (l: LeadRecord): LeadInput => {
    const c = companyOf.get(l.companyId);
    const s = segmentOf.get(l.segmentId);
    const team = teamById(l.teamId);
    return {
      id: l.id,
      stage: l.stage,
      company: c
        ? companyInput(c)
        : { id: l.companyId, name: l.companyId, nameZh: l.companyId, source: "imported" },
      segment: s ? { name: s.name, nameZh: s.nameZh } : null,
      team: team ? { name: team.name, nameZh: team.nameZh } : { name: l.teamId, nameZh: l.teamId },
      amountRmb: l.amountRmb,
      keyProject: l.keyProject,
      lastChangeOn: l.lastChangeOn,
      lastStageOn: l.lastStageOn,
      synthetic: l.synthetic,
      restricted: l.restricted,
    };
  };
  const tasks: TaskInput[] = [
    ...agendaRecord.overdueMilestones.map((m): TaskInput => ({
      kind: "OVERDUE_MILESTONE",
      lead: leadInput(m.lead),
      title: m.milestone.title,
      owner: m.milestone.owner,
      date: m.milestone.due,
      daysOverdue: m.daysOverdue,
    })),
    ...agendaRecord.stalledLeads.map((l): TaskInput => ({
      kind: "STALLED",
      lead: leadInput(l),
      title: "",
      owner: "",
      date: l.lastChangeOn,
      daysOverdue: null,
    })),
    ...agendaRecord.awaitingDecision.map((l): TaskInput => ({
      kind: "AWAITING_DECISION",
      lead: leadInput(l),
      title: "",
      owner: "",
      date: l.lastStageOn,
      daysOverdue: null,
    })),
  ];

  const out = buildDossier({
    lang,
    chain,
    segments: segments.map((s) => ({
      id: s.id,
      name: s.name,
      nameZh: s.nameZh,
      stage: s.stage,
      keyTech: s.keyTech,
      leaf: s.leaf,
      parentId: s.parentId,
      localCount: counts.get(s.id)?.localCount ?? 0,
      totalCount: counts.get(s.id)?.totalCount ?? 0,
    })),
    feeds: feedRows.map((f) => ({ fromId: f.fromId, toId: f.toId })),
    k,
    gaps,
    tech: techRows,
    targets,
    firms: firmRows.map((r) => ({ segmentId: r.segmentId, company: r.company })),
    projects: columns.map((c) => ({ stage: c.stage, count: c.count, leads: c.leads.map(leadInput) })),
    tasks,
    entries,
  });
  return {
    ...out,
    chain,
    regionCode: home,
    generatedOn: date,
    lang,
    sources: sourceRows.map((r) => ({
      source: r.source.toUpperCase() as SourceCount["source"],
      all: r.all,
      local: r.local,
    })),
  };
}
