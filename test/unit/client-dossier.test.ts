import { describe, expect, it } from "vitest";
import { formatRoute, parseRoute } from "../../client/src/router.ts";
import { entryInput, entryKindOf } from "../../client/src/transforms/dossier.ts";
import { reportUrl } from "../../client/src/transforms/export-url.ts";

describe("the dossier view's pure parts", () => {
  it("routes #/dossier/<chainId> both ways", () => {
    expect(parseRoute("#/dossier/NE")).toEqual({ view: "dossier", chainId: "NE" });
    expect(parseRoute("#/dossier")).toEqual({ view: "dossier", chainId: null });
    expect(formatRoute({ view: "dossier", chainId: "NE" })).toBe("#/dossier/NE");
    expect(formatRoute({ view: "dossier", chainId: null })).toBe("#/dossier");
  });

  it("links the report in the page's language", () => {
    expect(reportUrl("NE", "pdf", "zh")).toBe("/report/chain/NE.pdf?lang=zh");
    expect(reportUrl("NE", "xlsx", "en")).toBe("/report/chain/NE.xlsx?lang=en");
    expect(reportUrl("A/B", "pdf", "en")).toBe("/report/chain/A%2FB.pdf?lang=en");
  });

  it("adds rows only to the three maintained tables", () => {
    expect(entryKindOf({ key: "FUTURE_TRENDS", status: "MAINTAINED" })).toBe("TREND");
    expect(entryKindOf({ key: "KEY_PARKS", status: "MAINTAINED" })).toBe("PARK");
    expect(entryKindOf({ key: "KEY_PLATFORMS", status: "MAINTAINED" })).toBe("PLATFORM");
    expect(entryKindOf({ key: "KEY_FIRMS", status: "GENERATED" })).toBeNull();
    expect(entryKindOf({ key: "KEY_SHORTFALLS", status: "NO_DATA" })).toBeNull();
  });

  it("trims the form's texts and sends blanks as null", () => {
    expect(entryInput("  Park A ", "", "  ")).toEqual({ title: "Park A", detail: null, sourceNote: null });
    expect(entryInput("P", " d ", "s")).toEqual({ title: "P", detail: "d", sourceNote: "s" });
  });
});
