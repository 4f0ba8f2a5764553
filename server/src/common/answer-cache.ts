import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import {
  BREAK,
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { Db } from "../db/driver.ts";
import { PRESENCE_INFO_SUBQUERY, presenceIsCurrent, type PresenceInfo } from "../graph-writes/index.ts";

/**
 * Whole answers of read-only operations, cached under the versions of what they read.
 *
 * The chain map, the gap reports and the target pages change only when the graph (or a saved list's
 * statuses) is written, yet each request rebuilt them: ≈ 23 ms of JavaScript and ≈ 20 ms of Neo4j
 * CPU per chain-map request, ≈ 6.6 ms of JavaScript per targets page (issue 15). Three version
 * stamps are replaced in the same transaction as every write they cover:
 * - the presence token (graph-writes/presence.ts): companies, segments, regions, ties, alliances;
 * - `(:ListsInfo).version` (BUMP_LISTS_VERSION below): saved lists and their items' statuses, which
 *   targets' leadStatus and filter.excludeInLists read;
 * - `(:PipelineInfo).version` (pipeline/queries.ts): leads, their events and milestones.
 * An answer's token holds the presence token and those of the other two stamps that what it selects
 * reads (READS_PIPELINE, READS_LISTS below), so a list edit does not recompute the chain map.
 * So an answer stored under a token can never outlive the data it came from, on any API instance; a
 * request reads the token (one tiny read, shared by the requests that arrive while it is read) and,
 * when it matches, is answered with the stored bytes without executing anything. While a bulk load
 * runs the presence token is not trusted (presenceIsCurrent) and nothing is cached.
 *
 * Which operations are cached is decided by what they select, not by their name, so any client's
 * repeated query is served the same way as the browser's: a query is cached when every field it
 * selects (fragments included) is a root field in CACHEABLE_ROOT_FIELDS or a field of a type in
 * CACHEABLE_TYPES. Those read only the graph, saved lists and leads, plus the viewer's role,
 * alliances, team and company and the variables — never users, audit, the imports' log, alerts or
 * the clock. The key holds all of those, so two roles never share an answer. Answers with errors
 * are not kept. test/unit/answer-cache.test.ts lists every field of these types: adding one makes
 * it fail, so whoever adds a field decides whether it may be cached.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "chains",
  "chain",
  "segment",
  "companies",
  "company",
  "search",
  "alliances",
  "alliance",
  "gaps",
  "opportunityMap",
  "targets",
  "regions",
  "region",
  "homeRegion",
  "geoMap",
]);

/** Types whose every field depends only on the graph, saved lists' statuses and the viewer's scope. */
export const CACHEABLE_TYPES: ReadonlySet<string> = new Set([
  "Chain",
  "Segment",
  "Coverage",
  "Feed",
  "Company",
  "CompanySegment",
  "CompanyConnection",
  "CompanyEdge",
  "PageInfo",
  "Region",
  "Alliance",
  "Partner",
  "Graph",
  "GraphNode",
  "GraphEdge",
  "ScoreFeature",
  "GapReport",
  "GapWeight",
  "Gap",
  "GapRevenue",
  "GapConnection",
  "GapPriority",
  "GapGroup",
  "OpportunityPoint",
  "Target",
  "TargetEdge",
  "TargetConnection",
  "TargetWeights",
  "TargetFilterValues",
  "ImportProvenance",
  "LeadProgress",
  "StageCount",
  "GeoMap",
  "GeoPoint",
  "Office",
  "Team",
]);

/**
 * Fields (as `Type.field`) whose answers read more than the graph. Every cacheable answer depends on
 * the presence token; one that selects a field listed here also depends on that stamp, so a list edit
 * leaves the chain map, gap reports, search and company pages cached, and only the answers that show
 * lead statuses or lead counts are recomputed. The lists are checked against the schema by
 * test/unit/answer-cache.test.ts; a field left out of them is wrongly served stale, so whoever adds
 * a field to a cacheable type that reads leads or lists adds it here.
 */
export const READS_PIPELINE: ReadonlySet<string> = new Set([
  "Segment.leadProgress",
  "Gap.leadProgress",
  // Lead counts per place.
  "Query.geoMap",
]);
/** Fields whose answers read saved lists' statuses (leadStatus, filter.excludeInLists). */
export const READS_LISTS: ReadonlySet<string> = new Set(["Query.targets"]);

/** The version stamps a cacheable answer depends on besides the presence token. */
export interface AnswerDependencies {
  pipeline: boolean;
  lists: boolean;
}

/**
 * What the operation's answer depends on, or null when some field it selects may not be served from
 * the cache at all.
 */
export function cacheDependencies(schema: GraphQLSchema, document: DocumentNode): AnswerDependencies | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || operations[0]!.operation !== "query") return null;
  const typeInfo = new TypeInfo(schema);
  const query = schema.getQueryType();
  let cacheable = true;
  const dependencies: AnswerDependencies = { pipeline: false, lists: false };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = node.name.value;
        const ok =
          parent == null
            ? false
            : parent === query
              ? CACHEABLE_ROOT_FIELDS.has(field)
              : field === "__typename" || CACHEABLE_TYPES.has(parent.name);
        if (!ok || !parent) {
          cacheable = false;
          return BREAK;
        }
        const coordinate = `${parent.name}.${field}`;
        if (READS_PIPELINE.has(coordinate)) dependencies.pipeline = true;
        if (READS_LISTS.has(coordinate)) dependencies.lists = true;
        return undefined;
      },
    }),
  );
  return cacheable ? dependencies : null;
}

