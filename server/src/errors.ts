import type { WeightsError } from "./common/weights.ts";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

/** Stable codes clients can rely on (extensions.code). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "LIMIT_EXCEEDED"
  | "RATE_LIMITED"
  | "DATABASE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export function userError(
  message: string,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) =>
  userError(message, "BAD_USER_INPUT", field ? { field } : {});

/** Refused score weights → BAD_USER_INPUT naming the weight (`weights.<name>`, or `weights`). */
export const badWeights = (error: WeightsError) =>
  badInput(error.message, error.field === null ? "weights" : `weights.${error.field}`);

export const notFound = (what: string, id: string) =>
  userError(`${what} ${id} not found`, "NOT_FOUND", { id });

/**
 * By name, not instanceof: graphql and neo4j-driver ship CJS and ESM copies, and an error made by
 * one copy is not an instance of the other's class (the dual-package hazard).
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** True for the driver's errors that mean "the database cannot be reached right now". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    (error instanceof Neo4jError || (error instanceof Error && error.name === "Neo4jError")) &&
    UNAVAILABLE_CODES.has((error as Neo4jError).code)
  );
}

function originalOf(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

/**
 * Yoga's maskError: expected errors (GraphQLError with a code) pass through; a database outage
 * becomes DATABASE_UNAVAILABLE; anything else is masked as INTERNAL_SERVER_ERROR, with the
 * original message kept only in development.
 */
export function maskError(error: unknown, message: string, isDev = false): Error {
  // graphql-js words every variable-coercion failure this way (wrong type, unknown enum value, an Int
  // out of range): it is the caller's input, not our fault.
  if (isGraphQLError(error) && error.message.startsWith('Variable "$')) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
    });
  }
  const original = originalOf(error);
  if (isGraphQLError(error) && original === error) return error;
  if (isGraphQLError(original) && original.extensions.code) return original;
  const path = isGraphQLError(error) ? error.path : undefined;
  if (isDatabaseUnavailable(original)) {
    return new GraphQLError("The database is unavailable; try again shortly", {
      path,
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
  }
  return new GraphQLError(message, {
    path,
    extensions: {
      code: "INTERNAL_SERVER_ERROR",
      ...(isDev && original instanceof Error
        ? { originalError: { message: original.message, stack: original.stack } }
        : {}),
    },
  });
}
