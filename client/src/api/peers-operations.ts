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
