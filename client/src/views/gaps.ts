/** Gap report: ranked gaps with a bar per feature contribution, and the opportunity quadrant. */
import { gapWatchButton } from "./watch-buttons.ts";
import { gapProgressEl } from "./gap-progress.ts";
import { request } from "../api/client.ts";
import { GAPS, OPPORTUNITY_MAP, type GapType, type OpportunityPoint } from "../api/operations.ts";
import { formatNumber, formatPercent, formatScore, lang, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import {
  GAP_SORTS,
  gapSections,
  quadrantBands,
  type GapSections,
  type GapSort,
  type PrioritisedRow,
} from "../transforms/gap-report.ts";
import { GAP_TYPES } from "../transforms/styles.ts";
import { QUADRANT_COLOURS, quadrantScatter } from "../transforms/tables.ts";
import { chainTabs, featureBarsEl } from "./common.ts";
import { clear, emptyState, errorState, h, isAbort, loadingState } from "./dom.ts";
import type { ViewFactory } from "./types.ts";

type GapsRoute = Extract<Route, { view: "gaps" }>;
const SVG = "http://www.w3.org/2000/svg";

export const gapsView: ViewFactory<GapsRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  const content = h("div", { class: "gaps-content" }, loadingState());
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("gapsTitle")),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ view: "gaps", chainId: id })),
    ),
    content,
  );

  let filter: GapType | "ALL" = "ALL";
  let sort: GapSort = "score";

  const load = async () => {
    clear(content, loadingState());
    try {
      const l = lang();
      const [report, map] = await Promise.all([
        request(GAPS, { chainId, lang: l === "zh" ? "ZH" : "EN" }, ctx.signal),
        request(OPPORTUNITY_MAP, { chainId }, ctx.signal),
      ]);
      const r = report.gaps;
      const sections = h("div", { class: "gap-sections" });
      const render = () =>
        clear(sections, gapSectionsEl(chainId, gapSections(l, r, filter, sort), ctx.signal));
      const typeSelect = h(
        "select",
        { "data-action": "gap-type", "aria-label": t("gapTypeFilter") },
        h("option", { value: "ALL" }, t("allTypes")),
        GAP_TYPES.map((type) => h("option", { value: type }, t(`gap${type}`))),
      );
      typeSelect.value = filter;
      typeSelect.addEventListener("change", () => {
        filter = typeSelect.value as GapType | "ALL";
        render();
      });
      const sortSelect = h(
        "select",
        { "data-action": "gap-sort", "aria-label": t("sortBy") },
        GAP_SORTS.map((key) => h("option", { value: key }, t(`sort${key}`))),
      );
      sortSelect.value = sort;
      sortSelect.addEventListener("change", () => {
        sort = sortSelect.value as GapSort;
        render();
      });
      render();
      clear(
        content,
        h(
          "p",
          { class: "chain-summary" },
          h(
            "span",
            { class: "stat" },
            `${t("completeness")}: `,
            h("strong", {}, formatPercent(l, r.completeness)),
          ),
          h(
            "span",
            { class: "stat", "data-testid": "own-gaps" },
            `${t("gapCount")}: `,
            h(
              "strong",
              {},
              t("ownGapsOfSegments", {
                gaps: formatNumber(l, r.ownGapCount),
                segments: formatNumber(l, r.segmentCount),
              }),
            ),
          ),
          h(
            "span",
            { class: "stat" },
            `${t("extendCount")}: `,
            h("strong", {}, formatNumber(l, r.extendCount)),
          ),
        ),
        h(
          "div",
          { class: "gap-tools", role: "toolbar" },
          h("label", {}, `${t("gapTypeFilter")} `, typeSelect),
          h("label", {}, `${t("sortBy")} `, sortSelect),
          h(
            "a",
            {
              class: "btn",
              "data-action": "export-gaps-xlsx",
              href: `/export/gaps.xlsx?chainId=${encodeURIComponent(chainId)}&lang=${l}`,
              download: "",
            },
            t("exportXlsx"),
          ),
        ),
        r.gaps.length === 0 ? emptyState(t("noGaps")) : sections,
        quadrantEl(map.opportunityMap),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return { unmount() {} };
};

/** The act-now table, then one folded table per group of the tail. */
function gapSectionsEl(chainId: string, s: GapSections, signal: AbortSignal): HTMLElement[] {
  return [
    h(
      "section",
      { class: "act-now", "data-testid": "act-now" },
      h("h2", {}, `${t("actNowTitle")} (${s.actNow.length})`),
      h("p", { class: "note" }, t("actNowIntro")),
      s.actNow.length > 0 ? gapTable(chainId, s.actNow, true, signal) : emptyState(t("noGaps")),
    ),
    h(
      "section",
      { class: "gap-tail", "data-testid": "gap-tail" },
      h("h2", {}, t("tailTitle")),
      s.groups.map((g) =>
        h(
          "details",
          { class: "gap-group", "data-group": g.key },
          h("summary", {}, g.title),
          gapTable(chainId, g.rows, false, signal),
        ),
      ),
    ),
  ];
}

function gapTable(chainId: string, rows: PrioritisedRow[], full: boolean, signal: AbortSignal): HTMLElement {
  const l = lang();
  const headers = [
    t("rank"),
    t("segment"),
    t("gapType"),
    t("score"),
    t("localOfTotal"),
    ...(full ? [t("features"), t("explanation")] : [t("explanation")]),
    "",
  ];
  return h(
    "table",
    { class: "data gaps-table", "data-testid": full ? "gaps-table" : null },
    h("caption", { class: full ? "" : "sr-only" }, t("gapsIntro")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        headers.map((x) => h("th", { scope: "col" }, x)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          { "data-segment": r.segmentId, "data-type": r.type },
          h("td", { class: "num" }, String(r.rank)),
          h(
            "td",
            {},
            h(
              "a",
              { href: `#/chain/${encodeURIComponent(chainId)}?segment=${encodeURIComponent(r.segmentId)}` },
              r.name,
            ),
            " ",
            gapProgressEl(chainId, r.segmentId, signal),
          ),
          h(
            "td",
            {},
            h("span", { class: "gap-chip", style: `background:${r.colour}` }, r.typeLabel),
            r.reasons.map((reason) => h("span", { class: "gap-chip reason" }, t(`reason${reason}`))),
          ),
          h("td", { class: "num" }, r.score),
          h("td", { class: "num" }, r.local),
          full
            ? h(
                "td",
                { class: "bars-cell" },
                featureBarsEl(r.bars, (n) => formatScore(l, n)),
              )
            : null,
          h("td", { class: "explain" }, r.explanation),
          h(
            "td",
            {},
            h(
              "a",
              {
                class: "btn small",
                href: `#/targets/${encodeURIComponent(chainId)}?segment=${encodeURIComponent(r.segmentId)}`,
              },
              t("findTargets"),
            ),
            " ",
            h(
              "a",
              {
                class: "btn small",
                "data-action": "gap-geo",
                href: `#/geo/${encodeURIComponent(chainId)}?gap=${encodeURIComponent(r.segmentId)}`,
                title: t("geoTitle"),
              },
              t("geoWhereTargets"),
            ),
            // A watch is on a leaf of this chain; an EXTEND candidate belongs to another chain.
            r.type === "EXTEND" ? null : [" ", gapWatchButton(chainId, r.segmentId)],
          ),
        ),
      ),
    ),
  );
}

/** An SVG element factory bound to one <svg>. */
function svgOf(width: number, height: number, label: string) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const el = (tag: string, attrs: Record<string, string | number>, text?: string, title?: string) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    if (title !== undefined) {
      const tt = document.createElementNS(SVG, "title");
      tt.textContent = title;
      e.append(tt);
    }
    svg.append(e);
    return e;
  };
  return { svg, el };
}

