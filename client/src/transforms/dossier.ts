/** Pure helpers for the chain dossier view (六图六清单). */
import type { DossierEntryKindValue, DossierItemData } from "../api/operations.ts";

/** The bureau-maintained items and the entry kind their rows are stored under. */
const ENTRY_KIND_OF_ITEM: Partial<Record<DossierItemData["key"], DossierEntryKindValue>> = {
  FUTURE_TRENDS: "TREND",
  KEY_PARKS: "PARK",
  KEY_PLATFORMS: "PLATFORM",
};

/** The entry kind a MAINTAINED item's rows are added under; null for generated items. */
export function entryKindOf(item: Pick<DossierItemData, "key" | "status">): DossierEntryKindValue | null {
  return item.status === "MAINTAINED" ? (ENTRY_KIND_OF_ITEM[item.key] ?? null) : null;
}

/** The roles that may add, edit and delete maintained rows (the server's DOSSIER_EDITORS). */
export const DOSSIER_EDITOR_ROLES: readonly string[] = ["ADMIN", "LEADER", "ANALYST"];

/** The texts of a maintained row as the form edits them: title, detail, source note (blank → null). */
export function entryInput(title: string, detail: string, sourceNote: string) {
  const blank = (s: string) => (s.trim() === "" ? null : s.trim());
  return { title: title.trim(), detail: blank(detail), sourceNote: blank(sourceNote) };
}
