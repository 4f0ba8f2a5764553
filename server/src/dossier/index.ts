/**
 * The dossier capability's public face: a chain's 六图六清单 (computeDossier) for the report routes
 * and any other summary, and the maintained tables' rules.
 */
export { computeDossier } from "./service.ts";
export type { DossierRecord } from "./records.ts";
export { DIAGRAM_KEYS, LIST_KEYS, TITLES, type Lang } from "./labels.ts";
export type { ItemOut, RowOut } from "./mapping.ts";
