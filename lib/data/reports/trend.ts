import "server-only";
import { csvColumns, encodePreamble, encodeRow, type CsvRow } from "@/lib/csv/encode";
import { getEarningsSettingsRecord } from "@/lib/data/earnings-settings";
import { getEngagementTrend, getPeriodSummaries, type PeriodSummary } from "@/lib/data/trends";
import { type DashboardPeriod } from "@/lib/domain/dashboard-range";
import { rateFromSums } from "@/lib/domain/engagement";
import { centsToDecimalString } from "@/lib/domain/format";
import { roundMicros } from "@/lib/domain/money";
import { percentChange, type Bucket } from "@/lib/domain/series";
import { TIER_LABELS, tierForSums } from "@/lib/domain/tier";
import { addDaysToDateString, addMonthsToDateString } from "@/lib/domain/time";
import { ROLLING_WINDOW, shapeTrend, type TrendPoint, type TrendSums } from "@/lib/domain/trend-shaping";
import { throwIfAborted, type ReportChunks, type ReportContext } from "@/lib/reports/context";

// Trend: the dashboard's trend as a table. The buckets come from the dashboard's own query
// (`getEngagementTrend`) and shaping (`shapeTrend`: gaps filled, ER and tier from exact sums,
// the rolling ER), so every figure is the chart's, to the cent. Each bucket's change is against
// the bucket before it; the last two rows are the range's total (the dashboard cards,
// `getPeriodSummaries`) and the previous period of equal length, with the total's change
// against it. Its views are the views OF THE VIDEOS POSTED in each period (each at its latest
// reading before the period's end), and the headers say so: "views gained" is another number
// (lib/domain/views-basis.ts).

export const TREND_COLUMNS = csvColumns([
  { name: "row_type", kind: "text" },
  { name: "period_start", kind: "text" },
  { name: "period_end", kind: "text" },
  { name: "videos_posted", kind: "number" },
  { name: "views_of_videos_posted", kind: "number" },
  { name: "interactions_on_videos_posted", kind: "number" },
  { name: "engagement_rate_pct", kind: "number" },
  { name: "tier", kind: "text" },
  { name: "rolling_engagement_rate_pct", kind: "number" },
  { name: "median_engagement_rate_pct", kind: "number" },
  { name: "estimated_fund", kind: "number" },
  { name: "estimated_rewards", kind: "number" },
  { name: "estimated_total", kind: "number" },
  { name: "currency", kind: "text" },
  { name: "videos_posted_change_pct", kind: "number" },
  { name: "views_of_videos_posted_change_pct", kind: "number" },
  { name: "interactions_on_videos_posted_change_pct", kind: "number" },
  { name: "engagement_rate_change_points", kind: "number" },
  { name: "estimated_total_change_pct", kind: "number" },
  // "yes" when the creator counts saves as interactions: then interactions and every rate include them.
  { name: "saves_counted_as_interactions", kind: "text" },
]);

type TrendColumn = (typeof TREND_COLUMNS)[number]["name"];

/** Six decimals, like every rate: 5.402844, not 5.402844000000001 from a float subtraction. */
function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function lastDateOfBucket(key: string, bucket: Bucket): string {
  switch (bucket) {
    case "day":
      return key;
    case "week":
      return addDaysToDateString(key, 6);
    case "month":
      return addDaysToDateString(addMonthsToDateString(key, 1), -1);
  }
}

type Figures = TrendSums & { rate: number | null };

function changeColumns(current: Figures, previous: Figures | null): Partial<CsvRow<TrendColumn>> {
  if (!previous) return {};
  const rateChange = current.rate !== null && previous.rate !== null ? round6(current.rate - previous.rate) : null;
  return {
    videos_posted_change_pct: percentChange(BigInt(current.videos), BigInt(previous.videos)),
    views_of_videos_posted_change_pct: percentChange(current.views, previous.views),
    interactions_on_videos_posted_change_pct: percentChange(current.interactions, previous.interactions),
    engagement_rate_change_points: rateChange,
    estimated_total_change_pct: percentChange(
      roundMicros(current.fundMicros + current.rewardsMicros),
      roundMicros(previous.fundMicros + previous.rewardsMicros),
    ),
  };
}

