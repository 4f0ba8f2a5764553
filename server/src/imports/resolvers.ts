import { recordAudit } from "../audit/index.ts";
import { viewerOf } from "../auth/index.ts";
import { badInput, userError } from "../errors.ts";
import { IMPORT_COMPANY_PROPS } from "../graph-writes/index.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { ImportError, runImport, undoImport } from "./apply.ts";
import { listImports } from "./log.ts";
import { FileError } from "./table.ts";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function mapped(error: unknown): never {
  if (error instanceof FileError) throw badInput(error.message, "contentBase64");
  if (error instanceof ImportError) {
    throw userError(error.message, error.code === "NOT_FOUND" ? "NOT_FOUND" : "BAD_USER_INPUT", {
      reason: error.code,
    });
  }
  throw error;
}

const upper = <T extends { kind: string }>(r: T) => ({ ...r, kind: r.kind.toUpperCase() as never });

// A company an import created holds no list of its imported fields (writing one string array per
// company cost a third of an import's apply time): every property it has came from that import,
// so they are read off the node. An update lists the fields it changed.
const PROVENANCE = `
MATCH (c:Company {id: $id}) WHERE c.importId IS NOT NULL
RETURN c.importId AS importId, c.importFile AS file, c.importRow AS row, c.importedBy AS user,
       c.importedAt AS at,
       coalesce(c.importedFields, [k IN $props WHERE c[k] IS NOT NULL]) AS fields`;

export const importResolvers: Resolvers = {
  Company: {
    importedFrom: async (c, _, ctx) => {
      const rows = await ctx.cypher<{
        importId: string;
        file: string;
        row: number;
        user: string;
        at: string;
        fields: string[];
      }>(PROVENANCE, { id: c.id, props: [...IMPORT_COMPANY_PROPS] });
      return rows[0] ?? null;
    },
  },
  Query: {
    imports: async (_, { first }, ctx) => {
      const n = first ?? 50;
      if (n < 1 || n > 200) throw badInput("first must be between 1 and 200", "first");
      return (await listImports(ctx.db, n)).map(upper);
    },
  },
  Mutation: {
    importFile: async (_, args, ctx) => {
      const viewer = viewerOf(ctx);
      const b64 = args.contentBase64.replace(/\s/g, "");
      if (!BASE64.test(b64)) throw badInput("contentBase64 is not base64", "contentBase64");
      if (args.fileName.length > 200) throw badInput("fileName is longer than 200 characters", "fileName");
      try {
        const result = await runImport(ctx.db, {
          bytes: Buffer.from(b64, "base64"),
          file: args.fileName,
          kind: args.kind?.toLowerCase(),
          sheet: args.sheet ?? undefined,
          user: viewer.username,
          pipeline: ctx.config.pipeline,
          dryRun: args.dryRun ?? false,
          skipBadRows: args.skipBadRows ?? false,
          audit: (tx, importId) =>
            recordAudit(tx, {
              actor: viewer.userId,
              action: "import.apply",
              target: importId,
              detail: { file: args.fileName, skipBadRows: args.skipBadRows ?? false },
            }),
        });
        const report = {
          ...upper(result.report),
          problems: result.report.problems.map((p) => ({
            ...p,
            params: Object.entries(p.params).map(([name, value]) => ({ name, value: String(value) })),
          })),
        };
        return { report, applied: result.applied, importId: result.importId };
      } catch (error) {
        return mapped(error);
      }
    },
    undoImport: async (_, { id }, ctx) => {
      const viewer = viewerOf(ctx);
      try {
        const rec = await undoImport(ctx.db, id, {
          user: viewer.username,
          audit: (tx) => recordAudit(tx, { actor: viewer.userId, action: "import.undo", target: id }),
        });
        return upper(rec);
      } catch (error) {
        return mapped(error);
      }
    },
  },
};
