// Each SQL twin in lib/data/sql-rules.ts, evaluated by PostgreSQL, against its TypeScript twin in
// lib/domain on the same table of inputs (boundaries included): a rule changed on one side only
// fails here. Also the triggers' copy of the payout rule (tierline_reading_figures) and the
// payout defaults they use against DEFAULT_EARNINGS_SETTINGS.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  engagementRateSql,
  followerCountInForceSql,
  interactionsSql,
  isoWithOffsetSql,
  LATEST_RANKABLE,
  LATEST_RATE,
  readingRateSql,
  tierSql,
  viewsPayoutColumnsSql,
} from "@/lib/data/sql-rules";
import { DEFAULT_EARNINGS_SETTINGS, viewsPayout, type EarningsSettings } from "@/lib/domain/earnings";
import { engagementRate, interactions, isRankableReading, rateFromSums } from "@/lib/domain/engagement";
import { followerCountInForce } from "@/lib/domain/engagement-variants";
import { toIsoWithOffset } from "@/lib/domain/time";
import { TIER_THRESHOLDS, tierForSums } from "@/lib/domain/tier";
import { Prisma } from "@/lib/generated/prisma/client";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

// (interactions, views): zero and negative views, exactly 3 %, 5 %, 10 % and 100 %, just either
// side of them, halves at the 6th decimal, more interactions than views, and counts beyond the
// bigint fast path of engagementRateSql.
const SUMS: [bigint, bigint][] = [
  [0n, 0n],
  [5n, 0n],
  [5n, -1n],
  [0n, 1n],
  [3n, 100n],
  [299_999n, 10_000_000n],
  [300_001n, 10_000_000n],
  [5n, 100n],
  [499_999_999n, 10_000_000_000n],
  [10n, 100n],
  [1n, 3n],
  [2n, 3n],
  [1n, 200_000_000n],
  [1n, 400_000_000n],
  [3n, 400_000_000n],
  [100n, 100n],
  [101n, 100n],
  [39_999_999_999n, 999_999_999_999_999n],
  [40_000_000_000n, 1_000_000_000_000_000n],
  [9_000_000_000_000_000n, 9_000_000_000_000_001n],
  [123_456_789_012n, 987_654_321_098_765n],
];

const values = (rows: unknown[][]) => rows.map((r) => `(${r.map((x) => (x === null ? "NULL" : `${x}`)).join(", ")})`).join(",\n");

async function each<T>(sql: string): Promise<T[]> {
  return testDb().$queryRawUnsafe<T[]>(sql);
}

