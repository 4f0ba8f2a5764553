/** Shared pieces of the pipeline views: stage names, a lead's card, who may move a lead. */
import type { LeadCard, LeadStage } from "../api/operations.ts";
import type { Me } from "../auth/session.ts";
import { formatMoney, lang, nameOf, t, type MessageKey } from "../i18n/index.ts";
import { h, sourceBadge } from "./dom.ts";

export function stageName(stage: LeadStage): string {
  return t(`plStage${stage}` as MessageKey);
}

/** Today as YYYY-MM-DD (UTC, as the server judges "after today"). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** ADMIN and LEADER move every lead; a RECRUITER their team's (the server checks it again). */
export function mayMove(me: Me, lead: Pick<LeadCard, "team" | "restricted">): boolean {
  if (lead.restricted) return false;
  return (
    me.role === "ADMIN" || me.role === "LEADER" || (me.role === "RECRUITER" && me.team?.id === lead.team.id)
  );
}

export function leadMoney(lead: Pick<LeadCard, "amount" | "currency" | "amountRmb">): string {
  if (lead.amount === null || lead.amount === undefined) return "—";
  const l = lang();
  const own = formatMoney(l, lead.amount, lead.currency === "USD" ? "USD" : "CNY");
  return lead.currency === "USD" && lead.amountRmb !== null && lead.amountRmb !== undefined
    ? `${own} (${formatMoney(l, lead.amountRmb)})`
    : own;
}

/** A lead as a card: company (linked to the lead page), segment, team, money and flags. */
export function leadCardEl(lead: LeadCard, extra: (HTMLElement | null)[] = []): HTMLElement {
  const l = lang();
  return h(
    "article",
    { class: "lead-card", "data-lead": lead.id, "data-stage": lead.stage },
    h(
      "div",
      { class: "lead-card-head" },
      h("a", { href: `#/lead/${encodeURIComponent(lead.id)}` }, nameOf(l, lead.company)),
      " ",
      sourceBadge(lead.synthetic ? "SYNTHETIC" : lead.company.source),
    ),
    h(
      "div",
      { class: "muted small" },
      `${lead.segment ? nameOf(l, lead.segment) : "—"} · ${nameOf(l, lead.team)}${lead.office ? ` · ${nameOf(l, lead.office)}` : ""}`,
    ),
    h(
      "div",
      { class: "lead-card-flags" },
      h("span", { class: "num" }, lead.restricted ? "" : leadMoney(lead)),
      lead.keyProject ? h("span", { class: "status-chip chip-key" }, t("plKey")) : null,
      lead.stalled ? h("span", { class: "status-chip chip-warn" }, t("plStalled")) : null,
      lead.overdue ? h("span", { class: "status-chip chip-warn" }, t("plOverdue")) : null,
    ),
    ...extra,
  );
}
