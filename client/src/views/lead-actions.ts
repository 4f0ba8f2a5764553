/**
 * "Create lead" (创建招商项目) from a target row or a company page: a small disclosure form (team,
 * segment when the company has several, amount, currency) that creates the lead and opens its
 * page. Shown only to the roles that may write leads (ADMIN, LEADER, RECRUITER).
 */
import { request } from "../api/client.ts";
import { CREATE_LEAD } from "../api/operations.ts";
import type { Me } from "../auth/session.ts";
import { nameOf, lang, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { h, isAbort } from "./dom.ts";

export interface CreateLeadOptions {
  me: Me;
  companyId: string;
  /** The segments the lead may fill (the first is chosen by default). */
  segments: { id: string; name: string; nameZh: string }[];
  navigate(route: Route): void;
  signal: AbortSignal;
}

export function createLeadAction(o: CreateLeadOptions): HTMLElement | null {
  if (!["ADMIN", "LEADER", "RECRUITER"].includes(o.me.role) || o.segments.length === 0) return null;
  const l = lang();
  const segment = h(
    "select",
    { name: "lead-segment" },
    o.segments.map((s) => h("option", { value: s.id }, nameOf(l, s))),
  );
  const amount = h("input", {
    type: "number",
    name: "lead-amount",
    min: 0,
    step: "any",
    placeholder: t("plAmount"),
  });
  const currency = h(
    "select",
    { name: "lead-currency" },
    h("option", { value: "CNY" }, "CNY"),
    h("option", { value: "USD" }, "USD"),
  );
  const status = h("span", { class: "form-status", role: "status" });
  const form = h(
    "form",
    {
      class: "create-lead-form",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        status.textContent = "";
        try {
          const r = await request(
            CREATE_LEAD,
            {
              input: {
                companyId: o.companyId,
                segmentId: segment.value,
                // Without a team of their own (ADMIN, LEADER), the lead goes to the first team; a
                // RECRUITER's is always their own.
                teamId: o.me.team?.id ?? "T-ZSJ",
                amount: amount.value === "" ? null : Number(amount.value) * (l === "zh" ? 1e4 : 1e6),
                currency: currency.value,
              },
            },
            o.signal,
          );
          o.navigate({ view: "lead", leadId: r.createLead.id });
        } catch (error) {
          if (!isAbort(error)) status.textContent = (error as Error).message;
        }
      },
    },
    o.segments.length > 1 ? segment : null,
    amount,
    h("span", { class: "muted small" }, t("plAmountUnit")),
    currency,
    h(
      "button",
      { type: "submit", class: "btn small primary", "data-action": "create-lead" },
      t("plCreateGo"),
    ),
    status,
  );
  return h("details", { class: "create-lead" }, h("summary", { class: "btn small" }, t("plCreate")), form);
}
