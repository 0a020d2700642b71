-- Each video carries its latest stat reading, maintained by statement-level triggers on
-- stat_snapshots in the same transaction as the write (inserts, bulk upserts, edits, deletes,
-- cascades). Dashboards whose range ends after a video's latest reading read these columns
-- instead of probing stat_snapshots once per video.

-- AlterTable
ALTER TABLE "videos" ADD COLUMN     "latest_captured_at" TIMESTAMPTZ(3),
ADD COLUMN     "latest_comments" BIGINT,
ADD COLUMN     "latest_likes" BIGINT,
ADD COLUMN     "latest_saves" BIGINT,
ADD COLUMN     "latest_shares" BIGINT,
ADD COLUMN     "latest_views" BIGINT;

CREATE FUNCTION tierline_refresh_video_latest_reading() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE videos v
  SET latest_captured_at = l.captured_at,
      latest_views = l.views,
      latest_likes = l.likes,
      latest_comments = l.comments,
      latest_shares = l.shares,
      latest_saves = l.saves
  FROM (SELECT DISTINCT video_id FROM changed) c
  LEFT JOIN LATERAL (
    SELECT s.captured_at, s.views, s.likes, s.comments, s.shares, s.saves
    FROM stat_snapshots s
    WHERE s.video_id = c.video_id
    ORDER BY s.captured_at DESC
    LIMIT 1
  ) l ON true
  WHERE v.id = c.video_id
    AND (v.latest_captured_at, v.latest_views, v.latest_likes, v.latest_comments, v.latest_shares, v.latest_saves)
        IS DISTINCT FROM (l.captured_at, l.views, l.likes, l.comments, l.shares, l.saves);
  RETURN NULL;
END
$$;

CREATE TRIGGER stat_snapshots_latest_after_insert AFTER INSERT ON stat_snapshots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_refresh_video_latest_reading();
CREATE TRIGGER stat_snapshots_latest_after_update AFTER UPDATE ON stat_snapshots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_refresh_video_latest_reading();
CREATE TRIGGER stat_snapshots_latest_after_delete AFTER DELETE ON stat_snapshots
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_refresh_video_latest_reading();

-- Backfill.
UPDATE videos v
SET latest_captured_at = l.captured_at, latest_views = l.views, latest_likes = l.likes,
    latest_comments = l.comments, latest_shares = l.shares, latest_saves = l.saves
FROM (
  SELECT DISTINCT ON (video_id) video_id, captured_at, views, likes, comments, shares, saves
  FROM stat_snapshots ORDER BY video_id, captured_at DESC
) l
WHERE v.id = l.video_id;
