import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { allianceResolvers } from "./alliances/resolvers.ts";
import { authResolvers } from "./auth/resolvers.ts";
import { teamResolvers } from "./teams/resolvers.ts";
import { chainResolvers } from "./chains/resolvers.ts";
import { companyResolvers } from "./companies/resolvers.ts";
import { gapResolvers } from "./gaps/resolvers.ts";
import { regionResolvers } from "./regions/resolvers.ts";
import { systemResolvers } from "./system/resolvers.ts";
import { commonResolvers } from "./common/resolvers.ts";
import { targetResolvers } from "./targets/resolvers.ts";
import { listResolvers } from "./lists/resolvers.ts";
import { pipelineResolvers } from "./pipeline/resolvers.ts";
import { importResolvers } from "./imports/resolvers.ts";
import { geoResolvers } from "./geo/resolvers.ts";
import { dossierResolvers } from "./dossier/resolvers.ts";
import { peerResolvers } from "./peers/resolvers.ts";
import { alertResolvers } from "./alerts/resolvers.ts";

/**
 * Each capability keeps its SDL (schema.graphql) beside its resolvers; this is the one place that
 * lists the capabilities and merges them.
 */
const CAPABILITIES = [
  { folder: "common", resolvers: commonResolvers },
  { folder: "system", resolvers: systemResolvers },
  { folder: "regions", resolvers: regionResolvers },
  { folder: "chains", resolvers: chainResolvers },
  { folder: "companies", resolvers: companyResolvers },
  { folder: "alliances", resolvers: allianceResolvers },
  { folder: "gaps", resolvers: gapResolvers },
  { folder: "targets", resolvers: targetResolvers },
  { folder: "lists", resolvers: listResolvers },
  { folder: "teams", resolvers: teamResolvers },
  { folder: "pipeline", resolvers: pipelineResolvers },
  { folder: "auth", resolvers: authResolvers },
  { folder: "imports", resolvers: importResolvers },
  { folder: "geo", resolvers: geoResolvers },
  { folder: "dossier", resolvers: dossierResolvers },
  { folder: "peers", resolvers: peerResolvers },
  { folder: "alerts", resolvers: alertResolvers },
];

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadTypeDefs(): string[] {
  return CAPABILITIES.map(({ folder }) => readFileSync(path.join(here, folder, "schema.graphql"), "utf8"));
}

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: CAPABILITIES.map((c) => c.resolvers),
  });
}
