/**
 * Roles (issue 11):
 * - ADMIN: users and data; reads and writes everything.
 * - LEADER: bureau leadership; reads everything, writes nothing but their own lists.
 * - ANALYST: chains, gaps, companies, targets, their own saved lists; no user administration.
 * - RECRUITER: a member of one of the 4+6 teams: chains, gaps, targets, their team's lists.
 * - MEMBER: a user of an alliance member company: their own alliances' members, partners and ties;
 *   nothing else.
 */
export const ROLES = ["ADMIN", "LEADER", "ANALYST", "RECRUITER", "MEMBER"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Who is asking: the signed-in user of a request, as its session resolved it. */
export interface Viewer {
  userId: string;
  username: string;
  role: Role;
  /** The 4+6 team of a RECRUITER (others may have one too). */
  teamId: string | null;
  /** The alliance member company a MEMBER acts for. */
  companyId: string | null;
  /**
   * Alliances a MEMBER may see (those their company is a member of), read when the session is
   * resolved; null for every other role (no alliance scope).
   */
  allianceIds: readonly string[] | null;
}
