import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createYoga, useExecutionCancellation, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { applyPolicy } from "./auth/guard.ts";
import { viewerOfRequest } from "./auth/http.ts";
import type { Viewer } from "./auth/roles.ts";
import { SessionStore } from "./auth/sessions.ts";
import { createContext, type AppDeps, type GraphQLContext } from "./context.ts";
import { isDatabaseUnavailable, maskError } from "./errors.ts";
import { AnswerCache, answerCachePlugin } from "./common/answer-cache.ts";
import { buildSchema } from "./schema.ts";
import { jsonOnlyPlugin, limitPlugins } from "./security/graphql.ts";
import { persistedOperationsPlugin } from "./security/persisted.ts";
import { RateLimiter } from "./security/http.ts";

export interface GraphQLDeps extends AppDeps {
  /** Shared with the HTTP routes (sign-in creates what GraphQL reads); one is made when absent. */
  sessions?: SessionStore;
  /** The answer cache; one is made when absent (tests pass their own to read its counters). */
  answerCache?: AnswerCache;
}

function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
) {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * The door: every GraphQL request needs a session (401 UNAUTHENTICATED otherwise, before the body is
 * parsed) and stays under its user's rate limit (429 RATE_LIMITED).
 */
function doorPlugin(
  sessions: SessionStore,
  viewers: WeakMap<Request, Viewer>,
  rateLimitPerMinute: number,
): Plugin {
  const limiter = new RateLimiter(rateLimitPerMinute);
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      let viewer: Viewer | null;
      try {
        viewer = await viewerOfRequest(request.headers.get("cookie"), sessions);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        endResponse(
          errorResponse(
            fetchAPI,
            503,
            "DATABASE_UNAVAILABLE",
            "The database is unavailable; try again shortly",
          ),
        );
        return;
      }
      if (!viewer) {
        endResponse(errorResponse(fetchAPI, 401, "UNAUTHENTICATED", "Sign in first (POST /auth/login)"));
        return;
      }
      if (!limiter.take(viewer.userId)) {
        endResponse(errorResponse(fetchAPI, 429, "RATE_LIMITED", "Too many requests; slow down"));
        return;
      }
      viewers.set(request, viewer);
    },
  };
}

/** The GraphQL app, built apart from any listening socket so tests can call yoga.fetch directly. */
export function createGraphQL(deps: GraphQLDeps): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const isDev = deps.config.env === "development";
  const security = deps.config.security;
  deps.db.readTimeoutMs = security.readTimeoutMs;
  const sessions = deps.sessions ?? new SessionStore(deps.db);
  const viewers = new WeakMap<Request, Viewer>();
  const answers = deps.answerCache ?? new AnswerCache();
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: applyPolicy(buildSchema()),
    graphqlEndpoint: "/graphql",
    graphiql: isDev,
    landingPage: false,
    // Same origin only unless CORS_ORIGINS says otherwise (the HTTP guard answers those).
    cors: false,
    // Batching would multiply every limit by the batch size.
    batching: false,
    context: ({ request }) => createContext(deps, viewers.get(request) ?? null, request.signal, sessions),
    plugins: [
      jsonOnlyPlugin(),
      // GET requests (queries only) must carry this header: a cross-site <img> or link cannot.
      useCSRFPrevention({ requestHeaders: ["x-chain-atlas"] }),
      doorPlugin(sessions, viewers, security.rateLimitPerMinute),
      persistedOperationsPlugin(),
      ...limitPlugins(security.graphql, !isDev),
      useExecutionCancellation(),
      // After the limits: a cached answer is still only given to a request that passed them.
      answerCachePlugin(answers),
    ],
    maskedErrors: { maskError: (error, message) => maskError(error, message, isDev) },
    logging: {
      debug: (...args) => deps.log.debug(args.map(String).join(" ")),
      info: (...args) => deps.log.info(args.map(String).join(" ")),
      warn: (...args) => deps.log.warn(args.map(String).join(" ")),
      error: (...args) => deps.log.error(args.map(String).join(" ")),
    },
  });
}
