import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { FollowerInput } from "@/lib/validation/follower";
import { parseBigIntId } from "./ids";

// The account's follower counts, one per calendar day (in the creator's zone). Recording a
// count for a day that already has one replaces it: creators re-enter the day's figure when
// TikTok Studio updates it, and a "duplicate" error would only make them delete first.

export type FollowerCountRow = {
  id: string;
  /** "2026-03-31". */
  date: string;
  followers: bigint;
  /** Change since the previous recorded day; null for the first one. */
  change: bigint | null;
  /** The previous recorded day, to say "since 28 Mar" when days were skipped. */
  previousDate: string | null;
};

/** Records the count for a day, replacing that day's earlier count. */
export async function recordFollowers(userId: string, input: FollowerInput): Promise<{ id: string; created: boolean }> {
  const rows = await db.$queryRaw<{ id: bigint; created: boolean }[]>`
    INSERT INTO follower_snapshots (user_id, date, followers)
    VALUES (${userId}::uuid, ${input.date}::date, ${input.followers})
    ON CONFLICT (user_id, date) DO UPDATE SET followers = EXCLUDED.followers
    RETURNING id, (xmax = 0) AS created`;
  const row = rows[0];
  if (!row) throw new Error("Recording followers returned no row");
  return { id: row.id.toString(), created: row.created };
}

/** The creator's follower counts, newest first, each with the change since the day before it. */
export async function listFollowerCounts(userId: string, opts: { limit?: number } = {}): Promise<FollowerCountRow[]> {
  const limit = Math.min(Math.max(1, opts.limit ?? 366), 5000);
  const rows = await db.$queryRaw<
    { id: bigint; date: string; followers: bigint; change: bigint | null; previous_date: string | null }[]
  >`
    SELECT id, to_char(date, 'YYYY-MM-DD') AS date, followers,
           followers - LAG(followers) OVER w AS change,
           to_char(LAG(date) OVER w, 'YYYY-MM-DD') AS previous_date
    FROM follower_snapshots
    WHERE user_id = ${userId}::uuid
    WINDOW w AS (ORDER BY date)
    ORDER BY date DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id.toString(),
    date: r.date,
    followers: r.followers,
    change: r.change,
    previousDate: r.previous_date,
  }));
}

export async function deleteFollowerCount(userId: string, id: string): Promise<void> {
  const readingId = parseBigIntId(id);
  if (readingId === null) throw new NotFoundError("follower count");
  const { count } = await db.followerCount.deleteMany({ where: { id: readingId, userId } });
  if (count === 0) throw new NotFoundError("follower count");
}
