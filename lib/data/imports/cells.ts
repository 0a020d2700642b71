import "server-only";
import type { DayRow, FollowerRow, ReadingRow, VideoRow } from "@/lib/import/types";
import type { Cell } from "./session";

// Parsed rows → the staging tables' columns (text; the SQL casts them), in the order of STAGING (session.ts).

const str = (v: bigint | null) => (v === null ? null : v.toString());
const opt = (v: string | number | null | undefined) => (v === undefined ? null : v === null ? "" : String(v));

export function videoCells(v: VideoRow): Cell[] {
  return [
    v.ref.kind,
    v.ref.value,
    v.ref.postedAt ?? null,
    v.platformVideoId,
    v.link,
    v.title,
    v.postedAt.toISOString(),
    v.postedDateOnly ? "t" : "f",
    opt(v.durationSeconds),
    v.hashtags === undefined ? null : v.hashtags === null ? "" : v.hashtags.join(" "),
    opt(v.sound),
    opt(v.notes),
  ];
}

export function readingCells(r: ReadingRow, inImport: boolean, videoOrd: number | null = null): Cell[] {
  return [
    r.video.kind,
    r.video.value,
    r.video.postedAt ?? null,
    r.capturedAt.toISOString(),
    r.views.toString(),
    r.likes.toString(),
    r.comments.toString(),
    r.shares.toString(),
    str(r.saves),
    r.avgWatchTimeSeconds,
    r.completionRate,
    inImport ? "t" : "f",
    videoOrd === null ? null : String(videoOrd),
  ];
}

export const dayCells = (d: DayRow): Cell[] => [d.date, str(d.videoViews), str(d.profileViews), str(d.likes), str(d.comments), str(d.shares)];
export const followerCells = (f: FollowerRow): Cell[] => [f.date, f.followers.toString()];
