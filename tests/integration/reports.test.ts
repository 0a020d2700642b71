// The CSV reports against a real PostgreSQL: each report parses back (csv-parse) to the
// figures the dashboard's and the pages' own data functions return for the same range, to
// the cent; text a creator typed is neutralised while numbers are untouched; the Readings
// report streams 200,000 rows in flat memory; an abandoned export stops its query.
import v8 from "node:v8";
import vm from "node:vm";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDashboardData, listDashboardVideos } from "@/lib/data/dashboard";
import { getEarningsSettings } from "@/lib/data/earnings-settings";
import { listFollowerCounts } from "@/lib/data/followers";
import { getMonthlyComparison } from "@/lib/data/income";
import { roundMicros } from "@/lib/domain/money";
import { openReport, parseReportRequest, renderReport, type ReportUser } from "@/lib/data/reports";
import { ReportRangeError } from "@/lib/errors";
import { endExportPool, ExportSession } from "@/lib/data/reports/export-connection";
import { READINGS_COLUMNS, READINGS_COPY_SETTINGS, readingsSelect } from "@/lib/data/reports/readings";
import { ISO_WITH_OFFSET_SQL, isoWithOffsetSql } from "@/lib/data/sql-rules";
import { getVideo } from "@/lib/data/videos";
import { encodePreamble, encodeRow } from "@/lib/csv/encode";
import { STATEMENT_TIMEOUT_MS } from "@/lib/db";
import { rateFromSums } from "@/lib/domain/engagement";
import { centsToDecimalString } from "@/lib/domain/format";
import { percentChange } from "@/lib/domain/series";
import { TIER_LABELS, tierForSums } from "@/lib/domain/tier";
import { toIsoWithOffset, zonedLocalToUtc } from "@/lib/domain/time";
import { ROLLING_WINDOW, shapeTrend } from "@/lib/domain/trend-shaping";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const LA = "America/Los_Angeles";
const la = (local: string) => zonedLocalToUtc(local, LA);
const NOW = new Date("2026-11-26T20:00:00Z");
const RANGE = "from=2026-01-01&to=2026-04-30";
const PERIOD = { from: la("2026-01-01T00:00"), to: la("2026-05-01T00:00") };

type Row = Record<string, string>;

function request(report: string, query: string) {
  const r = parseReportRequest(report, new URLSearchParams(query));
  if (!r.ok) throw new Error(r.error);
  return r.request;
}

async function csvRows(user: ReportUser, report: string, query: string): Promise<Row[]> {
  const text = await renderReport(user, request(report, query), { now: NOW });
  return parse(text, { bom: true, columns: true }) as Row[];
}

const num = (n: number | bigint | null) => (n === null ? "" : String(n));
const usd = (cents: bigint) => centsToDecimalString(cents, "USD");

type Seed = {
  title: string;
  postedAt: Date;
  durationSeconds: number | null;
  hashtags?: string[];
  sound?: string | null;
  notes?: string | null;
  readings: { at: Date; views: bigint; likes: bigint; comments: bigint; shares: bigint; saves?: bigint | null; watch?: string; completion?: string }[];
};

const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Click me")';

const VIDEOS: Seed[] = [
  {
    title: FORMULA_TITLE,
    postedAt: la("2026-01-05T08:00"),
    durationSeconds: 20,
    hashtags: ["dance", "fyp"],
    sound: "-5 remix",
    notes: 'Line one\nline two, with "quotes"',
    readings: [
      { at: la("2026-01-06T08:00"), views: 2_000n, likes: 250n, comments: 40n, shares: 10n, saves: 12n, watch: "7.25", completion: "41.5" },
      { at: la("2026-01-20T08:00"), views: 5_000n, likes: 600n, comments: 100n, shares: 50n, saves: 30n },
    ],
  },
  {
    title: "Café 💃🏽, tänze & more",
    postedAt: la("2026-02-10T10:00"),
    durationSeconds: 75,
    hashtags: ["café"],
    readings: [{ at: la("2026-02-20T09:00"), views: 3_000_000_000n, likes: 250_000_000n, comments: 30_000_000n, shares: 20_000_000n }],
  },
  // 125 views at $0.04 per 1,000 = half a cent, rounded up to $0.01.
  { title: "Half a cent", postedAt: la("2026-02-12T09:00"), durationSeconds: 10, readings: [{ at: la("2026-02-13T09:00"), views: 125n, likes: 5n, comments: 1n, shares: 0n }] },
  // 23:30 on 31 March in Los Angeles: a March video there (April in UTC).
  {
    title: "@midnight post",
    postedAt: la("2026-03-31T23:30"),
    durationSeconds: 90,
    readings: [
      { at: la("2026-04-02T12:00"), views: 3_000n, likes: 100n, comments: 20n, shares: 30n },
      // After the range: the Videos and Trend reports must not count it.
      { at: la("2026-06-02T12:00"), views: 90_000n, likes: 100n, comments: 20n, shares: 30n },
    ],
  },
  { title: "No readings yet", postedAt: la("2026-04-10T12:00"), durationSeconds: null, readings: [] },
  // Exactly 5 %: Good, not Average.
  { title: "+exactly five", postedAt: la("2026-03-03T12:00"), durationSeconds: 30, readings: [{ at: la("2026-03-04T12:00"), views: 1_000n, likes: 40n, comments: 5n, shares: 5n }] },
  // Before the range: in the previous period only.
  { title: "December video", postedAt: la("2025-12-01T12:00"), durationSeconds: 30, readings: [{ at: la("2025-12-05T12:00"), views: 10_000n, likes: 400n, comments: 50n, shares: 50n }] },
];

