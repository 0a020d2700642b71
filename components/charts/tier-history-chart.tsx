import type { TierHistoryProps } from "@/lib/domain/dashboard-view";
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
        caption: `Tier per ${bucketNoun}`,
        columns: [{ label: "Period" }, { label: "Tier" }, { label: "ER", numeric: true }],
        rows: points.map((p) => ({ key: p.longLabel, cells: [p.longLabel, p.tierLabel, p.rateText] })),
      }}
    >
      <TierHistoryCanvas points={points} />
    </ChartFrame>
  );
}
