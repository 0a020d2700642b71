import { NOT_RECORDED, STREAM_LABELS, STREAMS, type EarningsComparisonView } from "@/lib/domain/earnings-comparison-view";
import { Table, TableBody } from "@/components/ui/table";

// "not recorded" reads as absence, not as an amount: muted, never a red negative.
const cell = (text: string, extra = "") =>
  `tabular px-2 py-1 text-right ${extra} ${text === NOT_RECORDED ? "italic text-slate-500 dark:text-slate-400" : ""}`;

const th = "px-2 py-2 text-right text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";

/** Estimate against actual per month and stream, as a table (the chart's numbers, always visible). */
export function ComparisonTable({ view }: { view: EarningsComparisonView }) {
  return (
    <Table
      captionClassName="px-3 py-2 text-left text-sm text-slate-600 dark:text-slate-400"
      caption={
        <>
          Per month, in {view.currency}, from the month of your first video. Only views payouts have an estimate: views gained that
          month × your rates. A month without a recorded payout says “not recorded” and is left out of the comparison.
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col" className={`${th} text-left`}>Month</th>
          <th scope="col" className={th}>Views gained</th>
          <th scope="col" className={th}>Estimated views payout</th>
          {STREAMS.map((s) => (
            <th key={s} scope="col" className={th}>
              Paid: {STREAM_LABELS[s].toLowerCase()}
            </th>
          ))}
          <th scope="col" className={th}>Views payout against estimate</th>
          <th scope="col" className={th}>Total paid</th>
        </tr>
      </thead>
      <TableBody>
        {view.months.map((m) => (
          <tr key={m.key}>
            <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">{m.longLabel}</th>
            <td className="tabular px-2 py-1 text-right">{m.viewsGainedText}</td>
            <td className="tabular px-2 py-1 text-right">{m.estimateText}</td>
            {STREAMS.map((s) => (
              <td key={s} className={cell(m.actualText[s])}>{m.actualText[s]}</td>
            ))}
            <td className={cell(m.differenceText)}>{m.differenceText}</td>
            <td className={cell(m.totalPaidText, "font-medium")}>{m.totalPaidText}</td>
          </tr>
        ))}
      </TableBody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 font-semibold dark:border-slate-700">
          <th scope="row" className="px-2 py-1 text-left">Total</th>
          <td className="px-2 py-1" />
          <td className="tabular px-2 py-1 text-right">{view.totals.estimateText}</td>
          {STREAMS.map((s) => (
            <td key={s} className={cell(view.totals.actualText[s])}>{view.totals.actualText[s]}</td>
          ))}
          <td className={cell(view.totals.differenceText)}>{view.totals.differenceText}</td>
          <td className={cell(view.totals.totalPaidText)}>{view.totals.totalPaidText}</td>
        </tr>
      </tfoot>
    </Table>
  );
}
