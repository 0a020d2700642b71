// The ER variants on a real PostgreSQL (issue 16, item 11): a reading's ER per follower uses
// the follower count in force on the reading's day in the creator's zone (never a later one,
// never the UTC day's), in the Videos and Readings CSVs and on the video page; the "Count
// saves as interactions" option changes the dashboard's ER (and its ranking), the video list's
// ER and the Videos, Readings and Trend CSVs, which say so.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDashboardData } from "@/lib/data/dashboard";
import { getIncludeSaves, saveIncludeSaves } from "@/lib/data/earnings-settings";
import { getPerFollowerSummary, listFollowerCountsInForce } from "@/lib/data/follower-counts";
import { parseReportRequest, renderReport, type ReportUser } from "@/lib/data/reports";
import { endExportPool } from "@/lib/data/reports/export-connection";
import { listVideos } from "@/lib/data/videos";
import { buildDashboardView } from "@/lib/domain/dashboard-view";
import { rateFromSums } from "@/lib/domain/engagement";
import { accountPerFollowerRate, followerCountInForce } from "@/lib/domain/engagement-variants";
import { formatRate } from "@/lib/domain/format";
import { sumTrend } from "@/lib/domain/trend-shaping";
import { zonedLocalToUtc } from "@/lib/domain/time";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const LA = "America/Los_Angeles";
const la = (local: string) => zonedLocalToUtc(local, LA);
const NOW = new Date("2026-11-26T20:00:00Z");
const MARCH = "from=2026-03-01&to=2026-03-31";
type Row = Record<string, string>;

let user: ReportUser;
let saves: { id: string; title: string };
let plain: { id: string; title: string };

async function csv(report: "videos" | "readings" | "trend"): Promise<Row[]> {
  const r = parseReportRequest(report, new URLSearchParams(MARCH));
  if (!r.ok) throw new Error(r.error);
  return parse(await renderReport(user, r.request, { now: NOW }), { bom: true, columns: true }) as Row[];
}

beforeAll(async () => {
  const db = testDb();
  const u = await createCreator({ timeZone: LA });
  user = { id: u.id, timeZone: LA, currency: "USD", locale: "en-US" };
  // "With saves": 7 % without saves (140 / 2,000), 12 % with them (240 / 2,000).
  saves = await db.video.create({ data: { userId: u.id, title: "With saves", postedAt: la("2026-03-01T10:00"), durationSeconds: 30 }, select: { id: true, title: true } });
  // 23:30 on 2 March in Los Angeles is 3 March in UTC: the count of 3 March is not yet in force.
  await db.reading.create({ data: { videoId: saves.id, userId: u.id, capturedAt: la("2026-03-02T23:30"), views: 1_000n, likes: 80n, comments: 10n, shares: 10n, saves: 50n } });
  await db.reading.create({ data: { videoId: saves.id, userId: u.id, capturedAt: la("2026-03-10T12:00"), views: 2_000n, likes: 100n, comments: 20n, shares: 20n, saves: 100n } });
  // "No saves": 8 % either way (its saves are unknown and add nothing).
  plain = await db.video.create({ data: { userId: u.id, title: "No saves", postedAt: la("2026-03-05T10:00"), durationSeconds: 30 }, select: { id: true, title: true } });
  await db.reading.create({ data: { videoId: plain.id, userId: u.id, capturedAt: la("2026-03-06T10:00"), views: 1_000n, likes: 60n, comments: 10n, shares: 10n } });
  for (const [date, followers] of [["2026-03-01", 1_000n], ["2026-03-03", 4_000n], ["2026-03-10", 500n], ["2026-03-11", 99_999n]] as const) {
    await db.followerCount.create({ data: { userId: u.id, date: new Date(`${date}T00:00:00Z`), followers } });
  }
});

afterAll(async () => {
  await endExportPool();
});

describe("ER per follower", () => {
  test("each reading uses the follower count in force on its day in the creator's zone", async () => {
    const readings = await csv("readings");
    const byCapture = new Map(readings.map((r) => [r.captured_at, r]));
    // 100 interactions ÷ 1,000 (the count of 1 March; 3 March's 4,000 is later there).
    expect(byCapture.get("2026-03-02T23:30:00-08:00")).toMatchObject({ followers_at_reading: "1000", engagement_rate_per_follower_pct: "10", saves_counted_as_interactions: "no" });
    // 140 ÷ 500 (the count recorded that very day; the 99,999 of 11 March is later).
    expect(byCapture.get("2026-03-10T12:00:00-07:00")).toMatchObject({ followers_at_reading: "500", engagement_rate_per_follower_pct: "28" });
    // 80 ÷ 4,000: the count of 3 March is in force on 6 March.
    expect(byCapture.get("2026-03-06T10:00:00-08:00")).toMatchObject({ followers_at_reading: "4000", engagement_rate_per_follower_pct: "2" });

    // The Videos CSV: each video at its latest reading in the range.
    const videos = await csv("videos");
    expect(videos.find((r) => r.title === "With saves")).toMatchObject({ followers_at_reading: "500", engagement_rate_per_follower_pct: "28", interactions: "140" });

    // The video page's figures: the counts it reads and the domain's choice among them.
    const counts = await listFollowerCountsInForce(user.id, "2026-03-02", "2026-03-10");
    expect(followerCountInForce("2026-03-02", counts)?.followers).toBe(1_000n);
    expect(followerCountInForce("2026-03-10", counts)?.followers).toBe(500n);
  });

  test("a creator without follower counts gets no per-follower ER, not 0 % or a guess", async () => {
    const db = testDb();
    const u = await createCreator({ timeZone: LA });
    const v = await db.video.create({ data: { userId: u.id, title: "Lonely", postedAt: la("2026-03-01T10:00") } });
    await db.reading.create({ data: { videoId: v.id, userId: u.id, capturedAt: la("2026-03-02T10:00"), views: 100n, likes: 10n, comments: 0n, shares: 0n } });
    const r = parseReportRequest("readings", new URLSearchParams(MARCH));
    if (!r.ok) throw new Error(r.error);
    const rows = parse(await renderReport({ ...user, id: u.id }, r.request, { now: NOW }), { bom: true, columns: true }) as Row[];
    expect(rows[0]).toMatchObject({ engagement_rate_pct: "10", followers_at_reading: "", engagement_rate_per_follower_pct: "" });
    expect((await getPerFollowerSummary({ id: u.id, timeZone: LA, locale: "en-US" })).rate).toBeNull();
  });
});

