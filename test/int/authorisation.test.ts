import type http from "node:http";
import type { AddressInfo } from "node:net";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/app.ts";
import { PUBLIC, ROUTE_RULES, TYPE_RULES, allows, ruleOf } from "../../server/src/auth/policy.ts";
import { ROLES, type Role } from "../../server/src/auth/roles.ts";
import { applyPolicy, reachingRoles } from "../../server/src/auth/guard.ts";
import { buildSchema } from "../../server/src/schema.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { smallFixture } from "../fixtures/small-chain.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

/*
 * The authorisation matrix, generated from the schema: every role (and anonymous) × every query
 * field, mutation and HTTP route, against the rules in server/src/auth/policy.ts. A new field or
 * route without a rule fails here (and the schema refuses to build). Then a MEMBER of alliance AL
 * probes alliance AL2 through every path and must learn nothing about it.
 */
const accessFixture = {
  ...smallFixture,
  alliances: [
    ...(smallFixture.alliances ?? []),
    { id: "AL2", name: "Other alliance", nameZh: "另一联盟", source: "imported" as const },
  ],
  memberships: [
    ...(smallFixture.memberships ?? []),
    { company: "d1", alliance: "AL2", since: 2020, role: "LEAD" as const },
    { company: "de2", alliance: "AL2", since: 2021, role: "MEMBER" as const },
    { company: "h1", alliance: "AL2", since: 2022, role: "MEMBER" as const },
  ],
};
/** Words only AL2 knows: its names and its members that are not in AL. */
const SECRETS = [
  "AL2",
  "Other alliance",
  "另一联盟",
  "Nantong Wafer Works",
  "南通硅片厂",
  "Deutsche Paste",
  "德国浆料",
];

const db = testDb();
const config = testConfig({ homeRegion: "HOME" });
const yoga = createGraphQL({ db, config, log: silentLog });
const schema = buildSchema();
const cookies = {} as Record<Role, string>;
let server: http.Server;
let base = "";

beforeAll(async () => {
  await loadFixture(db, accessFixture);
  for (const role of ROLES) {
    cookies[role] = await signInAs(db, role, role === "MEMBER" ? { companyId: "h2" } : {});
  }
  server = createHttpServer({ db, config, log: silentLog });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.driver.close();
});

/** A value of the argument's type (only required inputs are filled), as GraphQL source. */
function sample(type: GraphQLInputType): string {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return `[${sample(t.ofType)}]`;
  if (isEnumType(t)) return t.getValues()[0]!.name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type));
    return `{${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(", ")}}`;
  }
  if (isScalarType(t)) {
    if (t.name === "Int" || t.name === "Float") return "1";
    if (t.name === "Boolean") return "false";
    return '"zz"';
  }
  throw new Error(`no sample for ${String(t)}`);
}

function operationFor(kind: "query" | "mutation", root: GraphQLObjectType, fieldName: string): string {
  const field = root.getFields()[fieldName]!;
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${sample(a.type)}`).join(", ")})` : "";
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isUnionType(named) ? " { __typename }" : "";
  return `${kind} { ${fieldName}${argText}${selection} }`;
}

const roots = [
  ["query", schema.getQueryType()!],
  ["mutation", schema.getMutationType()!],
] as const;

