/** Pieces several views share: the chain tabs and the graph toolbar with its table toggle. */
import type { Core } from "cytoscape";
import type { NamedRef } from "../api/operations.ts";
import { downloadPng } from "../graph/cy.ts";
import { nameOf, lang, t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/** Buttons for the four chains; the current one is aria-pressed. */
export function chainTabs(
  chains: readonly NamedRef[],
  current: string,
  onPick: (id: string) => void,
): HTMLElement {
  return h(
    "div",
    { class: "chain-tabs", role: "group", "aria-label": t("chainSwitcher") },
    chains.map((c) =>
      h(
        "button",
        {
          type: "button",
          class: `tab ${c.id === current ? "active" : ""}`,
          "aria-pressed": String(c.id === current),
          "data-chain": c.id,
          onclick: () => onPick(c.id),
        },
        nameOf(lang(), c),
      ),
    ),
  );
}

/**
 * A graph panel: the canvas (hidden from screen readers) and its table alternative, with buttons
 * to fit, switch to the table and export a PNG.
 */
export function graphFrame(opts: {
  caption: string;
  pngName: string;
  getCy: () => Core | undefined;
  extraTools?: HTMLElement[];
  /** Replaces the plain PNG of the drawing (e.g. a sheet with title, legend and source). */
  exportPng?: (cy: Core) => void;
}): {
  frame: HTMLElement;
  canvas: HTMLElement;
  table: HTMLElement;
  toolbar: HTMLElement;
  /** Relabels the frame's caption and buttons in the current language (the canvas stays). */
  relabel(caption: string): void;
} {
  const canvas = h("div", { class: "cy", "aria-hidden": "true", "data-testid": "graph" });
  const table = h("div", { class: "graph-table", hidden: true, "data-testid": "graph-table" });
  const toggle = h(
    "button",
    { type: "button", class: "btn", "aria-pressed": "false", "data-action": "toggle-table" },
    t("showTable"),
  );
  toggle.addEventListener("click", () => {
    const showTable = table.hidden;
    table.hidden = !showTable;
    canvas.hidden = showTable;
    toggle.textContent = showTable ? t("showGraph") : t("showTable");
    toggle.setAttribute("aria-pressed", String(showTable));
    if (!showTable) opts.getCy()?.resize();
  });
  const fit = h(
    "button",
    { type: "button", class: "btn", "data-action": "fit", onclick: () => opts.getCy()?.fit(undefined, 30) },
    t("fit"),
  );
  const png = h(
    "button",
    {
      type: "button",
      class: "btn",
      "data-action": "png",
      onclick: () => {
        const cy = opts.getCy();
        if (!cy) return;
        if (opts.exportPng) opts.exportPng(cy);
        else downloadPng(cy, opts.pngName);
      },
    },
    t("exportPng"),
  );
  const toolbar = h(
    "div",
    { class: "graph-tools", role: "toolbar", "aria-label": opts.caption },
    ...(opts.extraTools ?? []),
    fit,
    toggle,
    png,
  );
  const figcaption = h("figcaption", { class: "sr-only" }, opts.caption);
  const frame = h("figure", { class: "graph-frame" }, figcaption, toolbar, canvas, table);
  const relabel = (caption: string) => {
    figcaption.textContent = caption;
    toolbar.setAttribute("aria-label", caption);
    fit.textContent = t("fit");
    png.textContent = t("exportPng");
    toggle.textContent = table.hidden ? t("showTable") : t("showGraph");
  };
  return { frame, canvas, table, toolbar, relabel };
}

/** A plain accessible table from headers and rows of cells. */
export function dataTable(caption: string, headers: string[], rows: (Node | string)[][]): HTMLTableElement {
  return h(
    "table",
    { class: "data" },
    h("caption", {}, caption),
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
          {},
          r.map((c) => h("td", {}, c)),
        ),
      ),
    ),
  );
}

/** One bar per feature contribution, widest first, with its value in the language's format. */
export function featureBarsEl(
  bars: { name: string; label: string; width: number; contribution: number; value: number; weight: number }[],
  format: (n: number) => string,
): HTMLElement {
  return h(
    "ul",
    { class: "bars" },
    bars.map((b) =>
      h(
        "li",
        {
          class: `bar-row feature-${b.name}`,
          title: `${b.label}: ${format(b.value)} × ${format(b.weight)} = ${format(b.contribution)}`,
        },
        h("span", { class: "bar-label" }, b.label),
        h(
          "span",
          { class: "bar-track" },
          h("span", { class: "bar-fill", style: `width:${Math.max(1, b.width)}%` }),
        ),
        h("span", { class: "bar-value" }, format(b.contribution)),
      ),
    ),
  );
}
