// Import against a real PostgreSQL: the same file twice changes nothing, overlapping exports make
// no duplicates, a failure mid-commit leaves nothing behind, another creator's ids find nothing,
// Tierline's own exports import back, and a 100,000-row Content.csv goes through in seconds.
import { afterAll, describe, expect, test } from "vitest";
import { commitImport, endImportPool, previewImport } from "@/lib/data/imports";
import { ImportAbortedError, NothingToImportError } from "@/lib/errors";
import { getDashboardData } from "@/lib/data/dashboard";
import { parseReportRequest, renderReport } from "@/lib/data/reports";
import { DEFAULT_RANGE, parseDashboardParams } from "@/lib/domain/dashboard-range";
import { createVideoWithReading, IMPORT_RUNNING_MESSAGE } from "@/lib/data/videos";
import { ValidationError } from "@/lib/errors";
import { parseImportFiles } from "@/lib/import/parse";
import type { ParsedImport } from "@/lib/import/types";
import * as F from "@/lib/import/testing/fixtures";
import { createCreator } from "./helpers/creators";
import { latestReadingMismatches, testDb } from "./helpers/db";

const NOW = new Date("2026-09-01T10:00:00Z");

afterAll(() => endImportPool());
const TZ = "Europe/Berlin";

async function parse(files: Record<string, Uint8Array | string>, now = NOW, tz = TZ): Promise<ParsedImport> {
  return parseImportFiles(
    Object.entries(files).map(([name, data]) => ({ name, bytes: typeof data === "string" ? F.encode(data) : data })),
    { timeZone: tz, now },
  );
}

const videosOf = (ids: string[], views = 1000) =>
  ids.map((id, i) => ({
    id,
    title: `Video ${id.slice(-4)}`,
    postTime: `2026-08-${String(10 + i).padStart(2, "0")} 1${i % 10}:05`,
    likes: 100 + i,
    comments: 10 + i,
    shares: 5 + i,
    views: views + i,
  }));

const IDS = ["7301000000000000001", "7301000000000000002", "7301000000000000003"];

function tiktokZip(opts: { lang?: F.Lang; time?: string; views?: number; overviewLast?: string; overviewDays?: number; seed?: number } = {}) {
  const lang = opts.lang ?? "en";
  const content = F.toCsv(F.contentRows(lang, opts.time ?? F.yearlessDate("2026-08-31", lang), videosOf(IDS, opts.views)));
  const overview = F.toCsv(F.overviewRows(lang, F.overviewDays(opts.overviewLast ?? "2026-08-31", opts.overviewDays ?? 20, opts.seed)));
  const followers = F.toCsv(F.followerRows(lang, F.followerDays(opts.overviewLast ?? "2026-08-31", opts.overviewDays ?? 20)));
  return F.zip({ "Content.csv": F.encode(content), "Overview.csv": F.encode(overview), "FollowerHistory.csv": F.encode(followers) });
}

