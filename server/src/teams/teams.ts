import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** One of the zone's 4+6 recruiting teams (teams.yaml beside this file is the reviewable source). */
export interface Team {
  id: string;
  kind: "DEPARTMENT" | "SUBSIDIARY" | "BRANCH";
  name: string;
  nameZh: string;
}

const KINDS = new Set(["DEPARTMENT", "SUBSIDIARY", "BRANCH"]);
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "teams.yaml");

function loadTeams(): readonly Team[] {
  const doc = parse(readFileSync(FILE, "utf8")) as { teams?: unknown };
  if (!Array.isArray(doc.teams)) throw new Error(`${FILE}: "teams" must be a list`);
  const seen = new Set<string>();
  return doc.teams.map((raw: Record<string, unknown>, i) => {
    for (const key of ["id", "kind", "name", "nameZh"]) {
      if (typeof raw[key] !== "string" || raw[key] === "")
        throw new Error(`${FILE}: teams[${i}].${key} is required`);
    }
    if (!KINDS.has(raw.kind as string))
      throw new Error(`${FILE}: teams[${i}].kind must be one of ${[...KINDS].join(", ")}`);
    if (seen.has(raw.id as string))
      throw new Error(`${FILE}: teams[${i}].id "${String(raw.id)}" is repeated`);
    seen.add(raw.id as string);
    return Object.freeze(raw as unknown as Team);
  });
}

/** The teams, read once per process. */
export const TEAMS: readonly Team[] = loadTeams();
const BY_ID = new Map(TEAMS.map((t) => [t.id, t]));

export function teamById(id: string): Team | undefined {
  return BY_ID.get(id);
}
