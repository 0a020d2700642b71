import { describe, expect, test } from "vitest";
import {
  affiliateIncome,
  brandDealValue,
  DEFAULT_EARNINGS_SETTINGS,
  EARNINGS_SETTING_SOURCES,
  estimatedEarnings,
  formatRatePer1000,
  viewsPayout,
  type EarningsSettings,
} from "./earnings";

const S = DEFAULT_EARNINGS_SETTINGS;

describe("defaults (DOMAIN.md §3)", () => {
  test("match the published figures", () => {
    expect(S).toEqual({
      fundRateMillicentsPer1000: 4000,
      rewardsRateMillicentsPer1000: 70000,
      rewardsMinDurationSeconds: 60,
      rewardsMinViews: 1000,
      brandRateCentsPer1000Followers: 1500,
      brandEngagementBonusPercent: 35,
      brandBonusMinRate: 5,
      affiliateCommissionPercent: 10,
    });
  });

  test.each(Object.keys(DEFAULT_EARNINGS_SETTINGS) as (keyof EarningsSettings)[])(
    "%s explains where its default comes from",
    (key) => {
      expect(EARNINGS_SETTING_SOURCES[key].length).toBeGreaterThan(20);
    },
  );

  test.each([
    { millicents: 4000, expected: "$0.04" },
    { millicents: 2500, expected: "$0.025" },
    { millicents: 70000, expected: "$0.70" },
    { millicents: 100000, expected: "$1.00" },
  ])("rate $millicents millicents reads $expected", ({ millicents, expected }) => {
    expect(formatRatePer1000(millicents)).toBe(expected);
  });
});

describe("viewsPayout", () => {
  test.each([
    {
      name: "worked case: 1,000,000 views, 30 s → $40.00 at the Fund rate",
      views: 1_000_000n, duration: 30, s: S, cents: 4_000n, program: "fund",
      explanation: "1,000,000 views × $0.04 per 1,000 views (Creator Fund rate, video under 60 s) = $40.00",
    },
    {
      name: "59 s is still Fund",
      views: 1_000_000n, duration: 59, s: S, cents: 4_000n, program: "fund", explanation: /video under 60 s/,
    },
    {
      name: "exactly 60 s is Rewards",
      views: 1_000_000n, duration: 60, s: S, cents: 70_000n, program: "rewards",
      explanation: "1,000,000 views × $0.70 per 1,000 views (Creator Rewards rate, video of 60 s or more) = $700.00",
    },
    {
      name: "unknown length is counted at the Fund rate",
      views: 1_000_000n, duration: null, s: S, cents: 4_000n, program: "fund", explanation: /video length unknown/,
    },
    {
      name: "Rewards below 1,000 views pays nothing and says why",
      views: 999n, duration: 90, s: S, cents: 0n, program: "rewards",
      explanation: "No Creator Rewards payout yet: 999 views, and the program pays from 1,000 qualified views.",
    },
    {
      name: "Rewards at exactly 1,000 views pays",
      views: 1_000n, duration: 90, s: S, cents: 70n, program: "rewards", explanation: /= \$0\.70$/,
    },
    {
      name: "half a cent rounds up: 125 views × $0.04/1000 = 0.5¢",
      views: 125n, duration: 10, s: S, cents: 1n, program: "fund", explanation: /125 views/,
    },
    {
      name: "just under half a cent rounds down",
      views: 124n, duration: 10, s: S, cents: 0n, program: "fund", explanation: /= \$0\.00$/,
    },
    {
      name: "creator rate $0.025 per 1,000",
      views: 1_000_000n, duration: 30, s: { ...S, fundRateMillicentsPer1000: 2500 }, cents: 2_500n, program: "fund",
      explanation: /\$0\.025 per 1,000 views.*= \$25\.00/,
    },
    {
      name: "1 view is singular",
      views: 1n, duration: 10, s: S, cents: 0n, program: "fund", explanation: /^1 view ×/,
    },
    {
      name: "3 billion views (beyond 2^31)",
      views: 3_000_000_000n, duration: 15, s: S, cents: 12_000_000n, program: "fund", explanation: /= \$120,000\.00/,
    },
    {
      name: "2^53 + 1 views stays exact to the cent",
      views: 9_007_199_254_740_993n, duration: 15, s: S, cents: 36_028_797_018_964n, program: "fund",
      explanation: /= \$360,287,970,189\.64$/,
    },
  ])("$name", ({ views, duration, s, cents, program, explanation }) => {
    const r = viewsPayout({ views, durationSeconds: duration }, s);
    expect(r.cents).toBe(cents);
    expect(r.program).toBe(program);
    expect(r.explanation).toMatch(explanation);
  });

  test("explanations follow the display currency and locale", () => {
    const r = viewsPayout({ views: 1_000_000n, durationSeconds: 30 }, S, { currency: "EUR", locale: "de-DE" });
    expect(r.explanation.replace(/\u00a0/g, " ")).toBe(
      "1.000.000 views × 0,04 € per 1,000 views (Creator Fund rate, video under 60 s) = 40,00 €",
    );
  });

  test("a negative rate setting is refused rather than producing negative pay", () => {
    expect(() => viewsPayout({ views: 1n, durationSeconds: 1 }, { ...S, fundRateMillicentsPer1000: -1 })).toThrow(RangeError);
  });
});

