/**
 * The shell: header (navigation, search, language), the hash router, and the view in <main>.
 * Views are re-mounted on every route or language change; each mount gets a fresh AbortSignal so
 * answers for a view that was left are dropped.
 */
import "./styles.css";
import { request } from "./api/client.ts";
import { CHAINS, SEARCH, type ChainsData, type SearchData } from "./api/operations.ts";
import { initLang, lang, nameOf, onLangChange, setLang, t } from "./i18n/index.ts";
import { formatRoute, parseRoute, type Route } from "./router.ts";
import { allianceView } from "./views/alliance.ts";
import { chainMapView } from "./views/chain-map.ts";
import { companyView } from "./views/company.ts";
import { clear, errorState, h, isAbort, loadingState, sourceBadge } from "./views/dom.ts";
import { gapsView } from "./views/gaps.ts";
import { listsView } from "./views/lists.ts";
import { targetsView } from "./views/targets.ts";
import type { View, ViewContext } from "./views/types.ts";

const app = document.querySelector<HTMLDivElement>("#app")!;
let boot: ChainsData | undefined;
let current: { view: View; abort: AbortController } | undefined;

function navigate(route: Route, replace = false): void {
  const hash = formatRoute(route);
  if (replace) {
    history.replaceState(null, "", hash);
    return;
  }
  if (location.hash === hash) mount();
  else location.hash = hash;
}

function header(route: Route): HTMLElement {
  const chainId = "chainId" in route ? route.chainId : null;
  const link = (view: Route["view"], href: string, label: string) =>
    h(
      "a",
      {
        href,
        class: `nav-link ${route.view === view ? "active" : ""}`,
        "aria-current": route.view === view ? "page" : null,
      },
      label,
    );
  const c = chainId ? `/${encodeURIComponent(chainId)}` : "";
  return h(
    "header",
    { class: "top" },
    h(
      "a",
      { class: "brand", href: "#/chain" },
      h("span", { class: "brand-name" }, t("appName")),
      h("span", { class: "brand-sub" }, t("appSubtitle")),
    ),
    h(
      "nav",
      { "aria-label": "main" },
      link("chain", `#/chain${c}`, t("navChains")),
      link("gaps", `#/gaps${c}`, t("navGaps")),
      link("targets", `#/targets${c}`, t("navTargets")),
      link("lists", "#/lists", t("navLists")),
      link("alliance", "#/alliance", t("navAlliance")),
    ),
    searchBox(),
    h(
      "button",
      {
        type: "button",
        class: "btn lang",
        "data-action": "lang",
        lang: lang() === "zh" ? "en" : "zh-CN",
        "aria-label": t("langSwitchLabel"),
        onclick: () => setLang(lang() === "zh" ? "en" : "zh"),
      },
      t("langSwitch"),
    ),
  );
}

/** Search across companies and segments in both languages; results are links (keyboard reachable). */
function searchBox(): HTMLElement {
  const input = h("input", {
    type: "search",
    id: "search",
    placeholder: t("searchPlaceholder"),
    autocomplete: "off",
    "aria-label": t("searchLabel"),
    "aria-controls": "search-results",
  });
  const results = h("ul", { id: "search-results", class: "search-results", role: "listbox", hidden: true });
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
      const data = await request<SearchData>(SEARCH, { text }, abort.signal);
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
  document.addEventListener("click", (e) => {
    if (!(e.target instanceof Node) || !results.parentElement?.contains(e.target)) results.hidden = true;
  });
  return h("div", { class: "search", role: "search" }, input, results);
}

function mount(): void {
  const route = parseRoute(location.hash);
  current?.abort.abort();
  current?.view.unmount();
  document.documentElement.lang = lang() === "zh" ? "zh-CN" : "en";
  document.title = `${t("appName")} · Chain Atlas`;
  const main = h("main", { id: "view", tabindex: -1 });
  clear(app, header(route), main);
  if (!boot) {
    clear(main, loadingState());
    return;
  }
  const abort = new AbortController();
  const defaultChainId = boot.chains.find((c) => c.id === "NE")?.id ?? boot.chains[0]?.id ?? "NE";
  const ctx: ViewContext = {
    chains: boot.chains,
    homeRegion: boot.homeRegion,
    defaultChainId,
    navigate,
    signal: abort.signal,
  };
  const view =
    route.view === "chain"
      ? chainMapView(main, route, ctx)
      : route.view === "gaps"
        ? gapsView(main, route, ctx)
        : route.view === "targets"
          ? targetsView(main, route, ctx)
          : route.view === "lists"
            ? listsView(main, route, ctx)
            : route.view === "company"
              ? companyView(main, route, ctx)
              : allianceView(main, route, ctx);
  current = { view, abort };
  document.body.dataset.view = route.view;
}

async function start(): Promise<void> {
  initLang();
  mount();
  try {
    boot = await request<ChainsData>(CHAINS);
    mount();
  } catch (error) {
    const main = document.querySelector<HTMLElement>("#view");
    if (main)
      clear(
        main,
        errorState(error, () => void start()),
      );
  }
}

declare global {
  interface Window {
    /** Render benchmarks for the browser test (see graph/bench.ts); loaded on first use. */
    __bench?: { network(n: number): Promise<unknown>; bare(n: number): Promise<unknown> };
  }
}
window.__bench = {
  network: async (n) => (await import("./graph/bench.ts")).benchNetwork(n),
  bare: async (n) => (await import("./graph/bench.ts")).benchBare(n),
};

window.addEventListener("hashchange", () => mount());
onLangChange(() => mount());
void start();
