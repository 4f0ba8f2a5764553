/**
 * Brings an existing Cytoscape instance to a new list of element definitions IN PLACE, so the
 * user's zoom, pan and selection survive (CONVENTIONS §21): elements are matched by id; data and
 * classes of the ones that stay are updated (ele.data, ele.classes), nodes change compound parent
 * with ele.move (the same element object), new ones are added, missing ones removed, all in one
 * cy.batch. Pure of the DOM: runs headless in Node for the unit tests.
 */
import type { Core, ElementDefinition } from "cytoscape";

export interface SyncOptions {
  /** Move nodes to the positions in their definitions (a preset layout); off when a layout runs. */
  positions: boolean;
}

export interface SyncResult {
  added: number;
  removed: number;
  updated: number;
}

// Data keys Cytoscape owns as structure: changed through move(), never through data().
const STRUCTURAL = new Set(["id", "parent", "source", "target"]);

export function syncElements(cy: Core, defs: readonly ElementDefinition[], opts: SyncOptions): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const def of defs) {
    const id = def.data.id;
    if (id === undefined) throw new Error("syncElements: every element definition needs a data.id");
    wanted.set(id, def);
  }
  const result: SyncResult = { added: 0, removed: 0, updated: 0 };
  cy.batch(() => {
    // 1. New elements: parents before their children, nodes before edges.
    const fresh = defs.filter((def) => cy.getElementById(def.data.id!).empty());
    const depth = (def: ElementDefinition): number =>
      def.group === "edges" || "source" in def.data ? 2 : def.data.parent ? 1 : 0;
    const freshIds = new Set(fresh.map((def) => def.data.id!));
    if (fresh.length > 0) cy.add([...fresh].sort((a, b) => depth(a) - depth(b)));
    result.added = fresh.length;

    // 2. Nodes that stay change parent before any old parent goes (removing a compound node
    //    removes its children with it).
    const stay = defs.filter((def) => !freshIds.has(def.data.id!));
    for (const def of stay) {
      const ele = cy.getElementById(def.data.id!);
      if (!ele.isNode()) continue;
      const parent = (def.data.parent as string | undefined) ?? null;
      const up = ele.parent();
      const current = up.nonempty() ? up[0]!.id() : null;
      if (parent !== current) ele.move({ parent });
    }

    // 3. What is no longer wanted goes.
    const gone = cy.elements().filter((ele) => !wanted.has(ele.id()));
    result.removed = gone.length;
    gone.remove();

    // 4. Data, classes and positions of the ones that stay.
    for (const def of stay) {
      const ele = cy.getElementById(def.data.id!);
      if (opts.positions && def.position && ele.isNode()) ele.position(def.position);
      const data: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(def.data)) if (!STRUCTURAL.has(key)) data[key] = value;
      const stale = Object.keys(ele.data() as Record<string, unknown>).filter(
        (key) => !STRUCTURAL.has(key) && !(key in data),
      );
      if (stale.length > 0) ele.removeData(stale.join(" "));
      ele.data(data);
      ele.classes(def.classes ?? "");
      result.updated++;
    }
  });
  return result;
}
