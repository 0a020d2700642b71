// The dashboard's range and bucket, read from the URL (`?range=90&bucket=week` or
// `?from=2026-06-01&to=2026-08-31&bucket=month`) and resolved to instants in the creator's
// zone. Anything invalid falls back to the defaults with a notice, never an error page.
import { enumerateBuckets, previousPeriod, resolveRange, RANGE_PRESETS, type Bucket, type RangePreset } from "./series";
import { addDaysToDateString, daysBetweenDateStrings, formatDate, localDateString, zonedLocalToUtc } from "./time";

export type DashboardRange = { kind: "preset"; preset: RangePreset } | { kind: "custom"; from: string; to: string };

export type DashboardParams = {
  range: DashboardRange;
  /** null: the default for the range. */
  bucket: Bucket | null;
  /** Plain-language notes about parameters that were ignored. */
  notices: string[];
};

export const DEFAULT_RANGE: DashboardRange = { kind: "preset", preset: "90d" };

/** More points than this and the chart is unreadable: the bucket is made coarser. */
export const MAX_BUCKETS = 400;

/** URL value of each preset: `?range=90`. */
export const RANGE_URL_VALUES: Record<RangePreset, string> = { "7d": "7", "28d": "28", "90d": "90", "365d": "365", all: "all" };

