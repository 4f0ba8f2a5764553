/** The auth capability's public face: what other capabilities use to scope their answers. */
export { allianceScope } from "./policy.ts";
export { ROLES, type Role, type Viewer } from "./roles.ts";
export { viewerOf } from "./viewer.ts";
