/** Saved target lists, and one list's items with status and note editable in place. */
import { request } from "../api/client.ts";
import { TARGET_LIST, TARGET_LISTS, TARGET_STATUSES, UPDATE_TARGET_ITEM } from "../api/operations.ts";
import { formatNumber, formatScore, lang, LOCALE, nameOf, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
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

type ListsRoute = Extract<Route, { view: "lists" }>;

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(LOCALE[lang()], { dateStyle: "medium", timeStyle: "short" });
}

export const listsView: ViewFactory<ListsRoute> = (root, route, ctx) => {
  const content = h("div", {}, loadingState());
  clear(root, h("div", { class: "view-head" }, h("h1", {}, t("listsTitle"))), content);
  const l = lang();

  const loadAll = async () => {
    clear(content, loadingState());
    try {
      const data = await request(TARGET_LISTS, {}, ctx.signal);
      if (data.targetLists.length === 0) {
        clear(content, emptyState(t("listsEmpty")));
        return;
      }
      clear(
        content,
        h(
          "table",
          { class: "data", "data-testid": "lists" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [t("listName"), t("segment"), t("items"), t("createdAt"), ""].map((x) =>
                h("th", { scope: "col" }, x),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            data.targetLists.map((list) =>
              h(
                "tr",
                {},
                h("td", {}, h("a", { href: `#/lists/${encodeURIComponent(list.id)}` }, list.name)),
                h(
                  "td",
                  {},
                  list.segment
                    ? nameOf(l, list.segment)
                    : list.chain
                      ? `${nameOf(l, list.chain)} · ${t("allGaps")}`
                      : "—",
                ),
                h("td", { class: "num" }, formatNumber(l, list.itemCount)),
                h("td", {}, when(list.createdAt)),
                h(
                  "td",
                  {},
                  h("a", { class: "btn small", href: `#/lists/${encodeURIComponent(list.id)}` }, t("open")),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void loadAll()),
        );
    }
  };

  const loadOne = async (id: string) => {
    clear(content, loadingState());
    try {
      const data = await request(TARGET_LIST, { id }, ctx.signal);
      const list = data.targetList;
      if (!list) {
        clear(content, emptyState(`${t("errorNotFound")}: ${id}`));
        return;
      }
      clear(
        content,
        h("p", {}, h("a", { href: "#/lists" }, `← ${t("listsTitle")}`)),
        h("h2", { "data-testid": "list-name" }, list.name),
        h(
          "p",
          { class: "note" },
          `${list.segment ? nameOf(l, list.segment) : list.chain ? nameOf(l, list.chain) : ""} · ${when(list.createdAt)} · ${t("items")} ${formatNumber(l, list.itemCount)}`,
        ),
        list.items.some((i) => i.company.source === "SYNTHETIC") ? syntheticBanner() : null,
        h(
          "table",
          { class: "data list-items", "data-testid": "list-items" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [
                t("rank"),
                t("company"),
                t("region"),
                t("segment"),
                t("score"),
                t("status"),
                t("note"),
                "",
              ].map((x) => h("th", { scope: "col" }, x)),
            ),
          ),
          h(
            "tbody",
            {},
            list.items.map((item) => {
              const status = h(
                "select",
                { "aria-label": `${t("status")} ${nameOf(l, item.company)}` },
                TARGET_STATUSES.map((s) =>
                  h("option", { value: s, selected: s === item.status }, t(`status${s}`)),
                ),
              );
              const note = h("input", {
                type: "text",
                value: item.note ?? "",
                maxlength: 2000,
                "aria-label": `${t("note")} ${nameOf(l, item.company)}`,
              });
              const saved = h("span", { class: "note", role: "status" });
              const save = async () => {
                saved.textContent = "…";
                try {
                  const r = await request(
                    UPDATE_TARGET_ITEM,
                    {
                      listId: list.id,
                      companyId: item.company.id,
                      // The select offers only TARGET_STATUSES; anything else is left unchanged.
                      status: TARGET_STATUSES.find((s) => s === status.value) ?? null,
                      note: note.value,
                    },
                    ctx.signal,
                  );
                  saved.textContent = `${t("saved")} ${when(r.updateTargetItem.updatedAt)}`;
                } catch (error) {
                  if (!isAbort(error)) clear(saved, errorState(error));
                }
              };
              return h(
                "tr",
                { "data-company": item.company.id },
                h("td", { class: "num" }, String(item.rank)),
                h(
                  "td",
                  {},
                  h(
                    "a",
                    { href: `#/company/${encodeURIComponent(item.company.id)}` },
                    nameOf(l, item.company),
                  ),
                  " ",
                  sourceBadge(item.company.source),
                ),
                h("td", {}, nameOf(l, item.company.region)),
                h("td", {}, nameOf(l, item.segment)),
                h("td", { class: "num" }, formatScore(l, item.score)),
                h("td", {}, status),
                h("td", {}, note),
                h(
                  "td",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "btn small",
                      "data-action": "save-item",
                      onclick: () => void save(),
                    },
                    t("saveItem"),
                  ),
                  saved,
                ),
              );
            }),
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void loadOne(id)),
        );
    }
  };

  if (route.listId) void loadOne(route.listId);
  else void loadAll();
  return { unmount() {} };
};
