/**
 * The page header (brand, navigation, search, language switch). It is built ONCE when the app
 * starts and updated in place on every route or language change: rebuilding it would replace the
 * search box under the user's fingers (text typed while the app boots was lost) and add another
 * document listener each time.
 */
import { request } from "../api/client.ts";
import { ALERTS, MARK_ALERTS_READ, SEARCH, UNREAD_ALERTS } from "../api/operations.ts";
import { alertHref, alertLine } from "../transforms/alerts.ts";
import { lang, nameOf, setLang, t, type MessageKey } from "../i18n/index.ts";
import { VIEWS_BY_ROLE, type Me } from "../auth/session.ts";
import type { Route } from "../router.ts";
import { clear, errorState, h, isAbort, sourceBadge } from "../views/dom.ts";

export interface Header {
  el: HTMLElement;
  /**
   * Marks the current view in the navigation, shows only the views the user's role may open (none
   * while signed out: `me` null; all while the session is still being read at boot: `me`
   * undefined, so that the search box is there to type in at once) and relabels everything.
   */
  update(route: Route, me: Me | null | undefined): void;
}

const NAV: { view: Route["view"]; label: MessageKey; perChain: boolean }[] = [
  { view: "chain", label: "navChains", perChain: true },
  { view: "gaps", label: "navGaps", perChain: true },
  { view: "targets", label: "navTargets", perChain: true },
  { view: "geo", label: "navGeo", perChain: true },
  { view: "lists", label: "navLists", perChain: false },
  { view: "alliance", label: "navAlliance", perChain: false },
  { view: "pipeline", label: "navPipeline", perChain: false },
  { view: "race", label: "navRace", perChain: false },
  { view: "agenda", label: "navAgenda", perChain: false },
  { view: "peers", label: "navPeers", perChain: true },
  { view: "dossier", label: "navDossier", perChain: true },
  { view: "users", label: "navUsers", perChain: false },
  { view: "imports", label: "navImports", perChain: false },
];

export function createHeader(options: { onSignOut: () => void }): Header {
  const brandName = h("span", { class: "brand-name" });
  const brandSub = h("span", { class: "brand-sub" });
  const links = NAV.map((item) => ({ item, a: h("a", { class: "nav-link" }) }));
  const search = createSearchBox();
  const bell = createBell();
  // One document listener for the page's life (the header is never rebuilt): a click outside the
  // search box closes its results, outside the bell its panel.
  document.addEventListener("click", (e) => {
    search.onDocumentClick(e);
    bell.onDocumentClick(e);
  });
  const langBtn = h("button", {
    type: "button",
    class: "btn lang",
    "data-action": "lang",
    onclick: () => setLang(lang() === "zh" ? "en" : "zh"),
  });
  const who = h("span", { class: "who muted small", "data-testid": "who" });
  const signOutBtn = h("button", {
    type: "button",
    class: "btn sign-out",
    "data-action": "sign-out",
    onclick: () => options.onSignOut(),
  });
  const account = h("div", { class: "account" }, who, signOutBtn);
  const el = h(
    "header",
    { class: "top" },
    h("a", { class: "brand", href: "#/chain" }, brandName, brandSub),
    h(
      "nav",
      { "aria-label": "main" },
      links.map((l) => l.a),
    ),
    search.el,
    bell.el,
    langBtn,
    account,
  );
  return {
    el,
    update(route, me) {
      const allowed = me ? VIEWS_BY_ROLE[me.role] : me === undefined ? NAV.map((n) => n.view) : [];
      // Search reaches companies and chains: staff only (the server refuses a MEMBER too).
      search.el.hidden = me === null || me?.role === "MEMBER";
      // Alerts are staff's (a MEMBER has no watches); the bell polls only while someone is signed in.
      bell.update(me !== null && me !== undefined && me.role !== "MEMBER");
      account.hidden = !me;
      who.textContent = me ? `${me.username} · ${me.role}` : "";
      signOutBtn.textContent = t("signOut");
      const chainId = "chainId" in route ? route.chainId : null;
      const c = chainId ? `/${encodeURIComponent(chainId)}` : "";
      brandName.textContent = t("appName");
      brandSub.textContent = t("appSubtitle");
      for (const { item, a } of links) {
        const active = route.view === item.view;
        a.href = `#/${item.view}${item.perChain ? c : ""}`;
        a.className = `nav-link ${active ? "active" : ""}`;
        if (active) a.setAttribute("aria-current", "page");
        else a.removeAttribute("aria-current");
        a.textContent = t(item.label);
        a.hidden = !allowed.includes(item.view);
      }
      search.relabel();
      langBtn.lang = lang() === "zh" ? "en" : "zh-CN";
      langBtn.setAttribute("aria-label", t("langSwitchLabel"));
      langBtn.textContent = t("langSwitch");
    },
  };
}

