/**
 * Target list: companies ranked for one gap segment (or every gap of the chain), with the score
 * breakdown and reasons, filters, CSV/XLSX export links and "save as list".
 */
import { request } from "../api/client.ts";
import {
  GAPS,
  SAVE_TARGET_LIST,
  TARGET_FILTER_OPTIONS,
  TARGETS,
  type Gap,
  type Target,
  type TargetFilterInput,
} from "../api/operations.ts";
import { formatNumber, formatScore, lang, nameOf, sortByName, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { exportUrl } from "../transforms/export-url.ts";
import {
  featureLabel,
  sortTargetRows,
  targetRows,
  type TargetRow,
  type TargetSortKey,
} from "../transforms/tables.ts";
import { chainTabs } from "./common.ts";
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
import { createLeadAction } from "./lead-actions.ts";
import type { ViewFactory } from "./types.ts";

type TargetsRoute = Extract<Route, { view: "targets" }>;

/** One colour per target feature, for the stacked score bars and their legend. */
const FEATURE_COLOURS: Record<string, string> = {
  fit: "#3b6fd8",
  ties: "#2f9e5b",
  scale: "#e0662b",
  growth: "#8a4fd6",
  innovation: "#d64545",
  listed: "#0f766e",
  proximity: "#d97800",
  alliance: "#64748b",
};
const PAGE = 25;

/** The filter input the route describes (empty fields left out). */
export function routeFilter(route: TargetsRoute): TargetFilterInput {
  const filter: TargetFilterInput = {};
  if (route.province) filter.provinces = [route.province];
  if (route.country) filter.countries = [route.country];
  if (route.minRevenue !== null) filter.minRevenue = route.minRevenue;
  if (route.listed) filter.listed = true;
  return filter;
}

export const targetsView: ViewFactory<TargetsRoute> = (root, route, ctx) => {
  const chainId = route.chainId ?? ctx.defaultChainId;
  const filter = routeFilter(route);
  const l = lang();
  const segmentSelect = h("select", { id: "target-segment", "data-testid": "target-segment" });
  const provinceSelect = h("select", { id: "f-province" }, h("option", { value: "" }, t("anyRegion")));
  const countrySelect = h("select", { id: "f-country" }, h("option", { value: "" }, t("anyRegion")));
  // The route and the API take million RMB; Chinese readers type 万元 (1 million RMB = 100 万元).
  const revenueFactor = l === "zh" ? 100 : 1;
  const minRevenue = h("input", {
    id: "f-revenue",
    type: "number",
    min: 0,
    step: l === "zh" ? 1000 : 10,
    value: route.minRevenue === null ? "" : String(route.minRevenue * revenueFactor),
  });
  const listed = h("input", { id: "f-listed", type: "checkbox", checked: route.listed });
  const results = h("div", { class: "targets-results", "data-testid": "targets" }, loadingState());
  const exportCsv = h(
    "a",
    {
      class: "btn",
      "data-action": "export-csv",
      href: exportUrl(
        "csv",
        { segmentId: route.segmentId, chainId: route.segmentId ? null : chainId, filter, first: 200 },
        l,
      ),
      download: "",
    },
    t("exportCsv"),
  );
  const exportXlsx = h(
    "a",
    {
      class: "btn",
      "data-action": "export-xlsx",
      href: exportUrl(
        "xlsx",
        { segmentId: route.segmentId, chainId: route.segmentId ? null : chainId, filter, first: 200 },
        l,
      ),
      download: "",
    },
    t("exportXlsx"),
  );
  const listName = h("input", { id: "list-name", type: "text", maxlength: 120, placeholder: t("listName") });
  const saveStatus = h("span", { class: "note", role: "status" });

  const apply = (patch: Partial<TargetsRoute>) => ctx.navigate({ ...route, chainId, ...patch });
  segmentSelect.addEventListener("change", () => apply({ segmentId: segmentSelect.value || null }));
  const form = h(
    "form",
    {
      class: "filters",
      "aria-label": t("filters"),
      onsubmit: (e: Event) => {
        e.preventDefault();
        const min = minRevenue.value.trim() === "" ? null : Number(minRevenue.value) / revenueFactor;
        apply({
          province: provinceSelect.value || null,
          country: countrySelect.value || null,
          minRevenue: min !== null && Number.isFinite(min) && min >= 0 ? min : null,
          listed: listed.checked,
        });
      },
    },
    h("label", { for: "target-segment" }, t("targetsFor")),
    segmentSelect,
    h("label", { for: "f-province" }, t("province")),
    provinceSelect,
    h("label", { for: "f-country" }, t("country")),
    countrySelect,
    h("label", { for: "f-revenue" }, t("minRevenue")),
    minRevenue,
    h("label", { class: "check" }, listed, t("listedOnly")),
    h("button", { type: "submit", class: "btn primary" }, t("applyFilters")),
  );
  const saveForm = h(
    "form",
    {
      class: "save-list",
      onsubmit: (e: Event) => {
        e.preventDefault();
        void save();
      },
    },
    h("label", { for: "list-name", class: "sr-only" }, t("listName")),
    listName,
    h("button", { type: "submit", class: "btn", "data-action": "save-list" }, t("saveList")),
    saveStatus,
  );
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, t("targetsTitle")),
      chainTabs(ctx.chains, chainId, (id) => ctx.navigate({ ...route, chainId: id, segmentId: null })),
    ),
    form,
    h("div", { class: "actions-row" }, exportCsv, exportXlsx, saveForm),
    results,
  );

  let gaps: Gap[] = [];
  const loadOptions = async () => {
    const [report, regions] = await Promise.all([
      request(GAPS, { chainId, lang: l === "zh" ? "ZH" : "EN" }, ctx.signal),
      request(TARGET_FILTER_OPTIONS, {}, ctx.signal),
    ]);
    gaps = report.gaps.gaps;
    clear(
      segmentSelect,
      h("option", { value: "" }, t("allGaps")),
      gaps.map((g) =>
        h(
          "option",
          { value: g.segment.id, selected: g.segment.id === route.segmentId },
          `${nameOf(l, g.segment)} · ${t(`gap${g.type}`)} ${formatScore(l, g.score)}`,
        ),
      ),
    );
    provinceSelect.append(
      ...sortByName(l, regions.provinces).map((r) =>
        h("option", { value: r.code, selected: r.code === route.province }, nameOf(l, r)),
      ),
    );
    // A city from the geographic view (any region code filters): kept as an option of its own, so
    // that applying the other filters does not drop it.
    if (route.province && !regions.provinces.some((r) => r.code === route.province))
      provinceSelect.append(h("option", { value: route.province, selected: true }, route.province));
    countrySelect.append(
      ...sortByName(l, regions.countries).map((r) =>
        h("option", { value: r.code, selected: r.code === route.country }, nameOf(l, r)),
      ),
    );
    const current = gaps.find((g) => g.segment.id === route.segmentId);
    const chainName = nameOf(
      l,
      ctx.chains.find((c) => c.id === chainId) ?? { name: chainId, nameZh: chainId },
    );
    listName.value = `${current ? nameOf(l, current.segment) : chainName} ${new Date().toISOString().slice(0, 10)}`;
  };

  const shown: Target[] = [];
  let maxScore = 0;
  const load = async (after: string | null) => {
    if (after === null) clear(results, loadingState());
    try {
      const data = await request(
        TARGETS,
        {
          segmentId: route.segmentId,
          chainId: route.segmentId ? null : chainId,
          filter,
          first: PAGE,
          after,
          lang: l === "zh" ? "ZH" : "EN",
        },
        ctx.signal,
      );
      const page = data.targets.edges.map((e) => e.node);
      if (after === null) maxScore = page[0]?.score ?? 0;
      const offset = shown.length;
      shown.push(...page);
      if (shown.length === 0) {
        clear(results, emptyState(t("noTargets")));
        return;
      }
      renderPage(
        page,
        offset,
        data.targets.totalCount,
        data.targets.pageInfo.hasNextPage ? data.targets.pageInfo.endCursor : null,
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          results,
          errorState(error, () => void load(after)),
        );
    }
  };

  let tbody: HTMLTableSectionElement | undefined;
  /** Every row loaded so far, and the column the reader sorted by (rank: the API's order). */
  const loaded: TargetRow[] = [];
  let sort: { key: TargetSortKey; descending: boolean } = { key: "rank", descending: false };
  const COLUMNS: { label: string; key?: TargetSortKey; numeric?: boolean }[] = [
    { label: t("rank"), key: "rank", numeric: true },
    { label: t("company"), key: "name" },
    { label: t("region"), key: "region" },
    { label: t("segment") },
    { label: t("revenue"), key: "revenue", numeric: true },
    { label: t("score"), key: "score", numeric: true },
    { label: t("features") },
    { label: t("reasons") },
    { label: t("localTies") },
    { label: t("leadStatus") },
  ];
  const headerCell = (c: (typeof COLUMNS)[number]) => {
    if (!c.key) return h("th", { scope: "col" }, c.label);
    const key = c.key;
    const active = sort.key === key;
    return h(
      "th",
      {
        scope: "col",
        class: c.numeric ? "num" : "",
        "aria-sort": active ? (sort.descending ? "descending" : "ascending") : "none",
      },
      h(
        "button",
        {
          type: "button",
          class: "sort",
          "data-sort": key,
          onclick: () => {
            // Numbers sort largest first on the first click (rank: 1 first); text A→Z.
            const first = key === "revenue" || key === "score";
            sort = { key, descending: sort.key === key ? !sort.descending : first };
            renderBody();
          },
        },
        c.label,
        h(
          "span",
          { class: "sort-mark", "aria-hidden": "true" },
          active ? (sort.descending ? " ▼" : " ▲") : "",
        ),
      ),
    );
  };
  const rowEl = (r: TargetRow) =>
    h(
      "tr",
      { "data-company": r.companyId },
      h("td", { class: "num" }, String(r.rank)),
      h(
        "td",
        { class: "company-cell" },
        h("a", { href: `#/company/${encodeURIComponent(r.companyId)}` }, r.name),
        " ",
        r.synthetic ? sourceBadge("SYNTHETIC") : null,
        r.listed ? h("span", { class: "badge" }, t("listed")) : null,
      ),
      h("td", {}, r.region),
      h("td", {}, r.segment),
      h("td", { class: "num" }, r.revenue),
      h("td", { class: "num score" }, r.score),
      h("td", { class: "bars-cell" }, stackedBar(r.bars)),
      // The first reason in the row; the rest one click away, so a screen holds many rows.
      h(
        "td",
        { class: "reasons" },
        r.reasons.length <= 1
          ? (r.reasons[0] ?? "—")
          : h(
              "details",
              {},
              h("summary", {}, r.reasons[0]!, h("span", { class: "muted" }, ` +${r.reasons.length - 1}`)),
              h(
                "ul",
                {},
                r.reasons.slice(1).map((x) => h("li", {}, x)),
              ),
            ),
      ),
      h(
        "td",
        { class: "ties" },
        r.localTies.length === 0
          ? "—"
          : r.localTies.length <= 2
            ? r.localTies.join("、")
            : h(
                "span",
                { title: r.localTies.join("、") },
                `${r.localTies.slice(0, 2).join("、")} +${r.localTies.length - 2}`,
              ),
      ),
      h(
        "td",
        {},
        r.leadStatus ? h("span", { class: "status-chip" }, r.leadStatus) : "—",
        leadActionOf(r.companyId),
      ),
    );
  /** The pipeline's "create lead" action for a row: the lead fills the target's segment. */
  const leadActionOf = (companyId: string) => {
    const target = shown.find((x) => x.company.id === companyId);
    return target ? createLeadAction({ ...ctx, companyId, segments: [target.segment] }) : null;
  };
  /**
   * The score's breakdown on one line: a stacked bar, one segment per feature (colour by feature,
   * width by contribution, scaled to the table's top score); each segment names its feature and
   * contribution on hover, so a row stays two lines high.
   */
  const stackedBar = (bars: TargetRow["bars"]) =>
    h(
      "div",
      {
        class: "stack-bar",
        role: "img",
        "aria-label": bars.map((b) => `${b.label} ${formatScore(l, b.contribution)}`).join(", "),
      },
      bars.map((b) =>
        h("span", {
          class: `bar-row stack-seg feature-${b.name}`,
          style: `width:${Math.max(0.5, b.width)}%;background:${FEATURE_COLOURS[b.name] ?? "#94a3b8"}`,
          title: `${b.label}: ${formatScore(l, b.value)} × ${formatScore(l, b.weight)} = ${formatScore(l, b.contribution)}`,
        }),
      ),
    );
  const featureLegend = () =>
    h(
      "p",
      { class: "legend-inline feature-legend" },
      Object.entries(FEATURE_COLOURS).map(([name, colour]) =>
        h(
          "span",
          { class: "legend-item" },
          h("span", { class: "dot", style: `background:${colour};border-radius:2px` }),
          featureLabel(l, name),
        ),
      ),
    );
  function renderBody(): void {
    const thead = results.querySelector(".targets-table thead tr");
    if (thead) clear(thead as HTMLElement, ...COLUMNS.map(headerCell));
    if (tbody) clear(tbody, ...sortTargetRows(l, loaded, sort.key, sort.descending).map(rowEl));
  }
  function renderPage(page: Target[], offset: number, total: number, next: string | null): void {
    const rows = targetRows(l, page, offset, maxScore);
    if (offset === 0) {
      loaded.length = 0;
      tbody = h("tbody", {});
      clear(
        results,
        shown.some((x) => x.company.source === "SYNTHETIC") ? syntheticBanner() : null,
        h("p", { class: "note count", "data-testid": "targets-count" }),
        featureLegend(),
        h(
          "table",
          { class: "data targets-table compact" },
          h("caption", { class: "sr-only" }, t("targetsTitle")),
          h("thead", {}, h("tr", {})),
          tbody,
        ),
        h("div", { class: "more" }),
      );
    }
    loaded.push(...rows);
    renderBody();
    results.querySelector(".count")!.textContent = t("showing", {
      shown: formatNumber(l, shown.length),
      total: formatNumber(l, total),
    });
    const more = results.querySelector(".more")!;
    clear(
      more,
      next
        ? h(
            "button",
            { type: "button", class: "btn", "data-action": "load-more", onclick: () => void load(next) },
            t("loadMore"),
          )
        : null,
    );
  }

  async function save(): Promise<void> {
    const name = listName.value.trim();
    if (!name) {
      listName.focus();
      return;
    }
    saveStatus.textContent = t("loading");
    try {
      const data = await request(
        SAVE_TARGET_LIST,
        { name, segmentId: route.segmentId, chainId: route.segmentId ? null : chainId, filter, size: 50 },
        ctx.signal,
      );
      saveStatus.textContent = `${t("saved")}: ${data.saveTargetList.name} (${formatNumber(l, data.saveTargetList.itemCount)})`;
      ctx.navigate({ view: "lists", listId: data.saveTargetList.id });
    } catch (error) {
      if (!isAbort(error)) {
        saveStatus.textContent = "";
        saveStatus.append(errorState(error));
      }
    }
  }

  loadOptions().catch((error: unknown) => {
    if (!isAbort(error)) form.append(errorState(error));
  });
  void load(null);
  return { unmount() {} };
};
