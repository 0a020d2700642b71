// The dashboard's "actual" bars: what the creator recorded as paid (the ledger), per bucket of
// the range, beside the views-based estimate. Pure; the sums come from lib/data/income.ts.
// Only entries in the estimate's currency are drawn: amounts in different currencies are never
// added together.

import type { Bucket } from "../series";
import { formatMoney, minorDigits } from "../format";
import { bucketLongLabel, centsToChartNumber } from "../trend-shaping";

export type ActualIncomeInput = {
  ledgerEntries: number;
  buckets: readonly { key: string; viewsPayoutCents: bigint; otherCents: bigint }[];
  otherCurrencyEntries: number;
};

export type ActualEarningsProps = {
  /** Views payouts received per bucket (chart number, major units), aligned with the estimate's points. */
  viewsPayout: number[];
  viewsPayoutText: string[];
  /** Everything else received per bucket (brand deals, affiliate, …), for the table. */
  otherText: string[];
  summary: string;
};

/** Null until the ledger has an entry: the chart then shows the estimate alone. */
export function buildActualIncomeView(
  bucketKeys: readonly string[],
  bucket: Bucket,
  input: ActualIncomeInput,
  display: { currency: string; locale: string },
): ActualEarningsProps | null {
  if (input.ledgerEntries === 0) return null;
  const byKey = new Map(input.buckets.map((b) => [b.key, b]));
  const digits = minorDigits(display.currency);
  const money = (c: bigint) => formatMoney(c, display.currency, display.locale);
  let views = 0n;
  let other = 0n;
  const out: ActualEarningsProps = { viewsPayout: [], viewsPayoutText: [], otherText: [], summary: "" };
  let bestKey: string | null = null;
  let best = 0n;
  for (const key of bucketKeys) {
    const b = byKey.get(key);
    const v = b?.viewsPayoutCents ?? 0n;
    const o = b?.otherCents ?? 0n;
    views += v;
    other += o;
    if (v > best) {
      best = v;
      bestKey = key;
    }
    out.viewsPayout.push(centsToChartNumber(v, digits));
    out.viewsPayoutText.push(money(v));
    out.otherText.push(money(o));
  }
  out.summary =
    `Recorded as paid in this range: ${money(views)} in views payouts` +
    (bestKey ? ` (most in ${bucketLongLabel(bestKey, bucket, display.locale)}: ${money(best)})` : "") +
    `, plus ${money(other)} from brand deals, affiliate, merchandise and other income (not drawn: the estimate covers views only).` +
    (input.otherCurrencyEntries > 0
      ? ` ${input.otherCurrencyEntries} ${input.otherCurrencyEntries === 1 ? "entry" : "entries"} in other currencies ${input.otherCurrencyEntries === 1 ? "is" : "are"} left out.`
      : "") +
    " Paid bars follow the date you received the money; the estimate follows the date each video was posted.";
  return out;
}
