import { createHash, randomBytes } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Db } from "../db/driver.ts";
import { int } from "../db/driver.ts";
import { isRole, type Viewer } from "./roles.ts";

/**
 * Server-side sessions. The browser holds a random 256-bit token in an httpOnly cookie; the graph
 * holds only its SHA-256 (a stolen database dump opens no session) with the user and an expiry.
 * Sign-out, deactivation and a password reset delete the user's sessions at once.
 *
 * Each process caches resolved sessions for {@link CACHE_MS}, so a request costs no database round
 * trip for its viewer; another instance may honour a revoked session for at most that long.
 */
export const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function createSession(
  db: Db,
  userId: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.write((tx) =>
    tx.run(
      `MATCH (u:User {id: $userId}) WHERE u.active
       CREATE (:Session {id: $id, userId: $userId, createdAt: datetime(), expiresAtMs: $expiresAtMs})
       SET u.lastLoginAt = datetime()
       WITH u
       // Expired sessions of this user are dropped as a new one starts, so they never pile up.
       MATCH (old:Session {userId: $userId}) WHERE old.expiresAtMs < $now
       DETACH DELETE old`,
      { id: tokenHash(token), userId, expiresAtMs: int(expiresAt.getTime()), now: int(Date.now()) },
    ),
  );
  return { token, expiresAt };
}

const RESOLVE = `
MATCH (s:Session {id: $id}) WHERE s.expiresAtMs > $now
MATCH (u:User {id: s.userId}) WHERE u.active
OPTIONAL MATCH (:Company {id: u.companyId})-[:MEMBER_OF]->(a:Alliance)
WITH s, u, a ORDER BY a.id
RETURN u.id AS userId, u.username AS username, u.role AS role, u.teamId AS teamId,
       u.companyId AS companyId, collect(a.id) AS allianceIds, s.expiresAtMs AS expiresAtMs`;

interface Cached {
  viewer: Viewer | null;
  until: number;
}

export class SessionStore {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly db: Db) {}

  /** The viewer of a session token, or null for an unknown, expired or deactivated one. */
  async resolve(token: string): Promise<Viewer | null> {
    const id = tokenHash(token);
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && hit.until > now) return hit.viewer;
    const [row] = await this.db.query<{
      userId: string;
      username: string;
      role: string;
      teamId: string | null;
      companyId: string | null;
      allianceIds: string[];
      expiresAtMs: number;
    }>(RESOLVE, { id, now: int(now) });
    const viewer: Viewer | null =
      row && isRole(row.role)
        ? Object.freeze({
            userId: row.userId,
            username: row.username,
            role: row.role,
            teamId: row.teamId ?? null,
            companyId: row.companyId ?? null,
            allianceIds: row.role === "MEMBER" ? Object.freeze([...row.allianceIds]) : null,
          })
        : null;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(id, { viewer, until: Math.min(now + CACHE_MS, row?.expiresAtMs ?? now + CACHE_MS) });
    return viewer;
  }

  async destroy(token: string): Promise<void> {
    const id = tokenHash(token);
    this.cache.delete(id);
    await this.db.write((tx) => tx.run("MATCH (s:Session {id: $id}) DETACH DELETE s", { id }));
  }

  /** Forgets cached sessions (after a user's sessions are deleted: deactivation, new password, role change). */
  forgetAll(): void {
    this.cache.clear();
  }
}

/** Deletes every session of a user, inside the caller's transaction. */
export async function deleteUserSessions(tx: ManagedTransaction, userId: string): Promise<void> {
  await tx.run("MATCH (s:Session {userId: $userId}) DETACH DELETE s", { userId });
}
