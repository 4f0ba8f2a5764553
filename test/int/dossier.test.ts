/**
 * The chain dossier (六图六清单) and its PDF/XLSX report on the fixture of gaps.test.ts (chain X:
 * sub-chain X-S with leaves X1 (up, key tech) → X2 (mid) → X3 (mid) → X4 (down, key tech)),
 * with R&D intensities and two synthetic companies added. Home region HOME, k = 3.
 *
 * By hand:
 * - local counts X1 h1 h2 h3 = 3 PRESENT, X2 0 MISSING, X3 h4 = 1 WEAK, X4 h5 h6 h7 = 3 PRESENT;
 *   totals X1 6 (h1 h2 h3 c1a c2a de1), X2 3 (d1 d2 c2b), X3 2 (h4 c2c), X4 4 (h5 h6 h7 de2).
 * - gaps (gaps-export.test.ts): X3 CONSOLIDATE, X2 FILL, X1 STRENGTHEN, Y1 EXTEND, all ACT_NOW,
 *   so the development path is X3, X2, X1, Y1 and the shortfalls X3, X2, X1 (Y1 is another chain's).
 * - key firms (local, by known revenue, unknown after by id, 3 per leaf): X1 h3 (20), h1 (10), h2;
 *   X3 h4 (5); X4 h5, h6, h7 — 7 rows; X2 has none.
 * - R&D intensity: h1 0.04, h3 0.06, c1a 0.10 → X1 local mean 5.0 % of 2 known, all 6.7 % of 3;
 *   X4 nothing known.
 * - sources of chain X's 15 companies: h4 and c2b synthetic (1 local), the other 13 imported (6 local).
 */
