import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EarningsSettings } from "@/lib/domain/earnings";
import { resolveDashboardPeriod, type DashboardParams, type DashboardPeriod } from "@/lib/domain/dashboard-range";
import { isRankableReading } from "@/lib/domain/engagement";
import { sumTrend } from "@/lib/domain/trend-shaping";
import { parseViewsBasis, type ViewsBasis } from "@/lib/domain/views-basis";
import { getEarningsSettingsRecord } from "./earnings-settings";
import { getActualIncomeByBucket, type ActualIncomeBuckets } from "./income";
import {
  getEngagementTrend,
  getFollowerTrend,
  getViewsGained,
  noReadingSince,
  videosOfRange,
  videosWithLatestReading,
  type FollowerTrend,
  type PeriodSummary,
  type RollupOption,
  type TrendBucket,
  type ViewsGained,
} from "./trends";
import { LATEST_RANKABLE, LATEST_RATE } from "./sql-rules";

// Everything the dashboard shows, in a fixed number of SQL statements whatever the data size:
// 1 bounds (has the creator posted, since when, which views the cards lead with) and the
// settings — then, in parallel, 2 the trend buckets (whose sums are the period's totals), 3 the
// previous period's buckets, 4 the followers, 5 the videos' count and median, 6 the videos as
// points with the top lists, 7 the income ledger per bucket (lib/data/income.ts), 8 the views
// and interactions gained in the range and the previous period. No statement returns a
// creator's raw readings.

/** At most this many videos are drawn as points (the most viewed of the range). */
export const MAX_VIDEO_POINTS = 500;
/** Length of each top-videos list. */
export const TOP_VIDEOS = 5;

export type DashboardBounds = { firstPostedAt: Date | null; viewsBasis: ViewsBasis };

/**
 * When the creator's first video was posted ("All time" starts there; null without videos),
 * and which views their dashboard leads with (read here so it costs no statement of its own).
 */
export async function getDashboardBounds(userId: string): Promise<DashboardBounds> {
  // The front of the (user_id, posted_at, …) index: one entry, whatever the creator's size.
  const rows = await readRows<{ first_posted_at: Date | null; views_basis: string | null }[]>(Prisma.sql`
    SELECT min(v.posted_at) AS first_posted_at,
           (SELECT u.dashboard_views_basis::text FROM users u WHERE u.id = ${userId}::uuid) AS views_basis
    FROM videos v WHERE v.user_id = ${userId}::uuid`);
  const first = rows[0]?.first_posted_at;
  return { firstPostedAt: first ? new Date(first) : null, viewsBasis: parseViewsBasis(rows[0]?.views_basis) };
}

export type VideoPoint = {
  id: string;
  title: string;
  postedAt: Date;
  durationSeconds: number | null;
  views: bigint;
  interactions: bigint;
  /** False when the video has no reading before the end of the range (counted as 0 views). */
  hasReading: boolean;
  /** Views-based estimate: Fund + Rewards cents for this video. */
  payoutCents: bigint;
  program: "fund" | "rewards";
};

export type DashboardVideos = {
  /**
   * The most-viewed videos of the range, at most MAX_VIDEO_POINTS, most viewed first; at equal
   * views a video with a reading before one without, then the newest.
   */
  points: VideoPoint[];
  /** Videos posted in the range. */
  total: number;
  /** Highest ER first (videos with views and no more interactions than views: isRankableReading). */
  topByEngagement: VideoPoint[];
  /** Highest estimated views payout first (videos that earned something only). */
  topByEarnings: VideoPoint[];
  /** Median of the per-video ERs in percent (videos with views only); null without any. */
  medianRate: number | null;
};

/** posted_at (timestamptz(3): whole milliseconds) as epoch milliseconds, exact in float8. */
const POSTED_MS = Prisma.sql`(extract(epoch FROM posted_at) * 1000)::float8`;

