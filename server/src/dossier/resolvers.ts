import type { Resolvers } from "../generated/resolvers-types.ts";
import { addEntry, deleteEntry, updateEntry } from "./entries.ts";
import { computeDossier } from "./service.ts";

export const dossierResolvers: Resolvers = {
  Query: {
    chainDossier: (_, { chainId, lang }, ctx) => computeDossier(ctx, chainId, lang === "EN" ? "en" : "zh"),
  },
  Mutation: {
    addDossierEntry: (_, args, ctx) => addEntry(ctx, args),
    updateDossierEntry: (_, args, ctx) => updateEntry(ctx, args),
    deleteDossierEntry: (_, args, ctx) => deleteEntry(ctx, args),
  },
  DossierRow: {
    source: (r) =>
      r.source === null ? null : (r.source.toUpperCase() as "PUBLIC" | "SYNTHETIC" | "IMPORTED"),
  },
};
