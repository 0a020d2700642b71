import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { getDashboardBounds } from "@/lib/data/dashboard";
import { DEFAULT_RANGE, resolveDashboardPeriod, type DashboardPeriod } from "@/lib/domain/dashboard-range";
import { enumerateBuckets, resolveRange } from "@/lib/domain/series";
import { localDateString, startOfLocalDay } from "@/lib/domain/time";
import { ReportRangeError } from "@/lib/errors";
import type { ReportKind } from "@/lib/reports/catalog";
import { type ReportChunks, type ReportContext, type ReportPeriod, type ReportUser } from "@/lib/reports/context";
import { earningsReport, wholeMonths } from "./reports/earnings";
import { followersReport } from "./reports/followers";
import { rangeProblem, type ReportRange, type ReportRequest } from "@/lib/reports/params";
import { readingsReport } from "./reports/readings";
import { ReportReadable } from "./reports/stream";
import { trendReport } from "./reports/trend";
import { videosReport } from "./reports/videos";

// The five CSV reports. Every one is scoped by the creator's id, uses the dashboard's functions
// or SQL for its figures, and is produced as a stream:
// - readings, followers: PostgreSQL writes the CSV (COPY … TO STDOUT) on an export connection;
// - videos: the dashboard's per-video SQL read through a cursor, 1,000 rows at a time;
// - trend, earnings: the dashboard's aggregates (one row per bucket or month), shaped in JS.
// Abandoning the stream (destroy, or the `signal` aborting) ends the database work behind it.

export { REPORT_KINDS, REPORTS, isReportKind, reportHref, type ReportKind } from "@/lib/reports/catalog";
export { parseReportRequest, type ReportRequest, type ReportRange } from "@/lib/reports/params";
export type { ReportUser, ReportPeriod } from "@/lib/reports/context";

/** The day of the creator's first record of any kind: "All time" starts there. */
export async function getEarliestActivity(userId: string, timeZone: string): Promise<Date | null> {
  const rows = await db.$queryRaw<{ earliest: Date | null }[]>`
    SELECT least(
      (SELECT min(posted_at) FROM videos WHERE user_id = ${userId}::uuid),
      (SELECT min(captured_at) FROM stat_snapshots WHERE user_id = ${userId}::uuid),
      (SELECT min(date)::timestamp AT TIME ZONE ${timeZone}::text FROM follower_snapshots WHERE user_id = ${userId}::uuid),
      (SELECT min(received_on)::timestamp AT TIME ZONE ${timeZone}::text FROM income_entries WHERE user_id = ${userId}::uuid)
    ) AS earliest`;
  const earliest = rows[0]?.earliest;
  return earliest ? new Date(earliest) : null;
}

/**
 * An open-ended range with its missing end filled in: up to today in the creator's zone, or
 * from the day of `earliest` (the first record). Refused like a URL range when reversed or
 * longer than ten years.
 */
export function closeRange(
  range: Extract<ReportRange, { kind: "open" }>,
  earliest: Date | null,
  now: Date,
  tz: string,
): Extract<ReportRange, { kind: "custom" }> {
  if (range.from !== null) {
    const to = range.to ?? localDateString(now, tz);
    const problem = rangeProblem(range.from, to);
    if (problem) throw new ReportRangeError(problem);
    return { kind: "custom", from: range.from, to };
  }
  const to = range.to ?? localDateString(now, tz);
  // Only an end: from the first record, however long ago (as "All time" is).
  const first = earliest ? localDateString(earliest, tz) : to;
  return { kind: "custom", from: first < to ? first : to, to };
}

function toPeriod(from: Date, to: Date, tz: string): ReportPeriod {
  return { from, to, firstDate: localDateString(from, tz), lastDate: localDateString(new Date(to.getTime() - 1), tz) };
}

/**
 * The instants a (non-trend) report covers. Presets end today, like the dashboard's; "All
 * time" (and no range at all) starts on the day of the creator's first record of any kind, so
 * follower counts and payouts older than the first video are included.
 */