describe("the SQL twins of lib/domain's rules", () => {
  test("engagementRateSql is rateFromSums (percentOf: half up at 6 decimals)", async () => {
    const rows = await each<{ n: number; rate: string | null }>(`
      SELECT t.n, ${engagementRateSql("t.i", "t.v")}::text AS rate
      FROM (VALUES ${values(SUMS.map(([i, v], n) => [n, `${i}::bigint`, `${v}::bigint`]))}) t(n, i, v) ORDER BY t.n`);
    expect(rows.map((r) => (r.rate === null ? null : Number(r.rate)))).toEqual(SUMS.map(([i, v]) => rateFromSums(i, v)));
  });

  test("tierSql is tierForSums at TIER_THRESHOLDS", async () => {
    const rows = await each<{ n: number; tier: string | null }>(`
      SELECT t.n, ${tierSql("t.i", "t.v", TIER_THRESHOLDS)} AS tier
      FROM (VALUES ${values(SUMS.map(([i, v], n) => [n, `${i}::bigint`, `${v}::bigint`]))}) t(n, i, v) ORDER BY t.n`);
    expect(rows.map((r) => r.tier)).toEqual(SUMS.map(([i, v]) => tierForSums(i, v)));
  });

  const READINGS = [
    { views: 0n, likes: 0n, comments: 0n, shares: 0n, saves: null },
    { views: 100n, likes: 3n, comments: 1n, shares: 1n, saves: 4n },
    { views: 100n, likes: 98n, comments: 1n, shares: 1n, saves: 1n },
    { views: 100n, likes: 99n, comments: 1n, shares: 1n, saves: null },
    { views: 3n, likes: 1n, comments: 0n, shares: 0n, saves: 0n },
    { views: 9_000_000_000_000_000n, likes: 3_000_000_000_000_000n, comments: 3_000_000_000_000_000n, shares: 3_000_000_000_000_000n, saves: 7n },
    { views: 9_000_000_000_000_000n, likes: 3_000_000_000_000_000n, comments: 3_000_000_000_000_000n, shares: 3_000_000_000_000_001n, saves: null },
  ];
  const readingValues = values(READINGS.map((r, n) => [n, `${r.views}::bigint`, `${r.likes}::bigint`, `${r.comments}::bigint`, `${r.shares}::bigint`, r.saves === null ? "NULL::bigint" : `${r.saves}::bigint`]));

  test.each([false, true])("interactionsSql is interactions (saves counted: %s)", async (includeSaves) => {
    const rows = await each<{ plain: string; exact: string }>(`
      SELECT (${interactionsSql("r", { includeSaves })})::text AS plain, (${interactionsSql("r", { includeSaves, numeric: true })})::text AS exact
      FROM (VALUES ${values(READINGS.slice(0, 5).map((r, n) => [n, r.likes, r.comments, r.shares, r.saves === null ? "NULL::bigint" : r.saves]))})
        r(n, likes, comments, shares, saves) ORDER BY r.n`);
    const expected = READINGS.slice(0, 5).map((r) => String(interactions(r, { includeSaves })));
    expect(rows.map((r) => r.plain)).toEqual(expected);
    expect(rows.map((r) => r.exact)).toEqual(expected);
    // numeric: exact where bigint would overflow.
    const [big] = await each<{ exact: string }>(`
      SELECT (${interactionsSql("r", { includeSaves, numeric: true })})::text AS exact
      FROM (VALUES (${READINGS[5]!.likes}::bigint, ${READINGS[5]!.comments}::bigint, ${READINGS[5]!.shares}::bigint, ${READINGS[5]!.saves}::bigint)) r(likes, comments, shares, saves)`);
    expect(big!.exact).toBe(String(interactions(READINGS[5]!, { includeSaves })));
  });

  test("LATEST_RATE and readingRateSql are engagementRate (before its rounding); LATEST_RANKABLE is isRankableReading", async () => {
    const rows = await testDb().$queryRaw<{ n: number; latest: number | null; reading: number | null; rankable: boolean }[]>(Prisma.sql`
      SELECT v.n, CASE WHEN v.latest_views > 0 THEN ${LATEST_RATE} END AS latest,
             CASE WHEN ss.views > 0 THEN ${readingRateSql("ss")} END AS reading, ${LATEST_RANKABLE} AS rankable
      FROM (VALUES ${Prisma.raw(readingValues)}) v(n, latest_views, latest_likes, latest_comments, latest_shares, latest_saves)
      JOIN (VALUES ${Prisma.raw(readingValues)}) ss(n, views, likes, comments, shares, saves) ON ss.n = v.n
      ORDER BY v.n`);
    READINGS.forEach((r, n) => {
      const rate = engagementRate(r);
      const row = rows[n]!;
      if (rate === null) {
        expect(row.latest).toBeNull();
        expect(row.reading).toBeNull();
      } else {
        expect(Math.abs(row.latest! - rate)).toBeLessThan(1e-6);
        expect(row.reading).toBe(row.latest);
      }
      expect(row.rankable, `reading ${n}`).toBe(isRankableReading({ views: r.views, interactions: interactions(r) }));
    });
  });

  test.each<[string, EarningsSettings]>([
    ["the defaults", DEFAULT_EARNINGS_SETTINGS],
    ["a creator's own", { ...DEFAULT_EARNINGS_SETTINGS, fundRateMillicentsPer1000: 2500, rewardsRateMillicentsPer1000: 41_234, rewardsMinDurationSeconds: 90, rewardsMinViews: 5 }],
  ])("viewsPayoutColumnsSql is viewsPayout (%s)", async (_, s) => {
    const cases: [bigint | null, number | null][] = [];
    const d = s.rewardsMinDurationSeconds;
    const m = BigInt(s.rewardsMinViews);
    for (const duration of [null, 0, d - 1, d, d + 1]) {
      // 125, 200 and 1,050 views: a payout of exactly half a cent at 4,000, 2,500 and 70,000 (rounded up).
      for (const views of [0n, 1n, 12n, 13n, 125n, 200n, 1_050n, m - 1n, m, m + 1n, 12_345n, 1_000_000_000_000n, 9_000_000_000_000_000n]) cases.push([views, duration]);
    }
    if (s === DEFAULT_EARNINGS_SETTINGS) for (const duration of [null, d]) cases.push([null, duration]); // no reading yet
    // The rollup's triggers count the same views with tierline_reading_figures (for a reading).
    type Row = { fund_cents: string; rewards_cents: string; fund_views: string; rewards_views: string; below_rewards_minimum: boolean; trigger: string | null };
    const rows = await testDb().$queryRaw<Row[]>(Prisma.sql`
      SELECT x.fund_cents::text, x.rewards_cents::text, x.fund_views::text, x.rewards_views::text, x.below_rewards_minimum,
             CASE WHEN x.views IS NOT NULL THEN concat_ws(' ', f.fund, f.rewards, f.below) END AS trigger
      FROM (SELECT t.n, t.views, t.duration, ${viewsPayoutColumnsSql(s, "t.views", "t.duration")}
            FROM (VALUES ${Prisma.raw(values(cases.map(([views, duration], n) => [n, views === null ? "NULL::bigint" : `${views}::bigint`, duration === null ? "NULL::int" : duration])))}) t(n, views, duration)) x
      CROSS JOIN LATERAL tierline_reading_figures(x.views, 0, 0, 0, x.duration IS NOT NULL AND x.duration >= ${s.rewardsMinDurationSeconds}::int, ${s.rewardsMinViews}::int) f
      ORDER BY x.n`);
    cases.forEach(([views, duration], n) => {
      const p = viewsPayout({ views: views ?? 0n, durationSeconds: duration }, s);
      const seen = views ?? 0n;
      const paidAtRewards = p.program === "rewards" && seen >= m;
      expect({ n, ...rows[n] }).toEqual({
        n,
        fund_cents: p.program === "fund" ? String(p.cents) : "0",
        rewards_cents: p.program === "rewards" ? String(p.cents) : "0",
        fund_views: p.program === "fund" ? String(seen) : "0",
        rewards_views: paidAtRewards ? String(seen) : "0",
        below_rewards_minimum: p.program === "rewards" && seen < m,
        trigger: views === null ? null : `${p.program === "fund" ? seen : 0} ${paidAtRewards ? seen : 0} ${p.program === "rewards" && seen < m ? 1 : 0}`,
      });
    });
  });

  test("followerCountInForceSql is followerCountInForce", async () => {
    const u = await createCreator();
    const counts = [
      { date: "2026-03-02", followers: 1_000n },
      { date: "2026-03-05", followers: 0n },
      { date: "2026-03-09", followers: 500n },
      { date: "2026-03-10", followers: 9_000_000_000_000_000n },
    ];
    for (const c of counts) await testDb().followerCount.create({ data: { userId: u.id, date: new Date(`${c.date}T00:00:00Z`), followers: c.followers } });
    const days = ["2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05", "2026-03-08", "2026-03-09", "2026-03-10", "2027-01-01"];
    const rows = await each<{ followers: string | null }>(`
      SELECT (${followerCountInForceSql(`'${u.id}'::uuid`, "d.day")})::text AS followers
      FROM (VALUES ${values(days.map((day, n) => [n, `'${day}'::date`]))}) d(n, day) ORDER BY d.n`);
    expect(rows.map((r) => r.followers)).toEqual(days.map((day) => followerCountInForce(day, counts)?.followers.toString() ?? null));
  });

  describe("isoWithOffsetSql is toIsoWithOffset", () => {
    let client: pg.Client;
    beforeAll(async () => {
      client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
    });
    afterAll(() => client.end());

    const INSTANTS = ["2026-03-08T09:59:59.999Z", "2026-03-08T10:00:00Z", "2026-11-01T08:30:00Z", "2026-12-31T23:59:59Z", "1999-06-15T12:00:00.5Z"];
    test.each(["UTC", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Kiritimati"])("in %s", async (zone) => {
      await client.query(`SET TimeZone = '${zone}'`);
      const r = await client.query<{ text: string }>(
        `SELECT ${isoWithOffsetSql("t.at")} AS text FROM unnest($1::timestamptz[]) WITH ORDINALITY t(at, n) ORDER BY t.n`,
        [INSTANTS],
      );
      expect(r.rows.map((x) => x.text)).toEqual(INSTANTS.map((at) => toIsoWithOffset(new Date(at), zone)));
    });
  });
});

