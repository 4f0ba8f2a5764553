/**
 * 同类对标: the home zone beside peer cities in one chain — a chain picker, a peer picker (chips and
 * a city list), the figures as a table, the key-segment RCA as a chart and a table, and the
 * segments where a peer is strong while the zone is absent, linked to the gap report and targets.
 */
import { request } from "../api/client.ts";
import { PEER_COMPARISON, type PeerComparisonData, type PeerRow } from "../api/operations.ts";
import { formatNumber, formatPercent, lang, nameOf, sortByName, t, type MessageKey } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { strongWhereAbsentRows } from "../transforms/peers.ts";
import { chainTabs, dataTable } from "./common.ts";
import { clear, errorState, h, isAbort, loadingState } from "./dom.ts";
import { drawPeerChart } from "./peers-chart.ts";
import { peerWatchButton } from "./watch-buttons.ts";
import type { ViewFactory } from "./types.ts";

type PeersRoute = Extract<Route, { view: "peers" }>;
type Comparison = PeerComparisonData["peerComparison"];

const rca = (value: number) => formatNumber(lang(), value, 2);

function regionTable(comparison: Comparison): HTMLElement {
  const l = lang();
  const rows = [comparison.home, ...comparison.peers];
  const stageHead = (stage: string) => t(`stage${stage}` as MessageKey);
  const table = dataTable(
    t("peersTableCaption"),
    [
      t("peersRegion"),
      t("peersCompleteness"),
      t("peersCovered"),
      t("peersCompanies"),
      ...comparison.home.stages.map((s) => stageHead(s.stage)),
      t("peersStrongTitle"),
    ],
    rows.map((r: PeerRow) => [
      h(
        "span",
        { class: r.isHome ? "strong" : "" },
        nameOf(l, r.region),
        r.isHome ? ` (${t("peersZone")})` : "",
      ),
      formatPercent(l, r.completeness),
      `${formatNumber(l, r.coveredSegments)} / ${formatNumber(l, r.segmentCount)}`,
      formatNumber(l, r.companies),
      ...r.stages.map((s) => formatNumber(l, s.companies)),
      r.isHome ? "—" : formatNumber(l, r.strongWhereZoneAbsent.length),
    ]),
  );
  table.dataset.testid = "peer-table";
  return table;
}

function keyTable(comparison: Comparison): HTMLElement {
  const l = lang();
  const rows = [comparison.home, ...comparison.peers];
  const table = dataTable(
    t("peersKeyTitle"),
    [t("peersSegment"), ...rows.map((r) => nameOf(l, r.region))],
    comparison.home.keySegments.map((k, i) => [
      nameOf(l, k.segment),
      ...rows.map((r) => {
        const v = r.keySegments[i];
        if (!v) return "—";
        return h(
          "span",
          { class: v.aheadOfZone ? "strong" : "", title: v.aheadOfZone ? t("peersAhead") : "" },
          rca(v.rca),
        );
      }),
    ]),
  );
  table.dataset.testid = "peer-key-table";
  return table;
}

function strongTable(comparison: Comparison, chainId: string): HTMLElement {
  const l = lang();
  const rows = strongWhereAbsentRows(comparison);
  if (rows.length === 0) return h("p", { class: "muted" }, t("peersStrongNone"));
  const table = dataTable(
    t("peersStrongTitle"),
    [t("peersSegment"), t("peersStage"), t("peersStrongBy"), ""],
    rows.map((r) => [
      nameOf(l, r.segment),
      t(`stage${r.segment.stage}` as MessageKey),
      h(
        "span",
        {},
        r.peers.map((p, i) =>
          h(
            "span",
            { class: "peer-strong" },
            i > 0 ? "，" : "",
            `${nameOf(l, p.region)} ${rca(p.rca)} `,
            peerWatchButton(chainId, r.segment.id, p.region.code, nameOf(l, p.region)),
          ),
        ),
      ),
      h(
        "span",
        { class: "row-links" },
        h("a", { href: `#/gaps/${encodeURIComponent(chainId)}` }, t("peersToGaps")),
        " · ",
        h(
          "a",
          { href: `#/targets/${encodeURIComponent(chainId)}?segment=${encodeURIComponent(r.segment.id)}` },
          t("peersToTargets"),
        ),
      ),
    ]),
  );
  table.dataset.testid = "peer-strong-table";
  return table;
}

export const peersView: ViewFactory<PeersRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  const chain = ctx.chains.find((c) => c.id === chainId);
  const l = lang();
  const picker = h("div", { class: "peer-picker", role: "group", "aria-label": t("peersPicker") });
  const content = h("div", {}, loadingState());
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("peersTitle", { chain: chain ? nameOf(l, chain) : chainId })),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ ...route, chainId: id })),
    ),
    h("p", { class: "muted intro" }, t("peersIntro")),
    picker,
    content,
  );
  let destroyChart: (() => void) | undefined;

  const drawPicker = (data: PeerComparisonData) => {
    const current = data.peerComparison.peers.map((p) => p.region);
    const go = (peers: string[] | null) => ctx.navigate({ ...route, chainId, peers });
    const codes = current.map((r) => r.code);
    const add = h(
      "select",
      {
        name: "add-peer",
        "aria-label": t("peersAdd"),
        onchange: () => {
          if (add.value) go([...codes, add.value]);
        },
      },
      h("option", { value: "" }, t("peersAdd")),
      sortByName(
        l,
        data.cities.filter((c) => !codes.includes(c.code) && c.code !== data.peerComparison.home.region.code),
      ).map((c) => h("option", { value: c.code }, nameOf(l, c))),
    );
    add.disabled = codes.length >= 8;
    clear(
      picker,
      h("span", { class: "field-label" }, t("peersPicker")),
      current.map((r) =>
        h(
          "span",
          { class: "chip", "data-peer": r.code },
          nameOf(l, r),
          h(
            "button",
            {
              type: "button",
              class: "chip-remove",
              "aria-label": t("peersRemove", { name: nameOf(l, r) }),
              onclick: () => go(codes.filter((c) => c !== r.code)),
            },
            "×",
          ),
        ),
      ),
      add,
      route.peers === null
        ? null
        : h("button", { type: "button", class: "btn small", onclick: () => go(null) }, t("peersDefault")),
    );
  };

  const load = async () => {
    try {
      const data = await request(PEER_COMPARISON, { chainId, peers: route.peers }, ctx.signal);
      const comparison = data.peerComparison;
      drawPicker(data);
      const canvas = h("canvas", { "aria-label": t("peersChartCaption"), role: "img" });
      const hasKey = comparison.home.keySegments.length > 0;
      clear(
        content,
        regionTable(comparison),
        h("h2", {}, t("peersKeyTitle")),
        hasKey
          ? h("div", { class: "chart-box peer-chart" }, canvas)
          : h("p", { class: "muted" }, t("peersNoKey")),
        hasKey ? keyTable(comparison) : null,
        h("h2", {}, t("peersStrongTitle")),
        strongTable(comparison, chainId),
        h("p", { class: "muted small" }, t("peersSource")),
      );
      if (hasKey) destroyChart = drawPeerChart(canvas, comparison, l);
      root.dataset.peersLoaded = "true";
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return {
    unmount() {
      destroyChart?.();
    },
  };
};
