import "server-only";
import { csvColumns, encodePreamble, encodeRow } from "@/lib/csv/encode";
import { getEarningsSettings } from "@/lib/data/earnings-settings";
import { getMonthlyComparison, type MonthlyComparisonMonth } from "@/lib/data/income";
import { centsToDecimalString } from "@/lib/domain/format";
import { roundMicros } from "@/lib/domain/money";
import { addDaysToDateString, addMonthsToDateString, zonedLocalToUtc } from "@/lib/domain/time";
import { INCOME_STREAMS, type IncomeStreamName } from "@/lib/domain/income-streams";
import { throwIfAborted, type ReportChunks, type ReportContext, type ReportPeriod } from "@/lib/reports/context";

// Earnings: per calendar month, the estimate beside what the creator recorded as paid, by
// stream: the Earnings page's own comparison (`getMonthlyComparison` in lib/data/income.ts:
// the views each video gained in the month at the Fund or Rewards rate, beside the ledger),
// so every figure is the one that page shows. Everything is in the account's currency (named
// in every money column's header and in the currency column); ledger entries count with the
// amount credited in it. Entries without a credited amount are not money in that currency and
// are left out (the ledger lists them). A last row, "total", sums the months exactly and
// rounds once, as the page's total and the dashboard do (lib/domain/money.ts); a month with no
// recorded entry for a stream has an empty cell there ("not recorded"), not 0.
// The range is widened to whole months: a month's row always covers the whole month.


/** getMonthlyComparison covers at most this many months per call. */
const MONTHS_PER_CALL = 120;

export const EARNINGS_COLUMNS = csvColumns([
  { name: "month", kind: "text" },
  { name: "currency", kind: "text" },
  { name: "views_gained", kind: "number" },
  { name: "estimated_fund", kind: "number" },
  { name: "estimated_rewards", kind: "number" },
  { name: "estimated_views_payout", kind: "number" },
  { name: "actual_views_payout", kind: "number" },
  { name: "actual_brand_deal", kind: "number" },
  { name: "actual_affiliate", kind: "number" },
  { name: "actual_merchandise", kind: "number" },
  { name: "actual_other", kind: "number" },
  { name: "actual_total", kind: "number" },
  { name: "views_payout_difference", kind: "number" },
]);

/**
 * The period widened to whole months: from the first of its first month to the end of its last
 * month, or today when that month is not over.
 */
export function wholeMonths(period: ReportPeriod, today: string, timeZone: string): ReportPeriod {
  const firstDate = `${period.firstDate.slice(0, 7)}-01`;
  const nextMonth = addMonthsToDateString(period.lastDate, 1);
  const monthEnd = addDaysToDateString(nextMonth, -1);
  const notOver = period.lastDate > today ? period.lastDate : today;
  const lastDate = monthEnd <= today ? monthEnd : notOver;
  return {
    from: zonedLocalToUtc(`${firstDate}T00:00`, timeZone),
    to: zonedLocalToUtc(`${addDaysToDateString(lastDate, 1)}T00:00`, timeZone),
    firstDate,
    lastDate,
  };
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonthsToDateString(m, 1)) out.push(m);
  return out;
}

/** The header names in `currency`: every money column carries the code ("estimated_fund_nok"). */
export function earningsHeaderColumns(currency: string): typeof EARNINGS_COLUMNS {
  const code = currency.toLowerCase();
  return EARNINGS_COLUMNS.map((c) => (c.kind === "number" && c.name !== "views_gained" ? { ...c, name: `${c.name}_${code}` as typeof c.name } : c));
}

export type EarningsReportData = { months: MonthlyComparisonMonth[] };

