"use client";
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

// The dashboard's canvases, loaded after first paint: Chart.js and the code that feeds it are
// not in the page's initial scripts but in chunks fetched when these render on the client.
// Until then (and without JavaScript) the frame shows a placeholder filling the canvas's box,
// so nothing moves when the chart arrives, while the caption, the key figure and the
// "Show as table" table are already in the server-rendered HTML.

function ChartPlaceholder() {
  return <Skeleton className="absolute inset-0 motion-reduce:animate-none" />;
}

export const EngagementTrendCanvas = dynamic(() => import("./engagement-trend-canvas").then((m) => m.EngagementTrendCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const TierHistoryCanvas = dynamic(() => import("./tier-history-canvas").then((m) => m.TierHistoryCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const VideoScatterCanvas = dynamic(() => import("./video-scatter-canvas").then((m) => m.VideoScatterCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const EarningsTrendCanvas = dynamic(() => import("./earnings-trend-canvas").then((m) => m.EarningsTrendCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const FollowersTrendCanvas = dynamic(() => import("./followers-trend-canvas").then((m) => m.FollowersTrendCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const AccountDailyCanvas = dynamic(() => import("./account-daily-canvas").then((m) => m.AccountDailyCanvas), {
  ssr: false,
  loading: ChartPlaceholder,
});
