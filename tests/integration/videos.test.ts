// Videos and their readings against a real PostgreSQL: transactions, version checks, cascades,
// unique constraints turned into field messages, and BigInt counts kept exact.
import { describe, expect, test } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { createVideoWithReading, deleteVideo, getVideo, updateVideo } from "@/lib/data/videos";
import { deleteReading, getReading, recordReading, updateReading } from "@/lib/data/readings";
import type { ReadingInput } from "@/lib/validation/reading";
import type { VideoInput } from "@/lib/validation/video";
import { testDb } from "./helpers/db";
import { createCreator } from "./helpers/creators";

const POSTED = new Date("2026-03-01T18:00:00Z");

function video(o: Partial<VideoInput> = {}): VideoInput {
  return {
    title: "Dance challenge",
    link: null,
    platformVideoId: null,
    postedAt: POSTED,
    durationSeconds: 30,
    hashtags: ["dance"],
    sound: null,
    notes: null,
    ...o,
  };
}

function reading(o: Partial<ReadingInput> = {}): ReadingInput {
  return {
    capturedAt: new Date("2026-03-02T18:00:00Z"),
    views: 5000n,
    likes: 600n,
    comments: 100n,
    shares: 50n,
    saves: null,
    avgWatchTimeSeconds: null,
    completionRate: null,
    ...o,
  };
}

async function countRows(userId: string) {
  const db = testDb();
  return {
    videos: await db.video.count({ where: { userId } }),
    readings: await db.reading.count({ where: { userId } }),
  };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}

describe("createVideoWithReading", () => {
  test("saves the video and its first reading, with derived ER and tier", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, {
      video: video({ title: "Пицца 🍕 日本語", hashtags: ["🍕", "food"], notes: "line 1\nline 2" }),
      reading: reading({ saves: 42n, avgWatchTimeSeconds: "12.5", completionRate: "87.25" }),
    });
    const v = await getVideo(u.id, id);
    expect(v).toMatchObject({ title: "Пицца 🍕 日本語", hashtags: ["🍕", "food"], notes: "line 1\nline 2", version: 1 });
    expect(v.readings).toHaveLength(1);
    expect(v.readings[0]).toMatchObject({
      views: 5000n,
      interactions: 750n,
      engagementRate: 15,
      tier: "excellent",
      saves: 42n,
      avgWatchTimeSeconds: "12.5",
      completionRate: "87.25",
      interactionsExceedViews: false,
    });
  });

  test("a first reading captured before posting leaves no video behind", async () => {
    const u = await createCreator();
    const e = await rejection(
      createVideoWithReading(u.id, { video: video(), reading: reading({ capturedAt: new Date(POSTED.getTime() - 60_000) }) }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors).toEqual({ capturedAt: ["Captured at can't be before the video was posted."] });
    expect(await countRows(u.id)).toEqual({ videos: 0, readings: 0 });
  });

  test("a first reading the database refuses leaves no video behind", async () => {
    const u = await createCreator();
    // Beyond BIGINT: the reading insert fails after the video insert succeeded.
    await expect(
      createVideoWithReading(u.id, { video: video(), reading: reading({ views: 2n ** 63n }) }),
    ).rejects.toThrow();
    expect(await countRows(u.id)).toEqual({ videos: 0, readings: 0 });
  });

  test("the same TikTok video twice: a message at the link, the first kept, nothing else saved", async () => {
    const u = await createCreator();
    const tiktok = { link: "https://www.tiktok.com/@me/video/7234567890123456789", platformVideoId: "7234567890123456789" };
    await createVideoWithReading(u.id, { video: video({ ...tiktok, title: "First upload" }), reading: reading() });
    const e = await rejection(createVideoWithReading(u.id, { video: video({ ...tiktok, title: "Again" }), reading: reading() }));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors.link?.[0]).toBe(
      "You already added this TikTok video: “First upload”. Record new stats on that video instead.",
    );
    expect(await countRows(u.id)).toEqual({ videos: 1, readings: 1 });
    // Another creator may add the same link.
    const other = await createCreator();
    await createVideoWithReading(other.id, { video: video(tiktok), reading: reading() });
  });

  test("counts beyond 2^31 and 2^53 round-trip exactly", async () => {
    const u = await createCreator();
    const huge = reading({
      views: 9_007_199_254_740_993n, // 2^53 + 1: a float would make it …992
      likes: 2_147_483_648n, // 2^31
      comments: 4_294_967_297n,
      shares: 1_000_000_000_000n,
      saves: 3_000_000_000n,
    });
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: huge });
    const r = (await getVideo(u.id, id)).readings[0]!;
    expect([r.views, r.likes, r.comments, r.shares, r.saves]).toEqual([
      9_007_199_254_740_993n,
      2_147_483_648n,
      4_294_967_297n,
      1_000_000_000_000n,
      3_000_000_000n,
    ]);
    expect(r.interactions).toBe(2_147_483_648n + 4_294_967_297n + 1_000_000_000_000n);
  });
});