/** The Earnings page's comparison for every month from firstMonth to lastMonth, in calls of up to 120 months. */
export async function getEarningsReportData(
  userId: string,
  months: { firstMonth: string; lastMonth: string },
  timeZone: string,
  currency: string,
): Promise<EarningsReportData> {
  const settings = await getEarningsSettings(userId);
  const all = monthsBetween(months.firstMonth, months.lastMonth);
  const calls: Promise<MonthlyComparisonMonth[]>[] = [];
  for (let end = all.length; end > 0; end -= MONTHS_PER_CALL) {
    const count = Math.min(MONTHS_PER_CALL, end);
    const lastKey = all[end - 1] as string;
    // Mid-month at noon: a "now" whose local date is in that month whatever the zone.
    const now = zonedLocalToUtc(`${lastKey.slice(0, 8)}15T12:00`, timeZone);
    calls.push(getMonthlyComparison(userId, { timeZone, currency, settings, months: count, now }).then((c) => c.months));
  }
  const windows = await Promise.all(calls);
  const merged = windows.flat().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { months: merged };
}

export async function* earningsReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  throwIfAborted(ctx.signal);
  const range = { firstMonth: `${period.firstDate.slice(0, 7)}-01`, lastMonth: `${period.lastDate.slice(0, 7)}-01` };
  const currency = ctx.user.currency;
  const { months } = await getEarningsReportData(ctx.user.id, range, ctx.timeZone, currency);
  throwIfAborted(ctx.signal);
  const money = (cents: bigint) => centsToDecimalString(cents, currency);

  type Line = {
    key: string;
    viewsGained: bigint;
    fundMicros: bigint;
    rewardsMicros: bigint;
    actual: Record<IncomeStreamName, bigint>;
    entries: Record<IncomeStreamName, number>;
  };
  // The difference: paid views payouts against the estimate of the months they were recorded in.
  const line = (m: Line, comparedEstimate: bigint) => {
    const recorded = (s: IncomeStreamName) => (m.entries[s] > 0 ? money(m.actual[s]) : null);
    const anyRecorded = INCOME_STREAMS.some((s) => m.entries[s] > 0);
    const estimated = roundMicros(m.fundMicros + m.rewardsMicros);
    return encodeRow(EARNINGS_COLUMNS, {
      month: m.key,
      currency,
      views_gained: m.viewsGained,
      estimated_fund: money(roundMicros(m.fundMicros)),
      estimated_rewards: money(roundMicros(m.rewardsMicros)),
      estimated_views_payout: money(estimated),
      actual_views_payout: recorded("views_payout"),
      actual_brand_deal: recorded("brand_deal"),
      actual_affiliate: recorded("affiliate"),
      actual_merchandise: recorded("merchandise"),
      actual_other: recorded("other"),
      actual_total: anyRecorded ? money(INCOME_STREAMS.reduce((t, s) => t + m.actual[s], 0n)) : null,
      views_payout_difference: m.entries.views_payout > 0 ? money(m.actual.views_payout - comparedEstimate) : null,
    });
  };

  let out = encodePreamble(earningsHeaderColumns(currency), { bom: ctx.request.bom });
  const total: Line = {
    key: "total",
    viewsGained: 0n,
    fundMicros: 0n,
    rewardsMicros: 0n,
    actual: { views_payout: 0n, brand_deal: 0n, affiliate: 0n, merchandise: 0n, other: 0n },
    entries: { views_payout: 0, brand_deal: 0, affiliate: 0, merchandise: 0, other: 0 },
  };
  // The total's difference compares only months with a recorded views payout, as the page does.
  let comparedMicros = 0n;
  for (const m of months) {
    const estimated = roundMicros(m.estimateFundMicros + m.estimateRewardsMicros);
    out += line({ ...m, key: m.key.slice(0, 7), fundMicros: m.estimateFundMicros, rewardsMicros: m.estimateRewardsMicros }, estimated);
    total.viewsGained += m.viewsGained;
    total.fundMicros += m.estimateFundMicros;
    total.rewardsMicros += m.estimateRewardsMicros;
    if (m.entries.views_payout > 0) comparedMicros += m.estimateFundMicros + m.estimateRewardsMicros;
    for (const s of INCOME_STREAMS) {
      total.actual[s] += m.actual[s];
      total.entries[s] += m.entries[s];
    }
  }
  if (months.length > 0) out += line(total, roundMicros(comparedMicros));
  yield out;
}
