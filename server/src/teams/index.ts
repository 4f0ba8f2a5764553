/** The teams capability's public face: the 4+6 teams and their offices as reference data. */
export { OFFICES, TEAMS, officeById, suggestOffice, teamById, type Office, type Team } from "./teams.ts";
