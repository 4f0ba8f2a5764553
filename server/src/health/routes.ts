import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "../db/driver.ts";

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * /health: the process is alive. /ready: the database answers right now (503 otherwise), with the
 * breaker's state and, for the local Neo4j, its supervisor's (restarts, last unexpected exit).
 */
export async function handleHealth(req: IncomingMessage, res: ServerResponse, db: Db): Promise<boolean> {
  const url = req.url?.split("?")[0];
  if (url === "/health") {
    json(res, 200, { status: "ok" });
    return true;
  }
  if (url === "/ready") {
    const up = (await db.ping()) === true;
    json(res, up ? 200 : 503, {
      status: up ? "ready" : "database unavailable",
      database: {
        breaker: db.breaker.state,
        breakerOpens: db.breaker.opens,
        silentProbes: db.breaker.silentProbes,
        ...(db.supervision ? db.supervision() : {}),
      },
    });
    return true;
  }
  return false;
}
