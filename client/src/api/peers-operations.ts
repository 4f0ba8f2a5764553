/**
 * Peer comparison (同类对标) and alerts operations, kept apart from operations.ts (which re-exports
 * them, so the limits and persisted-operation tests cover them).
 */
import { graphql } from "./generated/gql.ts";
import type * as Op from "./generated/graphql.ts";

graphql(`
  fragment PeerRow on PeerRegion {
    region {
      code
      name
      nameZh
    }
    isHome
    completeness
    coveredSegments
    segmentCount
    companies
    stages {
      stage
      companies
    }
    keySegments {
      segment {
        id
        name
        nameZh
      }
      companies
      rca
      zoneRca
      aheadOfZone
    }
    strongWhereZoneAbsent {
      segment {
        id
        name
        nameZh
        stage
      }
      companies
      rca
    }
  }
`);

export const PEER_COMPARISON = graphql(`
  query PeerComparison($chainId: ID!, $peers: [ID!]) {
    peerComparison(chainId: $chainId, peers: $peers) {
      presenceVersion
      home {
        ...PeerRow
      }
      peers {
        ...PeerRow
      }
    }
    cities: regions(level: CITY) {
      code
      name
      nameZh
    }
  }
`);

export type PeerComparisonData = Op.PeerComparisonQuery;
export type PeerRow = Op.PeerRowFragment;

export const ALERTS = graphql(`
  query Alerts {
    unreadAlertCount
    myAlerts(first: 20) {
      id
      kind
      createdAt
      read
      count
      names
      namesZh
      stage
      days
      milestoneTitle
      due
      peerRca
      zoneRca
      leadId
      chain {
        id
      }
      segment {
        id
        name
        nameZh
      }
      peer {
        code
        name
        nameZh
      }
    }
  }
`);

export const UNREAD_ALERTS = graphql(`
  query UnreadAlerts {
    unreadAlertCount
  }
`);

export const MARK_ALERTS_READ = graphql(`
  mutation MarkAlertsRead {
    markAlertsRead
  }
`);

export const MY_WATCHES = graphql(`
  query MyWatches {
    myWatches {
      id
      kind
      leadId
      chain {
        id
      }
      segment {
        id
      }
      peer {
        code
      }
    }
  }
`);

export const WATCH_GAP = graphql(`
  mutation WatchGap($chainId: ID!, $segmentId: ID!) {
    watchGap(chainId: $chainId, segmentId: $segmentId) {
      id
    }
  }
`);

export const WATCH_LEAD = graphql(`
  mutation WatchLead($leadId: ID!) {
    watchLead(leadId: $leadId) {
      id
    }
  }
`);

export const WATCH_PEER_SEGMENT = graphql(`
  mutation WatchPeerSegment($chainId: ID!, $segmentId: ID!, $peerCode: ID!) {
    watchPeerSegment(chainId: $chainId, segmentId: $segmentId, peerCode: $peerCode) {
      id
    }
  }
`);

export const UNWATCH = graphql(`
  mutation Unwatch($watchId: ID!) {
    unwatch(watchId: $watchId)
  }
`);

export type AlertsData = Op.AlertsQuery;
export type AlertItem = AlertsData["myAlerts"][number];
export type MyWatchesData = Op.MyWatchesQuery;
