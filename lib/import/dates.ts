// Dates as TikTok Studio and spreadsheets write them: "2026-08-31", "August 31", "31 de agosto",
// "31 août 2025", "31. August", "31/08/2025", "Aug 31, 2025 14:05", a range "Aug 1 - Aug 31",
// and Excel date cells. Many have no year: yearOnOrBefore() gives one date its year from the
// export's own date (Content's post times), resolveYears() gives a run of days theirs (Overview,
// FollowerHistory); never a date after the reference.
import { DATE_FILLER_WORDS, foldText, monthFromWord } from "./months";

export type TimeOfDay = { hour: number; minute: number; second: number };

export type ParsedDate = {
  /** null when the text had no year ("August 31"). */
  year: number | null;
  month: number;
  day: number;
  time: TimeOfDay | null;
  /** Minutes east of UTC when the text named its zone ("Z", "+02:00"); null = the creator's zone. */
  offsetMinutes: number | null;
};

/** How to read 03/04: US files put the month first, everyone else the day. */
export type DayMonthOrder = "dmy" | "mdy";

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(year: number | null, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/;
const TIME = /(?:^|[\s,t])(\d{1,2})(?::|h)(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?=$|[\s,])/;
const TWO_DIGIT_YEAR_PIVOT = 2000;

function offsetFromText(zone: string | undefined): number | null {
  if (!zone) return null;
  if (zone === "z" || zone === "utc" || zone === "gmt") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function validTime(t: TimeOfDay): boolean {
  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second <= 59;
}

/** The time of day in a date text, removed from it: "Aug 31, 2:05 PM" → 14:05 and "Aug 31,". */
function extractTime(text: string): { rest: string; time: TimeOfDay | null } | null {
  const m = TIME.exec(text);
  if (!m) return { rest: text, time: null };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const meridiem = m[4]?.replace(/[\s.]/g, "");
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === "am" && hour === 12) hour = 0;
    if (meridiem === "pm" && hour !== 12) hour += 12;
  }
  const time = { hour, minute, second };
  if (!validTime(time)) return null;
  return { rest: (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).trim(), time };
}

function fullYear(token: string): number | null {
  if (/^\d{4}$/.test(token)) return Number(token);
  if (/^\d{2}$/.test(token)) return TWO_DIGIT_YEAR_PIVOT + Number(token);
  return null;
}

/**
 * One date (with an optional time) from text; null when it is not a date. Month names in the
 * five languages; all-number dates are read year-first, else by `order` unless a number above
 * 12 settles it.
 */
export function parseDateText(raw: string, order: DayMonthOrder = "dmy"): ParsedDate | null {
  const text = foldText(raw).trim().replace(/\s+/g, " ");
  if (text === "" || text.length > 80) return null;

  const iso = ISO.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(year, month, day)) return null;
    const time = iso[4] !== undefined ? { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) } : null;
    if (time && !validTime(time)) return null;
    return { year, month, day, time, offsetMinutes: offsetFromText(iso[7]) };
  }

  const extracted = extractTime(text);
  if (!extracted) return null;
  const { rest, time } = extracted;
  // "31.", "1er", "2nd", "1º": ordinals and the German day's full stop.
  const tokens = rest
    .split(/[\s,/.\-]+/)
    .map((t) => t.replace(/^(\d{1,2})(?:st|nd|rd|th|er|eme|o|º|ª)$/, "$1"))
    .filter((t) => t !== "" && !DATE_FILLER_WORDS.has(t));
  if (tokens.length < 2 || tokens.length > 3) return null;

  let month: number | null = null;
  const numbers: string[] = [];
  for (const t of tokens) {
    if (/^\d+$/.test(t)) {
      numbers.push(t);
      continue;
    }
    const m = monthFromWord(t);
    if (m === null || month !== null) return null;
    month = m;
  }

  if (month !== null) {
    // "August 31", "31 de agosto de 2025", "2025 Aug 31".
    let day: number | null = null;
    let year: number | null = null;
    for (const n of numbers) {
      if (n.length <= 2 && day === null) day = Number(n);
      else if (n.length === 4 && year === null) year = Number(n);
      else return null;
    }
    if (day === null || !validDay(year, month, day)) return null;
    return { year, month, day, time, offsetMinutes: null };
  }

  // All numbers: 2025/08/31, 31/08/2025, 08/31/2025, 31.08.25, 31/08.
  const nums = numbers.map(Number);
  let year: number | null = null;
  let a: number;
  let b: number;
  if (numbers.length === 3) {
    if (numbers[0]!.length === 4) {
      [year, a, b] = [nums[0]!, nums[2]!, nums[1]!]; // Y-M-D: a is the day
      return validDay(year, b, a) ? { year, month: b, day: a, time, offsetMinutes: null } : null;
    }
    year = fullYear(numbers[2]!);
    if (year === null) return null;
    [a, b] = [nums[0]!, nums[1]!];
  } else if (numbers.length === 2) {
    if (numbers.some((n) => n.length > 2)) return null;
    [a, b] = [nums[0]!, nums[1]!];
  } else {
    return null;
  }
  let dayFirst = order === "dmy";
  if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  const [day, month2] = dayFirst ? [a, b] : [b, a];
  if (!validDay(year, month2, day)) return null;
  return { year, month: month2, day, time, offsetMinutes: null };
}

