-- The dashboard's trend for a range that ends after the creator's last reading (every preset)
-- summed every (posting day, capture day) row of the range: ≈ 8,000 rows for a creator with
-- 20,000 videos over two years. Each posting day now also keeps its settled total, one row
-- captured 'infinity', recomputed with the rest of its day by the same triggers (and by the
-- import, which refreshes with the same function). Such a range reads one row per day.

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

-- Existing rollups gain their settled rows: by definition the sum of each day's rows.
INSERT INTO video_day_totals (user_id, posted_on, captured_on, videos, views, interactions, fund_cents, rewards_cents, below_rewards_minimum)
SELECT user_id, posted_on, 'infinity'::date, sum(videos)::int, sum(views)::bigint, sum(interactions)::bigint,
       sum(fund_cents)::bigint, sum(rewards_cents)::bigint, sum(below_rewards_minimum)::int
FROM video_day_totals
GROUP BY user_id, posted_on;

-- The settled rows on their own, in day order, with their sums (a range reads them index-only).
-- Prisma's schema cannot express a partial index, so it lives here only.
CREATE INDEX "video_day_totals_settled_idx" ON "video_day_totals"("user_id", "posted_on")
  INCLUDE ("videos", "views", "interactions", "fund_cents", "rewards_cents", "below_rewards_minimum")
  WHERE "captured_on" = 'infinity';
