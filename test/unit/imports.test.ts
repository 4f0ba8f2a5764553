import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem } from "../../server/src/imports/credit-code.ts";
import { decodeText } from "../../server/src/imports/encoding.ts";
import { KINDS } from "../../server/src/imports/kinds/index.ts";
import { Lookups } from "../../server/src/imports/lookups.ts";
import { detectKind, validateRows } from "../../server/src/imports/plan.ts";
import { readTable } from "../../server/src/imports/table.ts";
import { templateCsv } from "../../server/src/imports/template.ts";

const lookups = new Lookups(
  [
    { id: "X1", name: "Segment X1", nameZh: "环节X1", leaf: true },
    { id: "X2", name: "PV cells", nameZh: "光伏电池", leaf: true },
    { id: "X-S", name: "X parts", nameZh: "X部件", leaf: false },
  ],
  [
    { code: "CN", name: "China", nameZh: "中国", level: "COUNTRY", parent: null, lat: 1, lon: 1 },
    { code: "320000", name: "Jiangsu", nameZh: "江苏省", level: "PROVINCE", parent: "CN", lat: 1, lon: 1 },
    { code: "320600", name: "Nantong", nameZh: "南通市", level: "CITY", parent: "320000", lat: 1, lon: 1 },
    {
      code: "320612",
      name: "Tongzhou District",
      nameZh: "通州区",
      level: "DISTRICT",
      parent: "320600",
      lat: 1,
      lon: 1,
    },
    { code: "110000", name: "Beijing", nameZh: "北京市", level: "PROVINCE", parent: "CN", lat: 1, lon: 1 },
    {
      code: "110112",
      name: "Tongzhou District",
      nameZh: "通州区",
      level: "DISTRICT",
      parent: "110000",
      lat: 1,
      lon: 1,
    },
  ],
  [{ id: "AL1", name: "NE Alliance", nameZh: "新能源联盟" }],
);

const csv = (text: string) => new TextEncoder().encode(text);

async function problemsOf(kind: string, text: string) {
  const table = await readTable(csv(text));
  return validateRows(KINDS[kind]!, table, lookups);
}

describe("credit codes (GB 32100 check character)", () => {
  // Published codes: the standard's own example and the registered codes of listed companies.
  it.each([
    "91350100M000100Y43",
    "9144030071526726XG",
    "91330100716105852F",
    "914403001922038216",
    "91110000802100433B",
  ])("accepts %s", (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });
  it("names a wrong check character, a wrong length and a forbidden letter", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toBe(
      'check character is "4" but GB 32100 gives "3" for the first 17 characters',
    );
    expect(creditCodeProblem("91350100M000100Y4")).toBe("a credit code has 18 characters, this one has 17");
    expect(creditCodeProblem("91350100M000100I43")).toMatch(/character "I" is not allowed/);
  });
});

describe("encodings", () => {
  const text = "nameZh,region\n南通测试有限公司,南通市\n";
  const gbk = new Uint8Array(
    // 南通测试有限公司,南通市 in GBK (bytes as Excel on a Chinese Windows writes them)
    [
      ...Buffer.from("nameZh,region\n"),
      0xc4,
      0xcf,
      0xcd,
      0xa8,
      0xb2,
      0xe2,
      0xca,
      0xd4,
      0xd3,
      0xd0,
      0xcf,
      0xde,
      0xb9,
      0xab,
      0xcb,
      0xbe,
      0x2c,
      0xc4,
      0xcf,
      0xcd,
      0xa8,
      0xca,
      0xd0,
      0x0a,
    ],
  );
  it("reads UTF-8, UTF-8 with BOM and GBK to the same text", () => {
    expect(decodeText(csv(text))).toEqual({ text, encoding: "UTF-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...csv(text)]))).toEqual({
      text,
      encoding: "UTF-8 BOM",
    });
    expect(decodeText(gbk)).toEqual({ text, encoding: "GB18030" });
  });
  it("refuses bytes that are neither, and UTF-16, naming the encoding", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x81, 0x20, 0xff]))).toThrow(
      /neither UTF-8 nor GBK\/GB18030/,
    );
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toThrow(/UTF-16/);
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(
      /byte-order mark but is not valid UTF-8/,
    );
  });
});

describe("columns", () => {
  it("accepts English and Chinese headers and finds the kind", async () => {
    expect(detectKind(["creditCode", "nameZh", "region", "segments", "revenue"])).toBe("companies");
    expect(detectKind(["统一社会信用代码", "企业名称", "所在地区", "产业环节", "营业收入（万元）"])).toBe(
      "companies",
    );
    expect(detectKind(["supplier", "customer"])).toBe("ties");
    expect(detectKind(["企业", "联盟"])).toBe("members");
    expect(() => detectKind(["foo"])).toThrow(/fit no import kind/);
  });
  it("names unknown and missing columns", async () => {
    await expect(problemsOf("companies", "nameZh,revenu\nA,1\n")).rejects.toThrow(
      /unknown column "revenu" for companies .*; missing required column region \(所在地区\)/,
    );
  });
  it("templates are UTF-8 with BOM and carry the contract's English headers", () => {
    const t = templateCsv("companies");
    expect(t.startsWith("\uFEFFcreditCode,nameZh,name,region,segments,revenue,")).toBe(true);
    expect(templateCsv("companies", "zh")).toMatch(/^\uFEFF统一社会信用代码,企业名称/);
    expect(templateCsv("leads")).toBe(
      "\uFEFFref,company,region,segment,stage,amount,currency,fixedAssets,jobs,fundLinked,fundAmount,team,owner,office,createdOn,stageOn,note\r\n",
    );
    expect(templateCsv("leads", "zh")).toMatch(/^\uFEFF线索编号,企业,所在地区,产业环节,阶段,计划投资,币种,/);
  });
});

