import type { Metadata } from "next";
import { ReportForm, type ReportFormInitial, type ReportRangeChoice } from "@/components/reports/report-form";
import { requireUser } from "@/lib/auth";
import { isReportKind } from "@/lib/reports/catalog";
import { isCalendarDate } from "@/lib/domain/dashboard-range";
import { addDaysToDateString, localDateString } from "@/lib/domain/time";

export const metadata: Metadata = { title: "Reports" };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const RANGES: readonly string[] = ["7", "28", "90", "365", "all"];

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const tz = user.timeZone;
  const today = localDateString(new Date(), tz);

  // `?report=trend&from=…&to=…` preselects, so other pages can link here with their view.
  const report = first(params.report);
  const from = first(params.from);
  const to = first(params.to);
  const range = first(params.range);
  const bucket = first(params.bucket);
  const custom = isCalendarDate(from) && isCalendarDate(to);
  const initial: ReportFormInitial = {
    report: isReportKind(report) ? report : "trend",
    range: custom ? "custom" : RANGES.includes(range) ? (range as ReportRangeChoice) : "90",
    from: custom ? from : addDaysToDateString(today, -89),
    to: custom ? to : today,
    bucket: ["day", "week", "month"].includes(bucket) ? bucket : "",
  };

  return (
    <section className="max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          Download your figures as CSV files for your own records, for brands or for your accountant. They open in Excel,
          Numbers and Google Sheets, and every figure is the one the dashboard shows.
        </p>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <ReportForm initial={initial} />
      </div>
    </section>
  );
}
