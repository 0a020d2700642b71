import { describe, expect, test } from "vitest";
import {
  engagementRate,
  interactions,
  interactionsExceedViews,
  medianEngagementRate,
  perFollowerEngagementRate,
  rateFromSums,
  totals,
  viewWeightedEngagementRate,
  type Counts,
} from "./engagement";

// A video with `total` interactions split over likes, comments and shares.
function video(views: bigint, total: bigint, saves: bigint | null = null): Counts {
  const comments = total / 10n;
  const shares = total / 20n;
  return { views, likes: total - comments - shares, comments, shares, saves };
}

const TWO_POW_53_PLUS_1 = 9_007_199_254_740_993n;

describe("interactions", () => {
  test.each([
    { c: { views: 100n, likes: 7n, comments: 2n, shares: 1n }, opts: undefined, expected: 10n, why: "likes + comments + shares" },
    { c: { views: 100n, likes: 7n, comments: 2n, shares: 1n, saves: 5n }, opts: undefined, expected: 10n, why: "saves off by default" },
    { c: { views: 100n, likes: 7n, comments: 2n, shares: 1n, saves: 5n }, opts: { includeSaves: true }, expected: 15n, why: "saves when asked" },
    { c: { views: 100n, likes: 7n, comments: 2n, shares: 1n, saves: null }, opts: { includeSaves: true }, expected: 10n, why: "unknown saves add nothing" },
    { c: { views: 100n, likes: 7n, comments: 2n, shares: 1n }, opts: { includeSaves: true }, expected: 10n, why: "missing saves add nothing" },
  ])("$why → $expected", ({ c, opts, expected }) => {
    expect(interactions(c, opts)).toBe(expected);
  });
});

describe("engagementRate — DOMAIN.md §4 worked cases", () => {
  test.each([
    { name: "high engagement, few views", views: 5_000n, total: 750n, rate: 15 },
    { name: "low engagement, many views", views: 50_000n, total: 500n, rate: 1 },
    { name: "viral", views: 1_000_000n, total: 100_000n, rate: 10 },
  ])("$name: $total interactions on $views views is $rate %", ({ views, total, rate }) => {
    const c = video(views, total);
    expect(interactions(c)).toBe(total);
    expect(engagementRate(c)).toBe(rate);
  });

  test("the 5,000-view video beats the 50,000-view video on interactions", () => {
    expect(interactions(video(5_000n, 750n))).toBeGreaterThan(interactions(video(50_000n, 500n)));
  });
});

describe("engagementRate edges", () => {
  test.each([
    { name: "0 views has no ER (not 0 %, not NaN)", views: 0n, total: 0n, expected: null },
    { name: "0 views with interactions still has no ER", views: 0n, total: 12n, expected: null },
    { name: "views but no interactions is a real 0 %", views: 1_000n, total: 0n, expected: 0 },
    { name: "exactly 3 %", views: 1_000n, total: 30n, expected: 3 },
    { name: "exactly 5 %", views: 1_000n, total: 50n, expected: 5 },
    { name: "exactly 10 %", views: 1_000n, total: 100n, expected: 10 },
    { name: "1 in 3 to 6 decimals", views: 3n, total: 1n, expected: 33.333333 },
    { name: "interactions > views is accepted (over 100 %)", views: 100n, total: 150n, expected: 150 },
    { name: "views beyond 2^31", views: 3_000_000_000n, total: 360_000_000n, expected: 12 },
    { name: "views beyond 2^53 (Number would lose the last digit)", views: TWO_POW_53_PLUS_1, total: TWO_POW_53_PLUS_1 / 20n, expected: 5 },
  ])("$name", ({ views, total, expected }) => {
    expect(engagementRate(video(views, total))).toBe(expected);
  });

  test("includeSaves raises the rate", () => {
    const c = { views: 1_000n, likes: 40n, comments: 5n, shares: 5n, saves: 50n };
    expect(engagementRate(c)).toBe(5);
    expect(engagementRate(c, { includeSaves: true })).toBe(10);
  });
});

