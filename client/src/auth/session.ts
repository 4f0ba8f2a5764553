/**
 * The browser side of sign-in. The session itself is an httpOnly cookie that no script can read;
 * this module only asks the server (`me`), signs in and out, and remembers which page to return to
 * when a session ends mid-use.
 */

export type Role = "ADMIN" | "LEADER" | "ANALYST" | "RECRUITER" | "MEMBER";

export interface Me {
  username: string;
  role: Role;
  team: { id: string; name: string; nameZh: string } | null;
  company: { id: string; name: string; nameZh: string } | null;
}

import { ApiError, unwrapResponse } from "../api/client.ts";

const ME = `query Me { me { username role team { id name nameZh } company { id name nameZh } } }`;

/** The signed-in user, or null when there is no valid session (HTTP 401). */
export async function fetchMe(): Promise<Me | null> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: ME }),
  });
  if (res.status === 401) return null;
  let body: Parameters<typeof unwrapResponse<{ me: Me }>>[0];
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${res.status}`, res.status === 503 ? "DATABASE_UNAVAILABLE" : "NETWORK");
  }
  // The same error mapping as every other request (a database outage shows as such).
  return unwrapResponse(body, res.status).me;
}

export type SignInResult = { ok: true } | { ok: false; status: number; message: string };

export async function signIn(username: string, password: string): Promise<SignInResult> {
  const res = await fetch("/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.ok) return { ok: true };
  let message = `HTTP ${res.status}`;
  try {
    message = ((await res.json()) as { error?: string }).error ?? message;
  } catch {
    // keep the status
  }
  return { ok: false, status: res.status, message };
}

export async function signOut(): Promise<void> {
  await fetch("/auth/logout", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
}

/** The recruiting pipeline's views (board, lead page, horse race, coordination agenda). */
const PIPELINE_VIEWS = ["pipeline", "lead", "race", "agenda"] as const;

/** What every staff role opens: the maps, analyses, targets, pipeline, peers and the dossier. */
const STAFF_VIEWS = [
  "chain",
  "gaps",
  "targets",
  "geo",
  "lists",
  "company",
  "alliance",
  ...PIPELINE_VIEWS,
  "peers",
  "dossier",
] as const;

/** Views each role may open (the server enforces the same; this only keeps the menu honest). */
export const VIEWS_BY_ROLE: Record<Role, readonly string[]> = {
  ADMIN: [...STAFF_VIEWS, "users", "imports"],
  LEADER: STAFF_VIEWS,
  ANALYST: STAFF_VIEWS,
  RECRUITER: STAFF_VIEWS,
  MEMBER: ["alliance"],
};

/** Where a role lands after signing in when no page was asked for. */
export function landingHash(role: Role): string {
  return role === "MEMBER" ? "#/alliance" : "#/chain";
}
