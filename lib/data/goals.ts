import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GoalKind, PacePoint } from "@/lib/domain/pacing";
import { addDaysToDateString, addMonthsToDateString, localDateString } from "@/lib/domain/time";
import { NotFoundError } from "@/lib/errors";
import type { GoalInput } from "@/lib/validation/goal";
import { isUuid } from "./ids";
import { interactionsSql } from "./sql-rules";

// The creator's goals (one per kind) and the recent points their pace is fitted on. Every
// function takes the creator's id first and is scoped by it.

export type GoalRow = { id: string; kind: GoalKind; target: string; targetDate: string | null };

export async function listGoals(userId: string): Promise<GoalRow[]> {
  const rows = await db.goal.findMany({ where: { userId }, orderBy: { kind: "asc" } });
  return rows.map((g) => ({
    id: g.id,
    kind: g.kind,
    target: g.target.toString(),
    targetDate: g.targetDate ? g.targetDate.toISOString().slice(0, 10) : null,
  }));
}

/** Sets the goal of a kind (a second goal of the same kind replaces the first). */
export async function setGoal(userId: string, input: GoalInput): Promise<{ id: string; created: boolean }> {
  const data = { target: input.target, targetDate: input.targetDate ? new Date(`${input.targetDate}T00:00:00Z`) : null };
  const existing = await db.goal.findUnique({ where: { userId_kind: { userId, kind: input.kind } }, select: { id: true } });
  const row = await db.goal.upsert({
    where: { userId_kind: { userId, kind: input.kind } },
    create: { userId, kind: input.kind, ...data },
    update: data,
    select: { id: true },
  });
  return { id: row.id, created: existing === null };
}

export async function deleteGoal(userId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError("goal");
  const { count } = await db.goal.deleteMany({ where: { id, userId } });
  if (count === 0) throw new NotFoundError("goal");
}

/** Days of follower counts, months of views and weeks of ER the pace is fitted on. */
export const PACE_WINDOWS = { followerDays: 90, viewMonths: 6, erWeeks: 12 } as const;

export type GoalPoints = Record<GoalKind, PacePoint[]>;

/**
 * The recent points of every goal kind, in one statement: follower counts of the last 90 days;
 * views gained in each of the last 6 complete months (months with readings only: a month
 * without any reading is unknown, not zero); view-weighted ER per week of posting over the
 * last 12 weeks (weeks with views only), each video at its latest reading.
 */
export async function getGoalPoints(userId: string, timeZone: string, now: Date = new Date()): Promise<GoalPoints> {
  const today = localDateString(now, timeZone);
  const followersFrom = addDaysToDateString(today, -PACE_WINDOWS.followerDays);
  const thisMonth = addMonthsToDateString(today, 0);
  const monthsFrom = addMonthsToDateString(today, -PACE_WINDOWS.viewMonths);
  const weeksFrom = addDaysToDateString(today, -7 * PACE_WINDOWS.erWeeks);
  const rows = await db.$queryRaw<{ kind: GoalKind; date: string; value: string }[]>`
    (SELECT 'followers' AS kind, to_char(f.date, 'YYYY-MM-DD') AS date, f.followers::text AS value
     FROM follower_snapshots f
     WHERE f.user_id = ${userId}::uuid AND f.date >= ${followersFrom}::date AND f.date <= ${today}::date)
    UNION ALL
    (SELECT 'monthly_views', to_char(r.month, 'YYYY-MM-DD'), sum(r.gained)::text
     FROM (
       SELECT date_trunc('month', ss.captured_at AT TIME ZONE ${timeZone}::text) AS month,
              ss.views - COALESCE(lag(ss.views) OVER (PARTITION BY ss.video_id ORDER BY ss.captured_at), 0) AS gained
       FROM stat_snapshots ss
       WHERE ss.user_id = ${userId}::uuid AND (ss.captured_at AT TIME ZONE ${timeZone}::text) < ${thisMonth}::timestamp
     ) r
     WHERE r.month >= ${monthsFrom}::timestamp
     GROUP BY r.month)
    UNION ALL
    (SELECT 'engagement_rate', to_char(w.week, 'YYYY-MM-DD'), (sum(w.interactions) * 100 / sum(w.views))::text
     FROM (
       SELECT date_trunc('week', v.posted_at AT TIME ZONE ${timeZone}::text) AS week, r.views::numeric AS views,
              (${Prisma.raw(interactionsSql("r", { numeric: true }))}) AS interactions
       FROM videos v
       JOIN LATERAL (
         SELECT ss.views, ss.likes, ss.comments, ss.shares FROM stat_snapshots ss
         WHERE ss.video_id = v.id AND ss.user_id = v.user_id ORDER BY ss.captured_at DESC LIMIT 1
       ) r ON true
       WHERE v.user_id = ${userId}::uuid AND (v.posted_at AT TIME ZONE ${timeZone}::text) >= ${weeksFrom}::timestamp
     ) w
     GROUP BY w.week
     HAVING sum(w.views) > 0)`;
  const out: GoalPoints = { followers: [], monthly_views: [], engagement_rate: [] };
  for (const r of rows) out[r.kind].push({ date: r.date, value: Number(r.value) });
  for (const k of Object.keys(out) as GoalKind[]) out[k].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}
