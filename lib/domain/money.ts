// Money's one rounding rule, and conversion between currencies.
//
// THE RULE: every money figure is summed exactly and rounded once, at the end, half up (half
// away from zero), to the minor unit of the account's currency. "Exactly" means:
//   - a views estimate is views × rate, where the rate is in milli-minor units per 1,000 views
//     (4,000 = $0.04): the product is the amount in millionths of a minor unit ("micros"),
//     an integer, so sums of products are exact; a figure is roundMicros(sum), never a sum of
//     rounded parts. A bucket, a month, a period and a total are each rounded from their own
//     exact sum, so a table's rows may differ from its total by a cent, but the same total is
//     the same number on the dashboard, the Earnings page and every CSV.
//   - recorded amounts (the ledger) are already whole minor units and are summed as they are.
// SQL never rounds money: it returns exact sums (numeric as text) and lib/domain rounds them
// here. The one exception is a single video's payout, rounded once per video in
// viewsPayoutColumnsSql (lib/data/sql-rules.ts), the SQL twin of viewsPayout (earnings.ts).

import { minorDigits } from "./format";
import { divideRoundHalfUp } from "./rounding";

/** Millionths of a minor unit in one minor unit: views × (milli-minor per 1,000 views). */
export const MICROS_PER_MINOR = 1_000_000n;

/** An exact amount in micros → minor units, half up: the one rounding. */
export function roundMicros(micros: bigint): bigint {
  return divideRoundHalfUp(micros, MICROS_PER_MINOR);
}

/** Views at a rate in milli-minor units per 1,000 views, exactly, in micros. */
export function viewsMicros(views: bigint, rateMilliMinorPer1000: number): bigint {
  if (!Number.isFinite(rateMilliMinorPer1000) || rateMilliMinorPer1000 < 0) {
    throw new RangeError(`A rate must be a non-negative number, got ${rateMilliMinorPer1000}`);
  }
  return views * BigInt(Math.round(rateMilliMinorPer1000));
}

// A conversion rate as the creator types it ("10.95"): a decimal with up to 10 places, kept as
// an exact fraction (numerator, 10^places) so conversions round once.
export type ExchangeRate = { text: string; numerator: bigint; scale: bigint };

const RATE_TEXT = /^(\d{1,12})(?:\.(\d{1,10}))?$/;

/** "10.95" → an exact rate; null for anything that is not a positive decimal. */
export function parseExchangeRate(raw: string): ExchangeRate | null {
  const text = raw.trim().replace(/,/g, "");
  const m = RATE_TEXT.exec(text);
  if (!m) return null;
  const fraction = m[2] ?? "";
  const numerator = BigInt((m[1] ?? "0") + fraction);
  if (numerator === 0n) return null;
  const normalized = fraction ? `${BigInt(m[1] ?? "0")}.${fraction}` : String(BigInt(m[1] ?? "0"));
  return { text: normalized, numerator, scale: 10n ** BigInt(fraction.length) };
}

/**
 * An amount in minor units of `from` (or milli-minor, or any fixed multiple of the minor unit)
 * in `to`, at 1 from = rate to: × rate × 10^(to's digits − from's digits), rounded once, half up.
 * 1000 USD cents at 10.95 → 10950 NOK øre; 1000 USD cents at 150.2 → 1502 JPY yen.
 */
export function convertMinor(amount: bigint, from: string, to: string, rate: ExchangeRate): bigint {
  const shift = minorDigits(to) - minorDigits(from);
  const num = amount * rate.numerator * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = rate.scale * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  return divideRoundHalfUp(num, den);
}
