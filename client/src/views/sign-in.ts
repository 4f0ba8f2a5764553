/**
 * The sign-in page. Shown at boot without a session, and in place of the current view when a session
 * ends mid-use: the address (hash) is left as it was, so signing in again returns to the same page.
 */
import { signIn } from "../auth/session.ts";
import { t } from "../i18n/index.ts";
import { clear, h } from "./dom.ts";

export function signInView(main: HTMLElement, options: { expired: boolean; onSignedIn: () => void }): void {
  const username = h("input", {
    id: "sign-in-username",
    name: "username",
    autocomplete: "username",
    required: true,
  });
  const password = h("input", {
    id: "sign-in-password",
    name: "password",
    type: "password",
    autocomplete: "current-password",
    required: true,
  });
  const message = h("p", { class: "sign-in-message", role: "alert", "aria-live": "assertive" });
  const button = h("button", { type: "submit", class: "btn primary", "data-action": "sign-in" }, t("signIn"));
  const form = h(
    "form",
    { class: "sign-in", "data-testid": "sign-in" },
    h("h1", {}, t("signInTitle")),
    options.expired ? h("p", { class: "muted" }, t("sessionExpired")) : null,
    h("label", { for: "sign-in-username" }, t("username")),
    username,
    h("label", { for: "sign-in-password" }, t("password")),
    password,
    button,
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    button.disabled = true;
    message.textContent = "";
    void signIn(username.value.trim(), password.value).then(
      (result) => {
        button.disabled = false;
        if (result.ok) {
          options.onSignedIn();
          return;
        }
        password.value = "";
        message.textContent = result.status === 429 ? t("signInTooMany") : t("signInWrong");
        password.focus();
      },
      () => {
        button.disabled = false;
        message.textContent = t("errorNetwork");
      },
    );
  });
  clear(main, form);
  document.body.dataset.view = "sign-in";
  username.focus();
}
