import { describe, expect, test } from "vitest";
import {
  centsToDecimalString,
  formatCompactCount,
  formatCount,
  formatMoney,
  formatRate,
  minorDigits,
  MISSING,
  parseMoneyToCents,
} from "./format";
import { tierForRate, tierForSums } from "./tier";

// Intl uses narrow no-break spaces in some locales; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatCount / formatCompactCount", () => {
  test.each([
    { n: 1_234_567n, locale: "en-US", expected: "1,234,567" },
    { n: 1_234_567n, locale: "de-DE", expected: "1.234.567" },
    { n: 9_007_199_254_740_993n, locale: "en-US", expected: "9,007,199,254,740,993" },
    { n: 0, locale: "en-US", expected: "0" },
    { n: Number.NaN, locale: "en-US", expected: "—" },
  ])("$n in $locale → $expected", ({ n, locale, expected }) => {
    expect(formatCount(n, locale)).toBe(expected);
  });

  test.each([
    { n: 1_234_567n, locale: "en-US", expected: "1.2M" },
    { n: 3_000_000_000n, locale: "en-US", expected: "3B" },
    { n: 950, locale: "en-US", expected: "950" },
    { n: 1_234_567n, locale: "de-DE", expected: "1,2 Mio." },
  ])("compact $n in $locale → $expected", ({ n, locale, expected }) => {
    expect(plain(formatCompactCount(n, locale))).toBe(expected);
  });
});

describe("formatRate: ER's one display rule (one decimal, rounded down, narrow no-break space before %)", () => {
  test.each([
    { rate: 15, locale: "en-US", expected: "15.0 %" },
    { rate: 9.597156, locale: "en-US", expected: "9.5 %" },
    { rate: 2.95, locale: "en-US", expected: "2.9 %" },
    { rate: 33.333333, locale: "en-US", expected: "33.3 %" },
    { rate: 0, locale: "en-US", expected: "0.0 %" },
    { rate: 150, locale: "en-US", expected: "150.0 %" },
    { rate: 15, locale: "de-DE", expected: "15,0 %" },
    { rate: 1234.56, locale: "de-DE", expected: "1.234,5 %" },
    { rate: null, locale: "en-US", expected: "—" },
    { rate: Number.NaN, locale: "de-DE", expected: "—" },
    { rate: Number.POSITIVE_INFINITY, locale: "en-US", expected: "—" },
  ])("$rate in $locale → $expected", ({ rate, locale, expected }) => {
    expect(plain(formatRate(rate, locale))).toBe(expected);
  });

  test("the space before % is a narrow no-break space (U+202F) in every locale", () => {
    expect(formatRate(9.6, "en-US")).toBe("9.6\u202F%");
    expect(formatRate({ interactions: 96n, views: 1000n }, "nb-NO")).toBe("9,6\u202F%");
  });

  // At and just below each tier boundary the figure must read as the tier it is in.
  test.each([
    { rate: 3, expected: "3.0 %", tier: "average" },
    { rate: 2.999, expected: "2.9 %", tier: "below" },
    { rate: 2.95, expected: "2.9 %", tier: "below" },
    { rate: 5, expected: "5.0 %", tier: "good" },
    { rate: 4.999, expected: "4.9 %", tier: "average" },
    { rate: 4.96, expected: "4.9 %", tier: "average" },
    { rate: 10, expected: "10.0 %", tier: "excellent" },
    { rate: 9.999, expected: "9.9 %", tier: "good" },
    { rate: 9.95, expected: "9.9 %", tier: "good" },
  ])("$rate % → $expected, beside $tier", ({ rate, expected, tier }) => {
    const text = plain(formatRate(rate, "en-US"));
    expect(text).toBe(expected);
    expect(tierForRate(Number.parseFloat(text))).toBe(tier);
    expect(tierForRate(rate)).toBe(tier);
  });

  // From the sums the floor is exact, even where a float rate rounds up onto the boundary.
  test.each([
    { interactions: 3n, views: 100n, expected: "3.0 %" },
    { interactions: 2_999n, views: 100_000n, expected: "2.9 %" },
    { interactions: 2_999_999_999n, views: 100_000_000_000n, expected: "2.9 %" },
    { interactions: 5n, views: 100n, expected: "5.0 %" },
    { interactions: 4_999_999_999n, views: 100_000_000_000n, expected: "4.9 %" },
    { interactions: 1n, views: 10n, expected: "10.0 %" },
    { interactions: 9_999_999_999n, views: 100_000_000_000n, expected: "9.9 %" },
    { interactions: 30_000n, views: 20_000n, expected: "150.0 %" },
    { interactions: 5n, views: 0n, expected: "—" },
  ])("$interactions ÷ $views → $expected, never the next tier's figure", ({ interactions, views, expected }) => {
    const text = plain(formatRate({ interactions, views }, "en-US"));
    expect(text).toBe(expected);
    if (views > 0n) expect(tierForRate(Number.parseFloat(text))).toBe(tierForSums(interactions, views));
  });

  test("a missing ER never reads as NaN or 0 %", () => {
    expect(formatRate(null, "en-US")).toBe(MISSING);
    expect(formatRate(null, "en-US")).not.toMatch(/NaN|0/);
  });
});

