/**
 * 六图六清单: a chain's six diagrams and six lists as the server generates them
 * (Query.chainDossier) — each item with its title, status, method and table; download links for
 * the PDF and XLSX report in the current language; and, on the bureau-maintained tables, a form to
 * add rows and edit or delete them (version-checked: a CONFLICT shows the server's message).
 */
import { ApiError, request } from "../api/client.ts";
import {
  ADD_DOSSIER_ENTRY,
  CHAIN_DOSSIER,
  DELETE_DOSSIER_ENTRY,
  UPDATE_DOSSIER_ENTRY,
  type DossierDiagramData,
  type DossierEntryKindValue,
  type DossierItemData,
} from "../api/operations.ts";
import { lang, nameOf, t, type MessageKey } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import type { Core } from "cytoscape";
import { createGraph, destroyGraph } from "../graph/cy.ts";
import { downloadSheetPng } from "../graph/png-export.ts";
import { DOSSIER_EDITOR_ROLES, entryInput, entryKindOf } from "../transforms/dossier.ts";
import { DRAWN_ITEMS, dossierElements, dossierStyle } from "../transforms/dossier-graph.ts";
import { COVERAGE_COLOURS } from "../transforms/styles.ts";
import { reportUrl } from "../transforms/export-url.ts";
import { chainTabs } from "./common.ts";
import { clear, errorState, h, isAbort, loadingState } from "./dom.ts";
import type { ViewFactory } from "./types.ts";

type DossierRoute = Extract<Route, { view: "dossier" }>;
type Row = DossierItemData["rows"][number];

/** One text field of an entry, labelled by its placeholder. */
function textField(name: string, maxlength: number, value: string, label: string, required = false) {
  return h("input", {
    type: "text",
    name,
    required, // h() leaves false attributes out
    maxlength,
    value,
    placeholder: label,
    "aria-label": label,
  });
}

/** Title, detail and source-note fields, prefilled for an edit. */
function entryFields(values: readonly string[] = []) {
  const title = textField("title", 200, values[0] ?? "", t("dossierFieldTitle"), true);
  const detail = textField("detail", 2000, values[1] ?? "", t("dossierFieldDetail"));
  const source = textField("sourceNote", 500, values[2] ?? "", t("dossierFieldSource"));
  return { title, detail, source, input: () => entryInput(title.value, detail.value, source.value) };
}

/** Shows a failed write: the server's message (CONFLICT names who changed the row), or the error state. */
function showFailure(status: HTMLElement, error: unknown): void {
  if (error instanceof ApiError && ["CONFLICT", "BAD_USER_INPUT", "NOT_FOUND"].includes(error.code)) {
    status.setAttribute("data-code", error.code);
    status.className = "form-status item-conflict";
    status.textContent = t("dossierSaveFailed", { message: error.message });
  } else {
    clear(status, errorState(error));
  }
}

