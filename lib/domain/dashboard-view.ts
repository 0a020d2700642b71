// The dashboard in the creator's words: the aggregates from lib/data shaped into cards,
// chart points, captions and tables. Pure; every number becomes text here, once.
import type { DashboardPeriod } from "./dashboard-range";
import { BUCKET_LABELS, MAX_BUCKETS } from "./dashboard-range";
import { brandDealValue, type EarningsSettings } from "./earnings";
import { isRankableReading, rateFromSums } from "./engagement";
import { accountPerFollowerRate, interactionsDefinition, NO_FOLLOWER_COUNT_REASON, perFollowerErLabel } from "./engagement-variants";
import { formatCount, formatMoney, formatRate, minorDigits } from "./format";
import { roundMicros } from "./money";
import {
  bucketLabel,
  bucketLongLabel,
  centsToChartNumber,
  describeChange,
  describeRateChange,
  ROLLING_WINDOW,
  shapeTrend,
  tierTally,
  type Change,
  type TrendSums,
} from "./trend-shaping";
import { TIER_LABELS, TIER_THRESHOLDS, tierForSums, tierLabel, tierRank, type Tier } from "./tier";
import { formatDate, zonedLocalToUtc } from "./time";
import { VIEWS_BASIS_LABELS, type ViewsBasis } from "./views-basis";


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
    points: readonly { key: string; date: string; followers: bigint }[];
    atEnd: { date: string; followers: bigint } | null;
    atStart: { date: string; followers: bigint } | null;
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

export type DashboardCard = {
  id: "views" | "interactions" | "engagement" | "earnings" | "videos" | "followers" | "perFollower";
  title: string;
  value: string;
  /** A second line: the tier, the median, the streams. */
  detail: string | null;
  tier: Tier | null;
  change: Change;
};

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

export type TierHistoryProps = {
  points: { label: string; longLabel: string; tier: Tier | null; rank: number | null; tierLabel: string; rateText: string }[];
  tally: { tier: Tier; label: string; count: number }[];
  bucketNoun: string;
  summary: string;
};

export type EarningsTrendProps = {
  points: { label: string; longLabel: string; fund: number; rewards: number; fundText: string; rewardsText: string; totalText: string }[];
  currency: string;
  locale: string;
  summary: string;
  note: string;
};

export type VideoScatterPoint = {
  id: string;
  title: string;
  views: number;
  rate: number;
  tier: Tier;
  tierLabel: string;
  viewsText: string;
  rateText: string;
  interactionsText: string;
};

export type VideoScatterProps = {
  points: VideoScatterPoint[];
  locale: string;
  threshold: number;
  summary: string;
  /** "Showing the 500 most-viewed of 812 videos." when capped. */
  capNote: string | null;
  /** Videos left out because a log scale cannot show 0 views. */
  omittedNote: string | null;
  /** Videos left out because their interactions exceed their views (they would squash the scale). */
  impossibleNote: string | null;
};

export type FollowersTrendProps = {
  locale: string;
  points: { label: string; longLabel: string; followers: number | null; followersText: string; dateText: string }[];
  summary: string;
  hasData: boolean;
};

export type TopVideo = {
  id: string;
  title: string;
  href: string;
  tier: Tier | null;
  rateText: string;
  viewsText: string;
  interactionsText: string;
  payoutText: string;
  programText: string;
};

export type BrandDealView =
  | { available: true; valueText: string; explanation: string; followersText: string; rateText: string; followersDate: string }
  | { available: false; reason: string };

export type DashboardView = {
  rangeLabel: string;
  datesLabel: string;
  viewsBasis: ViewsBasis;
  /** Under the range's heading: which views the cards count, and what is compared. */
  basisNote: string;
  previousDatesLabel: string;
  bucketAdjective: string;
  /** Why the grouping differs from the one asked for, or null. */
  coarsenedNote: string | null;
  cards: DashboardCard[];
  brandDeal: BrandDealView;
  engagement: EngagementTrendProps;
  tiers: TierHistoryProps;
  earnings: EarningsTrendProps;
  scatter: VideoScatterProps;
  followers: FollowersTrendProps;
  topByEngagement: TopVideo[];
  topByEarnings: TopVideo[];
  /** Videos posted in the range. */
  videosInRange: number;
};

const plural = (n: number | bigint, one: string, many: string) => (n === 1 || n === 1n ? one : many);

function dateText(date: string, prefs: DisplayPrefs): string {
  return formatDate(zonedLocalToUtc(`${date}T12:00`, prefs.timeZone), prefs.timeZone, prefs.locale);
}

