// The dashboard's account days: Overview.csv figures beside follower counts, one row per day that
// has either, the creator's own only, counts exact as BigInt (read on the pg pool, where int8
// arrives as text).
import { describe, expect, test } from "vitest";
import { listDailyAccountStats } from "@/lib/data/daily-account-stats";
import { recordFollowers } from "@/lib/data/followers";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

async function addDay(userId: string, date: string, figures: { videoViews?: bigint | null; profileViews?: bigint | null; likes?: bigint | null; comments?: bigint | null; shares?: bigint | null }) {
  await testDb().dailyAccountStat.create({ data: { userId, date: new Date(`${date}T00:00:00Z`), ...figures } });
}

describe("listDailyAccountStats", () => {
  test("days with figures, followers or both, oldest first; exact counts; nulls kept; the creator's own only", async () => {
    const u = await createCreator();
    const other = await createCreator();
    const huge = 9_007_199_254_740_993n; // 2^53 + 1: not a float64
    await addDay(u.id, "2026-08-01", { videoViews: 120n, profileViews: 7n, likes: 30n, comments: 4n, shares: 2n });
    await addDay(u.id, "2026-08-03", { videoViews: huge, profileViews: null, likes: 0n, comments: null, shares: null });
    await recordFollowers(u.id, { date: "2026-08-03", followers: 5_000_000_000n });
    await recordFollowers(u.id, { date: "2026-08-02", followers: 1_000n });
    await addDay(u.id, "2026-07-31", { videoViews: 1n }); // before the range
    await addDay(other.id, "2026-08-02", { videoViews: 999n });
    await recordFollowers(other.id, { date: "2026-08-01", followers: 42n });

    expect(await listDailyAccountStats(u.id, "2026-08-01", "2026-08-05")).toEqual([
      { date: "2026-08-01", videoViews: 120n, profileViews: 7n, likes: 30n, comments: 4n, shares: 2n, followers: null },
      { date: "2026-08-02", videoViews: null, profileViews: null, likes: null, comments: null, shares: null, followers: 1_000n },
      { date: "2026-08-03", videoViews: huge, profileViews: null, likes: 0n, comments: null, shares: null, followers: 5_000_000_000n },
    ]);
  });

  test("a range the wrong way round, or not dates, lists nothing", async () => {
    const u = await createCreator();
    await addDay(u.id, "2026-08-01", { videoViews: 1n });
    expect(await listDailyAccountStats(u.id, "2026-08-05", "2026-08-01")).toEqual([]);
    expect(await listDailyAccountStats(u.id, "2026-08-01'; --", "2026-08-05")).toEqual([]);
  });
});
