import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "./config.ts";
import { costRule } from "./cost.ts";

/**
 * Static limits on every operation, checked before anything runs (GraphQL Armor). Sized to the
 * real client's operations (the deepest is the company page at depth 5, the largest ~300 tokens;
 * see test/int/limits.test.ts) with room to spare. A refused operation answers HTTP 400 with
 * extensions.code LIMIT_EXCEEDED and extensions.limit naming the limit.
 */
export function limitPlugins(limits: SecurityConfig["graphql"], production: boolean): Plugin[] {
  const tag =
    (limit: string) =>
    (_ctx: unknown, error: GraphQLError): void => {
      // Armor's errors carry no code; clients rely on one (README "Errors").
      Object.assign(error.extensions as Record<string, unknown>, {
        code: "LIMIT_EXCEEDED",
        limit,
        http: { status: 400 },
      });
    };
  const common = { exposeLimits: true, propagateOnRejection: true };
  const plugins: Plugin[] = [
    maxTokensPlugin({ ...common, n: limits.maxTokens, onReject: [tag("tokens")] }) as Plugin,
    maxDepthPlugin({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [tag("depth")],
    }) as Plugin,
    maxAliasesPlugin({ ...common, n: limits.maxAliases, onReject: [tag("aliases")] }) as Plugin,
    maxDirectivesPlugin({ ...common, n: limits.maxDirectives, onReject: [tag("directives")] }) as Plugin,
    // Our own size estimate instead of Armor's cost rule, which ignores lists without a literal `first`.
    { onValidate: ({ addValidationRule }) => addValidationRule(costRule(limits.maxCost)) },
  ];
  // "Did you mean …" suggestions map a schema for someone who may not read its introspection.
  if (production) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

/**
 * JSON bodies only: an HTML form (urlencoded, multipart) or text/plain from another site cannot
 * run a mutation, whatever the browser's cookie policy (CSRF). GET may carry only queries (yoga
 * refuses mutations over GET) and, like every request, needs a session.
 */
export function jsonOnlyPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== "POST") return;
      const type = (request.headers.get("content-type") ?? "").toLowerCase();
      if (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: "send application/json", extensions: { code: "BAD_REQUEST" } }],
          }),
          { status: 415, headers: { "content-type": "application/json; charset=utf-8" } },
        ),
      );
    },
  };
}
