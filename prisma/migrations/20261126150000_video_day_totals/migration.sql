-- The dashboard's rollup (see model VideoDayTotal in schema.prisma) and the covering index for
-- its per-video reads. Kept by triggers in the same transaction as every write: readings
-- (insert, update, delete, bulk upserts, cascades), videos (insert, delete, a new posting time or
-- duration), the creator's time zone and their payout settings. Each trigger recomputes the
-- affected (creator, posting day) groups from the readings, so a group is always exactly what a
-- fresh computation gives, whatever order the writes came in.
-- DropIndex
DROP INDEX "videos_user_id_posted_at_idx";

-- CreateTable
CREATE TABLE "video_day_totals" (
    "user_id" UUID NOT NULL,
    "posted_on" DATE NOT NULL,
    "captured_on" DATE NOT NULL,
    "videos" INTEGER NOT NULL,
    "views" BIGINT NOT NULL,
    "interactions" BIGINT NOT NULL,
    "fund_cents" BIGINT NOT NULL,
    "rewards_cents" BIGINT NOT NULL,
    "below_rewards_minimum" INTEGER NOT NULL,

    CONSTRAINT "video_day_totals_pkey" PRIMARY KEY ("user_id","posted_on","captured_on")
);

-- CreateIndex
CREATE INDEX "video_day_totals_covering_idx" ON "video_day_totals"("user_id", "posted_on", "captured_on", "videos", "views", "interactions", "fund_cents", "rewards_cents", "below_rewards_minimum");

-- CreateIndex
CREATE INDEX "videos_user_id_posted_at_latest_captured_at_latest_views_la_idx" ON "videos"("user_id", "posted_at", "latest_captured_at", "latest_views", "latest_likes", "latest_comments", "latest_shares", "duration_seconds", "id");

-- AddForeignKey
ALTER TABLE "video_day_totals" ADD CONSTRAINT "video_day_totals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The payout parameters the rollup is computed with: the creator's saved settings, or the
-- defaults (the same as the columns' defaults and DEFAULT_EARNINGS_SETTINGS in
-- lib/domain/earnings.ts; tests/integration/video-day-totals.test.ts checks they agree).
CREATE FUNCTION tierline_payout_settings(p_user uuid)
RETURNS TABLE (fund_rate int, rewards_rate int, min_duration int, min_views int)
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(es.fund_rate_millicents_per_1000, 4000),
         COALESCE(es.rewards_rate_millicents_per_1000, 70000),
         COALESCE(es.rewards_min_duration_seconds, 60),
         COALESCE(es.rewards_min_views, 1000)
  FROM (SELECT 1) one
  LEFT JOIN earnings_settings es ON es.user_id = p_user
$$;

-- The zone each creator's days are read in: theirs, or UTC when PostgreSQL does not know it
-- (zones are validated with Intl, and the two time-zone databases can differ). A write must
-- never fail because of a zone; the dashboard then reads the reference path (trends.ts).
CREATE FUNCTION tierline_user_zones(p_users uuid[]) RETURNS TABLE (id uuid, time_zone text)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  r record;
BEGIN
  FOR r IN SELECT u.id AS uid, u.time_zone AS tz FROM users u WHERE u.id = ANY(p_users) LOOP
    id := r.uid;
    BEGIN
      PERFORM now() AT TIME ZONE r.tz;
      time_zone := r.tz;
    EXCEPTION WHEN invalid_parameter_value THEN
      time_zone := 'UTC';
    END;
    RETURN NEXT;
  END LOOP;
END
$$;

-- One reading's figures as the dashboard counts them (payouts per video, rounded half up to
-- cents exactly as videosWithLatestReading in lib/data/trends.ts computes them).
CREATE FUNCTION tierline_reading_figures(p_views bigint, p_likes bigint, p_comments bigint, p_shares bigint,
  p_long boolean, p_fund_rate int, p_rewards_rate int, p_min_views int)
RETURNS TABLE (views bigint, interactions numeric, fund numeric, rewards numeric, below int)
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_views,
         p_likes::numeric + p_comments + p_shares,
         CASE WHEN p_long THEN 0::numeric ELSE div(GREATEST(p_views, 0)::numeric * p_fund_rate + 500000, 1000000) END,
         CASE WHEN p_long AND GREATEST(p_views, 0) >= p_min_views
              THEN div(p_views::numeric * p_rewards_rate + 500000, 1000000) ELSE 0::numeric END,
         (p_long AND GREATEST(p_views, 0) < p_min_views)::int
$$;

-- The rollup rows of the given (creator, posting day) groups, computed from scratch. A video
-- adds a base row on its posting day (1 video; "below the Rewards minimum" when it is long
-- enough and has no reading yet) and, for each reading, the difference between that reading's
-- figures and the previous reading's (the first against no reading), on the reading's capture
-- day. Payouts are per video, rounded half up to cents exactly as videosWithLatestReading in
-- lib/data/trends.ts computes them, so the differences telescope to the latest reading's figures.
CREATE FUNCTION tierline_compute_video_day_totals(p_users uuid[], p_days date[])
RETURNS TABLE (user_id uuid, posted_on date, captured_on date, videos int, views bigint, interactions bigint,
               fund_cents bigint, rewards_cents bigint, below_rewards_minimum int)
