import { describe, expect, test } from "vitest";
import { DEMO_EMAIL, seedDemo, seedDemoIfEmpty } from "@/prisma/seed-demo";
import { verifyPassword } from "@/lib/auth/password-hash";
import { DEMO_PASSWORD } from "@/prisma/seed-demo";
import { testDb } from "./helpers/db";

describe("demo seed", () => {
  test("creates six months of varied data once, and running it again changes nothing", async () => {
    const db = testDb();
    const now = new Date("2026-11-26T12:00:00Z");
    const first = await seedDemo(db, now);
    expect(first.seeded).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);

    const counts = async () => ({
      users: await db.user.count({ where: { email: DEMO_EMAIL } }),
      videos: await db.video.count({ where: { userId: user.id } }),
      readings: await db.statSnapshot.count({ where: { userId: user.id } }),
      followers: await db.followerSnapshot.count({ where: { userId: user.id } }),
    });
    const before = await counts();
    expect(before.videos).toBeGreaterThan(40);
    expect(before.readings).toBeGreaterThan(before.videos * 3);
    expect(before.followers).toBeGreaterThanOrEqual(26);

    // About six months, with at least one week without posts.
    const posted = (await db.video.findMany({ where: { userId: user.id }, select: { postedAt: true }, orderBy: { postedAt: "asc" } })).map((v) => v.postedAt.getTime());
    const spanDays = (posted.at(-1)! - posted[0]!) / 86_400_000;
    expect(spanDays).toBeGreaterThan(150);
    const longestGap = Math.max(...posted.slice(1).map((t, i) => t - posted[i]!)) / 86_400_000;
    expect(longestGap).toBeGreaterThanOrEqual(7);

    // A spread of tiers (view-weighted ER of each video's latest reading) and a few viral videos.
    const tiers = await db.$queryRaw<{ tier: string; n: bigint }[]>`
      WITH latest AS (
        SELECT DISTINCT ON (video_id) * FROM stat_snapshots WHERE user_id = ${user.id}::uuid ORDER BY video_id, captured_at DESC)
      SELECT CASE WHEN (likes + comments + shares) * 100 >= views * 10 THEN 'excellent'
                  WHEN (likes + comments + shares) * 100 >= views * 5 THEN 'good'
                  WHEN (likes + comments + shares) * 100 >= views * 3 THEN 'average' ELSE 'below' END AS tier,
             count(*) AS n
      FROM latest GROUP BY 1`;
    expect(new Set(tiers.map((t) => t.tier))).toEqual(new Set(["excellent", "good", "average", "below"]));
    const viral = await db.statSnapshot.findMany({ where: { userId: user.id, views: { gte: 1_000_000n } }, distinct: ["videoId"] });
    expect(viral.length).toBeGreaterThanOrEqual(2);

    expect((await seedDemo(db, now)).seeded).toBe(false);
    expect((await seedDemoIfEmpty(db, now)).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  }, 60_000);
});