type VideoRow = {
  id: string;
  title: string;
  /** Milliseconds since the epoch (a number parses faster than a timestamp's text). */
  posted_ms: number;
  duration_seconds: number | null;
  views: string;
  interactions: string;
  has_reading: boolean;
  fund_cents: string;
  rewards_cents: string;
  is_rewards: boolean;
  total: number;
  rn_views: number;
  rn_rate: number | null;
  rn_payout: number | null;
  median_rate: number | null;
};

/**
 * The videos of the range as chart points plus the two top lists, in one statement: each
 * video is ranked three ways by window functions and only the rows some list needs come back.
 */
export async function listDashboardVideos(
  userId: string,
  q: { from: Date; to: Date },
  settings: EarningsSettings,
  limits: { points?: number; top?: number } = {},
  opts: RollupOption = {},
): Promise<DashboardVideos> {
  const maxPoints = limits.points ?? MAX_VIDEO_POINTS;
  const top = limits.top ?? TOP_VIDEOS;
  // The fast path reads the rate index, whose rate is without saves: with saves counted, every
  // video of the range is ranked at query time instead (see RollupOption.includeSaves).
  if (opts.rollup !== false && !opts.includeSaves) {
    const fast = await listDashboardVideosFromLatest(userId, q, settings, maxPoints, top);
    if (fast) return fast;
  }
  const perVideo = videosOfRange(userId, q, settings, opts);
  const rows = await readRows<VideoRow[]>(Prisma.sql`
    WITH per_video AS (${perVideo}),
    ranked AS (
      SELECT p.*,
             (p.duration_seconds IS NOT NULL AND p.duration_seconds >= ${settings.rewardsMinDurationSeconds}::int) AS is_rewards,
             count(*) OVER ()::int AS total,
             row_number() OVER (ORDER BY p.views DESC, p.has_reading DESC, p.posted_at DESC, p.id)::int AS rn_views,
             -- Ranked by rate only when the reading is possible (RANKABLE_READING's twin).
             CASE WHEN p.views > 0 AND p.interactions <= p.views THEN
               row_number() OVER (ORDER BY (CASE WHEN p.views > 0 AND p.interactions <= p.views THEN p.interactions / p.views END) DESC NULLS LAST,
                                           p.views DESC, p.id)::int
             END AS rn_rate,
             CASE WHEN p.fund_cents + p.rewards_cents > 0 THEN
               row_number() OVER (ORDER BY p.fund_cents + p.rewards_cents DESC, p.views DESC, p.id)::int
             END AS rn_payout
      FROM per_video p
    )
    SELECT id, title, ${POSTED_MS} AS posted_ms, duration_seconds, views::text AS views, interactions::text AS interactions,
           has_reading, fund_cents::text AS fund_cents, rewards_cents::text AS rewards_cents, is_rewards,
           total, rn_views, rn_rate, rn_payout,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (interactions * 100 / NULLIF(views, 0))::float8) FILTER (WHERE views > 0)
            FROM per_video) AS median_rate
    FROM ranked
    WHERE rn_views <= ${maxPoints}::int OR rn_rate <= ${top}::int OR rn_payout <= ${top}::int
    ORDER BY rn_views`);

  const ranked = (key: "rn_rate" | "rn_payout") =>
    rows
      .filter((r) => r[key] !== null && (r[key] as number) <= top)
      .sort((a, b) => (a[key] as number) - (b[key] as number))
      .map(toPoint);
  return {
    points: rows.filter((r) => r.rn_views <= maxPoints).map(toPoint),
    total: rows[0]?.total ?? 0,
    topByEngagement: ranked("rn_rate"),
    topByEarnings: ranked("rn_payout"),
    medianRate: rows[0]?.median_rate ?? null,
  };
}

type LatestRow = Omit<VideoRow, "rn_views" | "rn_rate" | "rn_payout" | "median_rate" | "total"> & { ok: boolean; in_points: boolean };

