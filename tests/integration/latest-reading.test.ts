// The latest reading kept on each video row (by triggers on stat_snapshots) must always equal
// the newest reading — after out-of-order inserts, bulk inserts, edits, deletes — since the
// dashboard's figures come from it.
import { describe, expect, test } from "vitest";
import { testDb } from "./helpers/db";
import { createCreator } from "./helpers/creators";

async function keptVsTruth(videoId: string) {
  const db = testDb();
  const kept = await db.video.findUniqueOrThrow({
    where: { id: videoId },
    select: { latestCapturedAt: true, latestViews: true, latestLikes: true, latestComments: true, latestShares: true, latestSaves: true },
  });
  const newest = await db.reading.findFirst({ where: { videoId }, orderBy: { capturedAt: "desc" } });
  return {
    kept,
    truth: {
      latestCapturedAt: newest?.capturedAt ?? null,
      latestViews: newest?.views ?? null,
      latestLikes: newest?.likes ?? null,
      latestComments: newest?.comments ?? null,
      latestShares: newest?.shares ?? null,
      latestSaves: newest?.saves ?? null,
    },
  };
}

describe("latest reading kept on the video", () => {
  test("follows inserts in any order, bulk inserts, edits and deletes", async () => {
    const db = testDb();
    const user = await createCreator();
    const video = await db.video.create({ data: { userId: user.id, title: "Kept", postedAt: new Date("2026-01-01T00:00:00Z") } });
    const at = (d: number) => new Date(Date.UTC(2026, 0, d));
    const reading = (d: number, views: bigint) => ({ videoId: video.id, userId: user.id, capturedAt: at(d), views, likes: views / 10n, comments: 1n, shares: 2n });

    let r = await keptVsTruth(video.id);
    expect(r.kept.latestViews).toBeNull();

    await db.reading.create({ data: reading(10, 1000n) });
    await db.reading.create({ data: reading(5, 500n) }); // older: must not replace
    r = await keptVsTruth(video.id);
    expect(r.kept).toEqual(r.truth);
    expect(r.kept.latestViews).toBe(1000n);

    await db.reading.createMany({ data: [reading(12, 3_000_000_000n), reading(11, 2000n), reading(3, 1n)] });
    r = await keptVsTruth(video.id);
    expect(r.kept).toEqual(r.truth);
    expect(r.kept.latestViews).toBe(3_000_000_000n);

    // Editing the newest reading back in time makes another one the latest.
    const newest = await db.reading.findFirstOrThrow({ where: { videoId: video.id, capturedAt: at(12) } });
    await db.reading.update({ where: { id: newest.id }, data: { capturedAt: at(4) } });
    r = await keptVsTruth(video.id);
    expect(r.kept).toEqual(r.truth);
    expect(r.kept.latestViews).toBe(2000n);

    await db.reading.deleteMany({ where: { videoId: video.id, capturedAt: { gte: at(10) } } });
    r = await keptVsTruth(video.id);
    expect(r.kept).toEqual(r.truth);
    expect(r.kept.latestViews).toBe(500n);

    await db.reading.deleteMany({ where: { videoId: video.id } });
    r = await keptVsTruth(video.id);
    expect(r.kept.latestCapturedAt).toBeNull();
    expect(r.kept.latestViews).toBeNull();
  });
});