describe("row validation (every rule with its message)", () => {
  const head =
    "creditCode,nameZh,region,segments,revenue,currency,employees,founded,listed,stockCode,growth,rdIntensity\n";
  const cases: [string, string, string][] = [
    [",,320600,X1,,,,,,,,", "企业名称", "required: the cell is empty"],
    [
      "91350100M000100Y44,A,320600,X1,,,,,,,,",
      "creditCode",
      'check character is "4" but GB 32100 gives "3" for the first 17 characters',
    ],
    [",A,,X1,,,,,,,,", "region", "required: the cell is empty"],
    [",A,上海,X1,,,,,,,,", "region", 'no region has the code or name "上海"'],
    [
      ",A,通州区,X1,,,,,,,,",
      "region",
      'region "通州区" is ambiguous (320612 通州区, 110112 通州区): give the code or the province/city path',
    ],
    [",A,320600,X9,,,,,,,,", "segments", 'no segment has the id or name "X9"'],
    [
      ",A,320600,X部件,,,,,,,,",
      "segments",
      '"X部件" is a sub-chain, not a leaf segment: name one of its segments',
    ],
    [",A,320600,X1;环节X1,,,,,,,,", "segments", '"环节X1" is listed twice'],
    [",A,320600,X1,abc,,,,,,,", "revenue", '"abc" is not a number'],
    [",A,320600,X1,-5,,,,,,,", "revenue", "must be at least 0 万元, not -5"],
    [
      ",A,320600,X1,5,USD,,,,,,",
      "currency",
      'amounts must be in CNY (人民币); "USD" given: convert them first (no exchange rate is assumed)',
    ],
    [",A,320600,X1,5,金币,,,,,,", "currency", '"金币" is not a currency code (use CNY / 人民币)'],
    [",A,320600,X1,,,12.5,,,,,", "employees", "must be a whole number, not 12.5"],
    [",A,320600,X1,,,,2015-02-30,,,,", "founded", '"2015-02-30" is not a real day'],
    [",A,320600,X1,,,,2999-01-01,,,,", "founded", '"2999-01-01" is in the future'],
    [
      ",A,320600,X1,,,,三月,,,,",
      "founded",
      '"三月" is not a date (use 2015-03-08, 2015/3/8, 2015年3月8日 or a year)',
    ],
    [",A,320600,X1,,,,1700,,,,", "founded", "year 1700 is before 1800"],
    [",A,320600,X1,,,,,maybe,,,", "listed", '"maybe" is not yes or no (是/否, true/false, 1/0)'],
    [",A,320600,X1,,,,,,12345,,", "stockCode", "not a stock code (e.g. 601222.SH, 0700.HK)"],
    [",A,320600,X1,,,,,否,601222.SH,,", "listed", "says not listed but a stock code is given"],
    [",A,320600,X1,,,,,,,-150,", "growth", "must be between -100% and 1000%, not -150"],
    [",A,320600,X1,,,,,,,,120%", "rdIntensity", "must be between 0% and 100%, not 120%"],
  ];
  it.each(cases)("%s → %s: %s", async (row, column, reason) => {
    const header = column === "企业名称" ? head.replace("nameZh", "企业名称") : head;
    const { valid, problems } = await problemsOf("companies", header + row + "\n");
    expect(valid).toHaveLength(0);
    expect(problems).toContainEqual(expect.objectContaining({ row: 2, column, reason }));
  });

  it("reads a good row with units converted, names and paths resolved", async () => {
    const { valid, problems } = await problemsOf(
      "companies",
      head +
        '91350100m000100y43 ,甲公司,江苏/南通/通州区,光伏电池;x1,"125,000",人民币,850,2015年3月8日,是,601222.sh,12.5%,4.2\n',
    );
    expect(problems).toEqual([]);
    const rec = valid[0]!.rec as Record<string, unknown>;
    expect(rec).toMatchObject({
      creditCode: "91350100M000100Y43",
      region: { code: "320612" },
      revenue: 125000,
      employees: 850,
      founded: { iso: "2015-03-08", year: 2015 },
      listed: true,
      growth: 0.125,
      rdIntensity: 0.042,
    });
    expect((rec.segments as { id: string }[]).map((s) => s.id)).toEqual(["X2", "X1"]);
  });

  it("numbers rows as the file does (header row 1, multi-line cells, blank lines)", async () => {
    const { problems } = await problemsOf(
      "companies",
      head + ',A,320600,X1,,,,,,,,\n\n,"B\nB",320600,X1,x,,,,,,,\n',
    );
    expect(problems).toEqual([
      {
        row: 4,
        column: "revenue",
        value: "x",
        reason: '"x" is not a number',
        code: "not_number",
        params: { value: "x" },
      },
    ]);
  });

  it("validates the other kinds' rows", async () => {
    expect((await problemsOf("ties", "supplier,customer\nA,A\n")).problems).toEqual([
      {
        row: 2,
        column: "customer",
        value: "A",
        reason: "a company cannot supply itself",
        code: "self_supply",
        params: {},
      },
    ]);
    expect(
      (await problemsOf("members", "company,alliance,role\nA,NOPE,boss\n")).problems.map((p) => p.reason),
    ).toEqual([
      'no alliance has the id or name "NOPE"',
      '"boss" is not a role (LEAD/牵头单位 or MEMBER/成员单位)',
    ]);
    expect(
      (await problemsOf("links", "company,segment,primary\nA,X1,perhaps\n")).problems.map((p) => p.reason),
    ).toEqual(['"perhaps" is not yes or no (是/否, true/false, 1/0)']);
  });
});
