// The tier chart: the tier of each bucket of the range, and how many buckets had each tier.
import { BUCKET_LABELS, type DashboardPeriod } from "../dashboard-range";
import { formatRate } from "../format";
import { TIER_LABELS, tierRank, type Tier } from "../tier";
import { tierTally, type TrendPoint } from "../trend-shaping";
import { bucketText, plural } from "./input";

export type TierHistoryProps = {
  points: { label: string; longLabel: string; tier: Tier | null; rank: number | null; tierLabel: string; rateText: string }[];
  tally: { tier: Tier; label: string; count: number }[];
  bucketNoun: string;
  summary: string;
};

export function buildTierHistory(period: DashboardPeriod, points: readonly TrendPoint[], locale: string): TierHistoryProps {
  const words = BUCKET_LABELS[period.bucket];
  const { label, long } = bucketText(period, locale);
  const tally = tierTally(points).map((t) => ({ ...t, label: TIER_LABELS[t.tier] }));
  const noViews = points.filter((p) => p.tier === null).length;
  const latest = [...points].reverse().find((p) => p.tier !== null);
  const tallyText = tally
    .filter((t) => t.count > 0)
    .map((t) => `${t.label} in ${t.count} ${plural(t.count, words.noun, words.plural)}`)
    .join(", ");
  return {
    points: points.map((p) => ({
      label: label(p.key),
      longLabel: long(p.key),
      tier: p.tier,
      rank: p.tier === null ? null : tierRank(p.tier),
      tierLabel: p.tier === null ? "No views" : TIER_LABELS[p.tier],
      rateText: formatRate(p, locale),
    })),
    tally,
    bucketNoun: words.noun,
    summary: latest
      ? `${tallyText}${noViews ? `; ${noViews} ${plural(noViews, words.noun, words.plural)} without views` : ""}. Latest: ${TIER_LABELS[latest.tier as Tier]} (${long(latest.key)}, ${formatRate(latest, locale)}).`
      : "No period in this range has views yet, so there is no tier to show.",
  };
}
