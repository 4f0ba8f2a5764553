import type { NamedRef, RegionRef } from "../api/operations.ts";
import type { Me } from "../auth/session.ts";
import type { Route } from "../router.ts";

/** What every view gets from the shell. */
export interface ViewContext {
  /** The signed-in user: views adapt to the role (a MEMBER sees only their alliance). */
  me: Me;
  chains: NamedRef[];
  homeRegion: RegionRef;
  /** The chain a view opens on when the route names none: new energy, the zone's anchor chain. */
  defaultChainId: string;
  navigate(route: Route, replace?: boolean): void;
  /** Aborted when the view is left, so late answers are dropped. */
  signal: AbortSignal;
}

/** A mounted view; unmount() frees its Cytoscape instance and listeners. */
export interface View {
  unmount(): void;
  /**
   * Optional: relabels the mounted view in the new language in place (keeping its graph, zoom and
   * selection). A view without it is mounted afresh on a language change.
   */
  relabel?(): void;
}

export type ViewFactory<R extends Route = Route> = (root: HTMLElement, route: R, ctx: ViewContext) => View;
