import type { Resolvers } from "../generated/resolvers-types.ts";
import type { GraphQLContext } from "../context.ts";
import type { AlertRow } from "./queries.ts";
import {
  markAlertsRead,
  myAlerts,
  myWatches,
  unreadAlertCount,
  unwatch,
  watchGap,
  watchLead,
  watchPeerSegment,
} from "./service.ts";

function detail(alert: AlertRow): Record<string, unknown> {
  try {
    return JSON.parse(alert.detailJson) as Record<string, unknown>;
  } catch {
    return {};
  }
}
const text = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

const chainOf = (id: string | null, ctx: GraphQLContext) => (id === null ? null : ctx.loaders.chain.load(id));
const segmentOf = (id: string | null, ctx: GraphQLContext) =>
  id === null ? null : ctx.loaders.segment.load(id);
const regionOf = (code: string | null, ctx: GraphQLContext) =>
  code === null ? null : ctx.loaders.region.load(code);

export const alertResolvers: Resolvers = {
  Query: {
    myAlerts: (_, { first, unreadOnly }, ctx) => myAlerts(ctx, first ?? 50, unreadOnly ?? false),
    unreadAlertCount: (_, __, ctx) => unreadAlertCount(ctx),
    myWatches: (_, __, ctx) => myWatches(ctx),
  },
  Mutation: {
    watchGap: (_, { chainId, segmentId }, ctx) => watchGap(ctx, chainId, segmentId),
    watchLead: (_, { leadId }, ctx) => watchLead(ctx, leadId),
    watchPeerSegment: (_, { chainId, segmentId, peerCode }, ctx) =>
      watchPeerSegment(ctx, chainId, segmentId, peerCode),
    unwatch: (_, { watchId }, ctx) => unwatch(ctx, watchId),
    markAlertsRead: (_, { ids }, ctx) => markAlertsRead(ctx, ids),
  },
  Watch: {
    chain: (w, _, ctx) => chainOf(w.chainId, ctx),
    segment: (w, _, ctx) => segmentOf(w.segmentId, ctx),
    peer: (w, _, ctx) => regionOf(w.peerCode, ctx),
  },
  Alert: {
    chain: (a, _, ctx) => chainOf(a.chainId, ctx),
    segment: (a, _, ctx) => segmentOf(a.segmentId, ctx),
    peer: (a, _, ctx) => regionOf(a.peerCode, ctx),
    count: (a) => num(detail(a).count),
    names: (a) => {
      const d = detail(a);
      return a.kind === "NEW_CANDIDATES" ? strings(d.names) : strings([d.companyName]);
    },
    namesZh: (a) => {
      const d = detail(a);
      return a.kind === "NEW_CANDIDATES" ? strings(d.namesZh) : strings([d.companyNameZh]);
    },
    stage: (a) => text(detail(a).stage),
    days: (a) => num(detail(a).days),
    // A recruiter sees another team's lead at stage level only (pipeline/queries.ts `present`).
    milestoneTitle: (a, _, ctx) =>
      ctx.viewer?.role === "RECRUITER" && ctx.viewer.teamId !== a.teamId ? "" : text(detail(a).title),
    due: (a) => text(detail(a).due),
    peerRca: (a) => num(detail(a).peerRca),
    zoneRca: (a) => num(detail(a).zoneRca),
  },
};
