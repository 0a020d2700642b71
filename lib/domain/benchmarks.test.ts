import { describe, expect, test } from "vitest";
import { bandComparison, compareToBand, FOLLOWER_BANDS, followerBand, type FollowerBand } from "./benchmarks";
import { tierForRate } from "./tier";

describe("followerBand", () => {
  test.each<{ followers: bigint; band: FollowerBand; median: number }>([
    { followers: 0n, band: "starter", median: 8.5 },
    { followers: 999n, band: "starter", median: 8.5 },
    { followers: 1_000n, band: "nano", median: 8.5 },
    { followers: 9_999n, band: "nano", median: 8.5 },
    { followers: 10_000n, band: "micro", median: 5.5 },
    { followers: 99_999n, band: "micro", median: 5.5 },
    { followers: 100_000n, band: "mid", median: 4 },
    { followers: 499_999n, band: "mid", median: 4 },
    { followers: 500_000n, band: "macro", median: 2.7 },
    { followers: 999_999n, band: "macro", median: 2.7 },
    { followers: 1_000_000n, band: "mega", median: 1.9 },
    { followers: 9_007_199_254_740_993n, band: "mega", median: 1.9 },
    { followers: -5n, band: "starter", median: 8.5 },
  ])("$followers followers → $band (median $median %)", ({ followers, band, median }) => {
    const b = followerBand(followers);
    expect(b.band).toBe(band);
    expect(b.medianRate).toBe(median);
  });

  test("bands are contiguous", () => {
    for (let i = 1; i < FOLLOWER_BANDS.length; i++) {
      expect(FOLLOWER_BANDS[i]?.minFollowers).toBe(FOLLOWER_BANDS[i - 1]?.maxFollowers);
    }
  });
});

describe("compareToBand", () => {
  test.each([
    { rate: 9.2, followers: 5_000n, expected: "above the median for accounts of your size (nano, 1K–10K followers: about 8.5 %)" },
    { rate: 4, followers: 50_000n, expected: "below the median for accounts of your size (micro, 10K–100K followers: about 5.5 %)" },
    { rate: 4.02, followers: 150_000n, expected: "at the median for accounts of your size (mid, 100K–500K followers: about 4 %)" },
    { rate: 2.5, followers: 750_000n, expected: "below the median for accounts of your size (macro, 500K–1M followers: about 2.7 %)" },
    { rate: 2.5, followers: 2_000_000n, expected: "above the median for accounts of your size (mega, 1M+ followers: about 1.9 %)" },
    { rate: 12, followers: 500n, expected: "above the median for accounts of your size (under 1K followers, compared with the nano median: about 8.5 %)" },
    { rate: null, followers: 5_000n, expected: "no engagement rate yet to compare with accounts of your size (nano, 1K–10K followers: about 8.5 %)" },
  ])("$rate % with $followers followers", ({ rate, followers, expected }) => {
    expect(compareToBand(rate, followers)).toBe(expected);
  });

  test("a mega account called “Below average” by the fixed tiers is above its size's median", () => {
    expect(tierForRate(2.5)).toBe("below");
    const c = bandComparison(2.5, 2_000_000n);
    expect(c.position).toBe("above");
    expect(c.differencePoints).toBeCloseTo(0.6, 10);
  });
});
