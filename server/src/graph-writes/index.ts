/**
 * The one write path (CONVENTIONS 17) and the presence precomputation it keeps current. A shared
 * module: capabilities read the presence through it; graph-seed's loader writes through it.
 */
export {
  bulkWrite,
  endStaleBulk,
  GraphWrites,
  rebuildPresence,
  writeGraph,
  type BulkWriter,
} from "./writer.ts";
export {
  IMPORT_COMPANY_PROPS,
  IMPORT_INTEGER_PROPS,
  type ImportCompanyProp,
  type ImportProvenance,
} from "./imports.ts";
export { companyColumns, type CompanyChanges, type CompanyInput } from "./statements.ts";
export {
  PRESENCE_AGGREGATE,
  PRESENCE_INFO_SUBQUERY,
  presenceIsCurrent,
  type PresenceInfo,
  type PresenceRow,
} from "./presence.ts";
