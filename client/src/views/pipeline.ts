/**
 * The recruiting pipeline's views: the board by stage (filters, explicit moves by the transition
 * rules), a lead's page (figures, schedule, milestones, timeline), the horse race (leaderboard with
 * a chart, zone totals beside the annual targets, the bulletin as XLSX and printable) and the
 * coordination meeting's agenda (printable).
 */
import { leadWatchButton } from "./watch-buttons.ts";
import { request } from "../api/client.ts";
import {
  AGENDA,
  LEAD_PAGE,
  LEAD_STAGES,
  LEADERBOARD,
  MOVE_LEAD,
  PIPELINE_BOARD,
  PIPELINE_OPTIONS,
  type LeadCard,
  type LeadStage,
  type Period,
} from "../api/operations.ts";
import { formatMoney, formatNumber, formatPercent, lang, nameOf, t, type MessageKey } from "../i18n/index.ts";
import type { Route } from "../router.ts";
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
import { leadCardEl, leadMoney, mayMove, stageName, todayIso } from "./pipeline-common.ts";
import { drawRaceChart } from "./race-chart.ts";
import type { ViewContext, ViewFactory } from "./types.ts";

type PipelineRoute = Extract<Route, { view: "pipeline" }>;
type LeadRoute = Extract<Route, { view: "lead" }>;
type RaceRoute = Extract<Route, { view: "race" }>;
type AgendaRoute = Extract<Route, { view: "agenda" }>;

const isStage = (s: string | null): s is LeadStage =>
  s !== null && (LEAD_STAGES as readonly string[]).includes(s);

/** Move buttons for a lead's allowed next stages, with the date (and note) read at click time. */
function moveButtons(
  lead: LeadCard,
  ctx: ViewContext,
  dateOf: () => string,
  noteOf: () => string | null,
  done: () => void,
  status: HTMLElement,
): HTMLElement | null {
  if (!mayMove(ctx.me, lead) || lead.nextStages.length === 0) return null;
  return h(
    "div",
    { class: "move-buttons" },
    lead.nextStages.map((stage) =>
      h(
        "button",
        {
          type: "button",
          class: `btn small ${stage === "LOST" || stage === "PAUSED" ? "" : "primary"}`,
          "data-move": stage,
          onclick: async () => {
            status.textContent = "";
            try {
              await request(MOVE_LEAD, { id: lead.id, stage, date: dateOf(), note: noteOf() }, ctx.signal);
              done();
            } catch (error) {
              if (!isAbort(error)) status.textContent = (error as Error).message;
            }
          },
        },
        t("plMoveTo", { stage: stageName(stage) }),
      ),
    ),
  );
}

function select(
  label: string,
  name: string,
  options: { value: string; label: string }[],
  value: string | null,
  onChange: (v: string | null) => void,
): HTMLElement {
  const el = h(
    "select",
    { name, onchange: () => onChange(el.value === "" ? null : el.value) },
    h("option", { value: "" }, t("plAll")),
    options.map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)),
  );
  return h("label", { class: "field" }, h("span", {}, label), el);
}