async function seed(userId: string, videos: Seed[]): Promise<Map<string, string>> {
  const db = testDb();
  const ids = new Map<string, string>();
  for (const v of videos) {
    const created = await db.video.create({
      data: {
        userId,
        title: v.title,
        postedAt: v.postedAt,
        durationSeconds: v.durationSeconds,
        hashtags: v.hashtags ?? [],
        sound: v.sound ?? null,
        notes: v.notes ?? null,
        platformVideoId: String(7_300_000_000_000_000_000n + BigInt(ids.size)),
      },
    });
    ids.set(v.title, created.id);
    for (const r of v.readings) {
      await db.reading.create({
        data: {
          videoId: created.id,
          userId,
          capturedAt: r.at,
          views: r.views,
          likes: r.likes,
          comments: r.comments,
          shares: r.shares,
          saves: r.saves ?? null,
          avgWatchTimeSeconds: r.watch ?? null,
          completionRate: r.completion ?? null,
        },
      });
    }
  }
  return ids;
}

let creator: ReportUser;
let other: ReportUser;
let videoIds: Map<string, string>;

beforeAll(async () => {
  const u = await createCreator({ timeZone: LA, currency: "USD" });
  creator = { id: u.id, timeZone: u.timeZone, currency: u.currency, locale: u.locale };
  videoIds = await seed(u.id, VIDEOS);
  const db = testDb();
  for (const [date, followers] of [
    ["2025-12-28", 900n],
    ["2026-01-04", 1_000n],
    ["2026-02-15", 1_500n],
    ["2026-04-30", 3_000_000_000n],
    ["2026-05-03", 3_100_000_000n],
  ] as const) {
    await db.followerCount.create({ data: { userId: u.id, date: new Date(`${date}T00:00:00Z`), followers } });
  }
  const entry = (receivedOn: string, stream: "views_payout" | "brand_deal" | "affiliate" | "merchandise" | "other", amountCents: bigint, currency = "USD", isRefund = false) =>
    db.incomeEntry.create({
      data: {
        userId: u.id, receivedOn: new Date(`${receivedOn}T00:00:00Z`), stream, amountCents, currency, isRefund, note: "=SUM(A1)",
        // In the account's currency (USD): credited as paid. The EUR entry has no credited amount yet.
        ...(currency === "USD" ? { creditedCents: amountCents, creditedCurrency: "USD" } : {}),
      },
    });
  await entry("2026-01-31", "views_payout", 18n);
  await entry("2026-02-03", "brand_deal", 50_000n);
  await entry("2026-02-27", "views_payout", 2_100_000_01n);
  await entry("2026-02-28", "affiliate", 1_234n);
  await entry("2026-02-28", "affiliate", -234n, "USD", true);
  await entry("2026-03-15", "other", 9_900n, "EUR");
  await entry("2026-05-01", "merchandise", 777n); // after the range

  // Another creator with data in the same weeks: nothing of it may appear.
  const o = await createCreator({ timeZone: LA });
  other = { id: o.id, timeZone: o.timeZone, currency: o.currency, locale: o.locale };
  await seed(o.id, [
    { title: "Someone else's video", postedAt: la("2026-02-11T12:00"), durationSeconds: 80, readings: [{ at: la("2026-02-12T12:00"), views: 7_777_777n, likes: 777_777n, comments: 7_777n, shares: 777n }] },
  ]);
  await db.followerCount.create({ data: { userId: o.id, date: new Date("2026-02-01T00:00:00Z"), followers: 99_999n } });
  await db.incomeEntry.create({ data: { userId: o.id, receivedOn: new Date("2026-02-02T00:00:00Z"), stream: "brand_deal", amountCents: 777_700n, currency: "USD", creditedCents: 777_700n, creditedCurrency: "USD" } });
});

afterAll(async () => {
  await endExportPool();
});

describe("the file", () => {
  test("UTF-8 with a BOM by default, CRLF row ends, header first; bom=0 leaves the mark out", async () => {
    for (const report of ["videos", "trend", "earnings", "readings", "followers"]) {
      const withBom = await renderReport(creator, request(report, RANGE), { now: NOW });
      expect(withBom.charCodeAt(0), report).toBe(0xfeff);
      expect(withBom.endsWith("\r\n"), report).toBe(true);
      // Every LF outside a quoted field is preceded by CR (the only bare LF is the notes' newline).
      const outsideQuotes = withBom.replace(/"(?:[^"]|"")*"/g, "");
      expect(outsideQuotes.match(/(?<!\r)\n/g), report).toBeNull();
      const without = await renderReport(creator, request(report, `${RANGE}&bom=0`), { now: NOW });
      expect(without).toBe(withBom.slice(1));
    }
  });

  test("the filename names the report and the range", async () => {
    const opened = await openReport(creator, request("trend", "from=2026-06-01&to=2026-08-31"), { now: NOW });
    opened.stream.destroy();
    expect(opened.filename).toBe("tierline-trend-2026-06-01_2026-08-31.csv");
    const all = await openReport(creator, request("followers", "range=all"), { now: NOW });
    all.stream.destroy();
    expect(all.filename).toBe("tierline-followers-2025-12-01_2026-11-26.csv");
  });

  test("an open-ended range runs to today; one that starts in the future is refused", async () => {
    const open = await openReport(creator, request("videos", "from=2026-02-01"), { now: NOW });
    open.stream.destroy();
    expect(open.filename).toBe("tierline-videos-2026-02-01_2026-11-26.csv");
    await expect(openReport(creator, request("videos", "from=2027-01-01"), { now: NOW })).rejects.toBeInstanceOf(ReportRangeError);
    await expect(openReport(creator, request("videos", "from=2012-01-01"), { now: NOW })).rejects.toThrow(/longer than 10 years/);
  });
});