describe("the authorisation matrix", () => {
  it("has a rule for every field of every type, and the guarded schema builds", () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.keys(type.getFields())) {
        expect(ruleOf(type.name, field), `${type.name}.${field}`).toBeDefined();
      }
    }
    expect(() => applyPolicy(schema)).not.toThrow();
    // Checks at run time only where a reaching role is excluded (staff-only types skip them).
    const reach = reachingRoles(schema);
    expect([...reach.get("Target")!].sort()).toEqual(["ADMIN", "ANALYST", "LEADER", "RECRUITER"]);
    expect(reach.get("Company")!.has("MEMBER")).toBe(true);
    expect(reach.get("Chain")!.has("MEMBER")).toBe(false);
  });

  it("decides every field a MEMBER can reach one by one (no type-wide rule on their path)", () => {
    const reachable = new Set<string>(["Query", "Mutation"]);
    const queue = ["Query", "Mutation"];
    while (queue.length) {
      const type = schema.getType(queue.pop()!) as GraphQLObjectType;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (!allows(ruleOf(type.name, name)!, { role: "MEMBER" } as never)) continue;
        const named = getNamedType(field.type);
        const targets = isUnionType(named) ? named.getTypes() : isObjectType(named) ? [named] : [];
        for (const t of targets) {
          if (!reachable.has(t.name)) {
            reachable.add(t.name);
            queue.push(t.name);
          }
        }
      }
    }
    for (const name of reachable) expect("fields" in TYPE_RULES[name]!, name).toBe(true);
    expect([...reachable].sort()).toContain("Company");
  });

  const cases = roots.flatMap(([kind, root]) =>
    Object.keys(root.getFields()).map((f) => [kind, root, f] as const),
  );
  it(`answers ${cases.length} root fields × ${ROLES.length} roles + anonymous as the policy says`, async () => {
    let checked = 0;
    for (const [kind, root, fieldName] of cases) {
      const rule = ruleOf(root.name, fieldName)!;
      const text = operationFor(kind, root, fieldName);
      const anonymous = await yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: text }),
      });
      expect(anonymous.status, `anonymous ${text}`).toBe(401);
      for (const role of ROLES) {
        const r = await gql(yoga, text, {}, cookies[role]);
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        if (rule.includes(role)) {
          expect(codes, `${role} ${text}`).not.toContain("FORBIDDEN");
          expect(codes, `${role} ${text}`).not.toContain("UNAUTHENTICATED");
          expect(codes, `${role} ${text}`).not.toContain("INTERNAL_SERVER_ERROR");
        } else {
          expect(codes, `${role} ${text}`).toEqual(["FORBIDDEN"]);
          expect(r.data?.[fieldName as never] ?? null).toBeNull();
        }
        checked++;
      }
    }
    expect(checked).toBe(cases.length * ROLES.length);
  }, 120_000);

  it("answers every HTTP route by its rule, for every role and anonymous", async () => {
    const probes: Record<string, { path: string; body?: string }> = {
      "GET /health": { path: "/health" },
      "GET /ready": { path: "/ready" },
      "POST /auth/login": {
        path: "/auth/login",
        body: JSON.stringify({ username: "nobody", password: "wrong-password" }),
      },
      "POST /auth/logout": { path: "/auth/logout", body: "{}" },
      "GET /graphql": { path: "/graphql?query=%7B__typename%7D" },
      "POST /graphql": { path: "/graphql", body: JSON.stringify({ query: "{ __typename }" }) },
      "GET /export/targets.csv": { path: "/export/targets.csv?segmentId=A1" },
      "GET /export/targets.xlsx": { path: "/export/targets.xlsx?segmentId=A1" },
      "GET /export/gaps.xlsx": { path: "/export/gaps.xlsx?chainId=T" },
      "GET /export/bulletin.xlsx": { path: "/export/bulletin.xlsx?period=MONTH&at=2026-03-01" },
      // A bad lang is refused after the rule (400, cheap): the report itself is tested in dossier.test.ts.
      "GET /report/chain/{chainId}.pdf": { path: "/report/chain/T.pdf?lang=xx" },
      "GET /report/chain/{chainId}.xlsx": { path: "/report/chain/T.xlsx?lang=xx" },
      "GET /import/template/companies.csv": { path: "/import/template/companies.csv" },
      "GET /import/template/links.csv": { path: "/import/template/links.csv?lang=zh" },
      "GET /import/template/ties.csv": { path: "/import/template/ties.csv" },
      "GET /import/template/members.csv": { path: "/import/template/members.csv" },
      "GET /import/template/leads.csv": { path: "/import/template/leads.csv?lang=zh" },
      "GET /*": { path: "/" },
    };
    expect(Object.keys(probes).sort()).toEqual(Object.keys(ROUTE_RULES).sort());
    for (const [route, probe] of Object.entries(probes)) {
      const rule = ROUTE_RULES[route]!;
      const method = route.split(" ")[0]!;
      for (const who of [null, ...ROLES] as (Role | null)[]) {
        const headers: Record<string, string> = { "x-chain-atlas": "1" };
        if (probe.body) headers["content-type"] = "application/json";
        // Sign-out would end the session the other probes use: it gets a throw-away one.
        if (who)
          headers.cookie =
            route === "POST /auth/logout"
              ? await signInAs(db, who, who === "MEMBER" ? { companyId: "h2" } : {})
              : cookies[who];
        // /ready is open to this machine; ask as another address would, through the session rule.
        const res = await fetch(`${base}${probe.path}`, { method, headers, body: probe.body });
        const label = `${who ?? "anonymous"} ${route}`;
        if (route === "GET /ready" || route === "POST /auth/login") {
          expect(res.status, label).not.toBe(403);
        } else if (rule === PUBLIC || (who !== null && rule.includes(who))) {
          expect([401, 403], label).not.toContain(res.status);
        } else {
          expect(res.status, label).toBe(who === null ? 401 : 403);
        }
        await res.arrayBuffer();
      }
    }
  });
});