function topVideo(v: DashboardVideoInput, prefs: DisplayPrefs): TopVideo {
  return {
    id: v.id,
    title: v.title,
    href: `/videos/${v.id}`,
    tier: tierForSums(v.interactions, v.views),
    rateText: formatRate(v, prefs.locale),
    viewsText: formatCount(v.views, prefs.locale),
    interactionsText: formatCount(v.interactions, prefs.locale),
    payoutText: formatMoney(v.payoutCents, prefs.currency, prefs.locale),
    programText: v.program === "rewards" ? "Creator Rewards" : "Creator Fund",
  };
}

function scatterSummary(points: readonly DashboardVideoInput[], threshold: number, locale: string): string {
  // Readings with more interactions than views are not ranked (isRankableReading).
  const withViews = points.filter(isRankableReading);
  if (withViews.length === 0) return "No video in this range has views yet.";
  const above = withViews.filter((p) => p.interactions * 100n >= p.views * BigInt(threshold)).length;
  const mostViewed = withViews[0] as DashboardVideoInput; // points come most viewed first
  let best = mostViewed;
  for (const p of withViews) {
    // Higher ER by exact cross-multiplication; on a tie the more-viewed video stays.
    const lhs = p.interactions * best.views;
    const rhs = best.interactions * p.views;
    if (lhs > rhs) best = p;
  }
  const head = `${above} of ${withViews.length} ${plural(withViews.length, "video", "videos")} reached ${threshold} % ER or more.`;
  const rate = (v: DashboardVideoInput) => formatRate(v, locale);
  if (best.id === mostViewed.id) {
    return `${head} Your most-viewed video, “${best.title}”, also has the highest ER: ${rate(best)} on ${formatCount(best.views, locale)} views.`;
  }
  // DOMAIN.md §4: a video with high ER can beat one with many more views. Name the most-viewed
  // video that the highest-ER video out-drew in interactions, if there is one.
  let outdrawn: DashboardVideoInput | null = null;
  for (const p of withViews) {
    if (p.views > best.views && p.interactions < best.interactions && (outdrawn === null || p.views > outdrawn.views)) outdrawn = p;
  }
  const beat = outdrawn
    ? ` “${best.title}” drew more interactions (${formatCount(best.interactions, locale)}) than “${outdrawn.title}” (${formatCount(outdrawn.interactions, locale)}) with fewer views (${formatCount(best.views, locale)} against ${formatCount(outdrawn.views, locale)}).`
    : "";
  return `${head} Highest ER: “${best.title}” at ${rate(best)} on ${formatCount(best.views, locale)} views; your most-viewed, “${mostViewed.title}”, had ${rate(mostViewed)} on ${formatCount(mostViewed.views, locale)} views.${beat}`;
}

/**
 * The account's ER per follower over the range (lib/domain/engagement-variants.ts
 * `accountPerFollowerRate`): the range's interactions ÷ the follower count in force at its end.
 * No change line: a previous period's figure would mix two audiences and two sets of videos.
 */
function perFollowerCard(
  interactions: bigint,
  followersEnd: { date: string; followers: bigint } | null,
  includeSaves: boolean,
  prefs: DisplayPrefs,
): DashboardCard {
  const rate = accountPerFollowerRate(interactions, followersEnd?.followers ?? null);
  return {
    id: "perFollower",
    title: perFollowerErLabel({ includeSaves }),
    value: formatRate(rate, prefs.locale),
    detail:
      followersEnd && rate !== null
        ? `Interactions ÷ ${formatCount(followersEnd.followers, prefs.locale)} followers (count of ${dateText(followersEnd.date, prefs)})`
        : followersEnd
          ? "The follower count in force at the end of the range is 0."
          : NO_FOLLOWER_COUNT_REASON,
    tier: null,
    change: { direction: "none", amount: null, text: "Per view is the ER the tiers use" },
  };
}