LANGUAGE sql STABLE AS $$
  WITH keys AS (
    SELECT DISTINCT k.user_id, k.posted_on FROM unnest(p_users, p_days) AS k(user_id, posted_on)
  ),
  per_video AS (
    SELECT v.id, v.user_id, u.time_zone, k.posted_on, s.fund_rate, s.rewards_rate, s.min_views,
           (v.duration_seconds IS NOT NULL AND v.duration_seconds >= s.min_duration) AS long
    FROM keys k
    JOIN tierline_user_zones(ARRAY(SELECT DISTINCT user_id FROM keys)) u ON u.id = k.user_id
    CROSS JOIN LATERAL tierline_payout_settings(k.user_id) s
    JOIN videos v ON v.user_id = k.user_id
                 AND v.posted_at >= (k.posted_on::timestamp AT TIME ZONE u.time_zone)
                 AND v.posted_at < ((k.posted_on + 1)::timestamp AT TIME ZONE u.time_zone)
  ),
  figures AS (
    -- Each reading's figures as the dashboard counts them, and the previous reading's; one
    -- index range per video (LATERAL), never a scan of every reading.
    SELECT p.user_id, p.posted_on, r.*
    FROM per_video p
    CROSS JOIN LATERAL (
      SELECT (ss.captured_at AT TIME ZONE p.time_zone)::date AS captured_on,
             f.views, f.interactions, f.fund, f.rewards, f.below,
             lag(f.views, 1, 0::bigint) OVER w AS p_views,
             lag(f.interactions, 1, 0::numeric) OVER w AS p_interactions,
             lag(f.fund, 1, 0::numeric) OVER w AS p_fund,
             lag(f.rewards, 1, 0::numeric) OVER w AS p_rewards,
             lag(f.below, 1, (p.long AND 0 < p.min_views)::int) OVER w AS p_below
      FROM stat_snapshots ss
      CROSS JOIN LATERAL tierline_reading_figures(ss.views, ss.likes, ss.comments, ss.shares,
                                                  p.long, p.fund_rate, p.rewards_rate, p.min_views) f
      WHERE ss.video_id = p.id
      WINDOW w AS (ORDER BY ss.captured_at)
    ) r
  ),
  contributions AS (
    SELECT p.user_id, p.posted_on, p.posted_on AS captured_on, 1 AS videos, 0::bigint AS views,
           0::numeric AS interactions, 0::numeric AS fund, 0::numeric AS rewards, (p.long AND 0 < p.min_views)::int AS below
    FROM per_video p
    UNION ALL
    SELECT user_id, posted_on, captured_on, 0, views - p_views, interactions - p_interactions,
           fund - p_fund, rewards - p_rewards, below - p_below
    FROM figures
  )
  SELECT c.user_id, c.posted_on, c.captured_on, sum(c.videos)::int, sum(c.views)::bigint, sum(c.interactions)::bigint,
         sum(c.fund)::bigint, sum(c.rewards)::bigint, sum(c.below)::int
  FROM contributions c
  GROUP BY c.user_id, c.posted_on, c.captured_on
  HAVING sum(c.videos) <> 0 OR sum(c.views) <> 0 OR sum(c.interactions) <> 0 OR sum(c.fund) <> 0
      OR sum(c.rewards) <> 0 OR sum(c.below) <> 0
$$;

-- Replaces the rollup rows of the given (creator, posting day) groups.
CREATE FUNCTION tierline_refresh_video_day_totals(p_users uuid[], p_days date[]) RETURNS void
LANGUAGE plpgsql
-- Sorting a big import's readings in memory, not on disk (only while this function runs).
SET work_mem = '64MB' AS $$
BEGIN
  IF p_users IS NULL OR cardinality(p_users) = 0 THEN RETURN; END IF;
  DELETE FROM video_day_totals t
  USING (SELECT DISTINCT k.user_id, k.posted_on FROM unnest(p_users, p_days) AS k(user_id, posted_on)) k
  WHERE t.user_id = k.user_id AND t.posted_on = k.posted_on;
  INSERT INTO video_day_totals (user_id, posted_on, captured_on, videos, views, interactions, fund_cents, rewards_cents, below_rewards_minimum)
  SELECT * FROM tierline_compute_video_day_totals(p_users, p_days);
END
$$;

