// 4. Import: a generated 100,000-row Content.csv through the import path (parse, then the
// one-transaction commit), for a fresh creator each run.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { fmt, summarize } from "./stats";

type SectionFn = (title: string) => { rows: { figure: string; result: string; spread?: string; target?: string; met?: boolean | null }[]; notes: string[] };

export async function measureImport(c: pg.Client, section: SectionFn, reps = 3) {
  const s = section("4. Import: a generated 100,000-row Content.csv through the import path");
  const { parseImportFiles } = await import("../../lib/import/parse");
  const { commitImport, endImportPool } = await import("../../lib/data/imports");
  const { bigContentCsv } = await import("../../lib/import/testing/fixtures");
  const ROWS = 100_000;
  const bytes = bigContentCsv(ROWS);
  const rates: number[] = [];
  const parseMs: number[] = [];
  const commitMs: number[] = [];
  let floor: { videosMs: number; readingsMs: number; rollupMs: number } | null = null;
  try {
    for (let i = 0; i < reps; i++) {
      const { rows } = await c.query(
        `INSERT INTO users (id, email, password_hash, display_name, updated_at)
         VALUES (gen_random_uuid(), 'bench-import-' || gen_random_uuid() || '@bench.test', 'x', 'Bench import', now()) RETURNING id`,
      );
      const userId = rows[0].id as string;
      const t0 = performance.now();
      const parsed = await parseImportFiles([{ name: "Content.csv", bytes }], { timeZone: "UTC", now: new Date() });
      const t1 = performance.now();
      await commitImport(userId, "UTC", parsed);
      const t2 = performance.now();
      parseMs.push(t1 - t0);
      commitMs.push(t2 - t1);
      rates.push(ROWS / ((t2 - t0) / 1000));
      const kept = i === reps - 1 ? await importedRows(c, userId) : null;
      await c.query("DELETE FROM users WHERE id = $1", [userId]);
      if (kept) floor = await copyFloor(c, userId, kept);
    }
  } finally {
    await endImportPool?.();
  }
  // The imported creators are gone, their rows dead: clean up now, as autovacuum would shortly,
  // so it does not run beside the measurements that follow (it slowed the export's SQL by a
  // third when it did).
  await c.query("VACUUM (ANALYZE) videos, stat_snapshots, video_day_totals");
  const r = summarize(rates);
  s.rows.push({
    figure: "rows per second (parse + commit)",
    result: `${fmt(r.median)} rows/s`,
    spread: `${fmt(r.min)} – ${fmt(r.max)} (n=${r.n})`,
    target: "≥ 20,000 rows/s",
    met: r.median >= 20_000,
  });
  s.rows.push({ figure: "parse / commit (median)", result: `${fmt(summarize(parseMs).median)} ms / ${fmt(summarize(commitMs).median)} ms` });
  if (floor) {
    const f = floor;
    s.rows.push({
      figure: "PostgreSQL's floor: plain COPY of the same rows (videos / readings / rollup refresh)",
      result: `${fmt(f.videosMs)} ms / ${fmt(f.readingsMs)} ms / ${fmt(f.rollupMs)} ms (≤ ${fmt(ROWS / ((f.videosMs + f.readingsMs) / 1000))} rows/s before parse and rollup)`,
    });
  }
  s.notes.push(`${fmt(bytes.length / 1e6, 1)} MB file, ${fmt(ROWS)} videos each with one reading; every run imports into a new creator (all rows new).`);
  s.notes.push(
    "The floor: the last run's videos and readings copied out, its creator deleted, then in a transaction that is rolled back the creator again and COPY of the same rows into the real tables, with their indexes, keys and the import's trigger setting; then the rollup of their posting days, once.",
  );
}

const VIDEO_COLUMNS =
  "id, user_id, title, link, platform_video_id, posted_at, duration_seconds, hashtags, sound, notes, version, created_at, updated_at, latest_captured_at, latest_comments, latest_likes, latest_saves, latest_shares, latest_views";
const READING_COLUMNS = "id, video_id, user_id, captured_at, views, likes, comments, shares, saves, avg_watch_time_seconds, completion_rate, created_at";