/** True when every field the operation selects may be served from the cache. */
export function isCacheable(schema: GraphQLSchema, document: DocumentNode): boolean {
  return cacheDependencies(schema, document) !== null;
}

/** Replaces the lists' version stamp: run in the transaction of every write of a list or an item. */
export const BUMP_LISTS_VERSION = `MERGE (i:ListsInfo {id: 'lists'}) SET i.version = randomUUID()`;

/** The viewer fields an answer may depend on (policy and scope). */
export interface CacheViewer {
  role: string;
  allianceIds?: readonly string[] | null;
  teamId?: string | null;
  companyId?: string | null;
}

/**
 * A stored answer serialises once: yoga's result processor calls `stringify` when present, and the
 * UTF-8 bytes of that text are made once too and sent in its place (`onResponse` below): encoding a
 * Targets page full of Chinese reasons on every hit was a tenth of the API's CPU.
 */
type StoredResult = ExecutionResult & {
  stringify: (result: unknown) => string;
  bytes: () => Uint8Array<ArrayBuffer> | undefined;
};

interface Entry {
  token: string;
  result: StoredResult;
}

function storedResult(result: ExecutionResult): StoredResult {
  let text: string | undefined;
  let encoded: Uint8Array<ArrayBuffer> | undefined;
  const stored = { ...result } as StoredResult;
  // Yoga passes the result itself (it has no errors, so nothing is sanitised): the first request
  // serialises it, every later hit sends the same string — or rather its bytes, once it has some.
  stored.stringify = (value) => (text ??= JSON.stringify(value));
  stored.bytes = () => (text === undefined ? undefined : (encoded ??= new TextEncoder().encode(text)));
  return stored;
}

/** Requests answered with a stored answer (so their response may carry its bytes). */
const answeredFromCache = new WeakMap<object, StoredResult>();
const JSON_MEDIA_TYPES = ["application/json", "application/graphql-response+json"];

// Yoga's parser cache hands the same DocumentNode to every request of one operation text, so each
// document is printed once. The whole text is in the key: a client's own operation that happens to
// be named "ChainMap" never shares an answer with the persisted one.
interface Decision {
  text: string;
  dependencies: AnswerDependencies;
}
const decided = new WeakMap<DocumentNode, Decision | null>();
function cacheDecision(schema: GraphQLSchema, document: DocumentNode): Decision | null {
  let entry = decided.get(document);
  if (entry === undefined) {
    const dependencies = cacheDependencies(schema, document);
    entry = dependencies ? { text: print(document), dependencies } : null;
    decided.set(document, entry);
  }
  return entry;
}

