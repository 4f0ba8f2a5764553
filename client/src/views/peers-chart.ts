/**
 * The peer comparison's chart: RCA in each key-technology segment, one bar per region (the zone
 * first, in the accent colour), with a line at RCA 1 given by the axis grid. Chart.js, tree-shaken.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { keyRcaSeries } from "../transforms/peers.ts";
import type { PeerComparisonData } from "../api/operations.ts";
import { nameOf, type Lang } from "../i18n/index.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PEER_COLOURS = ["#8a9bb0", "#c58b2c", "#5f9e6e", "#9b6bb5", "#b5655f", "#4f8fa8", "#a89a4f", "#6b6b6b"];

/** Draws the chart into the canvas; returns its destroyer. */
export function drawPeerChart(
  canvas: HTMLCanvasElement,
  comparison: PeerComparisonData["peerComparison"],
  lang: Lang,
): () => void {
  const { segments, series } = keyRcaSeries(comparison);
  let peer = 0;
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: segments.map((s) => nameOf(lang, s)),
      datasets: series.map((s) => ({
        label: nameOf(lang, s.region),
        data: s.values,
        backgroundColor: s.isHome ? "#2f6fb0" : (PEER_COLOURS[peer++ % PEER_COLOURS.length] ?? "#888"),
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: true, position: "top" } },
      scales: {
        x: { ticks: { font: { size: 12 }, autoSkip: false, maxRotation: 40 } },
        y: { beginAtZero: true, title: { display: true, text: "RCA" } },
      },
    },
  });
  return () => chart.destroy();
}
