import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { Kind, print, type DocumentNode, type OperationDefinitionNode, type ExecutionResult } from "graphql";
import type { Db } from "../db/driver.ts";
import { PRESENCE_INFO_SUBQUERY, presenceIsCurrent, type PresenceInfo } from "../graph-writes/index.ts";

/**
 * Whole answers of graph-only operations, cached under the presence token (graph-writes/presence.ts).
 *
 * The chain map and the gap reports change only when the graph is written, yet each request
 * rebuilt them: ≈ 23 ms of JavaScript and ≈ 20 ms of Neo4j CPU per chain-map request (issue 15).
 * Every write through the one write path replaces the token in its own transaction, so an answer
 * stored under a token can never outlive the data it came from; a request reads the token (one tiny
 * read) and, when it matches, is answered without executing anything. While a bulk load runs the
 * token is not trusted (presenceIsCurrent) and nothing is cached.
 *
 * Only operations named in CACHEABLE_OPERATIONS are cached: ones whose every field depends on the
 * graph, the viewer's role and alliances and the variables — never on lists, leads, users or time.
 * The key holds all of those, so two roles never share an answer. Answers with errors are not kept.
 */
export const CACHEABLE_OPERATIONS: ReadonlySet<string> = new Set([
  "Chains",
  "ChainMap",
  "Gaps",
  "OpportunityMap",
]);

/** The viewer fields an answer may depend on (policy and scope). */
export interface CacheViewer {
  role: string;
  allianceIds?: readonly string[] | null;
}

interface Entry {
  token: string;
  result: ExecutionResult;
}

// Yoga's parser cache hands the same DocumentNode to every request of one operation text, so each
// document is printed once. The whole text is in the key: a client's own operation that happens to
// be named "ChainMap" never shares an answer with the persisted one.
const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

const TOKEN_QUERY = `${PRESENCE_INFO_SUBQUERY}
RETURN info`;

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 500) {}

  /** The current token, or null when answers may not be cached right now. */
  async currentToken(db: Db): Promise<string | null> {
    const rows = await db.query<{ info: PresenceInfo | null }>(TOKEN_QUERY);
    const head = { info: rows[0]?.info ?? null };
    return presenceIsCurrent(head) ? head.info!.token : null;
  }

  static key(operationName: string, query: string, variables: unknown, viewer: CacheViewer): string {
    return createHash("sha256")
      .update(
        JSON.stringify([operationName, query, variables ?? {}, viewer.role, viewer.allianceIds ?? null]),
      )
      .digest("base64url");
  }

  get(key: string, token: string): ExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (entry?.token === token) {
      this.hits += 1;
      return entry.result;
    }
    this.misses += 1;
    return undefined;
  }

  set(key: string, token: string, result: ExecutionResult): void {
    if (result.errors?.length) return;
    this.entries.delete(key);
    this.entries.set(key, { token, result });
    // Oldest first out; entries of a replaced token are never read again and age out the same way.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

/** What the plugin needs from the GraphQL context. */
export interface AnswerCacheContext {
  db: Db;
  viewer: CacheViewer | null;
}

/** The yoga plugin: answers a cacheable operation from the cache when the token still matches. */
export function answerCachePlugin(cache: AnswerCache): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const name = operation?.name?.value;
      const context = args.contextValue as unknown as AnswerCacheContext;
      if (!name || !CACHEABLE_OPERATIONS.has(name) || operation?.operation !== "query" || !context.viewer) {
        return;
      }
      const token = await cache.currentToken(context.db);
      if (token === null) return;
      const key = AnswerCache.key(name, textOf(document), args.variableValues, context.viewer);
      const hit = cache.get(key, token);
      if (hit) {
        setResultAndStopExecution(hit);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!(Symbol.asyncIterator in result)) cache.set(key, token, result);
        },
      };
    },
  };
}
