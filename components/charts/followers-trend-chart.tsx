import type { FollowersTrendProps } from "@/lib/domain/dashboard-view/followers-trend";
import { ChartFrame } from "./chart-frame";
import { FollowersTrendCanvas } from "./lazy-canvases";

/** Followers over time: the last count recorded in each period; the canvas loads after first paint. */
export function FollowersTrendChart({ points, summary, locale }: FollowersTrendProps) {
  return (
    <ChartFrame
      title="Followers"
      summary={summary}
      table={{
        caption: "Followers: the last count recorded in each period",
        columns: [
          { label: "Period", field: "longLabel" },
          { label: "Followers", numeric: true, field: "followersText" },
          { label: "Recorded on", field: "dateText" },
        ],
        rows: points,
        rowKey: "longLabel",
      }}
    >
      <FollowersTrendCanvas points={points} locale={locale} />
    </ChartFrame>
  );
}
