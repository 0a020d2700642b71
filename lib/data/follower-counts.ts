import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDashboardPeriod } from "@/lib/domain/dashboard-range";
import { accountPerFollowerRate, type FollowerCount } from "@/lib/domain/engagement-variants";
import { sumTrend } from "@/lib/domain/trend-shaping";
import { getEarningsSettingsRecord } from "./earnings-settings";
import { getEngagementTrend, getFollowerTrend } from "./trends";

// The follower counts a per-follower ER needs. Follower counts are calendar days in the
// creator's zone; the count in force at a reading is the latest one recorded on the reading's
// day or before it (lib/domain/engagement-variants.ts `followerCountInForce`, whose SQL twin is
// followerCountInForceSql in lib/data/sql-rules.ts).

/**
 * The counts that can be in force on the days [firstDay, lastDay]: the one in force on
 * firstDay and every later one up to lastDay, oldest first. One index range on
 * (user_id, date), scoped by the creator.
 */
export async function listFollowerCountsInForce(userId: string, firstDay: string, lastDay: string): Promise<FollowerCount[]> {
  const rows = await readRows<{ date: string; followers: string }[]>(Prisma.sql`
    SELECT to_char(f.date, 'YYYY-MM-DD') AS date, f.followers::text AS followers
    FROM follower_snapshots f
    WHERE f.user_id = ${userId}::uuid
      AND f.date <= ${lastDay}::date
      AND f.date >= COALESCE((SELECT max(g.date) FROM follower_snapshots g WHERE g.user_id = ${userId}::uuid AND g.date <= ${firstDay}::date), ${firstDay}::date)
    ORDER BY f.date`);
  return rows.map((r) => ({ date: r.date, followers: BigInt(r.followers) }));
}

export type PerFollowerSummary = {
  /** The range, as the dashboard's "Last 28 days" shows it. */
  firstDate: string;
  lastDate: string;
  interactions: bigint;
  videos: number;
  /** The follower count in force at the end of the range; null when none was recorded by then. */
  followersAtEnd: { date: string; followers: bigint } | null;
  /** accountPerFollowerRate; null without a (non-zero) follower count. */
  rate: number | null;
  includeSaves: boolean;
};

/**
 * The account's ER per follower over the last 28 days, exactly as the dashboard's "ER per
 * follower" card computes it for that range (lib/domain/engagement-variants.ts
 * `accountPerFollowerRate`): the dashboard's interactions for the range ÷ the follower count in
 * force at its end. Three statements: the settings, the trend buckets and the followers.
 */
export async function getPerFollowerSummary(user: { id: string; timeZone: string; locale: string }, now: Date = new Date()): Promise<PerFollowerSummary> {
  const { timeZone } = user;
  const period = resolveDashboardPeriod({ range: { kind: "preset", preset: "28d" }, bucket: "month" }, now, timeZone, user.locale, null);
  const q = { from: period.from, to: period.to, bucket: period.bucket, timeZone };
  const { settings, includeSaves } = await getEarningsSettingsRecord(user.id);
  const [trend, followers] = await Promise.all([
    getEngagementTrend(user.id, q, settings, { includeSaves }),
    getFollowerTrend(user.id, q),
  ]);
  const sums = sumTrend(trend);
  return {
    firstDate: period.firstDate,
    lastDate: period.lastDate,
    interactions: sums.interactions,
    videos: sums.videos,
    followersAtEnd: followers.atEnd,
    rate: accountPerFollowerRate(sums.interactions, followers.atEnd?.followers ?? null),
    includeSaves,
  };
}
