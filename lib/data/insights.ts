import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EarningsSettings } from "@/lib/domain/earnings";
import type { EligibilityInput } from "@/lib/domain/eligibility";
import { ELIGIBILITY_WINDOW_DAYS } from "@/lib/domain/eligibility";
import { CADENCE_WEEKS, type GroupSums, type InsightsInput } from "@/lib/domain/insights";
import { addDaysToDateString, localDateString } from "@/lib/domain/time";
import { interactionsSql } from "./sql-rules";

// The aggregates behind /insights, summed in PostgreSQL, in two statements whatever the data
// size: (1) the insight groups (one GROUPING SETS pass over the creator's videos of the last
// year, each at its latest reading), (2) standing: latest followers, ER of the last 90 days,
// views gained in the last 30 days and the video lengths for Creator Rewards.

/** Insights look at videos posted in this many days. */
export const INSIGHTS_DAYS = 365;
/** The benchmark compares the ER of videos posted in this many days. */
export const BENCHMARK_DAYS = 90;

type GroupRow = {
  set: string;
  key: string | null;
  videos: number;
  views: string;
  interactions: string;
  lo: string | null;
  hi: string | null;
};

const sums = (r: GroupRow | undefined): GroupSums =>
  r ? { videos: r.videos, views: BigInt(r.views), interactions: BigInt(r.interactions) } : { videos: 0, views: 0n, interactions: 0n };

/** Everything the four insights need, summed per group. */
export async function getInsightsInput(userId: string, timeZone: string, now: Date = new Date()): Promise<InsightsInput> {
  const since = new Date(now.getTime() - INSIGHTS_DAYS * 86_400_000);
  const today = localDateString(now, timeZone);
  // The cadence window: CADENCE_WEEKS whole ISO weeks up to and including this one.
  const cadenceFrom = addDaysToDateString(today, -7 * (CADENCE_WEEKS - 1));
  const rows = await db.$queryRaw<GroupRow[]>`
    WITH per_video AS (
      SELECT v.id,
             (v.posted_at AT TIME ZONE ${timeZone}::text) AS local_posted,
             cardinality(v.hashtags) > 0 AS has_hashtags,
             (v.sound IS NOT NULL AND btrim(v.sound) <> '') AS has_sound,
             COALESCE(r.views, 0)::numeric AS views,
             COALESCE(${Prisma.raw(interactionsSql("r", { numeric: true }))}, 0) AS interactions,
             r.completion_rate, r.avg_watch_time_seconds
      FROM videos v
      LEFT JOIN LATERAL (
        SELECT ss.views, ss.likes, ss.comments, ss.shares, ss.completion_rate, ss.avg_watch_time_seconds
        FROM stat_snapshots ss
        WHERE ss.video_id = v.id AND ss.user_id = v.user_id
        ORDER BY ss.captured_at DESC LIMIT 1
      ) r ON true
      WHERE v.user_id = ${userId}::uuid AND v.posted_at >= ${since}::timestamptz AND v.posted_at <= ${now}::timestamptz
    ),
    shaped AS (
      SELECT p.*,
             to_char(date_trunc('week', p.local_posted), 'YYYY-MM-DD') AS week,
             date_trunc('week', p.local_posted) >= date_trunc('week', ${cadenceFrom}::timestamp) AS in_cadence,
             extract(isodow FROM p.local_posted)::int AS weekday,
             extract(hour FROM p.local_posted)::int AS hour,
             CASE WHEN p.views > 0 AND p.completion_rate IS NOT NULL
                  THEN ntile(2) OVER (PARTITION BY (p.views > 0 AND p.completion_rate IS NOT NULL) ORDER BY p.completion_rate, p.id) END AS completion_half,
             CASE WHEN p.views > 0 AND p.avg_watch_time_seconds IS NOT NULL
                  THEN ntile(2) OVER (PARTITION BY (p.views > 0 AND p.avg_watch_time_seconds IS NOT NULL) ORDER BY p.avg_watch_time_seconds, p.id) END AS watch_half
      FROM per_video p
    )
    SELECT CASE
             WHEN grouping(in_cadence, week) = 0 THEN 'week'
             WHEN grouping(has_hashtags) = 0 THEN 'hashtags'
             WHEN grouping(has_sound) = 0 THEN 'sound'
             WHEN grouping(weekday) = 0 THEN 'weekday'
             WHEN grouping(hour) = 0 THEN 'hour'
             WHEN grouping(completion_half) = 0 THEN 'completion'
             ELSE 'watch'
           END AS set,
           COALESCE(week, has_hashtags::text, has_sound::text, weekday::text, hour::text, completion_half::text, watch_half::text) AS key,
           -- Week rows count every video posted; the comparisons count videos with views only.
           (CASE WHEN grouping(in_cadence, week) = 0 THEN count(*) ELSE count(*) FILTER (WHERE views > 0) END)::int AS videos,
           COALESCE(sum(views) FILTER (WHERE views > 0), 0)::text AS views,
           COALESCE(sum(interactions) FILTER (WHERE views > 0), 0)::text AS interactions,
           COALESCE(min(completion_rate), min(avg_watch_time_seconds))::text AS lo,
           COALESCE(max(completion_rate), max(avg_watch_time_seconds))::text AS hi
    FROM shaped
    GROUP BY GROUPING SETS ((in_cadence, week), (has_hashtags), (has_sound), (weekday), (hour), (completion_half), (watch_half))
    HAVING NOT (grouping(in_cadence, week) = 0 AND NOT in_cadence)
       AND NOT (grouping(completion_half) = 0 AND completion_half IS NULL)
       AND NOT (grouping(watch_half) = 0 AND watch_half IS NULL)`;

  const of = (set: string) => rows.filter((r) => r.set === set);
  const find = (set: string, key: string) => rows.find((r) => r.set === set && r.key === key);
  const halves = (set: "completion" | "watch"): InsightsInput["completion"] => {
    const lower = find(set, "1");
    const upper = find(set, "2");
    if (!lower || !upper) return null;
    return {
      lower: { ...sums(lower), max: Number(lower.hi ?? 0) },
      upper: { ...sums(upper), min: Number(upper.lo ?? 0) },
    };
  };
  return {
    weeks: of("week").map((r) => ({ key: r.key ?? "", ...sums(r) })),
    hashtags: { with: sums(find("hashtags", "true")), without: sums(find("hashtags", "false")) },
    sounds: { with: sums(find("sound", "true")), without: sums(find("sound", "false")) },
    completion: halves("completion"),
    watchTime: halves("watch"),
    weekdays: of("weekday").filter((r) => r.videos > 0).map((r) => ({ weekday: Number(r.key), ...sums(r) })),
    hours: of("hour").filter((r) => r.videos > 0).map((r) => ({ hour: Number(r.key), ...sums(r) })),
  };
}

