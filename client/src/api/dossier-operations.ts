/**
 * The chain dossier (六图六清单) operations, kept apart from operations.ts (which re-exports them, so
 * the limits and persisted-operation tests cover them).
 */
import { graphql } from "./generated/gql.ts";
import type * as Op from "./generated/graphql.ts";

export const CHAIN_DOSSIER = graphql(`
  query ChainDossier($chainId: ID!, $lang: Lang) {
    chainDossier(chainId: $chainId, lang: $lang) {
      regionCode
      generatedOn
      diagrams {
        ...DossierItemFields
        # Only the diagrams carry something to draw (the lists' are always empty).
        nodes {
          id
          parent
          label
          kind
          coverage
          keyTech
          synthetic
        }
        edges {
          source
          target
        }
      }
      lists {
        ...DossierItemFields
      }
    }
  }
`);

graphql(`
  fragment DossierItemFields on DossierItem {
    key
    titleZh
    titleEn
    method
    status
    reason
    note
    columns {
      key
      label
      numeric
    }
    rows {
      id
      cells
      source
      synthetic
      entryId
      version
    }
  }
`);

export const ADD_DOSSIER_ENTRY = graphql(`
  mutation AddDossierEntry($chainId: ID!, $kind: DossierEntryKind!, $input: DossierEntryInput!) {
    addDossierEntry(chainId: $chainId, kind: $kind, input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_DOSSIER_ENTRY = graphql(`
  mutation UpdateDossierEntry($id: ID!, $version: Int!, $input: DossierEntryInput!) {
    updateDossierEntry(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const DELETE_DOSSIER_ENTRY = graphql(`
  mutation DeleteDossierEntry($id: ID!, $version: Int!) {
    deleteDossierEntry(id: $id, version: $version)
  }
`);

export type ChainDossierData = Op.ChainDossierQuery;
export type DossierItemData = Op.DossierItemFieldsFragment;
/** A diagram: an item with the nodes and edges to draw. */
export type DossierDiagramData = ChainDossierData["chainDossier"]["diagrams"][number];
export type DossierEntryKindValue = Op.DossierEntryKind;
