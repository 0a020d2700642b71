// Several files in one import can describe the same thing (two overlapping Overview exports, a
// Content.csv in the ZIP and another beside it): one row per natural key goes to the database,
// the newest export's row winning, so the bulk upserts never touch a row twice.
import { videoRefKey, type DayRow, type FollowerRow, type ParsedImport, type ReadingRow, type VideoRow } from "./types";

export type MergedImport = {
  videos: VideoRow[];
  readings: ReadingRow[];
  days: DayRow[];
  followers: FollowerRow[];
};

/** Files that can be committed, oldest export first (a file without a date counts as oldest). */
export function committableFiles(parsed: ParsedImport) {
  return parsed.files
    .map((file, index) => ({ file, index }))
    .filter(({ file }) => file.status === "ok")
    .sort((a, b) => (a.file.coversUntil ?? "").localeCompare(b.file.coversUntil ?? "") || a.index - b.index)
    .map(({ file }) => file);
}

export function mergeForCommit(parsed: ParsedImport): MergedImport {
  const files = committableFiles(parsed);
  // One file is already one row per natural key (the parser keeps a key's last row and warns),
  // so there is nothing to merge: skip re-keying 100,000 rows.
  if (files.length === 1) {
    const [file] = files as [(typeof files)[number]];
    return { videos: [...file.videos], readings: [...file.readings], days: [...file.days], followers: [...file.followers] };
  }
  const videos = new Map<string, VideoRow>();
  const readings = new Map<string, ReadingRow>();
  const days = new Map<string, DayRow>();
  const followers = new Map<string, FollowerRow>();
  for (const file of files) {
    for (const v of file.videos) videos.set(videoRefKey(v.ref), v);
    for (const r of file.readings) readings.set(`${videoRefKey(r.video)}@${r.capturedAt.getTime()}`, r);
    for (const d of file.days) {
      // An export that left a figure empty does not erase what an earlier one gave.
      const earlier = days.get(d.date);
      days.set(
        d.date,
        earlier
          ? {
              ...d,
              videoViews: d.videoViews ?? earlier.videoViews,
              profileViews: d.profileViews ?? earlier.profileViews,
              likes: d.likes ?? earlier.likes,
              comments: d.comments ?? earlier.comments,
              shares: d.shares ?? earlier.shares,
            }
          : d,
      );
    }
    for (const f of file.followers) followers.set(f.date, f);
  }
  return { videos: [...videos.values()], readings: [...readings.values()], days: [...days.values()], followers: [...followers.values()] };
}

export function rowsToWrite(m: MergedImport): number {
  return m.videos.length + m.readings.length + m.days.length + m.followers.length;
}
