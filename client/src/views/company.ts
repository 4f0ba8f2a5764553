/**
 * Company view: profile and ego network (suppliers, customers, segments). Clicking a company
 * expands it (its own network is fetched and merged); double-clicking opens its page.
 */
import type { Core, EventObject } from "cytoscape";
import { request } from "../api/client.ts";
import { COMPANY, COMPANY_NETWORK, type CompanyProfile, type NetworkGraph } from "../api/operations.ts";
import { createGraph, destroyGraph } from "../graph/cy.ts";
import { formatNumber, formatPercent, lang, nameOf, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import {
  companyNodeId,
  entityId,
  LARGE_NETWORK,
  mergeGraphs,
  networkElements,
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
import type { ViewFactory } from "./types.ts";
import { provenanceNote } from "./provenance.ts";

type CompanyRoute = Extract<Route, { view: "company" }>;
const LIMIT = 200;
const EXPAND_LIMIT = 60;

export const companyView: ViewFactory<CompanyRoute> = (root, route, ctx) => {
  let cy: Core | undefined;
  let graph: Pick<NetworkGraph, "nodes" | "edges"> = { nodes: [], edges: [] };
  const expanded = new Set<string>();
  const l = lang();
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
        guard,
        banner,
        h("p", { class: "note" }, t("expandHint")),
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
      const net = company.network;
      guard.textContent = `${t("networkShowing", { shown: formatNumber(l, net.nodes.filter((n) => n.kind === "COMPANY" && n.depth > 0).length), total: formatNumber(l, net.totalCompanies) })}${net.truncated ? ` — ${t("networkTruncated")}` : ""}`;
      graph = { nodes: net.nodes, edges: net.edges };
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

  function renderProfile(c: CompanyProfile): void {
    const unknown = t("unknown");
    const num = (v: number | null, digits = 0) => (v === null ? unknown : formatNumber(l, v, digits));
    const pct = (v: number | null) => (v === null ? unknown : formatPercent(l, v));
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
      c.source === "SYNTHETIC" ? syntheticBanner() : provenanceNote(c.id, ctx.signal),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("region")),
        h("dd", {}, nameOf(l, c.region)),
        h("dt", {}, t("revenue")),
        h("dd", {}, num(c.revenue, 1)),
        h("dt", {}, t("employees")),
        h("dd", {}, num(c.employees)),
        h("dt", {}, t("founded")),
        h("dd", {}, c.founded === null ? unknown : String(c.founded)),
        h("dt", {}, t("registeredCapital")),
        h("dd", {}, num(c.registeredCapital, 1)),
        h("dt", {}, t("rdIntensity")),
        h("dd", {}, pct(c.rdIntensity)),
        h("dt", {}, t("growth")),
        h("dd", {}, pct(c.growth)),
        h("dt", {}, t("listed")),
        h("dd", {}, c.listed ? `${t("yes")}${c.stockCode ? ` (${c.stockCode})` : ""}` : t("no")),
        c.parent
          ? [
              h("dt", {}, t("parentGroup")),
              h(
                "dd",
                {},
                h("a", { href: `#/company/${encodeURIComponent(c.parent.id)}` }, nameOf(l, c.parent)),
              ),
            ]
          : null,
        c.sourceNote ? [h("dt", {}, t("sourceNote")), h("dd", { class: "small" }, c.sourceNote)] : null,
      ),
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

  function draw(dataAt?: number): void {
    const viewport = cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
    destroyGraph(cy);
    const built = networkElements(graph, l, route.companyId);
    for (const el of built.elements) {
      if (el.group === "nodes" && expanded.has(String(el.data.apiId)) && el.data.kind === "COMPANY")
        el.classes = `${el.classes ?? ""} expanded`;
    }
    clear(banner, built.synthetic > 0 ? syntheticBanner() : null);
    const small = graph.nodes.length <= LARGE_NETWORK;
    const created = createGraph({
      container: canvas,
      elements: built.elements,
      style: networkStyle(built.large),
      large: built.large,
      // Small networks are refined by fcose from the concentric start; large ones keep it.
      layout:
        small && graph.nodes.length > 2
          ? ({
              name: "fcose",
              randomize: false,
              animate: false,
              quality: "default",
              nodeRepulsion: 30000,
              idealEdgeLength: 150,
              nodeSeparation: 120,
              fit: true,
              padding: 30,
            } as never)
          : undefined,
      view: `company:${route.companyId}`,
      dataAt,
    });
    cy = created.cy;
    if (viewport && !dataAt) cy.viewport(viewport);
    cy.on(
      "tap",
      "node.company",
      (evt: EventObject) =>
        void expand(evt.target.data("apiId") as string, evt.target.data("depth") as number),
    );
    cy.on("dbltap", "node.company", (evt: EventObject) =>
      ctx.navigate({ view: "company", companyId: evt.target.data("apiId") as string }),
    );
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
      const before = graph.nodes.length;
      graph = mergeGraphs(graph, data.company.network, depth);
      if (graph.nodes.length !== before || data.company.network.edges.length) draw();
    } catch (error) {
      if (!isAbort(error)) guard.append(" ", errorState(error));
    }
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
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.centre), t("centreCompany")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.local), t("localBadge")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.other), t("otherCompany")),
    h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.segment, "border-radius:2px"), t("segment")),
    h("span", { class: "legend-item" }, dot("#fff", "border:1.5px dashed #64748b"), t("syntheticBadge")),
    h("span", { class: "legend-item" }, t("sizeByRevenue")),
  );
}
