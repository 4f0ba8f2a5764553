import type http from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/app.ts";
import { createGraphQL } from "../../server/src/yoga.ts";
import { loadFixture } from "../fixtures/load.ts";
import { targetsFixture } from "../fixtures/targets.ts";
import { authHeaders, gql, silentLog, testConfig, testDb } from "../helpers.ts";

// The fixture and its hand-computed ranking are in test/fixtures/targets.ts and
// test/int/targets.test.ts: A1 ranks k1, k4, k2, k5, k3. Here the files are read back and compared
// with what GraphQL answers for the same arguments.
const db = testDb();
const config = testConfig({ homeRegion: "320671", env: "production" });
const deps = { db, config, log: silentLog };
const yoga = createGraphQL(deps);
let server: http.Server;
let base = "";

beforeAll(async () => {
  await loadFixture(db, targetsFixture);
  server = createHttpServer(deps);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.driver.close();
});

interface GqlTarget {
  company: { id: string; name: string; nameZh: string };
  segment: { nameZh: string };
  score: number;
  features: { name: string; contribution: number }[];
  reasons: string[];
  leadStatus: string | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function graphqlRanking(vars: Record<string, unknown>, lang = "ZH"): Promise<GqlTarget[]> {
  const r = await gql<{ targets: { edges: { node: GqlTarget }[] } }>(
    yoga,
    `query($segmentId: ID, $weights: TargetWeightsInput, $filter: TargetFilter, $lang: Lang) {
       targets(segmentId: $segmentId, weights: $weights, filter: $filter, first: 100) { edges { node {
         company { id name nameZh } segment { nameZh } score leadStatus
         features { name contribution } reasons(lang: $lang) } } } }`,
    { ...vars, lang },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.targets.edges.map((e) => e.node);
}

describe("CSV export", () => {
  it("streams the ranking with a BOM, Chinese headers, escaped formulas and GraphQL's numbers", async () => {
    const res = await fetch(`${base}/export/targets.csv?segmentId=A1&weights.ties=0.3`, {
      headers: authHeaders(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="targets-A1-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<string, string>[];
    const expected = await graphqlRanking({ segmentId: "A1", weights: { ties: 0.3 } });

    expect(Object.keys(rows[0]!)).toEqual([
      "排名",
      "企业ID",
      "企业名称",
      "英文名称",
      "所在地区",
      "城市",
      "省份/国家",
      "产业链环节",
      "综合得分",
      "营收（万元）",
      "契合度得分",
      "本地供需关联得分",
      "规模得分",
      "成长性得分",
      "创新性得分",
      "上市得分",
      "区位邻近得分",
      "产业联盟得分",
      "推荐理由",
      "跟进状态",
      "数据来源",
    ]);
    expect(rows.map((r) => r["企业ID"])).toEqual(expected.map((t) => t.company.id));
    rows.forEach((row, i) => {
      const t = expected[i]!;
      expect(Number(row["排名"])).toBe(i + 1);
      // Rounded to three decimals for people (GraphQL keeps full precision).
      expect(Number(row["综合得分"])).toBe(round3(t.score));
      expect(row["综合得分"]).toMatch(/^\d\.\d{1,3}$|^[01]$/);
      expect(Number(row["本地供需关联得分"])).toBe(
        round3(t.features.find((f) => f.name === "ties")!.contribution),
      );
      expect(row["推荐理由"]).toBe(t.reasons.join("；"));
      expect(row["产业链环节"]).toBe("测试多晶硅");
      // k5's Chinese name starts with "=": Excel would run it as a formula without the apostrophe.
      expect(row["企业名称"]).toBe(
        t.company.nameZh.startsWith("=") ? `'${t.company.nameZh}` : t.company.nameZh,
      );
    });
    expect(rows.find((r) => r["企业ID"] === "k5")!["企业名称"]).toBe("'=上海新材");
    expect(rows.find((r) => r["企业ID"] === "k1")!["所在地区"]).toBe("上海市辖区");
    // Region, city, province and revenue (stored in million RMB: 1000 → 100,000 万元; unknown stays empty).
    const place = (id: string) => {
      const r = rows.find((x) => x["企业ID"] === id)!;
      return [r["所在地区"], r["城市"], r["省份/国家"], r["营收（万元）"]];
    };
    expect(place("k1")).toEqual(["上海市辖区", "上海市辖区", "上海市", "100000"]);
    expect(place("k2")).toEqual(["通州区", "南通市", "江苏省", "20000"]);
    expect(place("k4")).toEqual(["德国", "", "德国", "500000"]);
    expect(place("k5")).toEqual(["上海市辖区", "上海市辖区", "上海市", ""]);
    expect(rows.find((r) => r["企业ID"] === "k3")!["数据来源"]).toBe("公开资料");
    expect(rows.find((r) => r["企业ID"] === "k1")!["数据来源"]).toBe("用户导入");
  });

  it("writes English headers and reasons with lang=en, and honours first and the filter", async () => {
    const res = await fetch(
      `${base}/export/targets.csv?segmentId=A1&lang=en&first=2&countries=CN&listed=false`,
      { headers: authHeaders() },
    );
    const rows = parse(Buffer.from(await res.arrayBuffer()), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    // Chinese, unlisted: k2, k5, k3 in rank order; first=2 keeps two.
    const expected = (
      await graphqlRanking({ segmentId: "A1", filter: { countries: ["CN"], listed: false } }, "EN")
    ).slice(0, 2);
    expect(rows.map((r) => r["Company ID"])).toEqual(["k2", "k5"]);
    expect(rows.map((r) => r.Reasons)).toEqual(expected.map((t) => t.reasons.join("; ")));
    expect(rows[0]!.Segment).toBe("Test polysilicon");
    expect(rows.map((r) => [r.City, r["Province / country"], r["Revenue (m RMB)"]])).toEqual([
      ["Nantong", "Jiangsu", "200"],
      ["Shanghai City", "Shanghai", ""],
    ]);
  });

  it("refuses bad parameters with 400 and a JSON body naming the parameter", async () => {
    const cases: [string, number, string][] = [
      ["", 400, "segmentId"],
      ["segmentId=A1&first=0", 400, "first"],
      ["segmentId=A1&first=abc", 400, "first"],
      ["segmentId=A1&weights.ties=-1", 400, "weights.ties"],
      ["segmentId=A1&weights.fit=x", 400, "weights.fit"],
      ["segmentId=A1&provinces=999999", 400, "filter.provinces"],
      ["segmentId=A1&minRevenue=-5", 400, "filter.minRevenue"],
      ["segmentId=A1&listed=yes", 400, "filter.listed"],
      ["segmentId=A1&source=web", 400, "filter.source"],
      ["segmentId=A1&lang=fr", 400, "lang"],
      ["segmentId=A1&segment=A2", 400, "segment"],
      ["segmentId=A1&segmentId=A2", 400, "segmentId"],
      ["segmentId=ZZ", 404, ""],
    ];
    for (const [query, status, field] of cases) {
      const res = await fetch(`${base}/export/targets.csv?${query}`, { headers: authHeaders() });
      expect(res.status, query).toBe(status);
      const body = (await res.json()) as { error: { code: string; field?: string; message: string } };
      expect(body.error.code, query).toBe(status === 404 ? "NOT_FOUND" : "BAD_USER_INPUT");
      if (field) expect(body.error.field, query).toBe(field);
    }
    expect(
      (await fetch(`${base}/export/targets.pdf?segmentId=A1`, { headers: authHeaders() })).status,
    ).not.toBe(200);
  });
});

describe("XLSX export", () => {
  it("streams a workbook whose cells match the GraphQL ranking", async () => {
    const res = await fetch(`${base}/export/targets.xlsx?segmentId=A1`, { headers: authHeaders() });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("招商目标");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe("排名");
    expect(header[8]).toBe("综合得分");
    expect(header[9]).toBe("营收（万元）");
    // The header frozen, a filter over every column, and widths that fit what they hold.
    expect(sheet.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 1 })]);
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + header.length)}1`);
    expect(header.length).toBe(21);
    const width = (name: string) => sheet.getColumn(header.indexOf(name) + 1).width;
    expect([width("排名"), width("企业名称"), width("推荐理由"), width("综合得分")]).toEqual([6, 30, 80, 10]);
    const expected = await graphqlRanking({ segmentId: "A1" });
    expect(sheet.rowCount).toBe(1 + expected.length);
    expected.forEach((t, i) => {
      const cells = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(cells[0]).toBe(i + 1);
      expect(cells[1]).toBe(t.company.id);
      // Typed cells: a string starting with "=" stays a string, so it is written unescaped.
      expect(cells[2]).toBe(t.company.nameZh);
      expect(cells[8]).toBe(round3(t.score));
      expect(cells[9]).toBe({ k1: 100000, k2: 20000, k4: 500000 }[t.company.id as "k1"] ?? undefined);
      expect(cells[18]).toBe(t.reasons.join("；"));
    });
  });

  it("uses English headers with lang=en", async () => {
    const res = await fetch(`${base}/export/targets.xlsx?segmentId=A1&lang=en`, { headers: authHeaders() });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Targets");
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Rank", "Company ID", "Chinese name"]);
  });
});
