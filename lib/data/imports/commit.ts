import "server-only";
import pg from "pg";
import { IMPORT_LOCK_KEY_SQL } from "@/lib/data/import-lock";
import { ImportAbortedError, NothingToImportError } from "@/lib/errors";
import { committableFiles, mergeForCommit, rowsToWrite, type MergedImport } from "@/lib/import/merge";
import type { CommitCounts, CommitProgress, CommitSummary } from "@/lib/import/result";
import { videoRefKey, type ParsedImport, type ReadingRow } from "@/lib/import/types";
import { dayCells, followerCells, readingCells, videoCells } from "./cells";
import { count, ImportSession, type CountRow } from "./session";
import { COMMIT_DAYS, COMMIT_FOLLOWERS } from "./sql/daily";
import { COMMIT_READINGS } from "./sql/readings";
import { COMMIT_VIDEOS, COMMIT_VIDEOS_UNCONTESTED, PLAN_VIDEOS, REFRESH_CREATED_DAYS } from "./sql/videos";

// The commit is one transaction of bulk upserts whose `DO UPDATE … WHERE (values differ)` makes a
// second import of the same file change nothing; it runs in slices so progress can be reported,
// and any failure rolls all of it back.

export type CommitOptions = {
  /** Once the files are merged, before anything is written: the rows the commit will write or check. */
  onStart?: (total: number) => void | Promise<void>;
  /** After each slice (inside the transaction): throwing here rolls the whole import back. */
  onProgress?: (p: CommitProgress) => void | Promise<void>;
  /** Aborting (the client went away) rolls the import back before the next slice. */
  signal?: AbortSignal;
  /** Rows per upsert statement (progress is reported after each). */
  chunkSize?: number;
};

/**
 * Rows per upsert statement. Each slice scans the creator's videos once (hash joins), so fewer,
 * bigger slices are faster; 25,000 still gives a 100,000-row file eight progress steps.
 */
const CHUNK = 25_000;

const zero = (): CommitCounts => ({ inserted: 0, updated: 0, unchanged: 0, skipped: 0 });

/**
 * One slice of COMMIT_VIDEOS. The plan looked every staged key up before the first slice, so a
 * new video's TikTok id is free unless the creator added that video some other way since (by
 * hand, in another tab): the slice is first written with a plain INSERT, which spares the unique
 * index's speculative insertion (≈ 10 % of writing a new video, measured). When an id is taken
 * after all, the slice is rolled back to its savepoint, planned again (now finding that video,
 * which it then updates like any video the file names) and written with ON CONFLICT DO NOTHING.
 */
async function commitVideoSlice(session: ImportSession, userId: string, timeZone: string, lo: number, hi: number): Promise<CountRow> {
  await session.query("SAVEPOINT import_videos_slice");
  try {
    const r = await count(session, COMMIT_VIDEOS_UNCONTESTED, [userId, lo, hi]);
    await session.query("RELEASE SAVEPOINT import_videos_slice");
    return r;
  } catch (e) {
    if (!(e instanceof pg.DatabaseError && e.code === "23505" && e.constraint === "videos_user_id_platform_video_id_key")) throw e;
    // Also undoes what the failed statement wrote (import_video_ids included); the
    // transaction-local settings made before the savepoint stay.
    await session.query("ROLLBACK TO SAVEPOINT import_videos_slice");
    await session.query("RELEASE SAVEPOINT import_videos_slice");
    await planVideos(session, userId, timeZone, lo, hi);
    return count(session, COMMIT_VIDEOS, [userId, lo, hi]);
  }
}

/** (Re)plans staged videos lo < ord <= hi: found or new, and their final values. */
async function planVideos(session: ImportSession, userId: string, timeZone: string, lo: number, hi: number): Promise<void> {
  await session.query("DELETE FROM import_video_plan WHERE ord > $1 AND ord <= $2", [lo, hi]);
  await session.query("SET LOCAL enable_nestloop = off");
  await session.query(PLAN_VIDEOS, [userId, lo, hi, timeZone]);
  await session.query("RESET enable_nestloop");
}