describe("Videos report", () => {
  test("every video posted in the range, with the dashboard's figures for it", async () => {
    const rows = await csvRows(creator, "videos", RANGE);
    const settings = await getEarningsSettings(creator.id);
    const dashboard = await listDashboardVideos(creator.id, PERIOD, settings);
    expect(rows.map((r) => r.video_id).sort()).toEqual(dashboard.points.map((p) => p.id).sort());
    expect(rows).toHaveLength(6);
    for (const p of dashboard.points) {
      const row = rows.find((r) => r.video_id === p.id)!;
      const rate = p.hasReading ? rateFromSums(p.interactions, p.views) : null;
      const tier = p.hasReading ? tierForSums(p.interactions, p.views) : null;
      expect(row, p.title).toMatchObject({
        posted_at: toIsoWithOffset(p.postedAt, LA),
        views: p.hasReading ? String(p.views) : "",
        interactions: p.hasReading ? String(p.interactions) : "",
        engagement_rate_pct: num(rate),
        tier: tier ? TIER_LABELS[tier] : "",
        payout_program: p.program,
        estimated_views_payout: usd(p.payoutCents),
        currency: "USD",
      });
    }
  });

  test("typed text is neutralised and kept exactly otherwise; numbers are untouched", async () => {
    const rows = await csvRows(creator, "videos", RANGE);
    const formula = rows.find((r) => r.video_id === videoIds.get(FORMULA_TITLE))!;
    expect(formula).toMatchObject({
      title: `'${FORMULA_TITLE}`,
      sound: "'-5 remix",
      notes: 'Line one\nline two, with "quotes"',
      hashtags: "#dance #fyp",
      posted_at: "2026-01-05T08:00:00-08:00",
      reading_captured_at: "2026-01-20T08:00:00-08:00",
      views: "5000",
      likes: "600",
      saves: "30",
      interactions: "750",
      engagement_rate_pct: "15",
      tier: "Excellent",
      estimated_views_payout: "0.20",
    });
    expect(rows.find((r) => r.title === "Café 💃🏽, tänze & more")).toMatchObject({
      views: "3000000000",
      interactions: "300000000",
      engagement_rate_pct: "10",
      payout_program: "rewards",
      estimated_views_payout: "2100000.00",
    });
    expect(rows.find((r) => r.title === "'@midnight post")).toMatchObject({
      posted_at: "2026-03-31T23:30:00-07:00",
      views: "3000",
      reading_captured_at: "2026-04-02T12:00:00-07:00",
    });
    expect(rows.find((r) => r.title === "'+exactly five")).toMatchObject({ engagement_rate_pct: "5", tier: "Good" });
    expect(rows.find((r) => r.title === "Half a cent")).toMatchObject({ estimated_views_payout: "0.01" });
    expect(rows.find((r) => r.title === "No readings yet")).toMatchObject({ views: "", engagement_rate_pct: "", tier: "", estimated_views_payout: "0.00" });
  });

  test("the video list's filters: search and tier", async () => {
    const tagged = await csvRows(creator, "videos", `${RANGE}&q=%23dance`);
    expect(tagged.map((r) => r.video_id)).toEqual([videoIds.get(FORMULA_TITLE)]);
    const byTitle = await csvRows(creator, "videos", `${RANGE}&q=caf%C3%A9`);
    expect(byTitle).toHaveLength(1);
    // Exactly 5 % twice: 50 of 1,000 and 150 of 3,000.
    const good = await csvRows(creator, "videos", `${RANGE}&tier=good`);
    expect(good.map((r) => r.title)).toEqual(["'+exactly five", "'@midnight post"]);
  });
});

