import { buildASTSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { TypedDocumentString } from "../../client/src/api/generated/graphql.ts";
import * as operations from "../../client/src/api/operations.ts";
import { loadTypeDefs } from "../../server/src/schema.ts";

// Every operation the client sends must be valid against the server's SDL: a renamed or removed
// field then fails here (as it fails codegen and tsc) rather than in a user's browser. The text
// checked is what goes on the wire: the generated document, fragments included.
// Built from the SDL files with this module's own graphql (the executable schema comes from a CJS
// copy, which graphql's ESM validate() refuses as "from another module or realm").
const schema = buildASTSchema(parse(loadTypeDefs().join("\n")));
const documents: [string, string][] = Object.entries(operations as Record<string, unknown>).flatMap(
  ([name, value]) =>
    value instanceof TypedDocumentString ? [[name, value.toString()] as [string, string]] : [],
);

describe("client operations", () => {
  it("are all found (one per view's need)", () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      "ADD_DOSSIER_ENTRY",
      "AGENDA",
      "ALERTS",
      "ALLIANCES",
      "ALLIANCE_MEMBERS",
      "ALLIANCE_PARTNERS",
      "CHAINS",
      "CHAIN_DOSSIER",
      "CHAIN_MAP",
      "COMPANY",
      "COMPANY_NETWORK",
      "COMPANY_PROVENANCE",
      "CREATE_LEAD",
      "CREATE_USER",
      "DELETE_DOSSIER_ENTRY",
      "GAPS",
      "GAP_PROGRESS",
      "GEO_FILTERS",
      "GEO_MAP",
      "IMPORTS",
      "IMPORT_FILE",
      "LEADERBOARD",
      "LEAD_PAGE",
      "MARK_ALERTS_READ",
      "MOVE_LEAD",
      "MY_WATCHES",
      "OPPORTUNITY_MAP",
      "PEER_COMPARISON",
      "PIPELINE_BOARD",
      "PIPELINE_OPTIONS",
      "RESET_PASSWORD",
      "SAVE_TARGET_LIST",
      "SEARCH",
      "SEGMENT_COMPANIES",
      "TARGETS",
      "TARGET_FILTER_OPTIONS",
      "TARGET_LIST",
      "TARGET_LISTS",
      "UNDO_IMPORT",
      "UNREAD_ALERTS",
      "UNWATCH",
      "UPDATE_DOSSIER_ENTRY",
      "UPDATE_TARGET_ITEM",
      "UPDATE_USER",
      "USERS",
      "WATCH_GAP",
      "WATCH_LEAD",
      "WATCH_PEER_SEGMENT",
    ]);
  });

  it.each(documents)("%s validates against the server schema", (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it("carry the fragments they spread (the wire text is complete)", () => {
    const company = documents.find(([name]) => name === "COMPANY")![1];
    expect(company).toMatch(/\.\.\.CompanyRef/);
    expect(company).toMatch(/fragment CompanyRef on Company/);
    expect(company).toMatch(/fragment NetworkGraph on Graph/);
  });
});
