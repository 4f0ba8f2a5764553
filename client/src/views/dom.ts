/**
 * Small DOM helpers: enough to build views without a framework. h() sets properties for known DOM
 * properties and attributes otherwise; children may be strings, nodes, or nothing (skipped).
 */
import { ApiError } from "../api/client.ts";
import { t } from "../i18n/index.ts";

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<
  string,
  string | number | boolean | null | undefined | EventListener | Record<string, string>
>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "dataset" && typeof value === "object") {
      Object.assign(el.dataset, value);
    } else if (key === "class") {
      el.className = String(value);
    } else if (key === "value" || key === "checked" || key === "selected" || key === "disabled") {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
}

export function clear(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

export function loadingState(): HTMLElement {
  return h(
    "div",
    { class: "state state-loading", role: "status", "aria-live": "polite" },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    t("loading"),
  );
}

export function emptyState(message: string): HTMLElement {
  return h("div", { class: "state state-empty", role: "status" }, message);
}

/** The error state: "database down" says what to do; every state offers a retry when given one. */
export function errorState(error: unknown, retry?: () => void): HTMLElement {
  const code = error instanceof ApiError ? error.code : "INTERNAL_SERVER_ERROR";
  const title = code === "DATABASE_UNAVAILABLE" ? t("dbDownTitle") : t("errorTitle");
  const body =
    code === "DATABASE_UNAVAILABLE"
      ? t("dbDownBody")
      : code === "NETWORK"
        ? t("errorNetwork")
        : code === "NOT_FOUND"
          ? `${t("errorNotFound")}: ${(error as Error).message}`
          : code === "BAD_USER_INPUT"
            ? `${t("errorBadInput")}: ${(error as Error).message}`
            : t("errorInternal");
  return h(
    "div",
    {
      class: `state state-error ${code === "DATABASE_UNAVAILABLE" ? "db-down" : ""}`,
      role: "alert",
      "data-code": code,
    },
    h("strong", {}, title),
    h("p", {}, body),
    retry ? h("button", { type: "button", class: "btn", onclick: () => retry() }, t("retry")) : null,
  );
}

/** The "合成数据 / synthetic" badge for a company whose source is SYNTHETIC. */
export function sourceBadge(source: string | null | undefined): HTMLElement | null {
  if (source === "SYNTHETIC")
    return h("span", { class: "badge badge-synthetic", title: t("syntheticBanner") }, t("syntheticBadge"));
  if (source === "IMPORTED") return h("span", { class: "badge badge-imported" }, t("importedBadge"));
  return null;
}

export function syntheticBanner(): HTMLElement {
  return h(
    "div",
    { class: "banner banner-synthetic", role: "note" },
    h("span", { class: "badge badge-synthetic" }, t("syntheticBadge")),
    " ",
    t("syntheticBanner"),
  );
}

/** True when an error is only a superseded request being cancelled. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