export const dossierView: ViewFactory<DossierRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  const chain = ctx.chains.find((c) => c.id === chainId);
  const l = lang();
  const canEdit = DOSSIER_EDITOR_ROLES.includes(ctx.me.role);
  const meta = h("p", { class: "muted small" });
  const content = h("div", { class: "dossier" }, loadingState());
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("dossierTitle", { chain: chain ? nameOf(l, chain) : chainId })),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ ...route, chainId: id })),
    ),
    h("p", { class: "muted intro" }, t("dossierIntro")),
    h(
      "div",
      { class: "dossier-downloads" },
      h(
        "a",
        { class: "btn", href: reportUrl(chainId, "pdf", l), download: "", "data-testid": "dossier-pdf" },
        t("dossierPdf"),
      ),
      " ",
      h(
        "a",
        { class: "btn", href: reportUrl(chainId, "xlsx", l), download: "", "data-testid": "dossier-xlsx" },
        t("dossierXlsx"),
      ),
    ),
    meta,
    content,
  );

  const cellsOf = (item: DossierItemData, row: Row): (Node | string)[] =>
    row.cells.map((c, i) => {
      const numeric = item.columns[i]?.numeric === true;
      const badge =
        i === 0 && row.synthetic
          ? h("span", { class: "badge badge-synthetic", title: t("syntheticBanner") }, t("syntheticBadge"))
          : null;
      return h("span", { class: numeric ? "num" : "" }, c === "" ? "—" : c, badge ? " " : "", badge);
    });

  /** A maintained row's edit and delete buttons; the edit swaps the row for a form. */
  const rowActions = (item: DossierItemData, row: Row, tr: HTMLTableRowElement): HTMLElement | null => {
    if (!canEdit || row.entryId === null || row.entryId === undefined || row.version == null) return null;
    const entryId = row.entryId;
    const version = row.version;
    const status = h("span", { class: "form-status", role: "status", "aria-live": "polite" });
    const edit = () => {
      const f = entryFields(row.cells);
      const form = h(
        "form",
        {
          class: "dossier-form",
          "data-testid": "dossier-edit-form",
          onsubmit: async (event: Event) => {
            event.preventDefault();
            status.textContent = t("saving");
            try {
              await request(UPDATE_DOSSIER_ENTRY, { id: entryId, version, input: f.input() }, ctx.signal);
              void load();
            } catch (error) {
              if (!isAbort(error)) showFailure(status, error);
            }
          },
        },
        f.title,
        f.detail,
        f.source,
        h("button", { type: "submit", class: "btn small" }, t("dossierSave")),
        h("button", { type: "button", class: "btn small", onclick: () => void load() }, t("dossierCancel")),
        status,
      );
      clear(tr, h("td", { colspan: String(item.columns.length + 1) }, form));
      f.title.focus();
    };
    const remove = async () => {
      if (!window.confirm(t("dossierConfirmDelete", { title: row.cells[0] ?? "" }))) return;
      status.textContent = t("saving");
      try {
        await request(DELETE_DOSSIER_ENTRY, { id: entryId, version }, ctx.signal);
        void load();
      } catch (error) {
        if (!isAbort(error)) showFailure(status, error);
      }
    };
    return h(
      "span",
      { class: "row-links" },
      h(
        "button",
        { type: "button", class: "btn small", "data-action": "edit-entry", onclick: edit },
        t("dossierEdit"),
      ),
      " ",
      h(
        "button",
        { type: "button", class: "btn small", "data-action": "delete-entry", onclick: () => void remove() },
        t("dossierDelete"),
      ),
      status,
    );
  };

  const table = (item: DossierItemData, withActions: boolean): HTMLElement => {
    const title = l === "zh" ? item.titleZh : item.titleEn;
    return h(
      "table",
      { class: "data dossier-table", "data-testid": `dossier-table-${item.key}` },
      h("caption", { class: "sr-only" }, title),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          item.columns.map((c) => h("th", { scope: "col", class: c.numeric ? "num" : "" }, c.label)),
          withActions ? h("th", { scope: "col" }, t("dossierActions")) : null,
        ),
      ),
      h(
        "tbody",
        {},
        item.rows.map((row) => {
          const tr = h("tr", { "data-row": row.id, class: row.synthetic ? "synthetic" : "" });
          clear(
            tr,
            cellsOf(item, row).map((c, i) => h("td", { class: item.columns[i]?.numeric ? "num" : "" }, c)),
            withActions ? h("td", {}, rowActions(item, row, tr)) : null,
          );
          return tr;
        }),
      ),
    );
  };

  const addForm = (kind: DossierEntryKindValue): HTMLElement => {
    const f = entryFields();
    const status = h("span", { class: "form-status", role: "status", "aria-live": "polite" });
    return h(
      "form",
      {
        class: "dossier-form",
        "data-testid": `dossier-add-${kind}`,
        onsubmit: async (event: Event) => {
          event.preventDefault();
          status.textContent = t("saving");
          try {
            await request(ADD_DOSSIER_ENTRY, { chainId, kind, input: f.input() }, ctx.signal);
            void load();
          } catch (error) {
            if (!isAbort(error)) showFailure(status, error);
          }
        },
      },
      f.title,
      f.detail,
      f.source,
      h("button", { type: "submit", class: "btn small" }, t("dossierAdd")),
      status,
    );
  };

  /** The drawn diagrams of the current answer, destroyed on reload and when the view is left. */
  let graphs: Core[] = [];
  let pending: (() => void)[] = [];

  /** A drawing of 树状图 or 现状全景图 and its "download image" button; drawn once in the page. */
  const drawing = (item: DossierItemData | DossierDiagramData, title: string): HTMLElement | null => {
    if (!("nodes" in item) || !DRAWN_ITEMS.includes(item.key) || item.nodes.length === 0) return null;
    const container = h("div", {
      class: "cy dossier-cy",
      "aria-hidden": "true",
      "data-testid": `dossier-graph-${item.key}`,
    });
    let cy: Core | undefined;
    pending.push(() => {
      cy = createGraph({
        container,
        elements: dossierElements(item),
        style: dossierStyle(),
        view: `dossier-${item.key}`,
      }).cy;
      graphs.push(cy);
    });
    const png = h(
      "button",
      {
        type: "button",
        class: "btn small",
        "data-action": "png",
        onclick: () => {
          if (!cy) return;
          const date = new Date().toISOString().slice(0, 10);
          void downloadSheetPng(cy, {
            title: `${chain ? nameOf(l, chain) : chainId} · ${title}`,
            subtitle: nameOf(l, ctx.homeRegion),
            legend: (["MISSING", "WEAK", "PRESENT"] as const).map((c) => ({
              colour: COVERAGE_COLOURS[c].fill,
              border: COVERAGE_COLOURS[c].border,
              label: t(`coverage${c}`),
            })),
            footer: [t("pngSource", { source: t("pngSourceText"), date }), t("pngSynthetic")],
            filename: `dossier-${chainId}-${item.key.toLowerCase()}-${date}.png`,
          });
        },
      },
      t("dossierDownloadImage"),
    );
    return h("div", { class: "dossier-drawing" }, h("div", { class: "dossier-tools" }, png), container);
  };

  const section = (item: DossierItemData | DossierDiagramData): HTMLElement => {
    const kind = entryKindOf(item);
    const editable = canEdit && kind !== null;
    return h(
      "section",
      { class: "dossier-item", "data-item": item.key, "data-status": item.status },
      h(
        "h3",
        {},
        l === "zh" ? item.titleZh : item.titleEn,
        " ",
        h(
          "span",
          { class: `badge dossier-status status-${item.status.toLowerCase()}` },
          t(`dossierStatus${item.status}` as MessageKey),
        ),
      ),
      item.reason ? h("p", { class: "dossier-reason" }, item.reason) : null,
      h("p", { class: "muted small dossier-method" }, t("dossierMethod"), item.method),
      item.note ? h("p", { class: "muted small" }, t("dossierNote"), item.note) : null,
      drawing(item, l === "zh" ? item.titleZh : item.titleEn),
      item.rows.length > 0 ? h("div", { class: "table-scroll" }, table(item, editable)) : null,
      editable && kind ? addForm(kind) : null,
    );
  };

  const load = async () => {
    try {
      const data = await request(CHAIN_DOSSIER, { chainId, lang: l === "zh" ? "ZH" : "EN" }, ctx.signal);
      const d = data.chainDossier;
      graphs.forEach(destroyGraph);
      graphs = [];
      pending = [];
      meta.textContent = t("dossierGenerated", { date: d.generatedOn, region: nameOf(l, ctx.homeRegion) });
      clear(
        content,
        h("h2", {}, t("dossierDiagrams")),
        d.diagrams.map(section),
        h("h2", {}, t("dossierLists")),
        d.lists.map(section),
      );
      // Drawn once their containers are in the page (Cytoscape needs their size).
      pending.forEach((draw) => draw());
      root.dataset.dossierLoaded = "true";
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return {
    unmount() {
      graphs.forEach(destroyGraph);
      graphs = [];
    },
  };
};
