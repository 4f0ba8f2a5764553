import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../context.ts";
import type { Viewer } from "./roles.ts";

/** The signed-in viewer; the door (yoga.ts) guarantees one on every GraphQL request. */
export function viewerOf(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new GraphQLError("Sign in first", { extensions: { code: "UNAUTHENTICATED" } });
  return ctx.viewer;
}
