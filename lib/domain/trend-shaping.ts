// Shaping the dashboard's aggregates (already summed in SQL) into chart points: gaps filled,
// ER and tier per bucket from exact sums, a view-weighted rolling ER, changes against the
// previous period in words.
import { rateFromSums } from "./engagement";
import { dateTimeFormat, formatRate, numberFormat } from "./format";
import { roundMicros } from "./money";
import { divideRoundHalfUp, percentOf } from "./rounding";
import type { Bucket } from "./series";
import { tierForSums, type Tier, TIERS } from "./tier";
import { formatDate, zonedLocalToUtc } from "./time";

/**
 * Sums of the videos posted in one bucket or period. Counts exact; money exact in micros
 * (millionths of a minor unit, lib/domain/money.ts), rounded once where it is shown.
 */
export type TrendSums = {
  videos: number;
  views: bigint;
  interactions: bigint;
  fundMicros: bigint;
  rewardsMicros: bigint;
  /** Videos of Rewards length that earned nothing yet because they have too few views. */
  videosBelowRewardsMinimum: number;
};

export type TrendPoint = TrendSums & {
  key: string;
  /** Views-based payouts, each rounded once from this bucket's exact sum. */
  fundCents: bigint;
  rewardsCents: bigint;
  /** Fund + Rewards, rounded once from the exact sum (not the sum of the two rounded figures). */
  earningsCents: bigint;
  /** View-weighted ER in percent; null without views. */
  rate: number | null;
  tier: Tier | null;
  /** View-weighted ER of this bucket and the ones before it in the window; null without views. */
  rollingRate: number | null;
};

export const EMPTY_SUMS: TrendSums = {
  videos: 0,
  views: 0n,
  interactions: 0n,
  fundMicros: 0n,
  rewardsMicros: 0n,
  videosBelowRewardsMinimum: 0,
};

/** Buckets in the rolling ER: a week of days, four weeks, a quarter of months. */
export const ROLLING_WINDOW: Record<Bucket, number> = { day: 7, week: 4, month: 3 };

/**
 * Trailing view-weighted ER over `window` buckets (partial at the start): the sums of the
 * window, divided once, so a quiet week does not weigh as much as a viral one.
 */
export function rollingEngagementRate(
  points: readonly { views: bigint; interactions: bigint }[],
  window: number,
): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`Window must be a positive integer, got ${window}`);
  let views = 0n;
  let interactions = 0n;
  return points.map((p, i) => {
    views += p.views;
    interactions += p.interactions;
    const leaving = points[i - window];
    if (leaving) {
      views -= leaving.views;
      interactions -= leaving.interactions;
    }
    return rateFromSums(interactions, views);
  });
}

/**
 * One point per bucket key, in the order of `keys`; buckets without videos are zero (drawn
 * as gaps in ER, as 0 in counts). A bucket the query returned that is not among the keys is
 * kept rather than dropped, so no video ever disappears from a total.
 */
export function shapeTrend(
  keys: readonly string[],
  buckets: readonly (TrendSums & { key: string })[],
  window: number,
): TrendPoint[] {
  const byKey = new Map(buckets.map((b) => [b.key, b]));
  const allKeys = [...keys];
  for (const b of buckets) if (!keys.includes(b.key)) allKeys.push(b.key);
  allKeys.sort();
  const sums = allKeys.map((key) => {
    const b = byKey.get(key);
    return { ...EMPTY_SUMS, ...(b ?? {}), key };
  });
  const rolling = rollingEngagementRate(sums, window);
  return sums.map((s, i) => ({
    ...s,
    fundCents: roundMicros(s.fundMicros),
    rewardsCents: roundMicros(s.rewardsMicros),
    earningsCents: roundMicros(s.fundMicros + s.rewardsMicros),
    rate: rateFromSums(s.interactions, s.views),
    tier: tierForSums(s.interactions, s.views),
    rollingRate: rolling[i] ?? null,
  }));
}

/** Sum of many buckets (the range's total from its points). */
export function sumTrend(points: readonly TrendSums[]): TrendSums {
  return points.reduce<TrendSums>(
    (t, p) => ({
      videos: t.videos + p.videos,
      views: t.views + p.views,
      interactions: t.interactions + p.interactions,
      fundMicros: t.fundMicros + p.fundMicros,
      rewardsMicros: t.rewardsMicros + p.rewardsMicros,
      videosBelowRewardsMinimum: t.videosBelowRewardsMinimum + p.videosBelowRewardsMinimum,
    }),
    EMPTY_SUMS,
  );
}

