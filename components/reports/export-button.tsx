import { REPORTS, reportHref, type ReportKind, type ReportSearchParams } from "@/lib/reports/catalog";

/**
 * "Export CSV" for a page that shows a report's data: a download link carrying the page's
 * range and filters (`range`, `from`, `to`, `bucket`, `q`, `tier`; anything else is dropped).
 * Pass the page's own searchParams:
 *
 *   <ExportButton report="trend" searchParams={await searchParams} />   // dashboard
 *   <ExportButton report="videos" searchParams={await searchParams} />  // video list
 *
 * A plain link (no client JavaScript), so it works in server and client components alike.
 */
export function ExportButton({
  report,
  searchParams = {},
  label,
  className,
}: {
  report: ReportKind;
  searchParams?: ReportSearchParams;
  /** Visible text; defaults to "Export CSV". */
  label?: string;
  className?: string;
}) {
  return (
    <a
      href={reportHref(report, searchParams)}
      download
      aria-label={`Export the ${REPORTS[report].label} report as CSV`}
      className={
        className ??
        "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      }
    >
      {/* An SVG rather than a "⭳" glyph, which system fonts often lack. */}
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" />
      </svg>
      {label ?? "Export CSV"}
    </a>
  );
}
