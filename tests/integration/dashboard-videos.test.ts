// The dashboard's video list has two paths: the fast one reads each video's kept latest reading
// off indexes in views order and rate order (migration 20261126180000), the reference one ranks
// every video of the range with its latest reading before the range's end. They must agree on
// the cases where index order and the list's order could part: videos with 0 views beside videos
// without a reading, many videos at exactly the same rate, payout lists that the points do not
// cover, and a reading after the range's end (which the fast path must refuse).
import { beforeAll, describe, expect, test } from "vitest";
import { listDashboardVideos, type DashboardVideos } from "@/lib/data/dashboard";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const S = DEFAULT_EARNINGS_SETTINGS;
const DAY = 86_400_000;
const BASE = new Date("2026-03-01T12:00:00Z");
const RANGE = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };

type Spec = { title: string; day: number; duration: number | null; reading?: { views: bigint; likes: bigint } };

async function seed(specs: Spec[]) {
  const creator = await createCreator();
  const db = testDb();
  for (const s of specs) {
    const postedAt = new Date(BASE.getTime() + s.day * DAY);
    const v = await db.video.create({ data: { userId: creator.id, title: s.title, postedAt, durationSeconds: s.duration } });
    if (s.reading) {
      await db.reading.create({
        data: { videoId: v.id, userId: creator.id, capturedAt: new Date(postedAt.getTime() + DAY), views: s.reading.views, likes: s.reading.likes, comments: 0n, shares: 0n },
      });
    }
  }
  return creator.id;
}

const withoutMedian = (v: DashboardVideos) => ({ ...v, medianRate: undefined });

async function expectPathsAgree(userId: string, limits: { points: number; top: number }) {
  const fast = await listDashboardVideos(userId, RANGE, S, limits);
  const reference = await listDashboardVideos(userId, RANGE, S, limits, { rollup: false });
  expect(withoutMedian(fast)).toEqual(withoutMedian(reference));
  if (reference.medianRate === null) expect(fast.medianRate).toBeNull();
  else expect(fast.medianRate).toBeCloseTo(reference.medianRate, 9);
  return fast;
}

describe("the dashboard's video list: index order equals the list's order", () => {
  let zeros: string;
  let ties: string;
  let programs: string;

  beforeAll(async () => {
    zeros = await seed([
      { title: "Viewed A", day: 1, duration: 30, reading: { views: 5_000n, likes: 500n } },
      { title: "Viewed B", day: 2, duration: 90, reading: { views: 3_000n, likes: 30n } },
      { title: "Zero views, old", day: 3, duration: 30, reading: { views: 0n, likes: 0n } },
      { title: "Zero views, new", day: 9, duration: 30, reading: { views: 0n, likes: 0n } },
      { title: "No reading, newest", day: 10, duration: null },
      { title: "No reading, old", day: 4, duration: 30 },
    ]);
    // Twelve videos at exactly 10 % and one at 20 %, all less viewed than ten big videos at 1 %
    // (five per program, so neither the points nor the payout candidates reach the 10 % ones):
    // the top five by rate are the 20 % one, then the most viewed of the 10 % ones.
    ties = await seed([
      { title: "Twenty percent", day: 0, duration: 30, reading: { views: 100n, likes: 20n } },
      ...Array.from({ length: 12 }, (_, i) => ({ title: `Ten percent ${i}`, day: i + 1, duration: 30, reading: { views: BigInt(100 * (i + 1)), likes: BigInt(10 * (i + 1)) } })),
      ...Array.from({ length: 10 }, (_, i) => ({ title: `Big ${i}`, day: i + 14, duration: i % 2 ? 90 : 30, reading: { views: BigInt(100_000 + i), likes: 1_000n } })),
    ]);
    // Two programs: 90 s videos earn Rewards, 30 s ones Fund.
    programs = await seed(
      Array.from({ length: 12 }, (_, i) => ({
        title: `Video ${i}`,
        day: i + 1,
        duration: i % 2 ? 90 : 30,
        reading: { views: BigInt(1_000 * (i + 1)), likes: BigInt(100 * (i + 1)) },
      })),
    );
  });

  test("at equal views a video with a reading comes before one without, then the newest", async () => {
    const all = await expectPathsAgree(zeros, { points: 10, top: 5 });
    expect(all.points.map((p) => p.title)).toEqual([
      "Viewed A",
      "Viewed B",
      "Zero views, new",
      "Zero views, old",
      "No reading, newest",
      "No reading, old",
    ]);
    expect(all.total).toBe(6);
    // Cut inside the zero-view videos, and inside the ones without a reading.
    expect((await expectPathsAgree(zeros, { points: 3, top: 2 })).points.map((p) => p.title)).toEqual(["Viewed A", "Viewed B", "Zero views, new"]);
    expect((await expectPathsAgree(zeros, { points: 5, top: 2 })).points.at(-1)?.title).toBe("No reading, newest");
  });

  test("many videos at exactly the same rate: the most viewed of them make the top list", async () => {
    // One point only, so the list cannot borrow from the points: the tied rates must all be candidates.
    const list = await expectPathsAgree(ties, { points: 1, top: 5 });
    expect(list.topByEngagement.map((p) => p.title)).toEqual(["Twenty percent", "Ten percent 11", "Ten percent 10", "Ten percent 9", "Ten percent 8"]);
    // 23 rates: ten at about 1 %, twelve at 10 %, one at 20 %: the twelfth is a 10 % one.
    expect(list.medianRate).toBeCloseTo(10, 9);
  });

  test("payout lists the points do not cover come from each program's most viewed videos", async () => {
    // Two points (the two most viewed, one per program): neither program's top three is inside.
    const list = await expectPathsAgree(programs, { points: 2, top: 3 });
    expect(list.points.map((p) => p.title)).toEqual(["Video 11", "Video 10"]);
    // 12,000 views of a 90 s video earn Rewards ($8.40); the 30 s videos earn Fund cents.
    expect(list.topByEarnings.map((p) => [p.title, p.payoutCents])).toEqual([
      ["Video 11", 840n],
      ["Video 9", 700n],
      ["Video 7", 560n],
    ]);
  });

  test("a reading after the range's end: the kept latest reading is not the one that counts, and the list says so", async () => {
    const db = testDb();
    const video = await db.video.findFirstOrThrow({ where: { userId: programs, title: "Video 0" } });
    // Read again after the range with a billion views: in the range it still has 1,000.
    await db.reading.create({
      data: { videoId: video.id, userId: programs, capturedAt: new Date(RANGE.to.getTime() + DAY), views: 1_000_000_000n, likes: 0n, comments: 0n, shares: 0n },
    });
    const all = await expectPathsAgree(programs, { points: 20, top: 5 });
    expect(all.points.find((p) => p.id === video.id)?.views).toBe(1_000n);
    // Read as of the range, the billion views must not pull the video into the two most viewed.
    expect((await expectPathsAgree(programs, { points: 2, top: 5 })).points.map((p) => p.title)).toEqual(["Video 11", "Video 10"]);
  });
});
