"use client";
import { useId, useState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { REPORT_KINDS, REPORTS, reportHref, type ReportKind } from "@/lib/reports/catalog";
import { rangeProblem } from "@/lib/reports/range-rules";

export type ReportRangeChoice = "7" | "28" | "90" | "365" | "all" | "custom";

const RANGE_OPTIONS: { value: ReportRangeChoice; label: string }[] = [
  { value: "7", label: "Last 7 days" },
  { value: "28", label: "Last 28 days" },
  { value: "90", label: "Last 90 days" },
  { value: "365", label: "Last 365 days" },
  { value: "all", label: "All time" },
  { value: "custom", label: "Custom dates" },
];

const BUCKET_OPTIONS = [
  { value: "", label: "Automatic (as on the dashboard)" },
  { value: "day", label: "Day" },
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
];

export type ReportFormInitial = {
  report: ReportKind;
  range: ReportRangeChoice;
  from: string;
  to: string;
  bucket: string;
};

/** Pick a report, a range and a bucket; the download link follows the choices. */
export function ReportForm({ initial }: { initial: ReportFormInitial }) {
  const id = useId();
  const [report, setReport] = useState<ReportKind>(initial.report);
  const [range, setRange] = useState<ReportRangeChoice>(initial.range);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [bucket, setBucket] = useState(initial.bucket);
  const [bom, setBom] = useState(true);

  const info = REPORTS[report];
  let problem: string | null = null;
  if (range === "custom") {
    if (!from || !to) problem = "Choose both dates of the range.";
    else problem = rangeProblem(from, to);
  }
  const params: Record<string, string> = {};
  if (range === "custom") {
    params.from = from;
    params.to = to;
  } else params.range = range;
  if (info.usesBucket && bucket) params.bucket = bucket;
  if (!bom) params.bom = "0";
  const href = reportHref(report, params);
  const problemId = `${id}-problem`;

  return (
    <form className="space-y-6" onSubmit={(e) => e.preventDefault()} aria-label="Download a report">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Report</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {REPORT_KINDS.map((kind) => (
            <div
              key={kind}
              className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:ring-1 has-[:checked]:ring-brand-500 dark:border-slate-700 dark:bg-slate-900"
            >
              <input
                id={`${id}-${kind}`}
                type="radio"
                name="report"
                value={kind}
                checked={report === kind}
                onChange={() => setReport(kind)}
                aria-describedby={`${id}-${kind}-description`}
                className="mt-1"
              />
              <div>
                <label htmlFor={`${id}-${kind}`} className="block cursor-pointer font-medium">
                  {REPORTS[kind].label}
                </label>
                <p id={`${id}-${kind}-description`} className="text-sm text-slate-600 dark:text-slate-400">
                  {REPORTS[kind].description}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor={`${id}-range`} className="block text-sm font-medium">
            Date range
          </label>
          <select id={`${id}-range`} value={range} onChange={(e) => setRange(e.target.value as ReportRangeChoice)} className={inputClass}>
            {RANGE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {range === "custom" ? (
          <>
            <div>
              <label htmlFor={`${id}-from`} className="block text-sm font-medium">
                From
              </label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                className={inputClass}
              />
            </div>
            <div>
              <label htmlFor={`${id}-to`} className="block text-sm font-medium">
                To
              </label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                className={inputClass}
              />
            </div>
          </>
        ) : null}
        <div>
          <label htmlFor={`${id}-bucket`} className="block text-sm font-medium">
            Group by
          </label>
          <select
            id={`${id}-bucket`}
            value={bucket}
            onChange={(e) => setBucket(e.target.value)}
            disabled={!info.usesBucket}
            aria-describedby={`${id}-bucket-hint`}
            className={inputClass}
          >
            {BUCKET_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <p id={`${id}-bucket-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {info.usesBucket ? "One row per day, week or month." : `Not used by the ${info.label} report.`}
          </p>
        </div>
      </div>

      <div className="flex items-start gap-2">
        <input id={`${id}-bom`} type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} className="mt-1" aria-describedby={`${id}-bom-hint`} />
        <div>
          <label htmlFor={`${id}-bom`} className="text-sm font-medium">
            Add a byte-order mark
          </label>
          <p id={`${id}-bom-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            Lets Excel show accents and emoji correctly. Turn it off for tools that show a stray character at the start.
          </p>
        </div>
      </div>

      {problem ? (
        <p id={problemId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        {problem ? (
          <button type="button" disabled className="rounded-md bg-slate-300 px-4 py-2 font-semibold text-slate-600 dark:bg-slate-700 dark:text-slate-300" aria-describedby={problemId}>
            Download {info.label} CSV
          </button>
        ) : (
          <a href={href} download className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
            Download {info.label} CSV
          </a>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Dates and times are in your time zone with their offset; money is in your currency with a <code>currency</code> column.
        </p>
      </div>
    </form>
  );
}
