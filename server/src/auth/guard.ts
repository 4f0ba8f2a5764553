import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from "graphql";
import type { GraphQLContext } from "../context.ts";
import { allows, ruleOf, SIGNED_IN } from "./policy.ts";

/**
 * Applies the policy (policy.ts) to every field of the schema, in one place. A field without a rule
 * stops the schema from building (and the server from starting): nothing is open by omission.
 *
 * Root fields always check; a nested field checks only when its rule is narrower than "signed in"
 * (the door already refused anonymous requests), so the common fields cost nothing per row.
 */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const rule = ruleOf(typeName, fieldName);
      if (!rule) {
        throw new Error(
          `${typeName}.${fieldName} has no authorisation rule: add one to server/src/auth/policy.ts`,
        );
      }
      const isRoot = typeName === "Query" || typeName === "Mutation";
      if (!isRoot && rule === SIGNED_IN) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args, ctx: GraphQLContext, info) => {
          if (!ctx.viewer) {
            throw new GraphQLError("Sign in first", {
              extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
            });
          }
          if (!allows(rule, ctx.viewer)) {
            throw new GraphQLError(`Your role (${ctx.viewer.role}) may not read ${typeName}.${fieldName}`, {
              extensions: { code: "FORBIDDEN" },
            });
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
