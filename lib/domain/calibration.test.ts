import { describe, expect, test } from "vitest";
import { describeEffectiveRate, effectiveRate, MAX_RATE_MILLICENTS, type CalibrationMonth } from "./calibration";

const m = (key: string, payoutCents: bigint, viewsGained: bigint, payoutEntries = payoutCents === 0n ? 0 : 1): CalibrationMonth => ({
  key,
  payoutCents,
  payoutEntries,
  viewsGained,
});

describe("effectiveRate", () => {
  test.each<{ name: string; months: CalibrationMonth[]; millicents: number; used: string[] }>([
    // DOMAIN.md: $40 for 1,000,000 views is $0.04 per 1,000 = 4,000 millicents.
    { name: "the $40 per million example", months: [m("2026-01-01", 4000n, 1_000_000n)], millicents: 4000, used: ["2026-01-01"] },
    {
      name: "two months summed before dividing (not an average of rates)",
      months: [m("2026-01-01", 1000n, 100_000n), m("2026-02-01", 9000n, 900_000n)],
      millicents: 10_000,
      used: ["2026-01-01", "2026-02-01"],
    },
    {
      name: "a month with views but no payout is left out",
      months: [m("2026-01-01", 5000n, 100_000n), m("2026-02-01", 0n, 5_000_000n)],
      millicents: 50_000,
      used: ["2026-01-01"],
    },
    {
      name: "a month with a payout but no views gained is left out",
      months: [m("2026-01-01", 5000n, 100_000n), m("2026-02-01", 9999n, 0n)],
      millicents: 50_000,
      used: ["2026-01-01"],
    },
    {
      name: "a refund in the month is netted",
      months: [m("2026-03-01", 3000n - 1000n, 100_000n, 2)],
      millicents: 20_000,
      used: ["2026-03-01"],
    },
    { name: "$10 over 30,000 views: $0.333… → 33,333", months: [m("2026-01-01", 1000n, 30_000n)], millicents: 33_333, used: ["2026-01-01"] },
    { name: "rounded half up: 312.5 → 313", months: [m("2026-01-01", 5n, 16_000n)], millicents: 313, used: ["2026-01-01"] },
    { name: "billions of views stay exact", months: [m("2026-01-01", 400_000_000n, 10_000_000_000n)], millicents: 40_000, used: ["2026-01-01"] },
  ])("$name", ({ months, millicents, used }) => {
    const r = effectiveRate(months);
    expect(r.kind).toBe("rate");
    if (r.kind !== "rate") return;
    expect(r.millicentsPer1000).toBe(millicents);
    expect(r.monthsUsed).toEqual(used);
    expect(r.saveable).toBe(true);
  });

  test.each<{ name: string; months: CalibrationMonth[]; reason: string }>([
    { name: "no months", months: [], reason: "no-payouts" },
    { name: "views only", months: [m("2026-01-01", 0n, 1_000_000n)], reason: "no-payouts" },
    { name: "payouts only in months without views", months: [m("2026-01-01", 500n, 0n), m("2026-02-01", 0n, 50_000n)], reason: "no-overlap" },
    { name: "too few views to mean anything", months: [m("2026-01-01", 500n, 9_999n)], reason: "too-few-views" },
    { name: "refunds exceed payouts", months: [m("2026-01-01", -500n, 100_000n, 2)], reason: "not-positive" },
  ])("not enough data: $name", ({ months, reason }) => {
    const r = effectiveRate(months);
    expect(r.kind).toBe("not-enough-data");
    if (r.kind === "not-enough-data") expect(r.reason).toBe(reason);
  });

  test("exactly the minimum of 10,000 views gives a rate", () => {
    expect(effectiveRate([m("2026-01-01", 40n, 10_000n)])).toMatchObject({ kind: "rate", millicentsPer1000: 4000 });
  });

  test("a rate beyond the settings' maximum is shown but not saveable", () => {
    const r = effectiveRate([m("2026-01-01", 200_000_000n, 10_000n)]);
    expect(r.kind).toBe("rate");
    if (r.kind === "rate") {
      expect(r.millicentsPer1000).toBeGreaterThan(MAX_RATE_MILLICENTS);
      expect(r.saveable).toBe(false);
    }
  });

  test("lists the skipped months with their reason", () => {
    const r = effectiveRate([m("2026-02-01", 0n, 10n), m("2026-01-01", 5000n, 100_000n), m("2026-03-01", 10n, 0n)]);
    expect(r.monthsSkipped).toEqual([
      { key: "2026-02-01", reason: "no-payout" },
      { key: "2026-03-01", reason: "no-views" },
    ]);
  });
});

describe("describeEffectiveRate", () => {
  const display = { currency: "USD", locale: "en-US" };
  const label = (k: string) => k.slice(0, 7);
  test("shows the sum behind the rate", () => {
    const text = describeEffectiveRate(effectiveRate([m("2026-01-01", 4000n, 1_000_000n)]), display, label);
    expect(text).toBe("$40.00 in views payouts ÷ 1,000,000 views gained × 1,000 = $0.04 per 1,000 views (1 month: 2026-01).");
  });
  test("says what is missing", () => {
    expect(describeEffectiveRate(effectiveRate([]), display, label)).toMatch(/Record a views payout/);
    expect(describeEffectiveRate(effectiveRate([m("2026-01-01", 500n, 9_999n)]), display, label)).toMatch(/at least 10,000/);
  });
});
