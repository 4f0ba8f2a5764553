/**
 * Chain map (the landing view): one chain upstream → downstream, coloured by local coverage, gaps
 * badged and sized by score; click a segment for its local companies, gap explanation and targets.
 *
 * This module only composes: data from api/chain-map.ts, elements from transforms/chain-map.ts,
 * the one Cytoscape instance from graph/chain-map-graph.ts (updated in place: the gaps overlay, the
 * layout toggle and a language switch keep the user's zoom, pan and selection), the panel and the
 * legend from their own modules.
 */
import { fetchChain, fetchGapReport } from "../api/chain-map.ts";
import type { Gap } from "../api/operations.ts";
import { createChainMapGraph, type ChainMapGraph } from "../graph/chain-map-graph.ts";
import { downloadSheetPng, type LegendEntry } from "../graph/png-export.ts";
import {
  formatNumber,
  formatPercent,
  formatScore,
  lang,
  nameOf,
  t,
  translateOptional,
} from "../i18n/index.ts";
import { COVERAGE_COLOURS, GAP_COLOURS, GAP_TYPES } from "../transforms/styles.ts";
import type { Route } from "../router.ts";
import {
  chainMapDefinitions,
  chainTableRows,
  type ChainDef,
  type ChainLayoutMode,
} from "../transforms/chain-map.ts";
import { chainOverviewElements } from "../transforms/chain-overview.ts";
import { legendEl } from "./chain-map-legend.ts";
import { renderSegmentPanel } from "./chain-map-panel.ts";
import { chainTabs, dataTable, graphFrame } from "./common.ts";
import { clear, emptyState, errorState, h, isAbort, loadingState } from "./dom.ts";
import type { ViewFactory } from "./types.ts";

type ChainRoute = Extract<Route, { view: "chain" }>;

/** The map's legend as drawn on the exported PNG (the page's legend is chain-map-legend.ts). */
function chainMapLegend(): LegendEntry[] {
  return [
    ...(["MISSING", "WEAK", "PRESENT"] as const).map((s) => ({
      colour: COVERAGE_COLOURS[s].fill,
      border: COVERAGE_COLOURS[s].border,
      label: `${t("coverageLegend")}: ${t(`coverage${s}`)}`,
    })),
    {
      colour: COVERAGE_COLOURS.EXTERNAL.fill,
      border: COVERAGE_COLOURS.EXTERNAL.border,
      dashed: true,
      label: t("otherChains"),
    },
    ...GAP_TYPES.map((g) => ({ colour: GAP_COLOURS[g], text: t(`gapShort${g}`), label: t(`gap${g}`) })),
  ];
}

