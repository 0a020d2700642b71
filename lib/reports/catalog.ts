// The five CSV reports: names, what each contains in a sentence, and the URL that downloads
// one. Plain constants (no database), shared by the route handler, the Reports page and the
// Export buttons on other pages.

export const REPORT_KINDS = ["videos", "trend", "earnings", "readings", "followers"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type ReportInfo = {
  label: string;
  /** One sentence for the Reports page. */
  description: string;
  /** Whether the day / week / month choice changes this report. */
  usesBucket: boolean;
};

export const REPORTS: Record<ReportKind, ReportInfo> = {
  videos: {
    label: "Videos",
    description:
      "One row per video posted in the range, with its latest reading up to the end of the range, engagement rate, tier and estimated views payout.",
    usesBucket: false,
  },
  trend: {
    label: "Trend",
    description:
      "One row per day, week or month with the dashboard's figures: videos posted, views, interactions, engagement rate, tier, estimated earnings by stream and the change from the row before, then the range's total against the previous period.",
    usesBucket: true,
  },
  earnings: {
    label: "Earnings",
    description:
      "One row per calendar month, as on the Earnings page: the views payout estimated from the views your videos gained that month, beside what you recorded as actually paid, by stream.",
    usesBucket: false,
  },
  readings: {
    label: "Readings",
    description: "Every stats reading of every video captured in the range: the raw history, at any size.",
    usesBucket: false,
  },
  followers: {
    label: "Followers",
    description: "Every follower count you recorded in the range, with the change since the count before it.",
    usesBucket: false,
  },
};

export function isReportKind(value: string): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value);
}

/** Query parameters a report URL understands; anything else is dropped from an Export link. */
export const REPORT_PARAMS = ["range", "from", "to", "bucket", "bom", "q", "tier"] as const;

export type ReportSearchParams = Record<string, string | string[] | undefined>;

/**
 * The download URL of a report for a page's current search params:
 * reportHref("trend", { range: "90", bucket: "week" }) → "/api/reports/trend?range=90&bucket=week".
 */
export function reportHref(report: ReportKind, params: ReportSearchParams = {}): string {
  const q = new URLSearchParams();
  for (const name of REPORT_PARAMS) {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) q.set(name, value);
  }
  const s = q.toString();
  return `/api/reports/${report}${s ? `?${s}` : ""}`;
}
