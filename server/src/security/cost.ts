import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLCompositeType,
} from "graphql";

/**
 * Estimated result size of an operation: Σ over its fields of the number of times the field is
 * resolved, where a list multiplies everything below it by its expected length. Unlike a depth or
 * token limit this sees fan-out (`segment{children{parent{children{…}}}}` grows as 40ⁿ), and unlike
 * GraphQL Armor's cost rule it counts lists that take no `first` and `first` given as a variable.
 *
 * List length: a literal `first` argument; `first` from a variable or left at its default → the
 * argument's default, or {@link MAX_PAGE} when the variable could be anything; a list without `first`
 * → its entry in {@link LIST_LENGTHS} (the largest the graph holds today, rounded up), else
 * {@link DEFAULT_LIST_LENGTH}.
 */
export const MAX_PAGE = 100;
export const DEFAULT_LIST_LENGTH = 50;
/** Largest `limit` of Company.network. */
export const MAX_GRAPH = 5000;
export const LIST_LENGTHS: Record<string, number> = {
  "Query.chains": 4,
  "Chain.segments": 250,
  "Chain.subchains": 20,
  "Chain.feeds": 400,
  "Chain.sources": 20,
  "Segment.children": 40,
  "Segment.upstream": 20,
  "Segment.downstream": 20,
  "Company.segments": 10,
  "Company.alliances": 5,
  "GapReport.gaps": 250,
  "GapReport.weights": 10,
  "Gap.features": 10,
  "Gap.connectsTo": 20,
  "Target.features": 10,
  "Target.reasons": 12,
  "TargetItem.features": 10,
  "Query.opportunityMap": 250,
  "Query.regions": 250,
  "Region.children": 200,
  "Query.teams": 10,
  "Alliance.partners": 200,
  "Partner.via": 5,
  "TargetList.items": 1000,
  // The recruiting pipeline: 10 stages, 10 teams, 6 offices; board columns hold ≤ 50 leads
  // (perStage); the agenda's lists ≤ 200 each; a lead's history is counted at 200 events.
  "Query.pipelineBoard": 10,
  "BoardColumn.leads": 50,
  "Query.leaderboard": 10,
  "Query.offices": 6,
  "Office.territories": 20,
  "Office.chainIds": 4,
  "Lead.nextStages": 4,
  "Lead.schedule": 8,
  "Lead.milestones": 50,
  "Lead.history": 200,
  "CoordinationAgenda.overdueMilestones": 200,
  "CoordinationAgenda.stalledLeads": 200,
  "CoordinationAgenda.awaitingDecision": 200,
  "LeadProgress.byStage": 10,
  // The geographic view: at most one point per city, province and country of the region tree.
  "GeoMap.points": 250,
  "GeoMap.offices": 6,
  // The chain dossier: 6 + 6 items; rows about 3 key firms × 108 leaves (NE) at most, cells one per
  // column; nodes and edges of the largest diagram (the tree: 1 + sub-chains + 108 leaves; the
  // panorama's FEEDS edges). Estimates, not caps: the whole dossier in one operation must fit.
  "ChainDossier.sources": 3,
  "ChainDossier.diagrams": 6,
  "ChainDossier.lists": 6,
  "DossierItem.columns": 12,
  "DossierItem.rows": 300,
  "DossierRow.cells": 12,
  "DossierItem.nodes": 150,
  "DossierItem.edges": 400,
  // Peer comparison: at most 8 peers (peers/service.ts MAX_PEERS), 3 stages, a chain's leaves.
  "PeerComparison.peers": 8,
  "PeerRegion.stages": 3,
  "PeerRegion.keySegments": 250,
  "PeerRegion.segments": 250,
  "PeerRegion.strongWhereZoneAbsent": 250,
  // Alerts: a user's watches (counted at 500), the names an alert carries (≤ 5).
  "Query.myWatches": 500,
  "Alert.names": 5,
  "Alert.namesZh": 5,
};

/** `first` (pages) or `limit` (graphs: Company.network) bounds how many items a field returns. */
const SIZE_ARGUMENTS = new Set(["first", "limit"]);

function firstArgument(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number | null {
  const arg = node.arguments?.find((a) => SIZE_ARGUMENTS.has(a.name.value));
  const def = field?.args.find((a) => SIZE_ARGUMENTS.has(a.name));
  if (!arg) return def ? (typeof def.defaultValue === "number" ? def.defaultValue : MAX_PAGE) : null;
  if (arg.value.kind === Kind.INT) return Math.max(0, Number(arg.value.value));
  return def?.name === "limit" ? MAX_GRAPH : MAX_PAGE;
}

export function estimateCost(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  visiting: Set<string>,
  /** The `first` of the field that returned this connection: the length of its edges/nodes. */
  connectionFirst: number | null = null,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      const field =
        isObjectType(parent) || isInterfaceType(parent)
          ? parent.getFields()[selection.name.value]
          : undefined;
      const type = field?.type as GraphQLOutputType | undefined;
      const isList = type !== undefined && isListType(getNullableType(type));
      const first = firstArgument(selection, field);
      const key = `${parent.name}.${selection.name.value}`;
      let multiplier = 1;
      if (isList) {
        const isPage = selection.name.value === "edges" || selection.name.value === "nodes";
        multiplier = (isPage ? connectionFirst : null) ?? first ?? LIST_LENGTHS[key] ?? DEFAULT_LIST_LENGTH;
      }
      const named = type ? getNamedType(type) : undefined;
      let below = 0;
      if (
        selection.selectionSet &&
        named &&
        (isObjectType(named) || isInterfaceType(named) || isUnionType(named))
      ) {
        // A field with `first` that is not itself a list returns a connection: its pages have that length.
        below = estimateCost(context, selection.selectionSet, named, visiting, isList ? null : first);
      }
      total += multiplier * (1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? context.getSchema().getType(typeName) : parent;
      if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) {
        total += estimateCost(context, selection.selectionSet, type, visiting, connectionFirst);
      }
    } else {
      const name = selection.name.value;
      if (visiting.has(name)) continue; // a fragment cycle is refused by graphql-js's own rules
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      const type = fragment ? context.getSchema().getType(fragment.typeCondition.name.value) : undefined;
      if (fragment && type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) {
        visiting.add(name);
        total += estimateCost(context, fragment.selectionSet, type, visiting, connectionFirst);
        visiting.delete(name);
      }
    }
  }
  return total;
}

/** Refuses an operation whose estimated result size passes `maxCost` (LIMIT_EXCEEDED, limit "cost"). */
export function costRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      const root =
        node.operation === "mutation"
          ? context.getSchema().getMutationType()
          : context.getSchema().getQueryType();
      if (!root) return;
      const cost = Math.round(estimateCost(context, node.selectionSet, root, new Set()));
      if (cost > maxCost) {
        // Thrown, not reported: validation stops here (no later rule walks a huge document) and yoga
        // answers HTTP 400 from extensions.http, as for GraphQL Armor's limits.
        throw new GraphQLError(
          `This operation would resolve about ${cost} fields, more than the limit of ${maxCost}; ask for fewer items or less depth`,
          {
            nodes: [node],
            extensions: { code: "LIMIT_EXCEEDED", limit: "cost", cost, maxCost, http: { status: 400 } },
          },
        );
      }
    },
  });
}
