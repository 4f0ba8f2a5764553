import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { createContext, type AppDeps, type GraphQLContext } from "./context.ts";
import { maskError } from "./errors.ts";
import { buildSchema } from "./schema.ts";

/** The GraphQL app, built apart from any listening socket so tests can call yoga.fetch directly. */
export function createGraphQL(deps: AppDeps): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const isDev = deps.config.env === "development";
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: "/graphql",
    graphiql: isDev,
    landingPage: false,
    context: () => createContext(deps),
    maskedErrors: { maskError: (error, message) => maskError(error, message, isDev) },
    logging: {
      debug: (...args) => deps.log.debug(args.map(String).join(" ")),
      info: (...args) => deps.log.info(args.map(String).join(" ")),
      warn: (...args) => deps.log.warn(args.map(String).join(" ")),
      error: (...args) => deps.log.error(args.map(String).join(" ")),
    },
  });
}
