import { describe, expect, test } from "vitest";
import { DEMO_EMAIL, seedDemo, seedDemoIfEmpty } from "@/prisma/seed-demo";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { testDb } from "./helpers/db";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { keptDemoPassword, saveDemoPassword } from "../../scripts/lib/demo-login";

describe("demo seed", () => {
  test("creates six months of varied data once, and running it again changes nothing", async () => {
    const db = testDb();
    const now = new Date("2026-11-26T12:00:00Z");
    const first = await seedDemo(db, now);
    if (!first.seeded) throw new Error("the demo creator was not seeded");
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL } });
    expect(await verifyPassword(user.passwordHash, first.password)).toBe(true);
    // Generated, not the fixed password older versions seeded (anyone could sign in with it).
    expect(first.password).not.toBe("tierline-demo-2026");
    expect(first.password).toHaveLength(16);
    expect(await verifyPassword(user.passwordHash, "tierline-demo-2026")).toBe(false);

    const counts = async () => ({
      users: await db.user.count({ where: { email: DEMO_EMAIL } }),
      videos: await db.video.count({ where: { userId: user.id } }),
      readings: await db.reading.count({ where: { userId: user.id } }),
      followers: await db.followerCount.count({ where: { userId: user.id } }),
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
    const viral = await db.reading.findMany({ where: { userId: user.id, views: { gte: 1_000_000n } }, distinct: ["videoId"] });
    expect(viral.length).toBeGreaterThanOrEqual(2);

    expect((await seedDemo(db, now)).seeded).toBe(false);
    expect((await seedDemoIfEmpty(db, now)).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  }, 60_000);

  test("the embedded database's demo password is kept private for later starts, and only while it still works", async () => {
    const db = testDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL } });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tierline-demo-")), "demo-login.json");
    expect(await keptDemoPassword(db, file)).toBeNull();
    saveDemoPassword("not-the-password", file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A stale file (the creator changed the password) is not shown.
    expect(await keptDemoPassword(db, file)).toBeNull();
    const password = "fresh-demo-password";
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    saveDemoPassword(password, file);
    expect(await keptDemoPassword(db, file)).toBe(password);
  });
});
