// The dashboard reads its sums from the rollup `video_day_totals` (kept by triggers) and its
// video lists from the latest reading kept on each video. Both must always give exactly what the
// reference computation (every video with its latest reading before each period's end) gives:
// after bulk and out-of-order writes, edits that move readings and videos across days, deletes,
// a new time zone and new payout settings. And the dashboard must really read them.
import { beforeAll, describe, expect, test } from "vitest";
import { getDashboardData, listDashboardVideos } from "@/lib/data/dashboard";
import { commitImport } from "@/lib/data/imports";
import { parseImportFiles } from "@/lib/import/parse";
import { bigContentCsv } from "@/lib/import/testing/fixtures";
import { saveEarningsSettings } from "@/lib/data/earnings-settings";
import { getEngagementTrend, getPeriodSummaries } from "@/lib/data/trends";
import { parseDashboardParams, resolveDashboardPeriod } from "@/lib/domain/dashboard-range";
import { DEFAULT_EARNINGS_SETTINGS, type EarningsSettings } from "@/lib/domain/earnings";
import { createCreator } from "./helpers/creators";
import { latestReadingMismatches, testDb } from "./helpers/db";

const NOW = new Date("2026-06-15T18:00:00Z");
const DAY = 86_400_000;

// A small deterministic generator (mulberry32), so a failure can be replayed.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Creator = { id: string; timeZone: string };

async function seed(creator: Creator, videos: number, rnd: () => number) {
  const db = testDb();
  const rows = Array.from({ length: videos }, (_, i) => ({
    userId: creator.id,
    title: `Video ${i}`,
    // Posted over the last ~400 days, at any hour (so late-evening posts test the zone).
    postedAt: new Date(NOW.getTime() - 2 * 3_600_000 - Math.floor(rnd() * 400 * DAY)),
    // Around the 60 s Rewards minimum; some unknown.
    durationSeconds: rnd() < 0.1 ? null : 30 + Math.floor(rnd() * 60),
  }));
  await db.video.createMany({ data: rows });
  const created = await db.video.findMany({ where: { userId: creator.id }, select: { id: true, postedAt: true } });
  const readings = [];
  for (const v of created) {
    if (rnd() < 0.1) continue; // some videos have no reading
    let views = 0n;
    let at = v.postedAt.getTime();
    const count = 1 + Math.floor(rnd() * 5);
    for (let k = 0; k < count; k++) {
      at += Math.floor(rnd() * 20 * DAY) + 60_000;
      if (at >= NOW.getTime()) break;
      // Around the 1,000-view Rewards minimum, sometimes far beyond 2^31; sometimes a reading drops.
      views = rnd() < 0.1 ? views / 2n : views + BigInt(Math.floor(rnd() * 3000)) * (rnd() < 0.05 ? 10_000_000n : 1n);
      const likes = (views * BigInt(Math.floor(rnd() * 20))) / 100n;
      readings.push({ videoId: v.id, userId: creator.id, capturedAt: new Date(at), views, likes, comments: likes / 7n, shares: likes / 9n, saves: 0n });
    }
  }
  await db.reading.createMany({ data: readings });
}

/** The rollup rows kept by the triggers equal a fresh computation of every posting day. */

async function expectRollupExact(userId: string) {
  const db = testDb();
  const columns = `posted_on::text, captured_on::text, videos, views::text, interactions::text, fund_views::text, rewards_views::text, below_rewards_minimum`;
  const kept = await db.$queryRawUnsafe(`SELECT ${columns} FROM video_day_totals WHERE user_id = $1::uuid ORDER BY 1, 2`, userId);
  const fresh = await db.$queryRawUnsafe(
    `WITH k AS (SELECT DISTINCT v.user_id, (v.posted_at AT TIME ZONE u.time_zone)::date AS d
                FROM videos v JOIN tierline_user_zones(ARRAY[$1::uuid]) u ON u.id = v.user_id WHERE v.user_id = $1::uuid)
     SELECT ${columns} FROM tierline_compute_video_day_totals(ARRAY(SELECT user_id FROM k), ARRAY(SELECT d FROM k)) ORDER BY 1, 2`,
    userId,
  );
  expect(kept).toEqual(fresh);
  return kept as unknown[];
}

const PRESETS = ["7", "28", "90", "365", "all"] as const;
const BUCKETS = ["day", "week", "month"] as const;