describe("Trend report", () => {
  test("each bucket, the total and the previous period are the dashboard's figures", async () => {
    const rows = await csvRows(creator, "trend", `${RANGE}&bucket=week`);
    // Issue 16, item 5: the header names which views (never a bare "views").
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["views_of_videos_posted", "interactions_on_videos_posted"]));
    expect(Object.keys(rows[0]!)).not.toContain("views");
    const data = await getDashboardData(creator, { range: { kind: "custom", from: "2026-01-01", to: "2026-04-30" }, bucket: "week" }, NOW);
    if (data.kind !== "ready") throw new Error("dashboard is empty");
    const points = shapeTrend(data.period.bucketKeys, data.trend, ROLLING_WINDOW.week);
    const buckets = rows.filter((r) => r.row_type === "week");
    expect(buckets).toHaveLength(points.length);
    points.forEach((p, i) => {
      const row = buckets[i]!;
      expect(row.period_start, p.key).toBe(i === 0 ? "2026-01-01" : p.key);
      expect(row, p.key).toMatchObject({
        videos_posted: String(p.videos),
        views_of_videos_posted: String(p.views),
        interactions_on_videos_posted: String(p.interactions),
        engagement_rate_pct: num(p.rate),
        tier: p.tier ? TIER_LABELS[p.tier] : "",
        rolling_engagement_rate_pct: num(p.rollingRate),
        estimated_fund: usd(p.fundCents),
        estimated_rewards: usd(p.rewardsCents),
        estimated_total: usd(p.earningsCents),
        currency: "USD",
      });
      const prev = points[i - 1];
      expect(row.views_of_videos_posted_change_pct).toBe(prev ? num(percentChange(p.views, prev.views)) : "");
    });
    expect(buckets.at(-1)!.period_end).toBe("2026-04-30");

    const { current, previous } = data.summaries;
    const total = rows.find((r) => r.row_type === "total")!;
    expect(total).toMatchObject({
      period_start: "2026-01-01",
      period_end: "2026-04-30",
      videos_posted: String(current.videos),
      views_of_videos_posted: String(current.views),
      interactions_on_videos_posted: String(current.interactions),
      engagement_rate_pct: num(rateFromSums(current.interactions, current.views)),
      estimated_total: usd(roundMicros(current.fundMicros + current.rewardsMicros)),
      views_of_videos_posted_change_pct: num(percentChange(current.views, previous.views)),
    });
    // The sum of the buckets is the total.
    expect(buckets.reduce((t, r) => t + BigInt(r.views_of_videos_posted!), 0n)).toBe(current.views);
    const before = rows.find((r) => r.row_type === "previous_period")!;
    expect(before).toMatchObject({ views_of_videos_posted: String(previous.views), videos_posted: String(previous.videos), views_of_videos_posted_change_pct: "" });
    expect(previous.views).toBe(10_000n);
  });

  test("without a range it is the dashboard's default view (last 90 days)", async () => {
    const opened = await openReport(creator, request("trend", ""), { now: NOW });
    opened.stream.destroy();
    expect(opened.filename).toBe("tierline-trend-2026-08-29_2026-11-26.csv");
  });
});

describe("Earnings report", () => {
  test("per month: the Earnings page's estimate beside the ledger, by stream, in the account's currency, with a total", async () => {
    const text = await renderReport(creator, request("earnings", RANGE), { now: NOW });
    // Every money column names the currency.
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFmonth,currency,views_gained,estimated_fund_usd,estimated_rewards_usd,estimated_views_payout_usd,actual_views_payout_usd,actual_brand_deal_usd,actual_affiliate_usd,actual_merchandise_usd,actual_other_usd,actual_total_usd,views_payout_difference_usd",
    );
    const rows = (await csvRows(creator, "earnings", RANGE)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/_usd$/, ""), v])));
    const settings = await getEarningsSettings(creator.id);
    const page = await getMonthlyComparison(creator.id, { timeZone: LA, currency: "USD", settings, months: 4, now: la("2026-04-15T12:00") });
    // The EUR entry has no amount credited in USD: not money in the account's currency, not in the file.
    expect(rows.map((r) => `${r.month} ${r.currency}`)).toEqual(["2026-01 USD", "2026-02 USD", "2026-03 USD", "2026-04 USD", "total USD"]);
    const recorded = (m: (typeof page.months)[number], s: keyof typeof m.actual) => (m.entries[s] > 0 ? usd(m.actual[s]) : "");
    for (const m of page.months) {
      const row = rows.find((r) => r.month === m.key.slice(0, 7))!;
      expect(row, m.key).toMatchObject({
        views_gained: String(m.viewsGained),
        estimated_fund: usd(roundMicros(m.estimateFundMicros)),
        estimated_rewards: usd(roundMicros(m.estimateRewardsMicros)),
        estimated_views_payout: usd(roundMicros(m.estimateFundMicros + m.estimateRewardsMicros)),
        actual_views_payout: recorded(m, "views_payout"),
        actual_brand_deal: recorded(m, "brand_deal"),
        actual_affiliate: recorded(m, "affiliate"),
        actual_merchandise: recorded(m, "merchandise"),
        actual_other: recorded(m, "other"),
      });
    }
    // January: 5,000 views gained at $0.04 per 1,000 = $0.20 estimated, $0.18 paid.
    expect(rows[0]).toMatchObject({ views_gained: "5000", estimated_views_payout: "0.20", actual_views_payout: "0.18", actual_total: "0.18", views_payout_difference: "-0.02" });
    // February: 3 billion Rewards views ($2,100,000.00) and half a cent rounded up; a refund nets the affiliate income.
    expect(rows[1]).toMatchObject({
      estimated_views_payout: "2100000.01",
      actual_views_payout: "2100000.01",
      actual_brand_deal: "500.00",
      actual_affiliate: "10.00",
      actual_total: "2100510.01",
      views_payout_difference: "0.00",
    });
    // March: nothing recorded in USD: empty cells ("not recorded"), never 0 or a loss.
    expect(rows[2]).toMatchObject({ actual_views_payout: "", actual_total: "", views_payout_difference: "" });
    // April: 3,000 Rewards views ($2.10); the merchandise payout of 1 May is outside.
    expect(rows[3]).toMatchObject({ estimated_rewards: "2.10", actual_merchandise: "", actual_total: "" });
    // The total: exact sums rounded once; the difference only over the months with a recorded payout.
    const exact = page.months.reduce((t, m) => t + m.estimateFundMicros + m.estimateRewardsMicros, 0n);
    expect(rows[4]).toMatchObject({ estimated_views_payout: usd(roundMicros(exact)), actual_views_payout: "2100000.19", actual_merchandise: "" });
  });

  test("months are covered whole, and the filename says so", async () => {
    const opened = await openReport(creator, request("earnings", "from=2026-01-15&to=2026-03-10"), { now: NOW });
    opened.stream.destroy();
    expect(opened.filename).toBe("tierline-earnings-2026-01-01_2026-03-31.csv");
    const thisMonth = await openReport(creator, request("earnings", "range=7"), { now: NOW });
    thisMonth.stream.destroy();
    expect(thisMonth.filename).toBe("tierline-earnings-2026-11-01_2026-11-26.csv");
  });
});

