import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recoverImportsAtStart, runImport, undoImport } from "../../server/src/imports/index.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { gapsFixture } from "../fixtures/gaps-chain.ts";
import { counts, gbk, graphChecksum, utf8, utf8Bom } from "../fixtures/imports.ts";
import { loadFixture } from "../fixtures/load.ts";
import { gql, signInAs, silentLog, testConfig, testDb } from "../helpers.ts";

const db = testDb();
const yoga = createGraphQL({ db, config: testConfig({ homeRegion: "HOME" } as never), log: silentLog });

beforeAll(async () => {
  await loadFixture(db, gapsFixture);
});
afterAll(async () => {
  await db.driver.close();
});

// Two new companies (one by credit code, one without), one update of h2 by name + region.
const COMPANIES = [
  "统一社会信用代码,企业名称,英文名称,所在地区,产业环节,营业收入（万元）,员工人数,成立日期",
  "91350100M000100Y43,南通新光伏有限公司,Nantong New PV,HOME,环节X2;X3,1500,120,2019-05-01",
  ",海安储能科技,,地区C1,Segment X4,,,2020",
  ",企业h2,,HOME,,20000,,",
].join("\n");

const apply = (bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
  runImport(db, { bytes, file: "companies.csv", user: "tester", staleMs: 0, ...extra });

describe("importing companies", () => {
  it("dry run: counts what would be created, updated and left, writes nothing", async () => {
    const before = await graphChecksum(db);
    const { report, applied } = await apply(utf8(COMPANIES), { dryRun: true });
    expect(applied).toBe(false);
    expect(report).toMatchObject({
      kind: "companies",
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      refused: 0,
      problems: [],
    });
    expect((await graphChecksum(db)).sha).toBe(before.sha);
  });

  it("reports every bad row and writes nothing unless told to skip them", async () => {
    const before = await counts(db);
    const bad = `${COMPANIES}\n,坏公司,,火星,X1,,,\n91350100M000100Y44,另一家,,HOME,X1,-3,,`;
    const r = await apply(utf8(bad));
    expect(r.applied).toBe(false);
    expect(r.report.refused).toBe(2);
    expect(r.report.problems).toEqual([
      {
        row: 5,
        column: "所在地区",
        value: "火星",
        reason: 'no region has the code or name "火星"',
        code: "no_region",
        params: { value: "火星" },
      },
      {
        row: 6,
        column: "统一社会信用代码",
        value: "91350100M000100Y44",
        reason: 'check character is "4" but GB 32100 gives "3" for the first 17 characters',
        code: "credit_code_check",
        params: { given: "4", expected: "3" },
      },
      {
        row: 6,
        column: "营业收入（万元）",
        value: "-3",
        reason: "must be at least 0 万元, not -3",
        code: "below_min",
        params: { min: 0, unit: " 万元", value: "-3" },
      },
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it("matches by normalised name and region; a second row for one company is refused", async () => {
    const r = await apply(utf8("nameZh,region,segments\n企业c2a,C2,X1\n 企业Ｃ2Ａ ,C2,X1"), { dryRun: true });
    expect(r.report).toMatchObject({ unchanged: 1, refused: 1 });
    expect(r.report.problems).toEqual([
      {
        row: 3,
        column: "-",
        value: "企业Ｃ2Ａ",
        reason: "same company as row 2",
        code: "same_row",
        params: { what: "company", row: 2 },
      },
    ]);
  });

  let firstId = "";
  let preImport: Awaited<ReturnType<typeof graphChecksum>>;
  let preCounts: Awaited<ReturnType<typeof counts>>;

  it("applies with provenance on every node and relationship it writes, and changes a 强链 at once", async () => {
    const GAPS = `query { gaps(chainId: "X") { gaps { segment { id } type revenue { localShare } } } }`;
    const gapsBefore = await gql<{ gaps: { gaps: { segment: { id: string }; type: string }[] } }>(yoga, GAPS);
    expect(gapsBefore.data!.gaps.gaps.find((g) => g.segment.id === "X1")?.type).toBe("STRENGTHEN");
    preImport = await graphChecksum(db);
    preCounts = await counts(db);

    const r = await apply(utf8(COMPANIES));
    expect(r.applied).toBe(true);
    expect(r.report).toMatchObject({ created: 2, updated: 1, unchanged: 0, refused: 0 });
    firstId = r.importId!;

    const after = await counts(db);
    // 2 companies; LOCATED_IN 2; OPERATES_IN 2 + 1
    expect(after).toEqual({
      ...preCounts,
      companies: preCounts.companies + 2,
      locatedIn: preCounts.locatedIn + 2,
      operatesIn: preCounts.operatesIn + 3,
    });
    const written = await db.query<{
      what: string;
      id: string;
      source: string;
      file: string;
      row: number;
      by: string;
      at: string;
    }>(
      `CALL () {
         MATCH (c:Company {importId: $id}) RETURN 'node' AS what, c.id AS id, c.source AS source, c.importFile AS file,
           c.importRow AS row, c.importedBy AS by, c.importedAt AS at
         UNION ALL
         MATCH (a)-[r]->(b) WHERE r.importId = $id RETURN type(r) AS what, a.id AS id, r.source AS source,
           r.importFile AS file, r.importRow AS row, r.importedBy AS by, r.importedAt AS at
       } RETURN what, id, source, file, row, by, at ORDER BY what, id`,
      { id: firstId },
    );
    // Every new node and relationship carries the provenance; h2 (an update) too, keeping its source.
    expect(written.map((w) => [w.what, w.id, w.source, w.row])).toEqual([
      ["LOCATED_IN", "91350100M000100Y43", "imported", 2],
      ["LOCATED_IN", expect.stringMatching(/^imp-/), "imported", 3],
      ["OPERATES_IN", "91350100M000100Y43", "imported", 2],
      ["OPERATES_IN", "91350100M000100Y43", "imported", 2],
      ["OPERATES_IN", expect.stringMatching(/^imp-/), "imported", 3],
      ["node", "91350100M000100Y43", "imported", 2],
      ["node", "h2", "imported", 4],
      ["node", expect.stringMatching(/^imp-/), "imported", 3],
    ]);
    for (const w of written) {
      expect([w.file, w.by]).toEqual(["companies.csv", "tester"]);
      expect(Number.isNaN(Date.parse(w.at))).toBe(false);
    }
    const [h2] = await db.query<{ revenue: number; importedFields: string[] }>(
      "MATCH (c:Company {id: 'h2'}) RETURN c.revenue AS revenue, c.importedFields AS importedFields",
    );
    expect(h2).toEqual({ revenue: 200, importedFields: ["revenue"] });

    // X1: local known revenue 10 + 200 + 20 = 230 of 230 + 500 + 2000 + 1000 = 3730: 6.2 % ≥ 5 %,
    // no longer a 强链 gap — answered from fresh presence, not from the cached report.
    const gapsAfter = await gql<{ gaps: { gaps: { segment: { id: string }; type: string }[] } }>(yoga, GAPS);
    expect(gapsAfter.data!.gaps.gaps.find((g) => g.segment.id === "X1")).toBeUndefined();
  });

  it("is idempotent: the same file again changes nothing", async () => {
    const before = await graphChecksum(db);
    const r = await apply(utf8(COMPANIES));
    expect(r.report).toMatchObject({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect((await graphChecksum(db)).sha).toBe(before.sha);
  });

  it("undo restores the exact prior counts, values and checksum, and the 强链 gap", async () => {
    const rec = await undoImport(db, firstId, { user: "tester", staleMs: 0 });
    expect(rec.status).toBe("UNDONE");
    expect(await counts(db)).toEqual(preCounts);
    const now = await graphChecksum(db);
    expect(now.lines).toEqual(preImport.lines);
    expect(now.sha).toBe(preImport.sha);
    const gaps = await gql<{ gaps: { gaps: { segment: { id: string }; type: string }[] } }>(
      yoga,
      `query { gaps(chainId: "X") { gaps { segment { id } type } } }`,
    );
    expect(gaps.data!.gaps.gaps.find((g) => g.segment.id === "X1")?.type).toBe("STRENGTHEN");
    await expect(undoImport(db, firstId, { user: "tester", staleMs: 0 })).rejects.toThrow(
      /is undone, not applied/,
    );
  });

  it("UTF-8, UTF-8 with BOM and GBK files give identical graphs", async () => {
    const sums: string[] = [];
    for (const bytes of [utf8(COMPANIES), utf8Bom(COMPANIES), gbk(COMPANIES)]) {
      const r = await apply(bytes);
      expect(r.report).toMatchObject({ created: 2, updated: 1, refused: 0 });
      sums.push((await graphChecksum(db, { withoutProvenance: true })).sha);
      await undoImport(db, r.importId!, { user: "tester", staleMs: 0 });
    }
    expect(new Set(sums).size).toBe(1);
    expect((await graphChecksum(db)).sha).toBe(preImport.sha);
  });
});

describe("links, ties and members", () => {
  it("applies each kind with provenance and undoes it exactly", async () => {
    const before = await graphChecksum(db);
    const c0 = await counts(db);
    const links = await apply(utf8("company,segment,primary\nh1,X2,否\nh4,X3,是\n企业d1,X2,是"), {
      file: "links.csv",
    });
    // h1→X2 new; h4→X3 already primary (unchanged); d1→X2 exists with primary true (unchanged)
    expect(links.report).toMatchObject({ kind: "links", created: 1, updated: 0, unchanged: 2, refused: 0 });
    const ties = await apply(utf8("供应商,客户\nh1,h4\nc2a,企业h1\nh1,nobody"), {
      file: "ties.csv",
      skipBadRows: true,
    });
    expect(ties.report).toMatchObject({ kind: "ties", created: 2, refused: 1 });
    expect(ties.report.problems).toEqual([
      {
        row: 4,
        column: "客户",
        value: "nobody",
        reason: 'no company has the id, credit code or name "nobody"',
        code: "no_company",
        params: { value: "nobody" },
      },
    ]);
    expect(await counts(db)).toEqual({ ...c0, operatesIn: c0.operatesIn + 1, supplies: c0.supplies + 2 });
    const prov = await db.query<{ n: number }>(
      "MATCH ()-[r:SUPPLIES|OPERATES_IN]->() WHERE r.importId IN $ids AND r.source = 'imported' AND r.importFile IS NOT NULL AND r.importRow IS NOT NULL RETURN count(r) AS n",
      { ids: [links.importId, ties.importId] },
    );
    expect(prov[0]!.n).toBe(3);
    await expect(undoImport(db, links.importId!, { user: "t", staleMs: 0 })).rejects.toThrow(
      new RegExp(ties.importId!),
    );
    await undoImport(db, ties.importId!, { user: "t", staleMs: 0 });
    await undoImport(db, links.importId!, { user: "t", staleMs: 0 });
    expect((await graphChecksum(db)).sha).toBe(before.sha);
  });
});

describe("npm run import (the command line contract)", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
      encoding: "utf8",
      env: {
        ...process.env,
        NEO4J_URI: inject("neo4jUri"),
        NEO4J_USER: "neo4j",
        NEO4J_PASSWORD: "",
        LOG_LEVEL: "silent",
      },
    });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints one line per bad row and the counts, exits 1 on a refused row and 0 when clean; lists and undoes", async () => {
    const before = await graphChecksum(db);
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, gbk(`${COMPANIES}\n,坏公司,,火星,X1,,,`));
    const dry = run([bad, "--kind", "companies", "--dry-run"]);
    expect(dry.status).toBe(1);
    expect(dry.stdout.trim().split("\n")).toEqual([
      'row 5, column 所在地区: no region has the code or name "火星"',
      "created 2, updated 1, unchanged 0, refused 1",
    ]);
    const good = path.join(dir, "good.csv");
    fs.writeFileSync(good, utf8Bom(COMPANIES));
    const ok = run([good, "--user", "cli-test"]);
    expect(ok.stderr).toMatch(/import imp-\d{8}-[0-9a-f]{8} \(companies, UTF-8 BOM\)/);
    expect([ok.status, ok.stdout.trim()]).toEqual([0, "created 2, updated 1, unchanged 0, refused 0"]);
    const id = /import (imp-\S+)/.exec(ok.stderr)![1]!;
    const list = run(["--list"]);
    expect(list.stdout.split("\n")[0]).toMatch(
      new RegExp(`^${id}\\tAPPLIED\\tcompanies\\tgood.csv\\tcli-test\\t`),
    );
    const undo = run(["--undo", id]);
    expect([undo.status, undo.stdout.trim()]).toEqual([0, `undone ${id} (good.csv: created 2, updated 1)`]);
    expect((await graphChecksum(db)).sha).toBe(before.sha);
    const tpl = run(["--template", "companies"]);
    expect(tpl.stdout.startsWith("\uFEFFcreditCode,nameZh,name,region,segments,revenue")).toBe(true);
  });
});

describe("GraphQL (ADMIN only)", () => {
  const IMPORT = `mutation($f: String!, $c: String!, $dry: Boolean) {
    importFile(fileName: $f, contentBase64: $c, dryRun: $dry) {
      applied importId report { kind format rows created updated unchanged refused problems { row column value reason code params { name value } } } } }`;
  it("dry-runs, applies, lists and undoes, with audit events", async () => {
    const before = await graphChecksum(db);
    const content = Buffer.from(gbk(`${COMPANIES}\n,坏公司,,火星,X1,,,`)).toString("base64");
    const dry = await gql<{ importFile: { applied: boolean; report: Record<string, unknown> } }>(
      yoga,
      IMPORT,
      {
        f: "gbk.csv",
        c: content,
        dry: true,
      },
    );
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFile).toEqual({
      applied: false,
      importId: null,
      report: {
        kind: "COMPANIES",
        format: "GB18030",
        rows: 4,
        created: 2,
        updated: 1,
        unchanged: 0,
        refused: 1,
        problems: [
          {
            row: 5,
            column: "所在地区",
            value: "火星",
            reason: 'no region has the code or name "火星"',
            code: "no_region",
            params: [{ name: "value", value: "火星" }],
          },
        ],
      },
    });
    const good = Buffer.from(utf8(COMPANIES)).toString("base64");
    const applied = await gql<{ importFile: { applied: boolean; importId: string } }>(yoga, IMPORT, {
      f: "ok.csv",
      c: good,
    });
    expect(applied.data!.importFile.applied).toBe(true);
    const id = applied.data!.importFile.importId;
    const prov = await gql<{ company: { importedFrom: Record<string, unknown> | null } }>(
      yoga,
      `{ h2: company(id: "h2") { importedFrom { importId file row user fields } } h1: company(id: "h1") { importedFrom { file } }
         created: company(id: "91350100M000100Y43") { importedFrom { row fields } } }`,
    );
    expect(prov.data).toEqual({
      h2: { importedFrom: { importId: id, file: "ok.csv", row: 4, user: "test-admin", fields: ["revenue"] } },
      h1: { importedFrom: null },
      // Created by the import: every property it holds is the import's, read off the node (its
      // coordinates are those of its region, HOME, which the import placed it at).
      created: {
        importedFrom: {
          row: 2,
          fields: [
            "name",
            "nameZh",
            "creditCode",
            "regionCode",
            "founded",
            "employees",
            "revenue",
            "lat",
            "lon",
          ],
        },
      },
    });
    const list = await gql<{
      imports: { id: string; status: string; file: string; user: string; created: number }[];
    }>(yoga, "{ imports(first: 1) { id status file user created } }");
    expect(list.data!.imports).toEqual([
      { id, status: "APPLIED", file: "ok.csv", user: "test-admin", created: 2 },
    ]);
    const undo = await gql<{ undoImport: { status: string; undoneBy: string } }>(
      yoga,
      "mutation($id: ID!) { undoImport(id: $id) { status undoneBy } }",
      { id },
    );
    expect(undo.data!.undoImport).toEqual({ status: "UNDONE", undoneBy: "test-admin" });
    expect((await graphChecksum(db)).sha).toBe(before.sha);
    const audit = await db.query<{ action: string }>(
      "MATCH (e:AuditEvent) WHERE e.target = $id RETURN e.action AS action ORDER BY e.at",
      { id },
    );
    expect(audit.map((a) => a.action)).toEqual(["import.apply", "import.undo"]);
    const bad = await gql(yoga, IMPORT, { f: "x.csv", c: "!!!" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "contentBase64" });
    const analyst = await signInAs(db, "ANALYST", { makeDefault: false });
    const refused = await gql(yoga, IMPORT, { f: "x.csv", c: good, dry: true }, analyst);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("importing leads", () => {
  // Row 2: a lead at VISIT (CREATED + 1 move), 60,000 万元 = 600M CNY: a key project (≥ 500M).
  // Row 3: no reference, so company + segment + team is the key; SIGNED by LEAD → VISIT →
  //        NEGOTIATION → SIGNED (CREATED + 3 moves), the team by its Chinese name.
  // Rows 4–9 are refused, each naming its column.
  const LEADS = [
    "线索编号,企业,产业环节,阶段,计划投资,币种,招商团队,登记日期,阶段日期",
    "NT-1,c2a,X2,VISIT,60000,CNY,T-ZSJ,2025-03-01,2025-04-01",
    ",h1,X1,签约,,,招商局,2025-01-10,2025-02-01",
    "NT-3,h4,X3,PRODUCING,,,T-ZSJ,,",
    "NT-4,h4,X3,LEAD,abc,,T-ZSJ,,",
    "NT-5,nobody,X1,,,,T-ZSJ,,",
    "NT-6,h4,X-S,,,,T-ZSJ,,",
    "NT-7,h4,X3,LEAD,,,T-NOPE,,",
    "NT-8,h4,X3,VISIT,,,T-ZSJ,2025-05-01,2025-04-01",
  ].join("\n");
  const leadsIn = (bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
    runImport(db, {
      bytes,
      file: "leads.csv",
      user: "tester",
      staleMs: 0,
      pipeline: testConfig().pipeline,
      ...extra,
    });
  const leadCounts = async () =>
    (
      await db.query<{ leads: number; events: number; version: string | null }>(
        `CALL () { MATCH (l:Lead) RETURN count(l) AS leads }
         CALL () { MATCH (e:LeadEvent) RETURN count(e) AS events }
         OPTIONAL MATCH (i:PipelineInfo {id: 'pipeline'})
         RETURN leads, events, i.version AS version`,
      )
    )[0]!;

  it("validates each row, naming the column (a refused stage too)", async () => {
    const r = await leadsIn(utf8(LEADS), { dryRun: true });
    expect(r.report).toMatchObject({ kind: "leads", rows: 8, created: 2, unchanged: 0, refused: 6 });
    expect(r.report.problems.map((p) => [p.row, p.column, p.code, p.reason])).toEqual([
      [
        4,
        "阶段",
        "stage_producing",
        "a lead is not imported at 投产 PRODUCING (it lands a local plant): import it at 开工 STARTED and move it on the lead page",
      ],
      [5, "计划投资", "not_number", '"abc" is not a number'],
      [6, "企业", "no_company", 'no company has the id, credit code or name "nobody"'],
      [7, "产业环节", "not_leaf", '"X-S" is a sub-chain, not a leaf segment: name one of its segments'],
      [8, "招商团队", "not_one_of", expect.stringMatching(/^"T-NOPE" is not a team \(T-ZSJ, /)],
      [9, "阶段日期", "date_before", "2025-04-01 is before the 登记日期 / createdOn 2025-05-01"],
    ]);
  });

  it("writes through the pipeline (events, stage rules, audit) with provenance; a re-run changes nothing; undo removes them", async () => {
    const before = await leadCounts();
    const r = await leadsIn(utf8(LEADS), { skipBadRows: true });
    expect(r.applied).toBe(true);
    const after = await leadCounts();
    expect(after.leads).toBe(before.leads + 2);
    expect(after.events).toBe(before.events + 2 + 4);
    expect(after.version).not.toBe(before.version);
    const leads = await db.query<Record<string, unknown>>(
      `MATCH (l:Lead {importId: $id})-[:FOR]->(c:Company)
       OPTIONAL MATCH (l)-[:HAS_EVENT]->(e:LeadEvent)
       WITH l, c, e ORDER BY e.seq
       RETURN c.id AS company, l.ref AS ref, l.stage AS stage, l.amountRmb AS amountRmb, l.keyProject AS key,
              l.teamId AS team, l.signedOn AS signedOn, l.source AS source, l.importFile AS file,
              l.importRow AS row, l.owner AS owner,
              collect(coalesce(e.to, '') + '@' + e.at + ':' + coalesce(e.importId, '-')) AS events
       ORDER BY row`,
      { id: r.importId },
    );
    const e = (to: string, at: string) => `${to}@${at}:${r.importId}`;
    expect(leads).toEqual([
      {
        company: "c2a",
        ref: "NT-1",
        stage: "VISIT",
        amountRmb: 600_000_000,
        key: true,
        team: "T-ZSJ",
        signedOn: null,
        source: "imported",
        file: "leads.csv",
        row: 2,
        owner: "tester",
        events: [e("LEAD", "2025-03-01"), e("VISIT", "2025-04-01")],
      },
      {
        company: "h1",
        ref: null,
        stage: "SIGNED",
        amountRmb: null,
        key: false,
        team: "T-ZSJ",
        signedOn: "2025-02-01",
        source: "imported",
        file: "leads.csv",
        row: 3,
        owner: "tester",
        events: [
          e("LEAD", "2025-01-10"),
          e("VISIT", "2025-02-01"),
          e("NEGOTIATION", "2025-02-01"),
          e("SIGNED", "2025-02-01"),
        ],
      },
    ]);
    const audit = await db.query<{ n: number }>(
      "MATCH (a:AuditEvent {action: 'lead.import', target: $id}) RETURN count(a) AS n",
      { id: r.importId },
    );
    expect(audit[0]!.n).toBe(1);

    const again = await leadsIn(utf8(LEADS), { skipBadRows: true });
    expect(again.report).toMatchObject({ created: 0, unchanged: 2, refused: 6 });
    expect((await leadCounts()).leads).toBe(after.leads);
    expect((await leadCounts()).events).toBe(after.events);

    const changed = await leadsIn(utf8(LEADS.split("\n").slice(0, 2).join("\n").replace("60000", "70000")), {
      dryRun: true,
    });
    expect(changed.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "线索编号", "lead_exists"],
    ]);

    await undoImport(db, again.importId!, { user: "tester", staleMs: 0 });
    await undoImport(db, r.importId!, { user: "tester", staleMs: 0 });
    const undone = await leadCounts();
    expect([undone.leads, undone.events]).toEqual([before.leads, before.events]);
  });
});

describe("an import cut short is rolled back at server start", () => {
  it("rolls back a stale APPLYING import at once and leaves a live one alone", async () => {
    const before = await graphChecksum(db);
    const cut = await apply(utf8("company,segment,primary\nh1,X2,否\nh4,X1,否"), { file: "links.csv" });
    expect(cut.report.created).toBe(2);
    // As a kill -9 leaves it: the data written, the log still APPLYING, the heartbeat old.
    await db.write((tx) =>
      tx.run(
        "MATCH (i:Import {id: $id}) SET i.status = 'APPLYING', i.heartbeatAt = datetime() - duration('PT1H')",
        { id: cut.importId },
      ),
    );
    // Another import still running (fresh heartbeat): perhaps a live CLI process; not touched.
    await db.write((tx) =>
      tx.run(
        "CREATE (:Import {id: 'imp-live', status: 'APPLYING', startedAt: datetime(), heartbeatAt: datetime(), ops: 0})",
      ),
    );
    expect(await recoverImportsAtStart(db, { staleMs: 60_000 })).toEqual([cut.importId]);
    const status = await db.query<{ id: string; status: string }>(
      "MATCH (i:Import) WHERE i.id IN [$id, 'imp-live'] RETURN i.id AS id, i.status AS status ORDER BY id",
      { id: cut.importId },
    );
    expect(status).toEqual([
      { id: cut.importId, status: "ROLLED_BACK" },
      { id: "imp-live", status: "APPLYING" },
    ]);
    expect((await graphChecksum(db)).sha).toBe(before.sha);
    await db.write((tx) => tx.run("MATCH (i:Import {id: 'imp-live'}) DELETE i"));
  });
});
