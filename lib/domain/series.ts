// Shaping time series for charts: buckets in the creator's zone, gaps kept, trends compared.
import { percentOf, absBigInt } from "./rounding";
import {
  addDaysToDateString,
  addMonthsToDateString,
  daysBetweenDateStrings,
  isoWeekday,
  localDateString,
  startOfLocalDay,
  zonedLocalToUtc,
} from "./time";

export type Bucket = "day" | "week" | "month";

export const BUCKETS = ["day", "week", "month"] as const satisfies readonly Bucket[];

/**
 * Key of the bucket holding d, in the creator's zone: the date ("2026-03-31"), the Monday
 * of its ISO week, or the first of its month ("2026-03-01").
 */
export function bucketKey(d: Date, bucket: Bucket, tz: string): string {
  const date = localDateString(d, tz);
  return bucketKeyForDate(date, bucket);
}

/** Bucket key of a calendar date already in the creator's zone. */
export function bucketKeyForDate(date: string, bucket: Bucket): string {
  switch (bucket) {
    case "day":
      return date;
    case "week":
      return addDaysToDateString(date, 1 - isoWeekday(date));
    case "month":
      return `${date.slice(0, -3)}-01`;
  }
}

function nextBucketKey(key: string, bucket: Bucket): string {
  switch (bucket) {
    case "day":
      return addDaysToDateString(key, 1);
    case "week":
      return addDaysToDateString(key, 7);
    case "month":
      return addMonthsToDateString(key, 1);
  }
}

/**
 * Every bucket key touched by the half-open range [from, to), oldest first, so a week
 * without posts is drawn as a gap instead of vanishing from the axis.
 */
export function enumerateBuckets(from: Date, to: Date, bucket: Bucket, tz: string): string[] {
  if (!(from.getTime() < to.getTime())) return [];
  const last = bucketKey(new Date(to.getTime() - 1), bucket, tz);
  const keys: string[] = [];
  for (let key = bucketKey(from, bucket, tz); key <= last; ) {
    keys.push(key);
    const next = nextBucketKey(key, bucket);
    // Keys are ISO dates, so they must strictly increase; anything else is a bug, not a chart.
    if (next <= key) throw new Error(`Bucket keys stopped increasing at ${key}`);
    key = next;
  }
  return keys;
}

/** Trailing mean over `window` points (partial at the start), skipping nulls; null when the window has no value. */
export function rollingAverage(values: readonly (number | null)[], window: number): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`Window must be a positive integer, got ${window}`);
  return values.map((_, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - window + 1); j <= i; j++) {
      const v = values[j];
      if (v !== null && v !== undefined && Number.isFinite(v)) {
        sum += v;
        n += 1;
      }
    }
    return n === 0 ? null : sum / n;
  });
}

/** Change from previous to current in percent (+25 means up a quarter); null when previous is 0 (no baseline). */
export function percentChange(current: bigint | number, previous: bigint | number): number | null {
  if (typeof current === "bigint" && typeof previous === "bigint") {
    return percentOf(current - previous, absBigInt(previous));
  }
  const c = Number(current);
  const p = Number(previous);
  if (p === 0 || !Number.isFinite(c) || !Number.isFinite(p)) return null;
  return ((c - p) / Math.abs(p)) * 100;
}

/**
 * The period of equal length immediately before [from, to). With tz, a range of whole local
 * days moves by calendar days, so "last 7 days" across a DST change compares with the 7
 * days before it rather than 7 × 24 hours.
 */
export function previousPeriod(from: Date, to: Date, tz?: string): { from: Date; to: Date } {
  if (tz !== undefined) {
    const fromDate = localDateString(from, tz);
    const toDate = localDateString(to, tz);
    const days = daysBetweenDateStrings(fromDate, toDate);
    const wholeDays =
      days > 0 &&
      startOfLocalDay(from, tz).getTime() === from.getTime() &&
      startOfLocalDay(to, tz).getTime() === to.getTime();
    if (wholeDays) {
      return { from: zonedLocalToUtc(`${addDaysToDateString(fromDate, -days)}T00:00`, tz), to: from };
    }
  }
  const length = to.getTime() - from.getTime();
  return { from: new Date(from.getTime() - length), to: new Date(from.getTime()) };
}

export const RANGE_PRESETS = [
  { id: "7d", days: 7, label: "Last 7 days" },
  { id: "28d", days: 28, label: "Last 28 days" },
  { id: "90d", days: 90, label: "Last 90 days" },
  { id: "365d", days: 365, label: "Last 365 days" },
  { id: "all", days: null, label: "All time" },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]["id"];

export function isRangePreset(value: string): value is RangePreset {
  return RANGE_PRESETS.some((p) => p.id === value);
}

/** A custom range: instants, or the creator's calendar dates ("2026-03-01" to "2026-03-31", both included). */
export type CustomRange = { from: Date | string; to: Date | string };

function isDateOnly(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s.trim());
}

/**
 * A preset or custom range → the half-open instant range [from, to) to query. Presets are
 * whole local days ending with today ("Last 7 days" is today and the 6 days before).
 * "All time" starts on the day of `earliest` (the first post) or, without it, at the epoch.
 */
export function resolveRange(
  range: RangePreset | CustomRange,
  now: Date,
  tz: string,
  opts?: { earliest?: Date | null },
): { from: Date; to: Date } {
  const startOf = (date: string) => zonedLocalToUtc(`${date}T00:00`, tz);
  if (typeof range === "string") {
    const preset = RANGE_PRESETS.find((p) => p.id === range);
    if (!preset) throw new RangeError(`Unknown range: ${range}`);
    const today = localDateString(now, tz);
    const to = startOf(addDaysToDateString(today, 1));
    if (preset.days === null) {
      const earliest = opts?.earliest;
      return { from: earliest ? startOfLocalDay(earliest, tz) : new Date(0), to };
    }
    return { from: startOf(addDaysToDateString(today, 1 - preset.days)), to };
  }
  const from =
    typeof range.from === "string"
      ? isDateOnly(range.from)
        ? startOf(range.from.trim())
        : zonedLocalToUtc(range.from, tz)
      : range.from;
  const to =
    typeof range.to === "string"
      ? isDateOnly(range.to)
        ? startOf(addDaysToDateString(range.to.trim(), 1))
        : zonedLocalToUtc(range.to, tz)
      : range.to;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError("Invalid date in range");
  if (from.getTime() >= to.getTime()) throw new RangeError("The start of the range must be before its end");
  return { from, to };
}
