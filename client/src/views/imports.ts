/**
 * Data imports (ADMIN): templates to download, a file to upload, the dry-run report (counts and a
 * table of the bad rows: row, column, value, reason), the import itself (all or nothing unless
 * "skip bad rows"), and the history with undo. The server does all the checking; this view shows
 * its answers.
 */
import { ApiError, request } from "../api/client.ts";
import { IMPORT_FILE, IMPORTS, UNDO_IMPORT } from "../api/operations.ts";
import { lang, LOCALE, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { reasonText } from "../transforms/import-reasons.ts";
import { clear, errorState, h, isAbort, loadingState } from "./dom.ts";
import type { ViewFactory } from "./types.ts";

type Kind = "COMPANIES" | "LINKS" | "TIES" | "MEMBERS" | "LEADS";
const KINDS: Kind[] = ["COMPANIES", "LINKS", "TIES", "MEMBERS", "LEADS"];

const message = (error: unknown) =>
  error instanceof ApiError ? `${error.field ? `${error.field}: ` : ""}${error.message}` : String(error);

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const importsView: ViewFactory<Extract<Route, { view: "imports" }>> = (root, _route, ctx) => {
  const l = lang();
  const kind = h(
    "select",
    { id: "import-kind" },
    h("option", { value: "" }, t("importKindAuto")),
    KINDS.map((k) => h("option", { value: k }, k.toLowerCase())),
  );
  const fileInput = h("input", { id: "import-file", type: "file", accept: ".csv,.xlsx,text/csv" });
  const skip = h("input", { id: "import-skip", type: "checkbox" });
  const dryBtn = h("button", { type: "button", class: "btn", "data-action": "dry-run" }, t("importDryRun"));
  const applyBtn = h(
    "button",
    { type: "button", class: "btn primary", "data-action": "apply", disabled: true },
    t("importApply"),
  );
  const status = h("p", {
    class: "muted",
    role: "status",
    "aria-live": "polite",
    "data-testid": "import-status",
  });
  const report = h("div", { "data-testid": "import-report" });
  const history = h("div", { "data-testid": "import-history" }, loadingState());
  const templates = h(
    "p",
    { class: "muted small" },
    t("importTemplates"),
    " ",
    KINDS.flatMap((k) => [
      h(
        "a",
        { href: `/import/template/${k.toLowerCase()}.csv${l === "zh" ? "?lang=zh" : ""}` },
        k.toLowerCase(),
      ),
      " ",
    ]),
  );

  clear(
    root,
    h("div", { class: "view-head" }, h("h1", {}, t("importsTitle"))),
    h("p", { class: "muted" }, t("importsIntro")),
    templates,
    h(
      "form",
      { class: "filters", "data-testid": "import-form" },
      h("label", { for: "import-kind" }, t("importKind")),
      kind,
      h("label", { for: "import-file" }, t("importFileLabel")),
      fileInput,
      h("label", { for: "import-skip" }, skip, " ", t("importSkipBad")),
      dryBtn,
      applyBtn,
    ),
    status,
    report,
    h("h2", {}, t("importHistory")),
    history,
  );

  const run = async (dryRun: boolean) => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = dryRun ? "…" : t("importApplying");
    root.dataset.importing = dryRun ? "" : "true";
    dryBtn.disabled = applyBtn.disabled = true;
    try {
      const res = await request(IMPORT_FILE, {
        fileName: file.name,
        contentBase64: await base64Of(file),
        kind: (kind.value || null) as Kind | null,
        dryRun,
        skipBadRows: skip.checked,
      });
      const r = res.importFile.report;
      status.textContent =
        t("importCounts", {
          rows: r.rows,
          created: r.created,
          updated: r.updated,
          unchanged: r.unchanged,
          refused: r.refused,
          format: r.format,
        }) + (res.importFile.importId ? ` · ${t("importApplied", { id: res.importFile.importId })}` : "");
      clear(
        report,
        r.problems.length === 0
          ? h("p", { class: "muted" }, t("importNoProblems"))
          : h(
              "table",
              { class: "table", "data-testid": "import-problems" },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  [t("importRow"), t("importColumn"), t("importValue"), t("importReason")].map((x) =>
                    h("th", {}, x),
                  ),
                ),
              ),
              h(
                "tbody",
                {},
                r.problems.map((p) =>
                  h(
                    "tr",
                    { dataset: { row: String(p.row) } },
                    h("td", {}, String(p.row)),
                    h("td", {}, p.column),
                    h("td", {}, p.value),
                    h("td", {}, reasonText(lang(), p)),
                  ),
                ),
              ),
            ),
      );
      applyBtn.disabled = !dryRun || (r.refused > 0 && !skip.checked);
      if (!dryRun) void loadHistory();
    } catch (error) {
      status.textContent = message(error);
    } finally {
      dryBtn.disabled = false;
      root.dataset.importing = "";
    }
  };
  dryBtn.addEventListener("click", () => void run(true));
  applyBtn.addEventListener("click", () => void run(false));
  fileInput.addEventListener("change", () => {
    applyBtn.disabled = true;
    clear(report);
  });

  const loadHistory = async () => {
    try {
      const data = await request(IMPORTS, {}, ctx.signal);
      if (data.imports.length === 0) {
        clear(history, h("p", { class: "muted" }, t("importNoHistory")));
        return;
      }
      clear(
        history,
        h(
          "table",
          { class: "table", "data-testid": "import-history-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [
                "ID",
                t("importKind"),
                t("importFileLabel"),
                t("importUser"),
                t("importTime"),
                t("importStatus"),
                "",
              ].map((x) => h("th", {}, x)),
            ),
          ),
          h(
            "tbody",
            {},
            data.imports.map((i) => {
              const undo = h(
                "button",
                { type: "button", class: "btn", "data-action": "undo", disabled: i.status !== "APPLIED" },
                t("importUndo"),
              );
              undo.addEventListener("click", () => {
                undo.disabled = true;
                void request(UNDO_IMPORT, { id: i.id }).then(
                  () => {
                    status.textContent = t("importUndone", { id: i.id });
                    void loadHistory();
                  },
                  (error: unknown) => {
                    status.textContent = message(error);
                    undo.disabled = false;
                  },
                );
              });
              return h(
                "tr",
                { dataset: { importId: i.id, status: i.status } },
                h("td", {}, i.id),
                h("td", {}, i.kind.toLowerCase()),
                h("td", {}, i.file),
                h("td", {}, i.user),
                h(
                  "td",
                  {},
                  new Date(i.startedAt).toLocaleString(LOCALE[l], {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                ),
                h("td", {}, `${i.status} (+${i.created} ~${i.updated})`),
                h("td", {}, undo),
              );
            }),
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          history,
          errorState(error, () => void loadHistory()),
        );
    }
  };
  void loadHistory();
  return { unmount: () => undefined };
};