export async function resolveReportPeriod(userId: string, range: ReportRange | null, now: Date, tz: string): Promise<ReportPeriod> {
  let r: ReportRange = range ?? { kind: "preset", preset: "all" };
  if (r.kind === "open") r = closeRange(r, await getEarliestActivity(userId, tz), now, tz);
  if (r.kind === "custom") {
    const { from, to } = resolveRange({ from: r.from, to: r.to }, now, tz);
    return toPeriod(from, to, tz);
  }
  if (r.preset === "all") {
    const { to } = resolveRange("7d", now, tz);
    const earliest = await getEarliestActivity(userId, tz);
    const from = startOfLocalDay(earliest && earliest.getTime() < to.getTime() ? earliest : now, tz);
    return toPeriod(from, to, tz);
  }
  const { from, to } = resolveRange(r.preset, now, tz);
  return toPeriod(from, to, tz);
}

/**
 * The Trend report's period: the dashboard's own resolution (same instants, previous period
 * and "All time" from the first post), in the bucket asked for. Unlike the chart, a report is
 * never made coarser: a daily file over years is what was asked for.
 */
export async function resolveTrendPeriod(user: ReportUser, request: ReportRequest, now: Date, tz: string): Promise<DashboardPeriod> {
  const bounds = await getDashboardBounds(user.id);
  const asked = request.range ?? DEFAULT_RANGE;
  const range = asked.kind === "open" ? closeRange(asked, bounds.firstPostedAt, now, tz) : asked;
  const period = resolveDashboardPeriod({ range, bucket: request.bucket }, now, tz, user.locale, bounds.firstPostedAt ?? now);
  if (period.coarsenedFrom === null) return period;
  const bucket = period.coarsenedFrom;
  return { ...period, bucket, coarsenedFrom: null, bucketKeys: enumerateBuckets(period.from, period.to, bucket, tz) };
}

/** `tierline-trend-2026-06-01_2026-08-31.csv` */
export function reportFilename(report: ReportKind, firstDate: string, lastDate: string): string {
  return `tierline-${report}-${firstDate}_${lastDate}.csv`;
}

export type OpenedReport = {
  report: ReportKind;
  filename: string;
  firstDate: string;
  lastDate: string;
  /** UTF-8 CSV bytes. Destroy it to stop the export and its query. */
  stream: Readable;
};

/**
 * Resolves the range and starts a report for the creator. Nothing heavy runs until the stream
 * is read; destroying it, or aborting `signal`, ends the database work.
 */
export async function openReport(
  user: ReportUser,
  request: ReportRequest,
  options: { now?: Date; signal?: AbortSignal } = {},
): Promise<OpenedReport> {
  const now = options.now ?? new Date();
  // The session user's zone is valid (lib/data/users.ts getSessionUser): an unknown one is UTC.
  const { timeZone } = user;
  const controller = new AbortController();
  const outer = options.signal;
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener("abort", () => controller.abort(), { once: true });
  const ctx: ReportContext = { user, timeZone, request, now, signal: controller.signal };

  let chunks: ReportChunks;
  let period: { firstDate: string; lastDate: string };
  if (request.report === "trend") {
    const p = await resolveTrendPeriod(user, request, now, timeZone);
    chunks = trendReport(ctx, p);
    period = p;
  } else {
    const resolved = await resolveReportPeriod(user.id, request.range, now, timeZone);
    // Earnings rows are calendar months: the file covers its months whole.
    const p = request.report === "earnings" ? wholeMonths(resolved, localDateString(now, timeZone), timeZone) : resolved;
    period = p;
    const make: Record<Exclude<ReportKind, "trend">, (c: ReportContext, p: ReportPeriod) => ReportChunks> = {
      videos: videosReport,
      earnings: earningsReport,
      readings: readingsReport,
      followers: followersReport,
    };
    chunks = make[request.report](ctx, p);
  }
  return {
    report: request.report,
    filename: reportFilename(request.report, period.firstDate, period.lastDate),
    firstDate: period.firstDate,
    lastDate: period.lastDate,
    stream: new ReportReadable(chunks, () => controller.abort()),
  };
}

/** A whole report as text (tests, small reports). Large reports should be streamed. */
export async function renderReport(user: ReportUser, request: ReportRequest, options: { now?: Date } = {}): Promise<string> {
  const { stream } = await openReport(user, request, options);
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString("utf8");
}
