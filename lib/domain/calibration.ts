// The creator's own rate per 1,000 views, from what TikTok actually paid them (DOMAIN.md §3:
// "Estimates are not income"). Pure; the monthly sums come from lib/data/income.ts.
//
// Definition. For every calendar month (in the creator's zone) that has at least one views
// payout in the ledger (in the estimate currency, refunds netted) and a positive number of
// views gained on their videos:
//
//   views gained in a month = Σ over videos of (latest reading captured before the month ends
//                             − latest reading captured before the month starts, 0 if none)
//   effective rate          = Σ payouts of those months ÷ (Σ views gained in those months ÷ 1,000)
//
// Months with payouts but no views gained, and months with views but no payout, are left out
// and listed, so one lump payment does not get divided by one month of views by accident.

import { formatCount, formatMoney } from "./format";
import { divideRoundHalfUp } from "./rounding";
import { formatRatePer1000 } from "./earnings";

/** Fewer views than this make a rate per 1,000 too noisy to offer as a setting. */
export const MIN_VIEWS_FOR_EFFECTIVE_RATE = 10_000n;
/** The largest rate the settings accept: $100 per 1,000 views, in millicents. */
export const MAX_RATE_MILLICENTS = 10_000_000;

export type CalibrationMonth = {
  /** "2026-03-01" */
  key: string;
  /** Views payouts received that month, refunds included (negative), in cents. */
  payoutCents: bigint;
  /** Number of views-payout ledger entries that month. */
  payoutEntries: number;
  viewsGained: bigint;
};

export type EffectiveRate =
  | {
      kind: "rate";
      /** Millicents per 1,000 views, rounded half up (4000 = $0.04). */
      millicentsPer1000: number;
      payoutCents: bigint;
      viewsGained: bigint;
      monthsUsed: string[];
      monthsSkipped: { key: string; reason: "no-views" | "no-payout" }[];
      /** True when the rate fits in the settings (≤ MAX_RATE_MILLICENTS). */
      saveable: boolean;
    }
  | {
      kind: "not-enough-data";
      reason: "no-payouts" | "no-overlap" | "too-few-views" | "not-positive";
      payoutCents: bigint;
      viewsGained: bigint;
      monthsUsed: string[];
      monthsSkipped: { key: string; reason: "no-views" | "no-payout" }[];
    };

/** The effective rate per 1,000 views over the months that have both payouts and views. */
export function effectiveRate(months: readonly CalibrationMonth[]): EffectiveRate {
  let payoutCents = 0n;
  let viewsGained = 0n;
  const monthsUsed: string[] = [];
  const monthsSkipped: { key: string; reason: "no-views" | "no-payout" }[] = [];
  let anyPayout = false;
  for (const m of [...months].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const hasPayout = m.payoutEntries > 0;
    if (hasPayout) anyPayout = true;
    if (hasPayout && m.viewsGained > 0n) {
      payoutCents += m.payoutCents;
      viewsGained += m.viewsGained;
      monthsUsed.push(m.key);
    } else if (hasPayout) {
      monthsSkipped.push({ key: m.key, reason: "no-views" });
    } else if (m.viewsGained > 0n) {
      monthsSkipped.push({ key: m.key, reason: "no-payout" });
    }
  }
  const base = { payoutCents, viewsGained, monthsUsed, monthsSkipped };
  if (!anyPayout) return { kind: "not-enough-data", reason: "no-payouts", ...base };
  if (monthsUsed.length === 0) return { kind: "not-enough-data", reason: "no-overlap", ...base };
  if (viewsGained < MIN_VIEWS_FOR_EFFECTIVE_RATE) return { kind: "not-enough-data", reason: "too-few-views", ...base };
  if (payoutCents <= 0n) return { kind: "not-enough-data", reason: "not-positive", ...base };
  // cents → millicents (× 1,000), per 1,000 views (× 1,000).
  const rate = divideRoundHalfUp(payoutCents * 1_000_000n, viewsGained);
  const millicentsPer1000 = rate > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(rate);
  return { kind: "rate", millicentsPer1000, saveable: millicentsPer1000 <= MAX_RATE_MILLICENTS, ...base };
}

/** What the rate rests on, in the creator's words. */
export function describeEffectiveRate(
  r: EffectiveRate,
  display: { currency: string; locale: string },
  monthLabel: (key: string) => string,
): string {
  const money = formatMoney(r.payoutCents, display.currency, display.locale);
  const views = formatCount(r.viewsGained, display.locale);
  const months = r.monthsUsed.map(monthLabel).join(", ");
  if (r.kind === "rate") {
    return `${money} in views payouts ÷ ${views} views gained × 1,000 = ${formatRatePer1000(r.millicentsPer1000, display)} per 1,000 views (${r.monthsUsed.length} ${r.monthsUsed.length === 1 ? "month" : "months"}: ${months}).`;
  }
  switch (r.reason) {
    case "no-payouts":
      return "Record a views payout (what TikTok paid you for a month) in the ledger to see your own rate per 1,000 views.";
    case "no-overlap":
      return "Your views payouts fall in months without any views gained in your readings. Record readings of your videos in the months you were paid for.";
    case "too-few-views":
      return `Only ${views} views gained in the months with payouts (${months}); at least ${formatCount(MIN_VIEWS_FOR_EFFECTIVE_RATE, display.locale)} are needed for a rate that means something.`;
    case "not-positive":
      return `Your views payouts in those months add up to ${money} (refunds included), so there is no rate to offer.`;
  }
}
