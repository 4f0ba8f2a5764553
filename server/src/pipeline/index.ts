/** The pipeline capability's public face: its pure rules, for other modules and the seed. */
export {
  STAGES,
  FORWARD,
  STAGE_ZH,
  TRANSITIONS,
  allowedNext,
  transitionError,
  isKeyProject,
  countsAsStarted,
  periodRange,
  isStalled,
  isMilestoneOverdue,
  daysBetween,
  type Stage,
  type Period,
} from "./rules.ts";
export { agenda, board, leaderboard, today } from "./queries.ts";
export type { AgendaRecord, BoardColumnRecord, LeadRecord } from "./records.ts";
export { writeLeads, deriveLead, type LeadSeed, type LeadSeedEvent } from "./bulk.ts";
export { deleteImportedLeads, importLeads, importedLeadPath, type ImportedLead } from "./writes.ts";
export { CURRENCIES, type Currency } from "./rules.ts";
