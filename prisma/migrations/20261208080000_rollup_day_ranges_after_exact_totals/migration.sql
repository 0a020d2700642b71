-- Two migrations of the same day rewrote the rollup's computation from the same starting point:
-- 20261208030000 made each posting day read its own index range of the creator's videos (the
-- first import and a re-import of 100,000 videos had every day meet every video), and
-- 20261208060000 changed what the rollup stores (views paid at each rate instead of rounded
-- cents) by recreating the function from the version before that fix. This restores the per-day
-- index range on top of the exact-totals version: same columns, same figures, linear cost.
CREATE OR REPLACE FUNCTION tierline_compute_video_day_totals(p_users uuid[], p_days date[])
RETURNS TABLE (user_id uuid, posted_on date, captured_on date, videos int, views bigint, interactions bigint,
               fund_views bigint, rewards_views bigint, below_rewards_minimum int)
LANGUAGE sql STABLE AS $$
  WITH keys AS (
    SELECT DISTINCT k.user_id, k.posted_on FROM unnest(p_users, p_days) AS k(user_id, posted_on)
  ),
  per_video AS (
    SELECT v.id, v.user_id, u.time_zone, k.posted_on, s.min_views,
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
      CROSS JOIN LATERAL tierline_reading_figures(ss.views, ss.likes, ss.comments, ss.shares, p.long, p.min_views) f
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
           sum(c.interactions)::bigint AS interactions, sum(c.fund)::bigint AS fund_views,
           sum(c.rewards)::bigint AS rewards_views, sum(c.below)::int AS below_rewards_minimum
    FROM contributions c
    GROUP BY c.user_id, c.posted_on, c.captured_on
    HAVING sum(c.videos) <> 0 OR sum(c.views) <> 0 OR sum(c.interactions) <> 0 OR sum(c.fund) <> 0
        OR sum(c.rewards) <> 0 OR sum(c.below) <> 0
  )
  SELECT * FROM daily
  UNION ALL
  SELECT d.user_id, d.posted_on, 'infinity'::date, sum(d.videos)::int, sum(d.views)::bigint, sum(d.interactions)::bigint,
         sum(d.fund_views)::bigint, sum(d.rewards_views)::bigint, sum(d.below_rewards_minimum)::int
  FROM daily d
  GROUP BY d.user_id, d.posted_on
$$;
