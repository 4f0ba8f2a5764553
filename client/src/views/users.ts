/**
 * User administration (ADMIN): add users, set roles and teams, deactivate and reactivate, reset
 * passwords. Every change goes through the API, which checks the rules (a RECRUITER needs a team, a
 * MEMBER a company in an alliance, passwords of 10+ characters) and names the field at fault.
 */
import { ApiError, request } from "../api/client.ts";
import { CREATE_USER, RESET_PASSWORD, UPDATE_USER, USERS } from "../api/operations.ts";
import type { Role } from "../auth/session.ts";
import { lang, LOCALE, nameOf, t } from "../i18n/index.ts";
import type { Route } from "../router.ts";
import { clear, errorState, h, isAbort, loadingState } from "./dom.ts";
import type { ViewFactory } from "./types.ts";

const ROLES: Role[] = ["ADMIN", "LEADER", "ANALYST", "RECRUITER", "MEMBER"];

const message = (error: unknown) =>
  error instanceof ApiError ? `${error.field ? `${error.field}: ` : ""}${error.message}` : String(error);

export const usersView: ViewFactory<Extract<Route, { view: "users" }>> = (root, _route, ctx) => {
  const content = h("div", {}, loadingState());
  clear(root, h("div", { class: "view-head" }, h("h1", {}, t("usersTitle"))), content);
  const l = lang();

  const load = async () => {
    try {
      const data = await request(USERS, {}, ctx.signal);
      const teamOptions = (selected: string | null) => [
        h("option", { value: "", selected: selected === null }, "—"),
        ...data.teams.map((team) =>
          h("option", { value: team.id, selected: team.id === selected }, nameOf(l, team)),
        ),
      ];
      const roleOptions = (selected: Role) =>
        ROLES.map((r) => h("option", { value: r, selected: r === selected }, r));

      // The form to add a user.
      const username = h("input", { id: "new-username", autocomplete: "off" });
      const password = h("input", { id: "new-password", type: "password", autocomplete: "new-password" });
      const role = h("select", { id: "new-role" }, roleOptions("ANALYST"));
      const team = h("select", { id: "new-team" }, teamOptions(null));
      const company = h("input", { id: "new-company", autocomplete: "off" });
      const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });
      const form = h(
        "form",
        { class: "filters user-form", "data-testid": "add-user" },
        h("label", { for: "new-username" }, t("username")),
        username,
        h("label", { for: "new-password" }, t("password")),
        password,
        h("label", { for: "new-role" }, t("roleLabel")),
        role,
        h("label", { for: "new-team" }, t("teamLabel")),
        team,
        h("label", { for: "new-company" }, t("companyIdLabel")),
        company,
        h("button", { type: "submit", class: "btn primary", "data-action": "add-user" }, t("addUser")),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        status.textContent = "";
        void request(CREATE_USER, {
          input: {
            username: username.value.trim(),
            password: password.value,
            role: role.value as Role,
            teamId: team.value || null,
            companyId: company.value.trim() || null,
          },
        }).then(
          () => void load(),
          (error: unknown) => (status.textContent = message(error)),
        );
      });

      const rows = data.users.map((user) => {
        const rowRole = h("select", { "aria-label": t("roleLabel") }, roleOptions(user.role));
        const rowTeam = h("select", { "aria-label": t("teamLabel") }, teamOptions(user.team?.id ?? null));
        const active = h("input", { type: "checkbox", checked: user.active, "aria-label": t("activeLabel") });
        const note = h("span", { class: "muted small", role: "status" });
        const save = (input: { role?: Role; teamId?: string | null; active?: boolean }) =>
          void request(UPDATE_USER, { id: user.id, input }).then(
            () => (note.textContent = t("userSaved")),
            (error: unknown) => (note.textContent = message(error)),
          );
        rowRole.addEventListener("change", () => save({ role: rowRole.value as Role }));
        rowTeam.addEventListener("change", () => save({ teamId: rowTeam.value || null }));
        active.addEventListener("change", () => save({ active: active.checked }));
        const reset = h(
          "button",
          { type: "button", class: "btn", "data-action": "reset-password" },
          t("resetPassword"),
        );
        reset.addEventListener("click", () => {
          const next = window.prompt(t("newPasswordPrompt"));
          if (!next) return;
          void request(RESET_PASSWORD, { id: user.id, password: next }).then(
            () => (note.textContent = t("userSaved")),
            (error: unknown) => (note.textContent = message(error)),
          );
        });
        return h(
          "tr",
          { dataset: { username: user.username } },
          h("td", {}, user.username),
          h("td", {}, rowRole),
          h("td", {}, rowTeam),
          h("td", {}, user.company ? `${nameOf(l, user.company)} (${user.company.id})` : "—"),
          h("td", {}, active),
          h(
            "td",
            {},
            user.lastLoginAt
              ? new Date(user.lastLoginAt).toLocaleString(LOCALE[l], {
                  dateStyle: "medium",
                  timeStyle: "short",
                })
              : "—",
          ),
          h("td", {}, reset, " ", note),
        );
      });
      clear(
        content,
        form,
        status,
        h(
          "table",
          { class: "table users-table", "data-testid": "users-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [
                t("username"),
                t("roleLabel"),
                t("teamLabel"),
                t("companyIdLabel"),
                t("activeLabel"),
                t("lastLogin"),
                "",
              ].map((label) => h("th", {}, label)),
            ),
          ),
          h("tbody", {}, rows),
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
  return { unmount: () => undefined };
};
