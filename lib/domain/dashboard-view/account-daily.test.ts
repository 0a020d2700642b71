import { describe, expect, test } from "vitest";
import { buildAccountDailyChart, type AccountDay } from "./account-daily";

const day = (date: string, figures: Partial<Omit<AccountDay, "date">> = {}): AccountDay => ({
  date,
  videoViews: null,
  profileViews: null,
  likes: null,
  comments: null,
  shares: null,
  followers: null,
  ...figures,
});

const DAYS = [
  day("2026-08-29", { videoViews: 1_200n, profileViews: 30n, likes: 90n, comments: 4n, shares: 2n }),
  day("2026-08-30", { followers: 10_000n }),
  day("2026-08-31", { videoViews: 800n, profileViews: 20n, followers: 9_950n }),
];

describe("buildAccountDailyChart", () => {
  test("the summary sums the range's views and names the follower change", () => {
    const c = buildAccountDailyChart(DAYS, { locale: "en-US", today: "2026-09-02" });
    expect(c.summary).toBe("Aug 29, 2026 – Aug 31, 2026: 2,000 video views and 50 profile views; followers 10,000 → 9,950 (-50).");
    expect(c.partialNote).toBeNull();
  });

  test.each([
    { today: "2026-08-31", partial: true },
    { today: "2026-09-01", partial: false },
  ])("last day $today: partial $partial", ({ today, partial }) => {
    const c = buildAccountDailyChart(DAYS, { locale: "en-US", today });
    expect(c.partialNote).toBe(partial ? "Aug 31, 2026 is today: its figures are still partial." : null);
    expect(c.points.at(-1)).toMatchObject({
      dayText: partial ? "Aug 31, 2026 (partial)" : "Aug 31, 2026",
      tooltipTitle: partial ? "Aug 31, 2026 (partial day)" : "Aug 31, 2026",
    });
    expect(c.points[0]?.dayText).toBe("Aug 29, 2026");
  });

  test("points: numbers to draw, text for the table, — where a day has no figure", () => {
    const [first, second] = buildAccountDailyChart(DAYS, { locale: "de-DE", today: "2026-09-02" }).points;
    expect(first).toMatchObject({ label: "29. Aug.", videoViews: 1200, followers: null, videoViewsText: "1.200", likesText: "90", followersText: "—" });
    expect(second).toMatchObject({ videoViews: null, followers: 10000, videoViewsText: "—", followersText: "10.000" });
  });

  test("counts beyond 2^53 are exact in text", () => {
    const huge = 9_007_199_254_740_993n;
    const c = buildAccountDailyChart([day("2026-08-01", { videoViews: huge, profileViews: 0n })], { locale: "en-US", today: "2026-09-01" });
    expect(c.points[0]?.videoViewsText).toBe("9,007,199,254,740,993");
    expect(c.summary).toBe("Aug 1, 2026 – Aug 1, 2026: 9,007,199,254,740,993 video views and 0 profile views.");
  });

  test("no days", () => {
    expect(buildAccountDailyChart([], { locale: "en-US", today: "2026-09-01" })).toEqual({
      points: [],
      locale: "en-US",
      summary: "No daily account figures in this range yet. Import TikTok Studio's Overview and FollowerHistory files to see them.",
      partialNote: null,
    });
  });
});
