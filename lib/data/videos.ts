import "server-only";
import { db } from "@/lib/db";
import { addDaysToDateString, zonedLocalToUtc } from "@/lib/domain/time";
import { TIER_THRESHOLDS, type Tier } from "@/lib/domain/tier";
import { ConflictError, NotFoundError, ValidationError, isLockTimeout, isUniqueViolationOn } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  normalizeHashtags,
  VIDEOS_PER_PAGE,
  type NewVideoInput,
  type VideoInput,
  type VideoListQuery,
} from "@/lib/validation/video";
import { assertCapturedAfterPosting, mapReadingWriteError, newReadingData, toReading, type Reading } from "./readings";
import { IMPORT_LOCK_KEY_SQL } from "./import-lock";
import { tierSql } from "./sql-rules";
import { isUuid } from "./ids";

// Videos and their latest stats. Every function takes the creator's id first and is scoped by
// it; another creator's video is "not found", exactly like a missing one.

// ---------------------------------------------------------------------------------------
// Reads

export type LatestReading = {
  capturedAt: Date;
  views: bigint;
  likes: bigint;
  comments: bigint;
  shares: bigint;
  interactions: bigint;
  /** Percent, computed in SQL; null for 0 views. */
  engagementRate: number | null;
  tier: Tier | null;
  interactionsExceedViews: boolean;
};

export type VideoListRow = {
  id: string;
  title: string;
  link: string | null;
  postedAt: Date;
  hashtags: string[];
  durationSeconds: number | null;
  /** Null for a video whose readings were all deleted. */
  latest: LatestReading | null;
};

export type VideoList = {
  rows: VideoListRow[];
  total: number;
  page: number;
  pageCount: number;
  perPage: number;
};

export type ListVideosOptions = Partial<VideoListQuery> & {
  /** The creator's zone: `from` / `to` are calendar dates there. */
  timeZone?: string;
  perPage?: number;
  /** Count saves as interactions (the creator's option): ER, tier and sorting include them. */
  includeSaves?: boolean;
};

type ListRowRaw = {
  id: string;
  title: string;
  link: string | null;
  posted_at: Date;
  hashtags: string[] | null;
  duration_seconds: number | null;
  captured_at: Date | null;
  views: bigint | null;
  likes: bigint | null;
  comments: bigint | null;
  shares: bigint | null;
  interactions: bigint | null;
  engagement_rate: number | null;
  tier: Tier | null;
  total: bigint;
};

/** `%`, `_` and `\` typed by the creator are matched literally in ILIKE. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The video list's search, also the Videos report's: `#a #b` = has all those tags; text = title or a tag contains it. */
export function videoSearchCondition(q: string): Prisma.Sql {
  const text = q.trim();
  if (text === "") return Prisma.empty;
  if (text.startsWith("#") || text.startsWith("＃")) {
    // "#dance #fyp": videos with all those hashtags (stored normalised, so compare normalised).
    const tags = normalizeHashtags(text);
    if (tags.length === 0) return Prisma.empty;
    return Prisma.sql`AND v.hashtags @> ${tags}::text[]`;
  }
  const pattern = likePattern(text);
  return Prisma.sql`AND (v.title ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(v.hashtags) AS h(tag) WHERE h.tag ILIKE ${pattern}))`;
}

