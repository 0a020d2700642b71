// The benchmark dataset, generated inside PostgreSQL with generate_series (no row-by-row
// inserts): 1,000 creators × 500 videos × 6 readings (3M readings), a heavy creator with
// 20,000 videos × 10 readings, growth creators with 100 / 1,000 / 10,000 videos × 6, and an
// export creator with 100,000 videos × 10 readings (the 1-million-row export).
import type pg from "pg";

export const DATASET_VERSION = "2026-11-26.1";

export type Cohort = { label: string; email: string; creators: number; videos: number; readings: number };

export const COHORTS: Cohort[] = [
  { label: "typical", email: "bench-%s@bench.test", creators: 1000, videos: 500, readings: 6 },
  { label: "heavy", email: "bench-heavy@bench.test", creators: 1, videos: 20_000, readings: 10 },
  { label: "growth-100", email: "bench-growth-100@bench.test", creators: 1, videos: 100, readings: 6 },
  { label: "growth-1000", email: "bench-growth-1000@bench.test", creators: 1, videos: 1_000, readings: 6 },
  { label: "growth-10000", email: "bench-growth-10000@bench.test", creators: 1, videos: 10_000, readings: 6 },
  { label: "export-1m", email: "bench-export@bench.test", creators: 1, videos: 100_000, readings: 10 },
];

async function loadCohort(c: pg.Client, cohort: Cohort, passwordHash: string) {
  await c.query("BEGIN");
  await c.query(
    `INSERT INTO users (id, email, password_hash, display_name, time_zone, currency, locale, updated_at)
     SELECT gen_random_uuid(), replace($1, '%s', i::text), $2, 'Bench ' || $3 || ' ' || i, 'America/New_York', 'USD', 'en-US', now()
     FROM generate_series(1, $4::int) i`,
    [cohort.email, passwordHash, cohort.label, cohort.creators],
  );
  const users = `SELECT id FROM users WHERE email LIKE replace($1, '%s', '%')`;
  // Videos spread over the last two years; 35 % are 60 s or longer (Creator Rewards).
  await c.query(
    `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, hashtags, platform_video_id, version, updated_at)
     SELECT gen_random_uuid(), u.id, 'Bench video ' || g,
            now() - interval '1 hour' - (random() * 730) * interval '1 day',
            CASE WHEN random() < 0.35 THEN 60 + (random() * 120)::int ELSE 8 + (random() * 50)::int END,
            ARRAY['fyp', (ARRAY['dance','recipe','diy','vlog'])[1 + (g % 4)]], (7300000000000000000 + g)::text, 1, now()
     FROM (${users}) u CROSS JOIN generate_series(1, $2::int) g`,
    [cohort.email, cohort.videos],
  );
  // Readings grow towards a per-video total with a per-video engagement rate (0.5–16 %); every
  // 3 days after posting, never in the future. (`v.duration_seconds * 0` makes the LATERAL
  // correlated, so each video draws its own random total and rate.)
  await c.query(
    `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares, saves)
     SELECT v.id, v.user_id, LEAST(v.posted_at + k * interval '3 days', now() - ($2 - k) * interval '1 minute'),
            (t.total * k / $2)::bigint,
            (t.total * k / $2 * t.er * 0.86)::bigint,
            (t.total * k / $2 * t.er * 0.06)::bigint,
            (t.total * k / $2 * t.er * 0.08)::bigint,
            (t.total * k / $2 * t.er * 0.1)::bigint
     FROM videos v
     CROSS JOIN LATERAL (SELECT (500 + random() * 200000 + v.duration_seconds * 0)::numeric AS total,
                                (0.005 + random() * 0.155 + v.duration_seconds * 0)::numeric AS er) t
     CROSS JOIN generate_series(1, $2::int) k
     WHERE v.user_id IN (${users})`,
    [cohort.email, cohort.readings],
  );
  await c.query(
    `INSERT INTO follower_snapshots (user_id, date, followers)
     SELECT u.id, (now() - w * interval '7 days')::date, (50000 - w * 400)::bigint
     FROM (${users}) u CROSS JOIN generate_series(0, 104) w`,
    [cohort.email],
  );
  await c.query("COMMIT");
}

export async function loadDataset(c: pg.Client, passwordHash: string, log: (m: string) => void) {
  await c.query(`CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text)`);
  const { rows } = await c.query(`SELECT value FROM bench_meta WHERE key = 'dataset'`);
  if (rows[0]?.value === DATASET_VERSION) {
    log("Dataset already loaded; reusing it.");
    return;
  }
  for (const cohort of COHORTS) {
    const t = performance.now();
    await loadCohort(c, cohort, passwordHash);
    log(`Loaded ${cohort.label}: ${cohort.creators} creator(s) × ${cohort.videos} videos × ${cohort.readings} readings in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await c.query("ANALYZE");
  await c.query(`INSERT INTO bench_meta VALUES ('dataset', $1) ON CONFLICT (key) DO UPDATE SET value = $1`, [DATASET_VERSION]);
}
