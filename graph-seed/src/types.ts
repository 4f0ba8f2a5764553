import type { CompanyInput } from "../../server/src/graph-writes/index.ts";
/**
 * The shapes of the seed data: what the YAML files in graph-seed/ hold once parsed and validated
 * (catalog.ts), and what the synthetic generator (synthetic.ts) produces. The loader writes these
 * to Neo4j; nothing else in the project reads the YAML directly.
 */

export type Stage = "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
/** Optional role of a segment besides its stage: equipment makers, materials, support services. */
export type SegmentRole = "CORE" | "EQUIPMENT" | "MATERIAL" | "SERVICE";
export type RegionLevel = "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT" | "PARK";
export type DataSource = "public" | "synthetic" | "imported";

export interface ChainDef {
  /** Stable id, e.g. "NE" (new energy), "IT", "EQ", "HL". */
  id: string;
  name: string;
  nameZh: string;
  /** Sub-chains (top-level segments of the tree), each with its leaf segments. */
  subchains: SubchainDef[];
  /** Free-text citations for the taxonomy (reference sections, source ids). */
  sources: string[];
}

export interface SubchainDef {
  /** Stable id, e.g. "NE-PV". */
  id: string;
  name: string;
  nameZh: string;
  segments: SegmentDef[];
}

export interface SegmentDef {
  /** Stable id, e.g. "PV06"; unique across all chains. */
  id: string;
  name: string;
  nameZh: string;
  stage: Stage;
  role?: SegmentRole;
  /** Chokepoint (卡脖子) technology. */
  keyTech: boolean;
  /** Outgoing FEEDS edges: this segment's output is an input to `to` (any chain). */
  feeds: FeedDef[];
}

export interface FeedDef {
  to: string;
  /** Strength of the input-output link in (0, 1]; 1 when the source gives none. */
  weight: number;
}

export interface RegionDef {
  /** Stable code: ISO 3166-1 alpha-2 for countries ("CN", "DE"), GB/T 2260 six-digit codes for
   * Chinese provinces, cities and districts ("320000", "320600", "320612"), and the park's own code. */
  code: string;
  name: string;
  nameZh: string;
  level: RegionLevel;
  /** Parent region's code; absent only for countries. */
  parent?: string;
  lat: number;
  lon: number;
}

export interface CompanySegmentDef {
  segment: string;
  primary: boolean;
}

/**
 * A company of the catalog or the synthetic universe: the write path's CompanyInput (its fields and
 * their meaning are documented there), with this file's segment and source types.
 */
export interface CompanyDef extends CompanyInput {
  segments: CompanySegmentDef[];
  source: DataSource;
}

export interface SupplyDef {
  from: string;
  to: string;
  source: DataSource;
}

export interface AllianceDef {
  id: string;
  name: string;
  nameZh: string;
  source: DataSource;
}

export interface MembershipDef {
  company: string;
  alliance: string;
  since: number;
  role: "LEAD" | "MEMBER";
}

/** Everything the loader writes. */
export interface SeedGraph {
  chains: ChainDef[];
  regions: RegionDef[];
  companies: CompanyDef[];
  supplies: SupplyDef[];
  alliances: AllianceDef[];
  memberships: MembershipDef[];
}