/** How many buckets had each tier, best first; buckets without views are not counted. */
export function tierTally(points: readonly { tier: Tier | null }[]): { tier: Tier; count: number }[] {
  return TIERS.map((tier) => ({ tier, count: points.filter((p) => p.tier === tier).length }));
}

export type Change = {
  direction: "up" | "down" | "flat" | "new" | "none";
  /** Percent change; for rates, the difference in percentage points. Null without a baseline. */
  amount: number | null;
  /** "Up 12.5% from 1,234 in the previous period": words, so colour is never the only signal. */
  text: string;
};

function signedPercent(p: number, locale: string): string {
  const abs = Math.abs(p);
  return numberFormat(locale, { maximumFractionDigits: abs < 10 ? 1 : 0 }).format(abs) + "%";
}

/**
 * Change of a count or an amount of money; `previousText` is the previous value as displayed,
 * `baseline` says where it comes from ("in the previous period", "on Aug 27, 2026").
 */
export function describeChange(
  current: bigint,
  previous: bigint,
  previousText: string,
  locale: string,
  baseline = "in the previous period",
): Change {
  if (previous === 0n) {
    if (current === 0n) return { direction: "none", amount: null, text: `None in this period or ${baseline}` };
    return { direction: "new", amount: null, text: `New: none ${baseline}` };
  }
  const amount = percentOf(current - previous, previous < 0n ? -previous : previous) ?? 0;
  if (current === previous) return { direction: "flat", amount: 0, text: `Unchanged from ${previousText} ${baseline}` };
  const direction = current > previous ? "up" : "down";
  // A change too small to show at one decimal is still a change: say "under 0.1%".
  const shown = Math.abs(amount) < 0.05 ? `under ${signedPercent(0.1, locale)}` : signedPercent(amount, locale);
  return {
    direction,
    amount,
    text: `${direction === "up" ? "Up" : "Down"} ${shown} from ${previousText} ${baseline}`,
  };
}

/** Change of an ER, in percentage points ("Up 1.2 points from 4.5%"). */
export function describeRateChange(
  current: number | null,
  previous: number | null,
  locale: string,
  baseline = "in the previous period",
): Change {
  if (previous === null) {
    return current === null
      ? { direction: "none", amount: null, text: `No views in this period or ${baseline}` }
      : { direction: "new", amount: null, text: `New: no views ${baseline}` };
  }
  if (current === null) return { direction: "none", amount: null, text: `No views yet; ${formatRate(previous, locale)} ${baseline}` };
  const diff = current - previous;
  const prevText = formatRate(previous, locale);
  if (Math.abs(diff) < 0.005) return { direction: "flat", amount: 0, text: `Unchanged from ${prevText} ${baseline}` };
  const points = numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(diff));
  return {
    direction: diff > 0 ? "up" : "down",
    amount: diff,
    text: `${diff > 0 ? "Up" : "Down"} ${points} ${Math.abs(diff) === 1 ? "point" : "points"} from ${prevText} ${baseline}`,
  };
}

/** Axis label of a bucket: "Mar 31" (day), "Mar 30" (week starting), "Mar 2026" (month). */
export function bucketLabel(key: string, bucket: Bucket, locale: string): string {
  // Noon UTC of the key's date read in UTC: the date itself, free of any zone.
  const d = zonedLocalToUtc(`${key}T12:00`, "UTC");
  const opts: Intl.DateTimeFormatOptions =
    bucket === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { month: "short", day: "numeric", timeZone: "UTC" };
  return dateTimeFormat(locale, opts).format(d);
}

/** Long label for tables and captions: "Mar 31, 2026", "week of Mar 30, 2026", "March 2026". */
export function bucketLongLabel(key: string, bucket: Bucket, locale: string): string {
  const d = zonedLocalToUtc(`${key}T12:00`, "UTC");
  if (bucket === "month") return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
  const date = formatDate(d, "UTC", locale);
  return bucket === "week" ? `Week of ${date}` : date;
}

/** Cents → a float of major units for a chart axis (drawing only; text uses formatMoney). */
export function centsToChartNumber(cents: bigint, minorDigits: number): number {
  const unit = 10n ** BigInt(minorDigits);
  // Keep two decimals of a unit exact enough for drawing, even beyond 2^53 cents.
  return Number(divideRoundHalfUp(cents * 100n, unit)) / 100;
}
