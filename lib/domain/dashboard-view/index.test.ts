import { describe, expect, test } from "vitest";
import { resolveDashboardPeriod } from "../dashboard-range";
import { buildDashboardView, type DashboardInput, type DashboardVideoInput } from "./index";
import { DEFAULT_EARNINGS_SETTINGS } from "../earnings";
import { EMPTY_SUMS } from "../trend-shaping";

const UTC = "UTC";
const NOW = new Date("2026-11-26T12:00:00Z");
const prefs = { locale: "en-US", timeZone: UTC, currency: "USD" };

const video = (id: string, title: string, views: bigint, interactions: bigint, payoutCents: bigint): DashboardVideoInput => ({
  id,
  title,
  views,
  interactions,
  hasReading: true,
  payoutCents,
  program: "fund",
});

// DOMAIN.md §4, posted in the week of 16 November.
const HIGH = video("v-high", "High engagement, few views", 5_000n, 750n, 20n);
const LOW = video("v-low", "Low engagement, many views", 50_000n, 500n, 200n);
const VIRAL = video("v-viral", "Viral", 1_000_000n, 100_000n, 4_000n);

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  const period = resolveDashboardPeriod({ range: { kind: "preset", preset: "28d" }, bucket: "week" }, NOW, UTC, "en-US", null);
  const sums = { videos: 3, views: 1_055_000n, interactions: 101_250n, fundMicros: 4_220_000_000n, rewardsMicros: 0n, videosBelowRewardsMinimum: 0 };
  return {
    period,
    viewsBasis: "posted",
    gained: {
      current: { views: 2_000_000n, interactions: 150_000n },
      previous: { views: 1_000_000n, interactions: 50_000n },
      previousHasData: true,
    },
    settings: DEFAULT_EARNINGS_SETTINGS,
    trend: [{ key: "2026-11-16", ...sums }],
    summaries: {
      current: { ...sums, medianRate: 10 },
      previous: { ...EMPTY_SUMS, videos: 1, views: 1_000_000n, interactions: 20_000n, fundMicros: 4_000_000_000n, medianRate: 2 },
    },
    followers: {
      points: [{ key: "2026-11-23", date: "2026-11-25", followers: 250_000n }],
      atEnd: { date: "2026-11-25", followers: 250_000n },
      atStart: { date: "2026-10-01", followers: 200_000n },
    },
    videos: { points: [VIRAL, LOW, HIGH], total: 3, topByEngagement: [HIGH, VIRAL, LOW], topByEarnings: [VIRAL, LOW, HIGH] },
    ...over,
  };
}