/** Everything the dashboard page renders, from the aggregates of one range. */
export function buildDashboardView(input: DashboardInput, prefs: DisplayPrefs): DashboardView {
  const { period, settings, summaries } = input;
  const { locale } = prefs;
  const bucket = period.bucket;
  const words = BUCKET_LABELS[bucket];
  const money = (c: bigint) => formatMoney(c, prefs.currency, locale);
  const count = (n: bigint | number) => formatCount(n, locale);
  const cur = summaries.current;
  const prev = summaries.previous;
  const curRate = rateFromSums(cur.interactions, cur.views);
  const curTier = tierForSums(cur.interactions, cur.views);
  // Each figure rounded once from its exact sum (lib/domain/money.ts).
  const curEarnings = roundMicros(cur.fundMicros + cur.rewardsMicros);
  const prevEarnings = roundMicros(prev.fundMicros + prev.rewardsMicros);
  const curFund = roundMicros(cur.fundMicros);
  const curRewards = roundMicros(cur.rewardsMicros);

  // The views the cards lead with (the creator's setting); interactions and ER follow the same
  // basis, so each ER is the interactions shown divided by the views shown.
  const basis = input.viewsBasis;
  const names = VIEWS_BASIS_LABELS[basis];
  const otherNames = VIEWS_BASIS_LABELS[basis === "gained" ? "posted" : "gained"];
  const gained = input.gained;
  const lead = basis === "gained" ? gained : { current: cur, previous: prev };
  const other = basis === "gained" ? cur : gained.current;
  const leadRate = rateFromSums(lead.current.interactions, lead.current.views);
  const leadTier = tierForSums(lead.current.interactions, lead.current.views);

  // No comparison for all time (there is no period before the first post) nor when nothing
  // was recorded in the previous period: "New: none in the previous period" would then be noise.
  const allTime = period.range.kind === "preset" && period.range.preset === "all";
  const noComparison = (previousEmpty: boolean): Change | null =>
    allTime
      ? { direction: "none", amount: null, text: "All time: no earlier period to compare with" }
      : previousEmpty
        ? { direction: "none", amount: null, text: `No comparison: nothing recorded in the previous period (${period.previousDatesLabel})` }
        : null;
  const leadPreviousEmpty = basis === "gained" ? !gained.previousHasData : prev.videos === 0;
  const postedPreviousEmpty = prev.videos === 0;

  // Cards -------------------------------------------------------------------------------
  const followersEnd = input.followers.atEnd;
  const followersStart = input.followers.atStart;
  const followersCard: DashboardCard = followersEnd
    ? {
        id: "followers",
        title: "Followers",
        value: count(followersEnd.followers),
        detail: `As of ${dateText(followersEnd.date, prefs)}`,
        tier: null,
        change:
          noComparison(false) ??
          (followersStart
            ? describeChange(followersEnd.followers, followersStart.followers, count(followersStart.followers), locale, `on ${dateText(followersStart.date, prefs)}, before this range`)
            : { direction: "new", amount: null, text: "No count recorded before this range" }),
      }
    : {
        id: "followers",
        title: "Followers",
        value: "—",
        detail: "No follower count recorded yet",
        tier: null,
        change: { direction: "none", amount: null, text: "Record your followers to see the change" },
      };

  const cards: DashboardCard[] = [
    {
      id: "views",
      title: names.views,
      value: count(lead.current.views),
      detail: `${otherNames.views}: ${count(other.views)}`,
      tier: null,
      change: noComparison(leadPreviousEmpty) ?? describeChange(lead.current.views, lead.previous.views, count(lead.previous.views), locale),
    },
    {
      id: "interactions",
      title: input.includeSaves ? `${names.interactions} (incl. saves)` : names.interactions,
      value: count(lead.current.interactions),
      detail: interactionsDefinition({ includeSaves: input.includeSaves }),
      tier: null,
      change:
        noComparison(leadPreviousEmpty) ??
        describeChange(lead.current.interactions, lead.previous.interactions, count(lead.previous.interactions), locale),
    },
    {
      id: "engagement",
      title: input.includeSaves ? `${names.rate} (incl. saves)` : names.rate,
      value: formatRate(lead.current, locale),
      detail:
        basis === "gained"
          ? `${tierLabel(leadTier)} · interactions gained ÷ views gained`
          : cur.medianRate === null
            ? `${tierLabel(leadTier)} · view-weighted`
            : `${tierLabel(leadTier)} · median video ${formatRate(cur.medianRate, locale)}`,
      tier: leadTier,
      change:
        noComparison(leadPreviousEmpty) ??
        describeRateChange(leadRate, rateFromSums(lead.previous.interactions, lead.previous.views), locale),
    },
    {
      id: "earnings",
      title: "Estimated earnings",
      value: money(curEarnings),
      detail: `from views of videos posted in range: Rewards ${money(curRewards)} + Fund ${money(curFund)}`,
      tier: null,
      change: noComparison(postedPreviousEmpty) ?? describeChange(curEarnings, prevEarnings, money(prevEarnings), locale),
    },
    {
      id: "videos",
      title: "Videos posted",
      value: count(cur.videos),
      detail: cur.videos === 0 ? "none in this range" : `${plural(cur.videos, "video", "videos")} in this range`,
      tier: null,
      change: noComparison(postedPreviousEmpty) ?? describeChange(BigInt(cur.videos), BigInt(prev.videos), count(prev.videos), locale),
    },
    followersCard,
    perFollowerCard(lead.current.interactions, followersEnd, input.includeSaves ?? false, prefs),
  ];

  const basisNote =
    `${names.views}: ${names.explanation}. ${otherNames.views} are shown beside them. ` +
    (allTime
      ? "All time has no earlier period to compare with."
      : `Compared with the previous period, ${period.previousDatesLabel}.`);

  // Brand deal: one sponsored video at the audience and the ER of the cards -------------------
  const brandDeal: BrandDealView =
    followersEnd && followersEnd.followers > 0n
      ? (() => {
          const deal = brandDealValue({ followers: followersEnd.followers, engagementRate: leadRate }, settings, {
            currency: prefs.currency,
            locale,
          });
          return {
            available: true,
            valueText: money(deal.cents),
            explanation: deal.explanation,
            followersText: count(followersEnd.followers),
            rateText: formatRate(lead.current, locale),
            followersDate: dateText(followersEnd.date, prefs),
          };
        })()
      : { available: false, reason: "Record your follower count to estimate what one sponsored video is worth." };

  // Trend points ------------------------------------------------------------------------
  const window = ROLLING_WINDOW[bucket];
  const points = shapeTrend(period.bucketKeys, input.trend, window);
  const rollingLabel = `${window}-${words.noun} rolling ER`;
  const withViews = points.filter((p) => p.rate !== null);
  const best = withViews.reduce<(typeof points)[number] | null>((b, p) => (b === null || (p.rate ?? 0) > (b.rate ?? 0) ? p : b), null);
  const worst = withViews.reduce<(typeof points)[number] | null>((b, p) => (b === null || (p.rate ?? 0) < (b.rate ?? 0) ? p : b), null);
  const long = (key: string) => bucketLongLabel(key, bucket, locale);

  const engagementSummary =
    curRate === null
      ? `No views yet on the videos posted in this range, so there is no ER to chart.`
      : `ER of the videos posted in this range: ${formatRate(cur, locale)} (${tierLabel(curTier)}), view-weighted over ${count(cur.videos)} ${plural(cur.videos, "video", "videos")}.` +
        (best && worst && withViews.length > 1
          ? ` Highest: ${long(best.key)} at ${formatRate(best, locale)}; lowest: ${long(worst.key)} at ${formatRate(worst, locale)}.`
          : "") +
        ` Bands: Excellent from ${TIER_THRESHOLDS.excellent} %, Good from ${TIER_THRESHOLDS.good} %, Average from ${TIER_THRESHOLDS.average} %.`;

  const engagement: EngagementTrendProps = {
    points: points.map((p) => ({
      label: bucketLabel(p.key, bucket, locale),
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
    rollingLabel,
    bucketNoun: words.noun,
    locale,
    thresholds: { ...TIER_THRESHOLDS },
    summary: engagementSummary,
  };

  // Tier history ------------------------------------------------------------------------
  const tally = tierTally(points).map((t) => ({ ...t, label: TIER_LABELS[t.tier] }));
  const noViews = points.filter((p) => p.tier === null).length;
  const latest = [...points].reverse().find((p) => p.tier !== null);
  const tallyText = tally
    .filter((t) => t.count > 0)
    .map((t) => `${t.label} in ${t.count} ${plural(t.count, words.noun, words.plural)}`)
    .join(", ");
  const tiers: TierHistoryProps = {
    points: points.map((p) => ({
      label: bucketLabel(p.key, bucket, locale),
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

  // Earnings ----------------------------------------------------------------------------
  const digits = minorDigits(prefs.currency);
  const rewardsLength = settings.rewardsMinDurationSeconds;
  const belowMinimum = cur.videosBelowRewardsMinimum;
  const earnings: EarningsTrendProps = {
    points: points.map((p) => ({
      label: bucketLabel(p.key, bucket, locale),
      longLabel: long(p.key),
      fund: centsToChartNumber(p.fundCents, digits),
      rewards: centsToChartNumber(p.rewardsCents, digits),
      fundText: money(p.fundCents),
      rewardsText: money(p.rewardsCents),
      totalText: money(p.earningsCents),
    })),
    currency: prefs.currency,
    locale,
    summary:
      `Estimated ${money(curEarnings)} from views in this range: Creator Rewards ${money(curRewards)} (videos of ${rewardsLength} s or more, from ${count(settings.rewardsMinViews)} views), Creator Fund ${money(curFund)} (shorter videos).` +
      (belowMinimum > 0
        ? ` ${belowMinimum} long ${plural(belowMinimum, "video has", "videos have")} not reached ${count(settings.rewardsMinViews)} views yet and ${plural(belowMinimum, "earns", "earn")} nothing so far.`
        : ""),
    note:
      "Estimates, not income. Brand deals are not stacked here because only you know how many you made: see the brand deal estimate for one sponsored video. Affiliate income will appear here once you record sales.",
  };

  // Videos as points --------------------------------------------------------------------
  const threshold = TIER_THRESHOLDS.good;
  // A reading with more interactions than views is not drawn: an ER above 100 % would set the
  // scale and squash every real video at the bottom. The note names how many were left out.
  const seen = input.videos.points.filter((p) => p.views > 0n);
  const drawable = seen.filter(isRankableReading);
  const omitted = input.videos.points.length - seen.length;
  const impossible = seen.length - drawable.length;
  const scatter: VideoScatterProps = {
    points: drawable.map((p) => {
      const tier = tierForSums(p.interactions, p.views) as Tier;
      return {
        id: p.id,
        title: p.title,
        views: Number(p.views),
        rate: rateFromSums(p.interactions, p.views) as number,
        tier,
        tierLabel: TIER_LABELS[tier],
        viewsText: count(p.views),
        rateText: formatRate(p, locale),
        interactionsText: count(p.interactions),
      };
    }),
    locale,
    threshold,
    summary: scatterSummary(input.videos.points, threshold, locale),
    capNote:
      input.videos.total > input.videos.points.length
        ? `Showing the ${count(input.videos.points.length)} most-viewed of ${count(input.videos.total)} videos posted in this range.`
        : null,
    omittedNote:
      omitted > 0
        ? `${omitted} ${plural(omitted, "video", "videos")} without views ${plural(omitted, "is", "are")} not drawn (a log scale starts above 0).`
        : null,
    impossibleNote:
      impossible > 0
        ? `${impossible} ${plural(impossible, "video has", "videos have")} more interactions than views and ${plural(impossible, "is", "are")} not drawn: interactions exceed views, excluded from rankings and chart scales.`
        : null,
  };

  // Followers ---------------------------------------------------------------------------
  const byKey = new Map(input.followers.points.map((p) => [p.key, p]));
  const firstF = input.followers.points[0];
  const lastF = input.followers.points.at(-1);
  const followers: FollowersTrendProps = {
    locale,
    points: period.bucketKeys.map((key) => {
      const p = byKey.get(key);
      return {
        label: bucketLabel(key, bucket, locale),
        longLabel: long(key),
        followers: p ? Number(p.followers) : null,
        followersText: p ? count(p.followers) : "—",
        dateText: p ? dateText(p.date, prefs) : "no reading",
      };
    }),
    hasData: input.followers.points.length > 0,
    summary:
      firstF && lastF
        ? firstF === lastF
          ? `${count(lastF.followers)} followers on ${dateText(lastF.date, prefs)}, the only count recorded in this range.`
          : `${count(lastF.followers)} followers on ${dateText(lastF.date, prefs)}, ${lastF.followers >= firstF.followers ? "up" : "down"} ${count(lastF.followers >= firstF.followers ? lastF.followers - firstF.followers : firstF.followers - lastF.followers)} from ${count(firstF.followers)} on ${dateText(firstF.date, prefs)}.`
        : "No follower counts recorded in this range.",
  };

  return {
    rangeLabel: period.label,
    datesLabel: period.datesLabel,
    viewsBasis: basis,
    basisNote,
    previousDatesLabel: period.previousDatesLabel,
    bucketAdjective: words.adjective,
    coarsenedNote: period.coarsenedFrom
      ? `Grouped by ${words.noun}: by ${BUCKET_LABELS[period.coarsenedFrom].noun} this range would have more than ${formatCount(MAX_BUCKETS, locale)} points.`
      : null,
    cards,
    brandDeal,
    engagement,
    tiers,
    earnings,
    scatter,
    followers,
    topByEngagement: input.videos.topByEngagement.map((v) => topVideo(v, prefs)),
    topByEarnings: input.videos.topByEarnings.map((v) => topVideo(v, prefs)),
    videosInRange: input.videos.total,
  };
}
