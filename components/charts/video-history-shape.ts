// Readings of one video → the points the history chart draws, already formatted. Runs on the
// server; the client chart only draws what it is given.
import { formatCount, formatRate } from "@/lib/domain/format";
import { formatDateTime } from "@/lib/domain/time";
import { tierLabel, type Tier } from "@/lib/domain/tier";
import { elapsedIn, elapsedUnitFor, formatElapsed, type ElapsedUnit } from "@/lib/domain/elapsed";
import type { VideoHistoryPoint } from "./video-history-chart";

export type HistoryReading = {
  capturedAt: Date;
  views: bigint;
  engagementRate: number | null;
  tier: Tier | null;
};

export type VideoHistory = { points: VideoHistoryPoint[]; unit: ElapsedUnit; summary: string };

/** Oldest first in, oldest first out; the summary names the latest reading's views, ER and tier. */
export function shapeVideoHistory(
  readings: readonly HistoryReading[],
  postedAt: Date,
  display: { locale: string; timeZone: string },
): VideoHistory {
  const { locale, timeZone } = display;
  const sorted = [...readings].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  const last = sorted.at(-1);
  const unit = elapsedUnitFor(last ? last.capturedAt.getTime() - postedAt.getTime() : 0);
  const points = sorted.map((r) => {
    const ms = r.capturedAt.getTime() - postedAt.getTime();
    return {
      elapsed: elapsedIn(ms, unit),
      views: Number(r.views), // drawing only: exact counts are in the table
      engagementRate: r.engagementRate,
      elapsedText: formatElapsed(ms, locale),
      capturedText: formatDateTime(r.capturedAt, timeZone, locale),
      viewsText: formatCount(r.views, locale),
      erText: formatRate(r.engagementRate, locale),
    };
  });
  if (!last) return { points, unit, summary: "No readings yet." };
  const first = sorted[0]!;
  const age = formatElapsed(last.capturedAt.getTime() - postedAt.getTime(), locale);
  const tier = last.tier ? ` (${tierLabel(last.tier)})` : "";
  let summary = `Latest, ${age} after posting: ${formatCount(last.views, locale)} views, ER ${formatRate(last.engagementRate, locale)}${tier}.`;
  if (sorted.length > 1) {
    summary += ` Views went from ${formatCount(first.views, locale)} to ${formatCount(last.views, locale)} over ${sorted.length} readings.`;
  }
  return { points, unit, summary };
}