describe("updateVideo", () => {
  test("saves from the current version and bumps it", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    expect(await updateVideo(u.id, id, 1, video({ title: "Renamed", hashtags: ["a", "b"] }))).toEqual({ version: 2 });
    expect(await getVideo(u.id, id)).toMatchObject({ title: "Renamed", hashtags: ["a", "b"], version: 2 });
  });

  test("two tabs: the second save, made from the old version, is refused and writes nothing", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    await updateVideo(u.id, id, 1, video({ title: "Tab one" }));
    const e = await rejection(updateVideo(u.id, id, 1, video({ title: "Tab two" })));
    expect(e).toBeInstanceOf(ConflictError);
    expect((e as Error).message).toContain("changed since you opened it");
    expect(await getVideo(u.id, id)).toMatchObject({ title: "Tab one", version: 2 });
    // Reloading gives the new version, and saving from it works.
    await updateVideo(u.id, id, 2, video({ title: "Tab two" }));
    expect(await getVideo(u.id, id)).toMatchObject({ title: "Tab two", version: 3 });
  });

  test("a missing or malformed id is not found, not a conflict", async () => {
    const u = await createCreator();
    await expect(updateVideo(u.id, "00000000-0000-4000-8000-000000000000", 1, video())).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateVideo(u.id, "not-a-uuid", 1, video())).rejects.toBeInstanceOf(NotFoundError);
  });

  test("moving the posting time after the first reading is refused at posted at", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const e = await rejection(updateVideo(u.id, id, 1, video({ postedAt: new Date("2026-03-03T00:00:00Z") })));
    expect((e as ValidationError).fieldErrors.postedAt?.[0]).toMatch(/can't be after this video's first reading/);
    expect((await getVideo(u.id, id)).version).toBe(1);
  });

  test("giving a video the link of another of the creator's videos is a message at the link", async () => {
    const u = await createCreator();
    const tiktok = { link: "https://www.tiktok.com/@me/video/111111111111", platformVideoId: "111111111111" };
    await createVideoWithReading(u.id, { video: video({ ...tiktok, title: "Original" }), reading: reading() });
    const { id } = await createVideoWithReading(u.id, { video: video({ title: "Other" }), reading: reading() });
    const e = await rejection(updateVideo(u.id, id, 1, video({ ...tiktok, title: "Other" })));
    expect((e as ValidationError).fieldErrors.link?.[0]).toContain("“Original”");
    expect((await getVideo(u.id, id)).version).toBe(1);
  });
});

describe("deleteVideo", () => {
  test("removes the video and all its readings", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    await recordReading(u.id, id, reading({ capturedAt: new Date("2026-03-05T00:00:00Z"), views: 9000n }));
    const keep = await createVideoWithReading(u.id, { video: video({ title: "Keep me" }), reading: reading() });
    expect(await countRows(u.id)).toEqual({ videos: 2, readings: 3 });
    await deleteVideo(u.id, id);
    expect(await countRows(u.id)).toEqual({ videos: 1, readings: 1 });
    await expect(getVideo(u.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteVideo(u.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getVideo(u.id, keep.id)).readings).toHaveLength(1);
  });
});

describe("readings", () => {
  test("recording, correcting and deleting readings; the page lists them oldest first", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const second = await recordReading(u.id, id, reading({ capturedAt: new Date("2026-03-09T12:00:00Z"), views: 0n, likes: 3n }));
    expect(second).toMatchObject({ engagementRate: null, tier: null, interactionsExceedViews: true });
    const early = await recordReading(u.id, id, reading({ capturedAt: new Date("2026-03-01T19:00:00Z"), views: 100n }));
    expect((await getVideo(u.id, id)).readings.map((r) => r.views)).toEqual([100n, 5000n, 0n]);

    const fixed = await updateReading(u.id, second.id, reading({ capturedAt: new Date("2026-03-09T12:00:00Z"), views: 20_000n, likes: 300n }));
    expect(fixed).toMatchObject({ id: second.id, views: 20_000n, interactions: 450n, engagementRate: 2.25, tier: "below" });
    expect((await getReading(u.id, second.id)).video.id).toBe(id);

    expect(await deleteReading(u.id, early.id)).toEqual({ videoId: id });
    expect((await getVideo(u.id, id)).readings.map((r) => r.views)).toEqual([5000n, 20_000n]);
  });

  test("a second reading with the same capture time gets a clear message and is not saved", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const e = await rejection(recordReading(u.id, id, reading({ views: 7000n })));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors.capturedAt?.[0]).toMatch(/already has a reading captured at exactly this time/);
    expect((await countRows(u.id)).readings).toBe(1);
  });

  test("moving a reading onto another reading's time is refused too", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const other = await recordReading(u.id, id, reading({ capturedAt: new Date("2026-03-04T00:00:00Z") }));
    const e = await rejection(updateReading(u.id, other.id, reading()));
    expect((e as ValidationError).fieldErrors.capturedAt?.[0]).toMatch(/already has a reading/);
  });

  test("a reading captured before the video was posted is refused", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const before = reading({ capturedAt: new Date("2026-02-28T00:00:00Z") });
    await expect(recordReading(u.id, id, before)).rejects.toBeInstanceOf(ValidationError);
    const [r] = (await getVideo(u.id, id)).readings;
    await expect(updateReading(u.id, r!.id, before)).rejects.toBeInstanceOf(ValidationError);
  });

  test.each([["abc"], ["-1"], ["0"], ["99999999999999999999"], ["1.5"]])("malformed reading id %j is not found", async (bad) => {
    const u = await createCreator();
    await expect(getReading(u.id, bad)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateReading(u.id, bad, reading())).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteReading(u.id, bad)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("deleting the only reading keeps the video, with no latest stats", async () => {
    const u = await createCreator();
    const { id } = await createVideoWithReading(u.id, { video: video(), reading: reading() });
    const [r] = (await getVideo(u.id, id)).readings;
    await deleteReading(u.id, r!.id);
    expect((await getVideo(u.id, id)).readings).toEqual([]);
  });
});