export const pipelineView: ViewFactory<PipelineRoute> = (root, route, ctx) => {
  const l = lang();
  const status = h("p", { class: "form-status", role: "status", "data-testid": "move-status" });
  const date = h("input", { type: "date", name: "move-date", value: todayIso(), max: todayIso() });
  const filters = h("div", { class: "filters pipeline-filters" });
  const board = h("div", { class: "board", "data-testid": "pipeline-board" }, loadingState());
  clear(
    root,
    h("div", { class: "view-head" }, h("h1", {}, t("plTitle"))),
    filters,
    h(
      "div",
      { class: "board-tools" },
      h("label", { class: "field" }, h("span", {}, t("plDate")), date),
      status,
    ),
    board,
  );
  const go = (patch: Partial<PipelineRoute>) => ctx.navigate({ ...route, ...patch });

  const loadOptions = async () => {
    const o = await request(PIPELINE_OPTIONS, {}, ctx.signal);
    clear(
      filters,
      select(
        t("plTeam"),
        "team",
        o.teams.map((x) => ({ value: x.id, label: nameOf(l, x) })),
        route.teamId,
        (v) => go({ teamId: v }),
      ),
      select(
        t("chainLabel"),
        "chain",
        ctx.chains.map((x) => ({ value: x.id, label: nameOf(l, x) })),
        route.chainId,
        (v) => go({ chainId: v }),
      ),
      select(
        t("plOffice"),
        "office",
        o.offices.map((x) => ({ value: x.id, label: nameOf(l, x) })),
        route.officeId,
        (v) => go({ officeId: v }),
      ),
      select(
        t("stage"),
        "stage",
        LEAD_STAGES.map((s) => ({ value: s, label: stageName(s) })),
        route.stage,
        (v) => go({ stage: v }),
      ),
      h(
        "label",
        { class: "field check" },
        h("input", {
          type: "checkbox",
          name: "key",
          checked: route.key,
          onchange: () => go({ key: !route.key }),
        }),
        t("plKeyOnly"),
      ),
    );
  };

  const load = async () => {
    try {
      const data = await request(
        PIPELINE_BOARD,
        {
          filter: {
            teamId: route.teamId,
            chainId: route.chainId,
            officeId: route.officeId,
            stages: isStage(route.stage) ? [route.stage] : null,
            keyProject: route.key ? true : null,
          },
          perStage: 20,
        },
        ctx.signal,
      );
      const synthetic = data.pipelineBoard.some((c) => c.leads.some((x) => x.synthetic));
      clear(
        board,
        synthetic ? syntheticBanner() : null,
        h(
          "div",
          { class: "board-columns" },
          data.pipelineBoard.map((col) =>
            h(
              "section",
              { class: "board-column", "data-stage": col.stage },
              h(
                "h2",
                {},
                stageName(col.stage),
                h("span", { class: "count", "data-count": col.count }, ` ${formatNumber(l, col.count)}`),
              ),
              h("div", { class: "muted small" }, formatMoney(l, col.amountRmb)),
              col.leads.length
                ? col.leads.map((lead) =>
                    leadCardEl(lead, [
                      moveButtons(
                        lead,
                        ctx,
                        () => date.value,
                        () => null,
                        () => void load(),
                        status,
                      ),
                    ]),
                  )
                : h("p", { class: "muted small" }, t("plNoLeads")),
              col.count > col.leads.length
                ? h("p", { class: "muted small" }, t("plMore", { n: col.count - col.leads.length }))
                : null,
            ),
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          board,
          errorState(error, () => void load()),
        );
    }
  };
  void loadOptions().catch(() => undefined);
  void load();
  return { unmount() {} };
};

export const leadView: ViewFactory<LeadRoute> = (root, route, ctx) => {
  const l = lang();
  clear(root, loadingState());
  const load = async () => {
    try {
      const { lead } = await request(LEAD_PAGE, { id: route.leadId }, ctx.signal);
      if (!lead) {
        clear(root, emptyState(t("errorNotFound")));
        return;
      }
      const status = h("p", { class: "form-status", role: "status", "data-testid": "move-status" });
      const date = h("input", { type: "date", name: "move-date", value: todayIso(), max: todayIso() });
      const note = h("input", { type: "text", name: "move-note", maxlength: 2000 });
      const moves = moveButtons(
        lead,
        ctx,
        () => date.value,
        () => note.value || null,
        () => void load(),
        status,
      );
      const fact = (label: string, value: string | number | null | undefined) =>
        value === null || value === undefined ? null : [h("dt", {}, label), h("dd", {}, String(value))];
      clear(
        root,
        h(
          "div",
          { class: "view-head" },
          h("h1", {}, `${nameOf(l, lead.company)} · ${lead.segment ? nameOf(l, lead.segment) : ""}`),
          sourceBadge(lead.company.source),
          h(
            "span",
            { class: "status-chip", "data-testid": "lead-stage", "data-stage": lead.stage },
            stageName(lead.stage),
          ),
          leadWatchButton(lead.id),
        ),
        lead.synthetic ? syntheticBanner() : null,
        lead.restricted ? h("p", { class: "muted" }, t("plRestricted")) : null,
        h(
          "dl",
          { class: "facts" },
          fact(t("plTeam"), nameOf(l, lead.team)),
          fact(t("plOffice"), lead.office ? nameOf(l, lead.office) : null),
          fact(t("plOwner"), lead.owner),
          lead.restricted ? null : fact(t("plAmount"), leadMoney(lead)),
          lead.fixedAssetsRmb !== null && lead.fixedAssetsRmb !== undefined
            ? fact(t("plFixedAssets"), formatMoney(l, lead.fixedAssetsRmb))
            : null,
          fact(t("plJobs"), lead.jobs),
          lead.fundLinked
            ? fact(t("plFund"), lead.fundAmountRmb ? formatMoney(l, lead.fundAmountRmb) : t("yes"))
            : null,
          fact(t("plKey"), lead.keyProject ? t("yes") : t("no")),
          fact(t("plLastChange"), lead.lastChangeOn),
        ),
        moves
          ? h(
              "div",
              { class: "board-tools" },
              h("label", { class: "field" }, h("span", {}, t("plDate")), date),
              h("label", { class: "field" }, h("span", {}, t("plNote")), note),
              moves,
              status,
            )
          : null,
        lead.schedule.length
          ? [
              h("h2", {}, t("plSchedule")),
              h(
                "table",
                { class: "data" },
                h(
                  "thead",
                  {},
                  h(
                    "tr",
                    {},
                    [t("stage"), t("plPlanned"), t("plActual")].map((x) => h("th", {}, x)),
                  ),
                ),
                h(
                  "tbody",
                  {},
                  lead.schedule.map((s) =>
                    h(
                      "tr",
                      { class: s.late ? "late" : "" },
                      h("td", {}, stageName(s.stage)),
                      h("td", {}, s.planned ?? "—"),
                      h("td", {}, s.actual ?? "—"),
                    ),
                  ),
                ),
              ),
            ]
          : null,
        lead.milestones.length
          ? [
              h("h2", {}, t("plMilestones")),
              h(
                "ul",
                { class: "company-list" },
                lead.milestones.map((m) =>
                  h(
                    "li",
                    { class: m.overdue ? "late" : "" },
                    `${m.title} · ${m.owner} · ${t("plDue")} ${m.due}${m.doneOn ? ` · ${t("plDone")} ${m.doneOn}` : ""}`,
                  ),
                ),
              ),
            ]
          : null,
        lead.history.length
          ? [
              h("h2", {}, t("plTimeline")),
              h(
                "ol",
                { class: "timeline", "data-testid": "timeline" },
                lead.history.map((e) =>
                  h(
                    "li",
                    {},
                    h("time", {}, e.at),
                    " ",
                    h("strong", {}, t(`plEvent${e.kind}` as MessageKey)),
                    e.kind === "STAGE" && e.from && e.to ? ` ${stageName(e.from)} → ${stageName(e.to)}` : "",
                    e.amountRmb !== null && e.amountRmb !== undefined
                      ? ` · ${formatMoney(l, e.amountRmb)}`
                      : "",
                    e.note ? ` · ${e.note}` : "",
                    h("span", { class: "muted small" }, ` · ${e.by}`),
                  ),
                ),
              ),
            ]
          : null,
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          root,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return { unmount() {} };
};

const PERIODS: Period[] = ["MONTH", "QUARTER", "YEAR", "THREE_YEARS", "FIVE_YEARS"];

export const raceView: ViewFactory<RaceRoute> = (root, route, ctx) => {
  const l = lang();
  const period: Period = PERIODS.includes(route.period as Period) ? (route.period as Period) : "MONTH";
  const at = route.at ?? todayIso();
  const content = h("div", {}, loadingState());
  const periodSel = h(
    "select",
    { name: "period", onchange: () => ctx.navigate({ ...route, period: periodSel.value }) },
    PERIODS.map((p) => h("option", { value: p, selected: p === period }, t(`plPeriod${p}` as MessageKey))),
  );
  const atInput = h("input", {
    type: "date",
    name: "at",
    value: at,
    onchange: () => ctx.navigate({ ...route, at: atInput.value || null }),
  });
  clear(
    root,
    h(
      "div",
      { class: "view-head no-print-controls" },
      h("h1", {}, t("plRaceTitle")),
      h("label", { class: "field" }, h("span", {}, t("plPeriod")), periodSel),
      h("label", { class: "field" }, h("span", {}, t("plDate")), atInput),
      h(
        "a",
        {
          class: "btn small no-print",
          href: `/export/bulletin.xlsx?period=${period}&at=${encodeURIComponent(at)}&lang=${l}`,
          download: "",
        },
        t("plBulletin"),
      ),
      h(
        "button",
        { type: "button", class: "btn small no-print", onclick: () => window.print() },
        t("plPrint"),
      ),
    ),
    content,
  );
  let destroyChart: (() => void) | undefined;
  const load = async () => {
    try {
      const data = await request(LEADERBOARD, { period, at }, ctx.signal);
      const z = data.zoneStanding;
      const canvas = h("canvas", { "aria-label": t("plChartSigned"), role: "img" });
      clear(
        content,
        h("p", { class: "muted" }, `${z.from} – ${z.to}`),
        h("div", { class: "chart-box" }, canvas),
        h(
          "table",
          { class: "data", "data-testid": "leaderboard" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [
                t("rank"),
                t("plTeam"),
                t("plSigned"),
                t("plSignedAmount"),
                t("plKey"),
                t("plRegistered"),
                t("plStarted"),
                t("plProducing"),
                t("plConversion"),
                t("plDaysToProduce"),
              ].map((x) => h("th", { scope: "col" }, x)),
            ),
          ),
          h(
            "tbody",
            {},
            data.leaderboard.map((r) =>
              h(
                "tr",
                { "data-team": r.team.id },
                h("td", { class: "num" }, r.rank),
                h("td", {}, nameOf(l, r.team)),
                h("td", { class: "num", "data-field": "signedCount" }, formatNumber(l, r.signedCount)),
                h("td", { class: "num" }, formatMoney(l, r.signedAmountRmb)),
                h("td", { class: "num" }, formatNumber(l, r.keyProjects)),
                h("td", { class: "num" }, formatNumber(l, r.registered)),
                h(
                  "td",
                  { class: "num" },
                  `${formatNumber(l, r.started)} · ${formatMoney(l, r.startedAmountRmb)}`,
                ),
                h("td", { class: "num", "data-field": "producing" }, formatNumber(l, r.producing)),
                h(
                  "td",
                  { class: "num" },
                  r.conversion === null || r.conversion === undefined ? "—" : formatPercent(l, r.conversion),
                ),
                h(
                  "td",
                  { class: "num" },
                  r.avgDaysSignedToProducing === null || r.avgDaysSignedToProducing === undefined
                    ? "—"
                    : formatNumber(l, r.avgDaysSignedToProducing),
                ),
              ),
            ),
          ),
        ),
        h("h2", {}, t("plZone")),
        h(
          "table",
          { class: "data", "data-testid": "zone" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["", t("plThisPeriod"), t("plTarget")].map((x) => h("th", {}, x)),
            ),
          ),
          h(
            "tbody",
            {},
            h(
              "tr",
              {},
              h("td", {}, t("plKeySigned")),
              h(
                "td",
                { class: "num" },
                `${formatNumber(l, z.keySigned)} · ${formatMoney(l, z.keySignedRmb)}`,
              ),
              h(
                "td",
                { class: "num" },
                `${formatNumber(l, z.targetKeySigned)} · ${formatMoney(l, z.targetKeySignedRmb)}`,
              ),
            ),
            h(
              "tr",
              {},
              h("td", {}, t("plIndustrialStarted")),
              h(
                "td",
                { class: "num" },
                `${formatNumber(l, z.industrialStarted)} · ${formatMoney(l, z.industrialStartedRmb)}`,
              ),
              h(
                "td",
                { class: "num" },
                `${formatNumber(l, z.targetIndustrialStarted)} · ${formatMoney(l, z.targetIndustrialStartedRmb)}`,
              ),
            ),
          ),
        ),
      );
      destroyChart?.();
      destroyChart = drawRaceChart(canvas, data.leaderboard, l);
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return { unmount: () => destroyChart?.() };
};

export const agendaView: ViewFactory<AgendaRoute> = (root, route, ctx) => {
  const date = route.date ?? todayIso();
  const content = h("div", {}, loadingState());
  const dateInput = h("input", {
    type: "date",
    name: "date",
    value: date,
    onchange: () => ctx.navigate({ ...route, date: dateInput.value || null }),
  });
  clear(
    root,
    h(
      "div",
      { class: "view-head" },
      h("h1", {}, `${t("plAgendaTitle")} · ${date}`),
      h("label", { class: "field no-print" }, h("span", {}, t("plMeetingDate")), dateInput),
      h(
        "button",
        { type: "button", class: "btn small no-print", onclick: () => window.print() },
        t("plPrint"),
      ),
    ),
    content,
  );
  const section = (title: string, items: HTMLElement[], testid: string) =>
    h(
      "section",
      { class: "agenda-section", "data-testid": testid },
      h("h2", {}, `${title} (${items.length})`),
      items.length ? h("ol", {}, items) : h("p", { class: "muted" }, t("plNone")),
    );
  const load = async () => {
    try {
      const { coordinationAgenda: a } = await request(AGENDA, { date }, ctx.signal);
      clear(
        content,
        section(
          t("plOverdueMilestones"),
          a.overdueMilestones.map((m) =>
            h(
              "li",
              {},
              leadCardEl(m.lead, [
                h(
                  "p",
                  {},
                  `${m.milestone.title} · ${m.milestone.owner} · ${t("plDue")} ${m.milestone.due} · `,
                  h("strong", {}, t("plDaysOverdue", { n: m.daysOverdue })),
                ),
              ]),
            ),
          ),
          "agenda-milestones",
        ),
        section(
          t("plStalledLeads"),
          a.stalledLeads.map((x) =>
            h(
              "li",
              {},
              leadCardEl(x, [
                h("p", { class: "small" }, `${stageName(x.stage)} · ${t("plLastChange")} ${x.lastChangeOn}`),
              ]),
            ),
          ),
          "agenda-stalled",
        ),
        section(
          t("plAwaiting"),
          a.awaitingDecision.map((x) =>
            h(
              "li",
              {},
              leadCardEl(x, [h("p", { class: "small" }, `${t("plLastChange")} ${x.lastChangeOn}`)]),
            ),
          ),
          "agenda-awaiting",
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };
  void load();
  return { unmount() {} };
};
