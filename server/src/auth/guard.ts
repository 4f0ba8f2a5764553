import { MapperKind, mapSchema } from "@graphql-tools/utils";
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isObjectType,
  isUnionType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { GraphQLContext } from "../context.ts";
import { allows, ruleOf, type Rule } from "./policy.ts";
import { ROLES, type Role } from "./roles.ts";

/**
 * The roles that can reach each object type from the root through fields their rules allow. A
 * nested field needs a check at run time only when one of those roles is not in its rule; for the
 * rest (every field of a staff-only type, say) the check could never fail and is left out, so that a
 * page of 50 targets does not pay for hundreds of checks that always pass.
 */
export function reachingRoles(schema: GraphQLSchema): Map<string, Set<Role>> {
  const reach = new Map<string, Set<Role>>();
  for (const role of ROLES) {
    const queue = [schema.getQueryType(), schema.getMutationType()].filter(
      (t): t is GraphQLObjectType => !!t,
    );
    const seen = new Set(queue.map((t) => t.name));
    while (queue.length) {
      const type = queue.pop()!;
      if (!reach.has(type.name)) reach.set(type.name, new Set());
      reach.get(type.name)!.add(role);
      for (const [name, field] of Object.entries(type.getFields())) {
        const rule = ruleOf(type.name, name);
        if (!rule || !rule.includes(role)) continue;
        const named = getNamedType(field.type);
        const next = isUnionType(named) ? named.getTypes() : isObjectType(named) ? [named] : [];
        for (const t of next) {
          if (!seen.has(t.name)) {
            seen.add(t.name);
            queue.push(t);
          }
        }
      }
    }
  }
  return reach;
}

const needsCheck = (rule: Rule, reachers: Set<Role> | undefined) =>
  [...(reachers ?? [])].some((role) => !rule.includes(role));

/**
 * Applies the policy (policy.ts) to every field of the schema, in one place. A field without a rule
 * stops the schema from building (and the server from starting): nothing is open by omission.
 *
 * Root fields always check; a nested field checks only when a role that can reach its type is not in
 * its rule (see {@link reachingRoles}); the door already refused anonymous requests.
 */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  const reach = reachingRoles(schema);
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const rule = ruleOf(typeName, fieldName);
      if (!rule) {
        throw new Error(
          `${typeName}.${fieldName} has no authorisation rule: add one to server/src/auth/policy.ts`,
        );
      }
      const isRoot = typeName === "Query" || typeName === "Mutation";
      if (!isRoot && !needsCheck(rule, reach.get(typeName))) return field;
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
