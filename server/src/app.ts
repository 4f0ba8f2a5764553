import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { handleAuthRoute, LoginThrottle, viewerOfRequest } from "./auth/http.ts";
import { allows, ROUTE_RULES } from "./auth/policy.ts";
import { SessionStore } from "./auth/sessions.ts";
import { PROJECT_ROOT } from "./config.ts";
import type { AppDeps } from "./context.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { handleHealth } from "./health/routes.ts";
import { guardRequest } from "./security/http.ts";
import { handleGapExport } from "./gaps/export.ts";
import { handleExport } from "./targets/export.ts";
import { handleBulletin } from "./pipeline/bulletin.ts";
import { handleImportTemplate } from "./imports/routes.ts";
import { handleReport, reportRoutePattern } from "./dossier/routes.ts";
import { createGraphQL } from "./yoga.ts";

export const CLIENT_DIST = path.join(PROJECT_ROOT, "dist", "client");

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { code, message } }));
}

const isLoopback = (address: string | undefined) =>
  address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";

/**
 * One HTTP server for everything: /health and /ready, sign-in, the GraphQL API at /graphql, exports,
 * and the built client at / (single-page app: unknown paths fall back to index.html). Every request
 * passes the transport guard first; each route's rule is in auth/policy.ts (ROUTE_RULES).
 */
export function createHttpServer(deps: AppDeps): http.Server {
  const sessions = new SessionStore(deps.db);
  const throttle = new LoginThrottle();
  const yoga = createGraphQL({ ...deps, sessions });
  const hasClient = fs.existsSync(path.join(CLIENT_DIST, "index.html"));
  const serveClient = hasClient ? sirv(CLIENT_DIST, { single: true, etag: true, gzip: false }) : undefined;
  const security = deps.config.security;

  return http.createServer((req, res) => {
    void (async () => {
      try {
        if (!guardRequest(req, res, security).proceed) return;
        const pathname = (req.url ?? "/").split("?")[0] ?? "/";
        if (pathname === "/health") {
          await handleHealth(req, res, deps.db);
          return;
        }
        if (pathname === "/ready") {
          // Supervisors on this machine ask anonymously; anyone else needs a session.
          const viewer = isLoopback(req.socket.remoteAddress)
            ? null
            : await viewerOfRequest(req.headers.cookie, sessions);
          if (!isLoopback(req.socket.remoteAddress) && !viewer) {
            refuse(res, 401, "UNAUTHENTICATED", "Sign in first (POST /auth/login)");
            return;
          }
          await handleHealth(req, res, deps.db);
          return;
        }
        if (await handleAuthRoute(req, res, { ...deps, sessions, throttle })) return;
        if (pathname.startsWith("/graphql")) {
          await yoga.handle(req, res);
          return;
        }
        if (
          pathname.startsWith("/export/") ||
          pathname.startsWith("/import/") ||
          pathname.startsWith("/report/")
        ) {
          const viewer = await viewerOfRequest(req.headers.cookie, sessions);
          if (!viewer) {
            refuse(res, 401, "UNAUTHENTICATED", "Sign in first (POST /auth/login)");
            return;
          }
          // A report path names its chain: its rule is the pattern's (`/report/chain/{chainId}.pdf`).
          const rule = ROUTE_RULES[`${req.method ?? "GET"} ${reportRoutePattern(pathname) ?? pathname}`];
          if (!rule || rule === "PUBLIC" || !allows(rule, viewer)) {
            // Unknown export paths answer 404 to everyone; known ones 403 to a role without the right.
            if (!rule) refuse(res, 404, "NOT_FOUND", "no such export");
            else refuse(res, 403, "FORBIDDEN", `Your role (${viewer.role}) may not use ${pathname}`);
            return;
          }
          if (pathname.startsWith("/import/")) {
            if (handleImportTemplate(req, res)) return;
          } else if (pathname.startsWith("/report/")) {
            if (await handleReport(req, res, deps, viewer)) return;
          } else {
            if (await handleBulletin(req, res, deps, viewer)) return;
            if (await handleExport(req, res, deps, viewer)) return;
            if (await handleGapExport(req, res, deps, viewer)) return;
          }
        }
        if (req.method !== "GET" && req.method !== "HEAD") {
          refuse(res, 405, "METHOD_NOT_ALLOWED", "static files answer GET only");
          return;
        }
        if (serveClient) {
          serveClient(req, res, () => {
            res.writeHead(404).end("not found");
          });
          return;
        }
        res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
        res.end("The client is not built: run `npm run build:client` (npm start does it).");
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          // Outside GraphQL too (sign-in, exports, session lookups): a JSON 503, never an empty 500.
          if (!res.headersSent) {
            refuse(res, 503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly");
          } else {
            res.destroy();
          }
          return;
        }
        deps.log.error({ err: error }, "request failed");
        if (!res.headersSent) {
          refuse(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side");
        } else {
          res.end();
        }
      }
    })();
  });
}
