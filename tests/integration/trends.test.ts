// The dashboard's SQL must say what the engine says. A creator in Los Angeles gets crafted
// videos and readings (DOMAIN.md §4's cases, a video posted 23:30 on 31 March, counts beyond
// 2^31, half-cent payouts, a video without readings, interactions above views, exact tier
// boundaries); the expected figures are computed in JS from the same raw data with
// lib/domain and compared with lib/data, to the cent.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { getDashboardData, listDashboardVideos } from "@/lib/data/dashboard";
import { getEngagementTrend, getFollowerTrend, getPeriodSummaries } from "@/lib/data/trends";
import { getPool } from "@/lib/db";
import { resolveDashboardPeriod, type DashboardRange } from "@/lib/domain/dashboard-range";
import { DEFAULT_EARNINGS_SETTINGS, estimatedEarnings, viewsPayout } from "@/lib/domain/earnings";
import { roundMicros } from "@/lib/domain/money";
import { medianEngagementRate, totals, viewWeightedEngagementRate, type Counts } from "@/lib/domain/engagement";
import { bucketKey, type Bucket } from "@/lib/domain/series";
import { tierForSums } from "@/lib/domain/tier";
import { shapeTrend } from "@/lib/domain/trend-shaping";
import { zonedLocalToUtc } from "@/lib/domain/time";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const LA = "America/Los_Angeles";
const S = DEFAULT_EARNINGS_SETTINGS;
const la = (local: string) => zonedLocalToUtc(local, LA);

type Reading = { at: Date; views: bigint; likes: bigint; comments: bigint; shares: bigint };
type RawVideo = { id?: string; title: string; postedAt: Date; durationSeconds: number | null; readings: Reading[] };

const r = (at: string, views: bigint, likes: bigint, comments: bigint, shares: bigint): Reading => ({
  at: la(at),
  views,
  likes,
  comments,
  shares,
});

// The creator's videos, by what each one tests.
const VIDEOS: RawVideo[] = [
  // DOMAIN.md §4: 5,000 views at 15 % (750), 50,000 views at 1 % (500), viral 1,000,000 at 10 % under 60 s → $40.00.
  { title: "High engagement, few views", postedAt: la("2026-02-10T10:00"), durationSeconds: 20, readings: [r("2026-02-11T09:00", 2_000n, 250n, 40n, 10n), r("2026-02-20T09:00", 5_000n, 600n, 100n, 50n)] },
  { title: "Low engagement, many views", postedAt: la("2026-02-12T09:00"), durationSeconds: 30, readings: [r("2026-02-20T09:00", 50_000n, 400n, 60n, 40n)] },
  { title: "Viral", postedAt: la("2026-03-03T18:00"), durationSeconds: 45, readings: [r("2026-03-20T09:00", 1_000_000n, 80_000n, 12_000n, 8_000n)] },
  // 23:30 on 31 March in Los Angeles is 06:30 on 1 April UTC: a March video for this creator.
  { title: "Posted late on 31 March", postedAt: la("2026-03-31T23:30"), durationSeconds: 90, readings: [r("2026-04-02T12:00", 3_000n, 100n, 20n, 30n)] },
  // Beyond 2^31 (shares too): Rewards 3e9 × $0.70/1000 = $2,100,000.00; Fund 25,000,000,001 × $0.04/1000 = $1,000,000.00.
  { title: "Three billion views", postedAt: la("2026-04-15T12:00"), durationSeconds: 75, readings: [r("2026-04-20T12:00", 3_000_000_000n, 250_000_000n, 30_000_000n, 20_000_000n)] },
  { title: "Twenty-five billion views", postedAt: la("2026-04-16T12:00"), durationSeconds: 15, readings: [r("2026-04-21T12:00", 25_000_000_001n, 20_000_000n, 2_345_678n, 2_147_483_648n)] },
  // The latest reading up to the end of the range: 1,000 by the end of March (the reading at
  // exactly midnight on 1 April is outside March), 5,000 by the end of April, 9,000 today.
  {
    title: "Growing slowly",
    postedAt: la("2026-03-10T12:00"),
    durationSeconds: 61,
    readings: [
      r("2026-03-11T12:00", 1_000n, 30n, 5n, 5n),
      r("2026-04-01T00:00", 1_500n, 60n, 10n, 10n),
      r("2026-04-05T12:00", 5_000n, 400n, 50n, 50n),
      r("2026-06-01T12:00", 9_000n, 900n, 90n, 90n),
    ],
  },
  { title: "Long video under 1,000 views", postedAt: la("2026-01-20T12:00"), durationSeconds: 120, readings: [r("2026-01-25T12:00", 999n, 60n, 10n, 5n)] },
  { title: "No readings yet", postedAt: la("2026-01-22T12:00"), durationSeconds: null, readings: [] },
  // 125 views × $0.04 / 1000 = half a cent, rounded up to $0.01.
  { title: "Half a cent", postedAt: la("2026-01-05T08:00"), durationSeconds: 10, readings: [r("2026-01-06T08:00", 125n, 5n, 1n, 0n)] },
  { title: "More interactions than views", postedAt: la("2026-02-27T12:00"), durationSeconds: 15, readings: [r("2026-02-28T12:00", 100n, 150n, 20n, 30n)] },
  // Weeks of their own at exactly 3 % and exactly 5 %: the higher tier.
  { title: "Exactly 3 %", postedAt: la("2026-01-13T12:00"), durationSeconds: 20, readings: [r("2026-01-14T12:00", 1_000n, 20n, 5n, 5n)] },
  { title: "Exactly 5 %", postedAt: la("2026-01-28T12:00"), durationSeconds: 20, readings: [r("2026-01-29T12:00", 1_000n, 40n, 5n, 5n)] },
  // In the period before January–April: read at 10,000 views at the end of that period.
  { title: "December video", postedAt: la("2025-12-01T12:00"), durationSeconds: 30, readings: [r("2025-12-05T12:00", 10_000n, 400n, 50n, 50n), r("2026-02-01T12:00", 20_000n, 800n, 100n, 100n)] },
];