function postedRangeCondition(from: string | null | undefined, to: string | null | undefined, tz: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (from) parts.push(Prisma.sql`AND v.posted_at >= ${zonedLocalToUtc(`${from}T00:00`, tz)}`);
  // `to` is inclusive: up to the start of the next day in the creator's zone.
  if (to) parts.push(Prisma.sql`AND v.posted_at < ${zonedLocalToUtc(`${addDaysToDateString(to, 1)}T00:00`, tz)}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

function orderBy(sort: VideoListQuery["sort"], dir: "asc" | "desc"): Prisma.Sql {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  switch (sort) {
    case "views":
      return Prisma.sql`ORDER BY views ${d} NULLS LAST, posted_at DESC, id`;
    case "er":
      return Prisma.sql`ORDER BY er ${d} NULLS LAST, posted_at DESC, id`;
    default:
      return Prisma.sql`ORDER BY posted_at ${d}, id ${d}`;
  }
}

/**
 * One page of the creator's videos with their latest reading, ER and tier, all computed in
 * SQL (the latest reading is kept on the video row by the stat_snapshots triggers) so that
 * sorting and filtering by ER or tier work across every page.
 */
export async function listVideos(userId: string, opts: ListVideosOptions = {}): Promise<VideoList> {
  const perPage = opts.perPage ?? VIDEOS_PER_PAGE;
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const tz = opts.timeZone ?? "UTC";

  const query = (offset: number) => Prisma.sql`
    WITH latest AS (
      SELECT v.id, v.title, v.link, v.posted_at, v.hashtags, v.duration_seconds,
             v.latest_captured_at AS captured_at, v.latest_views AS views, v.latest_likes AS likes,
             v.latest_comments AS comments, v.latest_shares AS shares,
             v.latest_likes + v.latest_comments + v.latest_shares${opts.includeSaves ? Prisma.sql` + COALESCE(v.latest_saves, 0)` : Prisma.empty} AS interactions
      FROM videos v
      WHERE v.user_id = ${userId}::uuid
      ${videoSearchCondition(opts.q ?? "")}
      ${postedRangeCondition(opts.from, opts.to, tz)}
    ), rated AS (
      SELECT latest.*,
        CASE WHEN views > 0 THEN interactions::numeric * 100 / views END AS er,
        ${Prisma.raw(tierSql("interactions", "views", TIER_THRESHOLDS))} AS tier
      FROM latest
    )
    SELECT id::text, title, link, posted_at, hashtags, duration_seconds, captured_at,
           views, likes, comments, shares, interactions, er::float8 AS engagement_rate, tier,
           count(*) OVER () AS total
    FROM rated
    ${opts.tier ? Prisma.sql`WHERE tier = ${opts.tier}` : Prisma.empty}
    ${orderBy(opts.sort ?? "posted", opts.dir ?? "desc")}
    LIMIT ${perPage} OFFSET ${offset}`;

  let rows = await db.$queryRaw<ListRowRaw[]>(query((page - 1) * perPage));
  let total = rows[0] ? Number(rows[0].total) : 0;
  let currentPage = page;
  if (rows.length === 0 && page > 1) {
    // A bookmarked page past the end (videos were deleted since): show the last page.
    const all = await db.$queryRaw<ListRowRaw[]>(query(0));
    total = all[0] ? Number(all[0].total) : 0;
    currentPage = Math.max(1, Math.ceil(total / perPage));
    rows = currentPage === 1 ? all : await db.$queryRaw<ListRowRaw[]>(query((currentPage - 1) * perPage));
  }
  return {
    rows: rows.map(toListRow),
    total,
    page: currentPage,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    perPage,
  };
}

function toListRow(r: ListRowRaw): VideoListRow {
  const latest: LatestReading | null =
    r.captured_at === null || r.views === null || r.interactions === null
      ? null
      : {
          capturedAt: r.captured_at,
          views: r.views,
          likes: r.likes ?? 0n,
          comments: r.comments ?? 0n,
          shares: r.shares ?? 0n,
          interactions: r.interactions,
          engagementRate: r.engagement_rate === null ? null : Number(r.engagement_rate),
          tier: r.tier,
          interactionsExceedViews: r.interactions > r.views,
        };
  return {
    id: r.id,
    title: r.title,
    link: r.link,
    postedAt: r.posted_at,
    hashtags: r.hashtags ?? [],
    durationSeconds: r.duration_seconds,
    latest,
  };
}

export type VideoDetail = {
  id: string;
  title: string;
  link: string | null;
  platformVideoId: string | null;
  postedAt: Date;
  durationSeconds: number | null;
  hashtags: string[];
  sound: string | null;
  notes: string | null;
  version: number;
  /** Oldest first. */
  readings: Reading[];
};

/** One of the creator's videos with every reading, oldest first. */
export async function getVideo(userId: string, id: string): Promise<VideoDetail> {
  if (!isUuid(id)) throw new NotFoundError("video");
  const v = await db.video.findFirst({
    where: { id, userId },
    include: { readings: { where: { userId }, orderBy: { capturedAt: "asc" } } },
  });
  if (!v) throw new NotFoundError("video");
  return {
    id: v.id,
    title: v.title,
    link: v.link,
    platformVideoId: v.platformVideoId,
    postedAt: v.postedAt,
    durationSeconds: v.durationSeconds,
    hashtags: v.hashtags,
    sound: v.sound,
    notes: v.notes,
    version: v.version,
    readings: v.readings.map(toReading),
  };
}

// ---------------------------------------------------------------------------------------
// Writes

function videoData(input: VideoInput) {
  return {
    title: input.title,
    link: input.link,
    platformVideoId: input.platformVideoId,
    postedAt: input.postedAt,
    durationSeconds: input.durationSeconds,
    hashtags: input.hashtags,
    sound: input.sound,
    notes: input.notes,
  };
}

/** A write that ran into (user_id, platform_video_id): the creator already added this video. */
async function mapVideoWriteError(userId: string, e: unknown, input: VideoInput): Promise<unknown> {
  if (isUniqueViolationOn(e, "platform_video_id", "platformVideoId") && input.platformVideoId) {
    const other = await db.video.findFirst({
      where: { userId, platformVideoId: input.platformVideoId },
      select: { title: true },
    });
    const which = other ? `: “${other.title}”` : "";
    return new ValidationError({
      link: [`You already added this TikTok video${which}. Record new stats on that video instead.`],
    });
  }
  return mapReadingWriteError(e);
}

export const IMPORT_RUNNING_MESSAGE = "An import is still being saved. Nothing was saved here: add this video again once the import has finished.";

/**
 * Adds a video and its first reading together: both are saved, or neither is. While an import
 * of this creator is being saved it waits for it (lib/data/import-lock.ts), at most
 * `importWaitMs`; after that nothing is saved and the form says why.
 */
export async function createVideoWithReading(userId: string, input: NewVideoInput, { importWaitMs = 10_000 } = {}): Promise<{ id: string }> {
  const wait = Math.max(1, Math.floor(importWaitMs));
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('lock_timeout', $1, true)`, `${wait}ms`);
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${IMPORT_LOCK_KEY_SQL})`, userId);
        const video = await tx.video.create({ data: { ...videoData(input.video), userId }, select: { id: true, postedAt: true } });
        assertCapturedAfterPosting(input.reading.capturedAt, video.postedAt);
        await tx.reading.create({ data: newReadingData(userId, video.id, input.reading) });
        return { id: video.id };
      },
      { timeout: wait + 10_000 },
    );
  } catch (e) {
    if (isLockTimeout(e)) throw new ValidationError({}, IMPORT_RUNNING_MESSAGE);
    throw await mapVideoWriteError(userId, e, input.video);
  }
}

/**
 * Saves an edit made from `expectedVersion`. When the video changed since (another tab saved
 * first) nothing is written and ConflictError is thrown: never a silent overwrite.
 */
export async function updateVideo(
  userId: string,
  id: string,
  expectedVersion: number,
  input: VideoInput,
): Promise<{ version: number }> {
  if (!isUuid(id)) throw new NotFoundError("video");
  // Moving the posting time after a reading would leave a reading from before the video existed.
  const earliest = await db.reading.findFirst({
    where: { videoId: id, userId },
    orderBy: { capturedAt: "asc" },
    select: { capturedAt: true },
  });
  if (earliest && input.postedAt.getTime() > earliest.capturedAt.getTime()) {
    throw new ValidationError({
      postedAt: ["Posted at can't be after this video's first reading. Change or delete that reading first."],
    });
  }
  let count: number;
  try {
    ({ count } = await db.video.updateMany({
      where: { id, userId, version: expectedVersion },
      data: { ...videoData(input), version: { increment: 1 } },
    }));
  } catch (e) {
    throw await mapVideoWriteError(userId, e, input);
  }
  if (count === 0) {
    const exists = await db.video.findFirst({ where: { id, userId }, select: { id: true } });
    if (exists) throw new ConflictError();
    throw new NotFoundError("video");
  }
  return { version: expectedVersion + 1 };
}

/** Removes a video; its readings go with it (ON DELETE CASCADE). */
export async function deleteVideo(userId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError("video");
  const { count } = await db.video.deleteMany({ where: { id, userId } });
  if (count === 0) throw new NotFoundError("video");
}
