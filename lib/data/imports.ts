import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { STATEMENT_TIMEOUT_MS } from "@/lib/db";
import { IMPORT_LOCK_KEY_SQL } from "@/lib/data/import-lock";
import { committableFiles, mergeForCommit, rowsToWrite, type MergedImport } from "@/lib/import/merge";
import {
  KIND_LABELS,
  videoRefKey,
  type DayRow,
  type FollowerRow,
  type ImportKind,
  type ImportProblem,
  type ParsedFile,
  type ParsedImport,
  type ReadingRow,
  type RowSample,
  type VideoRow,
} from "@/lib/import/types";

// Import: preview (what would be new, updated or unchanged) and commit, both by natural key —
// a video by its TikTok id (else its link, else title + posting time); a reading by video and
// capture time; a daily figure or follower count by creator and date.
//
// The rows travel to PostgreSQL with COPY into temporary staging tables (an order of magnitude
// faster than bind parameters for 100,000 rows), then set-based statements compare or upsert
// them, every one scoped by the creator's id: a video named by another creator's id is simply
// not found. The commit is one transaction of bulk upserts whose `DO UPDATE … WHERE (values
// differ)` makes a second import of the same file change nothing; it runs in slices so progress
// can be reported, and any failure rolls all of it back. This needs a raw pg connection (COPY),
// so imports have a small pool of their own beside Prisma's.

export type ChangeCounts = { new: number; updated: number; unchanged: number; skipped: number };

export type FilePreview = {
  name: string;
  status: ParsedFile["status"];
  kind: ImportKind | null;
  kindLabel: string | null;
  reason: string | null;
  rowCount: number;
  counts: { videos: ChangeCounts | null; readings: ChangeCounts | null; days: ChangeCounts | null; followers: ChangeCounts | null };
  problems: ImportProblem[];
  problemCount: number;
  /** Rows skipped whole because of an error. */
  skippedRows: number;
  notes: string[];
  coversUntil: string | null;
  partialLastDay: string | null;
  sample: RowSample | null;
};

export type ImportPreview = {
  files: FilePreview[];
  /** Rows the commit would write or check, after merging overlapping files. */
  rowsToImport: number;
  /** Where the dashboard opens after the import (a range that shows the imported days). */
  landing: ParsedImport["landing"];
};

export type CommitCounts = { inserted: number; updated: number; unchanged: number; skipped: number };

export type CommitSummary = {
  videos: CommitCounts;
  readings: CommitCounts;
  days: CommitCounts;
  followers: CommitCounts;
  rows: number;
  durationMs: number;
};

export type CommitProgress = { done: number; total: number; stage: "videos" | "readings" | "days" | "followers" };

export type CommitOptions = {
  /** After each slice (inside the transaction): throwing here rolls the whole import back. */
  onProgress?: (p: CommitProgress) => void | Promise<void>;
  /** Aborting (the client went away) rolls the import back before the next slice. */
  signal?: AbortSignal;
  /** Rows per upsert statement (progress is reported after each). */
  chunkSize?: number;
};

export class ImportAbortedError extends Error {
  constructor() {
    super("The import was cancelled; nothing was saved.");
    this.name = "ImportAbortedError";
  }
}

export class NothingToImportError extends Error {
  constructor() {
    super("There is nothing to import: no file had rows Tierline could use.");
    this.name = "NothingToImportError";
  }
}

/**
 * Rows per upsert statement. Each slice scans the creator's videos once (hash joins), so fewer,
 * bigger slices are faster; 25,000 still gives a 100,000-row file eight progress steps.
 */
const CHUNK = 25_000;
/** One slice's statement; the whole import may take longer. */
const SLICE_TIMEOUT_MS = Math.max(STATEMENT_TIMEOUT_MS, 60_000);
const IMPORT_POOL_SIZE = Number(process.env.TIERLINE_IMPORT_POOL_SIZE ?? 3);

// ---------------------------------------------------------------------------------------
// Connections

const globalForImport = globalThis as unknown as { tierlineImportPool?: pg.Pool };

