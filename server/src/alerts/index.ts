/** The alerts capability's public face: the evaluation and its timer (composition root), the month's alerts (bulletin). */
export { evaluateWatches, startAlertTimer, ALERT_INTERVAL_MS, type EvaluationReport } from "./evaluate.ts";
export { alertsOfPeriod, alertText, alertKindLabel, type BulletinAlert } from "./bulletin.ts";
