import DataLoader from "dataloader";
import { viewerOf } from "../auth/index.ts";
import { pageSize } from "../common/pagination.ts";
import type { GraphQLContext } from "../context.ts";
import { badInput } from "../errors.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { officeById, suggestOffice, teamById } from "../teams/index.ts";
import {
  agenda,
  board,
  encodeLeadCursor,
  eventsOfLeads,
  leadPage,
  leaderboard,
  leadsById,
  milestonesOfLeads,
  progressOfSegments,
  today,
  zoneStanding,
} from "./queries.ts";
import type { LeadEventRecord, LeadProgressRecord, LeadRecord, MilestoneRecord } from "./records.ts";
import { FORWARD, allowedNext, isStalled } from "./rules.ts";
import {
  addMilestone,
  completeMilestone,
  createLead,
  moveLead,
  regionChainOf,
  updateLead,
} from "./writes.ts";

interface PipelineLoaders {
  lead: DataLoader<string, LeadRecord | null>;
  history: DataLoader<string, LeadEventRecord[]>;
  milestones: DataLoader<string, MilestoneRecord[]>;
  progress: DataLoader<string, LeadProgressRecord>;
}
const perRequest = new WeakMap<GraphQLContext, PipelineLoaders>();

/** Per-request loaders of this capability, kept beside the request's context. */
function loadersOf(ctx: GraphQLContext): PipelineLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      lead: new DataLoader((ids) => leadsById(ctx.cypher, viewerOf(ctx), ids)),
      history: new DataLoader((ids) => eventsOfLeads(ctx.cypher, ids)),
      milestones: new DataLoader((ids) => milestonesOfLeads(ctx.cypher, ids)),
      progress: new DataLoader((ids) => progressOfSegments(ctx.cypher, ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

const MAX_PER_STAGE = 50;

export const pipelineResolvers: Resolvers = {
  Query: {
    leads: async (_, { filter, first, after }, ctx) => {
      const n = pageSize(first, 20);
      const page = await leadPage(ctx.cypher, viewerOf(ctx), filter, n, after);
      const edges = page.leads.map((node) => ({ cursor: encodeLeadCursor(node), node }));
      return {
        edges,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: page.totalCount,
      };
    },
    lead: (_, { id }, ctx) => loadersOf(ctx).lead.load(id),
    pipelineBoard: (_, { filter, perStage }, ctx) => {
      const per = perStage ?? 10;
      if (!Number.isInteger(per) || per < 0 || per > MAX_PER_STAGE)
        throw badInput(`perStage must be a whole number from 0 to ${MAX_PER_STAGE} (got ${per})`, "perStage");
      return board(ctx.cypher, viewerOf(ctx), filter, per);
    },
    leaderboard: (_, { period, at }, ctx) => leaderboard(ctx.cypher, ctx.config.pipeline, period, at),
    zoneStanding: (_, { period, at }, ctx) => zoneStanding(ctx.cypher, ctx.config.pipeline, period, at),
    coordinationAgenda: (_, { date }, ctx) => agenda(ctx.cypher, viewerOf(ctx), ctx.config.pipeline, date),
    suggestedOffice: async (_, { companyId }, ctx) =>
      suggestOffice(await regionChainOf((q, p) => ctx.cypher<{ code: string }>(q, p), companyId)),
  },
  Mutation: {
    createLead: (_, { input }, ctx) => createLead(ctx, input),
    moveLead: (_, args, ctx) => moveLead(ctx, args),
    updateLead: (_, { id, input }, ctx) => updateLead(ctx, id, input),
    addMilestone: (_, args, ctx) => addMilestone(ctx, args),
    completeMilestone: (_, args, ctx) => completeMilestone(ctx, args),
  },
  Lead: {
    company: async (l, _, ctx) => (await ctx.loaders.company.load(l.companyId))!,
    segment: (l, _, ctx) => ctx.loaders.segment.load(l.segmentId),
    team: (l) => teamById(l.teamId)!,
    office: (l) => (l.officeId ? (officeById(l.officeId) ?? null) : null),
    nextStages: (l) => (l.restricted ? [] : [...allowedNext(l.stage, l.pausedFrom)]),
    stalled: (l, _, ctx) => isStalled(l.stage, l.lastChangeOn, today(), ctx.config.pipeline.stallDays),
    overdue: (l) => {
      if (l.restricted) return false;
      if (l.milestoneOverdue) return true;
      const now = today();
      return FORWARD.some((s) => {
        const planned = l.planned[s];
        return planned !== undefined && planned < now && l.actual[s] === undefined && l.stage !== "LOST";
      });
    },
    schedule: (l) =>
      l.restricted
        ? []
        : FORWARD.map((stage) => {
            const planned = l.planned[stage] ?? null;
            const actual = l.actual[stage] ?? null;
            return { stage, planned, actual, late: planned !== null && actual === null && planned < today() };
          }),
    milestones: (l, _, ctx) => (l.restricted ? [] : loadersOf(ctx).milestones.load(l.id)),
    history: (l, _, ctx) => (l.restricted ? [] : loadersOf(ctx).history.load(l.id)),
  },
  LeadEvent: {
    kind: (e) => e.kind as never,
  },
  Milestone: {
    overdue: (m) => m.doneOn === null && m.due < today(),
  },
  TeamStanding: {
    team: (s) => teamById(s.teamId)!,
  },
  AgendaMilestone: {},
  Segment: {
    leadProgress: (s, _, ctx) => loadersOf(ctx).progress.load(s.id),
  },
  Gap: {
    leadProgress: (g, _, ctx) => loadersOf(ctx).progress.load(g.segmentId),
  },
};