describe("rateFromSums", () => {
  test.each([
    { i: 750n, v: 5_000n, expected: 15 },
    { i: 0n, v: 0n, expected: null },
    { i: 5n, v: -1n, expected: null },
    // A float division of these would already be off: 2^53+1 is not a double.
    { i: TWO_POW_53_PLUS_1, v: TWO_POW_53_PLUS_1 * 10n, expected: 10 },
    { i: 29_999_999n, v: 1_000_000_000n, expected: 3 },
    { i: 2_999_999n, v: 100_000_000n, expected: 2.999999 },
  ])("$i / $v → $expected", ({ i, v, expected }) => {
    expect(rateFromSums(i, v)).toBe(expected);
  });
});

describe("perFollowerEngagementRate", () => {
  test.each([
    { followers: 10_000n, expected: 7.5, why: "750 interactions / 10K followers" },
    { followers: 0n, expected: null, why: "no followers → no rate" },
    { followers: 500n, expected: 150, why: "more interactions than followers is fine" },
  ])("$why", ({ followers, expected }) => {
    expect(perFollowerEngagementRate(video(5_000n, 750n), followers)).toBe(expected);
  });
});

describe("viewWeightedEngagementRate vs mean of rates", () => {
  const worked = [video(5_000n, 750n), video(50_000n, 500n), video(1_000_000n, 100_000n)];

  test.each([
    // (750+500+100000) / (5000+50000+1000000) = 101250 / 1055000
    { name: "worked cases", list: worked, expected: 9.597156 },
    { name: "one tiny viral-rate video does not dominate", list: [video(10n, 5n), video(100_000n, 1_000n)], expected: 1.0049 },
    { name: "empty period has no ER", list: [], expected: null },
    { name: "only 0-view videos has no ER", list: [video(0n, 0n), video(0n, 3n)], expected: null },
    { name: "sums beyond 2^53", list: [video(TWO_POW_53_PLUS_1, TWO_POW_53_PLUS_1 / 10n), video(TWO_POW_53_PLUS_1, 0n)], expected: 5 },
  ])("$name → $expected", ({ list, expected }) => {
    expect(viewWeightedEngagementRate(list)).toBe(expected);
  });

  test("differs from the mean of per-video rates", () => {
    const list = [video(10n, 5n), video(100_000n, 1_000n)];
    const meanOfRates = (50 + 1) / 2;
    expect(viewWeightedEngagementRate(list)).not.toBeCloseTo(meanOfRates, 0);
    expect(viewWeightedEngagementRate(list)).toBeCloseTo(1.0049, 3);
  });

  test("totals are exact beyond 2^53", () => {
    const t = totals([video(TWO_POW_53_PLUS_1, 10n), video(TWO_POW_53_PLUS_1, 10n)]);
    expect(t.views).toBe(18_014_398_509_481_986n);
    expect(t.interactions).toBe(20n);
  });
});

describe("medianEngagementRate", () => {
  test.each([
    { name: "odd count", list: [video(100n, 1n), video(100n, 15n), video(100n, 3n)], expected: 3 },
    { name: "even count averages the middle two", list: [video(100n, 2n), video(100n, 4n), video(100n, 10n), video(100n, 20n)], expected: 7 },
    { name: "0-view videos are ignored", list: [video(0n, 0n), video(100n, 5n)], expected: 5 },
    { name: "nothing to rate", list: [video(0n, 0n)], expected: null },
    { name: "empty", list: [], expected: null },
  ])("$name → $expected", ({ list, expected }) => {
    expect(medianEngagementRate(list)).toBe(expected);
  });
});

describe("interactionsExceedViews", () => {
  test.each([
    { views: 100n, total: 101n, expected: true },
    { views: 100n, total: 100n, expected: false },
    { views: 0n, total: 1n, expected: true },
    { views: 0n, total: 0n, expected: false },
  ])("$total interactions on $views views → flagged $expected", ({ views, total, expected }) => {
    expect(interactionsExceedViews(video(views, total))).toBe(expected);
  });
});
