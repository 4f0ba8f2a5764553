import { describe, expect, it } from "vitest";
import { formatMoney } from "../../client/src/i18n/index.ts";

// Worked by hand: 1 亿 = 10⁸ yuan, 1 万 = 10⁴ yuan; 1 bn = 10⁹, 1 m = 10⁶.
describe("formatMoney", () => {
  it("reads 万元 and 亿元 in Chinese", () => {
    expect(formatMoney("zh", 46_500_000_000)).toBe("465 亿元");
    expect(formatMoney("zh", 500_000_000)).toBe("5 亿元");
    expect(formatMoney("zh", 123_456_789)).toBe("1.23 亿元");
    expect(formatMoney("zh", 3_500_000)).toBe("350 万元");
    expect(formatMoney("zh", 35_000)).toBe("3.5 万元");
    expect(formatMoney("zh", 999)).toBe("999 元");
    expect(formatMoney("zh", 30_000_000, "USD")).toBe("3,000 万美元");
  });
  it("reads millions and billions in English", () => {
    expect(formatMoney("en", 46_500_000_000)).toBe("46.5 bn RMB");
    expect(formatMoney("en", 500_000_000)).toBe("500 m RMB");
    expect(formatMoney("en", 3_500_000)).toBe("3.5 m RMB");
    expect(formatMoney("en", 30_000_000, "USD")).toBe("30 m USD");
    expect(formatMoney("en", 999)).toBe("999 RMB");
  });
});
