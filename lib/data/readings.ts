import "server-only";
import { db } from "@/lib/db";
import { engagementRate, interactions, interactionsExceedViews } from "@/lib/domain/engagement";
import { tierForSums, type Tier } from "@/lib/domain/tier";
import { NotFoundError, ValidationError, isUniqueViolationOn } from "@/lib/errors";
import type { Reading as ReadingRow } from "@/lib/generated/prisma/client";
import { CAPTURED_BEFORE_POSTED, DUPLICATE_CAPTURE_TIME, type ReadingInput } from "@/lib/validation/reading";
import { isUuid, parseBigIntId } from "./ids";

// Stats readings of a video. Every function takes the creator's id first and only ever
// touches that creator's rows; another creator's reading is "not found".

/** One reading with what is derived from it. Ids are strings (BIGSERIAL → text at the edge). */
export type Reading = { id: string; videoId: string } & ReadingInput & {
  interactions: bigint;
  /** Percent; null for a 0-view reading (shown "—"). */
  engagementRate: number | null;
  tier: Tier | null;
  /** likes + comments + shares > views: kept, flagged on screen. */
  interactionsExceedViews: boolean;
};

export function toReading(s: ReadingRow): Reading {
  const counts = { views: s.views, likes: s.likes, comments: s.comments, shares: s.shares, saves: s.saves };
  const sum = interactions(counts);
  return {
    id: s.id.toString(),
    videoId: s.videoId,
    capturedAt: s.capturedAt,
    views: s.views,
    likes: s.likes,
    comments: s.comments,
    shares: s.shares,
    saves: s.saves,
    avgWatchTimeSeconds: s.avgWatchTimeSeconds === null ? null : s.avgWatchTimeSeconds.toString(),
    completionRate: s.completionRate === null ? null : s.completionRate.toString(),
    interactions: sum,
    engagementRate: engagementRate(counts),
    tier: tierForSums(sum, s.views),
    interactionsExceedViews: interactionsExceedViews(counts),
  };
}

function readingData(input: ReadingInput) {
  return {
    capturedAt: input.capturedAt,
    views: input.views,
    likes: input.likes,
    comments: input.comments,
    shares: input.shares,
    saves: input.saves,
    avgWatchTimeSeconds: input.avgWatchTimeSeconds,
    completionRate: input.completionRate,
  };
}

/** Data for a new reading of a video the caller has already found for this creator. */
export function newReadingData(userId: string, videoId: string, input: ReadingInput) {
  return { ...readingData(input), userId, videoId };
}

/** A write that ran into (video_id, captured_at): the message the creator sees at the field. */
export function mapReadingWriteError(e: unknown): unknown {
  if (isUniqueViolationOn(e, "captured_at", "capturedAt")) {
    return new ValidationError({ capturedAt: [DUPLICATE_CAPTURE_TIME] });
  }
  return e;
}

export function assertCapturedAfterPosting(capturedAt: Date, postedAt: Date): void {
  if (capturedAt.getTime() < postedAt.getTime()) {
    throw new ValidationError({ capturedAt: [CAPTURED_BEFORE_POSTED] });
  }
}

/** One reading with its video's title and posting time (for the edit-reading page). */
export async function getReading(userId: string, readingId: string) {
  const id = parseBigIntId(readingId);
  if (id === null) throw new NotFoundError("reading");
  const s = await db.reading.findFirst({
    where: { id, userId },
    include: { video: { select: { id: true, title: true, postedAt: true } } },
  });
  if (!s) throw new NotFoundError("reading");
  return { reading: toReading(s), video: s.video };
}

/** Adds a reading to one of the creator's videos. */
export async function recordReading(userId: string, videoId: string, input: ReadingInput): Promise<Reading> {
  if (!isUuid(videoId)) throw new NotFoundError("video");
  const video = await db.video.findFirst({ where: { id: videoId, userId }, select: { id: true, postedAt: true } });
  if (!video) throw new NotFoundError("video");
  assertCapturedAfterPosting(input.capturedAt, video.postedAt);
  try {
    const s = await db.reading.create({ data: newReadingData(userId, video.id, input) });
    return toReading(s);
  } catch (e) {
    throw mapReadingWriteError(e);
  }
}

/** Corrects a reading (a typo in a count, the wrong capture time). */
export async function updateReading(userId: string, readingId: string, input: ReadingInput): Promise<Reading> {
  const id = parseBigIntId(readingId);
  if (id === null) throw new NotFoundError("reading");
  const existing = await db.reading.findFirst({
    where: { id, userId },
    select: { id: true, video: { select: { postedAt: true } } },
  });
  if (!existing) throw new NotFoundError("reading");
  assertCapturedAfterPosting(input.capturedAt, existing.video.postedAt);
  try {
    const updated = await db.reading.updateMany({ where: { id, userId }, data: readingData(input) });
    // Deleted in another tab between the read and the write.
    if (updated.count === 0) throw new NotFoundError("reading");
  } catch (e) {
    throw mapReadingWriteError(e);
  }
  const s = await db.reading.findFirst({ where: { id, userId } });
  if (!s) throw new NotFoundError("reading");
  return toReading(s);
}

/** Removes one reading; returns the id of its video (for revalidating the video page). */
export async function deleteReading(userId: string, readingId: string): Promise<{ videoId: string }> {
  const id = parseBigIntId(readingId);
  if (id === null) throw new NotFoundError("reading");
  const s = await db.reading.findFirst({ where: { id, userId }, select: { videoId: true } });
  if (!s) throw new NotFoundError("reading");
  const deleted = await db.reading.deleteMany({ where: { id, userId } });
  if (deleted.count === 0) throw new NotFoundError("reading");
  return { videoId: s.videoId };
}
