import Link from "next/link";
import { deleteIncomeEntryAction } from "@/lib/actions/income";
import type { IncomeEntryRow } from "@/lib/data/income";
import { formatMoney } from "@/lib/domain/format";
import { formatCalendarDate } from "@/lib/domain/time";
import { INCOME_STREAM_LABELS } from "@/lib/validation/income";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ActionsHeader, ColumnHeader, RowHeader, Table, TableBody } from "@/components/ui/table";

/** The ledger, newest first: what was paid, when, from which stream, for which video. */
export function IncomeLedgerTable({ rows, locale, accountCurrency }: { rows: IncomeEntryRow[]; locale: string; accountCurrency: string }) {
  return (
    <Table caption="Income received, newest first">
      <thead>
        <tr>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>Stream</ColumnHeader>
          <ColumnHeader numeric>Amount paid</ColumnHeader>
          <ColumnHeader numeric>Credited in {accountCurrency}</ColumnHeader>
          <ColumnHeader>Video</ColumnHeader>
          <ColumnHeader>Note</ColumnHeader>
          <ActionsHeader />
        </tr>
      </thead>
      <TableBody>
        {rows.map((r) => {
          const day = formatCalendarDate(r.receivedOn, locale);
          const what = `${INCOME_STREAM_LABELS[r.stream]} of ${day}`;
          return (
            <tr key={r.id}>
              <RowHeader>{day}</RowHeader>
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
                  <ButtonLink href={`/earnings/entries/${r.id}/edit`} variant="secondary" size="sm">
                    Edit<span className="sr-only"> {what}</span>
                  </ButtonLink>
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
      </TableBody>
    </Table>
  );
}