/**
 * A date range's end: "Aug 1 - Aug 31", "2026-08-01 ~ 2026-08-31", "1 al 31 de agosto" reads
 * as its last date. A single date is its own end.
 */
export function parseDateRangeEnd(raw: string, order: DayMonthOrder = "dmy"): ParsedDate | null {
  const single = parseDateText(raw, order);
  if (single) return single;
  const parts = foldText(raw).split(/\s+(?:-|–|—|~|to|bis|al|a|au|ate)\s+|\s*[~–—]\s*/);
  if (parts.length !== 2) return null;
  const end = parseDateText(parts[1]!, order);
  if (!end) return null;
  if (end.year === null) {
    // "1 - 31 August 2025"-style ranges name the year once, on either side.
    const start = parseDateText(parts[0]!, order);
    if (start?.year != null) return { ...end, year: start.year };
  }
  return end;
}

/** An Excel date cell (read-excel-file gives the wall-clock reading as a UTC Date). */
export function parsedDateFromCell(d: Date): ParsedDate | null {
  if (Number.isNaN(d.getTime())) return null;
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0 || d.getUTCSeconds() !== 0;
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: hasTime ? { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() } : null,
    offsetMinutes: null,
  };
}

// ---------------------------------------------------------------------------------------
// Years for dates written without one

export type CalendarDate = { year: number; month: number; day: number };

const ordinal = (month: number, day: number) => month * 100 + day;

/** Day of a leap year, 0–365: where a month and day sit on the year's circle. */
function dayOfYear(month: number, day: number): number {
  let n = day - 1;
  for (let m = 1; m < month; m++) n += daysInMonth(2000, m);
  return n;
}

/**
 * The year of one date written without one: the most recent year that puts it on or before
 * `reference` (the export's own date). Each date on its own: a Content file dated 20 November
 * holding "December 28" is last December, and its "August 31" is this August. 29 February
 * falls in the most recent leap year on or before the reference.
 */
export function yearOnOrBefore(date: { month: number; day: number }, reference: CalendarDate): number {
  let year = ordinal(date.month, date.day) <= ordinal(reference.month, reference.day) ? reference.year : reference.year - 1;
  if (date.month === 2 && date.day === 29) while (!isLeap(year)) year--;
  return year;
}

/**
 * Years for month–day pairs written without one, so that every date is on or before
 * `reference` (today, or the export's own date) and the file's dates form one span of less
 * than a year. The span ends just before the widest gap in the year's circle: a FollowerHistory
 * running "Dec 20 … Jan 10" ends on Jan 10 whatever the row order, and Dec 20 is the year before.
 * Returns one year per input, or null for a 29 February that lands in a non-leap year.
 */
export function resolveYears(dates: { month: number; day: number }[], reference: CalendarDate): (number | null)[] {
  if (dates.length === 0) return [];
  const points = [...new Set(dates.map((d) => dayOfYear(d.month, d.day)))].sort((x, y) => x - y);
  // The span's last day: the point followed by the widest gap (circularly).
  let endPoint = points[points.length - 1]!;
  let widest = -1;
  for (let i = 0; i < points.length; i++) {
    const here = points[i]!;
    const next = i + 1 < points.length ? points[i + 1]! : points[0]! + 366;
    const gap = next - here;
    if (gap > widest) {
      widest = gap;
      endPoint = here;
    }
  }
  const end = dates.find((d) => dayOfYear(d.month, d.day) === endPoint)!;
  let endYear = ordinal(end.month, end.day) <= ordinal(reference.month, reference.day) ? reference.year : reference.year - 1;
  if (end.month === 2 && end.day === 29) while (!isLeap(endYear)) endYear--;
  return dates.map((d) => {
    const year = ordinal(d.month, d.day) <= ordinal(end.month, end.day) ? endYear : endYear - 1;
    return validDay(year, d.month, d.day) ? year : null;
  });
}

export function toDateString(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function fromDateString(s: string): CalendarDate {
  const [y, m, d] = s.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}
