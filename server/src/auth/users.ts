import type { Db } from "../db/driver.ts";
import { recordAudit } from "../audit/index.ts";
import { teamById } from "../teams/index.ts";
import { hashPassword, passwordProblem } from "./passwords.ts";
import { isRole, type Role } from "./roles.ts";
import { deleteUserSessions } from "./sessions.ts";

/** A user as the API shows it (never the password hash). */
export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  teamId: string | null;
  companyId: string | null;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** A rule a user's fields broke: which field, and why. */
export class UserInputError extends Error {
  override name = "UserInputError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/;

const USER_RECORD = `u {.id, .username, .role, .teamId, .companyId, .active,
  createdAt: toString(u.createdAt), lastLoginAt: toString(u.lastLoginAt)}`;

export interface NewUser {
  username: string;
  role: string;
  password: string;
  teamId?: string | null;
  companyId?: string | null;
}

async function checkAssignment(
  db: Db,
  role: Role,
  teamId: string | null,
  companyId: string | null,
): Promise<void> {
  if (teamId !== null && !teamById(teamId)) throw new UserInputError("team", `unknown team "${teamId}"`);
  if (role === "RECRUITER" && teamId === null) {
    throw new UserInputError("team", "a RECRUITER belongs to one of the 4+6 teams: give --team");
  }
  if (role === "MEMBER") {
    if (companyId === null)
      throw new UserInputError("company", "a MEMBER acts for an alliance member company: give --company");
    const [row] = await db.query<{ alliances: number }>(
      "MATCH (c:Company {id: $id}) RETURN COUNT { (c)-[:MEMBER_OF]->(:Alliance) } AS alliances",
      { id: companyId },
    );
    if (!row) throw new UserInputError("company", `unknown company "${companyId}"`);
    if (row.alliances === 0) throw new UserInputError("company", `company "${companyId}" is in no alliance`);
  } else if (companyId !== null) {
    throw new UserInputError("company", "only a MEMBER acts for a company");
  }
}

export async function createUser(db: Db, input: NewUser, actor: string): Promise<UserRecord> {
  if (!USERNAME.test(input.username)) {
    throw new UserInputError(
      "username",
      "3–40 characters: letters, digits, dot, dash or underscore, starting with a letter or digit",
    );
  }
  if (!isRole(input.role)) throw new UserInputError("role", `unknown role "${input.role}"`);
  const problem = passwordProblem(input.password);
  if (problem) throw new UserInputError("password", `the password ${problem}`);
  const teamId = input.teamId ?? null;
  const companyId = input.companyId ?? null;
  await checkAssignment(db, input.role, teamId, companyId);
  const passwordHash = await hashPassword(input.password);
  return db.write(async (tx) => {
    const exists = await tx.run("MATCH (u:User {username: $username}) RETURN u.id AS id", {
      username: input.username,
    });
    if (exists.records.length > 0)
      throw new UserInputError("username", `user "${input.username}" exists already`);
    const created = await tx.run(
      `CREATE (u:User {id: randomUUID(), username: $username, role: $role, teamId: $teamId, companyId: $companyId,
                       passwordHash: $passwordHash, active: true, createdAt: datetime(), createdBy: $actor})
       RETURN ${USER_RECORD} AS user`,
      { username: input.username, role: input.role, teamId, companyId, passwordHash, actor },
    );
    const user = created.records[0]!.get("user") as UserRecord;
    await recordAudit(tx, {
      actor,
      action: "user.create",
      target: user.id,
      detail: { username: user.username, role: user.role, teamId, companyId },
    });
    return user;
  });
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.query<{ user: UserRecord }>(
    `MATCH (u:User) WITH u ORDER BY u.username RETURN ${USER_RECORD} AS user`,
  );
  return rows.map((r) => r.user);
}

export async function userById(db: Db, id: string): Promise<UserRecord | null> {
  const [row] = await db.query<{ user: UserRecord }>(
    `MATCH (u:User {id: $id}) RETURN ${USER_RECORD} AS user`,
    { id },
  );
  return row?.user ?? null;
}

/** For sign-in only: the stored hash of an active user. */
export async function credentialsOf(
  db: Db,
  username: string,
): Promise<{ id: string; passwordHash: string } | null> {
  const [row] = await db.query<{ id: string; passwordHash: string }>(
    "MATCH (u:User {username: $username}) WHERE u.active RETURN u.id AS id, u.passwordHash AS passwordHash",
    { username },
  );
  return row ?? null;
}

export interface UserChanges {
  role?: string | null;
  teamId?: string | null;
  companyId?: string | null;
  active?: boolean | null;
}

/** Changes role, team, company or active flag; any change ends the user's sessions (rights changed). */
export async function updateUser(
  db: Db,
  id: string,
  changes: UserChanges,
  actor: string,
): Promise<UserRecord> {
  const current = await userById(db, id);
  if (!current) throw new UserInputError("id", `user ${id} not found`);
  const role = changes.role ?? current.role;
  if (!isRole(role)) throw new UserInputError("role", `unknown role "${role}"`);
  const teamId = changes.teamId === undefined ? current.teamId : changes.teamId;
  const companyId = changes.companyId === undefined ? current.companyId : changes.companyId;
  const active = changes.active ?? current.active;
  if (actor === id && (!active || role !== "ADMIN")) {
    throw new UserInputError(active ? "role" : "active", "an admin cannot demote or deactivate themselves");
  }
  await checkAssignment(db, role, teamId, companyId);
  return db.write(async (tx) => {
    const res = await tx.run(
      `MATCH (u:User {id: $id})
       SET u.role = $role, u.teamId = $teamId, u.companyId = $companyId, u.active = $active,
           u.updatedAt = datetime(), u.updatedBy = $actor
       RETURN ${USER_RECORD} AS user`,
      { id, role, teamId, companyId, active, actor },
    );
    await deleteUserSessions(tx, id);
    await recordAudit(tx, {
      actor,
      action: "user.update",
      target: id,
      detail: { role, teamId, companyId, active },
    });
    return res.records[0]!.get("user") as UserRecord;
  });
}

export async function setPassword(db: Db, id: string, password: string, actor: string): Promise<UserRecord> {
  const problem = passwordProblem(password);
  if (problem) throw new UserInputError("password", `the password ${problem}`);
  const passwordHash = await hashPassword(password);
  return db.write(async (tx) => {
    const res = await tx.run(
      `MATCH (u:User {id: $id}) SET u.passwordHash = $passwordHash, u.updatedAt = datetime(), u.updatedBy = $actor
       RETURN ${USER_RECORD} AS user`,
      { id, passwordHash, actor },
    );
    const user = res.records[0]?.get("user") as UserRecord | undefined;
    if (!user) throw new UserInputError("id", `user ${id} not found`);
    await deleteUserSessions(tx, id);
    await recordAudit(tx, { actor, action: "user.password", target: id });
    return user;
  });
}
