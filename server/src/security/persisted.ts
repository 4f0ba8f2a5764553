import { readFileSync } from "node:fs";
import path from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";
import { PROJECT_ROOT } from "../config.ts";

/**
 * The browser client's operations are fixed: graphql-codegen writes each one with its SHA-256 into
 * this manifest (`npm run codegen`, checked current by `npm run check`), and the client sends only
 * the id (`extensions.persistedQuery.sha256Hash`, "sha256:…"). The server runs the manifest's text
 * for a known id and refuses an unknown one. Other clients may still send operation text, under the
 * static limits (security/graphql.ts) that every operation passes.
 *
 * Read as a data file, not imported: the server imports nothing from the client.
 */
export const PERSISTED_MANIFEST = path.join(
  PROJECT_ROOT,
  "client/src/api/generated/persisted-documents.json",
);

export function loadPersistedOperations(file = PERSISTED_MANIFEST): ReadonlyMap<string, string> {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const store = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (!/^sha256:[0-9a-f]{64}$/.test(id) || typeof text !== "string") {
      throw new Error(`${file}: entry "${id}" is not a sha256 id with an operation text`);
    }
    store.set(id, text);
  }
  return store;
}

export function persistedOperationsPlugin(store = loadPersistedOperations()): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (key) => store.get(key) ?? null,
    allowArbitraryOperations: true,
    customErrors: {
      notFound: {
        message:
          "Unknown persisted operation: reload the page (the client is older or newer than the server)",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } },
      },
    },
  }) as Plugin;
}
