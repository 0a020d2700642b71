-- Two costs of a bulk import into stat_snapshots, measured on a 25,000-video slice (a new
-- creator, one reading per video):
--
-- 1. stat_snapshots.user_id had a foreign key to users: one more key check per reading (~30 % of
--    a plain insert's time). The owner is implied by the video (every write takes user_id from
--    the creator's own video, and a creator's readings go with their videos by the video_id
--    cascade), so the check only repeated what video_id's key already guarantees.
--
-- 2. The insert triggers of videos and stat_snapshots: the import creates each new video already
--    carrying its latest reading, so the latest-reading trigger found nothing to change (one
--    probe per video), the videos trigger probed stat_snapshots once per video to leave the
--    video to the readings trigger, and only the rollup refresh did work. A statement that has
--    written latest_* itself and refreshes the rollup of exactly the posting days it inserted
--    (lib/data/imports.ts) sets the transaction-local `tierline.import_writes_derived` to 'on' for
--    that statement; the INSERT triggers then do nothing. Updates and deletes are never skipped.

-- DropForeignKey
ALTER TABLE "stat_snapshots" DROP CONSTRAINT "stat_snapshots_user_id_fkey";

CREATE FUNCTION tierline_import_writes_derived() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('tierline.import_writes_derived', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION tierline_video_latest_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF tierline_import_writes_derived() THEN RETURN NULL; END IF;
  UPDATE videos v
  SET latest_captured_at = n.captured_at,
      latest_views = n.views,
      latest_likes = n.likes,
      latest_comments = n.comments,
      latest_shares = n.shares,
      latest_saves = n.saves
  FROM (
    SELECT DISTINCT ON (video_id) video_id, captured_at, views, likes, comments, shares, saves
    FROM changed
    ORDER BY video_id, captured_at DESC
  ) n
  WHERE v.id = n.video_id
    AND (v.latest_captured_at IS NULL OR n.captured_at >= v.latest_captured_at)
    AND (v.latest_captured_at, v.latest_views, v.latest_likes, v.latest_comments, v.latest_shares, v.latest_saves)
        IS DISTINCT FROM (n.captured_at, n.views, n.likes, n.comments, n.shares, n.saves);
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION tierline_video_day_totals_after_readings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND tierline_import_writes_derived() THEN RETURN NULL; END IF;
  PERFORM tierline_refresh_posted(array_agg(v.user_id), array_agg(v.posted_at))
  FROM (SELECT DISTINCT video_id FROM changed) c JOIN videos v ON v.id = c.video_id;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION tierline_video_day_totals_after_videos() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND tierline_import_writes_derived() THEN RETURN NULL; END IF;
  PERFORM tierline_refresh_posted(array_agg(c.user_id), array_agg(c.posted_at))
  FROM changed c
  WHERE NOT EXISTS (SELECT 1 FROM stat_snapshots s WHERE s.video_id = c.id);
  RETURN NULL;
END
$$;