describe("Readings report", () => {
  test("every reading of every video in the range, as the video pages list them", async () => {
    const rows = await csvRows(creator, "readings", RANGE);
    const expected = [];
    for (const [, id] of videoIds) {
      const video = await getVideo(creator.id, id);
      for (const r of video.readings) if (r.capturedAt >= PERIOD.from && r.capturedAt < PERIOD.to) expected.push({ video, r });
    }
    expected.sort(
      (a, b) =>
        a.video.postedAt.getTime() - b.video.postedAt.getTime() ||
        (a.video.id < b.video.id ? -1 : a.video.id > b.video.id ? 1 : 0) ||
        a.r.capturedAt.getTime() - b.r.capturedAt.getTime(),
    );
    expect(rows).toHaveLength(expected.length);
    expect(rows).toHaveLength(6);
    expected.forEach(({ video, r }, i) => {
      const row = rows[i]!;
      expect(row).toMatchObject({
        reading_id: r.id,
        video_id: video.id,
        platform_video_id: video.platformVideoId,
        captured_at: toIsoWithOffset(r.capturedAt, LA),
        views: String(r.views),
        likes: String(r.likes),
        comments: String(r.comments),
        shares: String(r.shares),
        saves: r.saves === null ? "" : String(r.saves),
        interactions: String(r.interactions),
        engagement_rate_pct: num(r.engagementRate),
      });
      expect(row.avg_watch_time_seconds === "" ? null : Number(row.avg_watch_time_seconds)).toBe(r.avgWatchTimeSeconds === null ? null : Number(r.avgWatchTimeSeconds));
      expect(row.completion_rate_pct === "" ? null : Number(row.completion_rate_pct)).toBe(r.completionRate === null ? null : Number(r.completionRate));
    });
    expect(rows[0]).toMatchObject({ video_title: `'${FORMULA_TITLE}`, captured_at: "2026-01-06T08:00:00-08:00", engagement_rate_pct: "15" });
    // Video by video in posting order, each video's readings in time order.
    expect(rows[1]).toMatchObject({ video_title: `'${FORMULA_TITLE}`, captured_at: "2026-01-20T08:00:00-08:00" });
    expect(rows.find((r) => r.views === "3000000000")).toMatchObject({ video_title: "Café 💃🏽, tänze & more", engagement_rate_pct: "10" });
    expect(rows.find((r) => r.views === "125")).toMatchObject({ engagement_rate_pct: "4.8" });
  });

  test("times are written in the creator's zone, whatever it is; estimates are in the account's currency", async () => {
    const u = await createCreator({ timeZone: "Asia/Kolkata", currency: "EUR" });
    const kolkata = { id: u.id, timeZone: u.timeZone, currency: u.currency, locale: u.locale };
    await seed(u.id, [{ title: "India", postedAt: new Date("2026-03-01T00:00:00Z"), durationSeconds: 5, readings: [{ at: new Date("2026-03-01T18:45:00Z"), views: 3n, likes: 1n, comments: 0n, shares: 0n }] }]);
    const rows = await csvRows(kolkata, "readings", "range=all");
    expect(rows[0]).toMatchObject({ captured_at: "2026-03-02T00:15:00+05:30", engagement_rate_pct: "33.333333" });
    const videos = await csvRows(kolkata, "videos", "range=all");
    expect(videos[0]).toMatchObject({ posted_at: "2026-03-01T05:30:00+05:30", estimated_views_payout: "0.00", currency: "EUR" });
  });

  test("the file byte for byte: videos posted at the same instant, readings either side of both clock changes, titles to neutralise", async () => {
    const tz = "Europe/Berlin";
    const u = await createCreator({ timeZone: tz });
    const berlin: ReportUser = { id: u.id, timeZone: u.timeZone, currency: u.currency, locale: u.locale };
    const db = testDb();
    const sameInstant = new Date("2026-03-28T23:00:00Z");
    const videos = [
      { title: "-3 dB mix", postedAt: sameInstant },
      { title: "\tindented, with a comma", postedAt: sameInstant },
      { title: "\rcarriage", postedAt: sameInstant },
      { title: 'Say "hi"', postedAt: new Date("2026-03-01T12:00:00Z") },
      { title: "+1 follow", postedAt: new Date("2026-10-24T12:00:00Z") },
    ];
    // UTC instants: the last second of winter time, the first of summer time (29 March), the
    // hour 02:00-03:00 that happens twice on 25 October (first +02:00, then +01:00), and
    // milliseconds, which the file leaves out (it keeps whole seconds).
    const times = ["2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00.000Z", "2026-10-25T00:30:00.250Z", "2026-10-25T01:30:00.000Z"].map((t) => new Date(t));
    type Expected = { videoId: string; postedAt: Date; title: string; platformVideoId: string; readings: { id: string; at: Date; views: bigint; likes: bigint; comments: bigint; shares: bigint; saves: bigint | null; watch: string | null; completion: string | null }[] };
    const expected: Expected[] = [];
    let n = 0;
    for (const v of videos) {
      n += 1;
      const platformVideoId = String(7_400_000_000_000_000_000n + BigInt(n));
      const video = await db.video.create({ data: { userId: u.id, title: v.title, postedAt: v.postedAt, durationSeconds: 30, hashtags: [], platformVideoId } });
      const readings: Expected["readings"] = [];
      for (const [k, at] of times.entries()) {
        if (at < v.postedAt) continue;
        const r = { at, views: BigInt(1_000 * (k + 1) * n), likes: BigInt(37 * k + n), comments: BigInt(k), shares: 1n, saves: k === 0 ? null : BigInt(k), watch: k === 1 ? "12.50" : null, completion: k === 1 ? "99.99" : null };
        const created = await db.reading.create({
          data: { videoId: video.id, userId: u.id, capturedAt: r.at, views: r.views, likes: r.likes, comments: r.comments, shares: r.shares, saves: r.saves, avgWatchTimeSeconds: r.watch, completionRate: r.completion },
        });
        readings.push({ ...r, id: String(created.id) });
      }
      expected.push({ videoId: video.id, postedAt: v.postedAt, title: v.title, platformVideoId, readings });
    }
    expected.sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime() || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0));
    let file = encodePreamble(READINGS_COLUMNS, { bom: false });
    for (const v of expected) {
      for (const r of v.readings) {
        const sum = r.likes + r.comments + r.shares;
        file += encodeRow(READINGS_COLUMNS, {
          reading_id: r.id,
          video_id: v.videoId,
          platform_video_id: v.platformVideoId,
          video_title: v.title,
          captured_at: toIsoWithOffset(r.at, tz),
          views: r.views,
          likes: r.likes,
          comments: r.comments,
          shares: r.shares,
          saves: r.saves,
          interactions: sum,
          engagement_rate_pct: rateFromSums(sum, r.views),
          avg_watch_time_seconds: r.watch,
          completion_rate_pct: r.completion,
          followers_at_reading: null,
          engagement_rate_per_follower_pct: null,
          saves_counted_as_interactions: "no",
        });
      }
    }
    const text = await renderReport(berlin, request("readings", "range=all&bom=0"), { now: NOW });
    expect(text).toBe(file);
    // What the expectation is built from, spelled out.
    expect(text).toContain(",2026-03-29T01:59:59+01:00,");
    expect(text).toContain(",2026-03-29T03:00:00+02:00,");
    expect(text).toContain(",2026-10-25T02:30:00+02:00,");
    expect(text).toContain(",2026-10-25T02:30:00+01:00,");
    expect(text).toContain(',"\'\tindented, with a comma",');
    expect(text).toContain(",'-3 dB mix,");
    expect(text).toContain(',"\'\rcarriage",');
    expect(text.split("\r\n")).toHaveLength(1 + 3 * 4 + 4 + 2 + 1);
  });

  test("the time column is to_char's ISO 8601 with offset, in every zone and era", async () => {
    const session = await ExportSession.open("UTC");
    try {
      // Every zone here has something to get wrong: half- and quarter-hour offsets, a
      // half-hour summer time, summer time below standard time, offsets in seconds before
      // 1972 (Monrovia) or 1883 (local mean time), and the southern hemisphere.
      const zones = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "Africa/Monrovia", "Europe/Dublin", "America/Sao_Paulo", "UTC"];
      for (const zone of zones) {
        await session.query("SELECT set_config('TimeZone', $1, false)", [zone]);
        const [row] = await session.query<{ checked: number; differing: number; example: string | null }>(
          `WITH t(ts) AS (
             SELECT g FROM generate_series(timestamptz '1850-01-01 00:00:00.123Z', timestamptz '2040-01-01Z', interval '9 days 7 hours 13 minutes 17.371 seconds') g
             UNION ALL SELECT g FROM generate_series(timestamptz '2026-03-20Z', timestamptz '2026-11-10Z', interval '29 minutes 59.999 seconds') g
             UNION ALL SELECT unnest(ARRAY[timestamptz '2000-01-01 00:00:00Z', '1999-12-31 23:59:59.999Z', '2000-01-01 00:00:00.001Z', '0500-06-15 12:00:00.5Z', '0001-01-01 00:00:00Z', '9999-12-30 12:00:00Z'])
             UNION ALL SELECT unnest(ARRAY[timestamptz '2026-04-01 00:00:00.000123Z', '1969-12-31 23:59:59.999999Z'])::timestamptz(3)
           )
           SELECT count(*)::int AS checked,
                  count(*) FILTER (WHERE ${isoWithOffsetSql("ts")} IS DISTINCT FROM to_char(ts, ${ISO_WITH_OFFSET_SQL}))::int AS differing,
                  min(ts::text || ' → ' || ${isoWithOffsetSql("ts")} || ' vs ' || to_char(ts, ${ISO_WITH_OFFSET_SQL})) FILTER (WHERE ${isoWithOffsetSql("ts")} IS DISTINCT FROM to_char(ts, ${ISO_WITH_OFFSET_SQL})) AS example
           FROM t`,
        );
        expect(row, zone).toMatchObject({ differing: 0, example: null });
        expect(row!.checked).toBeGreaterThan(15_000);
      }
      // And it is what the app writes elsewhere (lib/domain/time), over this century.
      await session.query("SELECT set_config('TimeZone', $1, false)", ["America/St_Johns"]);
      const rows = await session.query<{ ms: string; text: string }>(
        `SELECT (extract(epoch FROM g) * 1000)::bigint::text AS ms, ${isoWithOffsetSql("g")} AS text
         FROM generate_series(timestamptz '2000-01-01 00:00:00.5Z', timestamptz '2030-01-01Z', interval '3 days 1 hour 7 minutes 3.5 seconds') g`,
      );
      for (const r of rows) expect(r.text).toBe(toIsoWithOffset(new Date(Number(r.ms)), "America/St_Johns"));
    } finally {
      await session.close();
    }
  });
});

