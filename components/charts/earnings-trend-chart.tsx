import type { EarningsTrendProps } from "@/lib/domain/dashboard-view/earnings-trend";
import type { ActualEarningsProps } from "@/lib/domain/dashboard-view/actual-income";
import { ChartFrame } from "./chart-frame";

type EarningsRow = EarningsTrendProps["points"][number] & { paidViewsText?: string; paidOtherText?: string };
import { EarningsTrendCanvas } from "./lazy-canvases";

/**
 * Estimated earnings per period, stacked by stream (Creator Rewards, Creator Fund); once the
 * ledger has entries, the views payouts actually received stand beside them as a second bar.
 * The canvas loads after first paint.
 */
export function EarningsTrendChart({
  points,
  currency,
  locale,
  summary,
  note,
  actual = null,
}: EarningsTrendProps & { actual?: ActualEarningsProps | null }) {
  return (
    <ChartFrame<EarningsRow>
      title={actual ? "Estimated and paid earnings" : "Estimated earnings"}
      summary={actual ? `${summary} ${actual.summary}` : summary}
      notes={[note]}
      table={{
        caption: actual ? "Estimated earnings per period by stream, and what was paid" : "Estimated earnings per period by stream",
        columns: [
          { label: "Period", field: "longLabel" },
          { label: "Creator Rewards", numeric: true, field: "rewardsText" },
          { label: "Creator Fund", numeric: true, field: "fundText" },
          { label: "Total", numeric: true, field: "totalText" },
          ...(actual
            ? [
                { label: "Paid: views payouts", numeric: true, field: "paidViewsText" as const },
                { label: "Paid: other income", numeric: true, field: "paidOtherText" as const },
              ]
            : []),
        ],
        // Without payouts the rows are the canvas's own points (sent once); with them, each row gains the paid columns.
        rows: (actual
          ? points.map((p, i) => ({ ...p, paidViewsText: actual.viewsPayoutText[i] ?? "", paidOtherText: actual.otherText[i] ?? "" }))
          : points) as readonly EarningsRow[],
        rowKey: "longLabel",
      }}
    >
      <EarningsTrendCanvas
        points={points}
        currency={currency}
        locale={locale}
        actual={actual ? { viewsPayout: actual.viewsPayout, viewsPayoutText: actual.viewsPayoutText } : null}
      />
    </ChartFrame>
  );
}
