import type { EngagementTrendProps } from "@/lib/domain/dashboard-view/engagement-trend";
import { ChartFrame } from "./chart-frame";
import { EngagementTrendCanvas } from "./lazy-canvases";

/** ER per period with the tier bands (3 %, 5 %, 10 %) and the rolling ER; the canvas loads after first paint. */
export function EngagementTrendChart({ points, rollingLabel, thresholds, summary, bucketNoun, locale }: EngagementTrendProps) {
  return (
    <ChartFrame
      title="ER of videos posted, over time"
      summary={summary}
      table={{
        caption: `ER of the videos posted in each ${bucketNoun}, with the ${rollingLabel}`,
        columns: [
          { label: "Period", field: "longLabel" },
          { label: "Videos", numeric: true, field: "videosText" },
          { label: "Views of videos posted", numeric: true, field: "viewsText" },
          { label: "Interactions", numeric: true, field: "interactionsText" },
          { label: "ER", numeric: true, field: "rateText" },
          { label: "Tier", field: "tierLabel" },
          { label: rollingLabel, numeric: true, field: "rollingText" },
        ],
        rows: points,
        rowKey: "longLabel",
      }}
    >
      <EngagementTrendCanvas points={points} rollingLabel={rollingLabel} thresholds={thresholds} locale={locale} />
    </ChartFrame>
  );
}
