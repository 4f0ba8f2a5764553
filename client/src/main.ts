/**
 * The shell: the header (built once, updated in place), the hash router, and the view in <main>.
 * A view is mounted on every route change, and on a language change unless it relabels itself in
 * place (View.relabel); each mount gets a fresh AbortSignal so answers for a view that was left are
 * dropped.
 */
import "./styles.css";
import { request, setUnauthenticatedHandler } from "./api/client.ts";
import { fetchMe, landingHash, signOut, VIEWS_BY_ROLE, type Me } from "./auth/session.ts";
import { CHAINS, type ChainsData } from "./api/operations.ts";
import { initLang, lang, onLangChange, t } from "./i18n/index.ts";
import { formatRoute, parseRoute, type Route } from "./router.ts";
import { createHeader } from "./shell/header.ts";
import { allianceView } from "./views/alliance.ts";
import { chainMapView } from "./views/chain-map.ts";
import { companyView } from "./views/company.ts";
import { clear, errorState, h, loadingState } from "./views/dom.ts";
import { gapsView } from "./views/gaps.ts";
import { listsView } from "./views/lists.ts";
import { signInView } from "./views/sign-in.ts";
import { targetsView } from "./views/targets.ts";
import { usersView } from "./views/users.ts";
import { agendaView, leadView, pipelineView, raceView } from "./views/pipeline.ts";
import { importsView } from "./views/imports.ts";
import { geoView } from "./views/geo.ts";
import { peersView } from "./views/peers.ts";
import { dossierView } from "./views/dossier.ts";
import type { View, ViewContext } from "./views/types.ts";

const app = document.querySelector<HTMLDivElement>("#app")!;
const header = createHeader({ onSignOut: () => void leave() });
let main = h("main", { id: "view", tabindex: -1 });
app.replaceChildren(header.el, main);
let boot: ChainsData | undefined;
/** The signed-in user; undefined while boot reads the session, null while signed out. */
let me: Me | null | undefined;
let signingIn = false;
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

function relabelPage(route: Route): void {
  document.documentElement.lang = lang() === "zh" ? "zh-CN" : "en";
  // "产业链图谱 · Chain Atlas" in Chinese; in English the name alone (not "Chain Atlas · Chain Atlas").
  document.title = lang() === "zh" ? `${t("appName")} · Chain Atlas` : t("appName");
  header.update(route, me);
}

function mount(): void {
  if (signingIn) return;
  let route = parseRoute(location.hash);
  // A view outside the role (a MEMBER on the chain map, say) sends the user to their landing page.
  if (me && !VIEWS_BY_ROLE[me.role].includes(route.view)) {
    history.replaceState(null, "", landingHash(me.role));
    route = parseRoute(location.hash);
  }
  current?.abort.abort();
  current?.view.unmount();
  current = undefined;
  relabelPage(route);
  // A fresh <main> per view, so no state (data-* flags, listeners) leaks from the last one.
  const next = h("main", { id: "view", tabindex: -1 });
  main.replaceWith(next);
  main = next;
  if (!boot || !me) {
    clear(main, loadingState());
    return;
  }
  const abort = new AbortController();
  const defaultChainId = boot.chains.find((c) => c.id === "NE")?.id ?? boot.chains[0]?.id ?? "NE";
  const ctx: ViewContext = {
    me: me!,
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
              : route.view === "users"
                ? usersView(main, route, ctx)
                : route.view === "pipeline"
                  ? pipelineView(main, route, ctx)
                  : route.view === "lead"
                    ? leadView(main, route, ctx)
                    : route.view === "race"
                      ? raceView(main, route, ctx)
                      : route.view === "agenda"
                        ? agendaView(main, route, ctx)
                        : route.view === "imports"
                          ? importsView(main, route, ctx)
                          : route.view === "geo"
                            ? geoView(main, route, ctx)
                            : route.view === "peers"
                              ? peersView(main, route, ctx)
                              : route.view === "dossier"
                                ? dossierView(main, route, ctx)
                                : allianceView(main, route, ctx);
  current = { view, abort };
  document.body.dataset.view = route.view;
}

function onLang(): void {
  if (current?.view.relabel) {
    relabelPage(parseRoute(location.hash));
    current.view.relabel();
  } else {
    mount();
  }
}

/**
 * Shows the sign-in page in place of the view, keeping the address: after signing in, the same page
 * opens again. `expired` says the session ended mid-use.
 */
function showSignIn(expired: boolean): void {
  current?.abort.abort();
  current?.view.unmount();
  current = undefined;
  me = null;
  signingIn = true;
  header.update(parseRoute(location.hash), null);
  const next = h("main", { id: "view", tabindex: -1 });
  main.replaceWith(next);
  main = next;
  signInView(main, {
    expired,
    onSignedIn: () => {
      signingIn = false;
      void start();
    },
  });
}

async function leave(): Promise<void> {
  await signOut();
  boot = undefined;
  showSignIn(false);
}

async function start(): Promise<void> {
  initLang();
  mount();
  try {
    me = await fetchMe();
    if (!me) {
      showSignIn(false);
      return;
    }
    if (location.hash === "" || location.hash === "#" || location.hash === "#/") {
      history.replaceState(null, "", landingHash(me.role));
    }
    // A MEMBER may not read the chains; their views need none.
    boot =
      me.role === "MEMBER"
        ? { chains: [], homeRegion: { code: "", name: "", nameZh: "" } }
        : await request(CHAINS);
    mount();
  } catch (error) {
    clear(
      main,
      errorState(error, () => void start()),
    );
  }
}

declare global {
  interface Window {
    /** Render benchmarks for the browser test (see graph/bench.ts); loaded on first use. */
    __bench?: {
      network(n: number): Promise<unknown>;
      bare(n: number): Promise<unknown>;
      nodes(n: number): Promise<unknown>;
    };
  }
}
window.__bench = {
  network: async (n) => (await import("./graph/bench.ts")).benchNetwork(n),
  bare: async (n) => (await import("./graph/bench.ts")).benchBare(n),
  nodes: async (n) => (await import("./graph/bench.ts")).benchBareNodes(n),
};

setUnauthenticatedHandler(() => {
  if (!signingIn) showSignIn(true);
});
window.addEventListener("hashchange", () => mount());
onLangChange(() => onLang());
void start();