describe("Followers report", () => {
  test("every follower count in the range, with the change the Followers page shows", async () => {
    const rows = await csvRows(creator, "followers", RANGE);
    const listed = (await listFollowerCounts(creator.id)).reverse();
    const inRange = listed.filter((f) => f.date >= "2026-01-01" && f.date <= "2026-04-30");
    expect(rows).toEqual(
      inRange.map((f) => ({
        date: f.date,
        followers: String(f.followers),
        change_since_previous: f.change === null ? "" : String(f.change),
        previous_date: f.previousDate ?? "",
      })),
    );
    // The first row's change is against the count before the range.
    expect(rows[0]).toMatchObject({ date: "2026-01-04", change_since_previous: "100", previous_date: "2025-12-28" });
    expect(rows.at(-1)).toMatchObject({ followers: "3000000000" });
  });
});

describe("scoping", () => {
  test("no report of one creator contains anything of another's", async () => {
    for (const report of ["videos", "trend", "earnings", "readings", "followers"]) {
      const text = await renderReport(creator, request(report, "range=all"), { now: NOW });
      for (const secret of [other.id, "Someone else", "7777777", "7777.00"]) expect(text, report).not.toContain(secret);
      if (report === "followers") expect(text).not.toContain(",99999,");
    }
  });
});

