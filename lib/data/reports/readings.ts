import "server-only";
import { csvColumns } from "@/lib/csv/encode";
import { neutralizeSql } from "@/lib/csv/sql";
import type { ReportChunks, ReportContext, ReportPeriod } from "./context";
import { copyReport } from "./copy-report";

// Readings: every stats reading of every video captured in the range, the raw history, video
// by video in posting order and each video's readings in time order. The biggest report (a
// heavy creator has hundreds of thousands of readings), so PostgreSQL writes it with COPY: times in the creator's zone with their offset (the session's TimeZone is
// theirs), ER computed exactly as lib/domain `percentOf` does (integers, half up, 6 decimals),
// titles neutralised in SQL.

export const READINGS_COLUMNS = csvColumns([
  { name: "reading_id", kind: "text" },
  { name: "video_id", kind: "text" },
  { name: "platform_video_id", kind: "text" },
  { name: "video_title", kind: "user-text" },
  { name: "captured_at", kind: "text" },
  { name: "views", kind: "number" },
  { name: "likes", kind: "number" },
  { name: "comments", kind: "number" },
  { name: "shares", kind: "number" },
  { name: "saves", kind: "number" },
  { name: "interactions", kind: "number" },
  { name: "engagement_rate_pct", kind: "number" },
  { name: "avg_watch_time_seconds", kind: "number" },
  { name: "completion_rate_pct", kind: "number" },
]);

/** ISO 8601 with the offset, in the session's TimeZone: 2026-03-31T23:30:00-07:00. */
export const ISO_WITH_OFFSET_SQL = `'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'`;

/**
 * interactions / views × 100 rounded half up at 6 decimals, on integers like `percentOf`
 * (numerator × 10^8 ÷ views, half up, ÷ 10^6), trailing zeros dropped: 15, 33.333333.
 * Counts are never negative. While interactions < 4·10^10 and views < 10^15 the integer step
 * fits in bigint (faster); beyond, numeric.
 */
export function engagementRateSql(interactions: string, views: string): string {
  const i = `(${interactions})`;
  return `(CASE WHEN ${views} <= 0 THEN NULL
    WHEN ${i} < 40000000000 AND ${views} < 1000000000000000 THEN trim_scale(((${i} * 200000000 + ${views}) / (2 * ${views}))::numeric / 1000000)
    ELSE trim_scale(div(${i}::numeric * 200000000 + ${views}, 2 * ${views}::numeric) / 1000000) END)`;
}

/** Planner settings the Readings COPY runs under (see readingsSelect). */
export const READINGS_COPY_SETTINGS = [
  // An index scan hands each video's readings over in order; a bitmap scan would sort them
  // again, once per video.
  "SET LOCAL enable_bitmapscan = off",
] as const;

/**
 * The Readings report's SELECT for one creator and period, columns in READINGS_COLUMNS order.
 * `literal` quotes a value as an SQL literal (COPY takes no bind parameters). Also used by the
 * benchmark to time PostgreSQL's part of the export on its own.
 */
export function readingsSelect(literal: (value: string) => string, userId: string, period: Pick<ReportPeriod, "from" | "to">): string {
  const user = `${literal(userId)}::uuid`;
  const interactions = "r.likes + r.comments + r.shares";
  // Video by video (in posting order), each video's readings in time order, with a plan
  // that does not depend on table statistics (a creator who imported minutes ago has none
  // yet, and a planner that believes the tables empty would otherwise scan every reading
  // once per video): the LATERAL subquery is one probe of the (video_id, captured_at) index
  // per video, its rows already in time order (the nested loop keeps them in that order
  // within each video, so the outer ORDER BY needs no sort), nothing to hash. The readings'
  // own user_id is checked after the probe (OFFSET 0 keeps it out of the index choice).
  return `
      SELECT r.id, v.id, v.platform_video_id, ${neutralizeSql("v.title")},
             to_char(r.captured_at, ${ISO_WITH_OFFSET_SQL}),
             r.views, r.likes, r.comments, r.shares, r.saves,
             ${interactions},
             ${engagementRateSql(interactions, "r.views")},
             r.avg_watch_time_seconds, r.completion_rate
      FROM (
        SELECT id, platform_video_id, title, posted_at
        FROM videos
        WHERE user_id = ${user}
        ORDER BY posted_at, id
      ) v
      CROSS JOIN LATERAL (
        SELECT s.id, s.user_id, s.captured_at, s.views, s.likes, s.comments, s.shares, s.saves,
               s.avg_watch_time_seconds, s.completion_rate
        FROM stat_snapshots s
        WHERE s.video_id = v.id
          AND s.captured_at >= ${literal(period.from.toISOString())}::timestamptz
          AND s.captured_at < ${literal(period.to.toISOString())}::timestamptz
        ORDER BY s.captured_at
        OFFSET 0
      ) r
      WHERE r.user_id = ${user}
      ORDER BY v.posted_at, v.id`;
}

export function readingsReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  return copyReport(ctx, READINGS_COLUMNS, (s) => readingsSelect((v) => s.literal(v), ctx.user.id, period), READINGS_COPY_SETTINGS);
}
