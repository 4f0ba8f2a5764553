/**
 * Chain map (the landing view): one chain upstream → downstream, coloured by local coverage, gaps
 * badged and sized by score; click a segment for its local companies, gap explanation and targets.
 */
import type { Core, EventObject } from "cytoscape";
import { request } from "../api/client.ts";
import { CHAIN_MAP, GAPS, SEGMENT_COMPANIES, type Gap } from "../api/operations.ts";
import { createGraph, destroyGraph } from "../graph/cy.ts";
import {
  formatNumber,
  formatPercent,
  formatScore,
  lang,
  nameOf,
  t,
  translateOptional,
} from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { chainMapElements, chainTableRows, segNodeId, type ChainDef } from "../transforms/chain-map.ts";
import {
  COVERAGE_COLOURS,
  CROSS_CHAIN_COLOUR,
  GAP_COLOURS,
  GAP_TYPES,
  chainMapStyle,
} from "../transforms/styles.ts";
import { featureBars } from "../transforms/tables.ts";
import { chainTabs, dataTable, featureBarsEl, graphFrame } from "./common.ts";
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

type ChainRoute = Extract<Route, { view: "chain" }>;

export const chainMapView: ViewFactory<ChainRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  let cy: Core | undefined;
  let layoutMode: "lanes" | "dagre" = "lanes";
  let chain: ChainDef | null = null;
  let gaps: Gap[] = [];

  const panel = h("aside", {
    class: "side-panel",
    "aria-live": "polite",
    "data-testid": "segment-panel",
    hidden: true,
  });
  const summary = h("div", { class: "chain-summary" });
  const layoutBtn = h("button", { type: "button", class: "btn", "data-action": "layout" }, t("layoutDagre"));
  const { frame, canvas, table } = graphFrame({
    caption: t("navChains"),
    pngName: `chain-${chainId}.png`,
    getCy: () => cy,
    extraTools: [layoutBtn],
  });
  const body = h("div", { class: "chain-body" }, frame, panel);
  const legend = legendEl();
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("navChains")),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ view: "chain", chainId: id, segmentId: null })),
      summary,
    ),
    h("div", { class: "graph-status" }, loadingState()),
    body,
    legend,
  );
  const status = root.querySelector<HTMLElement>(".graph-status")!;
  root.dataset.gapsLoaded = "false";

  layoutBtn.addEventListener("click", () => {
    layoutMode = layoutMode === "lanes" ? "dagre" : "lanes";
    layoutBtn.textContent = layoutMode === "lanes" ? t("layoutDagre") : t("layoutLanes");
    draw();
  });

  const showSummary = (completeness: number | null) =>
    summary.replaceChildren(
      ...(completeness === null
        ? []
        : [
            h(
              "span",
              { class: "stat" },
              `${t("completeness")}: `,
              h("strong", {}, formatPercent(lang(), completeness)),
            ),
            h(
              "span",
              { class: "stat" },
              `${t("gapCount")}: `,
              h("strong", {}, formatNumber(lang(), gaps.length)),
            ),
          ]),
      h(
        "span",
        { class: "stat" },
        `${t("segmentCount")}: `,
        h("strong", {}, formatNumber(lang(), chain?.segments.length ?? 0)),
      ),
    );

  // The map draws as soon as the chain arrives; gaps (a heavier query) are laid over it when they
  // come, and a failing gap report leaves the coverage map standing.
  const load = async () => {
    clear(status, loadingState());
    const gapsPromise = request(GAPS, { chainId, lang: lang() === "zh" ? "ZH" : "EN" }, ctx.signal).catch(
      (error: unknown) => error as Error,
    );
    try {
      const map = await request(CHAIN_MAP, { id: chainId }, ctx.signal);
      if (!map.chain) {
        clear(status, emptyState(`${t("errorNotFound")}: ${chainId}`));
        return;
      }
      chain = map.chain;
      clear(
        status,
        h("p", { class: "note" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("gapsLoading")),
      );
      showSummary(null);
      draw(performance.now());
      renderTable();
      if (route.segmentId) selectSegment(route.segmentId);
    } catch (error) {
      if (isAbort(error)) return;
      clear(
        status,
        errorState(error, () => void load()),
      );
      return;
    }
    const gapResult = await gapsPromise;
    if (isAbort(gapResult) || ctx.signal.aborted) return;
    if (gapResult instanceof Error) {
      clear(
        status,
        h("p", { class: "note warn", role: "status" }, `${t("gapsUnavailable")} (${gapResult.message})`),
      );
      return;
    }
    gaps = gapResult.gaps.gaps;
    clear(status);
    showSummary(gapResult.gaps.completeness);
    draw(performance.now());
    renderTable();
    root.dataset.gapsLoaded = "true";
    if (route.segmentId) selectSegment(route.segmentId);
  };

  function draw(dataAt?: number): void {
    if (!chain) return;
    destroyGraph(cy);
    const t0 = dataAt ?? performance.now();
    const result = chainMapElements(chain, gaps, lang());
    const elements =
      layoutMode === "lanes"
        ? result.elements
        : // The dagre view is a plain DAG: no lanes or stage bands (compounds slow dagre and it
          // ranks by edges, not by the curated stages).
          result.elements
            .filter((e) => e.data.kind !== "subchain" && e.data.kind !== "stage")
            .map((e) => ({ ...e, data: { ...e.data, parent: undefined } }));
    const created = createGraph({
      container: canvas,
      elements,
      style: chainMapStyle(lang()),
      layout:
        layoutMode === "dagre"
          ? ({ name: "dagre", rankDir: "LR", nodeSep: 18, rankSep: 70, fit: true, padding: 30 } as never)
          : undefined,
      view: `chain:${chain.id}`,
      dataAt: t0,
    });
    cy = created.cy;
    cy.on("tap", "node.segment", (evt: EventObject) => {
      const id = evt.target.data("segmentId") as string;
      ctx.navigate({ view: "chain", chainId, segmentId: id }, true);
      selectSegment(id);
    });
    cy.on("tap", (evt: EventObject) => {
      if (evt.target === cy) closePanel();
    });
  }

  function renderTable(): void {
    if (!chain) return;
    const l = lang();
    const rows = chainTableRows(chain, gaps, l);
    clear(
      table,
      dataTable(
        t("navChains"),
        [
          t("segment"),
          t("subchain"),
          t("stage"),
          t("coverage"),
          t("localCompanies"),
          t("gapType"),
          t("gapScore"),
          t("upstreamInputs"),
          t("downstreamOutputs"),
        ],
        rows.map((r) => [
          h("button", { type: "button", class: "link", onclick: () => selectSegment(r.segmentId) }, r.name),
          r.subchain,
          t(`stage${r.stage}`),
          t(`coverage${r.coverage}`),
          `${formatNumber(l, r.localCount)} / ${formatNumber(l, r.totalCount)}`,
          r.gapType ? translateOptional(l, `gap${r.gapType}`, r.gapType) : "—",
          r.gapScore === null ? "—" : formatScore(l, r.gapScore),
          r.upstream.join("、"),
          r.downstream.join("、"),
        ]),
      ),
    );
  }

  function closePanel(): void {
    panel.hidden = true;
    // The canvas widens again; Cytoscape only tracks window resizes by itself.
    cy?.resize();
    cy?.elements().removeClass("faded highlight");
    cy?.$(":selected").unselect();
  }

  let panelAbort: AbortController | undefined;
  function selectSegment(segmentId: string): void {
    if (!chain) return;
    const l = lang();
    const node = cy?.getElementById(segNodeId(segmentId));
    if (cy && node && node.nonempty()) {
      cy.batch(() => {
        cy!.$(":selected").unselect();
        node.select();
        const hood = node.closedNeighborhood();
        cy!.elements("node.segment, edge").not(hood).addClass("faded");
        hood.removeClass("faded");
        hood.edges().addClass("highlight");
      });
    }
    const leaf = chain.segments.find((s) => s.id === segmentId);
    const gap = gaps.find((g) => g.segment.id === segmentId);
    const named = leaf ?? gap?.segment;
    if (!named) return;
    if (panel.hidden) {
      panel.hidden = false;
      cy?.resize();
      if (node?.nonempty()) cy?.center(node);
    }
    const companies = h("div", { class: "panel-companies" }, loadingState());
    const max = gaps.reduce((m, g) => Math.max(m, g.score), 0);
    clear(
      panel,
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, nameOf(l, named)),
        h(
          "button",
          { type: "button", class: "btn icon", "aria-label": t("closePanel"), onclick: closePanel },
          "×",
        ),
      ),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("stage")),
        h("dd", {}, t(`stage${named.stage}`)),
        named.keyTech ? [h("dt", {}, "★"), h("dd", {}, t("keyTech"))] : null,
        h("dt", {}, t("coverage")),
        h(
          "dd",
          {},
          leaf
            ? h(
                "span",
                { class: `cov-chip cov-${leaf.coverage.status}` },
                t(`coverage${leaf.coverage.status}`),
              )
            : null,
          " ",
          `${t("localCompanies")} ${formatNumber(l, leaf?.coverage.localCount ?? gap?.localCount ?? 0)} / ${formatNumber(l, leaf?.coverage.totalCount ?? gap?.totalCount ?? 0)}`,
        ),
        gap
          ? [
              h("dt", {}, t("gapType")),
              h(
                "dd",
                {},
                h(
                  "span",
                  { class: "gap-chip", style: `background:${GAP_COLOURS[gap.type]}` },
                  translateOptional(l, `gap${gap.type}`, gap.type),
                ),
                gap.breakPoint ? h("span", { class: "gap-chip break" }, t("breakPoint")) : null,
                ` ${t("gapScore")} ${formatScore(l, gap.score)}`,
              ),
            ]
          : null,
      ),
      gap
        ? h(
            "section",
            { class: "explanation", "data-testid": "gap-explanation" },
            h("h3", {}, t("explanation")),
            h("p", {}, gap.explanation),
            featureBarsEl(featureBars(l, gap.features, max), (n) => formatScore(l, n)),
          )
        : h("p", { class: "note" }, t("notAGap")),
      h(
        "div",
        { class: "panel-actions" },
        h(
          "button",
          {
            type: "button",
            class: "btn primary",
            "data-action": "find-targets",
            onclick: () =>
              ctx.navigate({
                view: "targets",
                chainId,
                segmentId,
                province: null,
                country: null,
                minRevenue: null,
                listed: false,
              }),
          },
          t("findTargets"),
        ),
        h("a", { class: "btn", href: `#/gaps/${encodeURIComponent(chainId)}` }, t("viewGaps")),
      ),
      h("h3", {}, t("localCompanies")),
      companies,
    );
    panelAbort?.abort();
    panelAbort = new AbortController();
    const signal = panelAbort.signal;
    request(SEGMENT_COMPANIES, { segmentId, region: ctx.homeRegion.code, first: 30 }, signal)
      .then((data) => {
        const list = data.companies.edges.map((e) => e.node);
        if (list.length === 0) {
          clear(companies, emptyState(t("noLocalCompanies")));
          return;
        }
        clear(
          companies,
          list.some((c) => c.source === "SYNTHETIC") ? syntheticBanner() : null,
          h(
            "p",
            { class: "note" },
            t("showing", {
              shown: formatNumber(l, list.length),
              total: formatNumber(l, data.companies.totalCount),
            }),
          ),
          h(
            "ul",
            { class: "company-list" },
            list.map((c) =>
              h(
                "li",
                {},
                h("a", { href: `#/company/${encodeURIComponent(c.id)}` }, nameOf(l, c)),
                " ",
                sourceBadge(c.source),
                c.revenue !== null
                  ? h("span", { class: "muted" }, ` ${formatNumber(l, c.revenue, 0)} ${t("millionRmb")}`)
                  : null,
              ),
            ),
          ),
        );
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) clear(companies, errorState(error));
      });
  }

  void load();
  return {
    unmount() {
      panelAbort?.abort();
      destroyGraph(cy);
    },
  };
};

