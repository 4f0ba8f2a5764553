import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { systemResolvers } from "./system/resolvers.ts";

/**
 * Each capability keeps its SDL (schema.graphql) beside its resolvers; this is the one place that
 * lists the capabilities and merges them.
 */
const CAPABILITIES = [{ folder: "system", resolvers: systemResolvers }];

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
