import type { Currency, Stage, StandingRecord } from "./rules.ts";

/** (:Lead) as read back and shown (hidden fields already blanked for a restricted viewer). */
export interface LeadRecord {
  id: string;
  companyId: string;
  segmentId: string;
  chainId: string | null;
  teamId: string;
  officeId: string | null;
  stage: Stage;
  pausedFrom: Stage | null;
  amount: number | null;
  currency: Currency | null;
  usdRate: number | null;
  amountRmb: number | null;
  fixedAssetsRmb: number | null;
  jobs: number | null;
  fundLinked: boolean | null;
  fundAmountRmb: number | null;
  keyProject: boolean;
  industrial: boolean | null;
  owner: string | null;
  createdOn: string;
  lastChangeOn: string;
  lastStageOn: string;
  /** Planned dates by stage. */
  planned: Partial<Record<Stage, string>>;
  /** First dates reached by stage. */
  actual: Partial<Record<Stage, string>>;
  /** An open milestone is due before today. */
  milestoneOverdue: boolean;
  synthetic: boolean;
  restricted: boolean;
}

export interface LeadEventRecord {
  id: string;
  leadId: string;
  at: string;
  recordedAt: string;
  by: string;
  kind: string;
  from: Stage | null;
  to: Stage | null;
  amountRmb: number | null;
  note: string | null;
}

export interface MilestoneRecord {
  id: string;
  leadId: string;
  title: string;
  owner: string;
  due: string;
  doneOn: string | null;
}

export interface BoardColumnRecord {
  stage: Stage;
  count: number;
  amountRmb: number;
  leads: LeadRecord[];
}

export type TeamStandingRecord = StandingRecord;

export interface AgendaMilestoneRecord {
  milestone: MilestoneRecord;
  lead: LeadRecord;
  daysOverdue: number;
}

export interface AgendaRecord {
  date: string;
  overdueMilestones: AgendaMilestoneRecord[];
  stalledLeads: LeadRecord[];
  awaitingDecision: LeadRecord[];
}

export interface LeadProgressRecord {
  leads: number;
  furthestStage: Stage | null;
  byStage: { stage: Stage; count: number }[];
}
