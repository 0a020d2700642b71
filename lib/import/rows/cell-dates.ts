import { localDateString } from "@/lib/domain/time";
import {
  fromDateString,
  parseDateRangeEnd,
  parseDateText,
  parsedDateFromCell,
  resolveYears,
  yearOnOrBefore,
  type CalendarDate,
  type DayMonthOrder,
  type ParsedDate,
} from "../dates";
import type { ColumnMap } from "../headers";
import type { LocalTimeConverter } from "../local-time";
import type { Cell } from "../table";
import { cellText } from "./cells";
import { EARLIEST_YEAR } from "./kind";

// Date cells (text, Excel dates or serial numbers) → calendar dates and instants in the creator's zone.

/** Excel's serial day numbers (a date cell the reader left as a number): 1900 date system. */
function excelSerialDate(n: number): ParsedDate | null {
  if (!Number.isFinite(n) || n < 25_569 || n > 73_051) return null; // 1970 … 2099
  const ms = Math.round((n - 25_569) * 86_400) * 1000;
  return parsedDateFromCell(new Date(ms));
}

/** Parsed dates by cell text: the export's date is the same on every row of a Content file. */
export type DateCache = Map<string, ParsedDate | null>;

export function readDate(cell: Cell | undefined, order: DayMonthOrder, range = false, cache?: DateCache): ParsedDate | null {
  if (cell instanceof Date) {
    // Excel stores times as fractions of a day: round to the second.
    return parsedDateFromCell(new Date(Math.round(cell.getTime() / 1000) * 1000));
  }
  if (typeof cell === "number") return excelSerialDate(cell);
  if (cache && typeof cell === "string") {
    let d = cache.get(cell);
    if (d === undefined) {
      d = readDate(cell, order, range);
      cache.set(cell, d);
    }
    return d;
  }
  const text = cellText(cell);
  return range ? parseDateRangeEnd(text, order) : parseDateText(text, order);
}

export function dateOrder(map: ColumnMap): DayMonthOrder {
  return map.language === "en" ? "mdy" : "dmy";
}

export type Dated = { parsed: ParsedDate; year: number };

/** Refuses years outside 2000 … the reference's next year: a misread, not TikTok data. */
function plausible(d: Dated | string | null, reference: CalendarDate): Dated | string | null {
  if (d === null || typeof d === "string") return d;
  if (d.year < EARLIEST_YEAR || d.year > reference.year + 1) return `The year ${d.year} can't be right for TikTok data.`;
  return d;
}

/**
 * Gives a run of yearless days their years (lib/import/dates resolveYears: one span ending on or
 * before `reference`). Returns per row the date with its year, or a message why not.
 */
export function withYears(parsed: (ParsedDate | null)[], reference: CalendarDate): (Dated | string | null)[] {
  const yearless: { month: number; day: number; i: number }[] = [];
  parsed.forEach((p, i) => {
    if (p && p.year === null) yearless.push({ month: p.month, day: p.day, i });
  });
  const years = resolveYears(yearless, reference);
  const out: (Dated | string | null)[] = parsed.map((p) => (p && p.year !== null ? { parsed: p, year: p.year } : null));
  yearless.forEach((y, k) => {
    const year = years[k];
    out[y.i] = year == null ? "29 February does not exist in the year this date falls in." : { parsed: parsed[y.i]!, year };
  });
  return out.map((d) => plausible(d, reference));
}

/** One date's year, each on its own: the most recent that puts it on or before its reference. */
export function withOwnYear(p: ParsedDate | null, reference: CalendarDate): Dated | string | null {
  if (!p) return null;
  return plausible({ parsed: p, year: p.year ?? yearOnOrBefore(p, reference) }, reference);
}

export function calendar(d: Dated): CalendarDate {
  return { year: d.year, month: d.parsed.month, day: d.parsed.day };
}

export function instantOf(d: Dated, conv: LocalTimeConverter, fallbackTime = { hour: 0, minute: 0, second: 0 }): Date {
  const t = d.parsed.time ?? fallbackTime;
  if (d.parsed.offsetMinutes !== null) {
    return new Date(Date.UTC(d.year, d.parsed.month - 1, d.parsed.day, t.hour, t.minute, t.second) - d.parsed.offsetMinutes * 60_000);
  }
  return conv.toInstant(d.year, d.parsed.month, d.parsed.day, t.hour, t.minute, t.second);
}

export function dateLabel(date: string): string {
  const { year, month, day } = fromDateString(date);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function localText(d: Date, tz: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(d)
    .replace(",", "");
}

export function todayOf(now: Date, tz: string): CalendarDate {
  return fromDateString(localDateString(now, tz));
}
