import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountDay } from "@/lib/domain/dashboard-view/account-daily";
import { addDaysToDateString, daysBetweenDateStrings } from "@/lib/domain/time";

// The account's daily figures from TikTok Studio's Overview.csv (daily_account_stats) beside its
// follower counts (follower_snapshots), one row per calendar day that has either. Dates are the
// creator's calendar days, as the files give them; every query is scoped by the creator's id.

/** Longest range one call returns: about three years of days. */
export const MAX_DAILY_RANGE_DAYS = 1_100;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Days from `from` to `to` (both inclusive, "YYYY-MM-DD") with daily figures or a follower
 * count, oldest first. A range longer than MAX_DAILY_RANGE_DAYS keeps its most recent days.
 */
export async function listDailyAccountStats(userId: string, from: string, to: string): Promise<AccountDay[]> {
  if (!DATE.test(from) || !DATE.test(to) || from > to) return [];
  const start = daysBetweenDateStrings(from, to) >= MAX_DAILY_RANGE_DAYS ? addDaysToDateString(to, -(MAX_DAILY_RANGE_DAYS - 1)) : from;
  // On every dashboard view, so straight on the pool (readRows); int8 arrives as text.
  const rows = await readRows<
    {
      date: string;
      video_views: string | null;
      profile_views: string | null;
      likes: string | null;
      comments: string | null;
      shares: string | null;
      followers: string | null;
    }[]
  >(Prisma.sql`
    SELECT to_char(coalesce(d.date, f.date), 'YYYY-MM-DD') AS date,
           d.video_views, d.profile_views, d.likes, d.comments, d.shares, f.followers
    FROM (SELECT * FROM daily_account_stats
          WHERE user_id = ${userId}::uuid AND date BETWEEN ${start}::date AND ${to}::date) d
    FULL JOIN (SELECT date, followers FROM follower_snapshots
               WHERE user_id = ${userId}::uuid AND date BETWEEN ${start}::date AND ${to}::date) f
      ON f.date = d.date
    ORDER BY coalesce(d.date, f.date)`);
  const big = (v: string | null) => (v === null ? null : BigInt(v));
  return rows.map((r) => ({
    date: r.date,
    videoViews: big(r.video_views),
    profileViews: big(r.profile_views),
    likes: big(r.likes),
    comments: big(r.comments),
    shares: big(r.shares),
    followers: big(r.followers),
  }));
}
