import { deleteReadingAction } from "@/lib/actions/videos";
import type { Reading } from "@/lib/data/readings";
import { MISSING, formatCount, formatRate, numberFormat } from "@/lib/domain/format";
import { formatElapsed } from "@/lib/domain/elapsed";
import { formatDateTime } from "@/lib/domain/time";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ButtonLink } from "@/components/ui/button";
import { ActionsHeader, ColumnHeader, RowHeader, Table, TableBody } from "@/components/ui/table";
import { TierBadge } from "@/components/ui/tier-badge";
import { InteractionsWarning } from "./interactions-warning";

type Props = {
  readings: Reading[];
  postedAt: Date;
  locale: string;
  timeZone: string;
  /** The per-view ER's name ("ER", or "ER incl. saves" when the creator counts saves). */
  erLabel?: string;
  /** The per-follower ER's name and each reading's figure (null: no follower count in force). */
  perFollowerLabel?: string;
  perFollowerRates?: Record<string, number | null>;
};

const num = "px-3 py-2 text-right tabular whitespace-nowrap";

function decimal(value: string | null, locale: string, unit: "s" | "%"): string {
  if (value === null) return MISSING;
  const n = Number(value);
  return unit === "%"
    ? numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(n / 100)
    : `${numberFormat(locale, { maximumFractionDigits: 2 }).format(n)} s`;
}

/** Every reading of one video, newest first, with its ER, tier and a flag for odd data. */
export function ReadingsTable({ readings, postedAt, locale, timeZone, erLabel = "ER", perFollowerLabel, perFollowerRates }: Props) {
  const newestFirst = [...readings].reverse();
  return (
    <Table caption="Stats readings of this video, newest first">
      <thead>
        <tr>
          <ColumnHeader>Captured</ColumnHeader>
          <ColumnHeader>Since posting</ColumnHeader>
          {["Views", "Likes", "Comments", "Shares", "Saves", "Avg watch", "Completion", erLabel, ...(perFollowerRates && perFollowerLabel ? [perFollowerLabel] : [])].map((h) => (
            <ColumnHeader key={h} numeric>
              {h}
            </ColumnHeader>
          ))}
          <ColumnHeader>Tier</ColumnHeader>
          <ActionsHeader />
        </tr>
      </thead>
      <TableBody>
        {newestFirst.map((r) => {
          const when = formatDateTime(r.capturedAt, timeZone, locale);
          return (
            <tr key={r.id}>
              <RowHeader>
                {when}
                {r.interactionsExceedViews ? (
                  <div>
                    <InteractionsWarning />
                  </div>
                ) : null}
              </RowHeader>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400">
                {formatElapsed(r.capturedAt.getTime() - postedAt.getTime(), locale)}
              </td>
              <td className={num}>{formatCount(r.views, locale)}</td>
              <td className={num}>{formatCount(r.likes, locale)}</td>
              <td className={num}>{formatCount(r.comments, locale)}</td>
              <td className={num}>{formatCount(r.shares, locale)}</td>
              <td className={num}>{r.saves === null ? MISSING : formatCount(r.saves, locale)}</td>
              <td className={num}>{decimal(r.avgWatchTimeSeconds, locale, "s")}</td>
              <td className={num}>{decimal(r.completionRate, locale, "%")}</td>
              <td className={`${num} font-semibold`}>{formatRate(r.engagementRate, locale)}</td>
              {perFollowerRates ? <td className={num}>{formatRate(perFollowerRates[r.id] ?? null, locale)}</td> : null}
              <td className="px-3 py-2">
                <TierBadge tier={r.tier} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <div className="flex items-center gap-2">
                  <ButtonLink
                    href={`/videos/${r.videoId}/readings/${r.id}/edit`}
                    variant="ghost"
                    size="sm"
                    className="text-brand-700 dark:text-brand-100"
                  >
                    Edit<span className="sr-only"> reading of {when}</span>
                  </ButtonLink>
                  <ConfirmDelete
                    action={deleteReadingAction}
                    fields={{ readingId: r.id }}
                    label="Delete"
                    srContext={`reading of ${when}`}
                    question="Delete this reading?"
                    confirmLabel="Yes, delete reading"
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