/** Search across companies and segments in both languages; results are links (keyboard reachable). */
function createSearchBox(): { el: HTMLElement; onDocumentClick(e: MouseEvent): void; relabel(): void } {
  const input = h("input", {
    type: "search",
    id: "search",
    autocomplete: "off",
    "aria-controls": "search-results",
  });
  const results = h("ul", { id: "search-results", class: "search-results", role: "listbox", hidden: true });
  const el = h("div", { class: "search", role: "search" }, input, results);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | undefined;
  const run = async (text: string) => {
    abort?.abort();
    if (text.trim().length === 0) {
      results.hidden = true;
      return;
    }
    abort = new AbortController();
    try {
      const data = await request(SEARCH, { text }, abort.signal);
      const l = lang();
      clear(
        results,
        data.search.length === 0
          ? h("li", { class: "muted" }, t("searchNoHits"))
          : data.search.map((hit) => {
              const href =
                hit.__typename === "Company"
                  ? `#/company/${encodeURIComponent(hit.id)}`
                  : `#/chain/${encodeURIComponent(hit.chain.id)}?segment=${encodeURIComponent(hit.id)}`;
              const sub =
                hit.__typename === "Company"
                  ? nameOf(l, hit.region)
                  : `${t("segment")} · ${nameOf(l, hit.chain)}`;
              return h(
                "li",
                { role: "option" },
                h(
                  "a",
                  { href, onclick: () => (results.hidden = true) },
                  nameOf(l, hit),
                  " ",
                  hit.__typename === "Company" ? sourceBadge(hit.source) : null,
                  h("span", { class: "muted small" }, ` ${sub}`),
                ),
              );
            }),
      );
      results.hidden = false;
    } catch (error) {
      if (!isAbort(error)) {
        clear(results, h("li", {}, errorState(error)));
        results.hidden = false;
      }
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      results.querySelector<HTMLAnchorElement>("a")?.click();
    } else if (e.key === "Escape") {
      results.hidden = true;
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      results.querySelector<HTMLAnchorElement>("a")?.focus();
    }
  });
  results.addEventListener("keydown", (e) => {
    const links = [...results.querySelectorAll<HTMLAnchorElement>("a")];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "ArrowDown" && i >= 0) {
      e.preventDefault();
      links[Math.min(links.length - 1, i + 1)]?.focus();
    } else if (e.key === "ArrowUp" && i >= 0) {
      e.preventDefault();
      (i === 0 ? input : links[i - 1])?.focus();
    } else if (e.key === "Escape") {
      results.hidden = true;
      input.focus();
    }
  });
  return {
    el,
    onDocumentClick(e: MouseEvent) {
      if (!(e.target instanceof Node) || !el.contains(e.target)) results.hidden = true;
    },
    relabel() {
      input.placeholder = t("searchPlaceholder");
      input.setAttribute("aria-label", t("searchLabel"));
    },
  };
}

/** A bell drawn as SVG (the machines the zone uses may have no emoji font). */
function bellIcon(): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "bell-icon");
  const path = document.createElementNS(ns, "path");
  path.setAttribute(
    "d",
    "M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z",
  );
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}

/** How often the bell asks for the unread count. */
const BELL_POLL_MS = 60_000;

/**
 * The alerts bell: the unread count on a button, polled while a staff user is signed in; a click
 * opens the latest alerts (each a link to its gap's targets, its lead or the peer comparison) with
 * "mark all read".
 */
function createBell(): {
  el: HTMLElement;
  onDocumentClick(e: MouseEvent): void;
  update(active: boolean): void;
} {
  const count = h("span", { class: "bell-count", "data-testid": "bell-count", hidden: true });
  const button = h(
    "button",
    {
      type: "button",
      class: "btn bell",
      "data-action": "bell",
      "aria-expanded": "false",
      "aria-haspopup": "true",
    },
    bellIcon(),
    count,
  );
  const panel = h("div", { class: "bell-panel", role: "dialog", hidden: true, "data-testid": "bell-panel" });
  const el = h("div", { class: "bell-box" }, button, panel);
  let unread = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const show = () => {
    count.textContent = unread > 99 ? "99+" : String(unread);
    count.hidden = unread === 0;
    button.setAttribute("aria-label", unread > 0 ? t("alertsUnread", { n: unread }) : t("alertsBell"));
    button.title = t("alertsBell");
  };
  const poll = async () => {
    try {
      unread = (await request(UNREAD_ALERTS, {})).unreadAlertCount;
      show();
    } catch {
      // The bell stays as it was; the next poll tries again.
    }
  };
  const open = async () => {
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    clear(panel, h("p", { class: "muted small" }, t("loading")));
    try {
      const data = await request(ALERTS, {});
      unread = data.unreadAlertCount;
      show();
      const l = lang();
      const markRead = h(
        "button",
        { type: "button", class: "btn small", "data-action": "mark-read" },
        t("alertsMarkRead"),
      );
      markRead.addEventListener("click", () => {
        void request(MARK_ALERTS_READ, {}).then(() => {
          unread = 0;
          show();
          panel.querySelectorAll(".alert-item.unread").forEach((li) => li.classList.remove("unread"));
        });
      });
      clear(
        panel,
        h(
          "div",
          { class: "bell-head" },
          h("strong", {}, t("alertsTitle")),
          data.unreadAlertCount > 0 ? markRead : null,
        ),
        data.myAlerts.length === 0
          ? h("p", { class: "muted" }, t("alertsNone"))
          : h(
              "ul",
              { class: "alert-list" },
              data.myAlerts.map((a) =>
                h(
                  "li",
                  { class: `alert-item ${a.read ? "" : "unread"}`, "data-kind": a.kind },
                  h("a", { href: alertHref(a), onclick: () => close() }, alertLine(l, a)),
                  h("span", { class: "muted small" }, ` ${a.createdAt.slice(0, 10)}`),
                ),
              ),
            ),
      );
    } catch (error) {
      clear(panel, errorState(error));
    }
  };
  const close = () => {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  button.addEventListener("click", () => (panel.hidden ? void open() : close()));
  show();
  return {
    el,
    onDocumentClick(e: MouseEvent) {
      if (!(e.target instanceof Node) || !el.contains(e.target)) close();
    },
    update(active) {
      el.hidden = !active;
      show();
      if (active && timer === undefined) {
        void poll();
        timer = setInterval(() => void poll(), BELL_POLL_MS);
      } else if (!active && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
        unread = 0;
        close();
      }
    },
  };
}