describe("a MEMBER of alliance AL", () => {
  const seen: string[] = [];
  const ask = async (query: string) => {
    const r = await gql<Record<string, unknown>>(yoga, query, {}, cookies.MEMBER);
    seen.push(JSON.stringify(r));
    return r;
  };

  it("sees their own alliance and nothing of AL2, whatever the path", async () => {
    expect((await ask("{ alliances { id } }")).data).toEqual({ alliances: [{ id: "AL" }] });
    expect((await ask('{ alliance(id: "AL2") { id name memberCount } }')).data).toEqual({ alliance: null });
    expect((await ask('{ alliance(id: "NOPE") { id } }')).data).toEqual({ alliance: null });

    const members = await ask(
      '{ alliance(id: "AL") { memberCount members(first: 20) { totalCount edges { node { id alliances { id name } } } } } }',
    );
    const al = (
      members.data as {
        alliance: {
          memberCount: number;
          members: { totalCount: number; edges: { node: { id: string; alliances: { id: string }[] } }[] };
        };
      }
    ).alliance;
    expect(al.memberCount).toBe(5);
    expect(al.members.totalCount).toBe(5);
    // h1 is in AL2 too; the member sees only AL.
    expect(al.members.edges.find((e) => e.node.id === "h1")?.node.alliances).toEqual([
      { id: "AL", name: "Test alliance" },
    ]);

    // Partners: only of their own company; another id answers exactly as one that does not exist.
    const own = await ask('{ alliance(id: "AL") { partners(companyId: "h2") { company { id } relation } } }');
    expect(own.errors).toBeUndefined();
    const other = await ask('{ alliance(id: "AL") { partners(companyId: "d1") { company { id } } } }');
    const none = await ask('{ alliance(id: "AL") { partners(companyId: "zz") { company { id } } } }');
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(other.errors?.[0]?.message.replace("d1", "ID")).toBe(
      none.errors?.[0]?.message.replace("zz", "ID"),
    );

    for (const q of [
      '{ search(text: "Wafer") { __typename } }',
      '{ company(id: "d1") { id } }',
      "{ companies(first: 5) { totalCount } }",
      '{ targets(segmentId: "A1") { totalCount } }',
      '{ gaps(chainId: "T") { completeness } }',
      "{ chains { id } }",
      '{ alliance(id: "AL") { members(first: 5) { edges { node { suppliers { id name } customers { id } network { nodes { id } } } } } } }',
      '{ alliance(id: "AL") { partners(companyId: "h2") { via { chain { id } companies(first: 5) { totalCount } } } } }',
      "{ targetLists { id } }",
      '{ geoMap(chainId: "T") { points { code candidateCount } } }',
      "{ users { id } }",
    ]) {
      const r = await ask(q);
      expect(
        r.errors?.map((e) => e.extensions?.code),
        q,
      ).toContain("FORBIDDEN");
    }
    const exported = await fetch(`${base}/export/targets.csv?segmentId=A1`, {
      headers: { cookie: cookies.MEMBER },
    });
    seen.push(await exported.text());
    expect(exported.status).toBe(403);

    for (const text of seen) for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });
});

describe("saved lists belong to a user and a team", () => {
  it("shows a recruiter's list to their team, ADMIN and LEADER only, and audits every write", async () => {
    const mine = await signInAs(db, "RECRUITER", { username: "rec-gyzx-1", teamId: "T-GYZX" });
    const teammate = await signInAs(db, "RECRUITER", { username: "rec-gyzx-2", teamId: "T-GYZX" });
    const otherTeam = await signInAs(db, "RECRUITER", { username: "rec-kk", teamId: "T-KK" });
    const analyst = await signInAs(db, "ANALYST", { username: "analyst-2" });
    const saved = await gql<{ saveTargetList: { id: string; items: { company: { id: string } }[] } }>(
      yoga,
      'mutation { saveTargetList(name: "GYZX list", segmentId: "A1", size: 2) { id items { company { id } } } }',
      {},
      mine,
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveTargetList.id;
    const companyId = saved.data!.saveTargetList.items[0]!.company.id;
    const sees = async (cookie: string) => {
      const r = await gql<{ targetLists: { id: string }[]; targetList: { id: string } | null }>(
        yoga,
        "query($id: ID!) { targetLists { id } targetList(id: $id) { id } }",
        { id },
        cookie,
      );
      const inList = r.data!.targetLists.some((l) => l.id === id);
      expect(inList).toBe(r.data!.targetList !== null);
      return inList;
    };
    expect(await sees(mine)).toBe(true);
    expect(await sees(teammate)).toBe(true);
    expect(await sees(cookies.LEADER)).toBe(true);
    expect(await sees(cookies.ADMIN)).toBe(true);
    expect(await sees(otherTeam)).toBe(false);
    expect(await sees(analyst)).toBe(false);

    const update = (cookie: string) =>
      gql(
        yoga,
        `mutation($l: ID!, $c: ID!) { updateTargetItem(listId: $l, companyId: $c, version: 1, status: CONTACTED) { status } }`,
        { l: id, c: companyId },
        cookie,
      );
    const refused = await update(otherTeam);
    const unknown = await gql(
      yoga,
      `mutation($c: ID!) { updateTargetItem(listId: "tl-nope", companyId: $c, version: 1, status: CONTACTED) { status } }`,
      { c: companyId },
      otherTeam,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(refused.errors?.[0]?.message.replace(id, "ID")).toBe(
      unknown.errors?.[0]?.message.replace("tl-nope", "ID"),
    );
    expect((await update(teammate)).errors).toBeUndefined();

    const log = await gql<{ auditLog: { nodes: { actor: string; action: string; target: string }[] } }>(
      yoga,
      "{ auditLog(first: 10) { nodes { actor action target } } }",
      {},
      cookies.ADMIN,
    );
    const actions = log.data!.auditLog.nodes.map((e) => `${e.actor} ${e.action}`);
    expect(actions).toContain("rec-gyzx-1 list.save");
    expect(actions).toContain("rec-gyzx-2 list.item.update");
  });
});
