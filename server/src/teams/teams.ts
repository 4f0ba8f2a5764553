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

/** An office recruiting in a territory for some fields (teams.yaml `offices`). */
export interface Office {
  id: string;
  kind: "ABROAD" | "DOMESTIC";
  name: string;
  nameZh: string;
  /** The team it belongs to. */
  teamId: string;
  /** Country codes (DE, JP, …) or province codes (310000, …) it covers, as in graph-seed/regions.yaml. */
  territories: readonly string[];
  /** Chain ids (fields) it recruits for. */
  chains: readonly string[];
}

const KINDS = new Set(["DEPARTMENT", "SUBSIDIARY", "BRANCH"]);
const OFFICE_KINDS = new Set(["ABROAD", "DOMESTIC"]);
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "teams.yaml");

type Raw = Record<string, unknown>;

function requireText(raw: Raw, where: string, keys: string[]) {
  for (const key of keys) {
    if (typeof raw[key] !== "string" || raw[key] === "")
      throw new Error(`${FILE}: ${where}.${key} is required`);
  }
}

function loadTeams(doc: { teams?: unknown }): readonly Team[] {
  if (!Array.isArray(doc.teams)) throw new Error(`${FILE}: "teams" must be a list`);
  const seen = new Set<string>();
  return doc.teams.map((raw: Raw, i) => {
    requireText(raw, `teams[${i}]`, ["id", "kind", "name", "nameZh"]);
    if (!KINDS.has(raw.kind as string))
      throw new Error(`${FILE}: teams[${i}].kind must be one of ${[...KINDS].join(", ")}`);
    if (seen.has(raw.id as string))
      throw new Error(`${FILE}: teams[${i}].id "${String(raw.id)}" is repeated`);
    seen.add(raw.id as string);
    return Object.freeze(raw as unknown as Team);
  });
}

function loadOffices(doc: { offices?: unknown }, teams: readonly Team[]): readonly Office[] {
  if (!Array.isArray(doc.offices)) throw new Error(`${FILE}: "offices" must be a list`);
  const teamIds = new Set(teams.map((t) => t.id));
  const seen = new Set<string>();
  const covered = new Map<string, string>();
  return doc.offices.map((raw: Raw, i) => {
    const where = `offices[${i}]`;
    requireText(raw, where, ["id", "kind", "name", "nameZh", "teamId"]);
    if (!OFFICE_KINDS.has(raw.kind as string))
      throw new Error(`${FILE}: ${where}.kind must be one of ${[...OFFICE_KINDS].join(", ")}`);
    if (seen.has(raw.id as string)) throw new Error(`${FILE}: ${where}.id "${String(raw.id)}" is repeated`);
    seen.add(raw.id as string);
    if (!teamIds.has(raw.teamId as string))
      throw new Error(`${FILE}: ${where}.teamId: unknown team "${String(raw.teamId)}"`);
    for (const key of ["territories", "chains"]) {
      const list = raw[key];
      if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === "string" && x !== ""))
        throw new Error(`${FILE}: ${where}.${key} must be a non-empty list of codes`);
    }
    // One office per territory, so that the suggestion is never a coin toss.
    for (const code of raw.territories as string[]) {
      const other = covered.get(code);
      if (other) throw new Error(`${FILE}: ${where}.territories: "${code}" is covered by ${other} already`);
      covered.set(code, raw.id as string);
    }
    return Object.freeze({
      ...(raw as unknown as Office),
      territories: Object.freeze([...(raw.territories as string[])]),
      chains: Object.freeze([...(raw.chains as string[])]),
    });
  });
}

const DOC = parse(readFileSync(FILE, "utf8")) as { teams?: unknown; offices?: unknown };

/** The teams, read once per process. */
export const TEAMS: readonly Team[] = loadTeams(DOC);
/** The offices, read once per process. */
export const OFFICES: readonly Office[] = loadOffices(DOC, TEAMS);
const BY_ID = new Map(TEAMS.map((t) => [t.id, t]));
const OFFICE_BY_ID = new Map(OFFICES.map((o) => [o.id, o]));

export function teamById(id: string): Team | undefined {
  return BY_ID.get(id);
}

export function officeById(id: string): Office | undefined {
  return OFFICE_BY_ID.get(id);
}

/**
 * The office that covers a company, from its region chain (most specific first: its city, its
 * province, its country — e.g. ["330100", "330000", "CN"]): the first code some office's
 * territories name. When the office does not recruit for the lead's chain, it is still the one
 * suggested (the territory decides; the field is shown so that a person can reassign). Null when
 * no office covers any code of the chain (e.g. Jiangsu itself: the home teams recruit there).
 */
export function suggestOffice(
  regionChain: readonly string[],
  offices: readonly Office[] = OFFICES,
): Office | null {
  for (const code of regionChain) {
    const office = offices.find((o) => o.territories.includes(code));
    if (office) return office;
  }
  return null;
}

/** An office as the GraphQL layer receives it (codegen's mapper for Office). */
export type OfficeRecord = Office;
