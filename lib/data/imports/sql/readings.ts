import "server-only";
import { REF_COLS, resolveVideos, SLICE } from "./shared";

// Readings: by video and capture time.

/**
 * A reading of a video this import found finds it in import_video_ids (by the staged video's
 * ord); any other reading (a Readings export) is resolved against the creator's videos. Readings
 * of videos the import created were written with them (COMMIT_VIDEOS).
 */
const READING_INPUT = `
  i AS (SELECT s.*, ${REF_COLS} FROM import_readings s WHERE ${SLICE}),
  rest AS (SELECT * FROM i WHERE i.vord IS NULL),
  ${resolveVideos("rr", "rest")},
  r AS (
    SELECT i.ord, m.video_id FROM i JOIN import_video_ids m ON m.ord = i.vord::int AND NOT m.created
    UNION ALL
    SELECT rr.ord, rr.video_id FROM rr
  ),
  m AS (
    SELECT DISTINCT ON (r.video_id, i.captured_at::timestamptz)
      r.video_id, i.captured_at::timestamptz AS captured_at,
      i.views::bigint AS views, i.likes::bigint AS likes, i.comments::bigint AS comments, i.shares::bigint AS shares,
      i.saves::bigint AS saves, i.watch::numeric AS watch, i.completion::numeric AS completion
    FROM i JOIN r ON r.ord = i.ord
    ORDER BY r.video_id, i.captured_at::timestamptz, i.ord DESC
  )`;

const READING_CHANGED = `
  (s.views, s.likes, s.comments, s.shares, s.saves, s.avg_watch_time_seconds, s.completion_rate)
  IS DISTINCT FROM (m.views, m.likes, m.comments, m.shares, COALESCE(m.saves, s.saves), COALESCE(m.watch, s.avg_watch_time_seconds), COALESCE(m.completion, s.completion_rate))`;

/** Readings of videos this import creates are new; readings of videos found nowhere are skipped. */
export const PREVIEW_READINGS = `
  WITH ${READING_INPUT},
  unresolved AS (SELECT i.in_import FROM i LEFT JOIN r ON r.ord = i.ord WHERE r.ord IS NULL)
  SELECT
    (SELECT count(*) FROM unresolved WHERE in_import = 't')::int AS new_video,
    (SELECT count(*) FROM unresolved WHERE in_import <> 't')::int AS skipped,
    count(*) FILTER (WHERE s.id IS NULL)::int AS new,
    count(*) FILTER (WHERE s.id IS NOT NULL AND ${READING_CHANGED})::int AS updated,
    count(*) FILTER (WHERE s.id IS NOT NULL AND NOT ${READING_CHANGED})::int AS unchanged
  FROM m LEFT JOIN stat_snapshots s ON s.video_id = m.video_id AND s.captured_at = m.captured_at AND s.user_id = $1::uuid`;

export const COMMIT_READINGS = `
  WITH ${READING_INPUT},
  up AS (
    INSERT INTO stat_snapshots AS s (video_id, user_id, captured_at, views, likes, comments, shares, saves, avg_watch_time_seconds, completion_rate)
    SELECT m.video_id, $1::uuid, m.captured_at, m.views, m.likes, m.comments, m.shares, m.saves, m.watch, m.completion FROM m
    ON CONFLICT (video_id, captured_at) DO UPDATE
    SET views = EXCLUDED.views, likes = EXCLUDED.likes, comments = EXCLUDED.comments, shares = EXCLUDED.shares,
        saves = COALESCE(EXCLUDED.saves, s.saves),
        avg_watch_time_seconds = COALESCE(EXCLUDED.avg_watch_time_seconds, s.avg_watch_time_seconds),
        completion_rate = COALESCE(EXCLUDED.completion_rate, s.completion_rate)
    WHERE s.user_id = $1::uuid AND
      (s.views, s.likes, s.comments, s.shares, s.saves, s.avg_watch_time_seconds, s.completion_rate)
      IS DISTINCT FROM (EXCLUDED.views, EXCLUDED.likes, EXCLUDED.comments, EXCLUDED.shares,
        COALESCE(EXCLUDED.saves, s.saves), COALESCE(EXCLUDED.avg_watch_time_seconds, s.avg_watch_time_seconds),
        COALESCE(EXCLUDED.completion_rate, s.completion_rate))
    RETURNING (xmax = 0) AS inserted
  )
  SELECT (SELECT count(*) FROM m)::int AS matched,
         (SELECT count(*) FROM i JOIN import_video_ids v ON v.ord = i.vord::int AND v.created)::int AS with_video,
         count(*) FILTER (WHERE inserted)::int AS inserted,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM up`;
