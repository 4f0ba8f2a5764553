import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { parse, validate, type GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import * as operations from "../../client/src/api/operations.ts";
import { loadConfig } from "../../server/src/config.ts";
import { buildSchema } from "../../server/src/schema.ts";
import { costRule } from "../../server/src/security/cost.ts";

const schema = buildSchema();
const limits = loadConfig({}).security.graphql;

/** The estimated size, read from the refusal of a zero limit. */
function sizeOf(text: string): number {
  try {
    validate(schema, parse(text), [costRule(0)]);
  } catch (error) {
    return ((error as GraphQLError).extensions as { cost: number }).cost;
  }
  return 0;
}

function depthOf(text: string): number {
  let found = 0;
  const rule = maxDepthRule({
    n: 0,
    exposeLimits: true,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [(_ctx, e: GraphQLError) => (found = Number(/found (\d+)/.exec(e.message)?.[1] ?? 0))],
  });
  validate(schema, parse(text), [rule]);
  return found;
}

// The client's typed documents (graphql-codegen's TypedDocumentString: a String holding the text).
const clientOperations: [string, string][] = Object.entries(operations as Record<string, unknown>).flatMap(
  ([name, value]) => {
    const text = value instanceof String || typeof value === "string" ? value.toString() : "";
    return /^\s*(query|mutation)\b/.test(text) ? [[name, text]] : [];
  },
);

describe("GraphQL limits", () => {
  it("let every operation of the client through, with room to spare", () => {
    expect(clientOperations.length).toBeGreaterThan(10);
    for (const [name, text] of clientOperations) {
      expect(depthOf(text), name).toBeLessThanOrEqual(limits.maxDepth - 2);
      // The company page may draw a 5,000-node network (its largest limit): about 75,000 fields.
      expect(sizeOf(text), name).toBeLessThanOrEqual((limits.maxCost * 2) / 3);
    }
  });

  it("estimate a result's size from lists and pages, worked out by hand", () => {
    // chains: 4 × (1 + id + segments: 250 × (1 + id)) = 4 × (1 + 1 + 500) = 2008
    expect(sizeOf("{ chains { id segments { id } } }")).toBe(2008);
    // companies(first: 10): 1 + [edges: 10 × (1 + node: 1 + id)] + totalCount = 1 + 30 + 1 = 32
    expect(sizeOf("{ companies(first: 10) { edges { node { id } } totalCount } }")).toBe(32);
    // first from a variable counts as the largest page (100)
    expect(sizeOf("query($n: Int) { companies(first: $n) { edges { node { id } } } }")).toBe(1 + 100 * 3);
  });

  it("refuse the hostile shapes: recursion, fan-out and aliases", () => {
    let nested = "id";
    for (let i = 0; i < 6; i++) nested = `parent { children { ${nested} } }`;
    const deep = `{ segment(id: "LB18") { ${nested} } }`;
    expect(depthOf(deep)).toBeGreaterThan(limits.maxDepth);
    // Within the depth limit, fan-out alone is refused by size.
    expect(
      sizeOf(`{ segment(id: "LB18") { children { children { children { children { id } } } } } }`),
    ).toBeGreaterThan(limits.maxCost);
    expect(sizeOf("{ chains { segments { chain { segments { id } } } } }")).toBeGreaterThan(limits.maxCost);
    expect(sizeOf(`{ company(id: "x") { customers { suppliers { customers { id } } } } }`)).toBeGreaterThan(
      limits.maxCost,
    );
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: chains { id }`).join(" ");
    const refused: string[] = [];
    validate(schema, parse(`{ ${aliases} }`), [
      maxAliasesRule({
        n: limits.maxAliases,
        propagateOnRejection: false,
        onReject: [(_ctx, e: GraphQLError) => refused.push(e.message)],
      }),
    ]);
    expect(refused).toHaveLength(1);
  });
});
