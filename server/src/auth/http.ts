import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "../config.ts";
import type { Db } from "../db/driver.ts";
import type { Logger } from "../logger.ts";
import { recordAudit } from "../audit/index.ts";
import { spendVerifyTime, verifyPassword } from "./passwords.ts";
import type { Viewer } from "./roles.ts";
import { createSession, type SessionStore } from "./sessions.ts";
import { credentialsOf } from "./users.ts";

/** The session cookie: httpOnly (no script reads it), SameSite=Strict (no other site sends it). */
export const SESSION_COOKIE = "atlas_session";

export function cookieValue(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** Reads a small JSON body (the caller has checked Content-Length against the limit). */
async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new Error("body too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Failed sign-ins per username and per address in a sliding quarter hour: after
 * {@link MAX_FAILURES} the next attempts answer 429 until the window passes, so passwords cannot be
 * guessed at speed (argon2 already costs ~20 ms a try).
 */
const FAILURE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 10;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  blocked(keys: string[], now = Date.now()): boolean {
    return keys.some((key) => this.recent(key, now).length >= MAX_FAILURES);
  }

  fail(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.failures.clear();
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
  }
}

export interface AuthRouteDeps {
  db: Db;
  config: Config;
  log: Logger;
  sessions: SessionStore;
  throttle: LoginThrottle;
}

/** POST /auth/login and POST /auth/logout. Returns false for any other request. */
export async function handleAuthRoute(
  req: IncomingMessage,
  res: ServerResponse,
  deps: AuthRouteDeps,
): Promise<boolean> {
  const url = req.url?.split("?")[0];
  if (url !== "/auth/login" && url !== "/auth/logout") return false;
  if (req.method !== "POST") {
    json(res, 405, { error: "use POST" }, { allow: "POST" });
    return true;
  }
  // JSON only: a cross-site HTML form cannot send it, so no login CSRF.
  if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) {
    json(res, 415, { error: "send application/json" });
    return true;
  }
  const secure = deps.config.security.cookieSecure;
  if (url === "/auth/logout") {
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (token) await deps.sessions.destroy(token);
    json(res, 200, { ok: true }, { "set-cookie": sessionCookie("", 0, secure) });
    return true;
  }

  let body: unknown;
  try {
    body = await readJson(req, 4096);
  } catch {
    json(res, 400, { error: 'the body must be a JSON object {"username", "password"}' });
    return true;
  }
  const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
  if (
    typeof username !== "string" ||
    typeof password !== "string" ||
    username.length > 100 ||
    password.length > 200
  ) {
    json(res, 400, { error: "username and password must be strings" });
    return true;
  }
  const keys = [`u:${username.toLowerCase()}`, `a:${req.socket.remoteAddress ?? "?"}`];
  if (deps.throttle.blocked(keys)) {
    json(
      res,
      429,
      { error: "too many failed sign-ins; wait a quarter of an hour" },
      { "retry-after": "900" },
    );
    return true;
  }
  const credentials = await credentialsOf(deps.db, username);
  const ok = credentials
    ? await verifyPassword(credentials.passwordHash, password)
    : (await spendVerifyTime(password), false);
  if (!credentials || !ok) {
    deps.throttle.fail(keys);
    deps.log.warn({ username, address: req.socket.remoteAddress }, "failed sign-in");
    // One answer for an unknown user and a wrong password: nothing says which usernames exist.
    json(res, 401, { error: "wrong username or password" });
    return true;
  }
  deps.throttle.succeed(keys);
  const ttlMs = deps.config.security.sessionTtlMinutes * 60_000;
  const session = await createSession(deps.db, credentials.id, ttlMs);
  await deps.db.write((tx) =>
    recordAudit(tx, { actor: credentials.id, action: "session.start", target: credentials.id }),
  );
  const viewer = await deps.sessions.resolve(session.token);
  json(
    res,
    200,
    { username: viewer?.username, role: viewer?.role, expiresAt: session.expiresAt.toISOString() },
    { "set-cookie": sessionCookie(session.token, Math.floor(ttlMs / 1000), secure) },
  );
  return true;
}

/** The viewer of a request's session cookie, or null. */
export async function viewerOfRequest(
  cookieHeader: string | null | undefined,
  sessions: SessionStore,
): Promise<Viewer | null> {
  const token = cookieValue(cookieHeader, SESSION_COOKIE);
  return token ? sessions.resolve(token) : null;
}
