import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EarningsSettings } from "@/lib/domain/earnings";

// The SQL twins of lib/domain's business rules, in one place. A rule is computed in SQL only
// where it must be for speed (sorting, filtering and summing in PostgreSQL, the COPY exports);
// each export here names its TypeScript twin and the test that holds the two equal
// (tests/integration/sql-rules.test.ts unless another is named). The triggers' PL/pgSQL copies
// of the payout rule (tierline_reading_figures, tierline_payout_settings and their defaults in
// tierline_default_payout_settings) are listed in the README's "Derived data".
//
// Fragments for Prisma queries are Prisma.Sql; the COPY exports take no bind parameters, so
// their fragments are plain strings of SQL built from column names the caller passes.

/**
 * Twin of `interactions` (lib/domain/engagement.ts): likes + comments + shares, plus saves when
 * the creator counts them (unknown saves add nothing), in numeric (exact at any size) when
 * `numeric` is set, else in the columns' own type. `row` is the alias whose columns are read.
 */
export function interactionsSql(row: string, opts: { includeSaves?: boolean; numeric?: boolean } = {}): string {
  const saves = opts.includeSaves ? ` + COALESCE(${row}.saves, 0)` : "";
  return `${row}.likes${opts.numeric ? "::numeric" : ""} + ${row}.comments + ${row}.shares${saves}`;
}

/**
 * A video's ER in percent at its kept latest reading, in float8 (for views > 0): the expression
 * of the index videos_user_id_latest_rate_idx (migration 20261126180000), used to order and to
 * take medians; exact comparisons are made in integers. Twin of `engagementRate`
 * (lib/domain/engagement.ts) before its rounding to 6 decimals.
 */
export const LATEST_RATE = Prisma.sql`((v.latest_likes::float8 + v.latest_comments + v.latest_shares) * 100 / v.latest_views)`;

/** LATEST_RATE for the reading columns of the alias `row` (views, likes, comments, shares). */
export function readingRateSql(row: string): Prisma.Sql {
  return Prisma.raw(`((${row}.likes::float8 + ${row}.comments + ${row}.shares) * 100 / ${row}.views)`);
}

/**
 * Twin of isRankableReading (lib/domain/engagement.ts) on the kept latest reading: views > 0
 * and no more interactions than views. The bound on LATEST_RATE lets a scan of the rate index
 * start just above 100 % (float8 is off by far less than 10^-6 there); the integer comparison
 * then decides exactly, from the index's included columns.
 */
export const LATEST_RANKABLE = Prisma.sql`(v.latest_views > 0 AND ${LATEST_RATE} <= 100.000001
  AND v.latest_likes::numeric + v.latest_comments + v.latest_shares <= v.latest_views)`;

/**
 * Twin of `rateFromSums` / `percentOf` (lib/domain/engagement.ts, rounding.ts): interactions /
 * views × 100 rounded half up at 6 decimals, on integers (numerator × 10^8 ÷ views, half up,
 * ÷ 10^6), trailing zeros dropped: 15, 33.333333; NULL for views ≤ 0. Counts are never
 * negative. While interactions < 4·10^10 and views < 10^15 the integer step fits in bigint
 * (faster); beyond, numeric. Used by the Readings COPY.
 */
export function engagementRateSql(interactions: string, views: string): string {
  const i = `(${interactions})`;
  return `(CASE WHEN ${views} <= 0 THEN NULL
    WHEN ${i} < 40000000000 AND ${views} < 1000000000000000 THEN trim_scale(((${i} * 200000000 + ${views}) / (2 * ${views}))::numeric / 1000000)
    ELSE trim_scale(div(${i}::numeric * 200000000 + ${views}, 2 * ${views}::numeric) / 1000000) END)`;
}

/**
 * Twin of `tierForSums` (lib/domain/tier.ts) with the bands passed in (TIER_THRESHOLDS):
 * compared exactly in numeric, a rate exactly on a bound in the higher tier; NULL for views ≤ 0
 * or no reading (NULL views). Used by the videos list (lib/data/videos.ts).
 */
export function tierSql(interactions: string, views: string, bands: { excellent: number; good: number; average: number }): string {
  const scaled = `(${interactions})::numeric * 100`;
  const v = `(${views})::numeric`;
  return `(CASE WHEN ${views} IS NULL OR ${views} <= 0 THEN NULL
    WHEN ${scaled} >= ${v} * ${bands.excellent} THEN 'excellent'
    WHEN ${scaled} >= ${v} * ${bands.good} THEN 'good'
    WHEN ${scaled} >= ${v} * ${bands.average} THEN 'average'
    ELSE 'below' END)`;
}

