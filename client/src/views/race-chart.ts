/**
 * The horse race's chart: signed amount and key projects per team, with Chart.js (tree-shaken: only
 * the bar controller and what it needs are registered). Amounts in 亿元 (zh) or million RMB (en).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import type { LeaderboardData } from "../api/operations.ts";
import { nameOf, t, type Lang } from "../i18n/index.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Draws the chart into the canvas; returns its destroyer. */
export function drawRaceChart(
  canvas: HTMLCanvasElement,
  rows: LeaderboardData["leaderboard"],
  lang: Lang,
): () => void {
  const unit = lang === "zh" ? 1e8 : 1e6;
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map((r) => nameOf(lang, r.team)),
      datasets: [
        {
          label: t("plChartSigned"),
          data: rows.map((r) => Math.round((r.signedAmountRmb / unit) * 100) / 100),
          backgroundColor: "#2f6fb0",
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: true } },
      scales: { y: { beginAtZero: true } },
    },
  });
  return () => chart.destroy();
}
