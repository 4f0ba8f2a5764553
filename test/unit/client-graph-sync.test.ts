import cytoscape, { type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { syncElements } from "../../client/src/graph/sync.ts";

// Cytoscape runs headless in Node, as in its own test suite: the in-place update is checked on a
// real instance without a browser.
describe("syncElements (update a Cytoscape instance in place)", () => {
  const before: ElementDefinition[] = [
    { group: "nodes", data: { id: "p1" } },
    {
      group: "nodes",
      data: { id: "a", parent: "p1", label: "A", extra: 1 },
      position: { x: 0, y: 0 },
      classes: "x",
    },
    { group: "nodes", data: { id: "b", label: "B" }, position: { x: 10, y: 0 } },
    { group: "nodes", data: { id: "old", label: "Old" }, position: { x: 20, y: 0 } },
    { group: "edges", data: { id: "e", source: "a", target: "b", w: 1 } },
  ];
  const after: ElementDefinition[] = [
    // a leaves p1 (which goes), loses `extra`, changes label, class and position.
    { group: "nodes", data: { id: "a", label: "A2" }, position: { x: 50, y: 60 }, classes: "y z" },
    // b moves into a parent that is new in this update (listed after its child on purpose).
    { group: "nodes", data: { id: "b", label: "B", parent: "p2" }, position: { x: 10, y: 0 } },
    { group: "nodes", data: { id: "p2" } },
    { group: "nodes", data: { id: "c", label: "C" }, position: { x: 1, y: 1 } },
    { group: "edges", data: { id: "e", source: "a", target: "b", w: 2 } },
    { group: "edges", data: { id: "f", source: "b", target: "c" } },
  ];

  it("keeps the instance's elements, viewport and selection, and applies the new definitions", () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: before });
    cy.zoom(2);
    cy.pan({ x: 5, y: 7 });
    const a = cy.getElementById("a")[0]!;
    const edge = cy.getElementById("e")[0]!;
    a.select();

    const result = syncElements(cy, after, { positions: true });

    // p2, c, f added; p1 and old removed; a, b, e updated.
    expect(result).toEqual({ added: 3, removed: 2, updated: 3 });
    expect(cy.getElementById("a")[0]).toBe(a);
    expect(cy.getElementById("e")[0]).toBe(edge);
    expect(a.data("label")).toBe("A2");
    expect(a.data("extra")).toBeUndefined();
    expect(a.classes().sort()).toEqual(["y", "z"]);
    expect(a.parent().empty()).toBe(true);
    expect(a.position()).toEqual({ x: 50, y: 60 });
    expect(a.selected()).toBe(true);
    expect(
      cy
        .getElementById("b")
        .parent()
        .map((p) => p.id()),
    ).toEqual(["p2"]);
    expect(edge.data("w")).toBe(2);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(["a", "b", "c", "e", "f", "p2"]);
    expect(cy.zoom()).toBe(2);
    expect(cy.pan()).toEqual({ x: 5, y: 7 });
  });

  it("leaves positions alone when a layout places the nodes", () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: before });
    syncElements(cy, after, { positions: false });
    expect(cy.getElementById("a").position()).toEqual({ x: 0, y: 0 });
  });

  it("is idempotent: the same definitions twice change nothing but data", () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: after });
    expect(syncElements(cy, after, { positions: true })).toEqual({ added: 0, removed: 0, updated: 6 });
  });
});
