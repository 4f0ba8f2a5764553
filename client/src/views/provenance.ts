/**
 * Where a company's facts came from, for the company page: public and synthetic data are marked by
 * the source badge already; an import adds a line naming the file, row, date and user, and which
 * facts it wrote. Its own query (COMPANY_PROVENANCE), so the company page calls it with one line.
 */
import { request } from "../api/client.ts";
import { COMPANY_PROVENANCE } from "../api/operations.ts";
import { lang, LOCALE, t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/** An element that fills itself with the import provenance of a company (empty when none). */
export function provenanceNote(companyId: string, signal?: AbortSignal): HTMLElement {
  const el = h("p", { class: "muted small", "data-testid": "provenance" });
  void request(COMPANY_PROVENANCE, { id: companyId }, signal).then(
    (data) => {
      const p = data.company?.importedFrom;
      if (!p) return;
      el.textContent = t("provenanceImported", {
        file: p.file,
        row: p.row,
        date: new Date(p.at).toLocaleDateString(LOCALE[lang()], { dateStyle: "medium" }),
        user: p.user,
        fields: p.fields.join(", "),
      });
      el.dataset.importId = p.importId;
    },
    () => undefined, // provenance is a footnote: the page stands without it
  );
  return el;
}