function importPool(): pg.Pool {
  if (globalForImport.tierlineImportPool) return globalForImport.tierlineImportPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  const pool = new pg.Pool({
    connectionString,
    max: IMPORT_POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: "tierline-import",
    statement_timeout: SLICE_TIMEOUT_MS,
    // A transaction left open by a vanished request is ended by the server.
    idle_in_transaction_session_timeout: 60_000,
  });
  pool.on("error", (e) => console.error("[import] idle import connection failed:", e.message));
  globalForImport.tierlineImportPool = pool;
  return pool;
}

/** Ends the import pool (tests and scripts; the app keeps it for its lifetime). */
export async function endImportPool(): Promise<void> {
  const pool = globalForImport.tierlineImportPool;
  globalForImport.tierlineImportPool = undefined;
  await pool?.end();
}

type Cell = string | null;

/** COPY's text format: \N is NULL; backslash, tab and line breaks escaped. */
const COPY_SPECIAL = /[\\\t\n\r]/;
function copyField(v: Cell): string {
  if (v === null) return "\\N";
  return COPY_SPECIAL.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : v;
}

const STAGING = {
  videos: ["kind", "value", "ref_posted_at", "pid", "link", "title", "posted_at", "date_only", "duration", "hashtags", "sound", "notes"],
  readings: ["kind", "value", "ref_posted_at", "captured_at", "views", "likes", "comments", "shares", "saves", "watch", "completion", "in_import", "vord"],
  days: ["date", "video_views", "profile_views", "likes", "comments", "shares"],
  followers: ["date", "followers"],
} as const;
type StagingTable = keyof typeof STAGING;
const STAGING_FILTERED: Record<StagingTable, string[]> = {
  videos: ["ord", "kind"],
  readings: ["ord", "kind", "vord"],
  days: ["ord"],
  followers: ["ord"],
};

/** One transaction on a connection of its own, with staging tables that vanish at its end. */
class ImportSession {
  private ended = false;

  private constructor(private readonly client: pg.PoolClient) {}

  static async open(): Promise<ImportSession> {
    const client = await importPool().connect();
    const session = new ImportSession(client);
    client.on("error", session.onError);
    try {
      await client.query("BEGIN");
      // Sorts and hashes of a 25,000-row slice stay in memory.
      await client.query("SET LOCAL work_mem = '64MB'");
      await client.query("SET LOCAL jit = off");
      for (const [table, columns] of Object.entries(STAGING)) {
        await client.query(
          `CREATE TEMP TABLE import_${table} (ord int NOT NULL, ${columns.map((c) => `${c} ${c === "vord" ? "int" : "text"}`).join(", ")}) ON COMMIT DROP`,
        );
      }
      // The video each staged video row became (found, or created with its readings), for the readings.
      await client.query("CREATE TEMP TABLE import_video_ids (ord int PRIMARY KEY, video_id uuid NOT NULL, created boolean NOT NULL) ON COMMIT DROP");
      // What each staged video will be (found or new, and its final values), decided before writing.
      await client.query(
        `CREATE TEMP TABLE import_video_plan (ord int NOT NULL, existing_id uuid, new_id uuid NOT NULL, changed boolean NOT NULL,
          title text, link text, platform_video_id text, posted_at timestamptz, duration_seconds int, hashtags text[], sound text, notes text)
         ON COMMIT DROP`,
      );
      return session;
    } catch (e) {
      await session.end(e as Error);
      throw e;
    }
  }

  private readonly onError = (e: Error) => console.warn("[import] connection ended:", e.message);

