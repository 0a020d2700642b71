import { dateTimeFormat } from "./format";

// Time zones with Intl only. A creator's "day" is a day in their own zone: a video posted at
// 23:30 in Los Angeles on 31 March is a March video, although it is already April in UTC.

const DAY_MS = 86_400_000;
const GREGORIAN_CYCLE_MS = 146_097 * DAY_MS;

export type ZonedParts = {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Offset from UTC in minutes at that instant (−420 for PDT). */
  offsetMinutes: number;
};

const partsFormatCache = new Map<string, Intl.DateTimeFormat>();

// Zone arithmetic is pure for the process's time-zone database, and a page converts the same
// few instants on every request (the day boundaries of its range, noon of each bucket), each
// conversion costing Intl formatToParts calls: remember the answers. Bounded: a table that
// fills up is emptied and starts again.
const MEMO_LIMIT = 20_000;
const validZones = new Map<string, true>();
const wallPartsMemo = new Map<string, Wall>();
const localToUtcMemo = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function partsFormat(tz: string): Intl.DateTimeFormat {
  let f = partsFormatCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    partsFormatCache.set(tz, f);
  }
  return f;
}

function assertValidDate(d: Date): void {
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid date");
}

/** True for IANA names Intl knows ("Europe/Berlin", "UTC"); false for "", "Mars/Olympus", "+02:00"-style junk. */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== "string" || tz.trim() === "") return false;
  if (validZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    return false;
  }
  remember(validZones, tz, true);
  return true;
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC (years < 100 included). */
function wallToMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; 400 Gregorian years are exactly 146,097 days,
  // so shift out of that range and back. Month and day overflow carry as usual.
  return Date.UTC(year + 400, month - 1, day, hour, minute, second) - GREGORIAN_CYCLE_MS;
}

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function isUtc(tz: string): boolean {
  return tz === "UTC" || tz === "Etc/UTC";
}

/** Wall-clock fields of d in tz, to the second. The result is shared: read it, never change it. */
function wallParts(d: Date, tz: string): Wall {
  // UTC needs no Intl (formatToParts is the costly part of every zone conversion).
  if (isUtc(tz)) {
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const key = `${tz} ${Math.floor(d.getTime() / 1000)}`;
  return wallPartsMemo.get(key) ?? remember(wallPartsMemo, key, zonedWallParts(d, tz));
}

function zonedWallParts(d: Date, tz: string): Wall {
  const out: Record<string, string> = {};
  for (const p of partsFormat(tz).formatToParts(d)) out[p.type] = p.value;
  const yearOfEra = Number(out.year);
  const year = out.era === "BC" || out.era === "B" ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
  };
}

function offsetMs(instant: number, tz: string): number {
  if (isUtc(tz)) return 0;
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const w = wallParts(new Date(wholeSecond), tz);
  return wallToMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/** Calendar fields of an instant as read on a wall clock in tz. */
export function utcToZonedParts(d: Date, tz: string): ZonedParts {
  assertValidDate(d);
  const w = wallParts(d, tz);
  const dow = new Date(wallToMs(w.year, w.month, w.day)).getUTCDay();
  return { ...w, weekday: dow === 0 ? 7 : dow, offsetMinutes: Math.round(offsetMs(d.getTime(), tz) / 60_000) };
}

const LOCAL_PATTERN = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(wallToMs(year, month + 1, 0)).getUTCDate();
}

