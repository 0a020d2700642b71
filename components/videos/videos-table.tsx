import Link from "next/link";
import { formatCount, formatRate } from "@/lib/domain/format";
import { formatDate, formatDateTime } from "@/lib/domain/time";
import type { VideoListRow } from "@/lib/data/videos";
import { videoListHref, type VideoListQuery, type VideoSort } from "@/lib/validation/video";
import { ActionsHeader, ColumnHeader, Table, TableBody } from "@/components/ui/table";
import { TierBadge } from "@/components/ui/tier-badge";
import { InteractionsWarning } from "./interactions-warning";

type Props = {
  rows: VideoListRow[];
  query: VideoListQuery;
  locale: string;
  timeZone: string;
  /** "ER", or "ER incl. saves" when the creator counts saves. */
  erLabel?: string;
};

const td = "px-3 py-3 align-top";

/** A column header that sorts by its column; a second click reverses the order. */
function SortHeader({ query, sort, label, numeric }: { query: VideoListQuery; sort: VideoSort; label: string; numeric?: boolean }) {
  const active = query.sort === sort;
  const nextDir = active && query.dir === "desc" ? "asc" : "desc";
  const arrow = active ? (query.dir === "desc" ? "↓" : "↑") : "";
  return (
    <ColumnHeader numeric={numeric} aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}>
      <Link href={videoListHref({ ...query, sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true">{arrow}</span>
        <span className="sr-only">
          {active ? `, sorted ${query.dir === "desc" ? "high to low" : "low to high"}; ` : ", "}sort {nextDir === "desc" ? "high to low" : "low to high"}
        </span>
      </Link>
    </ColumnHeader>
  );
}

/** The creator's videos with their latest stats, ER and tier. */
export function VideosTable({ rows, query, locale, timeZone, erLabel = "ER" }: Props) {
  return (
    <Table caption="Your videos with their latest stats. Column headers with links change the order.">
      <thead>
        <tr>
          <ColumnHeader>Video</ColumnHeader>
          <SortHeader query={query} sort="posted" label="Posted" />
          <SortHeader query={query} sort="views" label="Views" numeric />
          <ColumnHeader numeric>Interactions</ColumnHeader>
          <SortHeader query={query} sort="er" label={erLabel} numeric />
          <ColumnHeader>Tier</ColumnHeader>
          <ColumnHeader>Latest reading</ColumnHeader>
          <ActionsHeader />
        </tr>
      </thead>
      <TableBody>
        {rows.map((v) => (
          <tr key={v.id}>
            <td className={`${td} max-w-xs`}>
              <Link href={`/videos/${v.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                {v.title}
              </Link>
              {v.hashtags.length ? (
                <p className="mt-1 truncate text-xs text-slate-500 dark:text-slate-400">{v.hashtags.map((h) => `#${h}`).join(" ")}</p>
              ) : null}
            </td>
            <td className={`${td} whitespace-nowrap`}>{formatDate(v.postedAt, timeZone, locale)}</td>
            <td className={`${td} tabular text-right`}>{v.latest ? formatCount(v.latest.views, locale) : "—"}</td>
            <td className={`${td} tabular text-right`}>
              {v.latest ? formatCount(v.latest.interactions, locale) : "—"}
              {v.latest?.interactionsExceedViews ? (
                <div>
                  <InteractionsWarning compact />
                </div>
              ) : null}
            </td>
            <td className={`${td} tabular text-right`}>
              <span className="sr-only">{erLabel} </span>
              {formatRate(v.latest?.engagementRate ?? null, locale)}
            </td>
            <td className={td}>{v.latest ? <TierBadge tier={v.latest.tier} /> : <span className="text-slate-500">No readings</span>}</td>
            <td className={`${td} whitespace-nowrap text-slate-600 dark:text-slate-400`}>
              {v.latest ? formatDateTime(v.latest.capturedAt, timeZone, locale) : "—"}
            </td>
            <td className={`${td} whitespace-nowrap`}>
              <Link href={`/videos/${v.id}#record-stats`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
                Record stats<span className="sr-only"> for {v.title}</span>
              </Link>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
