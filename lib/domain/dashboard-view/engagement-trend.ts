// The ER chart: ER per bucket of the videos posted in it, the rolling ER and the tier bands.
import { BUCKET_LABELS } from "../dashboard-range";
import { rateFromSums } from "../engagement";
import { formatRate } from "../format";
import { TIER_THRESHOLDS, tierForSums, tierLabel } from "../tier";
import { ROLLING_WINDOW, type TrendPoint } from "../trend-shaping";
import { bucketText, displayText, plural, type DashboardInput, type DisplayPrefs } from "./input";

export type EngagementTrendPoint = {
  label: string;
  longLabel: string;
  rate: number | null;
  rollingRate: number | null;
  rateText: string;
  rollingText: string;
  tierLabel: string;
  viewsText: string;
  interactionsText: string;
  videosText: string;
};

export type EngagementTrendProps = {
  points: EngagementTrendPoint[];
  rollingLabel: string;
  bucketNoun: string;
  locale: string;
  thresholds: { excellent: number; good: number; average: number };
  summary: string;
};

function engagementSummary(input: DashboardInput, points: readonly TrendPoint[], prefs: DisplayPrefs): string {
  const { locale } = prefs;
  const { count } = displayText(prefs);
  const { long } = bucketText(input.period, locale);
  const cur = input.summaries.current;
  if (rateFromSums(cur.interactions, cur.views) === null) return `No views yet on the videos posted in this range, so there is no ER to chart.`;
  const withViews = points.filter((p) => p.rate !== null);
  const best = withViews.reduce<TrendPoint | null>((b, p) => (b === null || (p.rate ?? 0) > (b.rate ?? 0) ? p : b), null);
  const worst = withViews.reduce<TrendPoint | null>((b, p) => (b === null || (p.rate ?? 0) < (b.rate ?? 0) ? p : b), null);
  return (
    `ER of the videos posted in this range: ${formatRate(cur, locale)} (${tierLabel(tierForSums(cur.interactions, cur.views))}), view-weighted over ${count(cur.videos)} ${plural(cur.videos, "video", "videos")}.` +
    (best && worst && withViews.length > 1
      ? ` Highest: ${long(best.key)} at ${formatRate(best, locale)}; lowest: ${long(worst.key)} at ${formatRate(worst, locale)}.`
      : "") +
    ` Bands: Excellent from ${TIER_THRESHOLDS.excellent} %, Good from ${TIER_THRESHOLDS.good} %, Average from ${TIER_THRESHOLDS.average} %.`
  );
}

/** `points`: the range's buckets shaped once (`shapeTrend`), shared with the tier and earnings charts. */
export function buildEngagementTrend(input: DashboardInput, points: readonly TrendPoint[], prefs: DisplayPrefs): EngagementTrendProps {
  const { locale } = prefs;
  const { count } = displayText(prefs);
  const { label, long } = bucketText(input.period, locale);
  const words = BUCKET_LABELS[input.period.bucket];
  return {
    points: points.map((p) => ({
      label: label(p.key),
      longLabel: long(p.key),
      rate: p.rate,
      rollingRate: p.rollingRate,
      rateText: formatRate(p, locale),
      rollingText: formatRate(p.rollingRate, locale),
      tierLabel: tierLabel(p.tier),
      viewsText: count(p.views),
      interactionsText: count(p.interactions),
      videosText: count(p.videos),
    })),
    rollingLabel: `${ROLLING_WINDOW[input.period.bucket]}-${words.noun} rolling ER`,
    bucketNoun: words.noun,
    locale,
    thresholds: { ...TIER_THRESHOLDS },
    summary: engagementSummary(input, points, prefs),
  };
}
