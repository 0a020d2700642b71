import Link from "next/link";
import { deleteIncomeEntryAction } from "@/lib/actions/income";
import type { IncomeEntryRow } from "@/lib/data/income";
import { formatMoney } from "@/lib/domain/format";
import { formatCalendarDate } from "@/lib/domain/time";
import { INCOME_STREAM_LABELS } from "@/lib/validation/income";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";


/** The ledger, newest first: what was paid, when, from which stream, for which video. */
export function IncomeLedgerTable({ rows, locale, accountCurrency }: { rows: IncomeEntryRow[]; locale: string; accountCurrency: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">Income received, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Date</th>
            <th scope="col" className={th}>Stream</th>
            <th scope="col" className={`${th} text-right`}>Amount paid</th>
            <th scope="col" className={`${th} text-right`}>Credited in {accountCurrency}</th>
            <th scope="col" className={th}>Video</th>
            <th scope="col" className={th}>Note</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((r) => {
            const day = formatCalendarDate(r.receivedOn, locale);
            const what = `${INCOME_STREAM_LABELS[r.stream]} of ${day}`;
            return (
              <tr key={r.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">{day}</th>
                <td className="px-3 py-2">{INCOME_STREAM_LABELS[r.stream]}</td>
                <td className={`tabular whitespace-nowrap px-3 py-2 text-right ${r.isRefund ? "text-red-700 dark:text-red-300" : ""}`}>
                  {formatMoney(r.amountCents, r.currency, locale)}
                  {r.isRefund ? <span className="block text-xs">refund</span> : null}
                </td>
                <td className="tabular whitespace-nowrap px-3 py-2 text-right">
                  {r.creditedCents !== null && r.creditedCurrency === accountCurrency ? (
                    formatMoney(r.creditedCents, accountCurrency, locale)
                  ) : (
                    <span className="italic text-slate-500 dark:text-slate-400">not recorded (not compared)</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  {r.videoId && r.videoTitle ? (
                    <Link href={`/videos/${r.videoId}`} className="text-brand-700 underline dark:text-brand-300">
                      {r.videoTitle}
                    </Link>
                  ) : (
                    <span className="text-slate-500 dark:text-slate-400">—</span>
                  )}
                </td>
                <td className="max-w-xs truncate px-3 py-2 text-slate-700 dark:text-slate-300" title={r.note ?? undefined}>
                  {r.note ?? ""}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right">
                  <div className="flex justify-end gap-2">
                    <Link
                      href={`/earnings/entries/${r.id}/edit`}
                      className="rounded-md border border-slate-300 px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                    >
                      Edit<span className="sr-only"> {what}</span>
                    </Link>
                    <ConfirmDelete
                      action={deleteIncomeEntryAction}
                      fields={{ id: r.id }}
                      label="Delete"
                      srContext={what}
                      question="Delete this entry?"
                      confirmLabel="Yes, delete entry"
                      size="sm"
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
