import { randomBytes } from "node:crypto";
import type { Db } from "../db/driver.ts";
import type { Logger } from "../logger.ts";
import type { Role } from "./roles.ts";
import { createUser, setPassword } from "./users.ts";

/**
 * Development only (NODE_ENV=development, DEMO_USERS not 0): one demo user per role, each with a
 * fresh random password at every start, printed to the log. Never a fixed or default password, and
 * never in production (loadSecurityConfig turns demoUsers off outside development).
 */
export async function ensureDemoUsers(
  db: Db,
  log: Logger,
): Promise<{ username: string; role: Role; password: string }[]> {
  const [member] = await db.query<{ companyId: string }>(
    `MATCH (c:Company)-[:MEMBER_OF]->(:Alliance) WITH c ORDER BY c.id LIMIT 1 RETURN c.id AS companyId`,
  );
  const wanted: { username: string; role: Role; teamId?: string; companyId?: string }[] = [
    { username: "demo-admin", role: "ADMIN" },
    { username: "demo-leader", role: "LEADER" },
    { username: "demo-analyst", role: "ANALYST" },
    { username: "demo-recruiter", role: "RECRUITER", teamId: "T-GYZX" },
    ...(member ? [{ username: "demo-member", role: "MEMBER" as Role, companyId: member.companyId }] : []),
  ];
  const out: { username: string; role: Role; password: string }[] = [];
  for (const user of wanted) {
    const password = randomBytes(12).toString("base64url");
    const [existing] = await db.query<{ id: string }>(
      "MATCH (u:User {username: $username}) RETURN u.id AS id",
      {
        username: user.username,
      },
    );
    if (existing) await setPassword(db, existing.id, password, "system");
    else await createUser(db, { ...user, password }, "system");
    out.push({ username: user.username, role: user.role, password });
  }
  log.warn(
    { demoUsers: out.map((u) => `${u.username} / ${u.password} (${u.role})`) },
    "development mode: demo users (new passwords at every start; none exist in production)",
  );
  return out;
}
