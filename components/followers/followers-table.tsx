import { deleteFollowerCountAction } from "@/lib/actions/followers";
import type { FollowerCountRow } from "@/lib/data/followers";
import { MISSING, formatCount } from "@/lib/domain/format";
import { formatCalendarDate } from "@/lib/domain/time";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ActionsHeader, ColumnHeader, RowHeader, Table, TableBody } from "@/components/ui/table";

function signed(n: bigint, locale: string): string {
  if (n === 0n) return "±0";
  return `${n > 0n ? "+" : "−"}${formatCount(n < 0n ? -n : n, locale)}`;
}

/** Recorded follower counts, newest first, each with the change since the previous recorded day. */
export function FollowersTable({ rows, locale }: { rows: FollowerCountRow[]; locale: string }) {
  return (
    <Table caption="Follower counts, newest first">
      <thead>
        <tr>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader numeric>Followers</ColumnHeader>
          <ColumnHeader numeric>Change</ColumnHeader>
          <ActionsHeader />
        </tr>
      </thead>
      <TableBody>
        {rows.map((r) => {
          const day = formatCalendarDate(r.date, locale);
          return (
            <tr key={r.id}>
              <RowHeader>{day}</RowHeader>
              <td className="tabular px-3 py-2 text-right">{formatCount(r.followers, locale)}</td>
              <td className="tabular px-3 py-2 text-right text-slate-700 dark:text-slate-300">
                {r.change === null ? MISSING : signed(r.change, locale)}
                {r.change !== null && r.previousDate ? (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">since {formatCalendarDate(r.previousDate, locale)}</span>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right">
                <ConfirmDelete
                  action={deleteFollowerCountAction}
                  fields={{ id: r.id }}
                  label="Delete"
                  srContext={`follower count of ${day}`}
                  question="Delete this count?"
                  confirmLabel="Yes, delete count"
                  size="sm"
                />
              </td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
