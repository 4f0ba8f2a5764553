/**
 * The chain map's side panel for one segment: facts, the gap's explanation and score breakdown,
 * actions, and the zone's local companies in it (fetched on demand).
 */
import { gapProgressEl } from "./gap-progress.ts";
import { fetchSegmentCompanies } from "../api/chain-map.ts";
import type { ChainLeaf, Gap, RegionRef } from "../api/operations.ts";
import { formatNumber, formatScore, lang, nameOf, t, translateOptional } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { GAP_COLOURS } from "../transforms/styles.ts";
import { featureBars } from "../transforms/tables.ts";
import { featureBarsEl } from "./common.ts";
import {
  clear,
  emptyState,
  errorState,
  h,
  isAbort,
  loadingState,
  sourceBadge,
  syntheticBanner,
} from "./dom.ts";

export interface SegmentPanelInput {
  chainId: string;
  segmentId: string;
  leaf: ChainLeaf | undefined;
  gap: Gap | undefined;
  /** The chain's top gap score, the bars' full width. */
  maxScore: number;
  homeRegion: RegionRef;
  navigate(route: Route): void;
  onClose(): void;
  signal: AbortSignal;
}

/** Fills the panel for a segment; false when neither the chain nor its gaps name it. */
export function renderSegmentPanel(panel: HTMLElement, p: SegmentPanelInput): boolean {
  const { leaf, gap, chainId, segmentId } = p;
  const named = leaf ?? gap?.segment;
  if (!named) return false;
  const l = lang();
  const companies = h("div", { class: "panel-companies" }, loadingState());
  clear(
    panel,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, nameOf(l, named)),
      h(
        "button",
        { type: "button", class: "btn icon", "aria-label": t("closePanel"), onclick: () => p.onClose() },
        "×",
      ),
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("stage")),
      h("dd", {}, t(`stage${named.stage}`)),
      named.keyTech ? [h("dt", {}, "★"), h("dd", {}, t("keyTech"))] : null,
      h("dt", {}, t("coverage")),
      h(
        "dd",
        {},
        leaf
          ? h("span", { class: `cov-chip cov-${leaf.coverage.status}` }, t(`coverage${leaf.coverage.status}`))
          : null,
        " ",
        `${t("localCompanies")} ${formatNumber(l, leaf?.coverage.localCount ?? gap?.localCount ?? 0)} / ${formatNumber(l, leaf?.coverage.totalCount ?? gap?.totalCount ?? 0)}`,
      ),
      gap
        ? [
            h("dt", {}, t("gapType")),
            h(
              "dd",
              {},
              h(
                "span",
                { class: "gap-chip", style: `background:${GAP_COLOURS[gap.type]}` },
                translateOptional(l, `gap${gap.type}`, gap.type),
              ),
              gap.breakPoint ? h("span", { class: "gap-chip break" }, t("breakPoint")) : null,
              ` ${t("gapScore")} ${formatScore(l, gap.score)}`,
            ),
          ]
        : null,
    ),
    gap
      ? h(
          "section",
          { class: "explanation", "data-testid": "gap-explanation" },
          h("h3", {}, t("explanation")),
          h("p", {}, gap.explanation),
          featureBarsEl(featureBars(l, gap.features, p.maxScore), (n) => formatScore(l, n)),
        )
      : h("p", { class: "note" }, t("notAGap")),
    gapProgressEl(chainId, segmentId, p.signal),
    h(
      "div",
      { class: "panel-actions" },
      h(
        "button",
        {
          type: "button",
          class: "btn primary",
          "data-action": "find-targets",
          onclick: () =>
            p.navigate({
              view: "targets",
              chainId,
              segmentId,
              province: null,
              country: null,
              minRevenue: null,
              listed: false,
            }),
        },
        t("findTargets"),
      ),
      h("a", { class: "btn", href: `#/gaps/${encodeURIComponent(chainId)}` }, t("viewGaps")),
    ),
    h("h3", {}, t("localCompanies")),
    companies,
  );
  fetchSegmentCompanies(segmentId, p.homeRegion.code, p.signal)
    .then((data) => {
      const list = data.edges.map((e) => e.node);
      if (list.length === 0) {
        clear(companies, emptyState(t("noLocalCompanies")));
        return;
      }
      clear(
        companies,
        list.some((c) => c.source === "SYNTHETIC") ? syntheticBanner() : null,
        h(
          "p",
          { class: "note" },
          t("showing", { shown: formatNumber(l, list.length), total: formatNumber(l, data.totalCount) }),
        ),
        h(
          "ul",
          { class: "company-list" },
          list.map((c) =>
            h(
              "li",
              {},
              h("a", { href: `#/company/${encodeURIComponent(c.id)}` }, nameOf(l, c)),
              " ",
              sourceBadge(c.source),
              c.revenue !== null && c.revenue !== undefined
                ? h("span", { class: "muted" }, ` ${formatNumber(l, c.revenue, 0)} ${t("millionRmb")}`)
                : null,
            ),
          ),
        ),
      );
    })
    .catch((error: unknown) => {
      if (!isAbort(error)) clear(companies, errorState(error));
    });
  return true;
}