/**
 * The usual case: no reading of the creator's is captured at or after the range's end, so the
 * latest reading kept on each video row is the one that counts. Then nothing has to rank every
 * video of the range: the most viewed come off the (user_id, latest_views DESC, …) index in
 * that order, the highest rates off the rate index (migration 20261126180000), and only the
 * count and the median read the whole range, from the narrow (user_id, posted_at, …) index.
 * Returns null when some reading is later (the caller ranks instead).
 */
async function listDashboardVideosFromLatest(
  userId: string,
  q: { from: Date; to: Date },
  settings: EarningsSettings,
  maxPoints: number,
  top: number,
): Promise<DashboardVideos | null> {
  const minDuration = settings.rewardsMinDurationSeconds;
  const inRange = Prisma.sql`v.user_id = ${userId}::uuid AND v.posted_at >= ${q.from}::timestamptz AND v.posted_at < ${q.to}::timestamptz`;
  const isRewards = Prisma.sql`(v.duration_seconds IS NOT NULL AND v.duration_seconds >= ${minDuration}::int)`;
  // Two statements, run side by side: the count and the median read the whole range, the lists
  // only the heads of their indexes.
  const counted = readRows<{ ok: boolean; total: number; median_rate: number | null }[]>(Prisma.sql`
    WITH ok AS (
      SELECT ${noReadingSince(userId, q.to)} AS ok
    ),
    -- The median walks the rate index, whose order is the aggregate's (its sort finds the input
    -- sorted); the videos without views are counted off the views index, where they are few.
    stats AS (
      SELECT r.rated + (SELECT count(*) FROM videos v WHERE (SELECT ok FROM ok) AND ${inRange} AND v.latest_views IS NULL)
                     + (SELECT count(*) FROM videos v WHERE (SELECT ok FROM ok) AND ${inRange} AND v.latest_views <= 0) AS total,
             r.median_rate
      FROM (SELECT count(*)::int AS rated, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${LATEST_RATE} DESC) AS median_rate
            FROM videos v WHERE (SELECT ok FROM ok) AND v.latest_views > 0 AND ${inRange}) r
    )
    SELECT ok.ok, stats.total::int AS total, stats.median_rate FROM ok, stats`);
  const listed = readRows<LatestRow[]>(Prisma.sql`
    WITH ok AS (
      SELECT ${noReadingSince(userId, q.to)} AS ok
    ),
    -- The points: the most viewed videos with a reading, then (when the range has fewer) the
    -- videos without one (0 views), newest first.
    read_points AS (
      SELECT v.id, v.latest_views AS views, ${isRewards} AS is_rewards FROM videos v
      WHERE (SELECT ok FROM ok) AND ${inRange} AND v.latest_views IS NOT NULL
      ORDER BY v.latest_views DESC, v.posted_at DESC, v.id LIMIT ${maxPoints}::int
    ),
    points AS (
      SELECT id, views, is_rewards FROM read_points
      UNION ALL
      (SELECT v.id, 0::bigint, ${isRewards} FROM videos v
       WHERE (SELECT ok FROM ok) AND ${inRange} AND v.latest_views IS NULL
       ORDER BY v.posted_at DESC, v.id LIMIT GREATEST(${maxPoints}::int - (SELECT count(*) FROM read_points), 0))
    ),
    -- Whether the points already hold each program's top payouts: yes when they are every video,
    -- or when the program's n-th most viewed point has more views than any video left out.
    enough AS (
      SELECT (SELECT count(*) FROM points) < ${maxPoints}::int
               OR COALESCE((SELECT p.views FROM points p WHERE p.is_rewards ORDER BY p.views DESC OFFSET ${top - 1}::int LIMIT 1)
                           > (SELECT min(p.views) FROM points p), false) AS rewards,
             (SELECT count(*) FROM points) < ${maxPoints}::int
               OR COALESCE((SELECT p.views FROM points p WHERE NOT p.is_rewards ORDER BY p.views DESC OFFSET ${top - 1}::int LIMIT 1)
                           > (SELECT min(p.views) FROM points p), false) AS fund
    ),
    -- Every video whose float rate is within 10^-9 of the n-th best float rate: float8 is off
    -- by less than 10^-15 of the exact rate, so the exact top n are all among these.
    rate_floor AS (
      SELECT ${LATEST_RATE} AS rate FROM videos v
      WHERE (SELECT ok FROM ok) AND v.latest_views > 0 AND ${inRange} AND ${LATEST_RANKABLE}
      ORDER BY ${LATEST_RATE} DESC LIMIT 1 OFFSET ${top - 1}::int
    ),
    picked AS (
      SELECT id FROM points
      UNION (SELECT v.id FROM videos v
             WHERE (SELECT ok FROM ok) AND v.latest_views > 0 AND ${inRange} AND ${LATEST_RANKABLE}
               AND ${LATEST_RATE} >= COALESCE((SELECT rate FROM rate_floor), 0) * (1 - 1e-9))
      -- A payout only grows with views within a program, so the top payouts are among the most
      -- viewed videos of each program.
      UNION (SELECT v.id FROM videos v
             WHERE (SELECT ok FROM ok) AND NOT (SELECT rewards FROM enough) AND ${inRange} AND v.latest_views IS NOT NULL AND ${isRewards}
             ORDER BY v.latest_views DESC, v.id LIMIT ${top}::int)
      UNION (SELECT v.id FROM videos v
             WHERE (SELECT ok FROM ok) AND NOT (SELECT fund FROM enough) AND ${inRange} AND v.latest_views IS NOT NULL AND NOT ${isRewards}
             ORDER BY v.latest_views DESC, v.id LIMIT ${top}::int)
    ),
    per_video AS (${videosWithLatestReading({ userId, postedFrom: q.from, postedTo: q.to, cutoff: Prisma.sql`${q.to}::timestamptz`, settings, onlyIds: Prisma.sql`SELECT id FROM picked` })})
    SELECT ok.ok, p.id, p.title, ${POSTED_MS} AS posted_ms, p.duration_seconds, p.views::text AS views,
           p.interactions::text AS interactions, p.has_reading, p.fund_cents::text AS fund_cents,
           p.rewards_cents::text AS rewards_cents,
           (p.duration_seconds IS NOT NULL AND p.duration_seconds >= ${minDuration}::int) AS is_rewards,
           p.id IN (SELECT id FROM points) AS in_points
    FROM ok LEFT JOIN per_video p ON ok.ok`);
  const [[stats], rows] = await Promise.all([counted, listed]);
  if (!stats?.ok || !rows[0]?.ok) return null;
  const videos = rows.filter((r) => r.id !== null).map((r) => ({ row: r, point: toPoint(r) }));
  type V = (typeof videos)[number];
  const byId = (a: V, b: V) => (a.point.id < b.point.id ? -1 : a.point.id > b.point.id ? 1 : 0);
  const desc = (x: bigint, y: bigint) => (x > y ? -1 : x < y ? 1 : 0);
  const byViews = (a: V, b: V) => desc(a.point.views, b.point.views);
  const points = videos
    .filter((v) => v.row.in_points)
    .sort((a, b) => byViews(a, b) || Number(b.point.hasReading) - Number(a.point.hasReading) || b.point.postedAt.getTime() - a.point.postedAt.getTime() || byId(a, b));
  // Interactions ÷ views compared exactly: a/b > c/d ⇔ a·d > c·b (views > 0).
  const topByRate = videos
    .filter((v) => isRankableReading(v.point))
    .sort((a, b) => desc(a.point.interactions * b.point.views, b.point.interactions * a.point.views) || byViews(a, b) || byId(a, b))
    .slice(0, top);
  const topByPayout = videos
    .filter((v) => v.point.payoutCents > 0n)
    .sort((a, b) => desc(a.point.payoutCents, b.point.payoutCents) || byViews(a, b) || byId(a, b))
    .slice(0, top);
  return {
    points: points.map((v) => v.point),
    total: stats.total,
    topByEngagement: topByRate.map((v) => v.point),
    topByEarnings: topByPayout.map((v) => v.point),
    medianRate: stats.median_rate,
  };
}