/** Every row the creator owns in the import's tables, as text. */
async function readingOf(userId: string): Promise<string> {
  const db = testDb();
  const parts = await Promise.all([
    db.$queryRawUnsafe(`SELECT id, title, link, platform_video_id, posted_at, duration_seconds, hashtags, sound, notes, version, updated_at FROM videos WHERE user_id = $1::uuid ORDER BY id`, userId),
    db.$queryRawUnsafe(`SELECT id, video_id, captured_at, views, likes, comments, shares, saves FROM stat_snapshots WHERE user_id = $1::uuid ORDER BY id`, userId),
    db.$queryRawUnsafe(`SELECT id, date, video_views, profile_views, likes, comments, shares, updated_at FROM daily_account_stats WHERE user_id = $1::uuid ORDER BY id`, userId),
    db.$queryRawUnsafe(`SELECT id, date, followers FROM follower_snapshots WHERE user_id = $1::uuid ORDER BY id`, userId),
  ]);
  return JSON.stringify(parts, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}


async function counts(userId: string) {
  const rows = await testDb().$queryRawUnsafe<{ videos: bigint; readings: bigint; days: bigint; followers: bigint }[]>(
    `SELECT (SELECT count(*) FROM videos WHERE user_id = $1::uuid) AS videos,
            (SELECT count(*) FROM stat_snapshots WHERE user_id = $1::uuid) AS readings,
            (SELECT count(*) FROM daily_account_stats WHERE user_id = $1::uuid) AS days,
            (SELECT count(*) FROM follower_snapshots WHERE user_id = $1::uuid) AS followers`,
    userId,
  );
  const r = rows[0]!;
  return { videos: Number(r.videos), readings: Number(r.readings), days: Number(r.days), followers: Number(r.followers) };
}

describe("import: idempotency", () => {
  test("preview says all new; commit writes it; the same ZIP again previews unchanged and changes nothing", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await parse({ "export.zip": tiktokZip() });
    expect(parsed.files.map((f) => [f.kind, f.status])).toEqual([
      ["content", "ok"],
      ["overview", "ok"],
      ["followerHistory", "ok"],
    ]);

    const before = await previewImport(user.id, TZ, parsed);
    expect(before.files[0]!.counts.videos).toEqual({ new: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(before.files[0]!.counts.readings).toEqual({ new: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(before.files[1]!.counts.days).toEqual({ new: 20, updated: 0, unchanged: 0, skipped: 0 });
    expect(before.files[2]!.counts.followers).toEqual({ new: 20, updated: 0, unchanged: 0, skipped: 0 });
    expect(await counts(user.id)).toEqual({ videos: 0, readings: 0, days: 0, followers: 0 });

    const first = await commitImport(user.id, TZ, parsed);
    expect(first.videos).toMatchObject({ inserted: 3, updated: 0 });
    expect(first.readings).toMatchObject({ inserted: 3, updated: 0, skipped: 0 });
    expect(first.days).toMatchObject({ inserted: 20 });
    expect(first.followers).toMatchObject({ inserted: 20 });
    expect(await counts(user.id)).toEqual({ videos: 3, readings: 3, days: 20, followers: 20 });

    // The reading is dated the export's day (31 Aug, 00:00 in Berlin) and has the file's totals.
    const reading = await testDb().reading.findFirst({ where: { userId: user.id }, orderBy: { views: "asc" } });
    expect(reading?.capturedAt.toISOString()).toBe("2026-08-30T22:00:00.000Z");
    expect(reading?.views).toBe(1000n);
    const video = await testDb().video.findFirst({ where: { userId: user.id, platformVideoId: IDS[0] } });
    expect(video?.link).toBe(F.videoLink(IDS[0]!));
    expect(video?.postedAt.toISOString()).toBe("2026-08-10T08:05:00.000Z");

    const stored = await readingOf(user.id);
    const again = await parse({ "export.zip": tiktokZip() });
    const preview = await previewImport(user.id, TZ, again);
    expect(preview.files[0]!.counts.videos).toEqual({ new: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(preview.files[0]!.counts.readings).toEqual({ new: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(preview.files[1]!.counts.days).toEqual({ new: 0, updated: 0, unchanged: 20, skipped: 0 });
    expect(preview.files[2]!.counts.followers).toEqual({ new: 0, updated: 0, unchanged: 20, skipped: 0 });

    const second = await commitImport(user.id, TZ, again);
    for (const c of [second.videos, second.readings, second.days, second.followers]) {
      expect(c.inserted + c.updated).toBe(0);
    }
    expect(await readingOf(user.id)).toBe(stored);
  });

  test("the same export in another language is the same data: nothing changes", async () => {
    const user = await createCreator({ timeZone: TZ });
    await commitImport(user.id, TZ, await parse({ "en.zip": tiktokZip({ lang: "en" }) }));
    const stored = await readingOf(user.id);
    for (const lang of ["es", "pt", "fr", "de"] as const) {
      const summary = await commitImport(user.id, TZ, await parse({ [`${lang}.zip`]: tiktokZip({ lang }) }));
      expect(summary.videos.inserted + summary.videos.updated + summary.readings.inserted + summary.readings.updated).toBe(0);
      expect(summary.days.inserted + summary.days.updated + summary.followers.inserted + summary.followers.updated).toBe(0);
    }
    expect(await readingOf(user.id)).toBe(stored);
  });

  test("a date-only post time keeps the time of day of a video already stored that day", async () => {
    const user = await createCreator({ timeZone: TZ });
    const csv = (postTime: string) =>
      F.toCsv(F.contentRows("en", "2026-08-31", [{ id: IDS[0]!, title: "Exact", postTime, likes: 1, comments: 1, shares: 1, views: 10 }]));
    await commitImport(user.id, TZ, await parse({ "a.csv": csv("2026-08-10 18:45") }));
    const summary = await commitImport(user.id, TZ, await parse({ "b.csv": csv("August 10") }));
    expect(summary.videos).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    const v = await testDb().video.findFirst({ where: { userId: user.id } });
    expect(v?.postedAt.toISOString()).toBe("2026-08-10T16:45:00.000Z");
  });
});

describe("import: overlapping exports", () => {
  test("two overlapping exports, one after the other: no duplicates, the newer figures win", async () => {
    const user = await createCreator({ timeZone: TZ });
    await commitImport(user.id, TZ, await parse({ "old.zip": tiktokZip({ time: "2026-08-20", overviewLast: "2026-08-20", overviewDays: 20, views: 1000 }) }));
    const newer = await parse({ "new.zip": tiktokZip({ time: "2026-08-31", overviewLast: "2026-08-31", overviewDays: 20, views: 5000, seed: 2 }) });
    const preview = await previewImport(user.id, TZ, newer);
    expect(preview.files[0]!.counts.videos).toEqual({ new: 0, updated: 0, unchanged: 3, skipped: 0 });
    // A later export is a later reading of the same videos.
    expect(preview.files[0]!.counts.readings).toEqual({ new: 3, updated: 0, unchanged: 0, skipped: 0 });
    // 11–20 Aug overlap (figures differ: another seed), 21–31 Aug are new.
    expect(preview.files[1]!.counts.days).toEqual({ new: 11, updated: 9, unchanged: 0, skipped: 0 });

    await commitImport(user.id, TZ, newer);
    expect(await counts(user.id)).toEqual({ videos: 3, readings: 6, days: 31, followers: 31 });
    const day = await testDb().dailyAccountStat.findFirst({ where: { userId: user.id, date: new Date("2026-08-20") } });
    const expected = F.overviewDays("2026-08-31", 20, 2).find((d) => d.date === "2026-08-20")!;
    expect(day?.videoViews).toBe(BigInt(expected.videoViews));
  });

  test("two overlapping exports in one upload: merged, newest export wins, each row written once", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await parse({
      "new.zip": tiktokZip({ time: "2026-08-31", overviewLast: "2026-08-31", overviewDays: 20, views: 5000, seed: 2 }),
      "old.zip": tiktokZip({ time: "2026-08-20", overviewLast: "2026-08-20", overviewDays: 20, views: 1000 }),
    });
    const { rowsToImport } = await previewImport(user.id, TZ, parsed);
    // The commit merges the files once and says so before writing: the rows the preview promised.
    const starts: number[] = [];
    const progress: number[] = [];
    const summary = await commitImport(user.id, TZ, parsed, { onStart: (total) => void starts.push(total), onProgress: (p) => void progress.push(p.done) });
    expect(starts).toEqual([rowsToImport]);
    expect(summary.rows).toBe(rowsToImport);
    expect(progress.at(-1)).toBe(rowsToImport);
    expect(summary.days).toMatchObject({ inserted: 31, updated: 0 });
    expect(summary.readings).toMatchObject({ inserted: 6, updated: 0, skipped: 0 });
    expect(await counts(user.id)).toEqual({ videos: 3, readings: 6, days: 31, followers: 31 });
    expect(await latestReadingMismatches(user.id)).toEqual([]);
    const day = await testDb().dailyAccountStat.findFirst({ where: { userId: user.id, date: new Date("2026-08-15") } });
    const expected = F.overviewDays("2026-08-31", 20, 2).find((d) => d.date === "2026-08-15")!;
    expect(day?.videoViews).toBe(BigInt(expected.videoViews));
  });
});

describe("import: files as TikTok writes them (yearless dates, “undefined” cells, bad rows)", () => {
  /** A Content.csv as TikTok writes it: UTF-8 with a BOM, every field quoted, CRLF. */
  const contentCsv = (time: string, videos: F.ContentVideo[]) => F.encode(F.toCsv(F.contentRows("en", time, videos)));
  const video = (id: string, postTime: string, counts: Partial<F.ContentVideo> = {}): F.ContentVideo => ({
    id,
    title: `Video ${id.slice(-2)}`,
    postTime,
    likes: 100,
    comments: 10,
    shares: 5,
    views: 2000,
    ...counts,
  });
  const storedVideos = async (userId: string) =>
    (
      await testDb().video.findMany({
        where: { userId },
        orderBy: { platformVideoId: "asc" },
        select: { platformVideoId: true, postedAt: true, readings: { select: { views: true, likes: true, comments: true, shares: true } } },
      })
    ).map((v) => [v.platformVideoId, v.postedAt.toISOString().slice(0, 10), v.readings.map((r) => [r.views, r.likes, r.comments, r.shares].map(Number))]);

  test("an export dated 20 November: August–November posts are this year, its 28 December last year, and the dashboard shows them", async () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const user = await createCreator({ timeZone: TZ });
    const files = {
      "Content.csv": contentCsv("2026-11-20", [
        video("7301600000000000001", "August 31"),
        video("7301600000000000002", "September 15"),
        video("7301600000000000003", "October 2"),
        video("7301600000000000004", "November 19"),
        video("7301600000000000005", "December 28"),
      ]),
    };
    const parsed = await parse(files, now);
    const preview = await previewImport(user.id, TZ, parsed);
    expect(preview.files[0]!.notes).toContain(
      "5 post dates have no year: each was given the most recent year that puts it on or before the export's date, 20 Nov 2026, so they run from 28 Dec 2025 to 19 Nov 2026.",
    );
    await commitImport(user.id, TZ, parsed);
    // Stored at 00:00 Berlin time: the UTC day before.
    expect((await storedVideos(user.id)).map(([id, posted]) => [id, posted])).toEqual([
      ["7301600000000000001", "2026-08-30"],
      ["7301600000000000002", "2026-09-14"],
      ["7301600000000000003", "2026-10-01"],
      ["7301600000000000004", "2026-11-18"],
      ["7301600000000000005", "2025-12-27"],
    ]);

    // The default range (last 90 days) shows the four recent posts...
    const creator = { id: user.id, timeZone: TZ, locale: "en-US", currency: "USD" };
    const byDefault = await getDashboardData(creator, { range: DEFAULT_RANGE, bucket: null }, now);
    expect(byDefault.kind === "ready" && byDefault.videos.total).toBe(4);
    // ...and the import lands on a range holding all five, last December's included.
    expect(preview.landing.href).toBe("/dashboard?from=2025-12-28&to=2026-11-20");
    const landed = parseDashboardParams(Object.fromEntries(new URL(preview.landing.href, "http://x").searchParams));
    const shown = await getDashboardData(creator, landed, now);
    expect(shown.kind === "ready" && shown.videos.total).toBe(5);
  });

  test("across New Year, with “undefined” and empty cells, a bad row and a partial last day: only whole rows are stored", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const user = await createCreator({ timeZone: TZ });
    const overview = F.overviewDays("2027-01-10", 22).map((d, i) => (i === 3 ? { ...d, shares: "undefined" } : d));
    const files = {
      "export.zip": F.zip({
        "Content.csv": contentCsv("January 10", [
          video("7301600000000000011", "December 20"),
          video("7301600000000000012", "December 31", { comments: "undefined" }),
          video("7301600000000000013", "January 2", { shares: "", likes: "undefined" }),
          video("7301600000000000014", "January 9", { views: "undefined" }),
          video("7301600000000000015", "January 5", { likes: -5, comments: "ten" }),
        ]),
        "Overview.csv": F.encode(F.toCsv(F.overviewRows("en", overview))),
      }),
    };
    const parsed = await parse(files, now);
    const preview = await previewImport(user.id, TZ, parsed);
    const [content, days] = preview.files;
    expect(content!.skippedRows).toBe(1);
    expect(content!.problems.filter((p) => p.line === 6).map((p) => [p.column, p.severity])).toEqual([
      ["Total likes", "error"],
      ["Total comments", "error"],
    ]);
    expect(content!.notes).toEqual(
      expect.arrayContaining([
        "comments missing on 1 row (column “Total comments”): counted as 0.",
        "likes missing on 1 row (column “Total likes”): counted as 0.",
        "shares missing on 1 row (column “Total shares”): counted as 0.",
        "views missing on 1 row (column “Total views”): those videos are imported without a reading.",
      ]),
    );
    expect(content!.counts.videos).toEqual({ new: 4, updated: 0, unchanged: 0, skipped: 0 });
    expect(content!.counts.readings).toEqual({ new: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(days!.partialLastDay).toBe("2027-01-10");
    expect(preview.landing.href).toBe("/dashboard");

    await commitImport(user.id, TZ, parsed);
    // The bad row left nothing; the rest kept their readings, a missing interaction as 0.
    expect(await storedVideos(user.id)).toEqual([
      ["7301600000000000011", "2026-12-19", [[2000, 100, 10, 5]]],
      ["7301600000000000012", "2026-12-30", [[2000, 100, 0, 5]]],
      ["7301600000000000013", "2027-01-01", [[2000, 0, 10, 0]]],
      ["7301600000000000014", "2027-01-08", []],
    ]);
    const stored = await testDb().dailyAccountStat.findMany({ where: { userId: user.id }, orderBy: { date: "asc" } });
    expect(stored).toHaveLength(22);
    expect(stored[0]!.date.toISOString().slice(0, 10)).toBe("2026-12-20");
    const creator = { id: user.id, timeZone: TZ, locale: "en-US", currency: "USD" };
    const dashboard = await getDashboardData(creator, { range: DEFAULT_RANGE, bucket: null }, now);
    expect(dashboard.kind === "ready" && dashboard.videos.total).toBe(4);
  });
});

describe("import: all or nothing", () => {
  const bigParsed = () =>
    parse({
      "Content.csv": F.bigContentCsv(1200, { firstId: 7_302_000_000_000_000_000n }),
      "Overview.csv": F.toCsv(F.overviewRows("en", F.overviewDays("2026-08-31", 30))),
    });

  test("a failure after the first chunk rolls everything back; retrying then works", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await bigParsed();
    let calls = 0;
    await expect(
      commitImport(user.id, TZ, parsed, {
        chunkSize: 500,
        onProgress: () => {
          calls++;
          if (calls === 3) throw new Error("disk on fire");
        },
      }),
    ).rejects.toThrow("disk on fire");
    expect(calls).toBe(3);
    expect(await counts(user.id)).toEqual({ videos: 0, readings: 0, days: 0, followers: 0 });

    const summary = await commitImport(user.id, TZ, parsed, { chunkSize: 500 });
    expect(summary.videos.inserted).toBe(1200);
    expect(await counts(user.id)).toEqual({ videos: 1200, readings: 1200, days: 30, followers: 0 });
  });

  test("a cancelled request (the signal aborts) rolls back too", async () => {
    const user = await createCreator({ timeZone: TZ });
    const controller = new AbortController();
    await expect(
      commitImport(user.id, TZ, await bigParsed(), {
        chunkSize: 500,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.stage === "readings") controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ImportAbortedError);
    expect(await counts(user.id)).toEqual({ videos: 0, readings: 0, days: 0, followers: 0 });
  });

  test("a database error mid-commit (a value the column refuses) leaves nothing half-written", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await bigParsed();
    // A reading count past BIGINT, as if a parser bug let it through: the readings statement fails.
    const content = parsed.files.find((f) => f.kind === "content")!;
    content.readings[content.readings.length - 1]!.views = 2n ** 70n;
    await expect(commitImport(user.id, TZ, parsed, { chunkSize: 500 })).rejects.toThrow();
    expect(await counts(user.id)).toEqual({ videos: 0, readings: 0, days: 0, followers: 0 });
  });

  test("files with nothing usable are refused before anything starts", async () => {
    const user = await createCreator();
    const starts: number[] = [];
    const nothing = await parse({ "notes.csv": "hello,world\n1,2\n" });
    await expect(commitImport(user.id, TZ, nothing, { onStart: (total) => void starts.push(total) })).rejects.toBeInstanceOf(NothingToImportError);
    expect(starts).toEqual([]);
  });
});

describe("import: a video added by hand while an import is being saved", () => {
  const byHand = (title: string, postedAt: Date) => ({
    video: { title, link: null, platformVideoId: null, postedAt, durationSeconds: 30, hashtags: [], sound: null, notes: null },
    reading: { capturedAt: new Date(postedAt.getTime() + 3_600_000), views: 100n, likes: 10n, comments: 0n, shares: 0n, saves: null, avgWatchTimeSeconds: null, completionRate: null },
  });
  const settled = (p: Promise<unknown>) => Promise.race([p.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 400))]);

  test("waits for the import and is saved after it, the import saving the file as it found it", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await parse({ "Content.csv": F.bigContentCsv(600, { firstId: 7_303_000_000_000_000_000n }) });
    const last = [...parsed.files[0]!.videos].sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime()).at(-1)!;
    let added: Promise<{ id: string }> | null = null;
    let settledDuringImport: unknown = null;
    const summary = await commitImport(user.id, TZ, parsed, {
      chunkSize: 200,
      onProgress: async (p) => {
        if (p.stage !== "videos" || p.done !== 200) return;
        // The same title and posting time as a video of a later slice, without a TikTok id.
        added = createVideoWithReading(user.id, byHand(last.title, last.postedAt));
        added.catch(() => {});
        settledDuringImport = await settled(added);
      },
    });
    expect(settledDuringImport).toBe(false);
    expect(summary.videos).toMatchObject({ inserted: 600, updated: 0 });
    const { id } = await added!;
    const db = testDb();
    expect(await db.video.count({ where: { userId: user.id } })).toBe(601);
    expect(await db.video.findUnique({ where: { id }, select: { title: true, durationSeconds: true } })).toEqual({ title: last.title, durationSeconds: 30 });
  });

  test("after waiting too long it saves nothing and says why; the import is unaffected", async () => {
    const user = await createCreator({ timeZone: TZ });
    const parsed = await parse({ "Content.csv": F.bigContentCsv(400, { firstId: 7_304_000_000_000_000_000n }) });
    let refusal: unknown = null;
    await commitImport(user.id, TZ, parsed, {
      chunkSize: 200,
      onProgress: async (p) => {
        if (p.stage !== "videos" || p.done !== 200) return;
        refusal = await createVideoWithReading(user.id, byHand("Too early", new Date("2026-08-01T10:00:00Z")), { importWaitMs: 200 }).catch((e: unknown) => e);
      },
    });
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as Error).message).toBe(IMPORT_RUNNING_MESSAGE);
    const db = testDb();
    expect(await db.video.count({ where: { userId: user.id } })).toBe(400);
    expect(await db.video.count({ where: { userId: user.id, title: "Too early" } })).toBe(0);
  });

  test("another creator's import does not hold it up", async () => {
    const [importer, other] = [await createCreator({ timeZone: TZ }), await createCreator({ timeZone: TZ })];
    const parsed = await parse({ "Content.csv": F.bigContentCsv(400, { firstId: 7_305_000_000_000_000_000n }) });
    let result: unknown = null;
    await commitImport(importer.id, TZ, parsed, {
      chunkSize: 200,
      onProgress: async (p) => {
        if (p.stage === "videos" && p.done === 200) result = await createVideoWithReading(other.id, byHand("Elsewhere", new Date("2026-08-01T10:00:00Z")), { importWaitMs: 200 });
      },
    });
    expect(result).toMatchObject({ id: expect.any(String) });
  });
});

