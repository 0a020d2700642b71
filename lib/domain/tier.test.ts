import { describe, expect, test } from "vitest";
import {
  TIER_LABELS,
  TIER_THRESHOLDS,
  TIERS,
  tierForCounts,
  tierForRate,
  tierForSums,
  tierLabel,
  tierRank,
  type Tier,
} from "./tier";

describe("tierForSums — exact boundaries", () => {
  test.each<{ name: string; i: bigint; v: bigint; expected: Tier | null }>([
    { name: "worked: 5,000 views @ 15 %", i: 750n, v: 5_000n, expected: "excellent" },
    { name: "worked: 50,000 views @ 1 %", i: 500n, v: 50_000n, expected: "below" },
    { name: "worked: 1,000,000 views @ 10 %", i: 100_000n, v: 1_000_000n, expected: "excellent" },
    { name: "exactly 10 %", i: 100n, v: 1_000n, expected: "excellent" },
    { name: "one interaction below 10 %", i: 99n, v: 1_000n, expected: "good" },
    { name: "exactly 5 %", i: 50n, v: 1_000n, expected: "good" },
    { name: "one interaction below 5 %", i: 49n, v: 1_000n, expected: "average" },
    { name: "exactly 3 %", i: 30n, v: 1_000n, expected: "average" },
    { name: "one interaction below 3 %", i: 29n, v: 1_000n, expected: "below" },
    { name: "0 views has no tier", i: 0n, v: 0n, expected: null },
    { name: "0 interactions", i: 0n, v: 10n, expected: "below" },
    { name: "interactions > views", i: 200n, v: 100n, expected: "excellent" },
    { name: "one below 3 % beyond 2^53 (float would say 3 %)", i: 270_215_977_642_229n, v: 9_007_199_254_740_967n, expected: "below" },
    { name: "exactly 3 % beyond 2^53", i: 300_000_000_000_000n, v: 10_000_000_000_000_000n, expected: "average" },
    { name: "beyond 2^31", i: 300_000_000n, v: 3_000_000_000n, expected: "excellent" },
  ])("$name → $expected", ({ i, v, expected }) => {
    expect(tierForSums(i, v)).toBe(expected);
  });
});

describe("tierForRate", () => {
  test.each<{ rate: number | null; expected: Tier | null }>([
    { rate: 15, expected: "excellent" },
    { rate: 10, expected: "excellent" },
    { rate: 9.99, expected: "good" },
    { rate: 5, expected: "good" },
    { rate: 4.99, expected: "average" },
    { rate: 3, expected: "average" },
    { rate: 2.99, expected: "below" },
    { rate: 1, expected: "below" },
    { rate: 0, expected: "below" },
    { rate: null, expected: null },
    { rate: Number.NaN, expected: null },
  ])("$rate % → $expected", ({ rate, expected }) => {
    expect(tierForRate(rate)).toBe(expected);
  });
});

describe("labels, ranks, order", () => {
  test.each<{ tier: Tier; label: string; rank: number }>([
    { tier: "excellent", label: "Excellent", rank: 3 },
    { tier: "good", label: "Good", rank: 2 },
    { tier: "average", label: "Average", rank: 1 },
    { tier: "below", label: "Below average", rank: 0 },
  ])("$tier reads “$label”, ranks $rank", ({ tier, label, rank }) => {
    expect(TIER_LABELS[tier]).toBe(label);
    expect(tierLabel(tier)).toBe(label);
    expect(tierRank(tier)).toBe(rank);
  });

  test("TIERS best first, thresholds in percent, no tier shows a dash", () => {
    expect(TIERS).toEqual(["excellent", "good", "average", "below"]);
    expect(TIER_THRESHOLDS).toEqual({ excellent: 10, good: 5, average: 3 });
    expect(tierLabel(null)).toBe("—");
  });

  test.each([
    { c: { views: 5_000n, likes: 600n, comments: 100n, shares: 50n }, expected: "excellent" },
    { c: { views: 0n, likes: 0n, comments: 0n, shares: 0n }, expected: null },
    { c: { views: 1_000n, likes: 20n, comments: 5n, shares: 4n, saves: 1n }, expected: "below" },
  ])("tierForCounts $expected", ({ c, expected }) => {
    expect(tierForCounts(c)).toBe(expected);
  });

  test("saves can lift a video into the next tier when included", () => {
    const c = { views: 1_000n, likes: 20n, comments: 5n, shares: 4n, saves: 1n };
    expect(tierForCounts(c, { includeSaves: true })).toBe("average");
  });
});
