/**
 * The geographic view (#/geo): where the chain's local firms, target candidates and leads are, per
 * city (foreign countries in a band below), as circles whose area is proportional to the count,
 * outlined in the colour of the office covering the place. A dot map only: no boundary is drawn
 * (see the README). Filters change the route in place and update the one graph (zoom kept).
 */
import { request } from "../api/client.ts";
import {
  GEO_FILTERS,
  GEO_MAP,
  TARGETS,
  type DataSource,
  type GeoFiltersData,
  type GeoMapData,
  type GeoPoint,
} from "../api/operations.ts";
import { createGeoGraph, type GeoGraph } from "../graph/geo-graph.ts";
import { formatNumber, lang, nameOf, sortByName, t, type MessageKey } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import {
  countOf,
  GEO_KINDS,
  geoElements,
  geoTableRows,
  KIND_COLOURS,
  NO_OFFICE_COLOUR,
  officeColours,
  placeLabel,
} from "../transforms/geo.ts";
import { chainTabs, dataTable, graphFrame } from "./common.ts";
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

type GeoRoute = Extract<Route, { view: "geo" }>;
const SOURCES: readonly DataSource[] = ["PUBLIC", "IMPORTED", "SYNTHETIC"];

export const geoView: ViewFactory<GeoRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  let current: GeoRoute = { ...route, chainId };
  let graph: GeoGraph | undefined;
  let data: GeoMapData | undefined;
  let picked: string | null = null;
  let loadAbort: AbortController | undefined;
  const l = lang();

  const segmentSelect = h("select", { id: "geo-segment", "data-action": "geo-segment" });
  const gapSelect = h("select", { id: "geo-gap", "data-action": "geo-gap" });
  const sourceSelect = h(
    "select",
    { id: "geo-source", "data-action": "geo-source" },
    h("option", { value: "" }, t("geoAllSources")),
    SOURCES.map((s) => h("option", { value: s, selected: s === route.source }, t(`geoSource${s}`))),
  );
  const filters = h(
    "div",
    { class: "gap-tools", role: "toolbar", "aria-label": t("geoTitle") },
    h("label", { for: "geo-segment" }, `${t("geoSegment")} `),
    segmentSelect,
    h("label", { for: "geo-gap" }, `${t("geoGap")} `),
    gapSelect,
    h("label", { for: "geo-source" }, `${t("geoSource")} `),
    sourceSelect,
  );
  const note = h("p", { class: "note small", "data-testid": "geo-boundary-note" }, t("geoBoundaryNote"));
  const banner = h("div", {});
  const summary = h("p", { class: "chain-summary", "data-testid": "geo-summary" });
  const status = h("div", { class: "graph-status" }, loadingState());
  const panel = h(
    "aside",
    { class: "side-panel", "aria-live": "polite", "data-testid": "geo-panel" },
    h("p", { class: "muted" }, t("geoPickHint")),
  );
  const tooltip = h("div", { class: "geo-tooltip", role: "tooltip", hidden: true });
  const { frame, canvas, table } = graphFrame({
    caption: t("geoTitle"),
    pngName: `geo-${chainId}.png`,
    getCy: () => graph?.cy,
  });
  canvas.style.position = "relative";
  const legend = h("section", { class: "legend", "aria-label": t("legend") });
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("geoTitle")),
      chainTabs(ctx.chains, chainId, (id) =>
        ctx.navigate({ view: "geo", chainId: id, segmentId: null, gapId: null, source: current.source }),
      ),
    ),
    filters,
    note,
    banner,
    summary,
    status,
    h("div", { class: "chain-body" }, frame, panel),
    legend,
  );
  frame.append(tooltip);

  const focus = () => current.gapId ?? current.segmentId;
  const place = (code: string) => data?.points.find((p) => p.code === code);
  const officeName = (id: string) => {
    const o = data?.offices.find((x) => x.id === id);
    return o ? nameOf(l, o) : id;
  };

  const fillFilters = (f: GeoFiltersData) => {
    clear(
      segmentSelect,
      h("option", { value: "" }, t("geoAllSegments")),
      sortByName(l, f.chain?.segments ?? []).map((s) =>
        h("option", { value: s.id, selected: s.id === current.segmentId }, nameOf(l, s)),
      ),
    );
    clear(
      gapSelect,
      h("option", { value: "" }, t("geoAllGaps")),
      f.gaps.gaps.map((g) =>
        h(
          "option",
          { value: g.segment.id, selected: g.segment.id === current.gapId },
          `${nameOf(l, g.segment)} · ${t(`gap${g.type}` as MessageKey)}`,
        ),
      ),
    );
  };

  const change = (next: Partial<GeoRoute>) => {
    current = { ...current, ...next };
    ctx.navigate(current, true);
    picked = null;
    void load(false);
  };
  segmentSelect.addEventListener("change", () =>
    change({ segmentId: segmentSelect.value || null, gapId: null }),
  );
  gapSelect.addEventListener("change", () => change({ gapId: gapSelect.value || null, segmentId: null }));
  sourceSelect.addEventListener("change", () => change({ source: sourceSelect.value || null }));

  const renderLegend = (map: GeoMapData) => {
    const colours = officeColours(map.offices);
    const dot = (fill: string, border: string) =>
      h("span", { class: "swatch geo-dot", style: `background:${fill};border:3px solid ${border}` });
    clear(
      legend,
      h("h2", {}, t("legend")),
      h(
        "div",
        { class: "legend-group" },
        h("h3", {}, t("geoLegendKinds")),
        GEO_KINDS.map((k) =>
          h(
            "span",
            { class: "legend-item" },
            dot(KIND_COLOURS[k], "#ffffff"),
            t(`geoKind${k}` as MessageKey),
          ),
        ),
      ),
      h(
        "div",
        { class: "legend-group", "data-testid": "geo-offices" },
        h("h3", {}, t("geoLegendOffices")),
        map.offices.map((o) =>
          h(
            "span",
            { class: "legend-item", title: o.territories.join(", ") },
            dot("#ffffff", colours.get(o.id)!),
            nameOf(l, o),
          ),
        ),
        h("span", { class: "legend-item" }, dot("#ffffff", NO_OFFICE_COLOUR), t("geoNoOffice")),
      ),
    );
  };

  const renderTable = (map: GeoMapData) => {
    const rows = geoTableRows(l, map, officeName);
    clear(
      table,
      dataTable(
        t("geoTableCaption"),
        [t("geoPlace"), t("geoKindlocal"), t("geoKindcandidate"), t("geoKindlead"), t("geoOffice")],
        rows.map((r) => [
          r.abroad ? `${r.name} (${t("geoAbroad")})` : r.name,
          formatNumber(l, r.local),
          formatNumber(l, r.candidates),
          formatNumber(l, r.leads),
          r.office,
        ]),
      ),
    );
  };

  /** The panel of a picked place: its counts, office, and the top targets there (links). */
  const showPlace = async (p: GeoPoint) => {
    picked = p.code;
    graph?.pick(p.code);
    const regionParam = p.abroad ? { country: p.code, province: null } : { province: p.code, country: null };
    const targetsHref = `#/targets/${encodeURIComponent(current.chainId!)}?${new URLSearchParams({
      ...(focus() ? { segment: focus()! } : {}),
      ...(regionParam.province ? { province: regionParam.province } : { country: regionParam.country! }),
    }).toString()}`;
    const top = h("div", { "data-testid": "geo-top-targets" }, loadingState());
    clear(
      panel,
      h("div", { class: "panel-head" }, h("h2", {}, placeLabel(l, p))),
      p.code === data?.homePlaceCode ? h("p", { class: "muted small" }, t("geoHome")) : null,
      h(
        "dl",
        { class: "facts" },
        GEO_KINDS.flatMap((k) => [
          h("dt", {}, t(`geoKind${k}` as MessageKey)),
          h("dd", { "data-kind": k }, formatNumber(l, countOf(p, k))),
        ]),
        h("dt", {}, t("geoOffice")),
        h("dd", {}, p.office ? officeName(p.office.id) : t("geoNoOffice")),
      ),
      p.syntheticCount > 0
        ? h(
            "p",
            {},
            sourceBadge("SYNTHETIC"),
            " ",
            t("geoSyntheticHere", { n: formatNumber(l, p.syntheticCount) }),
          )
        : null,
      h(
        "p",
        {},
        h("a", { class: "btn", href: targetsHref, "data-action": "geo-targets" }, t("geoTargetsHere")),
      ),
      h("h3", {}, t("geoTopTargets")),
      top,
    );
    if (p.candidateCount === 0) {
      clear(top, h("p", { class: "muted" }, t("geoNoTargetsHere")));
      return;
    }
    try {
      const f = focus();
      const res = await request(
        TARGETS,
        {
          ...(f ? { segmentId: f } : { chainId: current.chainId! }),
          filter: {
            ...(p.abroad ? { countries: [p.code] } : { provinces: [p.code] }),
            ...(current.source ? { source: current.source as DataSource } : {}),
          },
          first: 5,
          lang: l === "zh" ? "ZH" : "EN",
        },
        ctx.signal,
      );
      if (picked !== p.code) return;
      clear(
        top,
        h(
          "ol",
          { class: "company-list" },
          res.targets.edges.map((e) =>
            h(
              "li",
              {},
              h(
                "a",
                { href: `#/company/${encodeURIComponent(e.node.company.id)}` },
                nameOf(l, e.node.company),
              ),
              " ",
              sourceBadge(e.node.company.source),
            ),
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error)) clear(top, errorState(error));
    }
  };

  const load = async (first: boolean) => {
    loadAbort?.abort();
    const abort = new AbortController();
    loadAbort = abort;
    ctx.signal.addEventListener("abort", () => abort.abort(), { once: true });
    clear(status, loadingState());
    try {
      const [map, f] = await Promise.all([
        request(
          GEO_MAP,
          {
            chainId: current.chainId!,
            segmentId: current.segmentId,
            gapSegmentId: current.gapId,
            sources: current.source ? [current.source as DataSource] : null,
          },
          abort.signal,
        ),
        first ? request(GEO_FILTERS, { chainId: current.chainId! }, abort.signal) : Promise.resolve(null),
      ]);
      const dataAt = performance.now();
      if (f) fillFilters(f);
      data = map.geoMap;
      clear(status);
      clear(banner, data.syntheticCount > 0 ? syntheticBanner() : null);
      clear(
        summary,
        h(
          "span",
          { class: "stat" },
          t("geoTotals", {
            local: formatNumber(l, data.localCount),
            candidates: formatNumber(l, data.candidateCount),
            leads: formatNumber(l, data.leadCount),
          }),
        ),
        data.unplacedCount > 0
          ? h("span", { class: "stat muted" }, t("geoUnplaced", { n: formatNumber(l, data.unplacedCount) }))
          : null,
      );
      if (data.points.length === 0) clear(status, emptyState(t("geoNone")));
      renderLegend(data);
      renderTable(data);
      clear(panel, h("p", { class: "muted" }, t("geoPickHint")));
      const elements = geoElements(data, { lang: l, bandTitle: t("geoBand") });
      if (graph) graph.update(elements, false);
      else
        graph = createGeoGraph({
          container: canvas,
          elements,
          dataAt,
          onPick: (code) => {
            const p = place(code);
            if (p) void showPlace(p);
          },
          onHover: (code, at) => {
            const p = code ? place(code) : undefined;
            tooltip.hidden = !p;
            if (!p) return;
            tooltip.textContent = `${placeLabel(l, p)} · ${GEO_KINDS.map(
              (k) => `${t(`geoKind${k}` as MessageKey)} ${formatNumber(l, countOf(p, k))}`,
            ).join(" · ")}`;
            tooltip.style.left = `${at.x + 14}px`;
            tooltip.style.top = `${at.y + canvas.offsetTop + 10}px`;
          },
          onBackground: () => {
            picked = null;
            graph?.pick(null);
            clear(panel, h("p", { class: "muted" }, t("geoPickHint")));
          },
        });
      root.dataset.geoLoaded = "true";
    } catch (error) {
      if (!isAbort(error))
        clear(
          status,
          errorState(error, () => void load(first)),
        );
    }
  };
  void load(true);

  return {
    unmount() {
      loadAbort?.abort();
      graph?.destroy();
      graph = undefined;
    },
  };
};
