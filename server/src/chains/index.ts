/**
 * The chains capability's public face: the chain's tree and FEEDS edges in the order the chain map
 * reads them, and the coverage rule, for capabilities that summarise a chain (the dossier).
 */
export { CHAIN_FEEDS, CHAIN_SEGMENTS, coverageStatus } from "./resolvers.ts";