describe("the payout defaults", () => {
  test("tierline_default_payout_settings() and the earnings_settings columns' defaults are DEFAULT_EARNINGS_SETTINGS", async () => {
    const s = DEFAULT_EARNINGS_SETTINGS;
    const [sql] = await each<Record<string, number>>(`SELECT * FROM tierline_default_payout_settings()`);
    expect(sql).toEqual({
      fund_rate: s.fundRateMillicentsPer1000,
      rewards_rate: s.rewardsRateMillicentsPer1000,
      min_duration: s.rewardsMinDurationSeconds,
      min_views: s.rewardsMinViews,
    });
    const columns = await each<{ column_name: string; column_default: string | null }>(`
      SELECT column_name, column_default FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'earnings_settings' AND column_default IS NOT NULL`);
    const defaults = Object.fromEntries(columns.map((c) => [c.column_name, c.column_default]));
    expect(defaults).toMatchObject({
      fund_rate_millicents_per_1000: String(s.fundRateMillicentsPer1000),
      rewards_rate_millicents_per_1000: String(s.rewardsRateMillicentsPer1000),
      rewards_min_duration_seconds: String(s.rewardsMinDurationSeconds),
      rewards_min_views: String(s.rewardsMinViews),
      brand_rate_cents_per_1000_followers: String(s.brandRateCentsPer1000Followers),
      brand_engagement_bonus_percent: String(s.brandEngagementBonusPercent),
    });
  });

  test("a creator without saved settings is computed with the defaults; saved settings win", async () => {
    const u = await createCreator();
    const settings = () => each<Record<string, number>>(`SELECT * FROM tierline_payout_settings('${u.id}'::uuid)`);
    expect(await settings()).toEqual(await each(`SELECT * FROM tierline_default_payout_settings()`));
    await testDb().earningsSettings.create({ data: { userId: u.id, fundRateMillicentsPer1000: 2500, rewardsMinViews: 5 } });
    expect(await settings()).toEqual([{ fund_rate: 2500, rewards_rate: 70_000, min_duration: 60, min_views: 5 }]);
  });
});