  async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(text, values)).rows;
  }

  /** Empties a staging table and loads rows into it (ord = 1, 2, …) with COPY. */
  async stage<T>(table: StagingTable, rows: readonly T[], cells: (row: T) => Cell[]): Promise<void> {
    await this.client.query(`TRUNCATE import_${table}`);
    if (rows.length === 0) return;
    const columns = ["ord", ...STAGING[table]].join(", ");
    const stream = this.client.query(copyFrom(`COPY import_${table} (${columns}) FROM STDIN`));
    function* lines() {
      const BATCH = 2_000;
      for (let lo = 0; lo < rows.length; lo += BATCH) {
        const batch: string[] = [];
        for (let i = lo; i < Math.min(lo + BATCH, rows.length); i++) {
          const fields = cells(rows[i]!);
          for (let k = 0; k < fields.length; k++) fields[k] = copyField(fields[k]!);
          batch.push(`${i + 1}\t${fields.join("\t")}\n`);
        }
        yield batch.join("");
      }
    }
    await pipeline(Readable.from(lines()), stream);
    // Row counts and the statistics of the columns the statements filter on, for the planner (a
    // temporary table has none until analysed; the other columns' would cost time for nothing).
    await this.client.query(`ANALYZE import_${table} (${STAGING_FILTERED[table].join(", ")})`);
  }

  async commit(): Promise<void> {
    await this.client.query("COMMIT");
    await this.end();
  }

  /** Rolls back (when still open) and returns the connection, or discards it after an error. */
  async end(error?: Error): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    let broken = error;
    if (error) {
      try {
        await this.client.query("ROLLBACK");
        broken = undefined;
      } catch {
        // The connection itself failed: discard it below.
      }
    }
    this.client.removeListener("error", this.onError);
    // A discarded connection may still report its end, to no one. One going back to the pool
    // gets the pool's own listener; a no-op added to it would stay for good, one more per
    // import on the same connection (Node warned at 11).
    if (broken) this.client.on("error", () => {});
    this.client.release(broken);
  }
}

// ---------------------------------------------------------------------------------------
// Rows → staging columns (text; SQL casts them)

const str = (v: bigint | null) => (v === null ? null : v.toString());
const opt = (v: string | number | null | undefined) => (v === undefined ? null : v === null ? "" : String(v));

