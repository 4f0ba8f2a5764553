/* eslint-disable */
import * as types from "./graphql.ts";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  query ChainDossier($chainId: ID!, $lang: Lang) {\n    chainDossier(chainId: $chainId, lang: $lang) {\n      regionCode\n      generatedOn\n      diagrams {\n        ...DossierItemFields\n        # Only the diagrams carry something to draw (the lists' are always empty).\n        nodes {\n          id\n          parent\n          label\n          kind\n          coverage\n          keyTech\n          synthetic\n        }\n        edges {\n          source\n          target\n        }\n      }\n      lists {\n        ...DossierItemFields\n      }\n    }\n  }\n": typeof types.ChainDossierDocument;
  "\n  fragment DossierItemFields on DossierItem {\n    key\n    titleZh\n    titleEn\n    method\n    status\n    reason\n    note\n    columns {\n      key\n      label\n      numeric\n    }\n    rows {\n      id\n      cells\n      source\n      synthetic\n      entryId\n      version\n    }\n  }\n": typeof types.DossierItemFieldsFragmentDoc;
  "\n  mutation AddDossierEntry($chainId: ID!, $kind: DossierEntryKind!, $input: DossierEntryInput!) {\n    addDossierEntry(chainId: $chainId, kind: $kind, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddDossierEntryDocument;
  "\n  mutation UpdateDossierEntry($id: ID!, $version: Int!, $input: DossierEntryInput!) {\n    updateDossierEntry(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateDossierEntryDocument;
  "\n  mutation DeleteDossierEntry($id: ID!, $version: Int!) {\n    deleteDossierEntry(id: $id, version: $version)\n  }\n": typeof types.DeleteDossierEntryDocument;
  "\n  fragment CompanyRef on Company {\n    id\n    name\n    nameZh\n    source\n    isLocal\n    listed\n    revenue\n    region {\n      code\n      name\n      nameZh\n    }\n  }\n": typeof types.CompanyRefFragmentDoc;
  "\n  fragment TargetListSummary on TargetList {\n    id\n    name\n    createdAt\n    itemCount\n    segment {\n      id\n      name\n      nameZh\n    }\n    chain {\n      id\n      name\n      nameZh\n    }\n  }\n": typeof types.TargetListSummaryFragmentDoc;
  "\n  fragment NetworkGraph on Graph {\n    nodes {\n      id\n      kind\n      name\n      nameZh\n      depth\n      isLocal\n      source\n      segmentId\n      revenue\n    }\n    edges {\n      id\n      source\n      target\n      kind\n    }\n    truncated\n    totalCompanies\n  }\n": typeof types.NetworkGraphFragmentDoc;
  "\n  query Chains {\n    chains {\n      id\n      name\n      nameZh\n    }\n    homeRegion {\n      code\n      name\n      nameZh\n    }\n  }\n": typeof types.ChainsDocument;
  "\n  query ChainMap($id: ID!) {\n    chain(id: $id) {\n      id\n      name\n      nameZh\n      subchains {\n        id\n        name\n        nameZh\n      }\n      segments {\n        id\n        name\n        nameZh\n        stage\n        role\n        keyTech\n        parent {\n          id\n        }\n        coverage {\n          localCount\n          totalCount\n          status\n        }\n      }\n      feeds {\n        from {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        to {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        weight\n        crossChain\n      }\n    }\n  }\n": typeof types.ChainMapDocument;
  "\n  query Gaps($chainId: ID!, $lang: Lang) {\n    gaps(chainId: $chainId) {\n      completeness\n      segmentCount\n      ownGapCount\n      extendCount\n      priorityGroups {\n        tier\n        type\n        densityBand\n        count\n        segmentIds\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n          }\n        }\n        type\n        score\n        localCount\n        totalCount\n        breakPoint\n        density\n        priority {\n          tier\n          reasons\n          densityBand\n        }\n        features {\n          name\n          value\n          weight\n          contribution\n        }\n        explanation(lang: $lang)\n      }\n    }\n  }\n": typeof types.GapsDocument;
  "\n  query OpportunityMap($chainId: ID!) {\n    opportunityMap(chainId: $chainId) {\n      segment {\n        id\n        name\n        nameZh\n      }\n      relativePresence\n      density\n      quadrant\n      localCount\n    }\n  }\n": typeof types.OpportunityMapDocument;
  "\n  query GeoMap($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {\n    geoMap(chainId: $chainId, segmentId: $segmentId, gapSegmentId: $gapSegmentId, sources: $sources) {\n      gap\n      homePlaceCode\n      segment {\n        id\n        name\n        nameZh\n      }\n      points {\n        code\n        name\n        nameZh\n        level\n        lat\n        lon\n        abroad\n        localCount\n        candidateCount\n        leadCount\n        syntheticCount\n        office {\n          id\n        }\n      }\n      offices {\n        id\n        name\n        nameZh\n        territories\n      }\n      localCount\n      candidateCount\n      leadCount\n      syntheticCount\n      unplacedCount\n    }\n  }\n": typeof types.GeoMapDocument;
  "\n  query GeoFilters($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        name\n        nameZh\n      }\n    }\n    gaps(chainId: $chainId) {\n      gaps {\n        type\n        segment {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.GeoFiltersDocument;
  "\n  query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {\n    companies(filter: { segmentId: $segmentId, regionCode: $region }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CompanyRef\n        }\n      }\n    }\n  }\n": typeof types.SegmentCompaniesDocument;
  "\n  query Search($text: String!) {\n    search(text: $text, first: 12) {\n      __typename\n      ... on Company {\n        id\n        name\n        nameZh\n        source\n        region {\n          code\n          name\n          nameZh\n        }\n      }\n      ... on Segment {\n        id\n        name\n        nameZh\n        stage\n        chain {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument;
  "\n  query Targets(\n    $segmentId: ID\n    $chainId: ID\n    $filter: TargetFilter\n    $first: Int\n    $after: String\n    $lang: Lang\n  ) {\n    targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          company {\n            ...CompanyRef\n          }\n          segment {\n            id\n            name\n            nameZh\n          }\n          score\n          features {\n            name\n            value\n            weight\n            contribution\n          }\n          reasons(lang: $lang)\n          localTies {\n            id\n            name\n            nameZh\n          }\n          leadStatus\n          distanceKm\n        }\n      }\n    }\n  }\n": typeof types.TargetsDocument;
  "\n  query TargetFilterOptions {\n    provinces: regions(level: PROVINCE) {\n      code\n      name\n      nameZh\n    }\n    countries: regions(level: COUNTRY) {\n      code\n      name\n      nameZh\n    }\n  }\n": typeof types.TargetFilterOptionsDocument;
  "\n  query TargetLists {\n    targetLists {\n      ...TargetListSummary\n    }\n  }\n": typeof types.TargetListsDocument;
  "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListSummary\n      items {\n        company {\n          id\n          name\n          nameZh\n          source\n          region {\n            code\n            name\n            nameZh\n          }\n        }\n        segment {\n          id\n          name\n          nameZh\n        }\n        rank\n        score\n        status\n        note\n        updatedAt\n        version\n      }\n    }\n  }\n": typeof types.TargetListDocument;
  "\n  mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {\n    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, filter: $filter, size: $size) {\n      id\n      name\n      itemCount\n    }\n  }\n": typeof types.SaveTargetListDocument;
  "\n  mutation UpdateTargetItem(\n    $listId: ID!\n    $companyId: ID!\n    $version: Int!\n    $status: TargetStatus\n    $note: String\n  ) {\n    updateTargetItem(\n      listId: $listId\n      companyId: $companyId\n      version: $version\n      status: $status\n      note: $note\n    ) {\n      status\n      note\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateTargetItemDocument;
  "\n  query Company($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      ...CompanyRef\n      stockCode\n      founded\n      employees\n      registeredCapital\n      rdIntensity\n      growth\n      sourceNote\n      segments {\n        primary\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n      alliances {\n        id\n        name\n        nameZh\n      }\n      parent {\n        id\n        name\n        nameZh\n      }\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n": typeof types.CompanyDocument;
  "\n  query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      id\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n": typeof types.CompanyNetworkDocument;
  "\n  mutation ImportFile(\n    $fileName: String!\n    $contentBase64: String!\n    $kind: ImportKind\n    $dryRun: Boolean\n    $skipBadRows: Boolean\n  ) {\n    importFile(\n      fileName: $fileName\n      contentBase64: $contentBase64\n      kind: $kind\n      dryRun: $dryRun\n      skipBadRows: $skipBadRows\n    ) {\n      applied\n      importId\n      report {\n        kind\n        format\n        rows\n        created\n        updated\n        unchanged\n        refused\n        problems {\n          row\n          column\n          value\n          reason\n          code\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportFileDocument;
  "\n  query Imports {\n    imports(first: 50) {\n      id\n      kind\n      file\n      user\n      status\n      startedAt\n      created\n      updated\n      unchanged\n      refused\n    }\n  }\n": typeof types.ImportsDocument;
  "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UndoImportDocument;
  "\n  query CompanyProvenance($id: ID!) {\n    company(id: $id) {\n      id\n      importedFrom {\n        importId\n        file\n        row\n        user\n        at\n        fields\n      }\n    }\n  }\n": typeof types.CompanyProvenanceDocument;
  "\n  query Users {\n    users {\n      id\n      username\n      role\n      active\n      lastLoginAt\n      team {\n        id\n      }\n      company {\n        id\n        name\n        nameZh\n      }\n    }\n    teams {\n      id\n      name\n      nameZh\n    }\n  }\n": typeof types.UsersDocument;
  "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument;
  "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n    }\n  }\n": typeof types.UpdateUserDocument;
  "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.ResetPasswordDocument;
  "\n  query Alliances {\n    alliances {\n      id\n      name\n      nameZh\n      source\n      memberCount\n    }\n  }\n": typeof types.AlliancesDocument;
  "\n  query AllianceMembers($id: ID!, $after: String) {\n    alliance(id: $id) {\n      id\n      name\n      nameZh\n      source\n      memberCount\n      members(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CompanyRef\n          }\n        }\n      }\n    }\n  }\n": typeof types.AllianceMembersDocument;
  "\n  query AlliancePartners($id: ID!, $companyId: ID!) {\n    alliance(id: $id) {\n      id\n      partners(companyId: $companyId) {\n        company {\n          ...CompanyRef\n        }\n        relation\n        via {\n          id\n          name\n          nameZh\n        }\n        existingTie\n        role\n      }\n    }\n  }\n": typeof types.AlliancePartnersDocument;
  "\n  fragment PeerRow on PeerRegion {\n    region {\n      code\n      name\n      nameZh\n    }\n    isHome\n    completeness\n    coveredSegments\n    segmentCount\n    companies\n    stages {\n      stage\n      companies\n    }\n    keySegments {\n      segment {\n        id\n        name\n        nameZh\n      }\n      companies\n      rca\n      zoneRca\n      aheadOfZone\n    }\n    strongWhereZoneAbsent {\n      segment {\n        id\n        name\n        nameZh\n        stage\n      }\n      companies\n      rca\n    }\n  }\n": typeof types.PeerRowFragmentDoc;
  "\n  query PeerComparison($chainId: ID!, $peers: [ID!]) {\n    peerComparison(chainId: $chainId, peers: $peers) {\n      presenceVersion\n      home {\n        ...PeerRow\n      }\n      peers {\n        ...PeerRow\n      }\n    }\n    cities: regions(level: CITY) {\n      code\n      name\n      nameZh\n    }\n  }\n": typeof types.PeerComparisonDocument;
  "\n  query Alerts {\n    unreadAlertCount\n    myAlerts(first: 20) {\n      id\n      kind\n      createdAt\n      read\n      count\n      names\n      namesZh\n      stage\n      days\n      milestoneTitle\n      due\n      peerRca\n      zoneRca\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n        name\n        nameZh\n      }\n      peer {\n        code\n        name\n        nameZh\n      }\n    }\n  }\n": typeof types.AlertsDocument;
  "\n  query UnreadAlerts {\n    unreadAlertCount\n  }\n": typeof types.UnreadAlertsDocument;
  "\n  mutation MarkAlertsRead {\n    markAlertsRead\n  }\n": typeof types.MarkAlertsReadDocument;
  "\n  query MyWatches {\n    myWatches {\n      id\n      kind\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n      }\n      peer {\n        code\n      }\n    }\n  }\n": typeof types.MyWatchesDocument;
  "\n  mutation WatchGap($chainId: ID!, $segmentId: ID!) {\n    watchGap(chainId: $chainId, segmentId: $segmentId) {\n      id\n    }\n  }\n": typeof types.WatchGapDocument;
  "\n  mutation WatchLead($leadId: ID!) {\n    watchLead(leadId: $leadId) {\n      id\n    }\n  }\n": typeof types.WatchLeadDocument;
  "\n  mutation WatchPeerSegment($chainId: ID!, $segmentId: ID!, $peerCode: ID!) {\n    watchPeerSegment(chainId: $chainId, segmentId: $segmentId, peerCode: $peerCode) {\n      id\n    }\n  }\n": typeof types.WatchPeerSegmentDocument;
  "\n  mutation Unwatch($watchId: ID!) {\n    unwatch(watchId: $watchId)\n  }\n": typeof types.UnwatchDocument;
  "\n  fragment LeadCard on Lead {\n    id\n    stage\n    amount\n    currency\n    amountRmb\n    keyProject\n    stalled\n    overdue\n    synthetic\n    restricted\n    lastChangeOn\n    nextStages\n    team {\n      id\n      name\n      nameZh\n    }\n    office {\n      id\n      name\n      nameZh\n    }\n    company {\n      id\n      name\n      nameZh\n      source\n    }\n    segment {\n      id\n      name\n      nameZh\n    }\n  }\n": typeof types.LeadCardFragmentDoc;
  "\n  query PipelineOptions {\n    teams {\n      id\n      name\n      nameZh\n    }\n    offices {\n      id\n      name\n      nameZh\n    }\n  }\n": typeof types.PipelineOptionsDocument;
  "\n  query PipelineBoard($filter: LeadFilter, $perStage: Int) {\n    pipelineBoard(filter: $filter, perStage: $perStage) {\n      stage\n      count\n      amountRmb\n      leads {\n        ...LeadCard\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument;
  "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      ...LeadCard\n      usdRate\n      fixedAssetsRmb\n      jobs\n      fundLinked\n      fundAmountRmb\n      industrial\n      owner\n      schedule {\n        stage\n        planned\n        actual\n        late\n      }\n      milestones {\n        id\n        title\n        owner\n        due\n        doneOn\n        overdue\n      }\n      history {\n        id\n        at\n        recordedAt\n        by\n        kind\n        from\n        to\n        amountRmb\n        note\n      }\n    }\n  }\n": typeof types.LeadPageDocument;
  "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLeadDocument;
  "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {\n    moveLead(id: $id, stage: $stage, date: $date, note: $note) {\n      id\n      stage\n    }\n  }\n": typeof types.MoveLeadDocument;
  "\n  query Leaderboard($period: Period!, $at: String!) {\n    leaderboard(period: $period, at: $at) {\n      team {\n        id\n        name\n        nameZh\n      }\n      rank\n      signedCount\n      signedAmountRmb\n      keyProjects\n      keyProjectsAmountRmb\n      registered\n      started\n      startedAmountRmb\n      producing\n      producingAmountRmb\n      conversion\n      avgDaysSignedToProducing\n    }\n    zoneStanding(period: $period, at: $at) {\n      from\n      to\n      keySigned\n      keySignedRmb\n      industrialStarted\n      industrialStartedRmb\n      targetKeySigned\n      targetKeySignedRmb\n      targetIndustrialStarted\n      targetIndustrialStartedRmb\n    }\n  }\n": typeof types.LeaderboardDocument;
  "\n  query Agenda($date: String!) {\n    coordinationAgenda(date: $date) {\n      date\n      overdueMilestones {\n        daysOverdue\n        milestone {\n          id\n          title\n          owner\n          due\n        }\n        lead {\n          ...LeadCard\n        }\n      }\n      stalledLeads {\n        ...LeadCard\n      }\n      awaitingDecision {\n        ...LeadCard\n      }\n    }\n  }\n": typeof types.AgendaDocument;
  "\n  query GapProgress($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        leadProgress {\n          leads\n          furthestStage\n          byStage {\n            stage\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.GapProgressDocument;
};
const documents: Documents = {
  "\n  query ChainDossier($chainId: ID!, $lang: Lang) {\n    chainDossier(chainId: $chainId, lang: $lang) {\n      regionCode\n      generatedOn\n      diagrams {\n        ...DossierItemFields\n        # Only the diagrams carry something to draw (the lists' are always empty).\n        nodes {\n          id\n          parent\n          label\n          kind\n          coverage\n          keyTech\n          synthetic\n        }\n        edges {\n          source\n          target\n        }\n      }\n      lists {\n        ...DossierItemFields\n      }\n    }\n  }\n":
    types.ChainDossierDocument,
  "\n  fragment DossierItemFields on DossierItem {\n    key\n    titleZh\n    titleEn\n    method\n    status\n    reason\n    note\n    columns {\n      key\n      label\n      numeric\n    }\n    rows {\n      id\n      cells\n      source\n      synthetic\n      entryId\n      version\n    }\n  }\n":
    types.DossierItemFieldsFragmentDoc,
  "\n  mutation AddDossierEntry($chainId: ID!, $kind: DossierEntryKind!, $input: DossierEntryInput!) {\n    addDossierEntry(chainId: $chainId, kind: $kind, input: $input) {\n      id\n      version\n    }\n  }\n":
    types.AddDossierEntryDocument,
  "\n  mutation UpdateDossierEntry($id: ID!, $version: Int!, $input: DossierEntryInput!) {\n    updateDossierEntry(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n":
    types.UpdateDossierEntryDocument,
  "\n  mutation DeleteDossierEntry($id: ID!, $version: Int!) {\n    deleteDossierEntry(id: $id, version: $version)\n  }\n":
    types.DeleteDossierEntryDocument,
  "\n  fragment CompanyRef on Company {\n    id\n    name\n    nameZh\n    source\n    isLocal\n    listed\n    revenue\n    region {\n      code\n      name\n      nameZh\n    }\n  }\n":
    types.CompanyRefFragmentDoc,
  "\n  fragment TargetListSummary on TargetList {\n    id\n    name\n    createdAt\n    itemCount\n    segment {\n      id\n      name\n      nameZh\n    }\n    chain {\n      id\n      name\n      nameZh\n    }\n  }\n":
    types.TargetListSummaryFragmentDoc,
  "\n  fragment NetworkGraph on Graph {\n    nodes {\n      id\n      kind\n      name\n      nameZh\n      depth\n      isLocal\n      source\n      segmentId\n      revenue\n    }\n    edges {\n      id\n      source\n      target\n      kind\n    }\n    truncated\n    totalCompanies\n  }\n":
    types.NetworkGraphFragmentDoc,
  "\n  query Chains {\n    chains {\n      id\n      name\n      nameZh\n    }\n    homeRegion {\n      code\n      name\n      nameZh\n    }\n  }\n":
    types.ChainsDocument,
  "\n  query ChainMap($id: ID!) {\n    chain(id: $id) {\n      id\n      name\n      nameZh\n      subchains {\n        id\n        name\n        nameZh\n      }\n      segments {\n        id\n        name\n        nameZh\n        stage\n        role\n        keyTech\n        parent {\n          id\n        }\n        coverage {\n          localCount\n          totalCount\n          status\n        }\n      }\n      feeds {\n        from {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        to {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        weight\n        crossChain\n      }\n    }\n  }\n":
    types.ChainMapDocument,
  "\n  query Gaps($chainId: ID!, $lang: Lang) {\n    gaps(chainId: $chainId) {\n      completeness\n      segmentCount\n      ownGapCount\n      extendCount\n      priorityGroups {\n        tier\n        type\n        densityBand\n        count\n        segmentIds\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n          }\n        }\n        type\n        score\n        localCount\n        totalCount\n        breakPoint\n        density\n        priority {\n          tier\n          reasons\n          densityBand\n        }\n        features {\n          name\n          value\n          weight\n          contribution\n        }\n        explanation(lang: $lang)\n      }\n    }\n  }\n":
    types.GapsDocument,
  "\n  query OpportunityMap($chainId: ID!) {\n    opportunityMap(chainId: $chainId) {\n      segment {\n        id\n        name\n        nameZh\n      }\n      relativePresence\n      density\n      quadrant\n      localCount\n    }\n  }\n":
    types.OpportunityMapDocument,
  "\n  query GeoMap($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {\n    geoMap(chainId: $chainId, segmentId: $segmentId, gapSegmentId: $gapSegmentId, sources: $sources) {\n      gap\n      homePlaceCode\n      segment {\n        id\n        name\n        nameZh\n      }\n      points {\n        code\n        name\n        nameZh\n        level\n        lat\n        lon\n        abroad\n        localCount\n        candidateCount\n        leadCount\n        syntheticCount\n        office {\n          id\n        }\n      }\n      offices {\n        id\n        name\n        nameZh\n        territories\n      }\n      localCount\n      candidateCount\n      leadCount\n      syntheticCount\n      unplacedCount\n    }\n  }\n":
    types.GeoMapDocument,
  "\n  query GeoFilters($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        name\n        nameZh\n      }\n    }\n    gaps(chainId: $chainId) {\n      gaps {\n        type\n        segment {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n":
    types.GeoFiltersDocument,
  "\n  query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {\n    companies(filter: { segmentId: $segmentId, regionCode: $region }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CompanyRef\n        }\n      }\n    }\n  }\n":
    types.SegmentCompaniesDocument,
  "\n  query Search($text: String!) {\n    search(text: $text, first: 12) {\n      __typename\n      ... on Company {\n        id\n        name\n        nameZh\n        source\n        region {\n          code\n          name\n          nameZh\n        }\n      }\n      ... on Segment {\n        id\n        name\n        nameZh\n        stage\n        chain {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n":
    types.SearchDocument,
  "\n  query Targets(\n    $segmentId: ID\n    $chainId: ID\n    $filter: TargetFilter\n    $first: Int\n    $after: String\n    $lang: Lang\n  ) {\n    targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          company {\n            ...CompanyRef\n          }\n          segment {\n            id\n            name\n            nameZh\n          }\n          score\n          features {\n            name\n            value\n            weight\n            contribution\n          }\n          reasons(lang: $lang)\n          localTies {\n            id\n            name\n            nameZh\n          }\n          leadStatus\n          distanceKm\n        }\n      }\n    }\n  }\n":
    types.TargetsDocument,
  "\n  query TargetFilterOptions {\n    provinces: regions(level: PROVINCE) {\n      code\n      name\n      nameZh\n    }\n    countries: regions(level: COUNTRY) {\n      code\n      name\n      nameZh\n    }\n  }\n":
    types.TargetFilterOptionsDocument,
  "\n  query TargetLists {\n    targetLists {\n      ...TargetListSummary\n    }\n  }\n":
    types.TargetListsDocument,
  "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListSummary\n      items {\n        company {\n          id\n          name\n          nameZh\n          source\n          region {\n            code\n            name\n            nameZh\n          }\n        }\n        segment {\n          id\n          name\n          nameZh\n        }\n        rank\n        score\n        status\n        note\n        updatedAt\n        version\n      }\n    }\n  }\n":
    types.TargetListDocument,
  "\n  mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {\n    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, filter: $filter, size: $size) {\n      id\n      name\n      itemCount\n    }\n  }\n":
    types.SaveTargetListDocument,
  "\n  mutation UpdateTargetItem(\n    $listId: ID!\n    $companyId: ID!\n    $version: Int!\n    $status: TargetStatus\n    $note: String\n  ) {\n    updateTargetItem(\n      listId: $listId\n      companyId: $companyId\n      version: $version\n      status: $status\n      note: $note\n    ) {\n      status\n      note\n      updatedAt\n      version\n    }\n  }\n":
    types.UpdateTargetItemDocument,
  "\n  query Company($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      ...CompanyRef\n      stockCode\n      founded\n      employees\n      registeredCapital\n      rdIntensity\n      growth\n      sourceNote\n      segments {\n        primary\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n      alliances {\n        id\n        name\n        nameZh\n      }\n      parent {\n        id\n        name\n        nameZh\n      }\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n":
    types.CompanyDocument,
  "\n  query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      id\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n":
    types.CompanyNetworkDocument,
  "\n  mutation ImportFile(\n    $fileName: String!\n    $contentBase64: String!\n    $kind: ImportKind\n    $dryRun: Boolean\n    $skipBadRows: Boolean\n  ) {\n    importFile(\n      fileName: $fileName\n      contentBase64: $contentBase64\n      kind: $kind\n      dryRun: $dryRun\n      skipBadRows: $skipBadRows\n    ) {\n      applied\n      importId\n      report {\n        kind\n        format\n        rows\n        created\n        updated\n        unchanged\n        refused\n        problems {\n          row\n          column\n          value\n          reason\n          code\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n":
    types.ImportFileDocument,
  "\n  query Imports {\n    imports(first: 50) {\n      id\n      kind\n      file\n      user\n      status\n      startedAt\n      created\n      updated\n      unchanged\n      refused\n    }\n  }\n":
    types.ImportsDocument,
  "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      id\n      status\n    }\n  }\n":
    types.UndoImportDocument,
  "\n  query CompanyProvenance($id: ID!) {\n    company(id: $id) {\n      id\n      importedFrom {\n        importId\n        file\n        row\n        user\n        at\n        fields\n      }\n    }\n  }\n":
    types.CompanyProvenanceDocument,
  "\n  query Users {\n    users {\n      id\n      username\n      role\n      active\n      lastLoginAt\n      team {\n        id\n      }\n      company {\n        id\n        name\n        nameZh\n      }\n    }\n    teams {\n      id\n      name\n      nameZh\n    }\n  }\n":
    types.UsersDocument,
  "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n":
    types.CreateUserDocument,
  "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n    }\n  }\n":
    types.UpdateUserDocument,
  "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n":
    types.ResetPasswordDocument,
  "\n  query Alliances {\n    alliances {\n      id\n      name\n      nameZh\n      source\n      memberCount\n    }\n  }\n":
    types.AlliancesDocument,
  "\n  query AllianceMembers($id: ID!, $after: String) {\n    alliance(id: $id) {\n      id\n      name\n      nameZh\n      source\n      memberCount\n      members(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CompanyRef\n          }\n        }\n      }\n    }\n  }\n":
    types.AllianceMembersDocument,
  "\n  query AlliancePartners($id: ID!, $companyId: ID!) {\n    alliance(id: $id) {\n      id\n      partners(companyId: $companyId) {\n        company {\n          ...CompanyRef\n        }\n        relation\n        via {\n          id\n          name\n          nameZh\n        }\n        existingTie\n        role\n      }\n    }\n  }\n":
    types.AlliancePartnersDocument,
  "\n  fragment PeerRow on PeerRegion {\n    region {\n      code\n      name\n      nameZh\n    }\n    isHome\n    completeness\n    coveredSegments\n    segmentCount\n    companies\n    stages {\n      stage\n      companies\n    }\n    keySegments {\n      segment {\n        id\n        name\n        nameZh\n      }\n      companies\n      rca\n      zoneRca\n      aheadOfZone\n    }\n    strongWhereZoneAbsent {\n      segment {\n        id\n        name\n        nameZh\n        stage\n      }\n      companies\n      rca\n    }\n  }\n":
    types.PeerRowFragmentDoc,
  "\n  query PeerComparison($chainId: ID!, $peers: [ID!]) {\n    peerComparison(chainId: $chainId, peers: $peers) {\n      presenceVersion\n      home {\n        ...PeerRow\n      }\n      peers {\n        ...PeerRow\n      }\n    }\n    cities: regions(level: CITY) {\n      code\n      name\n      nameZh\n    }\n  }\n":
    types.PeerComparisonDocument,
  "\n  query Alerts {\n    unreadAlertCount\n    myAlerts(first: 20) {\n      id\n      kind\n      createdAt\n      read\n      count\n      names\n      namesZh\n      stage\n      days\n      milestoneTitle\n      due\n      peerRca\n      zoneRca\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n        name\n        nameZh\n      }\n      peer {\n        code\n        name\n        nameZh\n      }\n    }\n  }\n":
    types.AlertsDocument,
  "\n  query UnreadAlerts {\n    unreadAlertCount\n  }\n": types.UnreadAlertsDocument,
  "\n  mutation MarkAlertsRead {\n    markAlertsRead\n  }\n": types.MarkAlertsReadDocument,
  "\n  query MyWatches {\n    myWatches {\n      id\n      kind\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n      }\n      peer {\n        code\n      }\n    }\n  }\n":
    types.MyWatchesDocument,
  "\n  mutation WatchGap($chainId: ID!, $segmentId: ID!) {\n    watchGap(chainId: $chainId, segmentId: $segmentId) {\n      id\n    }\n  }\n":
    types.WatchGapDocument,
  "\n  mutation WatchLead($leadId: ID!) {\n    watchLead(leadId: $leadId) {\n      id\n    }\n  }\n":
    types.WatchLeadDocument,
  "\n  mutation WatchPeerSegment($chainId: ID!, $segmentId: ID!, $peerCode: ID!) {\n    watchPeerSegment(chainId: $chainId, segmentId: $segmentId, peerCode: $peerCode) {\n      id\n    }\n  }\n":
    types.WatchPeerSegmentDocument,
  "\n  mutation Unwatch($watchId: ID!) {\n    unwatch(watchId: $watchId)\n  }\n": types.UnwatchDocument,
  "\n  fragment LeadCard on Lead {\n    id\n    stage\n    amount\n    currency\n    amountRmb\n    keyProject\n    stalled\n    overdue\n    synthetic\n    restricted\n    lastChangeOn\n    nextStages\n    team {\n      id\n      name\n      nameZh\n    }\n    office {\n      id\n      name\n      nameZh\n    }\n    company {\n      id\n      name\n      nameZh\n      source\n    }\n    segment {\n      id\n      name\n      nameZh\n    }\n  }\n":
    types.LeadCardFragmentDoc,
  "\n  query PipelineOptions {\n    teams {\n      id\n      name\n      nameZh\n    }\n    offices {\n      id\n      name\n      nameZh\n    }\n  }\n":
    types.PipelineOptionsDocument,
  "\n  query PipelineBoard($filter: LeadFilter, $perStage: Int) {\n    pipelineBoard(filter: $filter, perStage: $perStage) {\n      stage\n      count\n      amountRmb\n      leads {\n        ...LeadCard\n      }\n    }\n  }\n":
    types.PipelineBoardDocument,
  "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      ...LeadCard\n      usdRate\n      fixedAssetsRmb\n      jobs\n      fundLinked\n      fundAmountRmb\n      industrial\n      owner\n      schedule {\n        stage\n        planned\n        actual\n        late\n      }\n      milestones {\n        id\n        title\n        owner\n        due\n        doneOn\n        overdue\n      }\n      history {\n        id\n        at\n        recordedAt\n        by\n        kind\n        from\n        to\n        amountRmb\n        note\n      }\n    }\n  }\n":
    types.LeadPageDocument,
  "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n":
    types.CreateLeadDocument,
  "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {\n    moveLead(id: $id, stage: $stage, date: $date, note: $note) {\n      id\n      stage\n    }\n  }\n":
    types.MoveLeadDocument,
  "\n  query Leaderboard($period: Period!, $at: String!) {\n    leaderboard(period: $period, at: $at) {\n      team {\n        id\n        name\n        nameZh\n      }\n      rank\n      signedCount\n      signedAmountRmb\n      keyProjects\n      keyProjectsAmountRmb\n      registered\n      started\n      startedAmountRmb\n      producing\n      producingAmountRmb\n      conversion\n      avgDaysSignedToProducing\n    }\n    zoneStanding(period: $period, at: $at) {\n      from\n      to\n      keySigned\n      keySignedRmb\n      industrialStarted\n      industrialStartedRmb\n      targetKeySigned\n      targetKeySignedRmb\n      targetIndustrialStarted\n      targetIndustrialStartedRmb\n    }\n  }\n":
    types.LeaderboardDocument,
  "\n  query Agenda($date: String!) {\n    coordinationAgenda(date: $date) {\n      date\n      overdueMilestones {\n        daysOverdue\n        milestone {\n          id\n          title\n          owner\n          due\n        }\n        lead {\n          ...LeadCard\n        }\n      }\n      stalledLeads {\n        ...LeadCard\n      }\n      awaitingDecision {\n        ...LeadCard\n      }\n    }\n  }\n":
    types.AgendaDocument,
  "\n  query GapProgress($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        leadProgress {\n          leads\n          furthestStage\n          byStage {\n            stage\n            count\n          }\n        }\n      }\n    }\n  }\n":
    types.GapProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChainDossier($chainId: ID!, $lang: Lang) {\n    chainDossier(chainId: $chainId, lang: $lang) {\n      regionCode\n      generatedOn\n      diagrams {\n        ...DossierItemFields\n        # Only the diagrams carry something to draw (the lists' are always empty).\n        nodes {\n          id\n          parent\n          label\n          kind\n          coverage\n          keyTech\n          synthetic\n        }\n        edges {\n          source\n          target\n        }\n      }\n      lists {\n        ...DossierItemFields\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").ChainDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment DossierItemFields on DossierItem {\n    key\n    titleZh\n    titleEn\n    method\n    status\n    reason\n    note\n    columns {\n      key\n      label\n      numeric\n    }\n    rows {\n      id\n      cells\n      source\n      synthetic\n      entryId\n      version\n    }\n  }\n",
): typeof import("./graphql.ts").DossierItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AddDossierEntry($chainId: ID!, $kind: DossierEntryKind!, $input: DossierEntryInput!) {\n    addDossierEntry(chainId: $chainId, kind: $kind, input: $input) {\n      id\n      version\n    }\n  }\n",
): typeof import("./graphql.ts").AddDossierEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateDossierEntry($id: ID!, $version: Int!, $input: DossierEntryInput!) {\n    updateDossierEntry(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n",
): typeof import("./graphql.ts").UpdateDossierEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteDossierEntry($id: ID!, $version: Int!) {\n    deleteDossierEntry(id: $id, version: $version)\n  }\n",
): typeof import("./graphql.ts").DeleteDossierEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment CompanyRef on Company {\n    id\n    name\n    nameZh\n    source\n    isLocal\n    listed\n    revenue\n    region {\n      code\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").CompanyRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment TargetListSummary on TargetList {\n    id\n    name\n    createdAt\n    itemCount\n    segment {\n      id\n      name\n      nameZh\n    }\n    chain {\n      id\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").TargetListSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment NetworkGraph on Graph {\n    nodes {\n      id\n      kind\n      name\n      nameZh\n      depth\n      isLocal\n      source\n      segmentId\n      revenue\n    }\n    edges {\n      id\n      source\n      target\n      kind\n    }\n    truncated\n    totalCompanies\n  }\n",
): typeof import("./graphql.ts").NetworkGraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameZh\n    }\n    homeRegion {\n      code\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChainMap($id: ID!) {\n    chain(id: $id) {\n      id\n      name\n      nameZh\n      subchains {\n        id\n        name\n        nameZh\n      }\n      segments {\n        id\n        name\n        nameZh\n        stage\n        role\n        keyTech\n        parent {\n          id\n        }\n        coverage {\n          localCount\n          totalCount\n          status\n        }\n      }\n      feeds {\n        from {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        to {\n          id\n          name\n          nameZh\n          chain {\n            id\n          }\n        }\n        weight\n        crossChain\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").ChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Gaps($chainId: ID!, $lang: Lang) {\n    gaps(chainId: $chainId) {\n      completeness\n      segmentCount\n      ownGapCount\n      extendCount\n      priorityGroups {\n        tier\n        type\n        densityBand\n        count\n        segmentIds\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n          }\n        }\n        type\n        score\n        localCount\n        totalCount\n        breakPoint\n        density\n        priority {\n          tier\n          reasons\n          densityBand\n        }\n        features {\n          name\n          value\n          weight\n          contribution\n        }\n        explanation(lang: $lang)\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").GapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OpportunityMap($chainId: ID!) {\n    opportunityMap(chainId: $chainId) {\n      segment {\n        id\n        name\n        nameZh\n      }\n      relativePresence\n      density\n      quadrant\n      localCount\n    }\n  }\n",
): typeof import("./graphql.ts").OpportunityMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query GeoMap($chainId: ID!, $segmentId: ID, $gapSegmentId: ID, $sources: [DataSource!]) {\n    geoMap(chainId: $chainId, segmentId: $segmentId, gapSegmentId: $gapSegmentId, sources: $sources) {\n      gap\n      homePlaceCode\n      segment {\n        id\n        name\n        nameZh\n      }\n      points {\n        code\n        name\n        nameZh\n        level\n        lat\n        lon\n        abroad\n        localCount\n        candidateCount\n        leadCount\n        syntheticCount\n        office {\n          id\n        }\n      }\n      offices {\n        id\n        name\n        nameZh\n        territories\n      }\n      localCount\n      candidateCount\n      leadCount\n      syntheticCount\n      unplacedCount\n    }\n  }\n",
): typeof import("./graphql.ts").GeoMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query GeoFilters($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        name\n        nameZh\n      }\n    }\n    gaps(chainId: $chainId) {\n      gaps {\n        type\n        segment {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").GeoFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SegmentCompanies($segmentId: ID!, $region: String!, $first: Int) {\n    companies(filter: { segmentId: $segmentId, regionCode: $region }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CompanyRef\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").SegmentCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Search($text: String!) {\n    search(text: $text, first: 12) {\n      __typename\n      ... on Company {\n        id\n        name\n        nameZh\n        source\n        region {\n          code\n          name\n          nameZh\n        }\n      }\n      ... on Segment {\n        id\n        name\n        nameZh\n        stage\n        chain {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Targets(\n    $segmentId: ID\n    $chainId: ID\n    $filter: TargetFilter\n    $first: Int\n    $after: String\n    $lang: Lang\n  ) {\n    targets(segmentId: $segmentId, chainId: $chainId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          company {\n            ...CompanyRef\n          }\n          segment {\n            id\n            name\n            nameZh\n          }\n          score\n          features {\n            name\n            value\n            weight\n            contribution\n          }\n          reasons(lang: $lang)\n          localTies {\n            id\n            name\n            nameZh\n          }\n          leadStatus\n          distanceKm\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").TargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query TargetFilterOptions {\n    provinces: regions(level: PROVINCE) {\n      code\n      name\n      nameZh\n    }\n    countries: regions(level: COUNTRY) {\n      code\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").TargetFilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query TargetLists {\n    targetLists {\n      ...TargetListSummary\n    }\n  }\n",
): typeof import("./graphql.ts").TargetListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListSummary\n      items {\n        company {\n          id\n          name\n          nameZh\n          source\n          region {\n            code\n            name\n            nameZh\n          }\n        }\n        segment {\n          id\n          name\n          nameZh\n        }\n        rank\n        score\n        status\n        note\n        updatedAt\n        version\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").TargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SaveTargetList($name: String!, $segmentId: ID, $chainId: ID, $filter: TargetFilter, $size: Int) {\n    saveTargetList(name: $name, segmentId: $segmentId, chainId: $chainId, filter: $filter, size: $size) {\n      id\n      name\n      itemCount\n    }\n  }\n",
): typeof import("./graphql.ts").SaveTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateTargetItem(\n    $listId: ID!\n    $companyId: ID!\n    $version: Int!\n    $status: TargetStatus\n    $note: String\n  ) {\n    updateTargetItem(\n      listId: $listId\n      companyId: $companyId\n      version: $version\n      status: $status\n      note: $note\n    ) {\n      status\n      note\n      updatedAt\n      version\n    }\n  }\n",
): typeof import("./graphql.ts").UpdateTargetItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Company($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      ...CompanyRef\n      stockCode\n      founded\n      employees\n      registeredCapital\n      rdIntensity\n      growth\n      sourceNote\n      segments {\n        primary\n        segment {\n          id\n          name\n          nameZh\n          stage\n          keyTech\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n      alliances {\n        id\n        name\n        nameZh\n      }\n      parent {\n        id\n        name\n        nameZh\n      }\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").CompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CompanyNetwork($id: ID!, $depth: Int, $limit: Int) {\n    company(id: $id) {\n      id\n      network(depth: $depth, limit: $limit) {\n        ...NetworkGraph\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").CompanyNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ImportFile(\n    $fileName: String!\n    $contentBase64: String!\n    $kind: ImportKind\n    $dryRun: Boolean\n    $skipBadRows: Boolean\n  ) {\n    importFile(\n      fileName: $fileName\n      contentBase64: $contentBase64\n      kind: $kind\n      dryRun: $dryRun\n      skipBadRows: $skipBadRows\n    ) {\n      applied\n      importId\n      report {\n        kind\n        format\n        rows\n        created\n        updated\n        unchanged\n        refused\n        problems {\n          row\n          column\n          value\n          reason\n          code\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").ImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Imports {\n    imports(first: 50) {\n      id\n      kind\n      file\n      user\n      status\n      startedAt\n      created\n      updated\n      unchanged\n      refused\n    }\n  }\n",
): typeof import("./graphql.ts").ImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      id\n      status\n    }\n  }\n",
): typeof import("./graphql.ts").UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CompanyProvenance($id: ID!) {\n    company(id: $id) {\n      id\n      importedFrom {\n        importId\n        file\n        row\n        user\n        at\n        fields\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").CompanyProvenanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Users {\n    users {\n      id\n      username\n      role\n      active\n      lastLoginAt\n      team {\n        id\n      }\n      company {\n        id\n        name\n        nameZh\n      }\n    }\n    teams {\n      id\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n    }\n  }\n",
): typeof import("./graphql.ts").UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Alliances {\n    alliances {\n      id\n      name\n      nameZh\n      source\n      memberCount\n    }\n  }\n",
): typeof import("./graphql.ts").AlliancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AllianceMembers($id: ID!, $after: String) {\n    alliance(id: $id) {\n      id\n      name\n      nameZh\n      source\n      memberCount\n      members(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CompanyRef\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").AllianceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AlliancePartners($id: ID!, $companyId: ID!) {\n    alliance(id: $id) {\n      id\n      partners(companyId: $companyId) {\n        company {\n          ...CompanyRef\n        }\n        relation\n        via {\n          id\n          name\n          nameZh\n        }\n        existingTie\n        role\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").AlliancePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment PeerRow on PeerRegion {\n    region {\n      code\n      name\n      nameZh\n    }\n    isHome\n    completeness\n    coveredSegments\n    segmentCount\n    companies\n    stages {\n      stage\n      companies\n    }\n    keySegments {\n      segment {\n        id\n        name\n        nameZh\n      }\n      companies\n      rca\n      zoneRca\n      aheadOfZone\n    }\n    strongWhereZoneAbsent {\n      segment {\n        id\n        name\n        nameZh\n        stage\n      }\n      companies\n      rca\n    }\n  }\n",
): typeof import("./graphql.ts").PeerRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PeerComparison($chainId: ID!, $peers: [ID!]) {\n    peerComparison(chainId: $chainId, peers: $peers) {\n      presenceVersion\n      home {\n        ...PeerRow\n      }\n      peers {\n        ...PeerRow\n      }\n    }\n    cities: regions(level: CITY) {\n      code\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").PeerComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Alerts {\n    unreadAlertCount\n    myAlerts(first: 20) {\n      id\n      kind\n      createdAt\n      read\n      count\n      names\n      namesZh\n      stage\n      days\n      milestoneTitle\n      due\n      peerRca\n      zoneRca\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n        name\n        nameZh\n      }\n      peer {\n        code\n        name\n        nameZh\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").AlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query UnreadAlerts {\n    unreadAlertCount\n  }\n",
): typeof import("./graphql.ts").UnreadAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MarkAlertsRead {\n    markAlertsRead\n  }\n",
): typeof import("./graphql.ts").MarkAlertsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyWatches {\n    myWatches {\n      id\n      kind\n      leadId\n      chain {\n        id\n      }\n      segment {\n        id\n      }\n      peer {\n        code\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").MyWatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WatchGap($chainId: ID!, $segmentId: ID!) {\n    watchGap(chainId: $chainId, segmentId: $segmentId) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").WatchGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WatchLead($leadId: ID!) {\n    watchLead(leadId: $leadId) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").WatchLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WatchPeerSegment($chainId: ID!, $segmentId: ID!, $peerCode: ID!) {\n    watchPeerSegment(chainId: $chainId, segmentId: $segmentId, peerCode: $peerCode) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").WatchPeerSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Unwatch($watchId: ID!) {\n    unwatch(watchId: $watchId)\n  }\n",
): typeof import("./graphql.ts").UnwatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment LeadCard on Lead {\n    id\n    stage\n    amount\n    currency\n    amountRmb\n    keyProject\n    stalled\n    overdue\n    synthetic\n    restricted\n    lastChangeOn\n    nextStages\n    team {\n      id\n      name\n      nameZh\n    }\n    office {\n      id\n      name\n      nameZh\n    }\n    company {\n      id\n      name\n      nameZh\n      source\n    }\n    segment {\n      id\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").LeadCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PipelineOptions {\n    teams {\n      id\n      name\n      nameZh\n    }\n    offices {\n      id\n      name\n      nameZh\n    }\n  }\n",
): typeof import("./graphql.ts").PipelineOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PipelineBoard($filter: LeadFilter, $perStage: Int) {\n    pipelineBoard(filter: $filter, perStage: $perStage) {\n      stage\n      count\n      amountRmb\n      leads {\n        ...LeadCard\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").PipelineBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      ...LeadCard\n      usdRate\n      fixedAssetsRmb\n      jobs\n      fundLinked\n      fundAmountRmb\n      industrial\n      owner\n      schedule {\n        stage\n        planned\n        actual\n        late\n      }\n      milestones {\n        id\n        title\n        owner\n        due\n        doneOn\n        overdue\n      }\n      history {\n        id\n        at\n        recordedAt\n        by\n        kind\n        from\n        to\n        amountRmb\n        note\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").LeadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n",
): typeof import("./graphql.ts").CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $date: String!, $note: String) {\n    moveLead(id: $id, stage: $stage, date: $date, note: $note) {\n      id\n      stage\n    }\n  }\n",
): typeof import("./graphql.ts").MoveLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Leaderboard($period: Period!, $at: String!) {\n    leaderboard(period: $period, at: $at) {\n      team {\n        id\n        name\n        nameZh\n      }\n      rank\n      signedCount\n      signedAmountRmb\n      keyProjects\n      keyProjectsAmountRmb\n      registered\n      started\n      startedAmountRmb\n      producing\n      producingAmountRmb\n      conversion\n      avgDaysSignedToProducing\n    }\n    zoneStanding(period: $period, at: $at) {\n      from\n      to\n      keySigned\n      keySignedRmb\n      industrialStarted\n      industrialStartedRmb\n      targetKeySigned\n      targetKeySignedRmb\n      targetIndustrialStarted\n      targetIndustrialStartedRmb\n    }\n  }\n",
): typeof import("./graphql.ts").LeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Agenda($date: String!) {\n    coordinationAgenda(date: $date) {\n      date\n      overdueMilestones {\n        daysOverdue\n        milestone {\n          id\n          title\n          owner\n          due\n        }\n        lead {\n          ...LeadCard\n        }\n      }\n      stalledLeads {\n        ...LeadCard\n      }\n      awaitingDecision {\n        ...LeadCard\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").AgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query GapProgress($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      segments {\n        id\n        leadProgress {\n          leads\n          furthestStage\n          byStage {\n            stage\n            count\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql.ts").GapProgressDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
