import { parseArgs } from "node:util";
import { TEAMS } from "../server/src/teams/teams.ts";
import { ConfigError } from "../server/src/config.ts";
import { migrate } from "../server/src/db/migrations.ts";
import { connectForCommand } from "./connect.ts";
import { isRole, ROLES } from "../server/src/auth/roles.ts";
import { createUser, listUsers, UserInputError } from "../server/src/auth/users.ts";

const USAGE = `npm run user -- add --username NAME --role ${ROLES.join("|")} [--team TEAM_ID] [--company COMPANY_ID]
    (reads the password from standard input: the first line)
npm run user -- list

Teams: ${TEAMS.map((t) => `${t.id} ${t.nameZh}`).join(", ")}`;

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password (at least 10 characters), then Enter: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    if (Buffer.concat(chunks).includes(0x0a)) break;
  }
  return (Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "").trimEnd();
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "add" && command !== "list") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: "string" },
      role: { type: "string" },
      team: { type: "string" },
      company: { type: "string" },
    },
    strict: true,
  });
  if (command === "add") {
    if (!values.username) throw new UserInputError("username", "--username is required");
    if (!values.role || !isRole(values.role))
      throw new UserInputError("role", `--role must be one of ${ROLES.join(", ")}`);
  }
  const password = command === "add" ? await readPassword() : "";
  const { db, close } = await connectForCommand("user");
  try {
    await migrate(db);
    if (command === "list") {
      for (const u of await listUsers(db)) {
        console.log(
          [u.username, u.role, u.teamId ?? "-", u.companyId ?? "-", u.active ? "active" : "inactive"].join(
            "\t",
          ),
        );
      }
      return 0;
    }
    const user = await createUser(
      db,
      {
        username: values.username!,
        role: values.role!,
        password,
        teamId: values.team ?? null,
        companyId: values.company ?? null,
      },
      "system",
    );
    console.log(
      `created ${user.username} (${user.role}${user.teamId ? `, team ${user.teamId}` : ""}${user.companyId ? `, company ${user.companyId}` : ""})`,
    );
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UserInputError) console.error(`${error.field}: ${error.message}`);
    else if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
    else if (error instanceof TypeError && /Unknown option|argument/.test(error.message))
      console.error(`${error.message}\n\n${USAGE}`);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
