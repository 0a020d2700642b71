import type { TierHistoryProps } from "@/lib/domain/dashboard-view/tier-history";
import { TIER_LABELS } from "@/lib/domain/tier";
import { ChartFrame } from "./chart-frame";
import { TierHistoryCanvas } from "./lazy-canvases";

/** The tier of each period, readable at a glance; the canvas loads after first paint. */
export function TierHistoryChart({ points, summary, bucketNoun }: TierHistoryProps) {
  return (
    <ChartFrame
      title="Tier history"
      summary={summary}
      notes={[
        `${TIER_LABELS.excellent} from 10 %, ${TIER_LABELS.good} from 5 %, ${TIER_LABELS.average} from 3 %. A ${bucketNoun} without a bar had no views.`,
      ]}
      table={{
        caption: `Tier of the videos posted in each ${bucketNoun}`,
        columns: [
          { label: "Period", field: "longLabel" },
          { label: "Tier", field: "tierLabel" },
          { label: "ER", numeric: true, field: "rateText" },
        ],
        rows: points,
        rowKey: "longLabel",
      }}
    >
      <TierHistoryCanvas points={points} />
    </ChartFrame>
  );
}
