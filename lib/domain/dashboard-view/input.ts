// What every dashboard builder reads: the aggregates of one range from lib/data, how the
// creator reads figures, and the few helpers the builders share.
import type { DashboardPeriod } from "../dashboard-range";
import type { EarningsSettings } from "../earnings";
import { formatCount, formatMoney } from "../format";
import { formatDate, zonedLocalToUtc } from "../time";
import { bucketLabel, bucketLongLabel, type TrendSums } from "../trend-shaping";
import type { ViewsBasis } from "../views-basis";

export type DashboardVideoInput = {
  id: string;
  title: string;
  views: bigint;
  interactions: bigint;
  hasReading: boolean;
  payoutCents: bigint;
  program: "fund" | "rewards";
};

/** Views and interactions gained (every video's readings) in the range and the period before it. */
export type GainedSums = {
  current: { views: bigint; interactions: bigint };
  previous: { views: bigint; interactions: bigint };
  /** A video was posted or a reading captured in the previous period. */
  previousHasData: boolean;
};

export type FollowerCountAt = { date: string; followers: bigint };

export type DashboardInput = {
  /** The creator counts saves as interactions (the sums already include them); the labels say so. */
  includeSaves?: boolean;
  period: DashboardPeriod;
  /** Which views the cards lead with (the creator's setting). */
  viewsBasis: ViewsBasis;
  gained: GainedSums;
  settings: EarningsSettings;
  trend: readonly (TrendSums & { key: string })[];
  summaries: { current: TrendSums & { medianRate: number | null }; previous: TrendSums & { medianRate: number | null } };
  followers: {
    points: readonly (FollowerCountAt & { key: string })[];
    atEnd: FollowerCountAt | null;
    atStart: FollowerCountAt | null;
  };
  videos: {
    points: readonly DashboardVideoInput[];
    total: number;
    topByEngagement: readonly DashboardVideoInput[];
    topByEarnings: readonly DashboardVideoInput[];
  };
};

/** How the creator reads figures: money is in the account's currency (its rates are stored in it). */
export type DisplayPrefs = { locale: string; timeZone: string; currency: string };

export const plural = (n: number | bigint, one: string, many: string) => (n === 1 || n === 1n ? one : many);

/** Every number, amount and calendar day of the dashboard as text, in the creator's locale and zone. */
export function displayText(prefs: DisplayPrefs) {
  return {
    count: (n: bigint | number) => formatCount(n, prefs.locale),
    money: (cents: bigint) => formatMoney(cents, prefs.currency, prefs.locale),
    date: (date: string) => formatDate(zonedLocalToUtc(`${date}T12:00`, prefs.timeZone), prefs.timeZone, prefs.locale),
  };
}

/** A bucket of the range as the axis ("Nov 16") and as tables and tooltips ("Week of Nov 16, 2026") name it. */
export function bucketText(period: DashboardPeriod, locale: string) {
  return {
    label: (key: string) => bucketLabel(key, period.bucket, locale),
    long: (key: string) => bucketLongLabel(key, period.bucket, locale),
  };
}