function toPoint(r: Omit<VideoRow, "rn_views" | "rn_rate" | "rn_payout" | "total" | "median_rate">): VideoPoint {
  return {
    id: r.id,
    title: r.title,
    postedAt: new Date(r.posted_ms),
    durationSeconds: r.duration_seconds,
    views: BigInt(r.views),
    interactions: BigInt(r.interactions),
    hasReading: r.has_reading,
    payoutCents: BigInt(r.fund_cents) + BigInt(r.rewards_cents),
    program: r.is_rewards ? "rewards" : "fund",
  };
}

export type DashboardData =
  | { kind: "empty"; settings: EarningsSettings; includeSaves: boolean }
  | {
      kind: "ready";
      /** The creator counts saves as interactions: every ER here includes them (and says so). */
      includeSaves: boolean;
      period: DashboardPeriod;
      /** Which views the cards lead with (the creator's setting). */
      viewsBasis: ViewsBasis;
      /** Views and interactions gained by every video in the range and in the previous period. */
      gained: ViewsGained;
      timeZone: string;
      settings: EarningsSettings;
      trend: TrendBucket[];
      summaries: { current: PeriodSummary; previous: PeriodSummary };
      followers: FollowerTrend;
      videos: DashboardVideos;
      /** What the ledger says was paid, per bucket (drawn beside the estimate once it has entries). */
      actual: ActualIncomeBuckets;
    };

