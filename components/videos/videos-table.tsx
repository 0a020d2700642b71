import Link from "next/link";
import { formatCount, formatRate } from "@/lib/domain/format";
import { formatDate, formatDateTime } from "@/lib/domain/time";
import type { VideoListRow } from "@/lib/data/videos";
import { videoListHref, type VideoListQuery, type VideoSort } from "@/lib/validation/video";
import { InteractionsWarning } from "@/components/ui/interactions-warning";
import { TierBadge } from "@/components/ui/tier-badge";

type Props = {
  rows: VideoListRow[];
  query: VideoListQuery;
  locale: string;
  timeZone: string;
  /** "ER", or "ER incl. saves" when the creator counts saves. */
  erLabel?: string;
};

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
const td = "px-3 py-3 align-top";

/** A column header that sorts by its column; a second click reverses the order. */
function SortHeader({ query, sort, label, numeric }: { query: VideoListQuery; sort: VideoSort; label: string; numeric?: boolean }) {
  const active = query.sort === sort;
  const nextDir = active && query.dir === "desc" ? "asc" : "desc";
  const arrow = active ? (query.dir === "desc" ? "↓" : "↑") : "";
  return (
    <th scope="col" className={`${th} ${numeric ? "text-right" : ""}`} aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}>
      <Link href={videoListHref({ ...query, sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true">{arrow}</span>
        <span className="sr-only">
          {active ? `, sorted ${query.dir === "desc" ? "high to low" : "low to high"}; ` : ", "}sort {nextDir === "desc" ? "high to low" : "low to high"}
        </span>
      </Link>
    </th>
  );
}

/** The creator's videos with their latest stats, ER and tier. */
export function VideosTable({ rows, query, locale, timeZone, erLabel = "ER" }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">Your videos with their latest stats. Column headers with links change the order.</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Video
            </th>
            <SortHeader query={query} sort="posted" label="Posted" />
            <SortHeader query={query} sort="views" label="Views" numeric />
            <th scope="col" className={`${th} text-right`}>
              Interactions
            </th>
            <SortHeader query={query} sort="er" label={erLabel} numeric />
            <th scope="col" className={th}>
              Tier
            </th>
            <th scope="col" className={th}>
              Latest reading
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
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
        </tbody>
      </table>
    </div>
  );
}
