import { describe, expect, test } from "vitest";
import {
  bucketLabel,
  bucketLongLabel,
  centsToChartNumber,
  describeChange,
  describeRateChange,
  EMPTY_SUMS,
  rollingEngagementRate,
  shapeTrend,
  sumTrend,
  tierTally,
  type TrendSums,
} from "./trend-shaping";

const sums = (views: bigint, interactions: bigint, extra: Partial<TrendSums> = {}): TrendSums => ({
  ...EMPTY_SUMS,
  videos: 1,
  views,
  interactions,
  ...extra,
});

describe("rollingEngagementRate (view-weighted over the window)", () => {
  test.each<{ name: string; points: [bigint, bigint][]; window: number; expected: (number | null)[] }>([
    { name: "window 1 is each bucket's ER", points: [[1000n, 100n], [1000n, 30n]], window: 1, expected: [10, 3] },
    {
      name: "a viral bucket weighs by its views, not as one of three",
      points: [[1_000n, 150n], [1_000_000n, 10_000n], [1_000n, 150n]],
      window: 3,
      expected: [15, 10_150 / 1_001_000 * 100, 10_300 / 1_002_000 * 100],
    },
    { name: "partial at the start, then sliding", points: [[100n, 10n], [100n, 20n], [100n, 30n], [100n, 40n]], window: 2, expected: [10, 15, 25, 35] },
    { name: "a bucket without views is skipped, not counted as 0 %", points: [[100n, 10n], [0n, 0n], [100n, 30n]], window: 3, expected: [10, 10, 20] },
    { name: "no views in the window: no ER", points: [[100n, 10n], [0n, 0n], [0n, 0n]], window: 2, expected: [10, 10, null] },
    { name: "sums beyond 2^53 stay exact", points: [[9_007_199_254_740_993n, 900_719_925_474_099n], [9_007_199_254_740_993n, 900_719_925_474_099n]], window: 2, expected: [9.999999, 9.999999] },
    { name: "empty", points: [], window: 4, expected: [] },
  ])("$name", ({ points, window, expected }) => {
    const got = rollingEngagementRate(points.map(([views, interactions]) => ({ views, interactions })), window);
    expect(got).toHaveLength(expected.length);
    got.forEach((g, i) => {
      const e = expected[i];
      if (e === null || e === undefined) expect(g).toBeNull();
      else expect(g).toBeCloseTo(e, 5);
    });
  });

  test.each([0, -1, 1.5])("window %s is refused", (w) => {
    expect(() => rollingEngagementRate([], w)).toThrow(RangeError);
  });
});

describe("shapeTrend", () => {
  test("fills the gaps, computes ER and tier from the sums, exact at the boundaries", () => {
    const points = shapeTrend(
      ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"],
      [
        { key: "2026-03-02", ...sums(1_000n, 30n, { fundMicros: 4_000_000n }) },
        { key: "2026-03-16", ...sums(1_000n, 100n, { rewardsMicros: 70_000_000n }) },
        { key: "2026-03-23", ...sums(1_000n, 49n, { videos: 2 }) },
      ],
      4,
    );
    expect(points.map((p) => [p.key, p.videos, p.rate, p.tier, p.earningsCents])).toEqual([
      ["2026-03-02", 1, 3, "average", 4n],
      ["2026-03-09", 0, null, null, 0n],
      ["2026-03-16", 1, 10, "excellent", 70n],
      ["2026-03-23", 2, 4.9, "average", 0n],
    ]);
    expect(points.map((p) => p.rollingRate)).toEqual([3, 3, 6.5, 5.966667]); // 179 / 3,000, to 6 decimals
  });

  test("a bucket the query returned outside the keys is kept, in order", () => {
    const points = shapeTrend(["2026-03-02"], [{ key: "2026-02-23", ...sums(10n, 1n) }], 1);
    expect(points.map((p) => p.key)).toEqual(["2026-02-23", "2026-03-02"]);
  });

  test("sumTrend adds every field exactly", () => {
    const t = sumTrend([
      sums(3_000_000_000n, 1n, { fundMicros: 500_001n, rewardsMicros: 7n, videosBelowRewardsMinimum: 1 }),
      sums(3_000_000_000n, 2n, { videos: 2, fundMicros: 499_999n }),
    ]);
    expect(t).toEqual({ videos: 3, views: 6_000_000_000n, interactions: 3n, fundMicros: 1_000_000n, rewardsMicros: 7n, videosBelowRewardsMinimum: 1 });
  });

  test("tierTally counts buckets per tier, best first, skipping buckets without views", () => {
    expect(tierTally([{ tier: "good" }, { tier: null }, { tier: "good" }, { tier: "below" }])).toEqual([
      { tier: "excellent", count: 0 },
      { tier: "good", count: 2 },
      { tier: "average", count: 0 },
      { tier: "below", count: 1 },
    ]);
  });
});

