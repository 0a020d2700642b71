-- Issue 17, item 4: the payout defaults have one source in SQL. tierline_payout_settings (the
-- parameters the rollup video_day_totals is computed with) read its defaults from literals;
-- they now come from tierline_default_payout_settings(), whose values are
-- DEFAULT_EARNINGS_SETTINGS in lib/domain/earnings.ts (and the earnings_settings columns'
-- defaults): tests/integration/sql-rules.test.ts holds the three equal. Same values as before,
-- so no rollup row changes and nothing is rebuilt.
CREATE FUNCTION tierline_default_payout_settings()
RETURNS TABLE (fund_rate int, rewards_rate int, min_duration int, min_views int)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 4000, 70000, 60, 1000
$$;

-- The creator's saved settings, or the defaults.
CREATE OR REPLACE FUNCTION tierline_payout_settings(p_user uuid)
RETURNS TABLE (fund_rate int, rewards_rate int, min_duration int, min_views int)
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(es.fund_rate_millicents_per_1000, d.fund_rate),
         COALESCE(es.rewards_rate_millicents_per_1000, d.rewards_rate),
         COALESCE(es.rewards_min_duration_seconds, d.min_duration),
         COALESCE(es.rewards_min_views, d.min_views)
  FROM tierline_default_payout_settings() d
  LEFT JOIN earnings_settings es ON es.user_id = p_user
$$;
