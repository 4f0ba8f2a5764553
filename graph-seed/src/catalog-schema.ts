/**
 * The shape of the curated catalog files (taxonomy/*.yaml, regions.yaml, companies-public.yaml) as
 * zod schemas. Each schema checks one entity on its own; what needs other entities (unknown or
 * duplicate ids, the region tree, FEEDS cycles, parents) is checked in catalog.ts.
 */
import { z } from "zod";
import { code, numberIn, show, text } from "./data-file.ts";
import type { RegionLevel, SegmentRole, Stage } from "./types.ts";

export const STAGES = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const satisfies readonly Stage[];
export const ROLES = ["CORE", "EQUIPMENT", "MATERIAL", "SERVICE"] as const satisfies readonly SegmentRole[];
export const LEVELS = [
  "COUNTRY",
  "PROVINCE",
  "CITY",
  "DISTRICT",
  "PARK",
] as const satisfies readonly RegionLevel[];

/** A list entry written either as a plain id or as a mapping with that id under `key`. */
function idOr<K extends string, S extends z.ZodRawShape>(key: K, shape: S) {
  return z.preprocess((v) => (typeof v === "string" ? { [key]: v } : v), z.strictObject(shape));
}

/** One FEEDS edge: `PV07` (weight 1) or `{ to: PV07, weight: 0.6 }`. */
export const FeedSchema = idOr("to", {
  to: text,
  weight: z
    .number()
    .gt(0, { error: (iss) => `must be in (0, 1] (got ${show(iss.input)})` })
    .lte(1, { error: (iss) => `must be in (0, 1] (got ${show(iss.input)})` })
    .default(1),
});

export const SegmentSchema = z.strictObject({
  id: text,
  name: text,
  nameZh: text,
  stage: z.enum(STAGES),
  role: z.enum(ROLES).optional(),
  keyTech: z.boolean().default(false),
  feeds: z.array(FeedSchema).default([]),
});

/** A sub-chain without its segments (they are checked one by one). */
export const SubchainSchema = z.strictObject({
  id: text,
  name: text,
  nameZh: text,
  segments: z.array(z.unknown()).min(1),
});

/** A chain file without its sub-chains (they are checked one by one). */
export const ChainSchema = z.strictObject({
  id: text,
  name: text,
  nameZh: text,
  sources: z
    .array(z.string().refine((s) => s.trim() !== "", { error: "must not be empty" }))
    .min(1, { error: "must cite at least one source" }),
  subchains: z.array(z.unknown()).min(1),
});

export const RegionSchema = z.strictObject({
  code,
  name: text,
  nameZh: text,
  level: z.enum(LEVELS),
  parent: code.optional(),
  lat: numberIn(-90, 90),
  lon: numberIn(-180, 180),
});

export const RegionsFileSchema = z.strictObject({ regions: z.array(z.unknown()) });

/** A company's segment: `PV07` or `{ segment: PV07, primary: true }`. */
export const CompanySegmentSchema = idOr("segment", {
  segment: text,
  primary: z.boolean().default(false),
});

/** Figures that must never be made up for a real company. */
export const INVENTED_FIGURES = [
  "revenue",
  "employees",
  "registeredCapital",
  "rdIntensity",
  "growth",
] as const;
const invented = z
  .undefined({ error: "must not be given for a real company (never invent figures)" })
  .optional();

export const PublicCompanySchema = z.strictObject({
  id: text.regex(/^pub-[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (iss) =>
      `must be a "pub-" slug of lower-case letters, digits and hyphens (got ${show(iss.input)})`,
  }),
  name: text,
  nameZh: text,
  region: code,
  segments: z.array(CompanySegmentSchema).min(1),
  source: z
    .literal("public", { error: (iss) => `must be "public" in this file (got ${show(iss.input)})` })
    .optional(),
  parent: text.optional(),
  stockCode: text
    .regex(/^[0-9A-Z]{1,6}\.[A-Z]{1,2}$/, {
      error: (iss) => `must look like 600438.SH (got ${show(iss.input)})`,
    })
    .optional(),
  listed: z.boolean().optional(),
  founded: z
    .int({ error: (iss) => `must be a year (got ${show(iss.input)})` })
    .min(1800, { error: (iss) => `must be a year in [1800, 2100] (got ${show(iss.input)})` })
    .max(2100, { error: (iss) => `must be a year in [1800, 2100] (got ${show(iss.input)})` })
    .optional(),
  lat: numberIn(-90, 90).optional(),
  lon: numberIn(-180, 180).optional(),
  sourceNote: text,
  revenue: invented,
  employees: invented,
  registeredCapital: invented,
  rdIntensity: invented,
  growth: invented,
});

export const CompaniesFileSchema = z.strictObject({ companies: z.array(z.unknown()) });
