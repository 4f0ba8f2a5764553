/**
 * The region tree, walked in memory (a few hundred nodes, read whole): the one implementation gap
 * analysis (matrix rows) and the target ranking (local subtree, filters, provinces) share.
 */

/** What the tree needs of a region; callers may carry more (coordinates). */
export interface RegionTreeNode {
  code: string;
  parentCode: string | null;
  level: string;
}

/** Deepest walk up: the model nests at most six levels; the bound also stops a corrupt cycle. */
const MAX_DEPTH = 16;

export class RegionTree<N extends RegionTreeNode = RegionTreeNode> {
  readonly byCode: Map<string, N>;
  private readonly children = new Map<string, string[]>();

  constructor(nodes: Iterable<N>) {
    this.byCode = new Map();
    for (const n of nodes) {
      this.byCode.set(n.code, n);
      if (n.parentCode !== null) {
        const list = this.children.get(n.parentCode);
        if (list) list.push(n.code);
        else this.children.set(n.parentCode, [n.code]);
      }
    }
  }

  /** The code and everything under it, at any depth. */
  subtree(code: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const stack = [code];
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      stack.push(...(this.children.get(c) ?? []));
    }
    return out;
  }

  /** The nodes from the code up to its root (empty for a code not in the tree). */
  path(code: string): N[] {
    const out: N[] = [];
    let current = this.byCode.get(code);
    while (current !== undefined && out.length < MAX_DEPTH) {
      out.push(current);
      current = current.parentCode === null ? undefined : this.byCode.get(current.parentCode);
    }
    return out;
  }

  /** The code, its parent, …, up to its root (the code alone when it is not in the tree). */
  ancestors(code: string): string[] {
    const path = this.path(code).map((n) => n.code);
    return path.length === 0 ? [code] : path;
  }

  /** The province a region lies in; for a region abroad (no province level), its country. */
  province(code: string): string | null {
    const chain = this.ancestors(code);
    return chain.find((c) => this.byCode.get(c)?.level === "PROVINCE") ?? chain.at(-1) ?? null;
  }
}