async function writeMerged(session: ImportSession, userId: string, timeZone: string, merged: MergedImport, total: number, opts: CommitOptions) {
  const size = opts.chunkSize ?? CHUNK;
  let done = 0;
  const summary = { videos: zero(), readings: zero(), days: zero(), followers: zero(), rows: total };
  const checkAborted = () => {
    if (opts.signal?.aborted) throw new ImportAbortedError();
  };

  const run = async (stage: CommitProgress["stage"], rows: number, sql: string, extra: unknown[], tally: (r: CountRow, n: number) => void) => {
    for (let lo = 0; lo < rows; lo += size) {
      checkAborted();
      const n = Math.min(size, rows - lo);
      tally(await count(session, sql, [userId, lo, lo + n, ...extra]), n);
      done += n;
      checkAborted();
      await opts.onProgress?.({ done, total, stage });
    }
  };
  const upserted = (c: CommitCounts) => (r: CountRow, n: number) => {
    c.inserted += r.inserted ?? 0;
    c.updated += r.updated ?? 0;
    c.unchanged += n - (r.inserted ?? 0) - (r.updated ?? 0);
  };

  checkAborted();
  // Videos in order of posting time, so each slice touches a few posting days of the daily
  // rollup (video_day_totals), whose triggers recompute every day a statement touches. Which
  // slice a video lands in changes nothing else: each staged video is its own natural key.
  const videos = [...merged.videos].sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime());
  // A reading parsed from the same row as its video carries the video's own ref object: look
  // that up first, and build the string keys only for a reading that names its video otherwise.
  const ordByRef = new Map<object, number>(videos.map((v, i) => [v.ref, i + 1]));
  let ordByKey: Map<string, number> | undefined;
  const videoOrd = (r: ReadingRow) =>
    ordByRef.get(r.video) ?? (ordByKey ??= new Map(videos.map((v, i) => [videoRefKey(v.ref), i + 1]))).get(videoRefKey(r.video)) ?? null;
  await session.stage("videos", videos, videoCells);
  // Readings in the order of their videos (so of posting time), those naming a video the file
  // does not list last: each slice of the readings pass then touches a few posting days, and the
  // rollup triggers of the slices recompute each day about once, not once per slice (a later
  // export of a big account has a new reading for every video, on every posting day).
  const readingOrd = new Map<ReadingRow, number>();
  for (const r of merged.readings) readingOrd.set(r, videoOrd(r) ?? Number.MAX_SAFE_INTEGER);
  const readings = [...merged.readings].sort((a, b) => readingOrd.get(a)! - readingOrd.get(b)!);
  await session.stage("readings", readings, (r) => readingCells(r, true, readingOrd.get(r)! === Number.MAX_SAFE_INTEGER ? null : readingOrd.get(r)!));
  await session.stage("days", merged.days, dayCells);
  await session.stage("followers", merged.followers, followerCells);

  // The videos are first matched with the creator's videos using hash joins only (the planner's
  // statistics predate this transaction's inserts and would pick nested loops over "a handful"
  // of videos that are in fact thousands), then written slice by slice with the planner's own
  // choices, which also plan the triggers the writes fire (they look rows up by key: nested
  // loops). Every staged video is its own natural key, so no staged video can match one that
  // another staged video creates: the whole file is matched in one statement (one pass over the
  // staging and the creator's videos, instead of one per slice over ever more of them).
  const videoCounts = upserted(summary.videos);
  if (videos.length > 0) await planVideos(session, userId, timeZone, 0, videos.length);
  for (let lo = 0; lo < videos.length; lo += size) {
    checkAborted();
    const n = Math.min(size, videos.length - lo);
    // The statement writes the new videos' latest_* itself; their rollup days are refreshed
    // after the last slice (see migration 20261126170000_import_writes_derived).
    await session.query(`SELECT set_config('tierline.import_writes_derived', 'on', true)`);
    const r = await commitVideoSlice(session, userId, timeZone, lo, lo + n);
    await session.query(`SELECT set_config('tierline.import_writes_derived', 'off', true)`);
    // The rollup of every posting day the import created videos on, once, in the same
    // transaction (one computation per day instead of one per slice that touched it).
    if (lo + n >= videos.length) await session.query(REFRESH_CREATED_DAYS, [userId]);
    videoCounts(r, n);
    summary.readings.inserted += r.readings_inserted ?? 0;
    done += n;
    checkAborted();
    await opts.onProgress?.({ done, total, stage: "videos" });
  }
  // Readings of videos this import created were all written with them (one row per natural
  // key). When that is every reading (a first import of a Content.csv), the readings pass would
  // only count them again.
  if (summary.readings.inserted === merged.readings.length) {
    // Progress still moves in the same steps (the UI's bar and the events stay as they were).
    for (let lo = 0; lo < merged.readings.length; lo += size) {
      done += Math.min(size, merged.readings.length - lo);
      checkAborted();
      await opts.onProgress?.({ done, total, stage: "readings" });
    }
  } else {
    // The other readings find their videos in import_video_ids (analysed, so estimates are right).
    await session.query("ANALYZE import_video_ids");
    await run("readings", merged.readings.length, COMMIT_READINGS, [], (r, n) => {
      const c = summary.readings;
      const matched = r.matched ?? 0;
      c.inserted += r.inserted ?? 0;
      c.updated += r.updated ?? 0;
      c.skipped += n - matched - (r.with_video ?? 0);
      c.unchanged += matched - (r.inserted ?? 0) - (r.updated ?? 0);
    });
  }
  await run("days", merged.days.length, COMMIT_DAYS, [], upserted(summary.days));
  await run("followers", merged.followers.length, COMMIT_FOLLOWERS, [], upserted(summary.followers));
  return summary;
}

/**
 * Writes every usable row of the accepted files in ONE transaction: all of it or, on any
 * failure (including `onProgress` throwing or `signal` aborting), none of it. Imports of one
 * creator run one at a time (an advisory lock), so two tabs can't create the same video twice.
 * The overlapping files are merged here, once per commit; `onStart` hears how many rows that left.
 */
export async function commitImport(userId: string, timeZone: string, parsed: ParsedImport, opts: CommitOptions = {}): Promise<CommitSummary> {
  if (committableFiles(parsed).length === 0) throw new NothingToImportError();
  const merged = mergeForCommit(parsed);
  const total = rowsToWrite(merged);
  await opts.onStart?.(total);
  if (total === 0) throw new NothingToImportError();
  const started = performance.now();
  const session = await ImportSession.open();
  try {
    await session.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL})`, [userId]);
    const summary = await writeMerged(session, userId, timeZone, merged, total, opts);
    await session.commit();
    return { ...summary, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    await session.end(e as Error);
    throw e;
  }
}