/** For every preset range and bucket: the fast reads equal the reference computation. */
async function expectFastEqualsReference(creator: Creator, settings: EarningsSettings, extra: { from: string; to: string }[] = []) {
  const db = testDb();
  const first = await db.video.findFirst({ where: { userId: creator.id }, orderBy: { postedAt: "asc" } });
  const params = [
    ...PRESETS.flatMap((range) => BUCKETS.map((bucket) => parseDashboardParams({ range, bucket }))),
    ...extra.map((r) => parseDashboardParams({ from: r.from, to: r.to, bucket: "week" })),
  ];
  for (const p of params) {
    const period = resolveDashboardPeriod(p, NOW, creator.timeZone, "en-US", first?.postedAt ?? null);
    const q = { from: period.from, to: period.to, bucket: period.bucket, timeZone: creator.timeZone };
    const s = { from: period.from, to: period.to, previousFrom: period.previousFrom, timeZone: creator.timeZone };
    const label = `${JSON.stringify(p.range)} by ${p.bucket}`;
    expect(await getEngagementTrend(creator.id, q, settings), label).toEqual(await getEngagementTrend(creator.id, q, settings, { rollup: false }));
    const fast = await getPeriodSummaries(creator.id, s, settings);
    const ref = await getPeriodSummaries(creator.id, s, settings, { rollup: false });
    for (const k of ["current", "previous"] as const) {
      const { medianRate: fm, ...fastSums } = fast[k];
      const { medianRate: rm, ...refSums } = ref[k];
      expect(fastSums, `${label} ${k}`).toEqual(refSums);
      if (rm === null) expect(fm, `${label} ${k} median`).toBeNull();
      else expect(fm, `${label} ${k} median`).toBeCloseTo(rm, 9);
    }
    const { medianRate: fastMedian, ...fastList } = await listDashboardVideos(creator.id, period, settings, { points: 25, top: 5 });
    const { medianRate: refMedian, ...refList } = await listDashboardVideos(creator.id, period, settings, { points: 25, top: 5 }, { rollup: false });
    expect(fastList, label).toEqual(refList);
    // The list's median is the period's (the dashboard shows it on the card).
    if (refMedian === null) expect(fastMedian).toBeNull();
    else expect(fastMedian, `${label} list median`).toBeCloseTo(ref.current.medianRate!, 9);
    // The dashboard's cards (totals from the buckets' sums, with the creator's saved settings)
    // say what the reference totals say.
    const dashboard = await getDashboardData({ id: creator.id, timeZone: creator.timeZone, locale: "en-US", currency: "USD" }, p, NOW);
    expect(dashboard.kind, label).toBe("ready");
    if (dashboard.kind === "ready") {
      const cards = await getPeriodSummaries(creator.id, s, dashboard.settings, { rollup: false });
      expect(dashboard.summaries.previous, `${label} dashboard previous`).toEqual({ ...cards.previous, medianRate: null });
      const { medianRate: dm, ...dashCurrent } = dashboard.summaries.current;
      const { medianRate: cm, ...cardsCurrent } = cards.current;
      expect(dashCurrent, `${label} dashboard current`).toEqual(cardsCurrent);
      if (cm === null) expect(dm).toBeNull();
      else expect(dm, `${label} dashboard median`).toBeCloseTo(cm, 9);
    }
  }
}

