// The earnings chart: the estimated views payout per bucket, stacked by stream.
import { minorDigits } from "../format";
import { roundMicros } from "../money";
import { centsToChartNumber, type TrendPoint } from "../trend-shaping";
import { bucketText, displayText, plural, type DashboardInput, type DisplayPrefs } from "./input";

export type EarningsTrendProps = {
  points: { label: string; longLabel: string; fund: number; rewards: number; fundText: string; rewardsText: string; totalText: string }[];
  currency: string;
  locale: string;
  summary: string;
  note: string;
};

const NOTE =
  "Estimates, not income. Brand deals are not stacked here because only you know how many you made: see the brand deal estimate for one sponsored video. Affiliate income will appear here once you record sales.";

function earningsSummary({ summaries, settings }: DashboardInput, prefs: DisplayPrefs): string {
  const { count, money } = displayText(prefs);
  const cur = summaries.current;
  const belowMinimum = cur.videosBelowRewardsMinimum;
  return (
    `Estimated ${money(roundMicros(cur.fundMicros + cur.rewardsMicros))} from views in this range: Creator Rewards ${money(roundMicros(cur.rewardsMicros))} (videos of ${settings.rewardsMinDurationSeconds} s or more, from ${count(settings.rewardsMinViews)} views), Creator Fund ${money(roundMicros(cur.fundMicros))} (shorter videos).` +
    (belowMinimum > 0
      ? ` ${belowMinimum} long ${plural(belowMinimum, "video has", "videos have")} not reached ${count(settings.rewardsMinViews)} views yet and ${plural(belowMinimum, "earns", "earn")} nothing so far.`
      : "")
  );
}

/** `points`: the range's buckets shaped once (`shapeTrend`), shared with the ER and tier charts. */
export function buildEarningsTrend(input: DashboardInput, points: readonly TrendPoint[], prefs: DisplayPrefs): EarningsTrendProps {
  const { money } = displayText(prefs);
  const { label, long } = bucketText(input.period, prefs.locale);
  const digits = minorDigits(prefs.currency);
  return {
    points: points.map((p) => ({
      label: label(p.key),
      longLabel: long(p.key),
      fund: centsToChartNumber(p.fundCents, digits),
      rewards: centsToChartNumber(p.rewardsCents, digits),
      fundText: money(p.fundCents),
      rewardsText: money(p.rewardsCents),
      totalText: money(p.earningsCents),
    })),
    currency: prefs.currency,
    locale: prefs.locale,
    summary: earningsSummary(input, prefs),
    note: NOTE,
  };
}