// ---------------------------------------------------------------------------------------
// Size and abandonment

const BULK_VIDEOS = 2_000;
const READINGS_PER_VIDEO = 100;

describe("a 200,000-reading export", () => {
  let bulk: ReportUser;

  beforeAll(async () => {
    const u = await createCreator({ timeZone: "Europe/Berlin" });
    bulk = { id: u.id, timeZone: u.timeZone, currency: u.currency, locale: u.locale };
    const db = testDb();
    await db.$executeRaw`
      INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, hashtags, version, created_at, updated_at)
      SELECT gen_random_uuid(), ${u.id}::uuid, 'Bulk video ' || g || ', "quoted"', timestamptz '2025-01-01 00:00Z' + g * interval '1 minute',
             30, '{}', 1, now(), now()
      FROM generate_series(1, ${BULK_VIDEOS}::int) g`;
    await db.$executeRaw`
      INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares)
      SELECT v.id, v.user_id, v.posted_at + n * interval '1 hour', n * 1000, n * 50, n * 5, n
      FROM videos v CROSS JOIN generate_series(1, ${READINGS_PER_VIDEO}::int) n
      WHERE v.user_id = ${u.id}::uuid`;
  }, 120_000);

  test("in order at scale, with a plan that does not fetch readings one video at a time", async () => {
    // The tables were just loaded and never analysed: the plan must not depend on statistics.
    const session = await ExportSession.open(bulk.timeZone);
    try {
      for (const setting of READINGS_COPY_SETTINGS) await session.query(setting);
      const select = readingsSelect((v) => session.literal(v), bulk.id, { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") });
      const plan = (await session.query<{ "QUERY PLAN": string }>(`EXPLAIN ${select}`)).map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toMatch(/Hash Join/);
      expect(plan).not.toMatch(/Nested Loop/);
      // One sort: the outer ORDER BY is met by the subquery's sorted rows, not sorted again.
      expect(plan.match(/Sort {2}\(/g)).toHaveLength(1);
    } finally {
      await session.close();
    }
    const rows = parse(await renderReport(bulk, request("readings", "range=all&bom=0")), { columns: true }) as Row[];
    expect(rows).toHaveLength(BULK_VIDEOS * READINGS_PER_VIDEO);
    // Video by video in posting order (each video's readings together), each in time order.
    const seen = new Set<string>();
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a.video_id === b.video_id) expect(Date.parse(a.captured_at!)).toBeLessThan(Date.parse(b.captured_at!));
      else {
        expect(seen.has(b.video_id!)).toBe(false);
        seen.add(a.video_id!);
        expect(Number(a.video_title!.split(" ")[2]!.replace(",", ""))).toBeLessThan(Number(b.video_title!.split(" ")[2]!.replace(",", "")));
      }
    }
  }, 120_000);

  test("streams without holding the rows in memory", async () => {
    const gc = (() => {
      v8.setFlagsFromString("--expose-gc");
      return vm.runInNewContext("gc") as () => void;
    })();
    const used = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    // Warm up first: the app's database clients and compiled code are created once per
    // process, not per row.
    await renderReport(bulk, request("readings", "from=2025-01-01&to=2025-01-01"));
    gc();
    const base = used();
    // Two figures: the peak as it happens (garbage included, until V8 collects it), and what
    // is still alive after a collection every 2 MB of file: what the export actually holds.
    // (By bytes, not chunks: how much a chunk holds is the export's business.)
    let peak = 0;
    const live: number[] = [];
    let bytes = 0;
    let lines = 0;
    let chunks = 0;
    const started = performance.now();
    const { stream } = await openReport(bulk, request("readings", "range=all&bom=0"));
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      bytes += b.length;
      for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) lines += 1;
      chunks += 1;
      peak = Math.max(peak, used() - base);
      if (Math.floor(bytes / 2e6) > live.length) {
        gc();
        live.push(used() - base);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = lines - 1;
    const peakLive = Math.max(...live);
    console.log(
      `[reports] readings export: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${chunks} chunks, ${seconds.toFixed(2)} s ` +
        `(GC forced every 2 MB); heap+buffers growth: peak ${(peak / 1e6).toFixed(1)} MB, live ${(peakLive / 1e6).toFixed(1)} MB`,
    );
    expect(rows).toBe(BULK_VIDEOS * READINGS_PER_VIDEO);
    expect(bytes).toBeGreaterThan(15e6);
    expect(peak).toBeLessThan(50e6);
    expect(peakLive).toBeLessThan(20e6);
    expect(live.length).toBeGreaterThan(3);
  }, 120_000);

  /** Backends running an export's COPY, its parallel workers included. */
  async function activeExports(): Promise<{ pid: number; state: string; backend_type: string }[]> {
    return testDb().$queryRaw<{ pid: number; state: string; backend_type: string }[]>`
      SELECT pid, state, backend_type FROM pg_stat_activity
      WHERE application_name = 'tierline-export' AND query LIKE 'COPY%' AND state <> 'idle'`;
  }

  /** The export's own connections (a COPY may have parallel workers besides). */
  const exportConnections = async () => (await activeExports()).filter((b) => b.backend_type === "client backend");

  async function waitForNoExport(ms: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if ((await activeExports()).length === 0) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`an export query was still running ${ms} ms after the download was abandoned`);
  }

  test("destroying the stream mid-export stops the query within 2 s", async () => {
    const { stream } = await openReport(bulk, request("readings", "range=all"));
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    // Nobody reads on: PostgreSQL is blocked writing to us, still inside its COPY.
    await new Promise((r) => setTimeout(r, 200));
    expect(await exportConnections()).toHaveLength(1);
    stream.destroy();
    const took = await waitForNoExport(2_000);
    console.log(`[reports] abandoned export stopped after ${took} ms`);
  }, 30_000);

  test("aborting the request's signal stops the query too", async () => {
    const controller = new AbortController();
    const { stream } = await openReport(bulk, request("readings", "range=all"), { signal: controller.signal });
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(await exportConnections()).toHaveLength(1);
    controller.abort();
    await waitForNoExport(2_000);
    // The stream fails rather than ending: a cut-short file never looks complete.
    const drain = async () => {
      for (let r = await it.next(); !r.done; r = await it.next());
    };
    await expect(drain()).rejects.toBeTruthy();
  }, 30_000);

  test("the export pool still works after abandoned exports", async () => {
    const text = await renderReport(bulk, request("followers", "range=all"));
    expect(text).toBe("\uFEFFdate,followers,change_since_previous,previous_date\r\n");
  });

  test("the Videos report pages through its cursor: every one of 2,000 videos, once", async () => {
    // The per-video figures come from the dashboard's SQL (videosWithLatestReading), whose plan
    // needs table statistics after a bulk load (see the report on issue 7).
    await testDb().$executeRawUnsafe("ANALYZE videos, stat_snapshots");
    const rows = await csvRows(bulk, "videos", "range=all&bom=0");
    expect(rows).toHaveLength(BULK_VIDEOS);
    expect(new Set(rows.map((r) => r.video_id)).size).toBe(BULK_VIDEOS);
    expect(rows[0]).toMatchObject({ title: 'Bulk video 1, "quoted"', views: "100000", engagement_rate_pct: "5.6", tier: "Good" });
  }, 60_000);

  test("COPY output: quoted newlines kept, rows end in CRLF, pg gets its connection back; a COPY failing part-way fails", async () => {
    const session = await ExportSession.open("UTC");
    try {
      // Enough rows to cross many socket reads, each with a newline inside a quoted field.
      const ok = await session.copyCsv(`SELECT g, 'a' || chr(10) || 'b' FROM generate_series(1, 50000) g`);
      const pieces: Buffer[] = [];
      for await (const chunk of ok) pieces.push(chunk as Buffer);
      const text = Buffer.concat(pieces).toString("utf8");
      expect(text.startsWith('1,"a\nb"\r\n2,"a\nb"\r\n')).toBe(true);
      expect(text.endsWith('50000,"a\nb"\r\n')).toBe(true);
      expect(text.split("\r\n")).toHaveLength(50_001);
      expect(text.replaceAll("\r\n", "").includes("\r")).toBe(false);
      // The COPY's end (CommandComplete, ReadyForQuery) went back to pg: the session goes on.
      const [row] = await session.query<{ n: number }>("SELECT 1 AS n");
      expect(row?.n).toBe(1);
      const bad = await session.copyCsv(`SELECT g, 1 / (g - 40000) FROM generate_series(1, 50000) g`);
      const drain = async () => {
        for await (const chunk of bad) void chunk;
      };
      await expect(drain()).rejects.toThrow(/division by zero/);
    } finally {
      await session.abort();
    }
  });

  test("export connections run under a statement timeout and notice a vanished client", async () => {
    const session = await ExportSession.open("UTC");
    try {
      const [timeout] = await session.query<{ statement_timeout: string }>("SHOW statement_timeout");
      const [check] = await session.query<{ client_connection_check_interval: string }>("SHOW client_connection_check_interval");
      expect(timeout?.statement_timeout).toBe(`${STATEMENT_TIMEOUT_MS / 1000}s`);
      expect(check?.client_connection_check_interval).toBe("1s");
    } finally {
      await session.close();
    }
  });
});