const TOKEN_QUERY = `${PRESENCE_INFO_SUBQUERY}
OPTIONAL MATCH (pipeline:PipelineInfo {id: 'pipeline'})
OPTIONAL MATCH (lists:ListsInfo {id: 'lists'})
RETURN info, pipeline.version AS pipeline, lists.version AS lists`;

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  /** The read that requests arriving now may share: it has not been sent yet. */
  private nextRead: Promise<GraphVersions> | null = null;
  /** The read on the wire, if any. */
  private inFlight: Promise<GraphVersions> | null = null;
  hits = 0;
  misses = 0;
  tokenReads = 0;
  /** Executions started on a miss (each identical request at the same moment shares one). */
  computations = 0;
  /** Responses sent as a stored answer's bytes (onResponse), not re-encoded from its text. */
  sentAsBytes = 0;

  constructor(private readonly maxEntries = 500) {}

  /**
   * The current token, or null when answers may not be cached right now.
   *
   * Under load many requests want the token at once. A request may share a read only if that read
   * starts after the request arrived — otherwise it could miss a write committed just before it
   * (read-your-writes across processes). So requests that arrive while a read is on the wire all
   * wait for one next read, sent when the current one returns: at most two reads at a time, each
   * as fresh as a read of one's own.
   */
  async currentToken(db: Db): Promise<string | null> {
    return tokenOf(await this.currentVersions(db));
  }

  /** The version stamps, read after the call (see currentToken). */
  currentVersions(db: Db): Promise<GraphVersions> {
    if (this.inFlight === null) return this.startRead(db);
    this.nextRead ??= this.inFlight.then(
      () => this.startRead(db),
      () => this.startRead(db),
    );
    return this.nextRead;
  }

  private startRead(db: Db): Promise<GraphVersions> {
    this.nextRead = null;
    this.tokenReads += 1;
    const read = readVersions(db);
    this.inFlight = read;
    const clear = () => {
      if (this.inFlight === read) this.inFlight = null;
    };
    read.then(clear, clear);
    return read;
  }

  static key(query: string, variables: unknown, viewer: CacheViewer): string {
    return createHash("sha256")
      .update(
        JSON.stringify([
          query,
          variables ?? {},
          viewer.role,
          viewer.allianceIds ?? null,
          viewer.teamId ?? null,
          viewer.companyId ?? null,
        ]),
      )
      .digest("base64url");
  }

  /**
   * Answers being computed, by key and token: identical requests that miss at the same moment wait
   * for the first one's answer instead of each computing it (a stampede after every write: at
   * 1,000,000 companies one chain-wide target ranking costs seconds, and fifty at once time out).
   */
  private readonly computing = new Map<string, Promise<StoredResult | undefined>>();

  /** The answer another request is computing now for this key and token, if any. */
  pending(key: string, token: string): Promise<StoredResult | undefined> | undefined {
    return this.computing.get(`${token}\u0000${key}`);
  }

  /** Marks this key and token as being computed; call `done` with the outcome, whatever it is. */
  startComputing(key: string, token: string): (result: StoredResult | undefined) => void {
    this.computations += 1;
    const id = `${token}\u0000${key}`;
    let resolve!: (result: StoredResult | undefined) => void;
    const promise = new Promise<StoredResult | undefined>((r) => (resolve = r));
    this.computing.set(id, promise);
    return (result) => {
      // Called twice at most (the fail-safe, then the real end): only ever remove our own entry.
      if (this.computing.get(id) === promise) this.computing.delete(id);
      resolve(result);
    };
  }

  get(key: string, token: string): StoredResult | undefined {
    const entry = this.entries.get(key);
    if (entry?.token === token) {
      this.hits += 1;
      return entry.result;
    }
    this.misses += 1;
    return undefined;
  }

  /** Keeps an answer without errors; returns what is kept (its bytes are made once, when first sent). */
  set(key: string, token: string, result: ExecutionResult): StoredResult | undefined {
    if (result.errors?.length) return undefined;
    const stored = storedResult(result);
    this.entries.delete(key);
    this.entries.set(key, { token, result: stored });
    // Oldest first out; entries of a replaced token are never read again and age out the same way.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return stored;
  }
}

