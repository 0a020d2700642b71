import Link from "next/link";
import { dashboardSearch, RANGE_URL_VALUES, type DashboardRange } from "@/lib/domain/dashboard-range";
import { BUCKETS, RANGE_PRESETS, type Bucket } from "@/lib/domain/series";

type Props = {
  range: DashboardRange;
  bucket: Bucket;
  /** The custom form's defaults: the dates shown now. */
  firstDate: string;
  lastDate: string;
};

const PRESET_SHORT: Record<string, string> = { "7d": "7 days", "28d": "28 days", "90d": "90 days", "365d": "365 days", all: "All time" };
const BUCKET_SHORT: Record<Bucket, string> = { day: "Day", week: "Week", month: "Month" };

const pill = (current: boolean) =>
  `block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${
    current
      ? "bg-brand-600 text-white"
      : "border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
  }`;

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base dark:border-slate-700 dark:bg-slate-900";

/**
 * Range and grouping, kept in the URL: links for the presets and the grouping, and a plain
 * GET form for a custom range, so every view can be bookmarked and works without JavaScript.
 */
export function RangePicker({ range, bucket, firstDate, lastDate }: Props) {
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <nav aria-label="Date range">
        <ul className="flex flex-wrap gap-2">
          {RANGE_PRESETS.map((p) => {
            const current = range.kind === "preset" && range.preset === p.id;
            return (
              <li key={p.id}>
                <Link
                  href={`/dashboard?range=${RANGE_URL_VALUES[p.id]}`}
                  aria-current={current ? "page" : undefined}
                  aria-label={p.label}
                  className={pill(current)}
                >
                  {PRESET_SHORT[p.id]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label="Group by">
        <ul className="flex flex-wrap items-center gap-2">
          <li className="text-sm text-slate-600 dark:text-slate-400">Group by</li>
          {BUCKETS.map((b) => (
            <li key={b}>
              <Link
                href={`/dashboard${dashboardSearch(range, b)}`}
                aria-current={b === bucket ? "true" : undefined}
                className={pill(b === bucket)}
              >
                {BUCKET_SHORT[b]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/dashboard" aria-label="Custom range" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="range-from" className="block text-sm font-medium">
            From
          </label>
          <input id="range-from" name="from" type="date" required defaultValue={firstDate} className={field} />
        </div>
        <div>
          <label htmlFor="range-to" className="block text-sm font-medium">
            To
          </label>
          <input id="range-to" name="to" type="date" required defaultValue={lastDate} className={field} />
        </div>
        <div>
          <label htmlFor="range-bucket" className="block text-sm font-medium">
            Group by
          </label>
          <select id="range-bucket" name="bucket" defaultValue={bucket} className={field}>
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {BUCKET_SHORT[b]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-4 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Show range
        </button>
      </form>
    </div>
  );
}
