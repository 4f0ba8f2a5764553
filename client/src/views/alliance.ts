/**
 * Alliance view: pick an alliance and a member; its partners inside the alliance upstream
 * (suppliers), downstream (customers) and in its own segments (peers), with existing ties.
 */
import type { Core } from "cytoscape";
import { request } from "../api/client.ts";
import { ALLIANCE_MEMBERS, ALLIANCE_PARTNERS, ALLIANCES, type CompanyRef } from "../api/operations.ts";
import { createGraph, destroyGraph } from "../graph/cy.ts";
import { formatNumber, lang, nameOf, sortByName, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { allianceElements, distinctPartners } from "../transforms/alliance.ts";
import { allianceStyle, NETWORK_COLOURS } from "../transforms/styles.ts";
import { partnerGroups } from "../transforms/tables.ts";
import { graphFrame } from "./common.ts";
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
import type { ViewFactory } from "./types.ts";

type AllianceRoute = Extract<Route, { view: "alliance" }>;

export const allianceView: ViewFactory<AllianceRoute> = (root, route, ctx) => {
  let cy: Core | undefined;
  const l = lang();
  const allianceSelect = h("select", { id: "alliance-select", "data-testid": "alliance-select" });
  const memberSelect = h("select", { id: "member-select", "data-testid": "member-select" });
  const memberNote = h("span", { class: "badge badge-synthetic", "data-testid": "member-synthetic" });
  const head = h("div", { class: "alliance-head" });
  const content = h("div", { class: "alliance-content" }, loadingState());
  const { frame, canvas, table } = graphFrame({
    caption: t("partners"),
    pngName: `alliance-${route.allianceId ?? ""}.png`,
    getCy: () => cy,
  });
  clear(
    root,
    h("div", { class: "view-head" }, h("h1", {}, t("allianceTitle"))),
    h(
      "div",
      { class: "filters" },
      h("label", { for: "alliance-select" }, t("chooseAlliance")),
      allianceSelect,
      h("label", { for: "member-select" }, t("chooseMember")),
      memberSelect,
      memberNote,
    ),
    head,
    content,
  );
  allianceSelect.addEventListener("change", () =>
    ctx.navigate({ view: "alliance", allianceId: allianceSelect.value, memberId: null }),
  );
  memberSelect.addEventListener("change", () =>
    ctx.navigate({ view: "alliance", allianceId: allianceSelect.value, memberId: memberSelect.value }),
  );

  // Company pages are staff views: a MEMBER sees names, not links they may not follow.
  const companyLink = (id: string, name: string) =>
    ctx.me.role === "MEMBER"
      ? h("span", {}, name)
      : h("a", { href: `#/company/${encodeURIComponent(id)}` }, name);

  const load = async () => {
    clear(content, loadingState());
    try {
      const { alliances } = await request(ALLIANCES, {}, ctx.signal);
      if (alliances.length === 0) {
        clear(content, emptyState(t("noAlliances")));
        return;
      }
      const allianceId = route.allianceId ?? alliances[0]!.id;
      clear(
        allianceSelect,
        sortByName(l, alliances).map((a) =>
          h(
            "option",
            { value: a.id, selected: a.id === allianceId },
            `${nameOf(l, a)} (${formatNumber(l, a.memberCount)})`,
          ),
        ),
      );
      const first = await request(ALLIANCE_MEMBERS, { id: allianceId, after: null }, ctx.signal);
      const alliance = first.alliance;
      if (!alliance) {
        clear(content, emptyState(`${t("errorNotFound")}: ${allianceId}`));
        return;
      }
      // The API pages members by 100; an alliance is small, so every page is read for the picker.
      const nodes = alliance.members.edges.map((e) => e.node);
      let page = alliance.members;
      for (let i = 0; i < 20 && page.pageInfo.hasNextPage; i++) {
        const next = await request(
          ALLIANCE_MEMBERS,
          { id: allianceId, after: page.pageInfo.endCursor },
          ctx.signal,
        );
        if (!next.alliance) break;
        page = next.alliance.members;
        nodes.push(...page.edges.map((e) => e.node));
      }
      const members = sortByName(l, nodes);
      // Default member: the local member with the most revenue, the likeliest first question.
      const fallback = [...members].sort(
        (a, b) => Number(b.isLocal) - Number(a.isLocal) || (b.revenue ?? 0) - (a.revenue ?? 0),
      )[0];
      // A MEMBER acts for their own company: its partners are the only ones they may ask for.
      const own = ctx.me.role === "MEMBER" ? members.find((m) => m.id === ctx.me.company?.id) : undefined;
      const member = own ?? members.find((m) => m.id === route.memberId) ?? fallback;
      memberSelect.disabled = ctx.me.role === "MEMBER";
      clear(
        memberSelect,
        members.map((m) => h("option", { value: m.id, selected: m.id === member?.id }, nameOf(l, m))),
      );
      // Synthetic members are marked once, beside the picker, not on every entry.
      const synthetic = members.filter((m) => m.source === "SYNTHETIC").length;
      memberNote.textContent =
        synthetic === 0
          ? ""
          : synthetic === members.length
            ? t("allSynthetic")
            : t("someSynthetic", { n: formatNumber(l, synthetic), total: formatNumber(l, members.length) });
      clear(
        head,
        h(
          "p",
          { class: "chain-summary" },
          h(
            "span",
            { class: "stat" },
            `${t("members")}: `,
            h("strong", {}, formatNumber(l, alliance.memberCount)),
          ),
          sourceBadge(alliance.source),
        ),
        alliance.source === "SYNTHETIC" || members.some((m) => m.source === "SYNTHETIC")
          ? syntheticBanner()
          : null,
      );
      if (!member) {
        clear(content, emptyState(t("empty")));
        return;
      }
      await loadPartners(allianceId, member);
    } catch (error) {
      if (!isAbort(error))
        clear(
          content,
          errorState(error, () => void load()),
        );
    }
  };

  async function loadPartners(allianceId: string, member: CompanyRef): Promise<void> {
    const data = await request(ALLIANCE_PARTNERS, { id: allianceId, companyId: member.id }, ctx.signal);
    const partners = data.alliance?.partners ?? [];
    const groups = partnerGroups(l, partners);
    const drawn = distinctPartners(partners);
    clear(
      content,
      h(
        "h2",
        {},
        companyLink(member.id, nameOf(l, member)),
        " ",
        sourceBadge(member.source),
        ` · ${t("partners")} ${formatNumber(l, new Set(drawn.map((p) => p.company.id)).size)}`,
      ),
      partners.length === 0 ? emptyState(t("noPartners")) : null,
      frame,
      h(
        "div",
        { class: "legend-inline", "aria-label": t("legend"), "data-testid": "alliance-legend" },
        h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.centre), t("chosenMember")),
        h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.local), t("localBadge")),
        h("span", { class: "legend-item" }, dot(NETWORK_COLOURS.other), t("otherCompany")),
        h("span", { class: "legend-item" }, dot("#fff", "border:1.5px dashed #64748b"), t("syntheticBadge")),
        h(
          "span",
          { class: "legend-item" },
          h("span", { class: "line", style: "border-color:#e0662b;border-top-width:3px" }),
          t("existingTie"),
        ),
        h("span", { class: "legend-item" }, h("span", { class: "line dashed" }), t("potentialTie")),
      ),
      h(
        "div",
        { class: "partner-groups", "data-testid": "partners" },
        groups.map((g) =>
          h(
            "section",
            { class: `partner-group rel-${g.relation}`, "data-relation": g.relation },
            h("h3", {}, `${t(`relation${g.relation}`)} (${formatNumber(l, g.partners.length)})`),
            g.partners.length === 0
              ? h("p", { class: "muted" }, "—")
              : h(
                  "ul",
                  { class: "company-list" },
                  g.partners.map((p) =>
                    h(
                      "li",
                      {},
                      companyLink(p.companyId, p.name),
                      " ",
                      p.existingTie ? h("span", { class: "badge badge-tie" }, t("existingTie")) : null,
                      p.synthetic ? sourceBadge("SYNTHETIC") : null,
                      h("div", { class: "muted small" }, `${p.region} · ${t("via")}: ${p.via.join("、")}`),
                    ),
                  ),
                ),
          ),
        ),
      ),
    );
    clear(table, h("p", { class: "note" }, t("tableBelow")));
    destroyGraph(cy);
    if (partners.length > 0) {
      cy = createGraph({
        container: canvas,
        elements: allianceElements(member, partners, l, {
          SUPPLIER: `${t("relationSUPPLIER")} →`,
          CUSTOMER: `→ ${t("relationCUSTOMER")}`,
          PEER: t("relationPEER"),
        }),
        style: allianceStyle(),
        view: `alliance:${allianceId}`,
      }).cy;
      // Company pages are staff views (a MEMBER sees their alliance only).
      if (ctx.me.role !== "MEMBER") {
        cy.on("dbltap", "node.company", (evt) =>
          ctx.navigate({ view: "company", companyId: evt.target.data("apiId") as string }),
        );
      }
    }
    if (partners.some((p) => p.company.source === "SYNTHETIC") && !head.querySelector(".banner-synthetic"))
      head.append(syntheticBanner());
  }

  void load();
  return { unmount: () => destroyGraph(cy) };
};

const dot = (colour: string, extra = "") =>
  h("span", { class: "dot", style: `background:${colour};${extra}` });