describe("Count saves as interactions", () => {
  const march = { range: { kind: "custom" as const, from: "2026-03-01", to: "2026-03-31" }, bucket: "week" as const };

  test("changes the dashboard's ER and ranking, the video list's ER and both CSVs", async () => {
    const me = { id: user.id, timeZone: LA, locale: "en-US", currency: "USD" };
    expect(await getIncludeSaves(user.id)).toBe(false);
    const before = await getDashboardData(me, march, NOW);
    if (before.kind !== "ready") throw new Error("expected a ready dashboard");
    expect(sumTrend(before.trend).interactions).toBe(220n);
    expect(before.videos.topByEngagement.map((v) => v.title)).toEqual(["No saves", "With saves"]);
    expect((await csv("trend")).find((r) => r.row_type === "total")).toMatchObject({ interactions_on_videos_posted: "220", saves_counted_as_interactions: "no" });
    const listBefore = await listVideos(user.id, { timeZone: LA, sort: "er", dir: "desc", includeSaves: await getIncludeSaves(user.id) });
    expect(listBefore.rows.map((r) => [r.title, r.latest?.engagementRate])).toEqual([["No saves", 8], ["With saves", 7]]);

    await saveIncludeSaves(user.id, true);
    expect(await getIncludeSaves(user.id)).toBe(true);

    const after = await getDashboardData(me, march, NOW);
    if (after.kind !== "ready") throw new Error("expected a ready dashboard");
    expect(after.includeSaves).toBe(true);
    // 140 + 100 saves + 80: the rollup (without saves) is not what answers.
    expect(sumTrend(after.trend).interactions).toBe(320n);
    expect(after.summaries.current.interactions).toBe(320n);
    expect(after.videos.topByEngagement.map((v) => v.title)).toEqual(["With saves", "No saves"]);
    const view = buildDashboardView(after, { locale: "en-US", timeZone: LA, currency: "USD" });
    const er = view.cards.find((c) => c.id === "engagement")!;
    expect(er.title).toBe("ER on views gained (incl. saves)");
    expect(er.value).toBe(formatRate(rateFromSums(320n, 3_000n), "en-US")); // 320 ÷ 3,000 views
    const perFollower = view.cards.find((c) => c.id === "perFollower")!;
    expect(perFollower.title).toBe("ER per follower incl. saves");
    // The count in force at the end of March: 99,999 (11 March).
    expect(perFollower.value).toBe(formatRate(accountPerFollowerRate(320n, 99_999n), "en-US"));

    const listAfter = await listVideos(user.id, { timeZone: LA, sort: "er", dir: "desc", includeSaves: await getIncludeSaves(user.id) });
    expect(listAfter.rows.map((r) => [r.title, r.latest?.engagementRate, r.latest?.interactions])).toEqual([
      ["With saves", 12, 240n],
      ["No saves", 8, 80n],
    ]);

    const videos = await csv("videos");
    expect(videos.find((r) => r.title === "With saves")).toMatchObject({ interactions: "240", engagement_rate_pct: "12", tier: "Excellent", engagement_rate_per_follower_pct: "48", saves_counted_as_interactions: "yes" });
    const readings = await csv("readings");
    expect(readings.find((r) => r.captured_at === "2026-03-10T12:00:00-07:00")).toMatchObject({ interactions: "240", engagement_rate_pct: "12", engagement_rate_per_follower_pct: "48", saves_counted_as_interactions: "yes" });
    expect(readings.find((r) => r.captured_at === "2026-03-06T10:00:00-08:00")).toMatchObject({ interactions: "80", engagement_rate_pct: "8" });
    const trend = await csv("trend");
    expect(trend.find((r) => r.row_type === "total")).toMatchObject({ interactions_on_videos_posted: "320", saves_counted_as_interactions: "yes" });

    await saveIncludeSaves(user.id, false);
    const off = await getDashboardData(me, march, NOW);
    if (off.kind !== "ready") throw new Error("expected a ready dashboard");
    expect(sumTrend(off.trend).interactions).toBe(220n);
  });
});
