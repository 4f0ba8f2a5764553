import { describe, expect, it } from "vitest";
import { en, zh } from "../../client/src/i18n/messages.ts";
import { reasonText } from "../../client/src/transforms/import-reasons.ts";
import { REASON_EN, reason } from "../../server/src/imports/reasons.ts";

describe("refused rows' reasons in both languages", () => {
  it("every server reason code has a Chinese and an English message; Chinese uses only its parameters", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, text] of Object.entries(REASON_EN)) {
      const key = `importReason_${code}` as keyof typeof zh;
      expect(zh[key], code).toBeTruthy();
      expect(en[key], code).toBe(text);
      // Chinese may leave one out (same_row's English noun `what`), never invent one.
      for (const p of placeholders(zh[key])) expect(placeholders(text), code).toContain(p);
    }
  });

  it("renders a reason from its code and parameters: Chinese on the Chinese page, the CLI's English on the English one", () => {
    const r = reason("below_min", { min: 0, unit: " 万元", value: "-3" });
    const row = {
      reason: r.text,
      code: r.code,
      params: Object.entries(r.params).map(([name, value]) => ({ name, value: String(value) })),
    };
    expect(r.text).toBe("must be at least 0 万元, not -3");
    expect(reasonText("zh", row)).toBe("不能小于 0 万元，而非 -3");
    expect(reasonText("en", row)).toBe("must be at least 0 万元, not -3");
    const region = {
      reason: 'no region has the code or name "火星"',
      code: "no_region",
      params: [{ name: "value", value: "火星" }],
    };
    expect(reasonText("zh", region)).toBe("没有代码或名称为“火星”的地区");
  });

  it("falls back to the server's English text for a code the client does not know", () => {
    expect(reasonText("zh", { reason: "something new", code: "brand_new", params: [] })).toBe(
      "something new",
    );
  });
});