describe("import: one creator's data only", () => {
  test("B importing A's TikTok ids and Tierline ids creates B's own videos and never touches A's", async () => {
    const a = await createCreator({ timeZone: TZ });
    const b = await createCreator({ timeZone: TZ });
    await commitImport(a.id, TZ, await parse({ "a.zip": tiktokZip() }));
    const aBefore = await readingOf(a.id);
    const aVideo = await testDb().video.findFirstOrThrow({ where: { userId: a.id } });

    // Same TikTok ids under B: new for B (B never sees that A has them).
    const preview = await previewImport(b.id, TZ, await parse({ "b.zip": tiktokZip({ views: 9999 }) }));
    expect(preview.files[0]!.counts.videos).toEqual({ new: 3, updated: 0, unchanged: 0, skipped: 0 });
    await commitImport(b.id, TZ, await parse({ "b.zip": tiktokZip({ views: 9999 }) }));
    expect(await counts(b.id)).toMatchObject({ videos: 3, readings: 3 });

    // A Readings file naming A's Tierline video id finds nothing for B: skipped.
    const readings = F.toCsv([
      ["reading_id", "video_id", "platform_video_id", "video_title", "captured_at", "views", "likes", "comments", "shares", "saves"],
      ["1", aVideo.id, "", "x", "2026-08-31T12:00:00+02:00", "5", "1", "1", "1", ""],
    ]);
    const parsedReadings = await parse({ "readings.csv": readings });
    const readingsPreview = await previewImport(b.id, TZ, parsedReadings);
    expect(readingsPreview.files[0]!.counts.readings).toEqual({ new: 0, updated: 0, unchanged: 0, skipped: 1 });
    const summary = await commitImport(b.id, TZ, parsedReadings);
    expect(summary.readings).toMatchObject({ inserted: 0, updated: 0, skipped: 1 });
    expect(await readingOf(a.id)).toBe(aBefore);
  });
});

