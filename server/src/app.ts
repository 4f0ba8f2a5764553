import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { PROJECT_ROOT } from "./config.ts";
import type { AppDeps } from "./context.ts";
import { handleHealth } from "./health/routes.ts";
import { handleExport } from "./targets/export.ts";
import { createGraphQL } from "./yoga.ts";

export const CLIENT_DIST = path.join(PROJECT_ROOT, "dist", "client");

/**
 * One HTTP server for everything: /health and /ready, the GraphQL API at /graphql, and the built
 * client at / (single-page app: unknown paths fall back to index.html).
 */
export function createHttpServer(deps: AppDeps): http.Server {
  const yoga = createGraphQL(deps);
  const hasClient = fs.existsSync(path.join(CLIENT_DIST, "index.html"));
  const serveClient = hasClient ? sirv(CLIENT_DIST, { single: true, etag: true, gzip: false }) : undefined;

  return http.createServer((req, res) => {
    void (async () => {
      try {
        if (await handleHealth(req, res, deps.db)) return;
        if (req.url?.startsWith("/export/") && (await handleExport(req, res, deps))) return;
        if (req.url?.startsWith("/graphql")) {
          await yoga.handle(req, res);
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
        deps.log.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  });
}