/** Payout settings as the integers SQL is given, refused when negative (as `viewsPayout` does). */
export function payoutSettingsSql(s: EarningsSettings) {
  const int = (name: string, v: number) => {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`Earnings setting ${name} must be a non-negative number, got ${v}`);
    return Math.round(v);
  };
  return {
    fund: int("fundRateMillicentsPer1000", s.fundRateMillicentsPer1000),
    rewards: int("rewardsRateMillicentsPer1000", s.rewardsRateMillicentsPer1000),
    minDuration: s.rewardsMinDurationSeconds,
    minViews: int("rewardsMinViews", s.rewardsMinViews),
  };
}

/**
 * Twin of `viewsPayout` (lib/domain/earnings.ts) for one video, and of the triggers'
 * tierline_reading_figures: the columns fund_cents, rewards_cents (the payout rounded half up
 * once per video), fund_views, rewards_views (the views paid at each rate, for exact sums
 * rounded once in lib/domain/money.ts) and below_rewards_minimum. `views` is the reading's
 * views (NULL without a reading), `duration` the video's length in seconds (NULL: unknown).
 */
export function viewsPayoutColumnsSql(settings: EarningsSettings, views: string, duration: string): Prisma.Sql {
  const s = payoutSettingsSql(settings);
  const long = Prisma.sql`${Prisma.raw(duration)} IS NOT NULL AND ${Prisma.raw(duration)} >= ${s.minDuration}::int`;
  const seen = Prisma.raw(`GREATEST(COALESCE(${views}, 0), 0)`);
  const exact = Prisma.raw(`${views}::numeric`);
  return Prisma.sql`CASE WHEN ${long} THEN 0
           ELSE div(${seen}::numeric * ${s.fund}::bigint + 500000, 1000000)
      END AS fund_cents,
      CASE WHEN ${long}
                AND ${seen} >= ${s.minViews}::bigint
           THEN div(${exact} * ${s.rewards}::bigint + 500000, 1000000)
           ELSE 0
      END AS rewards_cents,
      CASE WHEN ${long} THEN 0
           ELSE ${seen}::numeric
      END AS fund_views,
      CASE WHEN ${long}
                AND ${seen} >= ${s.minViews}::bigint
           THEN ${exact} ELSE 0
      END AS rewards_views,
      (${long}
        AND ${seen} < ${s.minViews}::bigint) AS below_rewards_minimum`;
}

/**
 * Twin of `followerCountInForce` (lib/domain/engagement-variants.ts): the follower count in
 * force at the instant `capturedAt` (an SQL expression) for the creator `userId` (an SQL
 * expression, e.g. a column), the instant read as a calendar day in the session's TimeZone (the
 * reports' sessions run in the creator's zone). NULL when none was recorded by then. One probe
 * of the (user_id, date) unique index.
 */
export function followerCountInForceSql(userId: string, capturedAt: string): string {
  return `(SELECT f.followers FROM follower_snapshots f
     WHERE f.user_id = ${userId} AND f.date <= (${capturedAt})::date
     ORDER BY f.date DESC LIMIT 1)`;
}

/**
 * ISO 8601 with the offset, in the session's TimeZone: 2026-03-31T23:30:00-07:00. Twin of
 * `toIsoWithOffset` (lib/domain/time.ts); the Readings report writes it with isoWithOffsetSql,
 * which tests/integration/reports.test.ts checks against this in many zones and eras.
 */
export const ISO_WITH_OFFSET_SQL = `'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'`;

/**
 * `to_char(ts, ISO_WITH_OFFSET_SQL)` for the instants a creator can record, at about half its
 * cost (to_char was ≈ a fifth of the Readings COPY's CPU): PostgreSQL's JSON encoding of a
 * timestamptz is ISO 8601 in the session's TimeZone with the offset always as ±HH:MM
 * ("2026-03-31T23:30:00-07:00", in double quotes), and with the fraction truncated away first
 * it is the same text. Its 25 characters after the opening quote are to_char's: an offset with
 * seconds (local mean time before 1883) is cut to ±HH:MM as TZH:TZM writes it, as is the " BC"
 * the encoding appends to years before 1. Years are 4 digits (the forms and the import take
 * dates as YYYY-MM-DD and never in the future).
 */
export function isoWithOffsetSql(ts: string): string {
  return `substr(to_json(date_trunc('second', ${ts}))::text, 2, 25)`;
}