/**
 * The opportunity quadrant: segments present locally on the RCA × density quadrants, and those
 * with no local company (RCA 0, which the RCA axis cannot separate) in a band of their own ordered
 * by density; the densest of each labelled; the legend counts what is drawn (transforms/gap-report.ts).
 */
function quadrantEl(points: OpportunityPoint[]): HTMLElement {
  const l = lang();
  const bands = quadrantBands(l, points);
  const presentIds = new Set(bands.present.map((p) => p.segmentId));
  const presentPoints = points.filter((p) => presentIds.has(p.segment.id));

  // 1. Present segments on the quadrants, full width.
  const g = quadrantScatter(l, presentPoints, 1100, 380, 48);
  const { svg, el } = svgOf(g.width, g.height, t("presentPanel"));
  svg.classList.add("quadrant");
  el("rect", {
    x: g.pad,
    y: g.pad,
    width: g.width - 2 * g.pad,
    height: g.height - 2 * g.pad,
    fill: "#fafbfd",
    stroke: "#cbd5e1",
  });
  el("line", {
    x1: g.splitX,
    x2: g.splitX,
    y1: g.pad,
    y2: g.height - g.pad,
    stroke: "#94a3b8",
    "stroke-dasharray": "4 3",
  });
  el("line", {
    x1: g.pad,
    x2: g.width - g.pad,
    y1: g.splitY,
    y2: g.splitY,
    stroke: "#94a3b8",
    "stroke-dasharray": "4 3",
  });
  el(
    "text",
    { x: g.width / 2, y: g.height - 10, "text-anchor": "middle", class: "axis" },
    `${t("relativePresence")} (RCA, log) →`,
  );
  el(
    "text",
    {
      x: 14,
      y: g.height / 2,
      "text-anchor": "middle",
      class: "axis",
      transform: `rotate(-90 14 ${g.height / 2})`,
    },
    `${t("density")} →`,
  );
  el(
    "text",
    { x: g.width - g.pad - 6, y: g.pad + 16, "text-anchor": "end", class: "q-label" },
    t("quadrantSTRENGTH"),
  );
  el("text", { x: g.pad + 6, y: g.pad + 16, class: "q-label" }, t("quadrantOPPORTUNITY"));
  el("text", { x: g.pad + 6, y: g.height - g.pad - 8, class: "q-label" }, t("quadrantWEAKNESS"));
  el(
    "text",
    { x: g.width - g.pad - 6, y: g.height - g.pad - 8, "text-anchor": "end", class: "q-label" },
    t("quadrantTHREAT"),
  );
  for (const p of g.points) {
    const c = el(
      "circle",
      { cx: p.cx, cy: p.cy, r: 6, fill: p.colour, "fill-opacity": 0.85, stroke: "#fff" },
      undefined,
      p.title,
    );
    c.setAttribute("data-segment", p.segmentId);
    if (bands.labelled.has(p.segmentId)) el("text", { x: p.cx + 9, y: p.cy + 4, class: "pt-label" }, p.label);
  }

  // 2. Absent segments: a band ordered by density, most related (most feasible) first.
  const n = bands.absent.length;
  const bw = 1100;
  const bh = 170;
  const bpad = 48;
  const band = svgOf(bw, bh, t("absentBand"));
  band.svg.classList.add("quadrant", "absent-band");
  const dMax = Math.max(1e-9, ...bands.absent.map((p) => p.density));
  band.el("rect", {
    x: bpad,
    y: 20,
    width: bw - 2 * bpad,
    height: bh - 50,
    fill: "#f7f3fd",
    stroke: "#d8c8f0",
  });
  band.el(
    "text",
    { x: 14, y: bh / 2, "text-anchor": "middle", class: "axis", transform: `rotate(-90 14 ${bh / 2})` },
    t("density"),
  );
  bands.absent.forEach((p, i) => {
    const cx = bpad + 10 + (n > 1 ? (i * (bw - 2 * bpad - 20)) / (n - 1) : 0);
    const cy = bh - 38 - (p.density / dMax) * (bh - 100);
    const c = band.el(
      "circle",
      { cx, cy, r: 5, fill: QUADRANT_COLOURS.POSSIBLE_ENTRANT, "fill-opacity": 0.85, stroke: "#fff" },
      undefined,
      `${p.label} · ${formatNumber(l, p.density, 3)}`,
    );
    c.setAttribute("data-segment", p.segmentId);
    // The densest sit side by side at the left (the band is ordered): their labels go in a row
    // along the band's top, each joined to its point by a leader line.
    if (bands.labelled.has(p.segmentId)) {
      const lx = bpad + 130 + i * 170;
      band.el("line", { x1: cx, y1: cy, x2: lx, y2: 40, stroke: "#a78bdb", "stroke-width": 1 });
      band.el("text", { x: lx + 4, y: 36, class: "pt-label" }, p.label);
    }
  });

  const legend = h(
    "div",
    { class: "legend-inline", "data-testid": "quadrant-legend" },
    (Object.keys(QUADRANT_COLOURS) as (keyof typeof QUADRANT_COLOURS)[]).map((q) =>
      h(
        "span",
        { class: "legend-item", "data-quadrant": q },
        h("span", { class: "dot", style: `background:${QUADRANT_COLOURS[q]}` }),
        t(`quadrant${q}`),
        ` (${formatNumber(l, bands.counts[q])})`,
      ),
    ),
  );
  const list = h(
    "details",
    { class: "quadrant-list" },
    h("summary", {}, t("showTable")),
    h(
      "table",
      { class: "data" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [t("segment"), t("relativePresence"), t("density"), t("quadrant")].map((x) =>
            h("th", { scope: "col" }, x),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        [...bands.present, ...bands.absent].map((p) =>
          h(
            "tr",
            {},
            h("td", {}, p.label),
            h("td", { class: "num" }, formatNumber(l, p.relativePresence, 2)),
            h("td", { class: "num" }, formatNumber(l, p.density, 3)),
            h("td", {}, t(`quadrant${p.quadrant}`)),
          ),
        ),
      ),
    ),
  );
  return h(
    "section",
    { class: "quadrant-panel", "data-testid": "quadrant" },
    h("h2", {}, t("quadrantTitle")),
    legend,
    h("h3", {}, `${t("presentPanel")} (${formatNumber(l, bands.present.length)})`),
    bands.present.length > 0 ? svg : h("p", { class: "note" }, t("noPresent")),
    h("h3", {}, `${t("absentBand")} (${formatNumber(l, n)})`),
    n > 0 ? band.svg : null,
    list,
  );
}
