/**
 * Company view: profile and ego network, laid out by direction (suppliers left, customers right,
 * the centre's segments on top), filtered by relation, segment and locality. Clicking a company
 * expands it (its own network is fetched and merged), clicking it again collapses what it brought
 * in; double-clicking opens its page. The one Cytoscape instance is updated in place.
 */
import type { Core, EventObject } from "cytoscape";
import { request } from "../api/client.ts";
import { COMPANY, COMPANY_NETWORK, type CompanyProfile, type NetworkGraph } from "../api/operations.ts";
import { createGraph, destroyGraph } from "../graph/cy.ts";
import { syncElements } from "../graph/sync.ts";
import { formatMoney, formatNumber, formatPercent, lang, nameOf, sortByName, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import {
  ALL_SIDES,
  companyNodeId,
  directedNetworkElements,
  entityId,
  mergeGraphs,
  type NetworkFilter,
  type NetworkSide,
} from "../transforms/network.ts";
import { NETWORK_COLOURS, networkStyle } from "../transforms/styles.ts";
import { dataTable, graphFrame } from "./common.ts";
import {
  clear,
  emptyState,
  errorState,
  h,
  isAbort,
  loadingState,
  sourceBadge,
  syntheticBanner,
} from "./dom.ts";
import { createLeadAction } from "./lead-actions.ts";
import type { ViewFactory } from "./types.ts";
import { provenanceNote } from "./provenance.ts";

type CompanyRoute = Extract<Route, { view: "company" }>;
const LIMIT = 200;
const EXPAND_LIMIT = 60;

export const companyView: ViewFactory<CompanyRoute> = (root, route, ctx) => {
  let cy: Core | undefined;
  let graph: Pick<NetworkGraph, "nodes" | "edges"> = { nodes: [], edges: [] };
  const expanded = new Set<string>();
  /** Node id → the company whose expansion brought it in (the first load's nodes have none). */
  const broughtBy = new Map<string, string>();
  /** Companies in the neighbourhood of the centre that its first load left out (limit). */
  let notLoaded = 0;
  let filter: NetworkFilter = { sides: new Set(ALL_SIDES), segments: true, segmentId: null, locality: "ALL" };
  const l = lang();
  const controls = h("form", { class: "filters network-filters", "aria-label": t("filters") });
  const profileEl = h("section", { class: "profile" }, loadingState());
  const guard = h("p", { class: "note guard", "data-testid": "network-guard" });
  const banner = h("div", {});
  const { frame, canvas, table } = graphFrame({
    caption: t("network"),
    pngName: `company-${route.companyId}.png`,
    getCy: () => cy,
  });
  clear(
    root,
    h(
      "div",
      { class: "company-layout" },
      profileEl,
      h(
        "section",
        { class: "network" },
        h("h2", {}, t("network")),
        banner,
        h("p", { class: "note" }, t("expandHint")),
        controls,
        guard,
        frame,
        legendEl(),
      ),
    ),
  );

  const load = async () => {
    clear(profileEl, loadingState());
    try {
      const data = await request(COMPANY, { id: route.companyId, depth: 1, limit: LIMIT }, ctx.signal);
      const company = data.company;
      if (!company) {
        clear(profileEl, emptyState(`${t("errorNotFound")}: ${route.companyId}`));
        return;
      }
      renderProfile(company);
      profileMarkedSynthetic = company.source === "SYNTHETIC";
      const net = company.network;
      graph = { nodes: net.nodes, edges: net.edges };
      notLoaded = Math.max(
        0,
        net.totalCompanies - net.nodes.filter((n) => n.kind === "COMPANY" && n.depth > 0).length,
      );
      expanded.add(company.id);
      draw(performance.now());
    } catch (error) {
      if (!isAbort(error))
        clear(
          profileEl,
          errorState(error, () => void load()),
        );
    }
  };

  let profileMarkedSynthetic = false;
  function renderProfile(c: CompanyProfile): void {
    const pct = (v: number | null) => (v === null ? null : formatPercent(l, v));
    const money = (m: number | null) => (m === null ? null : formatMoney(l, m * 1e6));
    const real = c.source === "PUBLIC";
    // Known facts are listed; unknown ones are named once, on one line, rather than as rows of 未知.
    const facts: [string, string | HTMLElement | null][] = [
      [real ? t("headquarters") : t("region"), nameOf(l, c.region)],
      [
        t("parentGroup"),
        c.parent
          ? h("a", { href: `#/company/${encodeURIComponent(c.parent.id)}` }, nameOf(l, c.parent))
          : null,
      ],
      [
        t("listed"),
        // A real plant of a group is not itself listed (its group may be): a known "no", not a gap.
        c.listed
          ? `${t("yes")}${c.stockCode ? ` (${c.stockCode})` : ""}`
          : real && !c.parent
            ? null
            : t("no"),
      ],
      [t("revenue"), money(c.revenue)],
      [t("employees"), c.employees === null ? null : formatNumber(l, c.employees)],
      [t("founded"), c.founded === null ? null : String(c.founded)],
      [t("registeredCapital"), money(c.registeredCapital)],
      [t("rdIntensity"), pct(c.rdIntensity)],
      [t("growth"), pct(c.growth)],
    ];
    const known = facts.filter(([, v]) => v !== null);
    const missing = facts
      .filter(([label, v]) => v === null && label !== t("parentGroup"))
      .map(([label]) => label);
    clear(
      profileEl,
      h(
        "h1",
        { "data-testid": "company-name" },
        nameOf(l, c),
        " ",
        sourceBadge(c.source),
        c.isLocal ? h("span", { class: "badge badge-local" }, t("localBadge")) : null,
      ),
      h("p", { class: "muted" }, l === "zh" ? c.name : c.nameZh),
      c.source === "SYNTHETIC" ? syntheticBanner() : null,
      real
        ? h(
            "div",
            { class: "public-facts", "data-testid": "public-facts" },
            h("strong", {}, t("publicFactsOnly")),
            " ",
            t("publicFactsBody"),
          )
        : null,
      c.source === "SYNTHETIC" ? null : provenanceNote(c.id, ctx.signal),
      h(
        "dl",
        { class: "facts" },
        known.flatMap(([label, value]) => [h("dt", {}, label), h("dd", {}, value)]),
        c.sourceNote ? [h("dt", {}, t("sourceNote")), h("dd", { class: "small" }, c.sourceNote)] : null,
      ),
      missing.length
        ? h("p", { class: "note" }, t("notCollected", { fields: missing.join(l === "zh" ? "、" : ", ") }))
        : null,
      h("h2", {}, t("segments")),
      h(
        "ul",
        { class: "company-list" },
        c.segments.map((s) =>
          h(
            "li",
            {},
            h(
              "a",
              {
                href: `#/chain/${encodeURIComponent(s.segment.chain.id)}?segment=${encodeURIComponent(s.segment.id)}`,
              },
              nameOf(l, s.segment),
            ),
            h(
              "span",
              { class: "muted" },
              ` · ${nameOf(l, s.segment.chain)}${s.primary ? ` · ${t("primary")}` : ""}`,
            ),
          ),
        ),
      ),
      createLeadAction({ ...ctx, companyId: c.id, segments: c.segments.map((s) => s.segment) }),
      c.alliances.length
        ? [
            h("h2", {}, t("alliances")),
            h(
              "ul",
              { class: "company-list" },
              c.alliances.map((a) =>
                h(
                  "li",
                  {},
                  h(
                    "a",
                    { href: `#/alliance/${encodeURIComponent(a.id)}?member=${encodeURIComponent(c.id)}` },
                    nameOf(l, a),
                  ),
                ),
              ),
            ),
          ]
        : null,
    );
  }

  /** The filter controls; rebuilt after each load or expansion, as the counts change. */
  function renderControls(bySide: Record<Exclude<NetworkSide, "CENTRE" | "SEGMENT">, number>): void {
    const sideBox = (side: Exclude<NetworkSide, "CENTRE" | "SEGMENT">) =>
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          checked: filter.sides.has(side),
          "data-side": side,
          onchange: (e: Event) => {
            const sides = new Set(filter.sides);
            if ((e.target as HTMLInputElement).checked) sides.add(side);
            else sides.delete(side);
            filter = { ...filter, sides };
            draw();
          },
        }),
        `${t(`side${side}`)} (${formatNumber(l, bySide[side])})`,
      );
    // Primary segments of the companies shown, for the segment filter.
    const segs = new Map<string, { id: string; name: string; nameZh: string }>();
    for (const n of graph.nodes) {
      if (n.kind === "SEGMENT" && n.segmentId)
        segs.set(n.segmentId, { id: n.segmentId, name: n.name, nameZh: n.nameZh });
    }
    const segmentSelect = h(
      "select",
      {
        "aria-label": t("segment"),
        "data-filter": "segment",
        onchange: (e: Event) => {
          filter = { ...filter, segmentId: (e.target as HTMLSelectElement).value || null };
          draw();
        },
      },
      h("option", { value: "" }, t("anySegment")),
      sortByName(l, [...segs.values()]).map((sg) =>
        h("option", { value: sg.id, selected: sg.id === filter.segmentId }, nameOf(l, sg)),
      ),
    );
    const locality = h(
      "select",
      {
        "aria-label": t("localBadge"),
        "data-filter": "locality",
        onchange: (e: Event) => {
          filter = {
            ...filter,
            locality: (e.target as HTMLSelectElement).value as NetworkFilter["locality"],
          };
          draw();
        },
      },
      (["ALL", "LOCAL", "NONLOCAL"] as const).map((v) =>
        h("option", { value: v, selected: v === filter.locality }, t(`locality${v}`)),
      ),
    );
    clear(
      controls,
      (["SUPPLIER", "CUSTOMER", "BOTH", "OTHER"] as const).map(sideBox),
      segmentSelect,
      locality,
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          checked: filter.segments,
          onchange: (e: Event) => {
            filter = { ...filter, segments: (e.target as HTMLInputElement).checked };
            draw();
          },
        }),
        t("showSegments"),
      ),
      expanded.size > 1
        ? h(
            "button",
            {
              type: "button",
              class: "btn small",
              "data-action": "collapse-all",
              onclick: () => collapseAll(),
            },
            t("collapseAll"),
          )
        : null,
    );
  }

  /**
   * Draws the graph as it stands under the filter: the first time on a new instance, then in
   * place (syncElements), so zoom, pan and selection stay; the counts and controls follow.
   */
  function draw(dataAt?: number): void {
    const built = directedNetworkElements(graph, l, route.companyId, filter);
    for (const el of built.elements) {
      if (el.group === "nodes" && expanded.has(String(el.data.apiId)) && el.data.kind === "COMPANY")
        el.classes = `${el.classes ?? ""} expanded`;
    }
    // The page says it once: the profile of a synthetic company already carries the banner.
    clear(banner, built.synthetic > 0 && !profileMarkedSynthetic ? syntheticBanner() : null);
    guard.textContent = `${t("networkShowing", {
      shown: formatNumber(l, built.shown),
      total: formatNumber(l, built.total + notLoaded),
    })}${notLoaded > 0 ? ` — ${t("networkTruncated")}` : ""}`;
    guard.dataset.shown = String(built.shown);
    guard.dataset.total = String(built.total + notLoaded);
    renderControls(built.bySide);
    if (cy) {
      syncElements(cy, built.elements, { positions: true });
      renderTable();
      return;
    }
    const created = createGraph({
      container: canvas,
      elements: built.elements,
      style: networkStyle(built.large),
      large: built.large,
      view: `company:${route.companyId}`,
      dataAt,
    });
    cy = created.cy;
    cy.on("tap", "node.company", (evt: EventObject) => {
      const id = evt.target.data("apiId") as string;
      if (id === route.companyId) return;
      if (expanded.has(id)) collapse(id);
      else void expand(id, evt.target.data("depth") as number);
    });
    cy.on("dbltap", "node.company", (evt: EventObject) =>
      ctx.navigate({ view: "company", companyId: evt.target.data("apiId") as string }),
    );
    // A quiet node shows its label while hovered (or selected: see the stylesheet).
    cy.on("mouseover", "node.quiet", (evt: EventObject) => void evt.target.addClass("hover"));
    cy.on("mouseout", "node.quiet", (evt: EventObject) => void evt.target.removeClass("hover"));
    renderTable();
  }

  async function expand(companyId: string, depth: number): Promise<void> {
    if (expanded.has(companyId)) return;
    expanded.add(companyId);
    cy?.getElementById(companyNodeId(companyId)).addClass("expanded");
    try {
      const data = await request(
        COMPANY_NETWORK,
        { id: companyId, depth: 1, limit: EXPAND_LIMIT },
        ctx.signal,
      );
      if (!data.company) return;
      const known = new Set(graph.nodes.map((n) => n.id));
      for (const n of data.company.network.nodes) if (!known.has(n.id)) broughtBy.set(n.id, companyId);
      graph = mergeGraphs(graph, data.company.network, depth);
      draw();
    } catch (error) {
      if (!isAbort(error)) guard.append(" ", errorState(error));
    }
  }

  /** Takes back what an expansion brought in (and what expansions of those brought in). */
  function collapse(companyId: string): void {
    const drop = new Set<string>();
    const visit = (owner: string) => {
      expanded.delete(owner);
      for (const [node, by] of broughtBy) {
        if (by !== owner || drop.has(node)) continue;
        drop.add(node);
        broughtBy.delete(node);
        if (node.startsWith("company:")) visit(node.slice("company:".length));
      }
    };
    visit(companyId);
    graph = {
      nodes: graph.nodes.filter((n) => !drop.has(n.id)),
      edges: graph.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)),
    };
    draw();
  }

  function collapseAll(): void {
    for (const id of [...expanded]) if (id !== route.companyId && expanded.has(id)) collapse(id);
  }

  function renderTable(): void {
    const names = new Map(graph.nodes.map((n) => [n.id, nameOf(l, n)]));
    const companyName = (id: string) => names.get(id) ?? id;
    clear(
      table,
      dataTable(
        t("network"),
        [t("company"), t("depth"), t("localBadge"), t("suppliers"), t("customers")],
        graph.nodes
          .filter((n) => n.kind === "COMPANY")
          .sort((a, b) => a.depth - b.depth || (b.revenue ?? 0) - (a.revenue ?? 0))
          .map((n) => [
            h("a", { href: `#/company/${encodeURIComponent(entityId(n))}` }, nameOf(l, n)),
            String(n.depth),
            n.isLocal ? t("yes") : t("no"),
            graph.edges
              .filter((e) => e.kind === "SUPPLIES" && e.target === n.id)
              .map((e) => companyName(e.source))
              .join("、"),
            graph.edges
              .filter((e) => e.kind === "SUPPLIES" && e.source === n.id)
              .map((e) => companyName(e.target))
              .join("、"),
          ]),
      ),
    );
  }

  void load();
  return { unmount: () => destroyGraph(cy) };
};

function legendEl(): HTMLElement {
  const dot = (colour: string, extra = "") =>
    h("span", { class: "dot", style: `background:${colour};${extra}` });
  return h(
    "div",
    { class: "legend-inline", "aria-label": t("legend") },
    h("span", { class: "legend-item" }, t("networkSuppliersHead")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.centre), t("centreCompany")),
    h("span", { class: "legend-item" }, t("networkCustomersHead")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.local), t("localBadge")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.other), t("otherCompany")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.segment, "border-radius:2px"), t("segment")),
    h("span", { class: "legend-item" }, dot("#fff", "border:1.5px dashed #64748b"), t("syntheticBadge")),
    h("span", { class: "legend-item" }, t("sizeByRevenue")),
  );
}