-- Refreshes the posting days of the given posting times, each read in its creator's zone.
CREATE FUNCTION tierline_refresh_posted(p_users uuid[], p_posted timestamptz[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  u uuid[];
  d date[];
BEGIN
  SELECT array_agg(x.user_id), array_agg(x.posted_on) INTO u, d
  FROM (SELECT DISTINCT k.user_id, (k.posted_at AT TIME ZONE z.time_zone)::date AS posted_on
        FROM unnest(p_users, p_posted) AS k(user_id, posted_at)
        JOIN tierline_user_zones(ARRAY(SELECT DISTINCT unnest(p_users))) z ON z.id = k.user_id) x;
  PERFORM tierline_refresh_video_day_totals(u, d);
END
$$;

-- Rebuilds one creator's rollup (a new time zone or new payout settings).
CREATE FUNCTION tierline_rebuild_video_day_totals(p_user uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM video_day_totals WHERE user_id = p_user;
  PERFORM tierline_refresh_posted(array_agg(v.user_id), array_agg(v.posted_at)) FROM videos v WHERE v.user_id = p_user;
END
$$;

-- Readings inserted, updated or deleted: refresh the posting days of their videos. (A video
-- deleted in the same statement, by cascade, is handled by the videos trigger.) Every trigger
-- recomputes whole groups from the state after the statement, never adds to them, so the
-- result does not depend on the order the triggers of one statement fire in (the import writes
-- videos, their readings and edits in one statement).
CREATE FUNCTION tierline_video_day_totals_after_readings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tierline_refresh_posted(array_agg(v.user_id), array_agg(v.posted_at))
  FROM (SELECT DISTINCT video_id FROM changed) c JOIN videos v ON v.id = c.video_id;
  RETURN NULL;
END
$$;

CREATE TRIGGER stat_snapshots_video_day_totals_after_insert AFTER INSERT ON stat_snapshots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_readings();
CREATE TRIGGER stat_snapshots_video_day_totals_after_update AFTER UPDATE ON stat_snapshots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_readings();
CREATE TRIGGER stat_snapshots_video_day_totals_after_delete AFTER DELETE ON stat_snapshots
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_readings();

-- Videos inserted or deleted (their readings went by cascade): refresh their posting days (a
-- creator being deleted has no users row any more and their rollup goes with it by cascade).
-- A video inserted with readings in the same statement (the import) is left to the readings
-- trigger of that statement, which refreshes its day from the same final state: one
-- computation per day instead of two.
CREATE FUNCTION tierline_video_day_totals_after_videos() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tierline_refresh_posted(array_agg(c.user_id), array_agg(c.posted_at))
  FROM changed c
  WHERE NOT EXISTS (SELECT 1 FROM stat_snapshots s WHERE s.video_id = c.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER videos_video_day_totals_after_insert AFTER INSERT ON videos
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_videos();
CREATE TRIGGER videos_video_day_totals_after_delete AFTER DELETE ON videos
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_videos();

-- Videos updated: only a new posting time, duration or owner changes the rollup (the
-- latest-reading trigger's updates of latest_* do not), and then both the old and the new
-- posting day are refreshed.
CREATE FUNCTION tierline_video_day_totals_after_video_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tierline_refresh_posted(array_agg(k.user_id), array_agg(k.posted_at))
  FROM old_rows o
  JOIN new_rows n ON n.id = o.id
  CROSS JOIN LATERAL (VALUES (o.user_id, o.posted_at), (n.user_id, n.posted_at)) AS k(user_id, posted_at)
  WHERE o.posted_at IS DISTINCT FROM n.posted_at
     OR o.duration_seconds IS DISTINCT FROM n.duration_seconds
     OR o.user_id IS DISTINCT FROM n.user_id;
  RETURN NULL;
END
$$;

CREATE TRIGGER videos_video_day_totals_after_update AFTER UPDATE ON videos
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tierline_video_day_totals_after_video_update();

-- A new time zone moves every posting and capture day: rebuild the creator's rollup.
CREATE FUNCTION tierline_video_day_totals_after_zone() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tierline_rebuild_video_day_totals(NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER users_video_day_totals_after_zone AFTER UPDATE OF time_zone ON users
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION tierline_video_day_totals_after_zone();

-- New payout settings (saved, changed or removed) change every payout: rebuild.
CREATE FUNCTION tierline_video_day_totals_after_settings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM tierline_rebuild_video_day_totals(OLD.user_id);
  ELSIF TG_OP = 'INSERT' OR (OLD.fund_rate_millicents_per_1000, OLD.rewards_rate_millicents_per_1000,
                             OLD.rewards_min_duration_seconds, OLD.rewards_min_views)
                            IS DISTINCT FROM (NEW.fund_rate_millicents_per_1000, NEW.rewards_rate_millicents_per_1000,
                                              NEW.rewards_min_duration_seconds, NEW.rewards_min_views) THEN
    PERFORM tierline_rebuild_video_day_totals(NEW.user_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER earnings_settings_video_day_totals AFTER INSERT OR UPDATE OR DELETE ON earnings_settings
  FOR EACH ROW EXECUTE FUNCTION tierline_video_day_totals_after_settings();

-- Backfill every creator.
SELECT tierline_refresh_posted(array_agg(v.user_id), array_agg(v.posted_at)) FROM videos v;
