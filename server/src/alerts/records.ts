/** What the alerts capability's GraphQL types resolve from (codegen mappers). */
export type { AlertRow as AlertRecord, WatchRow as WatchRecord } from "./queries.ts";
