import "server-only";
import { csvColumns, encodePreamble, encodeRow } from "@/lib/csv/encode";
import { db } from "@/lib/db";
import { getEarningsSettings } from "@/lib/data/earnings-settings";
import { ESTIMATE_CURRENCY, getMonthlyComparison, type MonthlyComparisonMonth } from "@/lib/data/income";
import { centsToDecimalString } from "@/lib/domain/format";
import { addDaysToDateString, addMonthsToDateString, zonedLocalToUtc } from "@/lib/domain/time";
import type { IncomeStreamName } from "@/lib/validation/income";
import { throwIfAborted, type ReportChunks, type ReportContext, type ReportPeriod } from "./context";

// Earnings: per calendar month, the estimate beside what the creator recorded as paid, by
// stream: the Earnings page's own comparison (`getMonthlyComparison` in lib/data/income.ts:
// the views each video gained in the month at the Fund or Rewards rate, beside the ledger),
// so every figure is the one that page shows. Estimates are in ESTIMATE_CURRENCY (the
// platforms' rates are in US dollars) and compared only with ledger entries in it; entries in
// other currencies get rows of their own with the estimate left empty, never added together.
// The range is widened to whole months: a month's row always covers the whole month.

export const INCOME_STREAMS = ["views_payout", "brand_deal", "affiliate", "merchandise", "other"] as const satisfies readonly IncomeStreamName[];

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

export type OtherCurrencyMonth = { key: string; currency: string; stream: IncomeStreamName; cents: bigint };

/** Ledger entries not in ESTIMATE_CURRENCY, per month, currency and stream (refunds netted). */
export async function getOtherCurrencyActuals(userId: string, firstMonth: string, lastMonth: string): Promise<OtherCurrencyMonth[]> {
  const rows = await db.$queryRaw<{ key: string; currency: string; stream: IncomeStreamName; cents: string }[]>`
    SELECT to_char(date_trunc('month', received_on::timestamp), 'YYYY-MM-DD') AS key,
           currency, stream::text AS stream, sum(amount_cents)::text AS cents
    FROM income_entries
    WHERE user_id = ${userId}::uuid AND currency <> ${ESTIMATE_CURRENCY}
      AND received_on >= ${firstMonth}::date AND received_on < ${addMonthsToDateString(lastMonth, 1)}::date
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3`;
  return rows.map((r) => ({ key: r.key, currency: r.currency, stream: r.stream, cents: BigInt(r.cents) }));
}

export type EarningsReportData = { months: MonthlyComparisonMonth[]; otherCurrencies: OtherCurrencyMonth[] };

/** The Earnings page's comparison for every month from firstMonth to lastMonth, in calls of up to 120 months. */
export async function getEarningsReportData(
  userId: string,
  months: { firstMonth: string; lastMonth: string },
  timeZone: string,
): Promise<EarningsReportData> {
  const settings = await getEarningsSettings(userId);
  const all = monthsBetween(months.firstMonth, months.lastMonth);
  const calls: Promise<MonthlyComparisonMonth[]>[] = [];
  for (let end = all.length; end > 0; end -= MONTHS_PER_CALL) {
    const count = Math.min(MONTHS_PER_CALL, end);
    const lastKey = all[end - 1] as string;
    // Mid-month at noon: a "now" whose local date is in that month whatever the zone.
    const now = zonedLocalToUtc(`${lastKey.slice(0, 8)}15T12:00`, timeZone);
    calls.push(getMonthlyComparison(userId, { timeZone, settings, months: count, now }).then((c) => c.months));
  }
  const [windows, otherCurrencies] = await Promise.all([
    Promise.all(calls),
    getOtherCurrencyActuals(userId, months.firstMonth, months.lastMonth),
  ]);
  const merged = windows.flat().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { months: merged, otherCurrencies };
}

export async function* earningsReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  throwIfAborted(ctx.signal);
  const range = { firstMonth: `${period.firstDate.slice(0, 7)}-01`, lastMonth: `${period.lastDate.slice(0, 7)}-01` };
  const { months, otherCurrencies } = await getEarningsReportData(ctx.user.id, range, ctx.timeZone);
  throwIfAborted(ctx.signal);

  const streamColumns = (streams: (s: IncomeStreamName) => bigint, currency: string) => {
    const money = (cents: bigint) => centsToDecimalString(cents, currency);
    return {
      actual_views_payout: money(streams("views_payout")),
      actual_brand_deal: money(streams("brand_deal")),
      actual_affiliate: money(streams("affiliate")),
      actual_merchandise: money(streams("merchandise")),
      actual_other: money(streams("other")),
      actual_total: money(INCOME_STREAMS.reduce((t, s) => t + streams(s), 0n)),
    };
  };

  let out = encodePreamble(EARNINGS_COLUMNS, { bom: ctx.request.bom });
  for (const m of months) {
    const usd = (cents: bigint) => centsToDecimalString(cents, ESTIMATE_CURRENCY);
    const estimated = m.estimateFundCents + m.estimateRewardsCents;
    out += encodeRow(EARNINGS_COLUMNS, {
      month: m.key.slice(0, 7),
      currency: ESTIMATE_CURRENCY,
      views_gained: m.viewsGained,
      estimated_fund: usd(m.estimateFundCents),
      estimated_rewards: usd(m.estimateRewardsCents),
      estimated_views_payout: usd(estimated),
      ...streamColumns((s) => m.actual[s], ESTIMATE_CURRENCY),
      views_payout_difference: usd(m.actual.views_payout - estimated),
    });
    const others = otherCurrencies.filter((o) => o.key === m.key);
    for (const currency of [...new Set(others.map((o) => o.currency))].sort()) {
      const paid = (s: IncomeStreamName) => others.filter((o) => o.currency === currency && o.stream === s).reduce((t, o) => t + o.cents, 0n);
      out += encodeRow(EARNINGS_COLUMNS, {
        month: m.key.slice(0, 7),
        currency,
        views_gained: null,
        estimated_fund: null,
        estimated_rewards: null,
        estimated_views_payout: null,
        ...streamColumns(paid, currency),
        views_payout_difference: null,
      });
    }
  }
  yield out;
}
