-- A re-import of a large account (one new reading per video) timed out in the videos UPDATE
-- trigger of the rollup. The import's readings statement moves every video's latest_* (the
-- latest-reading trigger), so this trigger saw 25,000 old and new rows per slice, and it
-- matched them with `old_rows JOIN new_rows ON id`. PL/pgSQL plans that query once per
-- connection: the plan is made the first time the trigger fires, typically for a statement
-- that updated a row or none (the import's own video UPDATE of unchanged videos), estimating one
-- row per transition table, and is then kept: a nested loop comparing every old row with every
-- new one, 625 million comparisons for a 25,000-row slice (≈ 63 s for 50,000 videos).
--
-- The old and new rows of a video are now brought together by grouping on the id (a sort or a
-- hash, whatever the estimates), never by a join: the cost is linear in the rows updated. Same
-- result: the posting days (old and new) of every video whose posting time, duration or owner
-- changed are refreshed.
CREATE OR REPLACE FUNCTION tierline_video_day_totals_after_video_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tierline_refresh_posted(array_agg(k.user_id), array_agg(k.posted_at))
  FROM (
    SELECT array_agg(b.user_id) AS users, array_agg(b.posted_at) AS posted
    FROM (
      SELECT o.id, o.user_id, o.posted_at, o.duration_seconds FROM old_rows o
      UNION ALL
      SELECT n.id, n.user_id, n.posted_at, n.duration_seconds FROM new_rows n
    ) b
    GROUP BY b.id
    -- min = max for each column (a duration present in both or in neither) means unchanged.
    HAVING min(b.posted_at) IS DISTINCT FROM max(b.posted_at)
        OR min(b.user_id::text) IS DISTINCT FROM max(b.user_id::text)
        OR min(b.duration_seconds) IS DISTINCT FROM max(b.duration_seconds)
        OR count(b.duration_seconds) NOT IN (0, count(*))
  ) g
  CROSS JOIN LATERAL unnest(g.users, g.posted) AS k(user_id, posted_at);
  RETURN NULL;
END
$$;

-- The rollup's own computation matched each posting day with the creator's videos by owner and
-- then filtered by the day's range: with the planner's estimates of a transaction that has
-- just written the videos (a few hundred, it believes) that became a merge join on user_id, so
-- every day met every video: 240 days × 100,000 videos for a big Content.csv, once in the first
-- import and again, with twice the readings, in the next. Each day now reads its own index range.
CREATE OR REPLACE FUNCTION tierline_compute_video_day_totals(p_users uuid[], p_days date[])
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
    -- One index range of the creator's videos per posting day (LATERAL), never a join of every
    -- day with every video filtered by the range.
    CROSS JOIN LATERAL (
      SELECT v.id, v.user_id, v.duration_seconds FROM videos v
      WHERE v.user_id = k.user_id
        AND v.posted_at >= (k.posted_on::timestamp AT TIME ZONE u.time_zone)
        AND v.posted_at < ((k.posted_on + 1)::timestamp AT TIME ZONE u.time_zone)
      -- Keeps the planner from flattening the subquery back into the join it replaces.
      OFFSET 0
    ) v
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
  ),
  daily AS (
    SELECT c.user_id, c.posted_on, c.captured_on, sum(c.videos)::int AS videos, sum(c.views)::bigint AS views,
           sum(c.interactions)::bigint AS interactions, sum(c.fund)::bigint AS fund_cents,
           sum(c.rewards)::bigint AS rewards_cents, sum(c.below)::int AS below_rewards_minimum
    FROM contributions c
    GROUP BY c.user_id, c.posted_on, c.captured_on
    HAVING sum(c.videos) <> 0 OR sum(c.views) <> 0 OR sum(c.interactions) <> 0 OR sum(c.fund) <> 0
        OR sum(c.rewards) <> 0 OR sum(c.below) <> 0
  )
  SELECT * FROM daily
  UNION ALL
  -- The posting day as it stands after every reading: the sum of its rows, kept as one more row
  -- captured 'infinity' (no range bound reaches it, so every `captured_on < day` read is as before).
  SELECT d.user_id, d.posted_on, 'infinity'::date, sum(d.videos)::int, sum(d.views)::bigint, sum(d.interactions)::bigint,
         sum(d.fund_cents)::bigint, sum(d.rewards_cents)::bigint, sum(d.below_rewards_minimum)::int
  FROM daily d
  GROUP BY d.user_id, d.posted_on
$$;
