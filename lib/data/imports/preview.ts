import "server-only";
import { mergeForCommit, rowsToWrite } from "@/lib/import/merge";
import type { ChangeCounts, FilePreview, ImportPreview } from "@/lib/import/result";
import { KIND_LABELS, videoRefKey, type ParsedFile, type ParsedImport } from "@/lib/import/types";
import { dayCells, followerCells, readingCells, videoCells } from "./cells";
import { count, ImportSession, type CountRow } from "./session";
import { PREVIEW_DAYS, PREVIEW_FOLLOWERS } from "./sql/daily";
import { PREVIEW_READINGS } from "./sql/readings";
import { PREVIEW_VIDEOS } from "./sql/videos";

const ALL = [0, 2_147_483_647];

const changeCounts = (r: CountRow, skipped = 0): ChangeCounts => ({
  new: r.new ?? 0,
  updated: r.updated ?? 0,
  unchanged: r.unchanged ?? 0,
  skipped,
});

async function previewFile(session: ImportSession, userId: string, timeZone: string, file: ParsedFile): Promise<FilePreview["counts"]> {
  const counts: FilePreview["counts"] = { videos: null, readings: null, days: null, followers: null };
  if (file.videos.length > 0) {
    await session.stage("videos", file.videos, videoCells);
    counts.videos = changeCounts(await count(session, PREVIEW_VIDEOS, [userId, ...ALL, timeZone]));
  }
  if (file.readings.length > 0) {
    const keys = new Set(file.videos.map((v) => videoRefKey(v.ref)));
    await session.stage("readings", file.readings, (r) => readingCells(r, keys.has(videoRefKey(r.video))));
    const r = await count(session, PREVIEW_READINGS, [userId, ...ALL]);
    counts.readings = { ...changeCounts(r, r.skipped ?? 0), new: (r.new ?? 0) + (r.new_video ?? 0) };
  }
  if (file.days.length > 0) {
    await session.stage("days", file.days, dayCells);
    counts.days = changeCounts(await count(session, PREVIEW_DAYS, [userId, ...ALL]));
  }
  if (file.followers.length > 0) {
    await session.stage("followers", file.followers, followerCells);
    counts.followers = changeCounts(await count(session, PREVIEW_FOLLOWERS, [userId, ...ALL]));
  }
  return counts;
}

/**
 * What importing these files would do to the creator's data, file by file: rows new, updated or
 * unchanged, compared by natural key with what is stored (one set-based query per kind of row).
 * Writes nothing: the staging tables are dropped with the rolled-back transaction.
 */
export async function previewImport(userId: string, timeZone: string, parsed: ParsedImport): Promise<ImportPreview> {
  const session = await ImportSession.open();
  const counted: FilePreview["counts"][] = [];
  try {
    // Hash joins whatever the statistics say: right after a big import the planner still
    // believes the creator has a handful of videos and would pick quadratic nested loops.
    await session.query("SET LOCAL enable_nestloop = off");
    for (const file of parsed.files) {
      counted.push(file.status === "ok" ? await previewFile(session, userId, timeZone, file) : { videos: null, readings: null, days: null, followers: null });
    }
  } finally {
    await session.end(new Error("preview only"));
  }
  return {
    files: parsed.files.map((file, index) => ({
      name: file.name,
      status: file.status,
      kind: file.kind,
      kindLabel: file.kind ? KIND_LABELS[file.kind] : null,
      reason: file.reason,
      rowCount: file.rowCount,
      counts: counted[index]!,
      problems: file.problems,
      problemCount: file.problemCount,
      skippedRows: file.skippedRows,
      notes: file.notes,
      coversUntil: file.coversUntil,
      partialLastDay: file.partialLastDay,
      sample: file.sample,
    })),
    rowsToImport: rowsToWrite(mergeForCommit(parsed)),
    landing: parsed.landing,
  };
}
