/** The teams capability's public face: the 4+6 teams as reference data. */
export { TEAMS, teamById, type Team } from "./teams.ts";
