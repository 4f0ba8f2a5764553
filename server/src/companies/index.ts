/** The companies capability's public face: what other capabilities may use. */
export { companiesPage } from "./queries.ts";