describe("buildDashboardView", () => {
  test("cards: values, tier and changes in words", () => {
    const v = buildDashboardView(input(), prefs);
    const byId = Object.fromEntries(v.cards.map((c) => [c.id, c]));
    expect(byId.views).toMatchObject({
      title: "Views of videos posted in range",
      value: "1,055,000",
      detail: "Views gained: 2,000,000",
      change: { direction: "up", text: "Up 5.5% from 1,000,000 in the previous period" },
    });
    expect(byId.interactions).toMatchObject({ title: "Interactions on videos posted in range", value: "101,250" });
    expect(byId.engagement).toMatchObject({ title: "ER of videos posted in range", value: "9.5\u202F%", tier: "good", detail: "Good · median video 10.0\u202F%" });
    expect(byId.engagement?.change.text).toBe("Up 7.6 points from 2.0\u202F% in the previous period");
    expect(byId.earnings).toMatchObject({ value: "$42.20", detail: "from views of videos posted in range: Rewards $0.00 + Fund $42.20" });
    expect(byId.videos?.change.text).toBe("Up 200% from 1 in the previous period");
    expect(byId.followers).toMatchObject({ value: "250,000", detail: "As of Nov 25, 2026" });
    expect(byId.followers?.change.text).toBe("Up 25% from 200,000 on Oct 1, 2026, before this range");
  });

  test("ER per follower: the range's interactions ÷ the follower count in force at its end; saves say so", () => {
    const v = buildDashboardView(input(), prefs);
    // 101,250 ÷ 250,000 followers (count of 25 Nov).
    expect(v.cards.find((c) => c.id === "perFollower")).toMatchObject({ title: "ER per follower", value: "40.5\u202F%", detail: "Interactions ÷ 250,000 followers (count of Nov 25, 2026)" });
    expect(v.cards.find((c) => c.id === "engagement")?.title).toBe("ER of videos posted in range");
    const none = buildDashboardView(input({ followers: { points: [], atEnd: null, atStart: null } }), prefs);
    expect(none.cards.find((c) => c.id === "perFollower")).toMatchObject({ value: "—", detail: expect.stringContaining("No follower count") });
    const zero = buildDashboardView(input({ followers: { points: [], atEnd: { date: "2026-11-25", followers: 0n }, atStart: null } }), prefs);
    expect(zero.cards.find((c) => c.id === "perFollower")?.value).toBe("—");
    const saves = buildDashboardView(input({ includeSaves: true }), prefs);
    expect(saves.cards.find((c) => c.id === "engagement")?.title).toBe("ER of videos posted in range (incl. saves)");
    expect(saves.cards.find((c) => c.id === "perFollower")?.title).toBe("ER per follower incl. saves");
    expect(saves.cards.find((c) => c.id === "interactions")?.detail).toBe("likes + comments + shares + saves");
  });

  test("brand deal: one sponsored video at the range's followers and ER, with its inputs", () => {
    const v = buildDashboardView(input(), prefs);
    expect(v.brandDeal).toMatchObject({ available: true, valueText: "$5,062.50", followersText: "250,000", rateText: "9.5\u202F%" });
    const none = buildDashboardView(input({ followers: { points: [], atEnd: null, atStart: null } }), prefs);
    expect(none.brandDeal.available).toBe(false);
    expect(none.cards.find((c) => c.id === "followers")).toMatchObject({ value: "—", change: { direction: "none" } });
  });

  test("scatter: the 5,000-view video at 15 % is named over the 50,000-view one at 1 %", () => {
    const v = buildDashboardView(input(), prefs);
    expect(v.scatter.summary).toBe(
      "2 of 3 videos reached 5 % ER or more. Highest ER: “High engagement, few views” at 15.0\u202F% on 5,000 views; your most-viewed, “Viral”, had 10.0\u202F% on 1,000,000 views." +
        " “High engagement, few views” drew more interactions (750) than “Low engagement, many views” (500) with fewer views (5,000 against 50,000).",
    );
    expect(v.scatter.points.map((p) => [p.title, p.tier])).toEqual([
      ["Viral", "excellent"],
      ["Low engagement, many views", "below"],
      ["High engagement, few views", "excellent"],
    ]);
    expect(v.scatter.capNote).toBeNull();
  });

  test("scatter: capped points are said, 0-view videos are left out and said", () => {
    const zero = { ...video("v-zero", "Not seen yet", 0n, 0n, 0n), hasReading: false };
    const v = buildDashboardView(input({ videos: { points: [VIRAL, HIGH, zero], total: 812, topByEngagement: [], topByEarnings: [] } }), prefs);
    expect(v.scatter.capNote).toBe("Showing the 3 most-viewed of 812 videos posted in this range.");
    expect(v.scatter.omittedNote).toBe("1 video without views is not drawn (a log scale starts above 0).");
    expect(v.scatter.points).toHaveLength(2);
  });

  test("trend charts: every week of the range, gaps without ER, tiers readable in words", () => {
    const v = buildDashboardView(input(), prefs);
    expect(v.engagement.points.map((p) => [p.label, p.rateText, p.tierLabel])).toEqual([
      ["Oct 26", "—", "—"],
      ["Nov 2", "—", "—"],
      ["Nov 9", "—", "—"],
      ["Nov 16", "9.5\u202F%", "Good"],
      ["Nov 23", "—", "—"],
    ]);
    expect(v.engagement.rollingLabel).toBe("4-week rolling ER");
    expect(v.tiers.summary).toBe("Good in 1 week; 4 weeks without views. Latest: Good (Week of Nov 16, 2026, 9.5\u202F%).");
    expect(v.earnings.points[3]).toMatchObject({ fund: 42.2, rewards: 0, totalText: "$42.20" });
    expect(v.followers.points.map((p) => p.followersText)).toEqual(["—", "—", "—", "—", "250,000"]);
    expect(v.followers.summary).toBe("250,000 followers on Nov 25, 2026, the only count recorded in this range.");
  });

  test("top lists link to each video", () => {
    const v = buildDashboardView(input(), prefs);
    expect(v.topByEngagement.map((t) => [t.title, t.rateText, t.tier, t.href])).toEqual([
      ["High engagement, few views", "15.0\u202F%", "excellent", "/videos/v-high"],
      ["Viral", "10.0\u202F%", "excellent", "/videos/v-viral"],
      ["Low engagement, many views", "1.0\u202F%", "below", "/videos/v-low"],
    ]);
    expect(v.topByEarnings[0]).toMatchObject({ title: "Viral", payoutText: "$40.00", programText: "Creator Fund" });
  });

  test("a range without views has no ER, no tier and says so", () => {
    const period = resolveDashboardPeriod({ range: { kind: "preset", preset: "7d" }, bucket: null }, NOW, UTC, "en-US", null);
    const empty = { ...EMPTY_SUMS, medianRate: null };
    const v = buildDashboardView(
      input({ period, trend: [], summaries: { current: empty, previous: empty }, videos: { points: [], total: 0, topByEngagement: [], topByEarnings: [] } }),
      prefs,
    );
    expect(v.cards.find((c) => c.id === "engagement")).toMatchObject({ value: "—", tier: null });
    expect(v.engagement.summary).toMatch(/no ER to chart/);
    expect(v.tiers.summary).toMatch(/no tier to show/);
    expect(v.scatter.summary).toBe("No video in this range has views yet.");
    expect(v.videosInRange).toBe(0);
  });

  // Issue 16, item 5: the cards lead with the creator's basis and name it; ER and interactions follow it.
  test("views gained basis (the default): the cards lead with views gained, ER is interactions gained ÷ views gained", () => {
    const v = buildDashboardView(input({ viewsBasis: "gained" }), prefs);
    const byId = Object.fromEntries(v.cards.map((c) => [c.id, c]));
    expect(byId.views).toMatchObject({
      title: "Views gained",
      value: "2,000,000",
      detail: "Views of videos posted in range: 1,055,000",
      change: { direction: "up", text: "Up 100% from 1,000,000 in the previous period" },
    });
    expect(byId.interactions).toMatchObject({ title: "Interactions gained", value: "150,000" });
    expect(byId.engagement).toMatchObject({ title: "ER on views gained", value: "7.5\u202F%", tier: "good", detail: "Good · interactions gained ÷ views gained" });
    expect(byId.engagement?.change.text).toBe("Up 2.5 points from 5.0\u202F% in the previous period");
    expect(v.brandDeal).toMatchObject({ rateText: "7.5\u202F%" });
    expect(v.basisNote).toMatch(/^Views gained: what all your videos, whenever posted, gained in this range/);
  });

  // Issue 16, item 8.
  test("all time: no card compares with a period before any data", () => {
    const period = resolveDashboardPeriod({ range: { kind: "preset", preset: "all" }, bucket: null }, NOW, UTC, "en-US", new Date("2026-11-16T12:00:00Z"));
    for (const viewsBasis of ["gained", "posted"] as const) {
      const v = buildDashboardView(input({ period, viewsBasis }), prefs);
      // ER per follower never compares periods (its note says why); every other card says all time has none.
      for (const c of v.cards.filter((card) => card.id !== "perFollower")) {
        expect(c.change).toEqual({ direction: "none", amount: null, text: "All time: no earlier period to compare with" });
      }
      expect(v.basisNote).toMatch(/All time has no earlier period to compare with\.$/);
    }
  });

  test("a previous period without data: no comparison, never “New: none in the previous period”", () => {
    const empty = { ...EMPTY_SUMS, medianRate: null };
    const posted = buildDashboardView(input({ summaries: { current: input().summaries.current, previous: empty } }), prefs);
    for (const id of ["views", "interactions", "engagement", "earnings", "videos"]) {
      const c = posted.cards.find((x) => x.id === id);
      expect(c?.change.direction).toBe("none");
      expect(c?.change.text).toBe("No comparison: nothing recorded in the previous period (Oct 2, 2026 – Oct 29, 2026)");
    }
    const gained = buildDashboardView(
      input({
        viewsBasis: "gained",
        gained: { current: { views: 5n, interactions: 1n }, previous: { views: 0n, interactions: 0n }, previousHasData: false },
        summaries: { current: input().summaries.current, previous: empty },
      }),
      prefs,
    );
    expect(gained.cards.map((c) => c.change.text).join(" ")).not.toMatch(/New:/);
  });

  // Issue 16, item 9.
  test("a reading with more interactions than views is not drawn, not the highest ER, and the note says why", () => {
    const IMPOSSIBLE = video("v-imp", "Imported at 125 %", 20_000n, 25_000n, 80n);
    const v = buildDashboardView(input({ videos: { points: [VIRAL, LOW, IMPOSSIBLE, HIGH], total: 4, topByEngagement: [HIGH], topByEarnings: [] } }), prefs);
    expect(v.scatter.points.map((p) => p.title)).toEqual(["Viral", "Low engagement, many views", "High engagement, few views"]);
    expect(Math.max(...v.scatter.points.map((p) => p.rate))).toBe(15);
    expect(v.scatter.impossibleNote).toBe(
      "1 video has more interactions than views and is not drawn: interactions exceed views, excluded from rankings and chart scales.",
    );
    expect(v.scatter.summary).toMatch(/Highest ER: “High engagement, few views”/);
    expect(v.scatter.summary).not.toMatch(/125/);
  });
});