describe("import: Tierline's own exports import back", () => {
  test("Videos and Readings exports: nothing changes for their creator; another creator gets the same videos and readings", async () => {
    const user = await createCreator({ timeZone: TZ });
    await commitImport(user.id, TZ, await parse({ "a.zip": tiktokZip({ time: "2026-08-20" }) }));
    await commitImport(user.id, TZ, await parse({ "b.zip": tiktokZip({ time: "2026-08-31", views: 4000 }) }));
    // Something only Tierline has: hashtags, notes, a duration.
    await testDb().video.updateMany({
      where: { userId: user.id, platformVideoId: IDS[1] },
      data: { hashtags: ["dance", "fyp"], notes: "=not a formula", durationSeconds: 75, sound: "original sound" },
    });
    const reportUser = { id: user.id, timeZone: TZ, currency: "USD", locale: "en-US" };
    const req = (report: string) => {
      const r = parseReportRequest(report, new URLSearchParams("range=all"));
      if (!r.ok) throw new Error(r.error);
      return r.request;
    };
    const videosCsv = await renderReport(reportUser, req("videos"), { now: NOW });
    const readingsCsv = await renderReport(reportUser, req("readings"), { now: NOW });
    const files = { "tierline-videos.csv": F.encode(videosCsv, "utf8"), "tierline-readings.csv": F.encode(readingsCsv, "utf8") };

    const parsed = await parse(files);
    expect(parsed.files.map((f) => [f.kind, f.status, f.problemCount])).toEqual([
      ["tierlineVideos", "ok", 0],
      ["tierlineReadings", "ok", 0],
    ]);
    const stored = await readingOf(user.id);
    const preview = await previewImport(user.id, TZ, parsed);
    expect(preview.files[0]!.counts.videos).toEqual({ new: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(preview.files[1]!.counts.readings).toEqual({ new: 0, updated: 0, unchanged: 6, skipped: 0 });
    await commitImport(user.id, TZ, parsed);
    expect(await readingOf(user.id)).toBe(stored);

    const other = await createCreator({ timeZone: TZ });
    await commitImport(other.id, TZ, await parse(files));
    expect(await counts(other.id)).toMatchObject({ videos: 3, readings: 6 });
    const copy = await testDb().video.findFirstOrThrow({ where: { userId: other.id, platformVideoId: IDS[1] } });
    expect(copy).toMatchObject({ hashtags: ["dance", "fyp"], notes: "=not a formula", durationSeconds: 75, sound: "original sound" });
    // The videos the import created carry their newest reading (two per video in this file).
    expect(await latestReadingMismatches(other.id)).toEqual([]);
    expect(await latestReadingMismatches(user.id)).toEqual([]);
  });
});

describe("import: scale", () => {
  test("a 100,000-row Content.csv parses and commits in seconds", { timeout: 180_000 }, async () => {
    const user = await createCreator({ timeZone: TZ });
    const bytes = F.bigContentCsv(100_000);
    const started = performance.now();
    const parsed = await parseImportFiles([{ name: "Content.csv", bytes }], { timeZone: TZ, now: NOW });
    const parsedAt = performance.now();
    expect(parsed.files[0]).toMatchObject({ status: "ok", kind: "content", rowCount: 100_000, problemCount: 0 });
    let progressEvents = 0;
    const summary = await commitImport(user.id, TZ, parsed, { onProgress: () => void progressEvents++ });
    const done = performance.now();
    const seconds = (done - started) / 1000;
    console.log(
      `[import bench] 100,000 Content.csv rows: parse ${((parsedAt - started) / 1000).toFixed(2)} s, commit ${((done - parsedAt) / 1000).toFixed(2)} s, ` +
        `${Math.round(100_000 / seconds).toLocaleString("en-US")} rows/s`,
    );
    expect(summary.videos.inserted).toBe(100_000);
    expect(summary.readings.inserted).toBe(100_000);
    // Progress after every slice of 25,000 rows: 4 for the videos, 4 for their readings.
    expect(progressEvents).toBe(8);
    expect(await counts(user.id)).toMatchObject({ videos: 100_000, readings: 100_000 });
    expect(await latestReadingMismatches(user.id)).toEqual([]);
  });
});