import type http from "node:http";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/app.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { gapsCatalog } from "../fixtures/gaps-chain.ts";
import { loadFixture } from "../fixtures/load.ts";
import { authHeaders, gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

const RD: Record<string, number> = { h1: 0.04, h3: 0.06, c1a: 0.1 };
const SYNTHETIC = new Set(["h4", "c2b"]);
const catalog = {
  ...gapsCatalog,
  companies: gapsCatalog.companies.map((c) => ({
    ...c,
    ...(RD[c.id] !== undefined ? { rdIntensity: RD[c.id] } : {}),
    source: SYNTHETIC.has(c.id) ? ("synthetic" as const) : c.source,
  })),
};

const db = testDb();
const deps = { db, config: testConfig({ homeRegion: "HOME", env: "production" }), log: silentLog };
const yoga = createGraphQL(deps);
let server: http.Server;
let base = "";
let recruiter = "";
let member = "";

const DOSSIER = `query D($lang: Lang) { chainDossier(chainId: "X", lang: $lang) {
  chain { id } regionCode generatedOn sources { source all local }
  diagrams { ...I } lists { ...I } } }
  fragment I on DossierItem { key titleZh titleEn method status reason note
    columns { key label numeric }
    rows { id cells source synthetic segmentId companyId leadId entryId version }
    nodes { id parent label kind stage coverage rank keyTech synthetic } edges { source target } }`;

interface Item {
  key: string;
  titleZh: string;
  titleEn: string;
  status: string;
  reason: string | null;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: {
    id: string;
    cells: string[];
    synthetic: boolean;
    segmentId: string | null;
    companyId: string | null;
    leadId: string | null;
    entryId: string | null;
    version: number | null;
  }[];
  nodes: { id: string; parent: string | null; kind: string; coverage: string | null }[];
  edges: { source: string; target: string }[];
}
interface Dossier {
  chainDossier: {
    generatedOn: string;
    sources: { source: string; all: number; local: number }[];
    diagrams: Item[];
    lists: Item[];
  };
}

async function dossier(lang: "ZH" | "EN", cookie?: string) {
  const r = await gql<Dossier>(yoga, DOSSIER, { lang }, cookie);
  expect(r.errors).toBeUndefined();
  return r.data!.chainDossier;
}
const byKey = (d: Dossier["chainDossier"], key: string) =>
  [...d.diagrams, ...d.lists].find((i) => i.key === key)!;
const col = (item: Item, key: string) => item.columns.findIndex((c) => c.key === key);

beforeAll(async () => {
  await loadFixture(db, {
    catalog,
    alliances: [{ id: "AL1", name: "Alliance 1", nameZh: "联盟1", source: "imported" }],
    memberships: [{ company: "h1", alliance: "AL1", since: 2020, role: "MEMBER" }],
  });
  recruiter = await signInAs(db, "RECRUITER", { username: "rec-gyzx", teamId: "T-GYZX", makeDefault: false });
  member = await signInAs(db, "MEMBER", { username: "member-d", companyId: "h1", makeDefault: false });
  // Two leads of chain X: one of T-ZSJ (a key project, found long ago: stalled), one of T-GYZX
  // with an overdue milestone.
  const a = await gql<{ createLead: { id: string } }>(
    yoga,
    `mutation { createLead(input: { companyId: "de1", segmentId: "X2", teamId: "T-ZSJ", amount: 600000000, date: "2020-01-02" }) { id } }`,
  );
  expect(a.errors).toBeUndefined();
  const b = await gql<{ createLead: { id: string } }>(
    yoga,
    `mutation { createLead(input: { companyId: "c2b", segmentId: "X2", teamId: "T-GYZX", amount: 100000000 }) { id } }`,
  );
  expect(b.errors).toBeUndefined();
  const m = await gql(
    yoga,
    `mutation M($id: ID!) { addMilestone(leadId: $id, title: "visit the plant", owner: "zhang", due: "2020-02-01") { id } }`,
    { id: b.data!.createLead.id },
  );
  expect(m.errors).toBeUndefined();
  server = createHttpServer(deps);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await db.driver.close();
});

describe("chainDossier", () => {
  it("gives the twelve items in order, each with a method and a status", async () => {
    const d = await dossier("ZH");
    expect(d.diagrams.map((i) => i.key)).toEqual([
      "CHAIN_TREE",
      "PANORAMA",
      "FUTURE_TRENDS",
      "DEVELOPMENT_PATH",
      "TECH_INNOVATION",
      "RECRUITING_ROADMAP",
    ]);
    expect(d.lists.map((i) => i.key)).toEqual([
      "KEY_TASKS",
      "KEY_PARKS",
      "KEY_FIRMS",
      "KEY_PROJECTS",
      "KEY_PLATFORMS",
      "KEY_SHORTFALLS",
    ]);
    for (const key of ["FUTURE_TRENDS", "KEY_PARKS", "KEY_PLATFORMS"]) {
      expect(byKey(d, key)).toMatchObject({
        status: "MAINTAINED",
        reason: "由招商局维护；尚无内容。",
        rows: [],
      });
    }
    expect(d.sources).toEqual([
      { source: "PUBLIC", all: 0, local: 0 },
      { source: "SYNTHETIC", all: 2, local: 1 },
      { source: "IMPORTED", all: 13, local: 6 },
    ]);
  });

  it("draws the tree and the panorama with local coverage", async () => {
    const d = await dossier("EN");
    const tree = byKey(d, "CHAIN_TREE");
    const cov = col(tree, "coverage");
    const local = col(tree, "local");
    expect(tree.rows.map((r) => [r.segmentId, r.cells[local], r.cells[cov]])).toEqual([
      ["X1", "3", "present"],
      ["X2", "0", "missing"],
      ["X3", "1", "weak"],
      ["X4", "3", "present"],
    ]);
    expect(tree.edges).toContainEqual({ source: "chain:X", target: "sub:X-S" });
    expect(tree.edges).toContainEqual({ source: "sub:X-S", target: "seg:X3" });
    const pano = byKey(d, "PANORAMA");
    expect(
      pano.rows.map((r) => [r.segmentId, r.cells[col(pano, "total")], r.cells[col(pano, "feeds")]]),
    ).toEqual([
      ["X1", "6", "X2"],
      ["X2", "3", "X3"],
      ["X3", "2", "X4"],
      ["X4", "4", ""],
    ]);
    expect(pano.nodes.find((n) => n.id === "seg:X2")).toMatchObject({
      parent: "stage:MIDSTREAM",
      coverage: "MISSING",
    });
  });

  it("orders the development path, the shortfalls and the key-technology data by hand", async () => {
    const d = await dossier("EN");
    const path = byKey(d, "DEVELOPMENT_PATH");
    expect(path.rows.map((r) => [r.cells[0], r.cells[1], r.segmentId, r.cells[col(path, "type")]])).toEqual([
      ["1", "Act now", "X3", "Consolidate"],
      ["2", "Act now", "X2", "Fill"],
      ["3", "Act now", "X1", "Strengthen"],
      ["4", "Act now", "Y1", "Extend"],
    ]);
    const short = byKey(d, "KEY_SHORTFALLS");
    expect(short.rows.map((r) => r.segmentId)).toEqual(["X3", "X2", "X1"]);
    expect(short.rows[1]!.cells[col(short, "reason")]).toMatch(/break point/i);
    const tech = byKey(d, "TECH_INNOVATION");
    expect(tech.rows.map((r) => [r.segmentId, ...r.cells.slice(col(tech, "localRd"))])).toEqual([
      ["X1", "5", "2", "6.7", "3"],
      ["X4", "", "0", "", "0"],
    ]);
  });

  it("lists the local leaders per segment with their source", async () => {
    const d = await dossier("ZH");
    const firms = byKey(d, "KEY_FIRMS");
    expect(firms.rows.map((r) => [r.segmentId, r.companyId, r.cells[col(firms, "revenue")]])).toEqual([
      ["X1", "h3", "2000"],
      ["X1", "h1", "1000"],
      ["X1", "h2", ""],
      ["X3", "h4", "500"],
      ["X4", "h5", ""],
      ["X4", "h6", ""],
      ["X4", "h7", ""],
    ]);
    const h4 = firms.rows.find((r) => r.companyId === "h4")!;
    expect([h4.synthetic, h4.cells[col(firms, "source")]]).toEqual([true, "合成数据"]);
  });

  it("takes the roadmap's targets from the ranking, top 3 per act-now gap", async () => {
    const d = await dossier("EN");
    const ranking = await gql<{
      targets: { edges: { node: { company: { id: string }; segment: { id: string } } }[] };
    }>(yoga, `{ targets(chainId: "X", first: 100) { edges { node { company { id } segment { id } } } } }`);
    expect(ranking.errors).toBeUndefined();
    const expected = new Map<string, string[]>();
    for (const { node } of ranking.data!.targets.edges) {
      const list = expected.get(node.segment.id) ?? [];
      if (list.length < 3) list.push(node.company.id);
      expected.set(node.segment.id, list);
    }
    const roadmap = byKey(d, "RECRUITING_ROADMAP");
    // Rows come grouped by office; within a gap, the rank column gives the ranking's order.
    const rank = col(roadmap, "rank");
    const got = new Map<string, string[]>();
    for (const r of [...roadmap.rows].sort((a, b) => Number(a.cells[rank]) - Number(b.cells[rank])))
      got.set(r.segmentId!, [...(got.get(r.segmentId!) ?? []), r.companyId!]);
    expect(got.size).toBeGreaterThan(0);
    for (const [gap, companies] of got) expect(companies).toEqual(expected.get(gap));
    // de1 and de2 sit in Germany: the O-DE office's group.
    const office = col(roadmap, "office");
    for (const r of roadmap.rows.filter((x) => x.companyId?.startsWith("de"))) {
      expect(r.cells[office]).toMatch(/Europe|Germany|DE/);
    }
  });

  it("shows the chain's leads and agenda, restricted for a recruiter of another team", async () => {
    const admin = await dossier("EN");
    const projects = byKey(admin, "KEY_PROJECTS");
    const amount = col(projects, "amount");
    const key = col(projects, "keyProject");
    expect(projects.rows.map((r) => [r.companyId, r.cells[amount], r.cells[key]]).sort()).toEqual([
      ["c2b", "100", "no"],
      ["de1", "600", "yes"],
    ]);
    expect(projects.rows.find((r) => r.companyId === "c2b")!.synthetic).toBe(true);
    const tasks = byKey(admin, "KEY_TASKS");
    expect(tasks.rows.map((r) => [r.cells[0], r.companyId])).toEqual([
      ["Overdue milestone", "c2b"],
      ["Stalled lead", "de1"],
    ]);
    expect(tasks.rows[0]!.cells[col(tasks, "detail")]).toBe("visit the plant · zhang");

    const rec = await dossier("EN", recruiter);
    const recProjects = byKey(rec, "KEY_PROJECTS");
    // T-GYZX's own lead shows its amount; T-ZSJ's is stage only.
    expect(recProjects.rows.map((r) => [r.companyId, r.cells[amount]]).sort()).toEqual([
      ["c2b", "100"],
      ["de1", ""],
    ]);
  });

  it("is not available to a MEMBER", async () => {
    const r = await gql(yoga, DOSSIER, { lang: "ZH" }, member);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("names chainId for an unknown chain", async () => {
    const r = await gql(yoga, `{ chainDossier(chainId: "NOPE") { generatedOn } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(r.errors?.[0]?.message).toMatch(/NOPE/);
  });
});

describe("maintained tables", () => {
  it("adds, updates with a version check, and deletes a row, each audited", async () => {
    const add = await gql<{
      addDossierEntry: { id: string; version: number; title: string; detail: string | null };
    }>(
      yoga,
      `mutation { addDossierEntry(chainId: "X", kind: PARK, input: { title: "  Park A  ", detail: "" }) { id version title detail } }`,
    );
    expect(add.errors).toBeUndefined();
    const entry = add.data!.addDossierEntry;
    expect(entry).toMatchObject({ version: 1, title: "Park A", detail: null });
    const parks = byKey(await dossier("ZH"), "KEY_PARKS");
    expect(parks).toMatchObject({ status: "MAINTAINED", reason: null });
    expect(parks.rows.map((r) => [r.entryId, r.version, r.cells[0]])).toEqual([[entry.id, 1, "Park A"]]);

    const update = `mutation U($id: ID!, $v: Int!, $t: String!) { updateDossierEntry(id: $id, version: $v, input: { title: $t }) { version title } }`;
    const ok = await gql<{ updateDossierEntry: { version: number } }>(yoga, update, {
      id: entry.id,
      v: 1,
      t: "Park B",
    });
    expect(ok.data?.updateDossierEntry).toEqual({ version: 2, title: "Park B" });
    const stale = await gql(yoga, update, { id: entry.id, v: 1, t: "Park C" });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    const blank = await gql(yoga, update, { id: entry.id, v: 2, t: "   " });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.title" });
    const long = await gql(
      yoga,
      `mutation { addDossierEntry(chainId: "X", kind: TREND, input: { title: "t", sourceNote: "${"x".repeat(501)}" }) { id } }`,
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sourceNote" });
    const unknown = await gql(
      yoga,
      `mutation { addDossierEntry(chainId: "NOPE", kind: TREND, input: { title: "t" }) { id } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const recruiterTry = await gql(
      yoga,
      `mutation { addDossierEntry(chainId: "X", kind: PARK, input: { title: "nope" }) { id } }`,
      undefined,
      recruiter,
    );
    expect(recruiterTry.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const del = `mutation D($id: ID!, $v: Int!) { deleteDossierEntry(id: $id, version: $v) }`;
    expect((await gql(yoga, del, { id: entry.id, v: 1 })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await gql(yoga, del, { id: entry.id, v: 2 })).data).toEqual({ deleteDossierEntry: entry.id });
    const audit = await db.query<{ action: string }>(
      "MATCH (a:AuditEvent) WHERE a.target = $id RETURN a.action AS action ORDER BY a.at",
      { id: entry.id },
    );
    expect(audit.map((a) => a.action)).toEqual([
      "dossier.entry.add",
      "dossier.entry.update",
      "dossier.entry.delete",
    ]);
  });
});

async function pdfText(buffer: ArrayBuffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((x) => ("str" in x ? x.str : "")).join(""));
  }
  return pages;
}

describe("GET /report/chain/{chainId}.pdf and .xlsx", () => {
  it.each(["zh", "en"] as const)(
    "prints the %s PDF with title, date, source line, synthetic mark and page numbers",
    async (lang) => {
      const d = await dossier(lang === "zh" ? "ZH" : "EN");
      const res = await fetch(`${base}/report/chain/X.pdf?lang=${lang}`, { headers: authHeaders() });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const pages = await pdfText(await res.arrayBuffer());
      expect(pages.length).toBeGreaterThan(12);
      const all = pages.join("\n");
      pages.forEach((p, i) =>
        expect(p).toContain(
          lang === "zh" ? `第 ${i + 1} 页 / 共 ${pages.length} 页` : `page ${i + 1} / ${pages.length}`,
        ),
      );
      expect(pages[0]).toContain(d.generatedOn);
      if (lang === "zh") {
        expect(pages[0]).toContain("X链 六图六清单");
        expect(pages[0]).toContain("合成数据 2 家（本地 1 家）");
        for (const title of ["树状图", "现状全景图", "未来趋势图", "招商路线图", "重点短板需求"])
          expect(all).toContain(title);
        expect(all).toContain("* 企业h4");
      } else {
        expect(pages[0]).toContain("Chain X: six diagrams and six lists");
        expect(pages[0]).toContain("synthetic 2 (local 1)");
        for (const title of [
          "Chain tree",
          "Current panorama",
          "Future trends",
          "Recruiting roadmap",
          "Key shortfalls",
        ])
          expect(all).toContain(title);
        expect(all).toContain("* Company h4");
        expect(all).toContain("Maintained by the bureau; none yet.");
      }
    },
  );

  it.each(["zh", "en"] as const)(
    "writes the %s XLSX: one sheet per item, rows equal to the API's",
    async (lang) => {
      const d = await dossier(lang === "zh" ? "ZH" : "EN");
      const res = await fetch(`${base}/report/chain/X.xlsx?lang=${lang}`, { headers: authHeaders() });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const items = [...d.diagrams, ...d.lists];
      expect(workbook.worksheets.length).toBe(1 + items.length);
      items.forEach((item, i) => {
        const sheet = workbook.worksheets[i + 1]!;
        expect(sheet.name).toBe(`${i + 1} ${lang === "zh" ? item.titleZh : item.titleEn}`.slice(0, 31));
        const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
        expect(header).toEqual([
          ...item.columns.map((c) => c.label),
          lang === "zh" ? "合成数据" : "Synthetic",
        ]);
        if (item.rows.length === 0) return;
        const rows: string[][] = [];
        sheet.eachRow((row, n) => {
          if (n > 1)
            rows.push(
              (row.values as unknown[])
                .slice(1, item.columns.length + 2)
                .map((v) => (v === undefined || v === null ? "" : String(v))),
            );
        });
        expect(rows).toEqual(
          item.rows.map((r) => [...r.cells, r.synthetic ? (lang === "zh" ? "合成数据" : "synthetic") : ""]),
        );
      });
    },
  );

  it("refuses a bad lang, an unknown chain, a MEMBER and no session", async () => {
    const bad = await fetch(`${base}/report/chain/X.pdf?lang=fr`, { headers: authHeaders() });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: "lang" } });
    const unknown = await fetch(`${base}/report/chain/NOPE.xlsx`, { headers: authHeaders() });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "NOT_FOUND", field: "chainId" } });
    expect((await fetch(`${base}/report/chain/X.pdf`, { headers: { cookie: member } })).status).toBe(403);
    expect((await fetch(`${base}/report/chain/X.pdf`)).status).toBe(401);
  });
});