const FOLLOWERS: { date: string; followers: bigint }[] = [
  { date: "2025-12-28", followers: 900n },
  { date: "2026-01-04", followers: 1_000n },
  { date: "2026-01-18", followers: 1_100n },
  { date: "2026-02-15", followers: 1_500n },
  { date: "2026-05-03", followers: 3_000_000_000n },
];

const NOW = new Date("2026-11-26T20:00:00Z");

async function insertVideos(userId: string, videos: RawVideo[]): Promise<void> {
  const db = testDb();
  for (const v of videos) {
    const created = await db.video.create({
      data: { userId, title: v.title, postedAt: v.postedAt, durationSeconds: v.durationSeconds },
    });
    v.id = created.id;
    if (v.readings.length) {
      await db.reading.createMany({
        data: v.readings.map((x) => ({
          videoId: created.id,
          userId,
          capturedAt: x.at,
          views: x.views,
          likes: x.likes,
          comments: x.comments,
          shares: x.shares,
        })),
      });
    }
  }
}

/** The reading a video counts with: its latest one captured before `to`, or none. */
function countsAt(v: RawVideo, to: Date): Counts & { hasReading: boolean } {
  const latest = v.readings.filter((x) => x.at < to).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  return latest
    ? { views: latest.views, likes: latest.likes, comments: latest.comments, shares: latest.shares, hasReading: true }
    : { views: 0n, likes: 0n, comments: 0n, shares: 0n, hasReading: false };
}

/** What the engine says about the videos posted in [from, to). */
function engineFigures(videos: RawVideo[], from: Date, to: Date) {
  const list = videos.filter((v) => v.postedAt >= from && v.postedAt < to).map((v) => ({ v, c: countsAt(v, to) }));
  const t = totals(list.map((x) => x.c));
  const e = estimatedEarnings({ videos: list.map((x) => ({ views: x.c.views, durationSeconds: x.v.durationSeconds })) }, S);
  return {
    videos: list.length,
    views: t.views,
    interactions: t.interactions,
    fundCents: e.fundCents,
    rewardsCents: e.rewardsCents,
    videosBelowRewardsMinimum: e.videosBelowRewardsMinimum,
    rate: viewWeightedEngagementRate(list.map((x) => x.c)),
    tier: tierForSums(t.interactions, t.views),
    medianRate: medianEngagementRate(list.map((x) => x.c)),
  };
}

