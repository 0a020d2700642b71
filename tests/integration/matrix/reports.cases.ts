// Cross-creator cases for the CSV reports: every report, produced for creator B over all of
// B's time (and with the video list's search), contains nothing of A's. The files are read to
// the end, so this covers the COPY-written reports (readings, followers) as well as the ones
// built from the dashboard's queries.
import { parseReportRequest, renderReport, REPORT_KINDS, type ReportKind } from "@/lib/data/reports";
import type { MatrixCase, World } from "./types";

function request(report: ReportKind, query: string) {
  const r = parseReportRequest(report, new URLSearchParams(query));
  if (!r.ok) throw new Error(r.error);
  return r.request;
}

const asB = (w: World) => ({ id: w.b.user.id, timeZone: w.b.user.timeZone, currency: w.b.user.currency, locale: w.b.user.locale });

export const reportCases: MatrixCase[] = [
  ...REPORT_KINDS.map(
    (report): MatrixCase => ({
      kind: "own-data-only",
      name: `${report} report (all time)`,
      read: (w) => renderReport(asB(w), request(report, "range=all")),
    }),
  ),
  {
    kind: "own-data-only",
    name: "trend report (2001 by day)",
    read: (w) => renderReport(asB(w), request("trend", "from=2001-01-01&to=2001-12-31&bucket=day")),
  },
  {
    kind: "own-data-only",
    name: "videos report (the video list's search for “matrix”)",
    read: (w) => renderReport(asB(w), request("videos", "q=matrix")),
  },
];
