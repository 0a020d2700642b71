-- Money in the creator's currency, and one rounding rule (issue 16, items 4 and 6).
--
-- 1. A ledger entry keeps what was paid (amount_cents, currency: the original) and gains what
--    the bank credited in the account's currency. Rows already in the account's currency are
--    credited as paid; rows in another currency stay uncredited (shown, not compared) until the
--    creator enters the credited amount.
-- 2. currency_conversions records every change of the account's currency and the rate used.
-- 3. The dashboard rollup no longer stores payouts rounded per video: it stores the views paid
--    at each rate, so an estimate is rate × an exact sum, rounded once (lib/domain/money.ts).
--    Rates no longer enter the rollup, so a new rate (or currency) does not rebuild it.

-- AlterTable
ALTER TABLE "income_entries" ADD COLUMN     "credited_cents" BIGINT,
ADD COLUMN     "credited_currency" VARCHAR(3);

UPDATE income_entries e SET credited_cents = e.amount_cents, credited_currency = e.currency
FROM users u WHERE u.id = e.user_id AND u.currency = e.currency;

-- CreateTable
CREATE TABLE "currency_conversions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "from_currency" VARCHAR(3) NOT NULL,
    "to_currency" VARCHAR(3) NOT NULL,
    "rate" DECIMAL(24,10) NOT NULL,
    "converted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "currency_conversions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "currency_conversions_user_id_converted_at_idx" ON "currency_conversions"("user_id", "converted_at");

-- AddForeignKey
ALTER TABLE "currency_conversions" ADD CONSTRAINT "currency_conversions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rollup: emptied (rebuilt below), columns replaced (dropping them drops both indexes).
DELETE FROM video_day_totals;
ALTER TABLE "video_day_totals" DROP COLUMN "fund_cents",
DROP COLUMN "rewards_cents",
ADD COLUMN     "fund_views" BIGINT NOT NULL,
ADD COLUMN     "rewards_views" BIGINT NOT NULL;

CREATE INDEX "video_day_totals_covering_idx" ON "video_day_totals"("user_id", "posted_on", "captured_on", "videos", "views", "interactions", "fund_views", "rewards_views", "below_rewards_minimum");
CREATE INDEX "video_day_totals_settled_idx" ON "video_day_totals"("user_id", "posted_on")
  INCLUDE ("videos", "views", "interactions", "fund_views", "rewards_views", "below_rewards_minimum")
  WHERE "captured_on" = 'infinity';

-- One reading's figures as the dashboard counts them: the views paid at the Fund rate (a video
-- shorter than the Rewards length, or of unknown length) and at the Rewards rate (long enough,
-- from the minimum views on). The SQL twin of paidViews in lib/domain/earnings.ts and of
-- videosWithLatestReading in lib/data/trends.ts.
DROP FUNCTION tierline_reading_figures(bigint, bigint, bigint, bigint, boolean, int, int, int);
CREATE FUNCTION tierline_reading_figures(p_views bigint, p_likes bigint, p_comments bigint, p_shares bigint,
  p_long boolean, p_min_views int)
RETURNS TABLE (views bigint, interactions numeric, fund numeric, rewards numeric, below int)
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_views,
         p_likes::numeric + p_comments + p_shares,
         CASE WHEN p_long THEN 0::numeric ELSE GREATEST(p_views, 0)::numeric END,
         CASE WHEN p_long AND GREATEST(p_views, 0) >= p_min_views THEN p_views::numeric ELSE 0::numeric END,
         (p_long AND GREATEST(p_views, 0) < p_min_views)::int
$$;

DROP FUNCTION tierline_compute_video_day_totals(uuid[], date[]);
CREATE FUNCTION tierline_compute_video_day_totals(p_users uuid[], p_days date[])
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
    JOIN videos v ON v.user_id = k.user_id
                 AND v.posted_at >= (k.posted_on::timestamp AT TIME ZONE u.time_zone)
                 AND v.posted_at < ((k.posted_on + 1)::timestamp AT TIME ZONE u.time_zone)
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

CREATE OR REPLACE FUNCTION tierline_refresh_video_day_totals(p_users uuid[], p_days date[]) RETURNS void
LANGUAGE plpgsql
SET work_mem = '64MB' AS $$
BEGIN
  IF p_users IS NULL OR cardinality(p_users) = 0 THEN RETURN; END IF;
  DELETE FROM video_day_totals t
  USING (SELECT DISTINCT k.user_id, k.posted_on FROM unnest(p_users, p_days) AS k(user_id, posted_on)) k
  WHERE t.user_id = k.user_id AND t.posted_on = k.posted_on;
  INSERT INTO video_day_totals (user_id, posted_on, captured_on, videos, views, interactions, fund_views, rewards_views, below_rewards_minimum)
  SELECT * FROM tierline_compute_video_day_totals(p_users, p_days);
END
$$;

-- Only the Rewards length and minimum views decide which views are paid at which rate: a new
-- rate (or a currency conversion) leaves the rollup as it is.
CREATE OR REPLACE FUNCTION tierline_video_day_totals_after_settings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM tierline_rebuild_video_day_totals(OLD.user_id);
  ELSIF TG_OP = 'INSERT' OR (OLD.rewards_min_duration_seconds, OLD.rewards_min_views)
                            IS DISTINCT FROM (NEW.rewards_min_duration_seconds, NEW.rewards_min_views) THEN
    PERFORM tierline_rebuild_video_day_totals(NEW.user_id);
  END IF;
  RETURN NULL;
END
$$;

-- Rebuild every creator's rollup.
SELECT tierline_refresh_posted(array_agg(v.user_id), array_agg(v.posted_at)) FROM videos v;
