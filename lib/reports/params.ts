// A report request from its URL: `/api/reports/<report>?from=2026-06-01&to=2026-08-31&bucket=week`
// (or `range=90` like the dashboard), `bom=0` to leave out the byte-order mark, and the video
// list's `q` and `tier` filters. Unlike the dashboard, which falls back to defaults, a download
// with bad input is refused with a message: a file of the wrong range would look right.
import { z } from "zod";
import { RANGE_URL_VALUES } from "@/lib/domain/dashboard-range";
import { BUCKETS, RANGE_PRESETS, type Bucket, type RangePreset } from "@/lib/domain/series";
import { TIERS, type Tier } from "@/lib/domain/tier";
import { isReportKind, REPORT_KINDS, type ReportKind } from "./catalog";
import { rangeProblem, reportDateProblem } from "./range-rules";

export { MAX_RANGE_YEARS, rangeLimitDate, rangeProblem, REPORT_FIRST_DATE, REPORT_LAST_DATE, reportDateProblem } from "./range-rules";

/**
 * A preset (`range=90`) or calendar dates in the creator's zone, both inclusive. One date alone
 * is open-ended, as in the video list's "posted from" filter: from that day up to today, or
 * from the creator's first record up to that day.
 */
export type ReportRange =
  | { kind: "preset"; preset: RangePreset }
  | { kind: "custom"; from: string; to: string }
  | { kind: "open"; from: string | null; to: string | null };

export type ReportRequest = {
  report: ReportKind;
  /** null: none asked for; the report's default applies (the dashboard's 90 days for Trend, all time otherwise). */
  range: ReportRange | null;
  /** null: the dashboard's default bucket for the range (Trend only). */
  bucket: Bucket | null;
  bom: boolean;
  /** Videos report: the video list's search (title or hashtags, `#tag` for exact tags). */
  q: string;
  /** Videos report: only videos of this tier. */
  tier: Tier | null;
};

export type ParsedReportRequest = { ok: true; request: ReportRequest } | { ok: false; error: string };

function presetFromUrl(value: string): RangePreset | null {
  const found = RANGE_PRESETS.find((p) => RANGE_URL_VALUES[p.id] === value || p.id === value);
  return found ? found.id : null;
}

// Query values: the first of repeated ones, trimmed; an empty field (a GET form's blank
// select) counts as absent.
const param = z.preprocess((v) => {
  const s = (Array.isArray(v) ? v[0] : v) as unknown;
  if (typeof s !== "string") return undefined;
  const t = s.trim();
  return t === "" ? undefined : t;
}, z.string().optional());

const BOM_VALUES: Record<string, boolean> = { "1": true, true: true, yes: true, on: true, "0": false, false: false, no: false, off: false };

const searchSchema = z
  .object({ range: param, from: param, to: param, bucket: param, bom: param, q: param, tier: param })
  .superRefine((p, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if (p.from !== undefined || p.to !== undefined) {
      const bad = (p.from !== undefined ? reportDateProblem(p.from) : null) ?? (p.to !== undefined ? reportDateProblem(p.to, "2026-08-31") : null);
      if (bad) return fail(bad);
      const problem = p.from !== undefined && p.to !== undefined ? rangeProblem(p.from, p.to) : null;
      if (problem) return fail(problem);
    } else if (p.range !== undefined && presetFromUrl(p.range) === null) {
      fail(`“${p.range.slice(0, 20)}” is not a range we know: use 7, 28, 90, 365 or all, or give from and to dates.`);
    }
    if (p.bucket !== undefined && !(BUCKETS as readonly string[]).includes(p.bucket)) {
      fail(`“${p.bucket.slice(0, 20)}” is not a grouping we know: use day, week or month.`);
    }
    if (p.bom !== undefined && !(p.bom.toLowerCase() in BOM_VALUES)) fail("bom must be 1 (with the byte-order mark) or 0 (without).");
    if (p.tier !== undefined && !(TIERS as readonly string[]).includes(p.tier)) {
      fail(`“${p.tier.slice(0, 20)}” is not a tier: use ${TIERS.join(", ")}.`);
    }
    if (p.q !== undefined && p.q.length > 200) fail("The search is too long (200 characters at most).");
  });

/** The report named in the path and its search params → a request, or the message for a 400. */
export function parseReportRequest(report: string, search: URLSearchParams | Record<string, string | string[] | undefined>): ParsedReportRequest {
  if (!isReportKind(report)) {
    return { ok: false, error: `There is no “${report.slice(0, 40)}” report. Choose one of: ${REPORT_KINDS.join(", ")}.` };
  }
  const input: Record<string, string | string[] | undefined> = {};
  if (search instanceof URLSearchParams) {
    for (const key of search.keys()) input[key] = search.getAll(key);
  } else Object.assign(input, search);
  const parsed = searchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The report request is not valid." };
  const p = parsed.data;
  let range: ReportRange | null = null;
  if (p.from !== undefined && p.to !== undefined) range = { kind: "custom", from: p.from, to: p.to };
  else if (p.from !== undefined || p.to !== undefined) range = { kind: "open", from: p.from ?? null, to: p.to ?? null };
  else if (p.range !== undefined) range = { kind: "preset", preset: presetFromUrl(p.range) as RangePreset };
  return {
    ok: true,
    request: {
      report,
      range,
      bucket: (p.bucket as Bucket | undefined) ?? null,
      bom: p.bom === undefined ? true : (BOM_VALUES[p.bom.toLowerCase()] ?? true),
      q: p.q ?? "",
      tier: (p.tier as Tier | undefined) ?? null,
    },
  };
}
