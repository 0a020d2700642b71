// The scatter: each video posted in the range as a point, views against ER.
import { isRankableReading, rateFromSums } from "../engagement";
import { formatCount, formatRate } from "../format";
import { TIER_LABELS, TIER_THRESHOLDS, tierForSums, type Tier } from "../tier";
import { plural, type DashboardInput, type DashboardVideoInput } from "./input";

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

export function buildVideoScatter(videos: DashboardInput["videos"], locale: string): VideoScatterProps {
  const count = (n: bigint | number) => formatCount(n, locale);
  const threshold = TIER_THRESHOLDS.good;
  // A reading with more interactions than views is not drawn: an ER above 100 % would set the
  // scale and squash every real video at the bottom. The note names how many were left out.
  const seen = videos.points.filter((p) => p.views > 0n);
  const drawable = seen.filter(isRankableReading);
  const omitted = videos.points.length - seen.length;
  const impossible = seen.length - drawable.length;
  return {
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
    summary: scatterSummary(videos.points, threshold, locale),
    capNote:
      videos.total > videos.points.length
        ? `Showing the ${count(videos.points.length)} most-viewed of ${count(videos.total)} videos posted in this range.`
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
}
