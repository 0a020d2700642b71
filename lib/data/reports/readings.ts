import "server-only";
import { csvColumns } from "@/lib/csv/encode";
import { neutralizeSql } from "@/lib/csv/sql";
import { getIncludeSaves } from "@/lib/data/earnings-settings";
import { engagementRateSql, followerCountInForceSql, interactionsSql, isoWithOffsetSql } from "@/lib/data/sql-rules";
import type { ReportChunks, ReportContext, ReportPeriod } from "@/lib/reports/context";
import { READING_FIGURE_COLUMNS } from "./columns";
import { copyReport } from "./copy-report";

// Readings: every stats reading of every video captured in the range, the raw history, video
// by video in posting order and each video's readings in time order. The biggest report (a
// heavy creator has hundreds of thousands of readings), so PostgreSQL writes it with COPY:
// times in the creator's zone with their offset (the session's TimeZone is theirs), ER
// computed exactly as lib/domain `percentOf` does (integers, half up, 6 decimals), titles
// neutralised in SQL. The rules' SQL twins are in lib/data/sql-rules.ts.

export const READINGS_COLUMNS = csvColumns([
  { name: "reading_id", kind: "text" },
  { name: "video_id", kind: "text" },
  { name: "platform_video_id", kind: "text" },
  { name: "video_title", kind: "user-text" },
  { name: "captured_at", kind: "text" },
  ...READING_FIGURE_COLUMNS,
  { name: "avg_watch_time_seconds", kind: "number" },
  { name: "completion_rate_pct", kind: "number" },
  // The follower count in force at the reading (the latest recorded on its day or before) and
  // interactions ÷ that count × 100; empty when none was recorded by then.
  { name: "followers_at_reading", kind: "number" },
  { name: "engagement_rate_per_follower_pct", kind: "number" },
  // "yes" when the creator counts saves as interactions: then `interactions` and both rates include them.
  { name: "saves_counted_as_interactions", kind: "text" },
]);

/** Planner settings the Readings COPY runs under (see readingsSelect). */
export const READINGS_COPY_SETTINGS = [
  // A hash join whatever the statistics say: a creator who imported minutes ago has none yet,
  // and a planner that believes the tables empty would otherwise pick a nested loop that
  // scans every reading once per video.
  "SET LOCAL enable_nestloop = off",
  "SET LOCAL enable_mergejoin = off",
] as const;

/**
 * The Readings report's SELECT for one creator and period, columns in READINGS_COLUMNS order.
 * `literal` quotes a value as an SQL literal (COPY takes no bind parameters). Also used by the
 * benchmark to time PostgreSQL's part of the export on its own.
 *
 * Video by video (in posting order), each video's readings in time order: the creator's
 * readings are read in table order and hashed against their videos, then sorted. This
 * replaced one index probe per video (a LATERAL subquery), which fetched each reading's page
 * at random: at 100,000 videos × 10 readings that took ~1.5-2.5× as long as the scan and sort.
 * The ORDER BY is the whole order ((video_id, captured_at) is unique), so the file is the same
 * whatever plan runs it.
 *
 * The sort runs in a subquery whose rows start with the sort keys: the sort fetches its keys
 * at fixed offsets instead of walking every column before them (with the keys last, behind the
 * titles and formatted times, finding them was ≈ 6 % of the COPY). `OFFSET 0` keeps the
 * subquery from being flattened; the outer ORDER BY names the same keys, which the planner
 * sees the rows already in, so there is one sort (the reports test checks the plan) and the
 * outer query only leaves the keys out. Titles are neutralised once per video, not per reading.
 */
export function readingsSelect(
  literal: (value: string) => string,
  userId: string,
  period: Pick<ReportPeriod, "from" | "to">,
  opts: { includeSaves?: boolean } = {},
): string {
  const user = `${literal(userId)}::uuid`;
  const interactions = interactionsSql("r", { includeSaves: opts.includeSaves });
  const inPeriod = `r.captured_at >= ${literal(period.from.toISOString())}::timestamptz
          AND r.captured_at < ${literal(period.to.toISOString())}::timestamptz`;
  return `
      WITH reading_days AS MATERIALIZED (
        SELECT min(r.captured_at)::date AS first_day, max(r.captured_at)::date AS last_day
        FROM stat_snapshots r WHERE r.user_id = ${user} AND ${inPeriod}
      ),
      follower_days AS MATERIALIZED (
        -- The follower count in force on each calendar day from the period's first reading to
        -- its last: one index probe per day, then a hash join per reading (a probe per reading
        -- made the export of 1,000,000 readings ≈ 1.5× as long).
        SELECT d.day, ${followerCountInForceSql(user, "d.day")} AS followers
        FROM (SELECT (SELECT first_day FROM reading_days) + i AS day
              FROM generate_series(0, (SELECT last_day - first_day FROM reading_days)) i) d
      )
      SELECT q.id, q.video_id, q.platform_video_id, q.title, q.captured, q.views, q.likes, q.comments, q.shares, q.saves,
             q.interactions, q.engagement_rate, q.avg_watch_time_seconds, q.completion_rate,
             q.followers, ${engagementRateSql("q.interactions", "q.followers")}, ${opts.includeSaves ? "'yes'" : "'no'"}
      FROM (
        SELECT v.posted_at, r.video_id, r.captured_at,
               r.id, v.platform_video_id, v.title, ${isoWithOffsetSql("r.captured_at")} AS captured,
               r.views, r.likes, r.comments, r.shares, r.saves,
               ${interactions} AS interactions,
               ${engagementRateSql(interactions, "r.views")} AS engagement_rate,
               r.avg_watch_time_seconds, r.completion_rate,
               fd.followers
        FROM stat_snapshots r
        JOIN (SELECT id, platform_video_id, posted_at, ${neutralizeSql("title")} AS title FROM videos WHERE user_id = ${user}) v
          ON v.id = r.video_id
        LEFT JOIN follower_days fd ON fd.day = r.captured_at::date
        WHERE r.user_id = ${user}
          AND ${inPeriod}
        ORDER BY v.posted_at, r.video_id, r.captured_at
        OFFSET 0
      ) q
      ORDER BY q.posted_at, q.video_id, q.captured_at`;
}
export async function* readingsReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  const includeSaves = await getIncludeSaves(ctx.user.id);
  yield* copyReport(ctx, READINGS_COLUMNS, (s) => readingsSelect((v) => s.literal(v), ctx.user.id, period, { includeSaves }), READINGS_COPY_SETTINGS);
}
