import { describe, expect, test } from "vitest";
import { defaultExchangeRate } from "./currency-rates";
import { estimatedEarnings, DEFAULT_EARNINGS_SETTINGS } from "./earnings";
import { convertMinor, parseExchangeRate, roundMicros, viewsMicros } from "./money";

describe("roundMicros: the one rounding, half up (away from zero)", () => {
  test.each<[bigint, bigint]>([
    [0n, 0n],
    [499_999n, 0n],
    [500_000n, 1n],
    [1_500_000n, 2n],
    [-500_000n, -1n],
    [-499_999n, 0n],
    [123_456_789_000_000_000_000n, 123_456_789_000_000n],
  ])("%s micros → %s", (micros, minor) => {
    expect(roundMicros(micros)).toBe(minor);
  });

  test("views × rate is exact: 125 views at $0.04 per 1,000 are half a cent", () => {
    expect(viewsMicros(125n, 4000)).toBe(500_000n);
  });
});

describe("estimatedEarnings sums exactly and rounds once", () => {
  test("200 videos of 125 views at $0.04 per 1,000: $1.00, not 200 rounded half cents ($2.00)", () => {
    const videos = Array.from({ length: 200 }, () => ({ views: 125n, durationSeconds: 30 }));
    const e = estimatedEarnings({ videos }, DEFAULT_EARNINGS_SETTINGS);
    expect(e.fundCents).toBe(100n);
    expect(e.viewsCents).toBe(100n);
  });
});

describe("parseExchangeRate", () => {
  test.each<[string, string | null]>([
    ["10.15", "10.15"],
    ["155", "155"],
    ["0.0000184", "0.0000184"],
    ["1,465", "1465"],
    ["0", null],
    ["-1", null],
    ["ten", null],
    ["1e3", null],
    ["", null],
  ])("%j → %j", (text, normalized) => {
    expect(parseExchangeRate(text)?.text ?? null).toBe(normalized);
  });
});

describe("convertMinor: × rate, minor digits shifted, rounded once", () => {
  const rate = (t: string) => parseExchangeRate(t)!;
  test.each<{ amount: bigint; from: string; to: string; rate: string; expected: bigint }>([
    { amount: 4000n, from: "USD", to: "NOK", rate: "10.15", expected: 40_600n }, // $0.04 → 0.406 kr (milli-minor)
    { amount: 1500n, from: "USD", to: "NOK", rate: "10.15", expected: 15_225n }, // $15 → 152.25 kr
    { amount: 4000n, from: "USD", to: "JPY", rate: "155", expected: 6_200n }, // $0.04 → ¥6.2 (milli-yen)
    { amount: 1500n, from: "USD", to: "JPY", rate: "155", expected: 2_325n }, // $15 → ¥2,325
    { amount: 1500n, from: "USD", to: "KWD", rate: "0.307", expected: 4_605n }, // $15 → 4.605 KWD
    { amount: 2325n, from: "JPY", to: "USD", rate: "0.0064516", expected: 1500n },
    { amount: -1000n, from: "USD", to: "NOK", rate: "10.155", expected: -10_155n },
    { amount: 1n, from: "USD", to: "NOK", rate: "10.15", expected: 10n },
  ])("$amount $from at $rate → $expected $to", ({ amount, from, to, rate: r, expected }) => {
    expect(convertMinor(amount, from, to, rate(r))).toBe(expected);
  });
});

describe("defaultExchangeRate", () => {
  test("from the table, written out for the form", () => {
    expect(defaultExchangeRate("USD", "NOK")).toBe("10.15");
    expect(defaultExchangeRate("NOK", "NOK")).toBe("1");
    expect(defaultExchangeRate("IDR", "KWD")).toMatch(/^0\.0000\d+$/);
    expect(parseExchangeRate(defaultExchangeRate("IDR", "KWD")!)).not.toBeNull();
    expect(defaultExchangeRate("USD", "XAF")).toBeNull();
  });
});