describe("describeChange", () => {
  test.each<{ cur: bigint; prev: bigint; direction: string; amount: number | null; text: string }>([
    { cur: 1_250n, prev: 1_000n, direction: "up", amount: 25, text: "Up 25% from 1,000 in the previous period" },
    { cur: 750n, prev: 1_000n, direction: "down", amount: -25, text: "Down 25% from 1,000 in the previous period" },
    { cur: 1_000n, prev: 1_000n, direction: "flat", amount: 0, text: "Unchanged from 1,000 in the previous period" },
    { cur: 10n, prev: 0n, direction: "new", amount: null, text: "New: none in the previous period" },
    { cur: 0n, prev: 0n, direction: "none", amount: null, text: "None in this period or in the previous period" },
    { cur: 1_000_001n, prev: 1_000_000n, direction: "up", amount: 0.0001, text: "Up under 0.1% from 1,000 in the previous period" },
    { cur: 1_034n, prev: 1_000n, direction: "up", amount: 3.4, text: "Up 3.4% from 1,000 in the previous period" },
    { cur: 6_000_000_000n, prev: 3_000_000_000n, direction: "up", amount: 100, text: "Up 100% from 1,000 in the previous period" },
  ])("$cur vs $prev → $text", ({ cur, prev, direction, amount, text }) => {
    const c = describeChange(cur, prev, "1,000", "en-US");
    expect(c.direction).toBe(direction);
    if (amount === null) expect(c.amount).toBeNull();
    else expect(c.amount).toBeCloseTo(amount, 6);
    expect(c.text).toBe(text);
  });
});

describe("describeRateChange (percentage points)", () => {
  test.each<{ cur: number | null; prev: number | null; direction: string; text: string }>([
    { cur: 6.2, prev: 5, direction: "up", text: "Up 1.2 points from 5.0\u202F% in the previous period" },
    { cur: 4, prev: 5, direction: "down", text: "Down 1 point from 5.0\u202F% in the previous period" },
    { cur: 5, prev: 5, direction: "flat", text: "Unchanged from 5.0\u202F% in the previous period" },
    { cur: 5, prev: null, direction: "new", text: "New: no views in the previous period" },
    { cur: null, prev: 5, direction: "none", text: "No views yet; 5.0\u202F% in the previous period" },
    { cur: null, prev: null, direction: "none", text: "No views in this period or in the previous period" },
  ])("$cur vs $prev", ({ cur, prev, direction, text }) => {
    const c = describeRateChange(cur, prev, "en-US");
    expect(c.direction).toBe(direction);
    expect(c.text).toBe(text);
  });
});

describe("labels and chart numbers", () => {
  test.each<[string, "day" | "week" | "month", string, string]>([
    ["2026-03-31", "day", "Mar 31", "Mar 31, 2026"],
    ["2026-03-30", "week", "Mar 30", "Week of Mar 30, 2026"],
    ["2026-03-01", "month", "Mar 2026", "March 2026"],
    ["2026-12-28", "week", "Dec 28", "Week of Dec 28, 2026"],
  ])("%s by %s → %s / %s", (key, bucket, short, long) => {
    expect(bucketLabel(key, bucket, "en-US")).toBe(short);
    expect(bucketLongLabel(key, bucket, "en-US")).toBe(long);
  });

  test.each<[bigint, number, number]>([
    [4_000n, 2, 40],
    [1n, 2, 0.01],
    [0n, 2, 0],
    [1234n, 0, 1234],
    [210_000_000n, 2, 2_100_000],
  ])("%s minor units (%s digits) → %s", (cents, digits, expected) => {
    expect(centsToChartNumber(cents, digits)).toBe(expected);
  });
});
