import type { GraphQLContext } from "../context.ts";
import { badInput } from "../errors.ts";
import { int } from "../db/driver.ts";
import { decodeCursor, encodeCursor, pageSize } from "../common/pagination.ts";
import { teamById } from "../teams/index.ts";
import type { Viewer } from "./roles.ts";
import { viewerOf } from "./viewer.ts";
import { createUser, listUsers, setPassword, updateUser, UserInputError, type UserRecord } from "./users.ts";

async function asUserInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserInputError) throw badInput(error.message, error.field);
    throw error;
  }
}

interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
  atMs: number;
}

const companyOf = (companyId: string | null, ctx: GraphQLContext) =>
  companyId ? ctx.loaders.company.load(companyId) : null;

export const authResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: GraphQLContext) => viewerOf(ctx),
    users: (_: unknown, __: unknown, ctx: GraphQLContext) => listUsers(ctx.db),
    auditLog: async (
      _: unknown,
      args: { first?: number | null; after?: string | null },
      ctx: GraphQLContext,
    ) => {
      const first = pageSize(args.first, 50, 200);
      const cursor = decodeCursor(args.after);
      if (args.after && (cursor === null || cursor.key === null)) {
        throw badInput("after is not a cursor of the audit log", "after");
      }
      const before = cursor ? { atMs: cursor.key, id: cursor.id } : null;
      const rows = await ctx.cypher<AuditRow>(
        `MATCH (e:AuditEvent)
         WITH e, e.at.epochMillis AS atMs
         WHERE $before IS NULL OR atMs < $before.atMs OR (atMs = $before.atMs AND e.id < $before.id)
         OPTIONAL MATCH (u:User {id: e.actor})
         WITH e, atMs, coalesce(u.username, e.actor) AS actor
         ORDER BY atMs DESC, e.id DESC LIMIT $limit
         RETURN e.id AS id, toString(e.at) AS at, actor, e.action AS action, e.target AS target,
                e.detail AS detail, atMs`,
        { before, limit: int(first + 1) },
      );
      const page = rows.slice(0, first);
      const last = page[page.length - 1];
      return {
        nodes: page,
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: last ? encodeCursor({ key: last.atMs, id: last.id }) : null,
        },
      };
    },
  },
  Mutation: {
    createUser: (
      _: unknown,
      args: {
        input: {
          username: string;
          role: string;
          password: string;
          teamId?: string | null;
          companyId?: string | null;
        };
      },
      ctx: GraphQLContext,
    ) => asUserInput(() => createUser(ctx.db, args.input, viewerOf(ctx).userId)),
    updateUser: async (
      _: unknown,
      args: {
        id: string;
        input: {
          role?: string | null;
          teamId?: string | null;
          companyId?: string | null;
          active?: boolean | null;
        };
      },
      ctx: GraphQLContext,
    ) => {
      const user = await asUserInput(() => updateUser(ctx.db, args.id, args.input, viewerOf(ctx).userId));
      ctx.sessions?.forgetAll();
      return user;
    },
    resetPassword: async (_: unknown, args: { id: string; password: string }, ctx: GraphQLContext) => {
      const user = await asUserInput(() => setPassword(ctx.db, args.id, args.password, viewerOf(ctx).userId));
      ctx.sessions?.forgetAll();
      return user;
    },
  },
  Me: {
    team: (me: Viewer) => (me.teamId ? (teamById(me.teamId) ?? null) : null),
    company: (me: Viewer, _: unknown, ctx: GraphQLContext) => companyOf(me.companyId, ctx),
  },
  User: {
    team: (user: UserRecord) => (user.teamId ? (teamById(user.teamId) ?? null) : null),
    company: (user: UserRecord, _: unknown, ctx: GraphQLContext) => companyOf(user.companyId, ctx),
  },
};