/**
 * The version stamps one request read (after it arrived). Capabilities may key their own in-process
 * caches on them for the rest of the request instead of reading them again (targets/pools.ts).
 */
export interface GraphVersions {
  /** The presence token, or null while it is not to be trusted (a bulk load, no precomputation). */
  presence: string | null;
  pipeline: string | null;
  lists: string | null;
}

async function readVersions(db: Db): Promise<GraphVersions> {
  const [row] = await db.peek<{ info: PresenceInfo | null; pipeline: string | null; lists: string | null }>(
    TOKEN_QUERY,
  );
  const head = { info: row?.info ?? null };
  return {
    presence: presenceIsCurrent(head) ? head.info!.token : null,
    pipeline: row?.pipeline ?? null,
    lists: row?.lists ?? null,
  };
}

/**
 * The cache token of a set of versions for an answer with these dependencies (all of them when not
 * said), or null when nothing may be cached.
 */
function tokenOf(
  versions: GraphVersions,
  dependencies: AnswerDependencies = { pipeline: true, lists: true },
): string | null {
  if (versions.presence === null) return null;
  const pipeline = dependencies.pipeline ? (versions.pipeline ?? "-") : "*";
  const lists = dependencies.lists ? (versions.lists ?? "-") : "*";
  return `${versions.presence}|${pipeline}|${lists}`;
}

const versionsOfRequest = new WeakMap<object, GraphVersions>();

/** The versions this request's context read before executing, if the answer cache read them. */
export function requestVersions(context: object): GraphVersions | undefined {
  return versionsOfRequest.get(context);
}

/** How long a request waits for an identical one's answer before computing its own. */
const WAIT_FOR_OTHERS_MS = 30_000;

/** What the plugin needs from the GraphQL context. */
export interface AnswerCacheContext {
  db: Db;
  viewer: CacheViewer | null;
  request?: object;
}

/** The yoga plugin: answers a cacheable operation from the cache when the token still matches. */
export function answerCachePlugin(cache: AnswerCache): Plugin {
  return {
    // The response yoga made from a stored answer holds its text; send the stored bytes instead,
    // with the same status and headers. Only a plain JSON answer: the text is exactly its body.
    onResponse({ request, response, setResponse, fetchAPI }) {
      const stored = answeredFromCache.get(request);
      if (!stored || response.status !== 200) return;
      const type = response.headers.get("content-type") ?? "";
      if (!JSON_MEDIA_TYPES.some((t) => type.startsWith(t))) return;
      const bytes = stored.bytes();
      if (!bytes) return;
      cache.sentAsBytes += 1;
      setResponse(new fetchAPI.Response(bytes, { status: 200, headers: response.headers }));
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as AnswerCacheContext;
      if (!context.viewer) return;
      const decision = cacheDecision(args.schema, args.document as DocumentNode);
      if (decision === null) return;
      const versions = await cache.currentVersions(context.db);
      versionsOfRequest.set(context, versions);
      const token = tokenOf(versions, decision.dependencies);
      if (token === null) return;
      const key = AnswerCache.key(decision.text, args.variableValues, context.viewer);
      // No await between the miss and startComputing: an identical request must find it pending.
      let hit = cache.get(key, token);
      const pending = hit ? undefined : cache.pending(key, token);
      if (pending) hit = await pending;
      if (hit) {
        if (context.request) answeredFromCache.set(context.request, hit);
        setResultAndStopExecution(hit);
        return;
      }
      const done = cache.startComputing(key, token);
      // Should execution end without onExecuteDone (it threw), the waiters compute for themselves.
      const failSafe = setTimeout(() => done(undefined), WAIT_FOR_OTHERS_MS);
      failSafe.unref();
      return {
        onExecuteDone({ result, setResult }) {
          clearTimeout(failSafe);
          if (Symbol.asyncIterator in result) return done(undefined);
          const stored = cache.set(key, token, result);
          done(stored);
          if (stored) {
            if (context.request) answeredFromCache.set(context.request, stored);
            setResult(stored);
          }
        },
      };
    },
  };
}