async function copyOut(c: pg.Client, sql: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = c.query(copyTo(sql));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function importedRows(c: pg.Client, userId: string) {
  const user = await copyOut(c, `COPY (SELECT * FROM users WHERE id = '${userId}') TO STDOUT`);
  const videos = await copyOut(c, `COPY (SELECT ${VIDEO_COLUMNS} FROM videos WHERE user_id = '${userId}' ORDER BY id) TO STDOUT`);
  const readings = await copyOut(c, `COPY (SELECT ${READING_COLUMNS} FROM stat_snapshots WHERE user_id = '${userId}' ORDER BY id) TO STDOUT`);
  return { user, videos, readings };
}

/** What PostgreSQL itself needs to store the import's rows: COPY into the real tables, rolled back. */
async function copyFloor(c: pg.Client, userId: string, rows: { user: Buffer; videos: Buffer; readings: Buffer }) {
  const copy = async (sql: string, data: Buffer) => {
    const t = performance.now();
    await pipeline(Readable.from([data]), c.query(copyFrom(sql)));
    return performance.now() - t;
  };
  await c.query("BEGIN");
  try {
    await copy("COPY users FROM STDIN", rows.user);
    await c.query(`SELECT set_config('tierline.import_writes_derived', 'on', true)`);
    const videosMs = await copy(`COPY videos (${VIDEO_COLUMNS}) FROM STDIN`, rows.videos);
    const readingsMs = await copy(`COPY stat_snapshots (${READING_COLUMNS}) FROM STDIN`, rows.readings);
    const t = performance.now();
    await c.query(`SELECT tierline_refresh_posted(array_agg(user_id), array_agg(posted_at)) FROM videos WHERE user_id = $1`, [userId]);
    return { videosMs, readingsMs, rollupMs: performance.now() - t };
  } finally {
    await c.query("ROLLBACK");
  }
}

// 10. Re-import: the same 100,000 videos again, from a later export (one new reading each, with
// more views), into the creator the first import filled: the second import of a big account.
export async function measureReimport(c: pg.Client, section: SectionFn) {
  const s = section("10. Re-import: a later export of the same 100,000 videos (one new reading each)");
  const { parseImportFiles } = await import("../../lib/import/parse");
  const { commitImport, endImportPool } = await import("../../lib/data/imports");
  const { bigContentCsv } = await import("../../lib/import/testing/fixtures");
  const ROWS = 100_000;
  const { rows } = await c.query(
    `INSERT INTO users (id, email, password_hash, display_name, updated_at)
     VALUES (gen_random_uuid(), 'bench-reimport-' || gen_random_uuid() || '@bench.test', 'x', 'Bench re-import', now()) RETURNING id`,
  );
  const userId = rows[0].id as string;
  const importOnce = async (time: string, moreViews: number) => {
    const parsed = await parseImportFiles([{ name: "Content.csv", bytes: bigContentCsv(ROWS, { time, moreViews }) }], { timeZone: "UTC", now: new Date() });
    const t = performance.now();
    const summary = await commitImport(userId, "UTC", parsed);
    return { ms: performance.now() - t, summary };
  };
  try {
    const first = await importOnce("2026-08-31", 0);
    const again = await importOnce("2026-09-30", 1_000);
    const ratio = again.ms / first.ms;
    s.rows.push({ figure: "first import (commit)", result: `${fmt(first.ms)} ms`, target: "no error", met: first.summary.videos.inserted === ROWS });
    s.rows.push({
      figure: "re-import (commit)",
      result: `${fmt(again.ms)} ms (${fmt(again.summary.readings.inserted)} new readings)`,
      target: "no error",
      met: again.summary.readings.inserted === ROWS,
    });
    s.rows.push({ figure: "re-import / first import", result: `${fmt(ratio, 2)}×`, target: "≤ 1.5×", met: ratio <= 1.5 });
  } finally {
    await c.query("DELETE FROM users WHERE id = $1", [userId]);
    await endImportPool?.();
  }
  s.notes.push(
    "One creator, UTC: the first import of a generated 100,000-row Content.csv (240 posting days), then the same videos exported a month later with 1,000 more views each. Commit times only (the parse is the same for both).",
  );
}