export const chainMapView: ViewFactory<ChainRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  let graph: ChainMapGraph | undefined;
  let mode: ChainLayoutMode = "lanes";
  let chain: ChainDef | null = null;
  let gaps: Gap[] = [];
  let completeness: number | null = null;
  let gapsKnown = false;
  /** Lanes (sub-chains) of the overview shown segment by segment; the rest show a summary. */
  const expanded = new Set<string>();
  let laneOf = new Map<string, string>();

  const panel = h("aside", {
    class: "side-panel",
    "aria-live": "polite",
    "data-testid": "segment-panel",
    hidden: true,
  });
  const head = h("div", { class: "view-head" });
  const summary = h("div", { class: "chain-summary" });
  const layoutBtn = h("button", { type: "button", class: "btn", "data-action": "layout" });
  const foldBtn = h("button", { type: "button", class: "btn", "data-action": "fold-all" });
  const hint = h("p", { class: "note map-hint" });
  const {
    frame,
    canvas,
    table,
    relabel: relabelFrame,
  } = graphFrame({
    caption: t("navChains"),
    pngName: `chain-${chainId}.png`,
    getCy: () => graph?.cy,
    extraTools: [foldBtn, layoutBtn],
    exportPng: (cy) => {
      const l = lang();
      const chainDef = ctx.chains.find((c) => c.id === chainId);
      const date = new Date().toISOString().slice(0, 10);
      void downloadSheetPng(cy, {
        title: `${chainDef ? nameOf(l, chainDef) : chainId} · ${t("navChains")}`,
        subtitle:
          completeness === null
            ? nameOf(l, ctx.homeRegion)
            : `${nameOf(l, ctx.homeRegion)} · ${t("completeness")} ${formatPercent(l, completeness)} · ${t("gapCount")} ${formatNumber(l, gaps.filter((g) => g.type !== "EXTEND").length)} / ${formatNumber(l, chain?.segments.length ?? 0)}`,
        legend: chainMapLegend(),
        footer: [t("pngSource", { source: t("pngSourceText"), date }), t("pngSynthetic")],
        filename: `chain-${chainId}-${date}.png`,
      });
    },
  });
  const status = h("div", { class: "graph-status" }, loadingState());
  const legendSlot = h("div", {});
  clear(root, head, hint, status, h("div", { class: "chain-body" }, frame, panel), legendSlot);
  root.dataset.gapsLoaded = "false";

  foldBtn.addEventListener("click", () => {
    expanded.clear();
    draw();
    graph?.overview();
  });
  layoutBtn.addEventListener("click", () => {
    mode = mode === "lanes" ? "dagre" : "lanes";
    renderChrome();
    draw();
  });

  /** Everything around the canvas, in the current language. */
  function renderChrome(): void {
    clear(
      head,
      h("h1", {}, t("navChains")),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ view: "chain", chainId: id, segmentId: null })),
      summary,
    );
    layoutBtn.textContent = mode === "lanes" ? t("layoutDagre") : t("layoutLanes");
    foldBtn.textContent = t("collapseAll");
    foldBtn.hidden = mode !== "lanes";
    hint.textContent = mode === "lanes" ? t("overviewHint") : "";
    relabelFrame(t("navChains"));
    clear(legendSlot, legendEl());
    renderSummary();
  }

  function renderSummary(): void {
    const l = lang();
    const stat = (label: string, value: string) =>
      h("span", { class: "stat" }, `${label}: `, h("strong", {}, value));
    clear(
      summary,
      completeness === null
        ? null
        : [
            stat(t("completeness"), formatPercent(l, completeness)),
            stat(t("gapCount"), formatNumber(l, gaps.filter((g) => g.type !== "EXTEND").length)),
            stat(t("extendCount"), formatNumber(l, gaps.filter((g) => g.type === "EXTEND").length)),
          ],
      stat(t("segmentCount"), formatNumber(l, chain?.segments.length ?? 0)),
    );
  }

  /** Creates the graph the first time, then only updates it. */
  function draw(dataAt?: number): void {
    if (!chain) return;
    let elements;
    if (mode === "lanes") {
      const overview = chainOverviewElements(chain, gaps, lang(), expanded, gapsKnown);
      elements = overview.elements;
      laneOf = overview.laneOf;
    } else elements = chainMapDefinitions(chain, gaps, lang(), mode);
    if (graph) {
      graph.update(elements, { lang: lang(), mode, dataAt });
      return;
    }
    graph = createChainMapGraph({
      container: canvas,
      elements,
      lang: lang(),
      mode,
      view: `chain:${chain.id}`,
      dataAt,
      onSelect: (id) => {
        ctx.navigate({ view: "chain", chainId, segmentId: id }, true);
        selectSegment(id);
      },
      onToggleLane: (laneId) => {
        const open = !expanded.has(laneId);
        if (open) expanded.add(laneId);
        else expanded.delete(laneId);
        draw();
        if (open) graph?.focusLane(laneId);
        else graph?.overview();
      },
      onBackground: () => closePanel(),
    });
  }

  function renderTable(): void {
    if (!chain) return;
    const l = lang();
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
        chainTableRows(chain, gaps, l).map((r) => [
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
    panelAbort?.abort();
    panel.hidden = true;
    // The canvas widens again; Cytoscape only tracks window resizes by itself.
    graph?.cy.resize();
    graph?.unselect();
  }

  let panelAbort: AbortController | undefined;
  /** Fills the panel for a segment; `focus` also selects and centres it on the map. */
  function showPanel(segmentId: string, focus: boolean): void {
    if (!chain) return;
    panelAbort?.abort();
    panelAbort = new AbortController();
    const shown = renderSegmentPanel(panel, {
      chainId,
      segmentId,
      leaf: chain.segments.find((s) => s.id === segmentId),
      gap: gaps.find((g) => g.segment.id === segmentId),
      maxScore: gaps.reduce((m, g) => Math.max(m, g.score), 0),
      homeRegion: ctx.homeRegion,
      navigate: (r) => ctx.navigate(r),
      onClose: closePanel,
      signal: panelAbort.signal,
    });
    if (!shown) return;
    if (panel.hidden) {
      panel.hidden = false;
      graph?.cy.resize();
    }
    // A segment of a folded lane: open the lane first, so the segment is drawn.
    const lane = laneOf.get(segmentId);
    if (focus && mode === "lanes" && lane !== undefined && !expanded.has(lane)) {
      expanded.add(lane);
      draw();
    }
    // After the resize, so the centre is the narrowed canvas's centre.
    if (focus) graph?.select(segmentId);
  }
  const selectSegment = (segmentId: string) => showPanel(segmentId, true);

  // The map draws as soon as the chain arrives; gaps (a heavier query) are laid over it when they
  // come, and a failing gap report leaves the coverage map standing.
  let gapsAbort: AbortController | undefined;
  const showGapsLoading = () =>
    clear(
      status,
      h("p", { class: "note" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("gapsLoading")),
    );
  // Gaps are laid over the drawn chain: a report that comes first waits for the map.
  let chainDrawn: Promise<void> = Promise.resolve();
  const loadGaps = async () => {
    gapsAbort?.abort();
    const abort = (gapsAbort = new AbortController());
    const signal = AbortSignal.any([ctx.signal, abort.signal]);
    root.dataset.gapsLoaded = "false";
    if (chain) showGapsLoading();
    try {
      const report = await fetchGapReport(chainId, lang(), signal);
      await chainDrawn;
      if (signal.aborted || !chain) return;
      gaps = report.gaps;
      completeness = report.completeness;
      gapsKnown = true;
      clear(status);
      renderSummary();
      draw(performance.now());
      renderTable();
      root.dataset.gapsLoaded = "true";
      // The panel gains the gap's explanation; the map's selection and viewport stay as they are.
      const selected = graph?.selected() ?? null;
      if (selected && !panel.hidden) showPanel(selected, false);
    } catch (error) {
      if (isAbort(error) || signal.aborted) return;
      clear(
        status,
        h(
          "p",
          { class: "note warn", role: "status" },
          `${t("gapsUnavailable")} (${(error as Error).message})`,
        ),
      );
    }
  };

  const load = async () => {
    clear(status, loadingState());
    let drawn!: () => void;
    chainDrawn = new Promise((resolve) => (drawn = resolve));
    const gapsLoaded = loadGaps();
    try {
      const found = await fetchChain(chainId, ctx.signal);
      if (!found) {
        gapsAbort?.abort();
        drawn();
        clear(status, emptyState(`${t("errorNotFound")}: ${chainId}`));
        return;
      }
      chain = found;
      renderSummary();
      draw(performance.now());
      renderTable();
      showGapsLoading();
      if (route.segmentId) selectSegment(route.segmentId);
      drawn();
    } catch (error) {
      gapsAbort?.abort();
      drawn();
      if (isAbort(error)) return;
      clear(
        status,
        errorState(error, () => void load()),
      );
      return;
    }
    await gapsLoaded;
  };

  renderChrome();
  void load();
  return {
    unmount() {
      panelAbort?.abort();
      gapsAbort?.abort();
      graph?.destroy();
    },
    relabel() {
      // Names, stage bands and style change on the same instance; gap explanations come anew.
      renderChrome();
      if (!chain) return;
      draw();
      renderTable();
      const selected = graph?.selected() ?? null;
      if (selected && !panel.hidden) showPanel(selected, false);
      void loadGaps();
    },
  };
};
