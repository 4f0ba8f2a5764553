/**
 * What the Cypher of each capability returns: the parent objects resolvers receive (codegen
 * mappers). Kept as plain data so that DataLoaders can cache and share them within a request.
 */

export type DataSourceValue = "public" | "synthetic" | "imported";

export interface ChainRecord {
  id: string;
  name: string;
  nameZh: string;
  sources: string[];
}

export interface SegmentRecord {
  id: string;
  name: string;
  nameZh: string;
  stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
  role: string | null;
  keyTech: boolean;
  leaf: boolean;
  chainId: string;
  parentId: string | null;
  ordinal: number;
}

export interface RegionRecord {
  code: string;
  name: string;
  nameZh: string;
  level: "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT" | "PARK";
  parentCode: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CompanyRecord {
  id: string;
  name: string;
  nameZh: string;
  source: DataSourceValue;
  regionCode: string;
  isLocal: boolean;
  listed: boolean;
  stockCode: string | null;
  founded: number | null;
  employees: number | null;
  revenue: number | null;
  registeredCapital: number | null;
  rdIntensity: number | null;
  growth: number | null;
  lat: number | null;
  lon: number | null;
  sourceNote: string | null;
  parentId: string | null;
}

export interface CompanySegmentRecord {
  segmentId: string;
  primary: boolean;
}

export interface FeedRecord {
  fromId: string;
  toId: string;
  weight: number | null;
  crossChain: boolean;
}

export interface AllianceRecord {
  id: string;
  name: string;
  nameZh: string;
  source: DataSourceValue;
}

export interface PartnerRecord {
  companyId: string;
  relation: "SUPPLIER" | "CUSTOMER" | "PEER";
  viaSegmentIds: string[];
  existingTie: boolean;
  role: string | null;
}

/**
 * A feature's part in a weighted score (ScoreFeature). `imputed` is optional so that scores without
 * unknown inputs (gap features) need not set it; the API reports a missing one as false.
 */
export interface ScoreFeatureRecord {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  imputed?: boolean;
}
