/** Label wrapping for canvas labels, where Cytoscape can only break at spaces or anywhere. */

/**
 * Wraps a label into lines of at most `maxUnits` ems: breaks at spaces (and after "/" or "-") in
 * Latin text, between characters in Chinese; a CJK character counts 1 em, other characters 0.55
 * (a plain average for a sans-serif face). A word longer than a line stays whole.
 */
export function wrapLabel(text: string, maxUnits: number): string {
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);
  // Tokens: a CJK character alone, or a run of other characters up to and including a break.
  const tokens =
    text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef/-]+[/-]?|\s+|[/-]/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line !== "") line += " ";
      continue;
    }
    if (line.trim() !== "" && width(line + token) > maxUnits) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.join("\n");
}