describe("the dashboard rollup", () => {
  let creator: Creator;
  let other: Creator;
  let otherRows: unknown[];

  beforeAll(async () => {
    creator = await createCreator({ timeZone: "America/Los_Angeles" });
    other = await createCreator({ timeZone: "Europe/Berlin" });
    await seed(creator, 120, prng(7));
    await seed(other, 30, prng(8));
    otherRows = await expectRollupExact(other.id);
  });

  test("the SQL payout defaults are DOMAIN.md's (a creator without saved settings)", async () => {
    const rows = await testDb().$queryRaw<{ fund_rate: number; rewards_rate: number; min_duration: number; min_views: number }[]>`
      SELECT * FROM tierline_payout_settings(${creator.id}::uuid)`;
    expect(rows[0]).toEqual({
      fund_rate: DEFAULT_EARNINGS_SETTINGS.fundRateMillicentsPer1000,
      rewards_rate: DEFAULT_EARNINGS_SETTINGS.rewardsRateMillicentsPer1000,
      min_duration: DEFAULT_EARNINGS_SETTINGS.rewardsMinDurationSeconds,
      min_views: DEFAULT_EARNINGS_SETTINGS.rewardsMinViews,
    });
  });

  test("bulk inserts: rollup exact, fast reads equal the reference", async () => {
    const rows = await expectRollupExact(creator.id);
    expect(rows.length).toBeGreaterThan(100);
    await expectFastEqualsReference(creator, DEFAULT_EARNINGS_SETTINGS, [{ from: "2025-09-01", to: "2026-01-31" }]);
  });

  test("edits, moves across days, deletes and bulk upserts keep it exact", async () => {
    const db = testDb();
    const videos = await db.video.findMany({ where: { userId: creator.id }, orderBy: { postedAt: "asc" }, include: { readings: { orderBy: { capturedAt: "asc" } } } });
    const withReadings = videos.filter((v) => v.readings.length >= 2);
    const [a, b, c, d, e] = withReadings;
    if (!a || !b || !c || !d || !e) throw new Error("seed too small");

    // A reading older than all others (inserted last), and one between two.
    await db.reading.create({ data: { videoId: a.id, userId: creator.id, capturedAt: new Date(a.postedAt.getTime() + 60_000), views: 1n, likes: 0n, comments: 0n, shares: 0n } });
    const mid = new Date((a.readings[0]!.capturedAt.getTime() + a.readings[1]!.capturedAt.getTime()) / 2);
    await db.reading.create({ data: { videoId: a.id, userId: creator.id, capturedAt: mid, views: 999n, likes: 500n, comments: 1n, shares: 1n } });
    await expectRollupExact(creator.id);

    // A reading's figures edited; another moved to a later day.
    await db.reading.update({ where: { id: b.readings[0]!.id }, data: { views: 2_500n, likes: 300n } });
    await db.reading.update({ where: { id: c.readings[0]!.id }, data: { capturedAt: new Date(Math.min(NOW.getTime() - DAY, c.readings.at(-1)!.capturedAt.getTime() + 3 * DAY)) } });
    await expectRollupExact(creator.id);

    // A video posted a day later (its readings stay), and one that becomes long enough for Rewards.
    await db.video.update({ where: { id: d.id }, data: { postedAt: new Date(d.postedAt.getTime() + 10 * 3_600_000) } });
    await db.video.update({ where: { id: e.id }, data: { durationSeconds: (e.durationSeconds ?? 0) >= 60 ? 10 : 90 } });
    await expectRollupExact(creator.id);

    // A reading deleted, a video deleted (its readings go by cascade), a video without readings added.
    await db.reading.delete({ where: { id: b.readings.at(-1)!.id } });
    await db.video.delete({ where: { id: withReadings[5]!.id } });
    await db.video.create({ data: { userId: creator.id, title: "Fresh", postedAt: new Date(NOW.getTime() - 3 * DAY), durationSeconds: 75 } });
    await expectRollupExact(creator.id);

    // One statement adding readings to a brand-new video and to an old one posted the same day
    // (the new video's differences must not be counted twice when that day is refreshed), then
    // a second reading for the new video.
    const sameDay = await db.video.create({ data: { userId: creator.id, title: "Same day", postedAt: new Date(a.postedAt.getTime() + 60_000), durationSeconds: 61 } });
    await db.reading.createMany({
      data: [
        { videoId: sameDay.id, userId: creator.id, capturedAt: new Date(sameDay.postedAt.getTime() + DAY), views: 5_000n, likes: 600n, comments: 10n, shares: 5n },
        { videoId: sameDay.id, userId: creator.id, capturedAt: new Date(sameDay.postedAt.getTime() + 2 * DAY), views: 900n, likes: 60n, comments: 1n, shares: 1n },
        { videoId: a.id, userId: creator.id, capturedAt: new Date(a.postedAt.getTime() + 90_000), views: 2n, likes: 0n, comments: 0n, shares: 0n },
      ],
    });
    await expectRollupExact(creator.id);
    await db.reading.create({ data: { videoId: sameDay.id, userId: creator.id, capturedAt: new Date(sameDay.postedAt.getTime() + 3 * DAY), views: 7_000n, likes: 700n, comments: 7n, shares: 7n } });
    await expectRollupExact(creator.id);

    // The import's bulk upsert: new readings and changed ones in one statement.
    const targets = withReadings.slice(6, 40);
    await db.$executeRaw`
      INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares, saves)
      SELECT v.id, v.user_id, x.at, x.views, x.views / 10, 1, 1, 0
      FROM videos v
      CROSS JOIN LATERAL (VALUES (${new Date(NOW.getTime() - 2 * DAY)}::timestamptz, 123456::bigint),
                                 ((SELECT min(captured_at) FROM stat_snapshots s WHERE s.video_id = v.id), 777::bigint)) AS x(at, views)
      WHERE v.id = ANY(${targets.map((t) => t.id)}::uuid[])
      ON CONFLICT (video_id, captured_at) DO UPDATE SET views = EXCLUDED.views, likes = EXCLUDED.likes`;
    await expectRollupExact(creator.id);

    // The import writes new videos, their readings and edits of known videos in one statement
    // per slice: the result must not depend on the order those statements' triggers fire in.
    const importNow = new Date("2026-09-02T10:00:00Z");
    const first = await parseImportFiles([{ name: "Content.csv", bytes: bigContentCsv(300, { postDate: "2025-12-01" }) }], { timeZone: creator.timeZone, now: importNow });
    await commitImport(creator.id, creator.timeZone, first, { chunkSize: 120 });
    await expectRollupExact(creator.id);
    // The same videos a day later (moved posting days, new readings) plus 50 new ones.
    const second = await parseImportFiles([{ name: "Content.csv", bytes: bigContentCsv(350, { postDate: "2025-12-02", time: "2026-09-01" }) }], { timeZone: creator.timeZone, now: importNow });
    await commitImport(creator.id, creator.timeZone, second, { chunkSize: 120 });
    await expectRollupExact(creator.id);
    await expectFastEqualsReference(creator, DEFAULT_EARNINGS_SETTINGS);
  });

  test("an import writes its new videos' latest reading and rollup itself: exact for a new creator, a re-import and a later export", async () => {
    const db = testDb();
    const fresh = await createCreator({ timeZone: "America/New_York" });
    const importNow = new Date("2026-09-02T10:00:00Z");
    const file = (rows: number, time?: string) =>
      parseImportFiles([{ name: "Content.csv", bytes: bigContentCsv(rows, { postDate: "2025-12-01", time }) }], { timeZone: fresh.timeZone, now: importNow });

    // Every video new (the triggers skip; the import writes latest_* and refreshes the days).
    const first = await commitImport(fresh.id, fresh.timeZone, await file(400), { chunkSize: 150 });
    expect(first.videos.inserted).toBe(400);
    expect(first.readings.inserted).toBe(400);
    await expectRollupExact(fresh.id);
    expect(await latestReadingMismatches(fresh.id)).toEqual([]);
    const afterFirst = await expectRollupExact(fresh.id);

    // The same file again changes nothing.
    const again = await commitImport(fresh.id, fresh.timeZone, await file(400), { chunkSize: 150 });
    expect(again.videos).toMatchObject({ inserted: 0, updated: 0, unchanged: 400 });
    expect(again.readings).toMatchObject({ inserted: 0, updated: 0, unchanged: 400 });
    expect(await expectRollupExact(fresh.id)).toEqual(afterFirst);

    // A video added by hand on a day the next import adds videos to, then a later export: new
    // readings of the known videos and 100 new videos in one file.
    const byHand = await db.video.create({ data: { userId: fresh.id, title: "By hand", postedAt: new Date("2026-02-01T15:00:00Z"), durationSeconds: 90 } });
    await db.reading.create({ data: { videoId: byHand.id, userId: fresh.id, capturedAt: new Date("2026-02-03T15:00:00Z"), views: 4_321n, likes: 99n, comments: 9n, shares: 1n } });
    const later = await commitImport(fresh.id, fresh.timeZone, await file(500, "2026-09-01"), { chunkSize: 150 });
    expect(later.videos.inserted).toBe(100);
    expect(later.readings.inserted).toBe(500);
    await expectRollupExact(fresh.id);
    expect(await latestReadingMismatches(fresh.id)).toEqual([]);

    // The import's setting is transaction-local: ordinary writes afterwards keep both exact.
    const [imported] = await db.video.findMany({ where: { userId: fresh.id, platformVideoId: { not: null } }, take: 1 });
    await db.reading.create({ data: { videoId: imported!.id, userId: fresh.id, capturedAt: new Date("2026-09-02T09:00:00Z"), views: 9_999_999n, likes: 1n, comments: 1n, shares: 1n } });
    await db.video.create({ data: { userId: fresh.id, title: "No reading", postedAt: new Date("2026-02-02T12:00:00Z"), durationSeconds: 70 } });
    await expectRollupExact(fresh.id);
    expect(await latestReadingMismatches(fresh.id)).toEqual([]);

    // No other creator was touched.
    expect(await expectRollupExact(other.id)).toEqual(otherRows);
  });

  test("a video added by hand while an import runs is found and updated by the import, not skipped or doubled; rollup and latest reading exact", async () => {
    const db = testDb();
    const fresh = await createCreator({ timeZone: "Europe/Berlin" });
    const parsed = await parseImportFiles(
      [{ name: "Content.csv", bytes: bigContentCsv(300, { postDate: "2025-12-01", firstId: 7_400_000_000_000_000_000n }) }],
      { timeZone: fresh.timeZone, now: new Date("2026-09-02T10:00:00Z") },
    );
    expect(parsed.files[0]!.videos).toHaveLength(300);
    // A video of the last slice (slices follow posting time), added by hand after the first
    // slice: after the import matched the file's videos, before it writes that one.
    const last = [...parsed.files[0]!.videos].sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime()).at(-1)!;
    let byHand: string | null = null;
    const summary = await commitImport(fresh.id, fresh.timeZone, parsed, {
      chunkSize: 100,
      onProgress: async (p) => {
        if (p.stage !== "videos" || p.done !== 100) return;
        const v = await db.video.create({ data: { userId: fresh.id, title: "Added by hand", platformVideoId: last.platformVideoId, postedAt: last.postedAt, durationSeconds: 30 } });
        byHand = v.id;
      },
    });
    expect(byHand).not.toBeNull();
    expect(summary.videos).toMatchObject({ inserted: 299, updated: 1, unchanged: 0 });
    expect(summary.readings).toMatchObject({ inserted: 300, updated: 0, skipped: 0 });
    const twins = await db.video.findMany({ where: { userId: fresh.id, platformVideoId: last.platformVideoId } });
    expect(twins.map((v) => [v.id, v.title, v.durationSeconds])).toEqual([[byHand, last.title, 30]]);
    expect(await db.reading.count({ where: { videoId: byHand! } })).toBe(1);
    expect(await db.video.count({ where: { userId: fresh.id } })).toBe(300);
    await expectRollupExact(fresh.id);
    expect(await latestReadingMismatches(fresh.id)).toEqual([]);
  });

  test("new payout settings and a new time zone rebuild it", async () => {
    const settings = { ...DEFAULT_EARNINGS_SETTINGS, fundRateMillicentsPer1000: 2_345, rewardsRateMillicentsPer1000: 55_555, rewardsMinDurationSeconds: 45, rewardsMinViews: 1_500 };
    await saveEarningsSettings(creator.id, settings);
    await expectRollupExact(creator.id);
    await expectFastEqualsReference(creator, settings);
    // A new rate alone (or a currency conversion) leaves the rollup as it is: it holds views paid
    // at each rate, and the rate multiplies their exact sum when read.
    const before = await expectRollupExact(creator.id);
    const newRate = { ...settings, fundRateMillicentsPer1000: 40_600, rewardsRateMillicentsPer1000: 710_500 };
    await saveEarningsSettings(creator.id, newRate);
    expect(await expectRollupExact(creator.id)).toEqual(before);

    await testDb().user.update({ where: { id: creator.id }, data: { timeZone: "Asia/Tokyo" } });
    creator = { ...creator, timeZone: "Asia/Tokyo" };
    await expectRollupExact(creator.id);
    await expectFastEqualsReference(creator, settings);

    await testDb().earningsSettings.delete({ where: { userId: creator.id } });
    await expectRollupExact(creator.id);
    await expectFastEqualsReference(creator, DEFAULT_EARNINGS_SETTINGS);

    // None of it touched the other creator's rollup.
    expect(await expectRollupExact(other.id)).toEqual(otherRows);
  });

  test("a zone PostgreSQL does not know never blocks a write: that creator's days are read in UTC", async () => {
    const db = testDb();
    const odd = await createCreator({ timeZone: "UTC" });
    // Zones are validated with Intl; PostgreSQL's own time-zone database may lack one.
    await db.$executeRaw`UPDATE users SET time_zone = 'Mars/Olympus_Mons' WHERE id = ${odd.id}::uuid`;
    const v = await db.video.create({ data: { userId: odd.id, title: "On Mars", postedAt: new Date("2026-06-01T23:30:00Z"), durationSeconds: 70 } });
    await db.reading.create({ data: { videoId: v.id, userId: odd.id, capturedAt: new Date("2026-06-02T10:00:00Z"), views: 5_000n, likes: 500n, comments: 5n, shares: 5n } });
    const rows = await expectRollupExact(odd.id);
    expect(rows).toContainEqual(expect.objectContaining({ posted_on: "2026-06-01", captured_on: "2026-06-02", views: "5000" }));
    // The dashboard reads such a creator in UTC (getDashboardData): the rollup answers, exactly.
    await expectFastEqualsReference({ id: odd.id, timeZone: "UTC" }, DEFAULT_EARNINGS_SETTINGS);
  });

  test("the dashboard really reads the rollup and the kept latest reading (and falls back when they cannot answer)", async () => {
    const db = testDb();
    const period = resolveDashboardPeriod(parseDashboardParams({ range: "all", bucket: "month" }), NOW, creator.timeZone, "en-US", new Date(NOW.getTime() - 500 * DAY));
    const q = { from: period.from, to: period.to, bucket: period.bucket, timeZone: creator.timeZone };
    const S = DEFAULT_EARNINGS_SETTINGS;
    const reference = await getEngagementTrend(creator.id, q, S, { rollup: false });
    await db.$executeRaw`UPDATE video_day_totals SET views = views + 1 WHERE user_id = ${creator.id}::uuid`;
    const viaRollup = await getEngagementTrend(creator.id, q, S);
    expect(viaRollup.map((b) => b.views)).not.toEqual(reference.map((b) => b.views));
    // Another Rewards minimum than the rollup's, or another zone: the reference answers.
    expect(await getEngagementTrend(creator.id, q, { ...S, rewardsMinViews: 1 })).toEqual(
      await getEngagementTrend(creator.id, q, { ...S, rewardsMinViews: 1 }, { rollup: false }),
    );
    // Another rate is still the rollup's question (rates multiply its exact sums when read).
    expect((await getEngagementTrend(creator.id, q, { ...S, fundRateMillicentsPer1000: 1 })).map((b) => b.views)).toEqual(viaRollup.map((b) => b.views));
    expect(await getEngagementTrend(creator.id, { ...q, timeZone: "UTC" }, S)).toEqual(await getEngagementTrend(creator.id, { ...q, timeZone: "UTC" }, S, { rollup: false }));
    await db.$executeRaw`SELECT tierline_rebuild_video_day_totals(${creator.id}::uuid)`;
    expect(await getEngagementTrend(creator.id, q, S)).toEqual(reference);

    // The video list's fast path reads latest_views from the video row.
    const top = (await listDashboardVideos(creator.id, period, S)).points[0]!;
    const last = (await listDashboardVideos(creator.id, period, S)).points.filter((p) => p.hasReading).at(-1)!;
    await db.$executeRaw`UPDATE videos SET latest_views = ${top.views + 1n} WHERE id = ${last.id}::uuid`;
    expect((await listDashboardVideos(creator.id, period, S)).points[0]!.id).toBe(last.id);
    // A reading after the range's end makes the kept reading the wrong one: ranked instead.
    await db.reading.create({
      data: { videoId: top.id, userId: creator.id, capturedAt: new Date(period.to.getTime() + DAY), views: top.views * 1000n, likes: 0n, comments: 0n, shares: 0n },
    });
    const { medianRate: m1, ...ranked } = await listDashboardVideos(creator.id, period, S);
    const { medianRate: m2, ...rankedReference } = await listDashboardVideos(creator.id, period, S, {}, { rollup: false });
    expect(ranked).toEqual(rankedReference);
    expect(ranked.points.find((p) => p.id === top.id)?.views).toBe(top.views);
    expect(m1).toBeCloseTo(m2!, 9);
  });
});
