// The dashboard in the creator's words: the aggregates from lib/data shaped into cards, chart
// points, captions and tables, one builder per card or chart (the files beside this one).
// Pure; every number becomes text here, once.
import { BUCKET_LABELS, MAX_BUCKETS } from "../dashboard-range";
import { formatCount } from "../format";
import { ROLLING_WINDOW, shapeTrend } from "../trend-shaping";
import type { ViewsBasis } from "../views-basis";
import { basisNote, resolveCardBasis } from "./basis";
import { buildBrandDeal, type BrandDealView } from "./brand-deal";
import { buildSummaryCards, type DashboardCard } from "./cards";
import { buildEarningsTrend, type EarningsTrendProps } from "./earnings-trend";
import { buildEngagementTrend, type EngagementTrendProps } from "./engagement-trend";
import { buildFollowersTrend, type FollowersTrendProps } from "./followers-trend";
import type { DashboardInput, DisplayPrefs } from "./input";
import { buildTierHistory, type TierHistoryProps } from "./tier-history";
import { buildTopVideos, type TopVideo } from "./top-videos";
import { buildVideoScatter, type VideoScatterProps } from "./video-scatter";

export type { DashboardInput, DashboardVideoInput, DisplayPrefs, GainedSums } from "./input";

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

/** Everything the dashboard page renders, from the aggregates of one range. */
export function buildDashboardView(input: DashboardInput, prefs: DisplayPrefs): DashboardView {
  const { period } = input;
  const words = BUCKET_LABELS[period.bucket];
  const basis = resolveCardBasis(input);
  // The range's buckets, shaped once for the three trend charts.
  const trend = shapeTrend(period.bucketKeys, input.trend, ROLLING_WINDOW[period.bucket]);
  return {
    rangeLabel: period.label,
    datesLabel: period.datesLabel,
    viewsBasis: basis.basis,
    basisNote: basisNote(period, basis),
    previousDatesLabel: period.previousDatesLabel,
    bucketAdjective: words.adjective,
    coarsenedNote: period.coarsenedFrom
      ? `Grouped by ${words.noun}: by ${BUCKET_LABELS[period.coarsenedFrom].noun} this range would have more than ${formatCount(MAX_BUCKETS, prefs.locale)} points.`
      : null,
    cards: buildSummaryCards(input, basis, prefs),
    brandDeal: buildBrandDeal(input, basis, prefs),
    engagement: buildEngagementTrend(input, trend, prefs),
    tiers: buildTierHistory(period, trend, prefs.locale),
    earnings: buildEarningsTrend(input, trend, prefs),
    scatter: buildVideoScatter(input.videos, prefs.locale),
    followers: buildFollowersTrend(period, input.followers, prefs),
    topByEngagement: buildTopVideos(input.videos.topByEngagement, prefs),
    topByEarnings: buildTopVideos(input.videos.topByEarnings, prefs),
    videosInRange: input.videos.total,
  };
}
