import type { FollowersTrendProps } from "@/lib/domain/dashboard-view";
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
        columns: [{ label: "Period" }, { label: "Followers", numeric: true }, { label: "Recorded on" }],
        rows: points.map((p) => ({ key: p.longLabel, cells: [p.longLabel, p.followersText, p.dateText] })),
      }}
    >
      <FollowersTrendCanvas points={points} locale={locale} />
    </ChartFrame>
  );
}