function videoCells(v: VideoRow): Cell[] {
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

function readingCells(r: ReadingRow, inImport: boolean, videoOrd: number | null = null): Cell[] {
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

const dayCells = (d: DayRow): Cell[] => [d.date, str(d.videoViews), str(d.profileViews), str(d.likes), str(d.comments), str(d.shares)];
const followerCells = (f: FollowerRow): Cell[] => [f.date, f.followers.toString()];

// ---------------------------------------------------------------------------------------
// SQL. $1 is always the creator's id; $2 and $3 bound a slice of a staging table (ord).

const SLICE = "s.ord > $2 AND s.ord <= $3";

/** The stored video's columns a resolved ref carries along (as e_*). */
const E_COLS = `v.id AS video_id, v.title AS e_title, v.link AS e_link, v.platform_video_id AS e_pid, v.posted_at AS e_posted_at,
  v.duration_seconds AS e_duration, COALESCE(v.hashtags, '{}'::text[]) AS e_hashtags, v.sound AS e_sound, v.notes AS e_notes`;

/**
 * Video refs (CTE `i` with kind, value, vid, ref_at, ord) → the creator's videos, one branch
 * per kind of key, each an equality join. Link and title + time keys may match several videos
 * a creator added by hand: the oldest is used.
 */
const resolveVideos = (name: string, source: string) => `
  ${name} AS (
    SELECT i.ord, ${E_COLS}
    FROM ${source} AS i JOIN videos v ON v.platform_video_id = i.value
    WHERE i.kind = 'pid' AND v.user_id = $1::uuid
    UNION ALL
    SELECT i.ord, ${E_COLS}
    FROM ${source} AS i JOIN videos v ON v.id = i.vid
    WHERE i.kind = 'id' AND v.user_id = $1::uuid
    UNION ALL
    (SELECT DISTINCT ON (i.ord) i.ord, ${E_COLS}
     FROM ${source} AS i JOIN videos v ON v.link = i.value
     WHERE i.kind = 'link' AND v.user_id = $1::uuid AND v.platform_video_id IS NULL
     ORDER BY i.ord, v.created_at, v.id)
    UNION ALL
    (SELECT DISTINCT ON (i.ord) i.ord, ${E_COLS}
     FROM ${source} AS i JOIN videos v ON v.title = i.value AND v.posted_at = i.ref_at
     WHERE i.kind = 'tp' AND v.user_id = $1::uuid AND v.platform_video_id IS NULL AND v.link IS NULL
     ORDER BY i.ord, v.created_at, v.id)
  )`;
const RESOLVE_VIDEOS = resolveVideos("r", "i");

const UUID_SQL = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;
/** Ref columns computed once: a Tierline id as uuid, a title + time key's instant. */
const REF_COLS = `CASE WHEN s.kind = 'id' AND s.value ~ ${UUID_SQL} THEN s.value::uuid END AS vid,
  CASE WHEN s.kind = 'tp' THEN s.ref_posted_at::timestamptz END AS ref_at`;

/**
 * Videos with the values they will have: what the file gives, and for what it leaves out (a
 * TikTok file has no hashtags or notes) what the video already has. A date-only post time keeps
 * an existing video's time of day when it is the same day in the creator's zone ($4).
 */
const VIDEO_FINAL = `
  i AS (SELECT s.*, ${REF_COLS} FROM import_videos s WHERE ${SLICE}),
  ${RESOLVE_VIDEOS},
  f AS (
    SELECT i.ord, r.video_id AS existing_id, uuidv7() AS new_id,
      r.e_title, r.e_link, r.e_pid, r.e_posted_at, r.e_duration, r.e_hashtags, r.e_sound, r.e_notes,
      i.title,
      COALESCE(i.link, r.e_link) AS link,
      COALESCE(i.pid, r.e_pid) AS platform_video_id,
      CASE WHEN i.date_only = 't' AND r.video_id IS NOT NULL
            AND (r.e_posted_at AT TIME ZONE $4::text)::date = (i.posted_at::timestamptz AT TIME ZONE $4::text)::date
           THEN r.e_posted_at ELSE i.posted_at::timestamptz END AS posted_at,
      CASE WHEN i.duration IS NULL THEN r.e_duration ELSE NULLIF(i.duration, '')::int END AS duration_seconds,
      CASE WHEN i.hashtags IS NULL THEN COALESCE(r.e_hashtags, '{}'::text[])
           WHEN i.hashtags = '' THEN '{}'::text[]
           ELSE string_to_array(i.hashtags, ' ') END AS hashtags,
      CASE WHEN i.sound IS NULL THEN r.e_sound ELSE NULLIF(i.sound, '') END AS sound,
      CASE WHEN i.notes IS NULL THEN r.e_notes ELSE NULLIF(i.notes, '') END AS notes
    FROM i LEFT JOIN r ON r.ord = i.ord
  )`;

const VIDEO_CHANGED = `
  (f.e_title, f.e_link, f.e_pid, f.e_posted_at, f.e_duration, f.e_hashtags, f.e_sound, f.e_notes)
  IS DISTINCT FROM (f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes)`;

const PREVIEW_VIDEOS = `
  WITH ${VIDEO_FINAL}
  SELECT count(*) FILTER (WHERE f.existing_id IS NULL)::int AS new,
         count(*) FILTER (WHERE f.existing_id IS NOT NULL AND ${VIDEO_CHANGED})::int AS updated,
         count(*) FILTER (WHERE f.existing_id IS NOT NULL AND NOT ${VIDEO_CHANGED})::int AS unchanged
  FROM f`;

// `version` moves on with every change, so an edit form opened before the import is told the
// video changed instead of silently overwriting what the import brought.
//
// A video the import creates is written with its readings from the file in the same statement,
// and already carrying the latest of them: the statement-level triggers on stat_snapshots then
// run once per slice (the latest-reading trigger finds nothing to change), instead of once for
// the videos and again for every slice of readings. Its readings need no conflict handling (the
// video is brand new; the file has one reading per video and time).
const PLAN_VIDEOS = `
  WITH ${VIDEO_FINAL}
  INSERT INTO import_video_plan
  SELECT f.ord, f.existing_id, f.new_id, f.existing_id IS NOT NULL AND ${VIDEO_CHANGED},
    f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes
  FROM f`;

const commitVideos = (onConflict: string) => `
  WITH f AS (SELECT * FROM import_video_plan s WHERE ${SLICE}),
  upd AS (
    UPDATE videos v
    SET title = f.title, link = f.link, platform_video_id = f.platform_video_id, posted_at = f.posted_at,
        duration_seconds = f.duration_seconds, hashtags = f.hashtags, sound = f.sound, notes = f.notes,
        version = v.version + 1, updated_at = now()
    FROM f
    WHERE v.id = f.existing_id AND v.user_id = $1::uuid AND f.changed
    RETURNING 1
  ),
  readings AS (SELECT s.*, s.vord::int AS video_ord, s.captured_at::timestamptz AS at FROM import_readings s WHERE s.vord > $2 AND s.vord <= $3),
  latest AS (
    SELECT DISTINCT ON (s.video_ord) s.video_ord, s.at, s.views::bigint AS views, s.likes::bigint AS likes,
      s.comments::bigint AS comments, s.shares::bigint AS shares, s.saves::bigint AS saves
    FROM readings s
    ORDER BY s.video_ord, s.at DESC, s.ord DESC
  ),
  ins AS (
    INSERT INTO videos (id, user_id, title, link, platform_video_id, posted_at, duration_seconds, hashtags, sound, notes, updated_at,
      latest_captured_at, latest_views, latest_likes, latest_comments, latest_shares, latest_saves)
    SELECT f.new_id, $1::uuid, f.title, f.link, f.platform_video_id, f.posted_at, f.duration_seconds, f.hashtags, f.sound, f.notes, now(),
      l.at, l.views, l.likes, l.comments, l.shares, l.saves
    FROM f LEFT JOIN latest l ON l.video_ord = f.ord WHERE f.existing_id IS NULL
    ${onConflict}
    RETURNING id
  ),
  ids AS (
    INSERT INTO import_video_ids (ord, video_id, created)
    SELECT f.ord, COALESCE(f.existing_id, ins.id), ins.id IS NOT NULL FROM f LEFT JOIN ins ON ins.id = f.new_id
    WHERE f.existing_id IS NOT NULL OR ins.id IS NOT NULL
  ),
  new_readings AS (
    INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares, saves, avg_watch_time_seconds, completion_rate)
    SELECT DISTINCT ON (ins.id, s.at) ins.id, $1::uuid, s.at,
      s.views::bigint, s.likes::bigint, s.comments::bigint, s.shares::bigint, s.saves::bigint, s.watch::numeric, s.completion::numeric
    FROM readings s JOIN f ON f.ord = s.video_ord JOIN ins ON ins.id = f.new_id
    ORDER BY ins.id, s.at, s.ord DESC
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM upd)::int AS updated,
         (SELECT count(*) FROM new_readings)::int AS readings_inserted`;
const COMMIT_VIDEOS = commitVideos("ON CONFLICT (user_id, platform_video_id) DO NOTHING");
/** The same for a slice whose new videos' TikTok ids are expected to be free (see commitVideoSlice). */
const COMMIT_VIDEOS_UNCONTESTED = commitVideos("");

/**
 * The rollup (video_day_totals) of every posting day the import created videos on, recomputed from
 * scratch after the last slice of COMMIT_VIDEOS (whose INSERT triggers were told to skip): the same groups, and the
 * same computation, as the triggers would have refreshed (posting times to the millisecond, as
 * the column stores them). Edited videos were refreshed by the videos UPDATE trigger, which is
 * never skipped.
 */
const REFRESH_CREATED_DAYS = `
  SELECT tierline_refresh_posted(array_agg($1::uuid), array_agg(p.posted_at::timestamptz(3)))
  FROM import_video_plan p JOIN import_video_ids c ON c.ord = p.ord AND c.created`;

/**
 * A reading of a video this import found finds it in import_video_ids (by the staged video's
 * ord); any other reading (a Readings export) is resolved against the creator's videos. Readings
 * of videos the import created were written with them (COMMIT_VIDEOS).
 */
const READING_INPUT = `
  i AS (SELECT s.*, ${REF_COLS} FROM import_readings s WHERE ${SLICE}),
  rest AS (SELECT * FROM i WHERE i.vord IS NULL),
  ${resolveVideos("rr", "rest")},
  r AS (
    SELECT i.ord, m.video_id FROM i JOIN import_video_ids m ON m.ord = i.vord::int AND NOT m.created
    UNION ALL
    SELECT rr.ord, rr.video_id FROM rr
  ),
  m AS (
    SELECT DISTINCT ON (r.video_id, i.captured_at::timestamptz)
      r.video_id, i.captured_at::timestamptz AS captured_at,
      i.views::bigint AS views, i.likes::bigint AS likes, i.comments::bigint AS comments, i.shares::bigint AS shares,
      i.saves::bigint AS saves, i.watch::numeric AS watch, i.completion::numeric AS completion
    FROM i JOIN r ON r.ord = i.ord
    ORDER BY r.video_id, i.captured_at::timestamptz, i.ord DESC
  )`;

const READING_CHANGED = `
  (s.views, s.likes, s.comments, s.shares, s.saves, s.avg_watch_time_seconds, s.completion_rate)
  IS DISTINCT FROM (m.views, m.likes, m.comments, m.shares, COALESCE(m.saves, s.saves), COALESCE(m.watch, s.avg_watch_time_seconds), COALESCE(m.completion, s.completion_rate))`;

/** Readings of videos this import creates are new; readings of videos found nowhere are skipped. */
const PREVIEW_READINGS = `
  WITH ${READING_INPUT},
  unresolved AS (SELECT i.in_import FROM i LEFT JOIN r ON r.ord = i.ord WHERE r.ord IS NULL)
  SELECT
    (SELECT count(*) FROM unresolved WHERE in_import = 't')::int AS new_video,
    (SELECT count(*) FROM unresolved WHERE in_import <> 't')::int AS skipped,
    count(*) FILTER (WHERE s.id IS NULL)::int AS new,
    count(*) FILTER (WHERE s.id IS NOT NULL AND ${READING_CHANGED})::int AS updated,
    count(*) FILTER (WHERE s.id IS NOT NULL AND NOT ${READING_CHANGED})::int AS unchanged
  FROM m LEFT JOIN stat_snapshots s ON s.video_id = m.video_id AND s.captured_at = m.captured_at AND s.user_id = $1::uuid`;

const COMMIT_READINGS = `
  WITH ${READING_INPUT},
  up AS (
    INSERT INTO stat_snapshots AS s (video_id, user_id, captured_at, views, likes, comments, shares, saves, avg_watch_time_seconds, completion_rate)
    SELECT m.video_id, $1::uuid, m.captured_at, m.views, m.likes, m.comments, m.shares, m.saves, m.watch, m.completion FROM m
    ON CONFLICT (video_id, captured_at) DO UPDATE
    SET views = EXCLUDED.views, likes = EXCLUDED.likes, comments = EXCLUDED.comments, shares = EXCLUDED.shares,
        saves = COALESCE(EXCLUDED.saves, s.saves),
        avg_watch_time_seconds = COALESCE(EXCLUDED.avg_watch_time_seconds, s.avg_watch_time_seconds),
        completion_rate = COALESCE(EXCLUDED.completion_rate, s.completion_rate)
    WHERE s.user_id = $1::uuid AND
      (s.views, s.likes, s.comments, s.shares, s.saves, s.avg_watch_time_seconds, s.completion_rate)
      IS DISTINCT FROM (EXCLUDED.views, EXCLUDED.likes, EXCLUDED.comments, EXCLUDED.shares,
        COALESCE(EXCLUDED.saves, s.saves), COALESCE(EXCLUDED.avg_watch_time_seconds, s.avg_watch_time_seconds),
        COALESCE(EXCLUDED.completion_rate, s.completion_rate))
    RETURNING (xmax = 0) AS inserted
  )
  SELECT (SELECT count(*) FROM m)::int AS matched,
         (SELECT count(*) FROM i JOIN import_video_ids v ON v.ord = i.vord::int AND v.created)::int AS with_video,
         count(*) FILTER (WHERE inserted)::int AS inserted,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM up`;

const DAY_INPUT = `
  x AS (
    SELECT s.date::date AS date, s.video_views::bigint AS video_views, s.profile_views::bigint AS profile_views,
           s.likes::bigint AS likes, s.comments::bigint AS comments, s.shares::bigint AS shares
    FROM import_days s WHERE ${SLICE}
  )`;

/** A figure the file left empty keeps the value stored before. */
const DAY_MERGED = (d: string, x: string) =>
  `(COALESCE(${x}.video_views, ${d}.video_views), COALESCE(${x}.profile_views, ${d}.profile_views), COALESCE(${x}.likes, ${d}.likes), COALESCE(${x}.comments, ${d}.comments), COALESCE(${x}.shares, ${d}.shares))`;
const DAY_STORED = (d: string) => `(${d}.video_views, ${d}.profile_views, ${d}.likes, ${d}.comments, ${d}.shares)`;

const PREVIEW_DAYS = `
  WITH ${DAY_INPUT}
  SELECT count(*) FILTER (WHERE d.id IS NULL)::int AS new,
         count(*) FILTER (WHERE d.id IS NOT NULL AND ${DAY_STORED("d")} IS DISTINCT FROM ${DAY_MERGED("d", "x")})::int AS updated,
         count(*) FILTER (WHERE d.id IS NOT NULL AND ${DAY_STORED("d")} IS NOT DISTINCT FROM ${DAY_MERGED("d", "x")})::int AS unchanged
  FROM x LEFT JOIN daily_account_stats d ON d.user_id = $1::uuid AND d.date = x.date`;

const COMMIT_DAYS = `
  WITH ${DAY_INPUT},
  up AS (
    INSERT INTO daily_account_stats AS d (user_id, date, video_views, profile_views, likes, comments, shares, updated_at)
    SELECT $1::uuid, x.date, x.video_views, x.profile_views, x.likes, x.comments, x.shares, now() FROM x
    ON CONFLICT (user_id, date) DO UPDATE
    SET video_views = COALESCE(EXCLUDED.video_views, d.video_views), profile_views = COALESCE(EXCLUDED.profile_views, d.profile_views),
        likes = COALESCE(EXCLUDED.likes, d.likes), comments = COALESCE(EXCLUDED.comments, d.comments),
        shares = COALESCE(EXCLUDED.shares, d.shares), updated_at = now()
    WHERE d.user_id = $1::uuid AND ${DAY_STORED("d")} IS DISTINCT FROM ${DAY_MERGED("d", "EXCLUDED")}
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;

const FOLLOWER_INPUT = `x AS (SELECT s.date::date AS date, s.followers::bigint AS followers FROM import_followers s WHERE ${SLICE})`;

const PREVIEW_FOLLOWERS = `
  WITH ${FOLLOWER_INPUT}
  SELECT count(*) FILTER (WHERE f.id IS NULL)::int AS new,
         count(*) FILTER (WHERE f.id IS NOT NULL AND f.followers <> x.followers)::int AS updated,
         count(*) FILTER (WHERE f.id IS NOT NULL AND f.followers = x.followers)::int AS unchanged
  FROM x LEFT JOIN follower_snapshots f ON f.user_id = $1::uuid AND f.date = x.date`;

const COMMIT_FOLLOWERS = `
  WITH ${FOLLOWER_INPUT},
  up AS (
    INSERT INTO follower_snapshots AS f (user_id, date, followers)
    SELECT $1::uuid, x.date, x.followers FROM x
    ON CONFLICT (user_id, date) DO UPDATE SET followers = EXCLUDED.followers
    WHERE f.user_id = $1::uuid AND f.followers IS DISTINCT FROM EXCLUDED.followers
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;

// ---------------------------------------------------------------------------------------
// Preview

type CountRow = {
  new?: number;
  updated?: number;
  unchanged?: number;
  skipped?: number;
  new_video?: number;
  inserted?: number;
  matched?: number;
  readings_inserted?: number;
  with_video?: number;
};

const ALL = [0, 2_147_483_647];

async function count(session: ImportSession, sql: string, values: unknown[]): Promise<CountRow> {
  const rows = await session.query<CountRow>(sql, values);
  return rows[0] ?? {};
}

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

// ---------------------------------------------------------------------------------------
// Commit

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

async function writeMerged(session: ImportSession, userId: string, timeZone: string, merged: MergedImport, opts: CommitOptions) {
  const size = opts.chunkSize ?? CHUNK;
  const total = rowsToWrite(merged);
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
 */
export async function commitImport(userId: string, timeZone: string, parsed: ParsedImport, opts: CommitOptions = {}): Promise<CommitSummary> {
  if (committableFiles(parsed).length === 0) throw new NothingToImportError();
  const merged = mergeForCommit(parsed);
  if (rowsToWrite(merged) === 0) throw new NothingToImportError();
  const started = performance.now();
  const session = await ImportSession.open();
  try {
    await session.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL})`, [userId]);
    const summary = await writeMerged(session, userId, timeZone, merged, opts);
    await session.commit();
    return { ...summary, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    await session.end(e as Error);
    throw e;
  }
}
