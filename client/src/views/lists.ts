/** Saved target lists, and one list's items with status and note editable in place. */
import { ApiError, request } from "../api/client.ts";
import {
  TARGET_LIST,
  TARGET_LISTS,
  TARGET_STATUSES,
  UPDATE_TARGET_ITEM,
  type TargetItem,
  type TargetStatus,
} from "../api/operations.ts";
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

interface CurrentItem {
  version: number;
  status: TargetStatus;
  note: string | null;
  updatedAt: string;
  updatedBy: string | null;
  changed: string[];
}

/** The item as the server holds it now, from a CONFLICT error's extensions; null if absent. */
function currentOf(error: ApiError): CurrentItem | null {
  const c = error.extensions["current"];
  return c && typeof c === "object" && typeof (c as CurrentItem).version === "number"
    ? (c as CurrentItem)
    : null;
}

export const listsView: ViewFactory<ListsRoute> = (root, route, ctx) => {
  const content = h("div", {}, loadingState());
  clear(root, h("div", { class: "view-head" }, h("h1", {}, t("listsTitle"))), content);
  const l = lang();

  /** Rows whose note is typed but not yet saved (the unload guard asks before losing them). */
  const dirty = new Set<string>();
  const guard = (e: BeforeUnloadEvent) => {
    if (dirty.size === 0) return;
    e.preventDefault();
    e.returnValue = "";
  };
  window.addEventListener("beforeunload", guard);

  /**
   * One item: the status is saved as soon as it is chosen, the note when the field is left (or
   * Enter). Each save names the version it was based on and sends only the field that changed;
   * saves of a row run one after another so each carries the version the previous one returned.
   */
  const itemRow = (listId: string, item: TargetItem) => {
    const who = nameOf(l, item.company);
    let version = item.version;
    let savedNote = item.note ?? "";
    let queue: Promise<void> = Promise.resolve();
    const status = h(
      "select",
      { "aria-label": `${t("status")} ${who}`, "data-field": "status" },
      TARGET_STATUSES.map((s) => h("option", { value: s, selected: s === item.status }, t(`status${s}`))),
    );
    let savedStatus = status.value;
    const note = h("input", {
      type: "text",
      value: savedNote,
      maxlength: 2000,
      "aria-label": `${t("note")} ${who}`,
      "data-field": "note",
    });
    const state = h("span", { class: "note item-state", role: "status", "aria-live": "polite" });
    const save = (change: { status?: TargetStatus; note?: string }) => {
      queue = queue.then(async () => {
        state.className = "note item-state";
        state.textContent = t("saving");
        try {
          const r = await request(
            UPDATE_TARGET_ITEM,
            { listId, companyId: item.company.id, version, ...change },
            ctx.signal,
          );
          version = r.updateTargetItem.version;
          savedStatus = r.updateTargetItem.status;
          savedNote = r.updateTargetItem.note ?? "";
          if (change.note !== undefined) dirty.delete(item.company.id);
          state.textContent = `${t("saved")} ${when(r.updateTargetItem.updatedAt)}`;
        } catch (error) {
          if (isAbort(error)) return;
          const current = error instanceof ApiError && error.code === "CONFLICT" ? currentOf(error) : null;
          if (!current) {
            // Put the field back, so what is shown is what is stored.
            if (change.status !== undefined) status.value = savedStatus;
            clear(state, errorState(error));
            return;
          }
          // Someone else saved this item first: show their values and keep nothing of ours.
          version = current.version;
          savedStatus = current.status;
          savedNote = current.note ?? "";
          status.value = current.status;
          note.value = savedNote;
          dirty.delete(item.company.id);
          const what = current.changed
            .map((f) =>
              f === "status"
                ? `${t("status")} → ${t(`status${current.status}`)}`
                : `${t("note")} → ${current.note ? `“${current.note}”` : "—"}`,
            )
            .join(", ");
          state.className = "note item-state item-conflict";
          state.setAttribute("data-code", "CONFLICT");
          state.textContent = t("staleEdit", {
            who: current.updatedBy ?? "—",
            when: when(current.updatedAt),
            what,
          });
        }
      });
    };
    status.addEventListener("change", () => {
      const next = TARGET_STATUSES.find((s) => s === status.value);
      if (next && next !== savedStatus) save({ status: next });
    });
    note.addEventListener("input", () => {
      if (note.value !== savedNote) dirty.add(item.company.id);
      else dirty.delete(item.company.id);
    });
    note.addEventListener("change", () => {
      if (note.value !== savedNote) save({ note: note.value });
    });
    return h(
      "tr",
      { "data-company": item.company.id },
      h("td", { class: "num" }, String(item.rank)),
      h(
        "td",
        {},
        h("a", { href: `#/company/${encodeURIComponent(item.company.id)}` }, who),
        " ",
        sourceBadge(item.company.source),
      ),
      h("td", {}, nameOf(l, item.company.region)),
      h("td", {}, nameOf(l, item.segment)),
      h("td", { class: "num" }, formatScore(l, item.score)),
      h("td", {}, status),
      h("td", {}, note),
      h("td", {}, state),
    );
  };

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
            list.items.map((item) => itemRow(list.id, item)),
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
  return {
    unmount() {
      window.removeEventListener("beforeunload", guard);
    },
  };
};