function parseLocal(local: string): Wall {
  const m = LOCAL_PATTERN.exec(local.trim());
  if (!m) throw new RangeError(`Not a local date-time (expected YYYY-MM-DDTHH:mm): ${local}`);
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid local date-time: ${local}`);
  }
  return { year, month, day, hour, minute, second };
}

/**
 * A wall-clock reading in tz ("2026-03-31T23:30", seconds and a date alone also accepted) →
 * the instant. Ambiguous and missing readings follow Temporal's "compatible" rule, the one
 * calendars use:
 * - overlap (clocks go back, 01:30 happens twice): the earlier instant, the first 01:30;
 * - gap (clocks go forward, 02:30 never happens): moved forward by the gap, 02:30 → 03:30.
 */
export function zonedLocalToUtc(local: string, tz: string): Date {
  const key = `${tz} ${local}`;
  const known = localToUtcMemo.get(key);
  return new Date(known ?? remember(localToUtcMemo, key, localToUtcMs(local, tz)));
}

function localToUtcMs(local: string, tz: string): number {
  const w = parseLocal(local);
  const wall = wallToMs(w.year, w.month, w.day, w.hour, w.minute, w.second);
  // At most one transition falls within a day either side, so these are the only two offsets
  // the reading can have.
  const before = offsetMs(wall - DAY_MS, tz);
  const after = offsetMs(wall + DAY_MS, tz);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetMs(instant, tz) === wall)
    .sort((a, b) => a - b);
  return candidates[0] ?? wall - before;
}

function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

/** "2026-03-31": the creator's calendar date of an instant. */
export function localDateString(d: Date, tz: string): string {
  assertValidDate(d);
  const w = wallParts(d, tz);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "2026-03-31T23:30:00-07:00" for CSV: local wall time with its offset, readable and unambiguous. */
export function toIsoWithOffset(d: Date, tz: string): string {
  const p = utcToZonedParts(d, tz);
  const sign = p.offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(p.offsetMinutes);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function displayFormat(locale: string, tz: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...options, timeZone: tz });
}

/** "Mar 31, 2026, 11:30 PM" (en-US) / "31.03.2026, 23:30" (de-DE) in the creator's zone. */
export function formatDateTime(d: Date, tz: string, locale: string): string {
  assertValidDate(d);
  return displayFormat(locale, tz, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

const mediumDateFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mar 31, 2026" (en-US) / "31.03.2026" (de-DE) in the creator's zone. */
export function formatDate(d: Date, tz: string, locale: string): string {
  assertValidDate(d);
  // Looked up by a short key: a page formats many dates, and building the options key each time cost more than formatting.
  const key = `${locale} ${tz}`;
  let f = mediumDateFormats.get(key);
  if (!f) {
    f = displayFormat(locale, tz, { dateStyle: "medium" });
    mediumDateFormats.set(key, f);
  }
  return f.format(d);
}

/** A calendar date "2026-03-31" → "Mar 31, 2026" (en-US) / "31.03.2026" (de-DE): no zone involved. */
export function formatCalendarDate(date: string, locale: string): string {
  return formatDate(new Date(`${date}T00:00:00Z`), "UTC", locale);
}

// Calendar arithmetic on "YYYY-MM-DD" strings: no zone involved, so no DST surprises.

function parseDateString(date: string): { year: number; month: number; day: number } {
  const w = parseLocal(date);
  return { year: w.year, month: w.month, day: w.day };
}

function dateStringFromMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "2026-03-31" + 1 → "2026-04-01". */
export function addDaysToDateString(date: string, days: number): string {
  const { year, month, day } = parseDateString(date);
  return dateStringFromMs(wallToMs(year, month, day + days));
}

/** First day of the month `months` after the month of `date`: ("2026-03-31", 1) → "2026-04-01". */
export function addMonthsToDateString(date: string, months: number): string {
  const { year, month } = parseDateString(date);
  return dateStringFromMs(wallToMs(year, month + months, 1));
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseDateString(date);
  const dow = new Date(wallToMs(year, month, day)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** Whole calendar days from one date to another ("2026-03-01" → "2026-03-31" is 30). */
export function daysBetweenDateStrings(from: string, to: string): number {
  const a = parseDateString(from);
  const b = parseDateString(to);
  return Math.round((wallToMs(b.year, b.month, b.day) - wallToMs(a.year, a.month, a.day)) / DAY_MS);
}

/** The instant the creator's day containing d began (midnight, or the first instant after a midnight gap). */
export function startOfLocalDay(d: Date, tz: string): Date {
  return zonedLocalToUtc(`${localDateString(d, tz)}T00:00`, tz);
}