function figureColumns(f: Figures, currency: string): Partial<CsvRow<TrendColumn>> {
  const tier = tierForSums(f.interactions, f.views);
  return {
    videos_posted: f.videos,
    views_of_videos_posted: f.views,
    interactions_on_videos_posted: f.interactions,
    engagement_rate_pct: f.rate,
    tier: tier ? TIER_LABELS[tier] : null,
    // Each rounded once from its exact sum (lib/domain/money.ts), as the dashboard shows them.
    estimated_fund: centsToDecimalString(roundMicros(f.fundMicros), currency),
    estimated_rewards: centsToDecimalString(roundMicros(f.rewardsMicros), currency),
    estimated_total: centsToDecimalString(roundMicros(f.fundMicros + f.rewardsMicros), currency),
    currency,
  };
}

function summaryFigures(s: PeriodSummary): Figures {
  return { ...s, rate: rateFromSums(s.interactions, s.views) };
}

export type TrendReportData = {
  /** The creator counts saves as interactions (every figure here includes them). */
  includeSaves: boolean;
  points: TrendPoint[];
  summaries: { current: PeriodSummary; previous: PeriodSummary };
};

/** The dashboard's figures for the period: its trend buckets and its cards. */
export async function getTrendReportData(userId: string, period: DashboardPeriod, timeZone: string): Promise<TrendReportData> {
  const { settings, includeSaves } = await getEarningsSettingsRecord(userId);
  const q = { from: period.from, to: period.to, bucket: period.bucket, timeZone };
  const [buckets, summaries] = await Promise.all([
    getEngagementTrend(userId, q, settings, { includeSaves }),
    getPeriodSummaries(userId, { from: period.from, to: period.to, previousFrom: period.previousFrom, timeZone }, settings, { includeSaves }),
  ]);
  return { includeSaves, points: shapeTrend(period.bucketKeys, buckets, ROLLING_WINDOW[period.bucket]), summaries };
}

export async function* trendReport(ctx: ReportContext, period: DashboardPeriod): ReportChunks {
  throwIfAborted(ctx.signal);
  const { includeSaves, points, summaries } = await getTrendReportData(ctx.user.id, period, ctx.timeZone);
  throwIfAborted(ctx.signal);
  // The account's currency, as on the dashboard (the model's rates are stored in it).
  const currency = ctx.user.currency;
  let out = encodePreamble(TREND_COLUMNS, { bom: ctx.request.bom });
  const empty = {
    ...(Object.fromEntries(TREND_COLUMNS.map((c) => [c.name, null])) as Record<TrendColumn, null>),
    saves_counted_as_interactions: includeSaves ? "yes" : "no",
  };

  let previous: TrendPoint | null = null;
  for (const p of points) {
    const start = p.key < period.firstDate ? period.firstDate : p.key;
    const end = lastDateOfBucket(p.key, period.bucket);
    out += encodeRow(TREND_COLUMNS, {
      ...empty,
      row_type: period.bucket,
      period_start: start,
      period_end: end > period.lastDate ? period.lastDate : end,
      ...figureColumns(p, currency),
      rolling_engagement_rate_pct: p.rollingRate,
      ...changeColumns(p, previous),
    });
    previous = p;
  }

  const current = summaryFigures(summaries.current);
  const before = summaryFigures(summaries.previous);
  out += encodeRow(TREND_COLUMNS, {
    ...empty,
    row_type: "total",
    period_start: period.firstDate,
    period_end: period.lastDate,
    ...figureColumns(current, currency),
    median_engagement_rate_pct: summaries.current.medianRate === null ? null : round6(summaries.current.medianRate),
    ...changeColumns(current, before),
  });
  out += encodeRow(TREND_COLUMNS, {
    ...empty,
    row_type: "previous_period",
    period_start: period.previousFirstDate,
    period_end: period.previousLastDate,
    ...figureColumns(before, currency),
    median_engagement_rate_pct: summaries.previous.medianRate === null ? null : round6(summaries.previous.medianRate),
  });
  yield out;
}
