import "server-only";
import { REF_COLS, resolveVideos, SLICE } from "./shared";

// Videos: preview, plan and write, by natural key (TikTok id, else link, else title + time).

const RESOLVE_VIDEOS = resolveVideos("r", "i");

/**
 * Videos with the values they will have: what the file gives, and for what it leaves out (a
 * TikTok file has no hashtags or notes) what the video already has. A date-only post time keeps
 * an existing video's time of day when it is the same day in the creator's zone ($4).
 */
const VIDEO_FINAL = `
  i AS (SELECT s.*, ${REF_COLS} FROM import_videos s WHERE ${SLICE}),
  ${RESOLVE_VIDEOS},
  f AS (
    SELECT i.ord, r.video_id AS existing_id, uuidv7() AS new_id,
      r.e_title, r.e_link, r.e_pid, r.e_posted_at, r.e_duration, r.e_hashtags, r.e_sound, r.e_notes,
      i.title,
      COALESCE(i.link, r.e_link) AS link,
      COALESCE(i.pid, r.e_pid) AS platform_video_id,
      CASE WHEN i.date_only = 't' AND r.video_id IS NOT NULL
            AND (r.e_posted_at AT TIME ZONE $4::text)::date = (i.posted_at::timestamptz AT TIME ZONE $4::text)::date
           THEN r.e_posted_at ELSE i.posted_at::timestamptz END AS posted_at,
      CASE WHEN i.duration IS NULL THEN r.e_duration ELSE NULLIF(i.duration, '')::int END AS duration_seconds,
      CASE WHEN i.hashtags IS NULL THEN COALESCE(r.e_hashtags, '{}'::text[])
           WHEN i.hashtags = '' THEN '{}'::text[]
           ELSE string_to_array(i.hashtags, ' ') END AS hashtags,
      CASE WHEN i.sound IS NULL THEN r.e_sound ELSE NULLIF(i.sound, '') END AS sound,
      CASE WHEN i.notes IS NULL THEN r.e_notes ELSE NULLIF(i.notes, '') END AS notes
    FROM i LEFT JOIN r ON r.ord = i.ord
  )`;

const VIDEO_CHANGED = `
  (f.e_title, f.e_link, f.e_pid, f.e_posted_at, f.e_duration, f.e_hashtags, f.e_sound, f.e_notes)
  IS DISTINCT FROM (f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes)`;

export const PREVIEW_VIDEOS = `
  WITH ${VIDEO_FINAL}
  SELECT count(*) FILTER (WHERE f.existing_id IS NULL)::int AS new,
         count(*) FILTER (WHERE f.existing_id IS NOT NULL AND ${VIDEO_CHANGED})::int AS updated,
         count(*) FILTER (WHERE f.existing_id IS NOT NULL AND NOT ${VIDEO_CHANGED})::int AS unchanged
  FROM f`;

// `version` moves on with every change, so an edit form opened before the import is told the
// video changed instead of silently overwriting what the import brought.
//
// A video the import creates is written with its readings from the file in the same statement,
// and already carrying the latest of them: the statement-level triggers on stat_snapshots then
// run once per slice (the latest-reading trigger finds nothing to change), instead of once for
// the videos and again for every slice of readings. Its readings need no conflict handling (the
// video is brand new; the file has one reading per video and time).
export const PLAN_VIDEOS = `
  WITH ${VIDEO_FINAL}
  INSERT INTO import_video_plan
  SELECT f.ord, f.existing_id, f.new_id, f.existing_id IS NOT NULL AND ${VIDEO_CHANGED},
    f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes
  FROM f`;

const commitVideos = (onConflict: string) => `
  WITH f AS (SELECT * FROM import_video_plan s WHERE ${SLICE}),
  upd AS (
    UPDATE videos v
    SET title = f.title, link = f.link, platform_video_id = f.platform_video_id, posted_at = f.posted_at,
        duration_seconds = f.duration_seconds, hashtags = f.hashtags, sound = f.sound, notes = f.notes,
        version = v.version + 1, updated_at = now()
    FROM f
    WHERE v.id = f.existing_id AND v.user_id = $1::uuid AND f.changed
    RETURNING 1
  ),
  readings AS (SELECT s.*, s.vord::int AS video_ord, s.captured_at::timestamptz AS at FROM import_readings s WHERE s.vord > $2 AND s.vord <= $3),
  latest AS (
    SELECT DISTINCT ON (s.video_ord) s.video_ord, s.at, s.views::bigint AS views, s.likes::bigint AS likes,
      s.comments::bigint AS comments, s.shares::bigint AS shares, s.saves::bigint AS saves
    FROM readings s
    ORDER BY s.video_ord, s.at DESC, s.ord DESC
  ),
  ins AS (
    INSERT INTO videos (id, user_id, title, link, platform_video_id, posted_at, duration_seconds, hashtags, sound, notes, updated_at,
      latest_captured_at, latest_views, latest_likes, latest_comments, latest_shares, latest_saves)
    SELECT f.new_id, $1::uuid, f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes, now(),
      l.at, l.views, l.likes, l.comments, l.shares, l.saves
    FROM f LEFT JOIN latest l ON l.video_ord = f.ord WHERE f.existing_id IS NULL
    ${onConflict}
    RETURNING id
  ),
  ids AS (
    INSERT INTO import_video_ids (ord, video_id, created)
    SELECT f.ord, COALESCE(f.existing_id, ins.id), ins.id IS NOT NULL FROM f LEFT JOIN ins ON ins.id = f.new_id
    WHERE f.existing_id IS NOT NULL OR ins.id IS NOT NULL
  ),
  new_readings AS (
    INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares, saves, avg_watch_time_seconds, completion_rate)
    SELECT DISTINCT ON (ins.id, s.at) ins.id, $1::uuid, s.at,
      s.views::bigint, s.likes::bigint, s.comments::bigint, s.shares::bigint, s.saves::bigint, s.watch::numeric, s.completion::numeric
    FROM readings s JOIN f ON f.ord = s.video_ord JOIN ins ON ins.id = f.new_id
    ORDER BY ins.id, s.at, s.ord DESC
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM upd)::int AS updated,
         (SELECT count(*) FROM new_readings)::int AS readings_inserted`;
export const COMMIT_VIDEOS = commitVideos("ON CONFLICT (user_id, platform_video_id) DO NOTHING");
/** The same for a slice whose new videos' TikTok ids are expected to be free (see commitVideoSlice). */
export const COMMIT_VIDEOS_UNCONTESTED = commitVideos("");

/**
 * The rollup (video_day_totals) of every posting day the import created videos on, recomputed from
 * scratch after the last slice of COMMIT_VIDEOS (whose INSERT triggers were told to skip): the same groups, and the
 * same computation, as the triggers would have refreshed (posting times to the millisecond, as
 * the column stores them). Edited videos were refreshed by the videos UPDATE trigger, which is
 * never skipped.
 */
export const REFRESH_CREATED_DAYS = `
  SELECT tierline_refresh_posted(array_agg($1::uuid), array_agg(p.posted_at::timestamptz(3)))
  FROM import_video_plan p JOIN import_video_ids c ON c.ord = p.ord AND c.created`;
