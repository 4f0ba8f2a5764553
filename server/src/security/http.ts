import type { IncomingMessage, ServerResponse } from "node:http";
import type { SecurityConfig } from "./config.ts";

/**
 * Transport guards every response passes (issue 11): allowed Host names (DNS rebinding), security
 * headers, CORS for configured origins only, request body limits and a per-caller rate limit.
 */

export const SECURITY_HEADERS: Record<string, string> = {
  // The client is one bundle from this origin; Cytoscape draws on canvas; PNG export uses blob: URLs.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function hostName(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end > 0 ? h.slice(0, end + 1) : null;
  }
  return h.split(":")[0] ?? null;
}

function refuse(
  res: ServerResponse,
  status: number,
  error: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(JSON.stringify({ error }));
}

/** Fixed-window counters per caller; small and per process (a load balancer spreads callers anyway). */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly perMinute: number) {}

  /** True when the caller may go on; counts the request. */
  take(key: string, now = Date.now()): boolean {
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n <= this.perMinute;
  }
}

export interface GuardResult {
  /** False when the guard answered the request itself (refused it or answered a preflight). */
  proceed: boolean;
}

/**
 * Runs before any route. Sets the security headers, answers CORS preflights, and refuses a wrong
 * Host, a foreign Origin on a state-changing request, or a body over the limit.
 */
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  security: SecurityConfig,
): GuardResult {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);

  const host = hostName(req.headers.host);
  if (!host || !security.allowedHosts.includes(host)) {
    refuse(res, 421, "this host name is not served here (set ALLOWED_HOSTS)");
    return { proceed: false };
  }

  const origin = req.headers.origin;
  const corsAllowed = origin !== undefined && security.corsOrigins.includes(origin);
  if (corsAllowed) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("access-control-allow-credentials", "true");
    res.setHeader("vary", "Origin");
  }
  if (req.method === "OPTIONS") {
    if (!corsAllowed) {
      refuse(res, 403, "cross-origin requests are not allowed from this origin");
      return { proceed: false };
    }
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "content-type, x-chain-atlas",
      "access-control-max-age": "600",
    });
    res.end();
    return { proceed: false };
  }
  // A browser always names the origin of a cross-site POST; one that is neither ours nor allowed
  // is refused before anything runs (defence in depth beside SameSite cookies and JSON-only bodies).
  if (req.method !== "GET" && req.method !== "HEAD" && origin !== undefined && !corsAllowed) {
    const own = hostName(origin.replace(/^https?:\/\//, ""));
    if (origin === "null" || !own || !security.allowedHosts.includes(own)) {
      refuse(res, 403, "cross-origin requests are not allowed from this origin");
      return { proceed: false };
    }
  }

  if (req.method === "POST") {
    const length = req.headers["content-length"];
    if (length === undefined) {
      refuse(res, 411, "a request body needs a Content-Length");
      return { proceed: false };
    }
    if (!/^\d+$/.test(length) || Number(length) > security.maxBodyBytes) {
      refuse(res, 413, `the request body is larger than ${security.maxBodyBytes} bytes`);
      return { proceed: false };
    }
  }
  return { proceed: true };
}

export function tooManyRequests(res: ServerResponse): void {
  refuse(res, 429, "too many requests; slow down", { "retry-after": "60" });
}
