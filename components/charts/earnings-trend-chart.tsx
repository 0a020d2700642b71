import type { EarningsTrendProps } from "@/lib/domain/dashboard-view";
import type { ActualEarningsProps } from "@/lib/domain/actual-income-view";
import { ChartFrame } from "./chart-frame";
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
    <ChartFrame
      title={actual ? "Estimated and paid earnings" : "Estimated earnings"}
      summary={actual ? `${summary} ${actual.summary}` : summary}
      notes={[note]}
      table={{
        caption: actual ? "Estimated earnings per period by stream, and what was paid" : "Estimated earnings per period by stream",
        columns: [
          { label: "Period" },
          { label: "Creator Rewards", numeric: true },
          { label: "Creator Fund", numeric: true },
          { label: "Total", numeric: true },
          ...(actual ? [{ label: "Paid: views payouts", numeric: true }, { label: "Paid: other income", numeric: true }] : []),
        ],
        rows: points.map((p, i) => ({
          key: p.longLabel,
          cells: [
            p.longLabel,
            p.rewardsText,
            p.fundText,
            p.totalText,
            ...(actual ? [actual.viewsPayoutText[i] ?? "", actual.otherText[i] ?? ""] : []),
          ],
        })),
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