describe("brandDealValue", () => {
  test.each([
    {
      name: "10 % ER, 250K followers: $3,750 + 35 % = $5,062.50 (the worked case's “$5,000+”)",
      followers: 250_000n, er: 10, cents: 506_250n, bonus: true,
      explanation: "250,000 followers ÷ 1,000 × $15.00 = $3,750.00, plus 35 % because ER 10 % is at least 5 % = $5,062.50",
    },
    {
      name: "exactly 5 % ER gets the bonus",
      followers: 10_000n, er: 5, cents: 20_250n, bonus: true, explanation: /plus 35 %/,
    },
    {
      name: "just under 5 % does not",
      followers: 10_000n, er: 4.99, cents: 15_000n, bonus: false,
      explanation: "10,000 followers ÷ 1,000 × $15.00 = $150.00; no engagement bonus (ER 4.99 % is below 5 %)",
    },
    {
      name: "no ER yet: no bonus, said plainly",
      followers: 10_000n, er: null, cents: 15_000n, bonus: false, explanation: /no engagement bonus \(no ER yet\)$/,
    },
    {
      name: "fractional result rounds half up once: 1,001 followers × $15 × 1.35",
      followers: 1_001n, er: 12, cents: 2_027n, bonus: true, explanation: /= \$20\.27$/,
    },
    {
      name: "no followers, no deal",
      followers: 0n, er: 20, cents: 0n, bonus: true, explanation: /= \$0\.00$/,
    },
  ])("$name", ({ followers, er, cents, bonus, explanation }) => {
    const r = brandDealValue({ followers, engagementRate: er }, S);
    expect(r.cents).toBe(cents);
    expect(r.bonusApplied).toBe(bonus);
    expect(r.explanation).toMatch(explanation);
  });

  test("a higher-ER creator is worth more for the same audience", () => {
    const high = brandDealValue({ followers: 50_000n, engagementRate: 10 }, S).cents;
    const low = brandDealValue({ followers: 50_000n, engagementRate: 2 }, S).cents;
    expect(high).toBeGreaterThan(low);
  });

  test("a fractional bonus setting (12.5 %) is applied exactly", () => {
    const r = brandDealValue({ followers: 1_000n, engagementRate: 6 }, { ...S, brandEngagementBonusPercent: 12.5 });
    expect(r.cents).toBe(1_688n); // 1500 × 1.125 = 1687.5 → 1688
    expect(r.explanation).toMatch(/plus 12\.5 %/);
  });
});

describe("affiliateIncome", () => {
  test.each([
    {
      name: "(sales − refunds) × 10 %",
      sales: 123_450n, refunds: 3_450n, s: S, cents: 12_000n,
      explanation: "($1,234.50 sales − $34.50 refunds) × 10 % commission = $120.00",
    },
    { name: "half a cent rounds up", sales: 5n, refunds: 0n, s: S, cents: 1n, explanation: /= \$0\.01$/ },
    { name: "below half a cent rounds down", sales: 4n, refunds: 0n, s: S, cents: 0n, explanation: /= \$0\.00$/ },
    { name: "refunds above sales claw back", sales: 1_000n, refunds: 3_000n, s: S, cents: -200n, explanation: /= -\$2\.00$/ },
    { name: "7.5 % commission", sales: 10_000n, refunds: 0n, s: { ...S, affiliateCommissionPercent: 7.5 }, cents: 750n, explanation: /× 7\.5 % commission/ },
    { name: "huge sales stay exact", sales: 9_007_199_254_740_993n, refunds: 0n, s: S, cents: 900_719_925_474_099n, explanation: /sales/ },
  ])("$name", ({ sales, refunds, s, cents, explanation }) => {
    const r = affiliateIncome({ salesCents: sales, refundsCents: refunds }, s);
    expect(r.cents).toBe(cents);
    expect(r.explanation).toMatch(explanation);
  });
});

describe("estimatedEarnings", () => {
  test.each([
    {
      name: "DOMAIN.md §4 videos, all short: Fund only",
      input: {
        videos: [
          { views: 5_000n, durationSeconds: 20 },
          { views: 50_000n, durationSeconds: 20 },
          { views: 1_000_000n, durationSeconds: 20 },
        ],
      },
      expected: { fundCents: 4_220n, rewardsCents: 0n, viewsCents: 4_220n, brandCents: 0n, affiliateCents: 0n, totalCents: 4_220n, videosBelowRewardsMinimum: 0 },
    },
    {
      name: "mixed streams",
      input: {
        videos: [
          { views: 1_000_000n, durationSeconds: 30 },
          { views: 100_000n, durationSeconds: 75 },
          { views: 500n, durationSeconds: 75 },
        ],
        brand: { followers: 250_000n, engagementRate: 10, deals: 2 },
        affiliate: { salesCents: 100_000n, refundsCents: 0n },
      },
      expected: { fundCents: 4_000n, rewardsCents: 7_000n, viewsCents: 11_000n, brandCents: 1_012_500n, affiliateCents: 10_000n, totalCents: 1_033_500n, videosBelowRewardsMinimum: 1 },
    },
    {
      name: "nothing posted",
      input: { videos: [], brand: null, affiliate: null },
      expected: { fundCents: 0n, rewardsCents: 0n, viewsCents: 0n, brandCents: 0n, affiliateCents: 0n, totalCents: 0n, videosBelowRewardsMinimum: 0 },
    },
  ])("$name", ({ input, expected }) => {
    expect(estimatedEarnings(input, S)).toEqual(expected);
  });
});
