// A creator's second import: a later export of the same large account (one new reading per
// video) must succeed as the first did, in about the same time, and leave the dashboard's
// figures (latest readings, the daily rollup, the period totals) exactly as a fresh computation
// gives them. Before migration 20261208030000 the rollup's videos UPDATE trigger compared every
// old row with every new one (a plan made for one row and kept): quadratic in the videos, so
// the re-import took several times the first import here and timed out at 50,000 videos.
import { afterAll, describe, expect, test } from "vitest";
import { getDashboardData } from "@/lib/data/dashboard";
import { commitImport, endImportPool } from "@/lib/data/imports";
import { parseImportFiles } from "@/lib/import/parse";
import * as F from "@/lib/import/testing/fixtures";
import { createCreator } from "./helpers/creators";
import { latestReadingMismatches, testDb } from "./helpers/db";

afterAll(() => endImportPool());

const TZ = "Europe/Berlin";
/** Big enough that a per-row-pair cost dominates (it doubles the re-import at 8,000). */
const N = 12_000;
/** Rows per commit slice: several slices, as a big account's import has. */
const CHUNK = 5_000;
const MORE_VIEWS = 1_000;

async function importContent(userId: string, time: string, now: Date, moreViews = 0) {
  const parsed = await parseImportFiles([{ name: "Content.csv", bytes: F.bigContentCsv(N, { time, moreViews }) }], { timeZone: TZ, now });
  const started = performance.now();
  const summary = await commitImport(userId, TZ, parsed, { chunkSize: CHUNK });
  return { summary, ms: performance.now() - started };
}

/** The rollup rows kept by the triggers and the import equal a fresh computation of every posting day. */
async function rollupMismatches(userId: string): Promise<number> {
  const rows = await testDb().$queryRawUnsafe<{ n: bigint }[]>(
    `WITH k AS (SELECT DISTINCT v.user_id, (v.posted_at AT TIME ZONE u.time_zone)::date AS d
                FROM videos v JOIN tierline_user_zones(ARRAY[$1::uuid]) u ON u.id = v.user_id WHERE v.user_id = $1::uuid),
          fresh AS (SELECT * FROM tierline_compute_video_day_totals(ARRAY(SELECT user_id FROM k), ARRAY(SELECT d FROM k))),
          kept AS (SELECT user_id, posted_on, captured_on, videos, views, interactions, fund_views, rewards_views, below_rewards_minimum
                   FROM video_day_totals WHERE user_id = $1::uuid)
     SELECT count(*) AS n FROM ((SELECT * FROM fresh EXCEPT ALL SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM fresh)) d`,
    userId,
  );
  return Number(rows[0]!.n);
}

async function dashboardTotals(user: { id: string; timeZone: string }, now: Date) {
  const data = await getDashboardData({ ...user, locale: "en-US", currency: "USD" }, { range: { kind: "custom", from: "2025-12-01", to: now.toISOString().slice(0, 10) }, bucket: "month" }, now);
  if (data.kind !== "ready") throw new Error("dashboard is empty");
  return data.summaries.current;
}

describe("import: a later export of a large account", () => {
  test("re-importing it with one new reading per video succeeds, in about the first import's time, with exact figures", { timeout: 300_000 }, async () => {
    const user = await createCreator({ timeZone: TZ });
    const first = await importContent(user.id, "2026-08-31", new Date("2026-09-01T10:00:00Z"));
    expect(first.summary.videos.inserted).toBe(N);
    const before = await dashboardTotals(user, new Date("2026-09-01T10:00:00Z"));

    const later = new Date("2026-10-01T10:00:00Z");
    const second = await importContent(user.id, "2026-09-30", later, MORE_VIEWS);
    console.log(`[reimport] ${N} videos: first import ${Math.round(first.ms)} ms, re-import ${Math.round(second.ms)} ms`);
    expect(second.summary.videos).toMatchObject({ inserted: 0, unchanged: N });
    expect(second.summary.readings).toMatchObject({ inserted: N, updated: 0 });
    expect(second.ms).toBeLessThanOrEqual(first.ms * 1.5);

    // What the creator sees: every video's latest figures moved on by MORE_VIEWS views, the
    // dashboard's totals with them, and the rollup exactly what a recomputation gives.
    expect(await latestReadingMismatches(user.id)).toEqual([]);
    expect(await rollupMismatches(user.id)).toBe(0);
    const after = await dashboardTotals(user, later);
    expect(after.videos).toBe(N);
    expect(after.views).toBe(before.views + BigInt(N * MORE_VIEWS));
    expect(after.interactions).toBe(before.interactions);
  });
});
