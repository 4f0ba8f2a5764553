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
export { leaderboard } from "./queries.ts";
export { writeLeads, deriveLead, type LeadSeed, type LeadSeedEvent } from "./bulk.ts";
