import { translateOptional, type Lang } from "../i18n/index.ts";

/** A refused row's reason as the API gives it: English text, and a code with its parameters. */
export interface ReasonOfRow {
  reason: string;
  code: string;
  params: readonly { name: string; value: string }[];
}

/**
 * The reason in the page's language: the catalogue's `importReason_<code>` message filled with the
 * parameters; the server's English text when the client does not know the code (a newer server).
 */
export function reasonText(lang: Lang, p: ReasonOfRow): string {
  const template = translateOptional(lang, `importReason_${p.code}`, "");
  if (template === "") return p.reason;
  const params = new Map(p.params.map((x) => [x.name, x.value]));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params.get(name) ?? whole);
}
