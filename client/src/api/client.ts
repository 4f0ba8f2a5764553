/**
 * The GraphQL client: one fetch per operation, typed by the caller, and every failure turned into
 * an ApiError whose `code` the views switch on (the server's extensions.code, or NETWORK when the
 * service itself cannot be reached).
 */

export type ApiErrorCode =
  "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "DATABASE_UNAVAILABLE" | "INTERNAL_SERVER_ERROR" | "NETWORK";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    /** The argument at fault, for BAD_USER_INPUT (e.g. "weights.demandPull"). */
    readonly field?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "DATABASE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
]);

/** Maps a GraphQL response body to its data or the first error (pure: tested in Node). */
export function unwrapResponse<T>(body: GraphQLResponse<T>, httpStatus: number): T {
  const first = body.errors?.[0];
  if (first) {
    const raw = first.extensions?.code as ApiErrorCode | undefined;
    const code: ApiErrorCode = raw && KNOWN_CODES.has(raw) ? raw : "INTERNAL_SERVER_ERROR";
    throw new ApiError(first.message, code, first.extensions?.field);
  }
  if (!body.data) {
    throw new ApiError(
      `HTTP ${httpStatus} without data`,
      httpStatus === 503 ? "DATABASE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR",
    );
  }
  return body.data;
}

/** Base URL of the API; the page's own origin in production and behind Vite's dev proxy. */
let endpoint = "/graphql";

export function setEndpoint(url: string): void {
  endpoint = url;
}

/** Runs one operation. Aborting (a newer view replaced this one) rejects with an AbortError. */
export async function request<T, V extends object = Record<string, unknown>>(
  query: string,
  variables?: V,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(String(error), "NETWORK");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    // A proxy's HTML error page, or the server went away mid-response.
    throw new ApiError(`HTTP ${res.status}`, res.status === 503 ? "DATABASE_UNAVAILABLE" : "NETWORK");
  }
  return unwrapResponse(body, res.status);
}
