/**
 * The recruiting pipeline's operations (board, lead, horse race, agenda, gap progress), kept apart
 * from operations.ts (which re-exports them, so the limits and persisted-operation tests cover them).
 */
import { graphql } from "./generated/gql.ts";
import type * as Op from "./generated/graphql.ts";

graphql(`
  fragment LeadCard on Lead {
    id
    stage
    amount
    currency
    amountRmb
    keyProject
    stalled
    overdue
    synthetic
    restricted
    lastChangeOn
    nextStages
    team {
      id
      name
      nameZh
    }
    office {
      id
      name
      nameZh
    }
    company {
      id
      name
      nameZh
      source
    }
    segment {
      id
      name
      nameZh
    }
  }
`);

export const PIPELINE_OPTIONS = graphql(`
  query PipelineOptions {
    teams {
      id
      name
      nameZh
    }
    offices {
      id
      name
      nameZh
    }
  }
`);

export const PIPELINE_BOARD = graphql(`
  query PipelineBoard($filter: LeadFilter, $perStage: Int) {
    pipelineBoard(filter: $filter, perStage: $perStage) {
      stage
      count
      amountRmb
      leads {
        ...LeadCard
      }
    }
  }
`);

export const LEAD_PAGE = graphql(`
  query LeadPage($id: ID!) {
    lead(id: $id) {
      ...LeadCard
      usdRate
      fixedAssetsRmb
      jobs
      fundLinked
      fundAmountRmb
      industrial
      owner
      schedule {
        stage
        planned
        actual
        late
      }
      milestones {
        id
        title
        owner
        due
        doneOn
        overdue
      }
      history {
        id
        at
        recordedAt
        by
        kind
        from
        to
        amountRmb
        note
      }
    }
  }
`);

export const CREATE_LEAD = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);

export const MOVE_LEAD = graphql(`
  mutation MoveLead($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {
    moveLead(id: $id, stage: $stage, date: $date, note: $note) {
      id
      stage
    }
  }
`);

export const LEADERBOARD = graphql(`
  query Leaderboard($period: Period!, $at: String!) {
    leaderboard(period: $period, at: $at) {
      team {
        id
        name
        nameZh
      }
      rank
      signedCount
      signedAmountRmb
      keyProjects
      keyProjectsAmountRmb
      registered
      started
      startedAmountRmb
      producing
      producingAmountRmb
      conversion
      avgDaysSignedToProducing
    }
    zoneStanding(period: $period, at: $at) {
      from
      to
      keySigned
      keySignedRmb
      industrialStarted
      industrialStartedRmb
      targetKeySigned
      targetKeySignedRmb
      targetIndustrialStarted
      targetIndustrialStartedRmb
    }
  }
`);

export const AGENDA = graphql(`
  query Agenda($date: String!) {
    coordinationAgenda(date: $date) {
      date
      overdueMilestones {
        daysOverdue
        milestone {
          id
          title
          owner
          due
        }
        lead {
          ...LeadCard
        }
      }
      stalledLeads {
        ...LeadCard
      }
      awaitingDecision {
        ...LeadCard
      }
    }
  }
`);

export const GAP_PROGRESS = graphql(`
  query GapProgress($chainId: ID!) {
    chain(id: $chainId) {
      id
      segments {
        id
        leadProgress {
          leads
          furthestStage
          byStage {
            stage
            count
          }
        }
      }
    }
  }
`);

export type LeadCard = Op.LeadCardFragment;
export type LeadStage = Op.LeadStage;
export type Period = Op.Period;
export type BoardColumn = Op.PipelineBoardQuery["pipelineBoard"][number];
export type LeadPageData = NonNullable<Op.LeadPageQuery["lead"]>;
export type LeaderboardData = Op.LeaderboardQuery;
export type AgendaData = Op.AgendaQuery["coordinationAgenda"];
export type LeadProgress = NonNullable<Op.GapProgressQuery["chain"]>["segments"][number]["leadProgress"];

/** The forward stages in order, then the two side stages (a Record over the enum: a new value fails tsc). */
const STAGE_ORDER: Record<LeadStage, true> = {
  LEAD: true,
  VISIT: true,
  NEGOTIATION: true,
  POLICY: true,
  SIGNED: true,
  REGISTERED: true,
  STARTED: true,
  PRODUCING: true,
  LOST: true,
  PAUSED: true,
};
export const LEAD_STAGES = Object.keys(STAGE_ORDER) as readonly LeadStage[];