const BUCKET_ORDER: readonly Bucket[] = ["day", "week", "month"];

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date "YYYY-MM-DD" between 1970 and 9999. */
export function isCalendarDate(s: string): boolean {
  if (!DATE_PATTERN.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  if (y < 1970 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Plain checks rather than zod: this module is also imported by the range picker, a client
// component, and zod would add ~36 kB (gzipped) to the dashboard's JavaScript.
/** The first value of a search parameter, trimmed; anything but a string is absent. */
function single(v: string | string[] | undefined): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first.trim() : undefined;
}

export type SearchParamsInput = Record<string, string | string[] | undefined>;

function presetFromUrl(value: string): RangePreset | null {
  const found = RANGE_PRESETS.find((p) => RANGE_URL_VALUES[p.id] === value || p.id === value);
  return found ? found.id : null;
}

/** URL search params → what the creator asked for; invalid values become defaults with a notice. */
export function parseDashboardParams(input: SearchParamsInput): DashboardParams {
  const raw = { range: single(input.range), from: single(input.from), to: single(input.to), bucket: single(input.bucket) };
  const notices: string[] = [];
  let range: DashboardRange = DEFAULT_RANGE;

  if (raw.from !== undefined || raw.to !== undefined) {
    const from = raw.from ?? "";
    const to = raw.to ?? "";
    if (isCalendarDate(from) && isCalendarDate(to) && from <= to) {
      range = { kind: "custom", from, to };
    } else {
      notices.push("The custom dates were not a valid range (use a start date on or before the end date), so the last 90 days are shown.");
    }
  } else if (raw.range !== undefined && raw.range !== "") {
    const preset = presetFromUrl(raw.range);
    if (preset) range = { kind: "preset", preset };
    else notices.push(`“${raw.range.slice(0, 20)}” is not a range we know, so the last 90 days are shown.`);
  }

  let bucket: Bucket | null = null;
  if (raw.bucket !== undefined && raw.bucket !== "") {
    if ((BUCKET_ORDER as readonly string[]).includes(raw.bucket)) bucket = raw.bucket as Bucket;
    else notices.push(`“${raw.bucket.slice(0, 20)}” is not a grouping we know, so the default is used.`);
  }
  return { range, bucket, notices };
}

/** The bucket a range gets when none is chosen: about 7 to 60 points. */
export function defaultBucket(range: DashboardRange): Bucket {
  if (range.kind === "preset") {
    switch (range.preset) {
      case "7d":
      case "28d":
        return "day";
      case "90d":
      case "365d":
        return "week";
      case "all":
        return "month";
    }
  }
  const days = daysBetweenDateStrings(range.from, range.to) + 1;
  if (days <= 31) return "day";
  if (days <= 366) return "week";
  return "month";
}

export const BUCKET_LABELS: Record<Bucket, { adjective: string; noun: string; plural: string }> = {
  day: { adjective: "Daily", noun: "day", plural: "days" },
  week: { adjective: "Weekly", noun: "week", plural: "weeks" },
  month: { adjective: "Monthly", noun: "month", plural: "months" },
};

export type DashboardPeriod = {
  range: DashboardRange;
  bucket: Bucket;
  /** Set when the requested bucket would have drawn more than MAX_BUCKETS points. */
  coarsenedFrom: Bucket | null;
  /** [from, to): instants. Readings are counted up to `to`. */
  from: Date;
  to: Date;
  previousFrom: Date;
  previousTo: Date;
  /** Calendar dates in the creator's zone, both inclusive. */
  firstDate: string;
  lastDate: string;
  previousFirstDate: string;
  previousLastDate: string;
  /** "Last 90 days", "All time", "Jun 1, 2026 – Aug 31, 2026". */
  label: string;
  /** "Jun 1, 2026 – Aug 31, 2026": always the dates. */
  datesLabel: string;
  previousDatesLabel: string;
  /** Every bucket key of the range, oldest first (gaps included). */
  bucketKeys: string[];
};

function datesLabel(first: string, last: string, tz: string, locale: string): string {
  // Noon avoids any DST edge when turning a calendar date back into an instant to print it.
  const f = formatDate(zonedLocalToUtc(`${first}T12:00`, tz), tz, locale);
  const l = formatDate(zonedLocalToUtc(`${last}T12:00`, tz), tz, locale);
  return first === last ? f : `${f} – ${l}`;
}

/**
 * Turns the parameters into the instants to query, the previous period of equal length, and
 * the bucket keys. "All time" starts on the day of the first post (`earliest`).
 */
export function resolveDashboardPeriod(
  params: Pick<DashboardParams, "range" | "bucket">,
  now: Date,
  tz: string,
  locale: string,
  earliest: Date | null,
): DashboardPeriod {
  const range = params.range;
  const resolved =
    range.kind === "preset"
      ? resolveRange(range.preset, now, tz, { earliest })
      : resolveRange({ from: range.from, to: range.to }, now, tz);
  const to = resolved.to;
  let from = resolved.from;
  if (from.getTime() >= to.getTime()) {
    // "All time" when every post is dated in the future: show at least the last day.
    from = zonedLocalToUtc(`${addDaysToDateString(localDateString(to, tz), -1)}T00:00`, tz);
  }
  const previous = previousPeriod(from, to, tz);

  const requested = params.bucket ?? defaultBucket(range);
  let bucket = requested;
  let bucketKeys = enumerateBuckets(from, to, bucket, tz);
  for (let i = BUCKET_ORDER.indexOf(bucket) + 1; bucketKeys.length > MAX_BUCKETS && i < BUCKET_ORDER.length; i++) {
    bucket = BUCKET_ORDER[i] as Bucket;
    bucketKeys = enumerateBuckets(from, to, bucket, tz);
  }

  const lastInstant = (d: Date) => new Date(d.getTime() - 1);
  const firstDate = localDateString(from, tz);
  const lastDate = localDateString(lastInstant(to), tz);
  const previousFirstDate = localDateString(previous.from, tz);
  const previousLastDate = localDateString(lastInstant(previous.to), tz);
  const dates = datesLabel(firstDate, lastDate, tz, locale);
  const label =
    range.kind === "preset" ? (RANGE_PRESETS.find((p) => p.id === range.preset)?.label ?? dates) : dates;

  return {
    range,
    bucket,
    coarsenedFrom: bucket === requested ? null : requested,
    from,
    to,
    previousFrom: previous.from,
    previousTo: previous.to,
    firstDate,
    lastDate,
    previousFirstDate,
    previousLastDate,
    label,
    datesLabel: dates,
    previousDatesLabel: datesLabel(previousFirstDate, previousLastDate, tz, locale),
    bucketKeys,
  };
}

/** The query string of a dashboard view: "?range=90&bucket=week", "?from=…&to=…&bucket=month". */
export function dashboardSearch(range: DashboardRange, bucket: Bucket | null): string {
  const q = new URLSearchParams();
  if (range.kind === "preset") q.set("range", RANGE_URL_VALUES[range.preset]);
  else {
    q.set("from", range.from);
    q.set("to", range.to);
  }
  if (bucket) q.set("bucket", bucket);
  return `?${q.toString()}`;
}
