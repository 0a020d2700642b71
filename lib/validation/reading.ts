// A stats reading as the creator types it: counts (views, likes, comments, shares), the
// optional extras TikTok Studio shows (saves, average watch time, completion rate) and when it
// was captured (in the creator's zone; empty means now).
import { z } from "zod";
import { countSchema, optionalCountSchema, optionalDecimalSchema } from "./count";
import { pastDateTimeSchema, type ZonedContext } from "./datetime";

export type ReadingInput = {
  capturedAt: Date;
  views: bigint;
  likes: bigint;
  comments: bigint;
  shares: bigint;
  saves: bigint | null;
  /** Decimal string, seconds ("12.5"). */
  avgWatchTimeSeconds: string | null;
  /** Decimal string, percent 0–100 ("87.25"). */
  completionRate: string | null;
};

/** Form field names, in form order. */
export const SNAPSHOT_FIELDS = [
  "capturedAt",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "avgWatchTimeSeconds",
  "completionRate",
] as const;

export const CAPTURED_BEFORE_POSTED = "Captured at can't be before the video was posted.";
export const DUPLICATE_CAPTURE_TIME =
  "This video already has a reading captured at exactly this time. Change the time, or edit that reading instead.";

/** Largest average watch time DECIMAL(9,2) holds, far beyond any video length. */
export const AVG_WATCH_TIME_MAX = 9_999_999.99;

export function readingShape(ctx: ZonedContext) {
  return {
    capturedAt: pastDateTimeSchema("Captured at", ctx, { defaultToNow: true }),
    views: countSchema("Views"),
    likes: countSchema("Likes"),
    comments: countSchema("Comments"),
    shares: countSchema("Shares"),
    saves: optionalCountSchema("Saves"),
    avgWatchTimeSeconds: optionalDecimalSchema("Average watch time", { min: 0, max: AVG_WATCH_TIME_MAX, scale: 2, unit: "s" }),
    completionRate: optionalDecimalSchema("Completion rate", { min: 0, max: 100, scale: 2, unit: "%" }),
  };
}

/** A reading on its own (recording new stats, editing a reading). */
export function readingSchema(ctx: ZonedContext) {
  return z.object(readingShape(ctx)).transform((v): ReadingInput => v);
}
