// Estimate against actual, per month and per stream, in the creator's words: chart numbers,
// table text and a caption with the key figure. Pure; the sums come from lib/data/income.ts.
// Only views payouts have a monthly estimate (views gained × the creator's rates); brand deals,
// affiliate and merchandise depend on deals made and sales, which Tierline cannot see.

import { formatCount, formatMoney, minorDigits } from "./format";
import { bucketLabel, bucketLongLabel, centsToChartNumber } from "./trend-shaping";

export const STREAMS = ["views_payout", "brand_deal", "affiliate", "merchandise", "other"] as const;
export type Stream = (typeof STREAMS)[number];

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
  estimateFundCents: bigint;
  estimateRewardsCents: bigint;
  actual: Record<Stream, bigint>;
};

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
  let totalEstimate = 0n;
  const view: ComparisonMonthView[] = months.map((m) => {
    const estimate = m.estimateFundCents + m.estimateRewardsCents;
    totalEstimate += estimate;
    let paid = 0n;
    const actual = {} as Record<Stream, number>;
    const actualText = {} as Record<Stream, string>;
    for (const s of STREAMS) {
      const c = m.actual[s];
      totalActual[s] += c;
      paid += c;
      actual[s] = centsToChartNumber(c, digits);
      actualText[s] = money(c);
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
      differenceText: signedMoney(m.actual.views_payout - estimate, currency, locale),
      totalPaidText: money(paid),
    };
  });
  const totalPaid = STREAMS.reduce((s, k) => s + totalActual[k], 0n);
  const hasActual = months.some((m) => STREAMS.some((s) => m.actual[s] !== 0n));
  const first = view[0];
  const last = view.at(-1);
  const span = first && last ? `${first.longLabel} to ${last.longLabel}` : "";
  const diff = totalActual.views_payout - totalEstimate;
  const summary = !hasActual
    ? `Estimated ${money(totalEstimate)} in views payouts from ${span}. Record what you were paid to compare.`
    : `From ${span}: paid ${money(totalActual.views_payout)} in views payouts against an estimate of ${money(totalEstimate)} ` +
      `(${diff === 0n ? "exactly the estimate" : `${signedMoney(diff, currency, locale)} ${diff > 0n ? "above" : "below"} it`}); ` +
      `${money(totalPaid)} paid in all streams.`;
  const actualText = {} as Record<Stream, string>;
  for (const s of STREAMS) actualText[s] = money(totalActual[s]);
  return {
    months: view,
    currency,
    locale,
    summary,
    totals: {
      estimateText: money(totalEstimate),
      actualText,
      totalPaidText: money(totalPaid),
      differenceText: signedMoney(diff, currency, locale),
    },
    hasActual,
  };
}