describe("minorDigits", () => {
  test.each([
    ["USD", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["KWD", 3],
  ])("%s has %i minor digits", (currency, digits) => {
    expect(minorDigits(currency)).toBe(digits);
  });
});

describe("formatMoney", () => {
  test.each([
    { cents: 4_000n, currency: "USD", locale: "en-US", expected: "$40.00" },
    { cents: 123_450n, currency: "USD", locale: "en-US", expected: "$1,234.50" },
    { cents: -5n, currency: "USD", locale: "en-US", expected: "-$0.05" },
    { cents: 0n, currency: "USD", locale: "en-US", expected: "$0.00" },
    { cents: 123_450n, currency: "EUR", locale: "de-DE", expected: "1.234,50 €" },
    { cents: -123_450n, currency: "EUR", locale: "de-DE", expected: "-1.234,50 €" },
    { cents: 1_234n, currency: "JPY", locale: "ja-JP", expected: "￥1,234" },
    { cents: 1_234_567n, currency: "JPY", locale: "ja-JP", expected: "￥1,234,567" },
    { cents: 1_234n, currency: "KWD", locale: "en-US", expected: "KWD 1.234" },
    // 2^53 + 1 cents: Number(…)/100 would print …40,993.00 → wrong last cent.
    { cents: 9_007_199_254_740_993n, currency: "USD", locale: "en-US", expected: "$90,071,992,547,409.93" },
    { cents: 900_719_925_474_099_301n, currency: "EUR", locale: "de-DE", expected: "9.007.199.254.740.993,01 €" },
  ])("$cents $currency in $locale → $expected", ({ cents, currency, locale, expected }) => {
    expect(plain(formatMoney(cents, currency, locale))).toBe(expected);
  });
});

describe("centsToDecimalString (CSV)", () => {
  test.each([
    { cents: 123_450n, currency: "USD", expected: "1234.50" },
    { cents: 5n, currency: "USD", expected: "0.05" },
    { cents: -5n, currency: "USD", expected: "-0.05" },
    { cents: -123_450n, currency: "EUR", expected: "-1234.50" },
    { cents: 0n, currency: "USD", expected: "0.00" },
    { cents: 1_234n, currency: "JPY", expected: "1234" },
    { cents: -1_234n, currency: "JPY", expected: "-1234" },
    { cents: 1_234n, currency: "KWD", expected: "1.234" },
    { cents: 9_007_199_254_740_993n, currency: "USD", expected: "90071992547409.93" },
  ])("$cents $currency → $expected", ({ cents, currency, expected }) => {
    expect(centsToDecimalString(cents, currency)).toBe(expected);
  });
});

describe("parseMoneyToCents", () => {
  test.each([
    { input: "1,234.50", currency: "USD", cents: 123_450n },
    { input: "1234.5", currency: "USD", cents: 123_450n },
    { input: "-5", currency: "USD", cents: -500n },
    { input: "−5.25", currency: "USD", cents: -525n },
    { input: "  40  ", currency: "USD", cents: 4_000n },
    { input: "0.05", currency: "USD", cents: 5n },
    { input: ".5", currency: "USD", cents: 50n },
    { input: "+12", currency: "EUR", cents: 1_200n },
    { input: "1,234,567", currency: "JPY", cents: 1_234_567n },
    { input: "90071992547409.93", currency: "USD", cents: 9_007_199_254_740_993n },
    { input: "1.234", currency: "KWD", cents: 1_234n },
  ])("accepts “$input” ($currency) as $cents minor units", ({ input, currency, cents }) => {
    expect(parseMoneyToCents(input, currency)).toEqual({ ok: true, cents });
  });

  test.each([
    { input: "", currency: "USD", error: "Enter an amount." },
    { input: "   ", currency: "USD", error: "Enter an amount." },
    { input: "1.234", currency: "USD", error: "USD amounts have at most 2 decimal places." },
    { input: "12.5", currency: "JPY", error: "JPY amounts have no decimal places." },
    { input: "ten dollars", currency: "USD", error: /Enter a number/ },
    { input: "12abc", currency: "USD", error: /Enter a number/ },
    { input: "1,5", currency: "EUR", error: /Enter a number/ },
    { input: "1,23.50", currency: "USD", error: /Enter a number/ },
    { input: "-", currency: "USD", error: /Enter a number/ },
    { input: ".", currency: "USD", error: /Enter a number/ },
    { input: "1e5", currency: "USD", error: /Enter a number/ },
    { input: "$5", currency: "USD", error: /Enter a number/ },
    { input: "5.", currency: "USD", error: /Enter a number/ },
  ])("rejects “$input” ($currency)", ({ input, currency, error }) => {
    const r = parseMoneyToCents(input, currency);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  test.each([["1,234.50"], ["-0.05"], ["90071992547409.93"]])("“%s” survives a CSV round trip", (input) => {
    const r = parseMoneyToCents(input, "USD");
    if (!r.ok) throw new Error(r.error);
    expect(parseMoneyToCents(centsToDecimalString(r.cents, "USD"), "USD")).toEqual(r);
  });
});
