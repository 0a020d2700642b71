import { deleteFollowerSnapshotAction } from "@/lib/actions/followers";
import type { FollowerSnapshotRow } from "@/lib/data/followers";
import { MISSING, formatCount } from "@/lib/domain/format";
import { formatCalendarDate } from "@/lib/domain/time";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";


function signed(n: bigint, locale: string): string {
  if (n === 0n) return "±0";
  return `${n > 0n ? "+" : "−"}${formatCount(n < 0n ? -n : n, locale)}`;
}

/** Recorded follower counts, newest first, each with the change since the previous recorded day. */
export function FollowersTable({ rows, locale }: { rows: FollowerSnapshotRow[]; locale: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">Follower counts, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={`${th} text-right`}>
              Followers
            </th>
            <th scope="col" className={`${th} text-right`}>
              Change
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((r) => {
            const day = formatCalendarDate(r.date, locale);
            return (
              <tr key={r.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                  {day}
                </th>
                <td className="tabular px-3 py-2 text-right">{formatCount(r.followers, locale)}</td>
                <td className="tabular px-3 py-2 text-right text-slate-700 dark:text-slate-300">
                  {r.change === null ? MISSING : signed(r.change, locale)}
                  {r.change !== null && r.previousDate ? (
                    <span className="block text-xs text-slate-500 dark:text-slate-400">since {formatCalendarDate(r.previousDate, locale)}</span>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right">
                  <ConfirmDelete
                    action={deleteFollowerSnapshotAction}
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
        </tbody>
      </table>
    </div>
  );
}
