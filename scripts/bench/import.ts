// 4. Import: a generated 100,000-row Content.csv through the import path (parse, then the
// one-transaction commit), for a fresh creator each run.
import type pg from "pg";
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
      await c.query("DELETE FROM users WHERE id = $1", [userId]);
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
  s.notes.push(`${fmt(bytes.length / 1e6, 1)} MB file, ${fmt(ROWS)} videos each with one reading; every run imports into a new creator (all rows new).`);
}
