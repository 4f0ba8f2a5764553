/**
 * The imports capability's public face: the zone's own data from CSV and XLSX (companies,
 * company–segment links, supply ties, alliance members), validated row by row, dry run, applied
 * through the one write path with provenance, logged, undone.
 */
export {
  DEFAULT_BATCH,
  ImportError,
  recoverImports,
  recoverImportsAtStart,
  runImport,
  undoImport,
  type ImportResult,
} from "./apply.ts";
export { creditCodeCheckChar, creditCodeProblem } from "./credit-code.ts";
export { decodeText, EncodingError } from "./encoding.ts";
export { KIND_NAMES, KINDS } from "./kinds/index.ts";
export { getImport, listImports, type ImportRecord } from "./log.ts";
export { planImport, type ImportReport } from "./plan.ts";
export { FileError } from "./table.ts";
export { templateCsv } from "./template.ts";