/** The whole dashboard for one creator and one range: nine SQL statements on the pool (readRows), whatever its size. */
export async function getDashboardData(
  user: { id: string; timeZone: string; locale: string; currency: string },
  params: Pick<DashboardParams, "range" | "bucket">,
  now: Date = new Date(),
): Promise<DashboardData> {
  const { timeZone } = user;
  const [bounds, { settings, includeSaves }] = await Promise.all([getDashboardBounds(user.id), getEarningsSettingsRecord(user.id)]);
  if (bounds.firstPostedAt === null) return { kind: "empty", settings, includeSaves };
  const rate = { includeSaves };

  const period = resolveDashboardPeriod(params, now, timeZone, user.locale, bounds.firstPostedAt);
  const q = { from: period.from, to: period.to, bucket: period.bucket, timeZone };
  const [trend, previousTrend, followers, videos, actual, gained] = await Promise.all([
    getEngagementTrend(user.id, q, settings, rate),
    // The previous period as it stood at its own end: its buckets' sums (by month: fewest rows).
    getEngagementTrend(user.id, { from: period.previousFrom, to: period.from, bucket: "month", timeZone }, settings, rate),
    getFollowerTrend(user.id, q),
    listDashboardVideos(user.id, { from: period.from, to: period.to }, settings, {}, rate),
    getActualIncomeByBucket(user.id, { ...q, currency: user.currency }),
    getViewsGained(user.id, { previousFrom: period.previousFrom, from: period.from, to: period.to, timeZone }, settings, rate),
  ]);
  // The period totals are the exact sums of the buckets, rounded once when shown (the same videos, each with its latest reading
  // before the period's end; see getPeriodSummaries, which the tests hold them to), and the
  // current median is the video list's (same videos, same readings).
  const summaries = {
    current: { ...sumTrend(trend), medianRate: videos.medianRate },
    previous: { ...sumTrend(previousTrend), medianRate: null },
  };
  return { kind: "ready", includeSaves, period, viewsBasis: bounds.viewsBasis, gained, timeZone, settings, trend, summaries, followers, videos, actual };
}

/** Stores which views the creator's dashboard leads with (their own row only). */
export async function setDashboardViewsBasis(userId: string, basis: ViewsBasis): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { dashboardViewsBasis: basis }, select: { id: true } });
}
