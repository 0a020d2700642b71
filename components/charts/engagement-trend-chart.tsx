import type { EngagementTrendProps } from "@/lib/domain/dashboard-view";
import { ChartFrame } from "./chart-frame";
import { EngagementTrendCanvas } from "./lazy-canvases";

/** ER per period with the tier bands (3 %, 5 %, 10 %) and the rolling ER; the canvas loads after first paint. */
export function EngagementTrendChart({ points, rollingLabel, thresholds, summary, bucketNoun }: EngagementTrendProps) {
  return (
    <ChartFrame
      title="Engagement rate over time"
      summary={summary}
      table={{
        caption: `ER per ${bucketNoun}, with the ${rollingLabel}`,
        columns: [
          { label: "Period" },
          { label: "Videos", numeric: true },
          { label: "Views", numeric: true },
          { label: "Interactions", numeric: true },
          { label: "ER", numeric: true },
          { label: "Tier" },
          { label: rollingLabel, numeric: true },
        ],
        rows: points.map((p) => ({
          key: p.longLabel,
          cells: [p.longLabel, p.videosText, p.viewsText, p.interactionsText, p.rateText, p.tierLabel, p.rollingText],
        })),
      }}
    >
      <EngagementTrendCanvas points={points} rollingLabel={rollingLabel} thresholds={thresholds} />
    </ChartFrame>
  );
}
