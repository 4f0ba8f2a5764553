import { stringify } from "csv-stringify/sync";
import { KINDS } from "./kinds/index.ts";
import { FileError } from "./table.ts";

/**
 * A kind's template: CSV, UTF-8 with a byte-order mark (so Excel on a Chinese Windows opens it as
 * UTF-8, and saves it back so), one header row: the English column keys (the contract), or the
 * Chinese headers with `lang: "zh"` — both are accepted on import. What goes in each column is in
 * {@link KINDS}' column notes (README, and the upload page).
 */
export function templateCsv(kindName: string, lang: "en" | "zh" = "en"): string {
  const kind = KINDS[kindName];
  if (!kind) throw new FileError(`unknown kind "${kindName}" (kinds: ${Object.keys(KINDS).join(", ")})`);
  return (
    "\uFEFF" +
    stringify([kind.columns.map((c) => (lang === "zh" ? c.zh : c.key))], { record_delimiter: "\r\n" })
  );
}