export type Standing = {
  eligibility: EligibilityInput;
  /** Videos posted in the last BENCHMARK_DAYS, at their latest readings. */
  recent: { videos: number; views: bigint; interactions: bigint };
};

/** Followers, recent ER and Creator Rewards progress, in one statement. */
export async function getStanding(userId: string, settings: EarningsSettings, timeZone: string, now: Date = new Date()): Promise<Standing> {
  const windowStart = new Date(now.getTime() - ELIGIBILITY_WINDOW_DAYS * 86_400_000);
  const benchmarkFrom = new Date(now.getTime() - BENCHMARK_DAYS * 86_400_000);
  const minDuration = Math.round(settings.rewardsMinDurationSeconds);
  const rows = await db.$queryRaw<
    {
      followers: string | null;
      followers_date: string | null;
      views_30: string;
      without_baseline: number;
      total: number;
      qualifying: number;
      shorter: number;
      unknown_length: number;
      recent_videos: number;
      recent_views: string;
      recent_interactions: string;
    }[]
  >`
    WITH deltas AS (
      SELECT ss.video_id, ss.captured_at,
             ss.views - COALESCE(lag(ss.views) OVER (PARTITION BY ss.video_id ORDER BY ss.captured_at), 0) AS gained,
             lag(ss.views) OVER (PARTITION BY ss.video_id ORDER BY ss.captured_at) IS NULL AS first_reading
      FROM stat_snapshots ss
      WHERE ss.user_id = ${userId}::uuid AND ss.captured_at < ${now}::timestamptz
    ),
    in_window AS (
      SELECT * FROM deltas WHERE captured_at >= ${windowStart}::timestamptz
    ),
    latest_followers AS (
      SELECT followers, date FROM follower_snapshots WHERE user_id = ${userId}::uuid ORDER BY date DESC LIMIT 1
    ),
    recent AS (
      SELECT count(*)::int AS videos, COALESCE(sum(r.views), 0)::numeric AS views,
             COALESCE(sum(${Prisma.raw(interactionsSql("r", { numeric: true }))}), 0) AS interactions
      FROM videos v
      JOIN LATERAL (
        SELECT ss.views, ss.likes, ss.comments, ss.shares FROM stat_snapshots ss
        WHERE ss.video_id = v.id AND ss.user_id = v.user_id AND ss.captured_at < ${now}::timestamptz
        ORDER BY ss.captured_at DESC LIMIT 1
      ) r ON true
      WHERE v.user_id = ${userId}::uuid AND v.posted_at >= ${benchmarkFrom}::timestamptz AND v.posted_at < ${now}::timestamptz
    ),
    lengths AS (
      SELECT count(*)::int AS total,
             (count(*) FILTER (WHERE duration_seconds >= ${minDuration}::int))::int AS qualifying,
             (count(*) FILTER (WHERE duration_seconds < ${minDuration}::int))::int AS shorter,
             (count(*) FILTER (WHERE duration_seconds IS NULL))::int AS unknown_length
      FROM videos WHERE user_id = ${userId}::uuid
    )
    SELECT (SELECT followers::text FROM latest_followers) AS followers,
           (SELECT to_char(date, 'YYYY-MM-DD') FROM latest_followers) AS followers_date,
           (SELECT COALESCE(sum(gained), 0)::text FROM in_window) AS views_30,
           (SELECT count(DISTINCT w.video_id)::int FROM in_window w JOIN videos v ON v.id = w.video_id AND v.user_id = ${userId}::uuid
             WHERE w.first_reading AND v.posted_at < ${windowStart}::timestamptz) AS without_baseline,
           l.total, l.qualifying, l.shorter, l.unknown_length,
           rc.videos AS recent_videos, rc.views::text AS recent_views, rc.interactions::text AS recent_interactions
    FROM lengths l, recent rc`;
  const r = rows[0];
  if (!r) throw new Error("Standing query returned no row");
  return {
    eligibility: {
      followers: r.followers === null ? null : BigInt(r.followers),
      followersDate: r.followers_date,
      viewsLast30Days: BigInt(r.views_30),
      videosWithoutBaseline: r.without_baseline,
      videos: { total: r.total, qualifying: r.qualifying, shorter: r.shorter, unknownLength: r.unknown_length },
      minDurationSeconds: minDuration,
    },
    recent: { videos: r.recent_videos, views: BigInt(r.recent_views), interactions: BigInt(r.recent_interactions) },
  };
}
