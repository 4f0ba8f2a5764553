/** The chain map's legend: coverage colours, gap types, break points and edges. */
import { t } from "../i18n/index.ts";
import { COVERAGE_COLOURS, CROSS_CHAIN_COLOUR, GAP_COLOURS, GAP_TYPES } from "../transforms/styles.ts";
import { h } from "./dom.ts";

export function legendEl(): HTMLElement {
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
