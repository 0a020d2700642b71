// Estimate against actual, per month and per stream, in the creator's words: chart numbers,
// table text and a caption with the key figure. Pure; the sums come from lib/data/income.ts.
// Only views payouts have a monthly estimate (views gained × the creator's rates); brand deals,
// affiliate and merchandise depend on deals made and sales, which Tierline cannot see.

import { formatCount, formatMoney, minorDigits } from "./format";
import { roundMicros } from "./money";
import { bucketLabel, bucketLongLabel, centsToChartNumber } from "./trend-shaping";

import { INCOME_STREAMS as STREAMS, type IncomeStreamName as Stream } from "./income-streams";

export { STREAMS, type Stream };

export const STREAM_LABELS: Record<Stream, string> = {
  views_payout: "Views payouts",
  brand_deal: "Brand deals",
  affiliate: "Affiliate",
  merchandise: "Merchandise",
  other: "Other",
};

export type ComparisonMonthInput = {
  key: string;
  viewsGained: bigint;
  /** Exact estimate in micros (lib/domain/money.ts): rounded once per figure shown. */
  estimateFundMicros: bigint;
  estimateRewardsMicros: bigint;
  actual: Record<Stream, bigint>;
  /** Entries recorded per stream: a stream with none is "not recorded", not a 0 paid. */
  entries: Record<Stream, number>;
};

/** Said where nothing was recorded: an empty ledger is not a loss. */
export const NOT_RECORDED = "not recorded";

export type ComparisonMonthView = {
  key: string;
  label: string;
  longLabel: string;
  estimate: number;
  actual: Record<Stream, number>;
  viewsGainedText: string;
  estimateText: string;
  actualText: Record<Stream, string>;
  differenceText: string;
  totalPaidText: string;
};

export type EarningsComparisonView = {
  months: ComparisonMonthView[];
  currency: string;
  locale: string;
  summary: string;
  totals: { estimateText: string; actualText: Record<Stream, string>; totalPaidText: string; differenceText: string };
  hasActual: boolean;
};

function signedMoney(c: bigint, currency: string, locale: string): string {
  if (c === 0n) return formatMoney(0n, currency, locale);
  return `${c > 0n ? "+" : "−"}${formatMoney(c < 0n ? -c : c, currency, locale)}`;
}

export function buildEarningsComparisonView(
  months: readonly ComparisonMonthInput[],
  display: { currency: string; locale: string },
): EarningsComparisonView {
  const { currency, locale } = display;
  const digits = minorDigits(currency);
  const money = (c: bigint) => formatMoney(c, currency, locale);
  const totalActual: Record<Stream, bigint> = { views_payout: 0n, brand_deal: 0n, affiliate: 0n, merchandise: 0n, other: 0n };
  const totalEntries: Record<Stream, number> = { views_payout: 0, brand_deal: 0, affiliate: 0, merchandise: 0, other: 0 };
  // Exact sums, each figure rounded once (lib/domain/money.ts).
  let totalEstimateMicros = 0n;
  // Only months with a recorded views payout are compared with their estimate.
  let comparedEstimateMicros = 0n;
  let comparedMonths = 0;
  const view: ComparisonMonthView[] = months.map((m) => {
    const estimateMicros = m.estimateFundMicros + m.estimateRewardsMicros;
    const estimate = roundMicros(estimateMicros);
    totalEstimateMicros += estimateMicros;
    let paid = 0n;
    let recorded = 0;
    const actual = {} as Record<Stream, number>;
    const actualText = {} as Record<Stream, string>;
    for (const s of STREAMS) {
      const c = m.actual[s];
      totalActual[s] += c;
      totalEntries[s] += m.entries[s];
      recorded += m.entries[s];
      paid += c;
      actual[s] = centsToChartNumber(c, digits);
      actualText[s] = m.entries[s] > 0 ? money(c) : NOT_RECORDED;
    }
    const payoutRecorded = m.entries.views_payout > 0;
    if (payoutRecorded) {
      comparedEstimateMicros += estimateMicros;
      comparedMonths += 1;
    }
    return {
      key: m.key,
      label: bucketLabel(m.key, "month", locale),
      longLabel: bucketLongLabel(m.key, "month", locale),
      estimate: centsToChartNumber(estimate, digits),
      actual,
      viewsGainedText: formatCount(m.viewsGained, locale),
      estimateText: money(estimate),
      actualText,
      differenceText: payoutRecorded ? signedMoney(m.actual.views_payout - estimate, currency, locale) : NOT_RECORDED,
      totalPaidText: recorded > 0 ? money(paid) : NOT_RECORDED,
    };
  });
  const totalEstimate = roundMicros(totalEstimateMicros);
  const comparedEstimate = roundMicros(comparedEstimateMicros);
  const totalPaid = STREAMS.reduce((s, k) => s + totalActual[k], 0n);
  const hasActual = STREAMS.some((s) => totalEntries[s] > 0);
  const first = view[0];
  const last = view.at(-1);
  const span = first && last ? `${first.longLabel} to ${last.longLabel}` : "";
  const diff = totalActual.views_payout - comparedEstimate;
  const monthsWord = `${comparedMonths} ${comparedMonths === 1 ? "month" : "months"}`;
  const summary = !first
    ? "No videos, readings or payouts yet: the comparison starts with the month of your first video."
    : !hasActual
      ? `Estimated ${money(totalEstimate)} in views payouts from ${span}. No payouts recorded yet: record what you were paid to compare.`
      : comparedMonths === 0
        ? `Estimated ${money(totalEstimate)} in views payouts from ${span}; no views payout recorded yet, so there is nothing to compare. ${money(totalPaid)} paid in other streams.`
        : `From ${span}: in the ${monthsWord} with a recorded views payout you were paid ${money(totalActual.views_payout)} against an estimate of ${money(comparedEstimate)} ` +
          `(${diff === 0n ? "exactly the estimate" : `${signedMoney(diff, currency, locale)} ${diff > 0n ? "above" : "below"} it`}); ` +
          `${money(totalPaid)} paid in all streams. Months without a recorded payout are not counted.`;
  const actualText = {} as Record<Stream, string>;
  for (const s of STREAMS) actualText[s] = totalEntries[s] > 0 ? money(totalActual[s]) : NOT_RECORDED;
  return {
    months: view,
    currency,
    locale,
    summary,
    totals: {
      estimateText: money(totalEstimate),
      actualText,
      totalPaidText: hasActual ? money(totalPaid) : NOT_RECORDED,
      differenceText: comparedMonths > 0 ? signedMoney(diff, currency, locale) : NOT_RECORDED,
    },
    hasActual,
  };
}