/** The engine's figures per bucket, keyed like the SQL. */
function engineBuckets(videos: RawVideo[], from: Date, to: Date, bucket: Bucket, tz: string) {
  const keys = [...new Set(videos.filter((v) => v.postedAt >= from && v.postedAt < to).map((v) => bucketKey(v.postedAt, bucket, tz)))].sort();
  return keys.map((key) => {
    const inBucket = videos.filter((v) => v.postedAt >= from && v.postedAt < to && bucketKey(v.postedAt, bucket, tz) === key);
    // Readings are cut at the end of the range, not of the bucket.
    const f = engineFigures(inBucket.map((v) => ({ ...v, readings: v.readings.filter((x) => x.at < to) })), new Date(-8.64e15), new Date(8.64e15));
    return { key, ...f };
  });
}

const custom = (from: string, to: string): DashboardRange => ({ kind: "custom", from, to });
const FIRST_POST = new Date(Math.min(...VIDEOS.map((v) => v.postedAt.getTime())));
const period = (range: DashboardRange, bucket: Bucket | null = null) => resolveDashboardPeriod({ range, bucket }, NOW, LA, "en-US", FIRST_POST);

describe("trends in SQL agree with the engine", () => {
  let userId: string;
  let otherId: string;

  beforeAll(async () => {
    const user = await createCreator({ timeZone: LA });
    userId = user.id;
    await insertVideos(userId, VIDEOS);
    await testDb().followerCount.createMany({
      data: FOLLOWERS.map((f) => ({ userId, date: new Date(`${f.date}T00:00:00Z`), followers: f.followers })),
    });
    // Another creator posting in the same weeks: none of it may show up.
    const other = await createCreator({ timeZone: LA });
    otherId = other.id;
    await insertVideos(otherId, [
      { title: "Someone else's viral video", postedAt: la("2026-03-15T12:00"), durationSeconds: 80, readings: [r("2026-03-16T12:00", 7_777_777n, 777_777n, 7_777n, 777n)] },
      { title: "Someone else's March 31", postedAt: la("2026-03-31T22:00"), durationSeconds: 10, readings: [r("2026-04-01T12:00", 123n, 1n, 1n, 1n)] },
    ]);
    await testDb().followerCount.create({ data: { userId: otherId, date: new Date("2026-02-01T00:00:00Z"), followers: 99_999n } });
  });

  test.each<{ name: string; range: DashboardRange; bucket: Bucket }>([
    { name: "January–April by month", range: custom("2026-01-01", "2026-04-30"), bucket: "month" },
    { name: "January–April by week", range: custom("2026-01-01", "2026-04-30"), bucket: "week" },
    { name: "January–April by day", range: custom("2026-01-01", "2026-04-30"), bucket: "day" },
    { name: "March by day", range: custom("2026-03-01", "2026-03-31"), bucket: "day" },
    { name: "March–April by week", range: custom("2026-03-01", "2026-04-30"), bucket: "week" },
    { name: "all time by month", range: { kind: "preset", preset: "all" }, bucket: "month" },
    { name: "last 365 days by week", range: { kind: "preset", preset: "365d" }, bucket: "week" },
  ])("$name: every bucket to the cent, with ER and tier", async ({ range, bucket }) => {
    const p = period(range, bucket);
    const sql = await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: p.bucket, timeZone: LA }, S);
    const shaped = shapeTrend(p.bucketKeys, sql, 3).filter((x) => x.videos > 0);
    const expected = engineBuckets(VIDEOS, p.from, p.to, p.bucket, LA);
    expect(expected.length).toBeGreaterThan(0);
    expect(shaped.map((x) => ({ key: x.key, videos: x.videos, views: x.views, interactions: x.interactions, fundCents: x.fundCents, rewardsCents: x.rewardsCents, videosBelowRewardsMinimum: x.videosBelowRewardsMinimum, rate: x.rate, tier: x.tier }))).toEqual(
      expected.map((e) => ({ key: e.key, videos: e.videos, views: e.views, interactions: e.interactions, fundCents: e.fundCents, rewardsCents: e.rewardsCents, videosBelowRewardsMinimum: e.videosBelowRewardsMinimum, rate: e.rate, tier: e.tier })),
    );
    // No bucket outside the range's keys: the SQL and the shaping agree on the creator's calendar.
    for (const b of sql) expect(p.bucketKeys).toContain(b.key);
  });

  test("a video posted 23:30 on 31 March in Los Angeles is a March video there, an April one in UTC", async () => {
    const p = period(custom("2026-01-01", "2026-04-30"), "month");
    const inLA = await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "month", timeZone: LA }, S);
    const march = inLA.find((b) => b.key === "2026-03-01")!;
    // Viral + Growing slowly + Posted late on 31 March.
    expect(march.videos).toBe(3);
    expect(march.views).toBe(1_000_000n + 5_000n + 3_000n);
    expect(march.rewardsMicros).toBe((5_000n + 3_000n) * 70_000n); // 5,000 and 3,000 views at $0.70 per 1,000: $5.60
    const inUTC = await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "month", timeZone: "UTC" }, S);
    expect(inUTC.find((b) => b.key === "2026-03-01")!.videos).toBe(2);
    expect(inUTC.find((b) => b.key === "2026-04-01")!.videos).toBe(3);
  });

  test("DOMAIN.md §4 and the numbers beyond 2^31, read off the buckets", async () => {
    const p = period(custom("2026-01-01", "2026-04-30"), "month");
    const b = shapeTrend(p.bucketKeys, await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "month", timeZone: LA }, S), 3);
    const feb = b.find((x) => x.key === "2026-02-01")!;
    expect(feb.views).toBe(55_100n);
    expect(feb.interactions).toBe(750n + 500n + 200n);
    const apr = b.find((x) => x.key === "2026-04-01")!;
    expect(apr.views).toBe(28_000_000_001n);
    expect(apr.interactions).toBe(300_000_000n + 20_000_000n + 2_345_678n + 2_147_483_648n);
    expect(apr.rewardsCents).toBe(210_000_000n);
    expect(apr.fundCents).toBe(100_000_000n);
    const jan = b.find((x) => x.key === "2026-01-01")!;
    expect(jan.videosBelowRewardsMinimum).toBe(1);
    expect(jan.fundCents).toBe(1n + 4n + 4n); // half a cent rounded up; 1,000 views × $0.04/1000 = 4¢ twice; no reading → $0
  });

  test("only the latest reading up to the end of the range counts (a reading at the end itself does not)", async () => {
    const growing = VIDEOS.find((v) => v.title === "Growing slowly")!;
    const viewsIn = async (range: DashboardRange) => {
      const p = period(range);
      const v = await listDashboardVideos(userId, { from: p.from, to: p.to }, S);
      return v.points.find((x) => x.id === growing.id)!;
    };
    expect((await viewsIn(custom("2026-03-01", "2026-03-31"))).views).toBe(1_000n);
    expect((await viewsIn(custom("2026-03-01", "2026-04-30"))).views).toBe(5_000n);
    expect((await viewsIn({ kind: "preset", preset: "all" })).views).toBe(9_000n);

    // Posted 23:30 on 31 March, first read on 2 April: in March it has no reading yet.
    const p = period(custom("2026-03-01", "2026-03-31"));
    const late = (await listDashboardVideos(userId, { from: p.from, to: p.to }, S)).points.find((x) => x.title === "Posted late on 31 March")!;
    expect(late).toMatchObject({ views: 0n, hasReading: false, payoutCents: 0n });
  });

  test("period totals: current equals the sum of its buckets, previous reads as it stood at its own end", async () => {
    const p = period(custom("2026-01-01", "2026-04-30"), "week");
    const s = await getPeriodSummaries(userId, { from: p.from, to: p.to, previousFrom: p.previousFrom, timeZone: LA }, S);
    const cur = engineFigures(VIDEOS, p.from, p.to);
    expect(s.current).toMatchObject({
      videos: cur.videos,
      views: cur.views,
      interactions: cur.interactions,
      videosBelowRewardsMinimum: cur.videosBelowRewardsMinimum,
    });
    // Money: the exact sums, rounded once, are the engine's figures.
    expect(roundMicros(s.current.fundMicros)).toBe(cur.fundCents);
    expect(roundMicros(s.current.rewardsMicros)).toBe(cur.rewardsCents);
    expect(s.current.medianRate).toBeCloseTo(cur.medianRate!, 6);

    const prev = engineFigures(VIDEOS, p.previousFrom, p.from);
    expect(prev.videos).toBe(1);
    expect(s.previous).toMatchObject({ videos: 1, views: 10_000n, interactions: 500n, fundMicros: 40_000_000n, rewardsMicros: 0n });
    expect(s.previous.medianRate).toBeCloseTo(prev.medianRate!, 6);

    const buckets = await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "week", timeZone: LA }, S);
    expect(buckets.reduce((t, b) => t + b.views, 0n)).toBe(s.current.views);
    expect(buckets.reduce((t, b) => t + b.fundMicros + b.rewardsMicros, 0n)).toBe(s.current.fundMicros + s.current.rewardsMicros);
  });

  test("a period with no videos has zero totals and no median", async () => {
    const p = period(custom("2024-01-01", "2024-01-31"));
    const s = await getPeriodSummaries(userId, { from: p.from, to: p.to, previousFrom: p.previousFrom, timeZone: LA }, S);
    expect(s.current).toEqual({ videos: 0, views: 0n, interactions: 0n, fundMicros: 0n, rewardsMicros: 0n, videosBelowRewardsMinimum: 0, medianRate: null });
    expect(await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "day", timeZone: LA }, S)).toEqual([]);
  });

  test("videos as points: payouts per video equal viewsPayout; top lists rank by ER and by earnings; the cap holds", async () => {
    const p = period(custom("2026-01-01", "2026-04-30"));
    const all = await listDashboardVideos(userId, { from: p.from, to: p.to }, S);
    const inRange = VIDEOS.filter((v) => v.postedAt >= p.from && v.postedAt < p.to);
    expect(all.total).toBe(inRange.length);
    expect(all.points).toHaveLength(inRange.length);
    for (const v of inRange) {
      const c = countsAt(v, p.to);
      const point = all.points.find((x) => x.id === v.id)!;
      expect(point.views).toBe(c.views);
      expect(point.payoutCents).toBe(viewsPayout({ views: c.views, durationSeconds: v.durationSeconds }, S).cents);
    }
    expect(all.points.map((x) => x.views)).toEqual([...all.points.map((x) => x.views)].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    // 15 %, then 10 % (the bigger of the 10 % videos first); the reading with more interactions
    // than views (200 %) is not ranked (issue 16, item 9).
    expect(all.topByEngagement.map((x) => x.title)).toEqual([
      "High engagement, few views",
      "Three billion views",
      "Viral",
      "Growing slowly",
      "Twenty-five billion views",
    ]);
    expect(all.topByEarnings.map((x) => [x.title, x.payoutCents])).toEqual([
      ["Three billion views", 210_000_000n],
      ["Twenty-five billion views", 100_000_000n],
      ["Viral", 4_000n],
      ["Growing slowly", 350n],
      ["Posted late on 31 March", 210n],
    ]);
    // DOMAIN.md §4: the 5,000-view video at 15 % out-ranks the 50,000-view one at 1 % on ER.
    const rank = (t: string) => all.topByEngagement.findIndex((x) => x.title === t);
    expect(rank("High engagement, few views")).toBeGreaterThanOrEqual(0);
    expect(rank("Low engagement, many views")).toBe(-1);

    const capped = await listDashboardVideos(userId, { from: p.from, to: p.to }, S, { points: 3, top: 2 });
    expect(capped.total).toBe(inRange.length);
    expect(capped.points.map((x) => x.title)).toEqual(["Twenty-five billion views", "Three billion views", "Viral"]);
    expect(capped.topByEngagement.map((x) => x.title)).toEqual(["High engagement, few views", "Three billion views"]);
  });

  test("followers: the last reading of each bucket, and the readings that frame the range", async () => {
    const p = period(custom("2026-01-01", "2026-04-30"), "month");
    const f = await getFollowerTrend(userId, { from: p.from, to: p.to, bucket: "month", timeZone: LA });
    expect(f.points).toEqual([
      { key: "2026-01-01", date: "2026-01-18", followers: 1_100n },
      { key: "2026-02-01", date: "2026-02-15", followers: 1_500n },
    ]);
    expect(f.atEnd).toEqual({ date: "2026-02-15", followers: 1_500n });
    expect(f.atStart).toEqual({ date: "2025-12-28", followers: 900n });
    const later = await getFollowerTrend(userId, { from: la("2026-05-01T00:00"), to: la("2026-06-01T00:00"), bucket: "week", timeZone: LA });
    expect(later.points).toEqual([{ key: "2026-04-27", date: "2026-05-03", followers: 3_000_000_000n }]);
  });

  test("the whole dashboard is nine SQL statements, however many videos there are", async () => {
    const user = await createCreator({ timeZone: LA });
    // Every statement on the app's pool: the dashboard's own (readRows) and Prisma's (the settings).
    const spy = vi.spyOn(getPool(), "query");
    const params = { range: { kind: "preset", preset: "all" } as DashboardRange, bucket: null };
    const small = await getDashboardData({ id: user.id, timeZone: LA, locale: "en-US", currency: "USD" }, params, NOW);
    expect(small.kind).toBe("empty");
    const one = spy.mock.calls.length;
    // The bounds and the settings; nothing more without videos.
    expect(one).toBe(2);

    await insertVideos(user.id, VIDEOS.slice(0, 2).map((v) => ({ ...v, id: undefined })));
    spy.mockClear();
    const few = await getDashboardData({ id: user.id, timeZone: LA, locale: "en-US", currency: "USD" }, params, NOW);
    expect(few.kind).toBe("ready");
    const withFew = spy.mock.calls.length;

    const many: RawVideo[] = Array.from({ length: 120 }, (_, i) => ({
      title: `Bulk ${i}`,
      postedAt: new Date(la("2026-05-01T12:00").getTime() + i * 3_600_000 * 30),
      durationSeconds: 30 + (i % 60),
      readings: [1, 2, 3].map((d) => ({ at: new Date(la("2026-05-01T12:00").getTime() + i * 3_600_000 * 30 + d * 86_400_000), views: BigInt(1000 * d + i), likes: BigInt(10 * d), comments: 1n, shares: 1n })),
    }));
    await insertVideos(user.id, many);
    spy.mockClear();
    const lots = await getDashboardData({ id: user.id, timeZone: LA, locale: "en-US", currency: "USD" }, params, NOW);
    expect(lots.kind).toBe("ready");
    expect(spy.mock.calls.length).toBe(withFew);
    // The settings, the bounds (with the views basis), then the two trends, followers, the
    // videos' count and median, their lists, the ledger, and the views gained.
    expect(withFew).toBe(9);
    spy.mockRestore();
    if (lots.kind === "ready") expect(lots.videos.total).toBe(122);
  });

  test("another creator's data never leaks into the figures", async () => {
    const p = period({ kind: "preset", preset: "all" }, "month");
    const trend = await getEngagementTrend(userId, { from: p.from, to: p.to, bucket: "month", timeZone: LA }, S);
    expect(trend.reduce((t, b) => t + b.videos, 0)).toBe(VIDEOS.length);
    const v = await listDashboardVideos(userId, { from: p.from, to: p.to }, S);
    expect(v.points.some((x) => x.title.startsWith("Someone else"))).toBe(false);
    const f = await getFollowerTrend(otherId, { from: p.from, to: p.to, bucket: "month", timeZone: LA });
    expect(f.points.map((x) => x.followers)).toEqual([99_999n]);
  });
});
