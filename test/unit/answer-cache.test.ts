import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import * as operations from "../../client/src/api/operations.ts";
import * as pipelineOperations from "../../client/src/api/pipeline-operations.ts";
import {
  CACHEABLE_TYPES,
  cacheDependencies,
  isCacheable,
  READS_LISTS,
  READS_PIPELINE,
} from "../../server/src/common/answer-cache.ts";
import { buildSchema } from "../../server/src/schema.ts";

const schema = buildSchema();
const cacheable = (text: string) => isCacheable(schema, parse(text));

/** The browser's operations by name, as printed documents. */
function operationsByName(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const doc of Object.values({ ...operations, ...pipelineOperations })) {
    const text = (doc as { toString?: () => string }).toString?.();
    const name = text && /(?:query|mutation) (\w+)/.exec(text)?.[1];
    if (name && text) byName.set(name, text);
  }
  return byName;
}

describe("which answers may be cached", () => {
  it("caches the graph's read views and never user, pipeline, audit or import views, nor mutations", () => {
    const byName = operationsByName();
    const decided = Object.fromEntries([...byName].map(([name, text]) => [name, cacheable(text)]));
    expect(decided).toMatchObject({
      Chains: true,
      ChainMap: true,
      Gaps: true,
      OpportunityMap: true,
      Targets: true,
      Search: true,
      Company: true,
      CompanyNetwork: true,
      Alliances: true,
      AllianceMembers: true,
      AlliancePartners: true,
      GapProgress: true,
      // Lists carry versions and notes per item, users, leads with stall flags (the clock), imports.
      TargetLists: false,
      TargetList: false,
      Users: false,
      Imports: false,
      PipelineBoard: false,
      LeadPage: false,
      Agenda: false,
      Leaderboard: false,
      SaveTargetList: false,
      UpdateTargetItem: false,
      CreateLead: false,
    });
  });

  it("decides by every field selected, fragments included, not by the operation's name", () => {
    expect(cacheable(`{ targets(segmentId: "A1") { edges { node { score } } } }`)).toBe(true);
    expect(cacheable(`query ChainMap { me { username } }`)).toBe(false);
    expect(cacheable(`{ chains { id } users { id } }`)).toBe(false);
    expect(cacheable(`query { chain(id: "NE") { ...S } } fragment S on Chain { id segments { id } }`)).toBe(
      true,
    );
    expect(cacheable(`query { lead(id: "x") { ...L } } fragment L on Lead { id }`)).toBe(false);
    expect(cacheable(`query A { chains { id } } query B { chains { id } }`)).toBe(false);
  });

  it("lists every field of the cacheable types: a new one must be checked before it is cached", () => {
    // A field added to one of these types is cached with the rest of the answer. If it reads
    // anything but the graph, saved lists' statuses, leads or the viewer's role, alliances, team or
    // company — users, the clock, alerts, audit — take its type out of CACHEABLE_TYPES (answer-cache.ts).
    // If it reads leads or saved lists' statuses, name it in READS_PIPELINE or READS_LISTS.
    const fields = Object.fromEntries(
      [...CACHEABLE_TYPES].sort().map((t) => [
        t,
        Object.keys((schema.getType(t) as { getFields(): object }).getFields())
          .sort()
          .join(" "),
      ]),
    );
    expect(fields).toEqual({
      Alliance: "id memberCount members name nameZh partners source",
      Chain: "feeds id name nameZh segments sources subchains",
      Company:
        "alliances customers employees founded growth id importedFrom isLocal lat listed lon name nameZh network parent rdIntensity region registeredCapital revenue segments source sourceNote stockCode subsidiaries suppliers",
      CompanyConnection: "edges pageInfo totalCount",
      CompanyEdge: "cursor node",
      CompanySegment: "primary segment",
      Coverage: "localCount regionCode status totalCount",
      Feed: "crossChain from to weight",
      Gap: "breakPoint centralityTopQuartile connectsTo density downstreamLocal explanation features leadProgress localCount priority relativePresence revenue score segment totalCount type upstreamLocal",
      GapConnection: "direction localCount segment",
      GapGroup: "count densityBand segmentIds tier type",
      GapPriority: "densityBand reasons tier",
      GapReport: "chain completeness extendCount gaps ownGapCount priorityGroups region segmentCount weights",
      GapRevenue: "localKnown localRevenue localShare localUnknown totalKnown totalRevenue totalUnknown",
      GapWeight: "name weight",
      GeoMap:
        "candidateCount chain gap homePlaceCode leadCount localCount offices points segment syntheticCount unplacedCount",
      GeoPoint:
        "abroad candidateCount code countryCode lat leadCount level localCount lon name nameZh office syntheticCount",
      Graph: "edges nodes totalCompanies truncated",
      GraphEdge: "id kind source target",
      GraphNode: "depth id isLocal kind name nameZh revenue segmentId source",
      ImportProvenance: "at fields file importId row user",
      LeadProgress: "byStage furthestStage leads",
      Office: "chainIds id kind name nameZh team territories",
      OpportunityPoint: "density localCount quadrant relativePresence segment",
      PageInfo: "endCursor hasNextPage",
      Partner: "company existingTie relation role via",
      Region: "children code isLocal lat level lon name nameZh parent",
      ScoreFeature: "contribution imputed name raw value weight",
      Segment:
        "chain children companies coverage downstream id isLeaf keyTech leadProgress name nameZh parent role stage upstream",
      StageCount: "count stage",
      Target: "company distanceKm features leadStatus localTies reasons score segment",
      TargetConnection: "edges pageInfo totalCount",
      TargetEdge: "cursor node",
      TargetFilterValues: "countries excludeInLists listed minRevenue provinces source",
      Team: "id kind name nameZh",
      TargetWeights: "alliance fit growth innovation listed proximity scale ties",
    });
  });

  it("names real fields as reading leads or lists, and finds them in what a query selects", () => {
    for (const coordinate of [...READS_PIPELINE, ...READS_LISTS]) {
      const [type, field] = coordinate.split(".") as [string, string];
      const fields = (schema.getType(type) as { getFields?(): object } | undefined)?.getFields?.() ?? {};
      expect(Object.keys(fields), coordinate).toContain(field);
    }
    const byName = operationsByName();
    const depends = (name: string) => cacheDependencies(schema, parse(byName.get(name)!));
    expect(depends("ChainMap")).toEqual({ pipeline: false, lists: false });
    expect(depends("Gaps")).toEqual({ pipeline: false, lists: false });
    expect(depends("Search")).toEqual({ pipeline: false, lists: false });
    expect(depends("Targets")).toEqual({ pipeline: false, lists: true });
    expect(depends("GapProgress")).toEqual({ pipeline: true, lists: false });
    expect(
      cacheDependencies(schema, parse(`{ gaps(chainId: "NE") { gaps { leadProgress { leads } } } }`)),
    ).toEqual({ pipeline: true, lists: false });
  });
});
