/** Gap report: ranked gaps with a bar per feature contribution, and the opportunity quadrant. */
import { gapProgressEl } from "./gap-progress.ts";
import { request } from "../api/client.ts";
import { GAPS, OPPORTUNITY_MAP, type OpportunityPoint } from "../api/operations.ts";
import { formatNumber, formatPercent, formatScore, lang, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { gapRows, QUADRANT_COLOURS, quadrantScatter } from "../transforms/tables.ts";
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

  const load = async () => {
    clear(content, loadingState());
    try {
      const l = lang();
      const [report, map] = await Promise.all([
        request(GAPS, { chainId, lang: l === "zh" ? "ZH" : "EN" }, ctx.signal),
        request(OPPORTUNITY_MAP, { chainId }, ctx.signal),
      ]);
      const rows = gapRows(l, report.gaps.gaps);
      const table =
        rows.length === 0
          ? emptyState(t("noGaps"))
          : h(
              "table",
              { class: "data gaps-table", "data-testid": "gaps-table" },
              h("caption", {}, t("gapsIntro")),
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  [
                    t("rank"),
                    t("segment"),
                    t("gapType"),
                    t("score"),
                    t("localCompanies"),
                    t("features"),
                    t("explanation"),
                    "",
                  ].map((x) => h("th", { scope: "col" }, x)),
                ),
              ),
              h(
                "tbody",
                {},
                rows.map((r) =>
                  h(
                    "tr",
                    { "data-segment": r.segmentId },
                    h("td", { class: "num" }, String(r.rank)),
                    h(
                      "td",
                      {},
                      h(
                        "a",
                        {
                          href: `#/chain/${encodeURIComponent(chainId)}?segment=${encodeURIComponent(r.segmentId)}`,
                        },
                        r.name,
                      ),
                      " ",
                      gapProgressEl(chainId, r.segmentId, ctx.signal),
                    ),
                    h(
                      "td",
                      {},
                      h("span", { class: "gap-chip", style: `background:${r.colour}` }, r.typeLabel),
                      r.breakPoint ? h("span", { class: "gap-chip break" }, t("breakPoint")) : null,
                    ),
                    h("td", { class: "num" }, r.score),
                    h("td", { class: "num" }, r.local),
                    h(
                      "td",
                      { class: "bars-cell" },
                      featureBarsEl(r.bars, (n) => formatScore(l, n)),
                    ),
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
                    ),
                  ),
                ),
              ),
            );
      clear(
        content,
        h(
          "p",
          { class: "chain-summary" },
          h(
            "span",
            { class: "stat" },
            `${t("completeness")}: `,
            h("strong", {}, formatPercent(l, report.gaps.completeness)),
          ),
          h("span", { class: "stat" }, `${t("gapCount")}: `, h("strong", {}, formatNumber(l, rows.length))),
        ),
        h(
          "div",
          { class: "gaps-layout" },
          h("section", { class: "gaps-main" }, table),
          quadrantEl(map.opportunityMap),
        ),
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

/** The opportunity quadrant as an SVG scatter, with its points also listed for screen readers. */
function quadrantEl(points: OpportunityPoint[]): HTMLElement {
  const l = lang();
  const g = quadrantScatter(l, points);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("quadrantTitle"));
  svg.classList.add("quadrant");
  const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
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
    { x: g.width / 2, y: g.height - 8, "text-anchor": "middle", class: "axis" },
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
    const c = el("circle", {
      cx: p.cx,
      cy: p.cy,
      r: 5.5,
      fill: p.colour,
      "fill-opacity": 0.8,
      stroke: "#fff",
      "data-segment": p.segmentId,
    });
    const title = document.createElementNS(SVG, "title");
    title.textContent = p.title;
    c.append(title);
  }
  const legend = h(
    "div",
    { class: "legend-inline" },
    (Object.keys(QUADRANT_COLOURS) as (keyof typeof QUADRANT_COLOURS)[]).map((q) =>
      h(
        "span",
        { class: "legend-item" },
        h("span", { class: "dot", style: `background:${QUADRANT_COLOURS[q]}` }),
        t(`quadrant${q}`),
        ` (${g.points.filter((p) => p.quadrant === q).length})`,
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
        g.points.map((p, i) =>
          h(
            "tr",
            {},
            h("td", {}, p.label),
            h("td", { class: "num" }, formatNumber(l, points[i]!.relativePresence, 2)),
            h("td", { class: "num" }, formatNumber(l, points[i]!.density, 3)),
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
    svg,
    legend,
    list,
  );
}
