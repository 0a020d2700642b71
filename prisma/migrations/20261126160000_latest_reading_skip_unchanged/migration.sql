-- The insert trigger leaves alone a video whose latest reading already has the inserted
-- values. The import creates each new video with the latest of the readings it is about to
-- insert (lib/data/imports.ts); without this check the trigger rewrote all those rows a second
-- time, half of the commit time of a 100,000-video import. Same result in every case: a row is
-- skipped only when the update would not change it.

CREATE OR REPLACE FUNCTION tierline_video_latest_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
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