function legendEl(): HTMLElement {
  const swatch = (fill: string, border: string, dashed = false) =>
    h("span", {
      class: "swatch",
      style: `background:${fill};border:2px ${dashed ? "dashed" : "solid"} ${border}`,
    });
  return h(
    "section",
    { class: "legend", "aria-label": t("legend") },
    h("h2", {}, t("legend")),
    h(
      "div",
      { class: "legend-group" },
      h("h3", {}, t("coverageLegend")),
      (["MISSING", "WEAK", "PRESENT"] as const).map((s) =>
        h(
          "span",
          { class: "legend-item" },
          swatch(COVERAGE_COLOURS[s].fill, COVERAGE_COLOURS[s].border),
          t(`coverage${s}`),
        ),
      ),
      h(
        "span",
        { class: "legend-item" },
        swatch(COVERAGE_COLOURS.EXTERNAL.fill, COVERAGE_COLOURS.EXTERNAL.border, true),
        t("otherChains"),
      ),
    ),
    h(
      "div",
      { class: "legend-group" },
      h("h3", {}, t("gapTypeLegend")),
      GAP_TYPES.map((g) =>
        h(
          "span",
          { class: "legend-item" },
          h("span", { class: "badge-dot", style: `background:${GAP_COLOURS[g]}` }, t(`gapShort${g}`)),
          t(`gap${g}`),
        ),
      ),
      h(
        "span",
        { class: "legend-item" },
        h("span", { class: "swatch", style: "border:4px double #d64545;background:#fde4e2" }),
        t("breakPoint"),
      ),
      h("span", { class: "legend-item" }, "★ ", t("keyTech")),
    ),
    h(
      "div",
      { class: "legend-group" },
      h("span", { class: "legend-item" }, h("span", { class: "line" }), t("feedEdge")),
      h(
        "span",
        { class: "legend-item" },
        h("span", { class: "line dashed", style: `border-color:${CROSS_CHAIN_COLOUR}` }),
        t("feedCrossEdge"),
      ),
    ),
  );
}
