import { describe, expect, test } from "vitest";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import { earningsSettingsFormValues, earningsSettingsSchema, millicentsToRateText, parseRatePer1000 } from "./earnings";

describe("parseRatePer1000", () => {
  test.each<{ text: string; millicents: number }>([
    { text: "0.04", millicents: 4000 },
    { text: "$0.04", millicents: 4000 },
    { text: "0.025", millicents: 2500 },
    { text: ".7", millicents: 70_000 },
    { text: "1", millicents: 100_000 },
    { text: "0.00001", millicents: 1 },
    { text: "0", millicents: 0 },
    { text: "100", millicents: 10_000_000 },
  ])("$text → $millicents", ({ text, millicents }) => {
    expect(parseRatePer1000(text, "Rate")).toEqual({ ok: true, value: millicents });
  });

  test.each<{ currency: string; text: string; millicents: number }>([
    { currency: "NOK", text: "0.406", millicents: 40_600 },
    { currency: "JPY", text: "6", millicents: 6_000 },
    { currency: "JPY", text: "6.125", millicents: 6_125 },
    { currency: "KWD", text: "0.012345", millicents: 12_345 },
  ])("in $currency: $text → $millicents (thousandths of the minor unit)", ({ currency, text, millicents }) => {
    expect(parseRatePer1000(text, "Rate", undefined, currency)).toEqual({ ok: true, value: millicents });
    expect(millicentsToRateText(millicents, currency)).toBe(text);
  });

  test("a yen rate has at most 3 decimals", () => {
    expect(parseRatePer1000("6.1234", "Rate", undefined, "JPY")).toEqual({ ok: false, error: "Rate can have at most 3 decimal places in JPY." });
  });

  test.each<{ text: string; error: RegExp }>([
    { text: "", error: /Enter the rate/ },
    { text: "-0.04", error: /can't be negative/ },
    { text: "0.000001", error: /at most 5 decimal places/ },
    { text: "4 cents", error: /USD per 1,000 views, like 0\.04/ },
    { text: "100.01", error: /at most 100\.00 USD per 1,000 views/ },
    { text: "0,04", error: /like 0\.04/ },
  ])("$text refused", ({ text, error }) => {
    const r = parseRatePer1000(text, "Rate");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  test.each([4000, 2500, 70_000, 1, 100_000, 0])("%i millicents round-trips through the field text", (m) => {
    expect(parseRatePer1000(millicentsToRateText(m), "Rate")).toEqual({ ok: true, value: m });
  });
});

describe("earningsSettingsSchema", () => {
  test("the defaults round-trip through the form", () => {
    const parsed = earningsSettingsSchema.safeParse(earningsSettingsFormValues(DEFAULT_EARNINGS_SETTINGS));
    expect(parsed.success && parsed.data).toEqual(DEFAULT_EARNINGS_SETTINGS);
  });

  test("typed values → stored units", () => {
    const parsed = earningsSettingsSchema.safeParse({
      fundRate: "0.03",
      rewardsRate: "1.00",
      rewardsMinDurationSeconds: "61",
      rewardsMinViews: "1,000",
      brandRate: "$12.50",
      brandEngagementBonusPercent: "20",
      brandBonusMinRate: "4.5 %",
      affiliateCommissionPercent: "12.75",
    });
    expect(parsed.success && parsed.data).toEqual({
      fundRateMillicentsPer1000: 3000,
      rewardsRateMillicentsPer1000: 100_000,
      rewardsMinDurationSeconds: 61,
      rewardsMinViews: 1000,
      brandRateCentsPer1000Followers: 1250,
      brandEngagementBonusPercent: 20,
      brandBonusMinRate: 4.5,
      affiliateCommissionPercent: 12.75,
    });
  });

  test.each<{ field: string; value: string; error: RegExp }>([
    { field: "rewardsMinDurationSeconds", value: "0", error: /between 1 s and 3,600 s/ },
    { field: "brandEngagementBonusPercent", value: "12.5", error: /whole number/ },
    { field: "affiliateCommissionPercent", value: "101", error: /between 0 and 100/ },
    { field: "brandRate", value: "-5", error: /can't be negative/ },
    { field: "brandRate", value: "12.505", error: /at most 2 decimal places/ },
    { field: "fundRate", value: "", error: /Enter the creator fund rate/ },
  ])("$field = $value refused at the field", ({ field, value, error }) => {
    const parsed = earningsSettingsSchema.safeParse({ ...earningsSettingsFormValues(DEFAULT_EARNINGS_SETTINGS), [field]: value });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === field);
      expect(issue?.message).toMatch(error);
    }
  });
});
