// A recognised table → rows keyed for the database, one function per kind of file. Every cell
// that can't be used becomes a problem with its line and column; a row is skipped only when
// what is missing makes it meaningless (a day without a date, a video without a post time).
import { localDateString } from "@/lib/domain/time";
import {
  charCount,
  DURATION_MAX_SECONDS,
  LINK_MAX,
  normalizeHashtags,
  NOTES_MAX,
  parseVideoLink,
  SOUND_MAX,
  TITLE_MAX,
} from "@/lib/validation/video";
import { earliestPostDateProblem } from "@/lib/validation/datetime";
import { isBlankText } from "@/lib/validation/text";
import {
  fromDateString,
  parseDateRangeEnd,
  parseDateText,
  parsedDateFromCell,
  resolveYears,
  toDateString,
  yearOnOrBefore,
  type CalendarDate,
  type DayMonthOrder,
  type ParsedDate,
} from "./dates";
import { FIELD_LABELS, type ColumnMap, type Field } from "./headers";
import { MAX_PROBLEMS_LISTED } from "./limits";
import { LocalTimeConverter } from "./local-time";
import { isMissingCell, parseCount } from "./numbers";
import { yieldToEventLoop, type Cell, type TableRow } from "./table";
import type { DateSpan, DayRow, FollowerRow, ImportKind, ImportProblem, ReadingRow, RowSample, Severity, VideoRef, VideoRow } from "./types";
import { videoRefKey } from "./types";

const YIELD_EVERY = 2_000;
/** Times may be a little ahead of the server's clock (another device's clock, rounding). */
const FUTURE_SLACK_MS = 60_000;
const SAMPLE_ROWS = 5;
const EARLIEST_YEAR = 2000;

export class ProblemLog {
  readonly list: ImportProblem[] = [];
  count = 0;
  /** Lines with an error: each such row is skipped whole (nothing from it is stored). */
  readonly skippedLines = new Set<number>();
  constructor(readonly file: string) {}

  add(line: number | null, column: string | null, message: string, severity: Severity = "error"): void {
    this.count++;
    if (severity === "error" && line !== null) this.skippedLines.add(line);
    if (this.list.length < MAX_PROBLEMS_LISTED) this.list.push({ file: this.file, line, column, message, severity });
  }
}

export type KindInput = {
  file: string;
  header: string[];
  map: ColumnMap;
  rows: TableRow[];
  timeZone: string;
  now: Date;
  log: ProblemLog;
};

export type KindOutput = {
  videos: VideoRow[];
  readings: ReadingRow[];
  days: DayRow[];
  followers: FollowerRow[];
  notes: string[];
  coversUntil: string | null;
  partialLastDay: string | null;
  /** First and last calendar day (the creator's zone) of what the file would store. */
  span: DateSpan | null;
  sample: RowSample | null;
};

function emptyOutput(): KindOutput {
  return { videos: [], readings: [], days: [], followers: [], notes: [], coversUntil: null, partialLastDay: null, span: null, sample: null };
}

function spanOf(dates: Iterable<string>): DateSpan | null {
  let span: DateSpan | null = null;
  for (const d of dates) {
    if (!span) span = { first: d, last: d };
    else if (d < span.first) span.first = d;
    else if (d > span.last) span.last = d;
  }
  return span;
}

// ---------------------------------------------------------------------------------------
// Cells

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? "" : c.toISOString();
  return String(c).replace(/\u0000/g, "").trim();
}

/** Tierline's exports put a ' before text starting with = + - @ (spreadsheet formulas): taken off again. */
function unneutralize(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

class Columns {
  constructor(
    private readonly header: string[],
    private readonly map: ColumnMap,
  ) {}
  has(f: Field): boolean {
    return this.map.columns[f] !== undefined;
  }
  /** The first of the fields the file has. */
  pick(...fields: Field[]): Field | null {
    return fields.find((f) => this.has(f)) ?? null;
  }
  cell(row: TableRow, f: Field | null): Cell | undefined {
    if (f === null) return undefined;
    const i = this.map.columns[f];
    return i === undefined ? undefined : row.cells[i];
  }
  name(f: Field): string {
    const i = this.map.columns[f];
    return (i !== undefined ? this.header[i]?.trim() : undefined) || FIELD_LABELS[f];
  }
}

/** Excel's serial day numbers (a date cell the reader left as a number): 1900 date system. */
function excelSerialDate(n: number): ParsedDate | null {
  if (!Number.isFinite(n) || n < 25_569 || n > 73_051) return null; // 1970 … 2099
  const ms = Math.round((n - 25_569) * 86_400) * 1000;
  return parsedDateFromCell(new Date(ms));
}

/** Parsed dates by cell text: the export's date is the same on every row of a Content file. */
type DateCache = Map<string, ParsedDate | null>;

function readDate(cell: Cell | undefined, order: DayMonthOrder, range = false, cache?: DateCache): ParsedDate | null {
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

function dateOrder(map: ColumnMap): DayMonthOrder {
  return map.language === "en" ? "mdy" : "dmy";
}

type Dated = { parsed: ParsedDate; year: number };

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
function withYears(parsed: (ParsedDate | null)[], reference: CalendarDate): (Dated | string | null)[] {
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
function withOwnYear(p: ParsedDate | null, reference: CalendarDate): Dated | string | null {
  if (!p) return null;
  return plausible({ parsed: p, year: p.year ?? yearOnOrBefore(p, reference) }, reference);
}

function calendar(d: Dated): CalendarDate {
  return { year: d.year, month: d.parsed.month, day: d.parsed.day };
}

function instantOf(d: Dated, conv: LocalTimeConverter, fallbackTime = { hour: 0, minute: 0, second: 0 }): Date {
  const t = d.parsed.time ?? fallbackTime;
  if (d.parsed.offsetMinutes !== null) {
    return new Date(Date.UTC(d.year, d.parsed.month - 1, d.parsed.day, t.hour, t.minute, t.second) - d.parsed.offsetMinutes * 60_000);
  }
  return conv.toInstant(d.year, d.parsed.month, d.parsed.day, t.hour, t.minute, t.second);
}

function dateLabel(date: string): string {
  const { year, month, day } = fromDateString(date);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function localText(d: Date, tz: string): string {
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

const FAST_TIKTOK_LINK = /^https?:\/\/(?:www\.|m\.)?tiktok\.com\/@[^/\s?#]+\/(?:video|photo)\/(\d{5,30})(?:[/?#][^\s]*)?$/i;

/** A link cell → link and TikTok id (the common case without building a URL object). */
function readLink(text: string): { link: string; platformVideoId: string | null } | { error: string } {
  const fast = FAST_TIKTOK_LINK.exec(text);
  if (fast && text.length <= LINK_MAX) return { link: text, platformVideoId: fast[1]! };
  const r = parseVideoLink(text);
  return r.ok ? r.value : { error: r.error };
}

function truncate(text: string, max: number): string {
  // A string of at most `max` UTF-16 units has at most `max` characters.
  return text.length > max && charCount(text) > max ? [...text].slice(0, max).join("") : text;
}

type Counts = { views: bigint; likes: bigint; comments: bigint; shares: bigint };
type TotalFields = { views: Field | null; likes: Field | null; comments: Field | null; shares: Field | null };
const INTERACTIONS = ["likes", "comments", "shares"] as const;

/**
 * Cells TikTok left empty or wrote as "undefined", per column, across a file: a missing
 * interaction count is a zero that TikTok hides, so the reading keeps it as 0; a missing views
 * count leaves the video without a reading (ER has no denominator). Said once per column.
 */
class MissingCounts {
  private readonly byColumn = new Map<string, { key: keyof Counts; rows: number }>();
  add(key: keyof Counts, column: string): void {
    const entry = this.byColumn.get(column) ?? { key, rows: 0 };
    entry.rows++;
    this.byColumn.set(column, entry);
  }
  notes(noReading: string): string[] {
    return [...this.byColumn].map(([column, { key, rows }]) => {
      const where = `on ${rows} row${rows === 1 ? "" : "s"} (column “${column}”)`;
      return key === "views" ? `views missing ${where}: ${noReading}` : `${key} missing ${where}: counted as 0.`;
    });
  }
}

/**
 * The four counts of a reading. A bad or negative one is an error at its cell (the caller skips
 * the row whole); a missing interaction counts as 0; missing views (or a column the file doesn't
 * have) → no reading.
 */
function readTotals(row: TableRow, cols: Columns, fields: TotalFields, log: ProblemLog, missing: MissingCounts): { counts: Counts | null; bad: boolean } {
  const out: Partial<Counts> = {};
  let bad = false;
  let noReading = false;
  for (const key of ["views", ...INTERACTIONS] as const) {
    const f = fields[key];
    if (f === null) {
      noReading = true;
      continue;
    }
    const r = parseCount(cols.cell(row, f));
    if (!r.ok) {
      log.add(row.line, cols.name(f), `${r.error} Row skipped.`);
      bad = true;
    } else if (r.value === null) {
      missing.add(key, cols.name(f));
      if (key === "views") noReading = true;
      else out[key] = 0n;
    } else if (r.value < 0n) {
      log.add(row.line, cols.name(f), `A total can't be negative (${r.value}). Row skipped.`);
      bad = true;
    } else {
      out[key] = r.value;
    }
  }
  return { counts: bad || noReading ? null : (out as Counts), bad };
}

/** Notes for total columns the file doesn't have at all: none of its rows can have a reading. */
function absentTotalsNote(fields: TotalFields): string[] {
  const absent = (["views", ...INTERACTIONS] as const).filter((k) => fields[k] === null);
  return absent.length ? [`The file has no ${absent.join(", ")} column: no readings are imported from it.`] : [];
}

function optionalCount(row: TableRow, cols: Columns, f: Field | null, log: ProblemLog): bigint | null {
  if (f === null) return null;
  const r = parseCount(cols.cell(row, f));
  if (!r.ok) {
    log.add(row.line, cols.name(f), `${r.error} Left empty.`, "warning");
    return null;
  }
  if (r.value !== null && r.value < 0n) {
    log.add(row.line, cols.name(f), "Can't be negative. Left empty.", "warning");
    return null;
  }
  return r.value;
}

function optionalDecimal(row: TableRow, cols: Columns, f: Field | null, log: ProblemLog, max: number, scaleDigits: number): string | null {
  if (f === null) return null;
  const raw = cols.cell(row, f);
  if (isMissingCell(raw)) return null;
  const text = typeof raw === "number" ? String(raw) : cellText(raw).replace(",", ".");
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || Number(text) > max) {
    log.add(row.line, cols.name(f), `“${shorten(text)}” is not a number from 0 to ${max}. Left empty.`, "warning");
    return null;
  }
  // Stored with `scaleDigits` decimals: round half up on the text, not through floating point.
  const frac = (m[2] ?? "").padEnd(scaleDigits + 1, "0");
  let units = BigInt(m[1]! + frac.slice(0, scaleDigits));
  if (Number(frac[scaleDigits]) >= 5) units += 1n;
  const s = units.toString().padStart(scaleDigits + 1, "0");
  return `${s.slice(0, -scaleDigits)}.${s.slice(-scaleDigits)}`;
}

function warnDuplicate<T extends { line: number }>(map: Map<string, T>, key: string, row: T, log: ProblemLog, what: string): void {
  const earlier = map.get(key);
  if (earlier) log.add(row.line, null, `${what} is also on line ${earlier.line}; this later row is used.`, "warning");
  map.set(key, row);
}

function todayOf(now: Date, tz: string): CalendarDate {
  return fromDateString(localDateString(now, tz));
}

// ---------------------------------------------------------------------------------------
// Content.csv: one video per row, with its totals as of the export

async function parseContent(input: KindInput): Promise<KindOutput> {
  const { rows, log, timeZone: tz, now } = input;
  const cols = new Columns(input.header, input.map);
  const order = dateOrder(input.map);
  const conv = new LocalTimeConverter(tz);
  const today = todayOf(now, tz);
  const out = emptyOutput();

  // 1. The export's date ("Time"): when the totals were read. Written without a year, nothing
  // in the file gives one: it is the most recent such day on or before today.
  const timeField = cols.pick("time");
  const exportCache: DateCache = new Map();
  const exportParsed = rows.map((r) => {
    const cell = cols.cell(r, timeField);
    if (timeField === null || isMissingCell(cell)) return null;
    const d = readDate(cell, order, true, exportCache);
    if (!d) log.add(r.line, cols.name(timeField), `“${shorten(cellText(cell))}” is not a date. This row's reading is dated today.`, "warning");
    return d;
  });
  const exportDates = exportParsed.map((p) => withOwnYear(p, today));
  let latestExport: CalendarDate | null = null;
  for (const d of exportDates) {
    if (d && typeof d !== "string") {
      const c = calendar(d);
      if (!latestExport || toDateString(c) > toDateString(latestExport)) latestExport = c;
    }
  }

  // 2. Post times: each yearless one gets the most recent year that puts it on or before its
  // row's export date (the file's, never the server's today unless the file has none).
  const postField = cols.pick("postTime", "postedAt");
  const referenceOf = (i: number): CalendarDate => {
    const e = exportDates[i];
    return e && typeof e !== "string" ? calendar(e) : (latestExport ?? today);
  };
  const postParsed = rows.map((r) => {
    const cell = cols.cell(r, postField);
    return postField === null || isMissingCell(cell) ? null : readDate(cell, order);
  });
  const postDates = postParsed.map((p, i) => withOwnYear(p, referenceOf(i)));
  const yearlessPosts: string[] = [];
  const postReferences = new Set<string>();

  const titleField = cols.pick("videoTitle");
  const linkField = cols.pick("videoLink");
  const totals: TotalFields = {
    views: cols.pick("totalViews", "videoViews"),
    likes: cols.pick("totalLikes", "likes"),
    comments: cols.pick("totalComments", "comments"),
    shares: cols.pick("totalShares", "shares"),
  };
  const savesField = cols.pick("saves");
  const videos = new Map<string, VideoRow>();
  const readings = new Map<string, ReadingRow>();
  const missing = new MissingCounts();
  let shortened = 0;
  let noExportDate = 0;
  let captureStamp: string | null = null;

  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;

    // Link → TikTok id.
    let link: string | null = null;
    let platformVideoId: string | null = null;
    const linkText = linkField === null ? "" : cellText(cols.cell(row, linkField));
    if (!isMissingCell(linkText)) {
      const r = readLink(linkText);
      if ("error" in r) log.add(row.line, cols.name(linkField!), `${r.error} The video is matched by its title and post time instead.`, "warning");
      else ({ link, platformVideoId } = r);
    }

    // Title: one made only of invisible characters is no title.
    let title = titleField === null ? "" : cellText(cols.cell(row, titleField));
    if (isMissingCell(title) || isBlankText(title)) title = platformVideoId ? `TikTok video ${platformVideoId}` : "";
    if (title === "" && !link) {
      log.add(row.line, null, "This row has neither a video title nor a link: skipped.");
      continue;
    }
    if (title === "") title = "Untitled video";
    let titleShortened = false;
    if (title.length > TITLE_MAX && charCount(title) > TITLE_MAX) {
      title = truncate(title, TITLE_MAX);
      titleShortened = true;
    }

    // Post time.
    const posted = postDates[i];
    if (postField === null || posted == null) {
      const cell = postField === null ? undefined : cols.cell(row, postField);
      const message =
        postField === null
          ? "The file has no post time column, so new videos can't be added: skipped."
          : isMissingCell(cell)
            ? "The post time is empty: skipped."
            : `“${shorten(cellText(cell))}” is not a date: skipped.`;
      log.add(row.line, postField === null ? null : cols.name(postField), message);
      continue;
    }
    if (typeof posted === "string") {
      log.add(row.line, cols.name(postField), `${posted} Skipped.`);
      continue;
    }
    const postedAt = instantOf(posted, conv);
    if (postedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
      log.add(row.line, cols.name(postField), "The post time is in the future: skipped.");
      continue;
    }
    const tooEarly = earliestPostDateProblem("The post date", localDateString(postedAt, tz));
    if (tooEarly) {
      log.add(row.line, cols.name(postField), `${tooEarly} Skipped.`);
      continue;
    }

    // The reading: the totals as of the export's date. A bad count skips the row whole: a video
    // stored without the reading its row carried would look like a video with no data.
    const { counts, bad } = readTotals(row, cols, totals, log, missing);
    if (bad) continue;
    let reading: ReadingRow | null = null;
    if (counts) {
      const exported = exportDates[i];
      let capturedAt: Date;
      let dated = false;
      if (exported && typeof exported !== "string") {
        capturedAt = instantOf(exported, conv);
        dated = true;
      } else {
        if (exported && timeField !== null) log.add(row.line, cols.name(timeField), `${exported} This row's reading is dated today.`, "warning");
        capturedAt = conv.toInstant(today.year, today.month, today.day);
      }
      if (capturedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
        log.add(row.line, timeField === null ? null : cols.name(timeField), "The export time is in the future: skipped.");
        continue;
      }
      if (dated) captureStamp ??= (exported as Dated).parsed.time ? null : toDateString(calendar(exported as Dated));
      else noExportDate++;
      // A video posted on the export's day has its totals from after posting.
      if (capturedAt.getTime() < postedAt.getTime()) capturedAt = postedAt;
      reading = { line: row.line, video: { kind: "pid", value: "" }, capturedAt, ...counts, saves: null, avgWatchTimeSeconds: null, completionRate: null };
    }

    const ref: VideoRef = platformVideoId
      ? { kind: "pid", value: platformVideoId }
      : link
        ? { kind: "link", value: link }
        : { kind: "tp", value: title, postedAt: postedAt.toISOString() };
    const video: VideoRow = { line: row.line, ref, platformVideoId, link, title, postedAt, postedDateOnly: posted.parsed.time === null };
    const refKey = videoRefKey(ref);
    warnDuplicate(videos, refKey, video, log, "This video");
    if (titleShortened) shortened++;
    if (posted.parsed.year === null) {
      yearlessPosts.push(toDateString(calendar(posted)));
      postReferences.add(toDateString(referenceOf(i)));
    }
    if (reading) {
      reading = { ...reading, video: ref, saves: optionalCount(row, cols, savesField, log) };
      warnDuplicate(readings, `${refKey}@${reading.capturedAt.getTime()}`, reading, log, "This reading");
    }
  }

  out.videos = [...videos.values()];
  out.readings = [...readings.values()];
  out.coversUntil = latestExport ? toDateString(latestExport) : null;
  out.span = spanOf([...out.videos.map((v) => localDateString(v.postedAt, tz)), ...out.readings.map((r) => localDateString(r.capturedAt, tz))]);
  if (shortened > 0) out.notes.push(`${shortened} title${shortened === 1 ? " was" : "s were"} longer than ${TITLE_MAX} characters and ${shortened === 1 ? "was" : "were"} shortened.`);
  if (timeField === null) {
    out.notes.push(`This file has no Time column: its readings are dated today (${dateLabel(toDateString(today))}, 00:00 your time), so importing it again today changes nothing.`);
  } else if (captureStamp) {
    out.notes.push(`Readings are dated ${dateLabel(captureStamp)}, 00:00 your time (the file's Time column): importing this file again changes nothing.`);
  }
  if (noExportDate > 0 && timeField !== null) out.notes.push(`${noExportDate} row${noExportDate === 1 ? " has" : "s have"} no export time; their readings are dated today.`);
  if (exportParsed.some((p) => p?.year === null) && latestExport) {
    out.notes.push(`The export date has no year: it was read as ${dateLabel(toDateString(latestExport))}, the most recent such day on or before today.`);
  }
  out.notes.push(...postYearNote(yearlessPosts, [...postReferences], latestExport !== null));
  out.notes.push(...absentTotalsNote(totals), ...missing.notes("those videos are imported without a reading."));
  out.sample = {
    columns: ["Video", "Posted", "Views", "Likes", "Comments", "Shares"],
    rows: out.videos.slice(0, SAMPLE_ROWS).map((v) => {
      const r = out.readings.find((x) => videoRefKey(x.video) === videoRefKey(v.ref));
      return [v.title, localText(v.postedAt, tz), ...(r ? [r.views, r.likes, r.comments, r.shares].map(String) : ["—", "—", "—", "—"])];
    }),
  };
  return out;
}

/** What was done with yearless post dates, with the dates they ended up on. */
function postYearNote(dates: string[], references: string[], fromExport: boolean): string[] {
  if (dates.length === 0) return [];
  const span = spanOf(dates)!;
  const n = dates.length;
  const against =
    references.length === 1
      ? `${fromExport ? "the export's date" : "today (the file has no export date)"}, ${dateLabel(references[0]!)}`
      : "its row's export date";
  return [
    n === 1
      ? `1 post date has no year: it was given the most recent year that puts it on or before ${against}, so it is ${dateLabel(span.first)}.`
      : `${n} post dates have no year: each was given the most recent year that puts it on or before ${against}, so they run from ${dateLabel(span.first)} to ${dateLabel(span.last)}.`,
  ];
}

// ---------------------------------------------------------------------------------------
// Overview.csv and FollowerHistory.csv: one row per day

type DatedRows = { row: TableRow; date: string }[];

/** Every row's calendar date (years resolved against today); bad and future dates reported. */
function readDays(input: KindInput, cols: Columns): { days: DatedRows; yearless: boolean; today: CalendarDate } {
  const { rows, log } = input;
  const order = dateOrder(input.map);
  const today = todayOf(input.now, input.timeZone);
  const dateField: Field = "date";
  const parsed = rows.map((r) => {
    const cell = cols.cell(r, dateField);
    if (isMissingCell(cell)) {
      log.add(r.line, cols.name(dateField), "The date is empty: row skipped.");
      return null;
    }
    const d = readDate(cell, order);
    if (!d) log.add(r.line, cols.name(dateField), `“${shorten(cellText(cell))}” is not a date: row skipped.`);
    return d;
  });
  const dated = withYears(parsed, today);
  const todayText = toDateString(today);
  const days: DatedRows = [];
  dated.forEach((d, i) => {
    const row = rows[i]!;
    if (d === null) return;
    if (typeof d === "string") {
      log.add(row.line, cols.name(dateField), `${d} Row skipped.`);
      return;
    }
    const date = toDateString(calendar(d));
    if (date > todayText) {
      log.add(row.line, cols.name(dateField), `${dateLabel(date)} is in the future: row skipped.`);
      return;
    }
    days.push({ row, date });
  });
  return { days, yearless: parsed.some((p) => p?.year === null), today };
}

function finishDaily(out: KindOutput, dates: string[], today: CalendarDate, yearless: boolean): void {
  if (dates.length === 0) return;
  const last = dates.reduce((a, b) => (b > a ? b : a));
  out.coversUntil = last;
  if (last === toDateString(today)) {
    out.partialLastDay = last;
    out.notes.push(`The last day, ${dateLabel(last)}, is today and still in progress: its figures are partial. Import a newer export later to complete them.`);
  }
  if (yearless) {
    const span = spanOf(dates)!;
    out.notes.push(
      `Dates have no year: they were read as one run of days ending on or before today, ${dateLabel(toDateString(today))}, so they run from ${dateLabel(span.first)} to ${dateLabel(span.last)}.`,
    );
  }
  out.span = spanOf(dates);
}

async function parseOverview(input: KindInput): Promise<KindOutput> {
  const cols = new Columns(input.header, input.map);
  const { log } = input;
  const out = emptyOutput();
  const { days, yearless, today } = readDays(input, cols);
  const fields = {
    videoViews: cols.pick("videoViews"),
    profileViews: cols.pick("profileViews"),
    likes: cols.pick("likes"),
    comments: cols.pick("comments"),
    shares: cols.pick("shares"),
  } as const;
  const byDate = new Map<string, DayRow>();
  let k = 0;
  for (const { row, date } of days) {
    if (++k % YIELD_EVERY === 0) await yieldToEventLoop();
    const values: Record<keyof typeof fields, bigint | null> = { videoViews: null, profileViews: null, likes: null, comments: null, shares: null };
    // A cell that isn't a number skips the day whole: half a day's figures would read as zeros.
    let bad = false;
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      const f = fields[key];
      if (f === null) continue;
      const r = parseCount(cols.cell(row, f));
      if (!r.ok) {
        log.add(row.line, cols.name(f), `${r.error} Row skipped.`);
        bad = true;
        continue;
      }
      if (r.value !== null && r.value < 0n) {
        const why =
          key === "comments"
            ? "TikTok counts deleted comments this way"
            : key === "likes"
              ? "TikTok counts removed likes this way"
              : "TikTok reported a correction";
        log.add(row.line, cols.name(f), `Negative ${FIELD_LABELS[f].toLowerCase()} (${r.value}): ${why}. Kept as is.`, "warning");
      }
      values[key] = r.value;
    }
    if (bad) continue;
    if (Object.values(values).every((v) => v === null)) {
      log.add(row.line, null, `No figures for ${dateLabel(date)}: row skipped.`, "warning");
      continue;
    }
    warnDuplicate(byDate, date, { line: row.line, date, ...values }, log, `${dateLabel(date)}`);
  }
  out.days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  finishDaily(out, out.days.map((d) => d.date), today, yearless);
  const show = (v: bigint | null) => (v === null ? "—" : String(v));
  out.sample = {
    columns: ["Date", "Video views", "Profile views", "Likes", "Comments", "Shares"],
    rows: out.days.slice(-SAMPLE_ROWS).map((d) => [d.date, show(d.videoViews), show(d.profileViews), show(d.likes), show(d.comments), show(d.shares)]),
  };
  return out;
}

async function parseFollowerHistory(input: KindInput): Promise<KindOutput> {
  const cols = new Columns(input.header, input.map);
  const { log } = input;
  const out = emptyOutput();
  const { days, yearless, today } = readDays(input, cols);
  const byDate = new Map<string, FollowerRow>();
  for (const { row, date } of days) {
    const r = parseCount(cols.cell(row, "followers"));
    if (!r.ok) {
      log.add(row.line, cols.name("followers"), `${r.error} Row skipped.`);
      continue;
    }
    if (r.value === null) {
      log.add(row.line, cols.name("followers"), `No follower count for ${dateLabel(date)}: row skipped.`, "warning");
      continue;
    }
    if (r.value < 0n) {
      log.add(row.line, cols.name("followers"), "A follower count can't be negative: row skipped.");
      continue;
    }
    warnDuplicate(byDate, date, { line: row.line, date, followers: r.value }, log, `${dateLabel(date)}`);
  }
  out.followers = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  finishDaily(out, out.followers.map((f) => f.date), today, yearless);
  out.sample = { columns: ["Date", "Followers"], rows: out.followers.slice(-SAMPLE_ROWS).map((f) => [f.date, String(f.followers)]) };
  return out;
}

// ---------------------------------------------------------------------------------------
// Tierline's own exports (lib/data/reports): times are ISO 8601 with their offset

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLATFORM_ID = /^[A-Za-z0-9_-]{1,64}$/;

function readInstant(row: TableRow, cols: Columns, f: Field, conv: LocalTimeConverter, now: Date, log: ProblemLog, what: string): Date | null {
  const cell = cols.cell(row, f);
  if (isMissingCell(cell)) {
    log.add(row.line, cols.name(f), `The ${what} is empty: row skipped.`);
    return null;
  }
  const d = readDate(cell, "dmy");
  if (!d || d.year === null || d.year < EARLIEST_YEAR) {
    log.add(row.line, cols.name(f), `“${shorten(cellText(cell))}” is not a date and time: row skipped.`);
    return null;
  }
  const at = instantOf({ parsed: d, year: d.year }, conv);
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    log.add(row.line, cols.name(f), `The ${what} is in the future: row skipped.`);
    return null;
  }
  return at;
}

function optionalText(row: TableRow, cols: Columns, f: Field | null, max: number, log: ProblemLog): string | null | undefined {
  if (f === null) return undefined;
  const text = unneutralize(cellText(cols.cell(row, f)));
  if (text === "") return null;
  if (charCount(text) > max) {
    log.add(row.line, cols.name(f), `Longer than ${max} characters: shortened.`, "warning");
    return truncate(text, max);
  }
  return text;
}

async function parseTierlineVideos(input: KindInput): Promise<KindOutput> {
  const { rows, log, now, timeZone: tz } = input;
  const cols = new Columns(input.header, input.map);
  const conv = new LocalTimeConverter(tz);
  const out = emptyOutput();
  const videos = new Map<string, VideoRow>();
  const readings = new Map<string, ReadingRow>();
  const f = {
    pid: cols.pick("platformVideoId"),
    link: cols.pick("videoLink"),
    duration: cols.pick("durationSeconds"),
    hashtags: cols.pick("hashtags"),
    sound: cols.pick("sound"),
    notes: cols.pick("notes"),
    captured: cols.pick("capturedAt"),
    saves: cols.pick("saves"),
  };
  const totals = {
    views: cols.pick("videoViews", "totalViews"),
    likes: cols.pick("likes", "totalLikes"),
    comments: cols.pick("comments", "totalComments"),
    shares: cols.pick("shares", "totalShares"),
  };
  const missing = new MissingCounts();
  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;
    const title = truncate(unneutralize(cellText(cols.cell(row, "videoTitle"))), TITLE_MAX);
    if (isBlankText(title)) {
      log.add(row.line, cols.name("videoTitle"), "The title is empty: row skipped.");
      continue;
    }
    const postedAt = readInstant(row, cols, "postedAt", conv, now, log, "posting time");
    if (!postedAt) continue;
    const tooEarly = earliestPostDateProblem("The posting time", localDateString(postedAt, tz));
    if (tooEarly) {
      log.add(row.line, cols.name("postedAt"), `${tooEarly} Row skipped.`);
      continue;
    }
    // The latest reading the export carried, if any: a bad one skips the row whole.
    let reading: Omit<ReadingRow, "video" | "saves"> | null = null;
    if (f.captured !== null && !isMissingCell(cols.cell(row, f.captured))) {
      const capturedAt = readInstant(row, cols, f.captured, conv, now, log, "reading time");
      if (!capturedAt) continue;
      const { counts, bad } = readTotals(row, cols, totals, log, missing);
      if (bad) continue;
      if (counts) reading = { line: row.line, capturedAt, ...counts, avgWatchTimeSeconds: null, completionRate: null };
    }
    let link: string | null = null;
    let platformVideoId: string | null = null;
    const linkText = unneutralize(cellText(cols.cell(row, f.link)));
    if (linkText !== "") {
      const r = readLink(linkText);
      if ("error" in r) log.add(row.line, cols.name(f.link!), `${r.error} Left empty.`, "warning");
      else ({ link, platformVideoId } = r);
    }
    const pidText = cellText(cols.cell(row, f.pid));
    if (pidText !== "" && !isMissingCell(pidText)) {
      if (PLATFORM_ID.test(pidText)) platformVideoId = pidText;
      else log.add(row.line, cols.name(f.pid!), `“${shorten(pidText)}” is not a TikTok video id. Ignored.`, "warning");
    }
    let durationSeconds: number | null | undefined = undefined;
    if (f.duration !== null) {
      const d = parseCount(cols.cell(row, f.duration));
      if (!d.ok || (d.value !== null && (d.value < 1n || d.value > BigInt(DURATION_MAX_SECONDS)))) {
        log.add(row.line, cols.name(f.duration), `Not a duration from 1 to ${DURATION_MAX_SECONDS} seconds. Left as it was.`, "warning");
      } else {
        durationSeconds = d.value === null ? null : Number(d.value);
      }
    }
    const hashtagText = f.hashtags === null ? undefined : unneutralize(cellText(cols.cell(row, f.hashtags)));
    const ref: VideoRef = platformVideoId
      ? { kind: "pid", value: platformVideoId }
      : link
        ? { kind: "link", value: link }
        : { kind: "tp", value: title, postedAt: postedAt.toISOString() };
    const video: VideoRow = {
      line: row.line,
      ref,
      platformVideoId,
      link,
      title,
      postedAt,
      postedDateOnly: false,
      durationSeconds,
      hashtags: hashtagText === undefined ? undefined : normalizeHashtags(hashtagText).slice(0, 30),
      sound: optionalText(row, cols, f.sound, SOUND_MAX, log),
      notes: optionalText(row, cols, f.notes, NOTES_MAX, log),
    };
    warnDuplicate(videos, videoRefKey(ref), video, log, "This video");
    if (reading) {
      warnDuplicate(
        readings,
        `${videoRefKey(ref)}@${reading.capturedAt.getTime()}`,
        { ...reading, video: ref, saves: optionalCount(row, cols, f.saves, log) },
        log,
        "This reading",
      );
    }
  }
  out.videos = [...videos.values()];
  out.readings = [...readings.values()];
  out.span = spanOf([...out.videos.map((v) => localDateString(v.postedAt, tz)), ...out.readings.map((r) => localDateString(r.capturedAt, tz))]);
  out.notes.push(...missing.notes("those videos are imported without a reading."));
  out.sample = {
    columns: ["Video", "Posted", "Link"],
    rows: out.videos.slice(0, SAMPLE_ROWS).map((v) => [v.title, localText(v.postedAt, tz), v.link ?? "—"]),
  };
  return out;
}

async function parseTierlineReadings(input: KindInput): Promise<KindOutput> {
  const { rows, log, now, timeZone: tz } = input;
  const cols = new Columns(input.header, input.map);
  const conv = new LocalTimeConverter(tz);
  const out = emptyOutput();
  const readings = new Map<string, ReadingRow>();
  const f = {
    pid: cols.pick("platformVideoId"),
    id: cols.pick("videoId"),
    saves: cols.pick("saves"),
    watch: cols.pick("avgWatchTime"),
    completion: cols.pick("completionRate"),
    title: cols.pick("videoTitle"),
  };
  const totals = {
    views: cols.pick("videoViews", "totalViews"),
    likes: cols.pick("likes", "totalLikes"),
    comments: cols.pick("comments", "totalComments"),
    shares: cols.pick("shares", "totalShares"),
  };
  const titles = new Map<string, string>();
  const missing = new MissingCounts();
  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;
    const pid = cellText(cols.cell(row, f.pid));
    const id = cellText(cols.cell(row, f.id));
    let ref: VideoRef;
    if (pid !== "" && PLATFORM_ID.test(pid)) ref = { kind: "pid", value: pid };
    else if (UUID.test(id)) ref = { kind: "id", value: id.toLowerCase() };
    else {
      log.add(row.line, null, "This reading names no video (no TikTok video id or Tierline video id): skipped.");
      continue;
    }
    const capturedAt = readInstant(row, cols, "capturedAt", conv, now, log, "reading time");
    if (!capturedAt) continue;
    const { counts, bad } = readTotals(row, cols, totals, log, missing);
    if (bad) continue;
    if (!counts) {
      if (totals.views !== null) log.add(row.line, cols.name(totals.views), "No views: reading skipped.");
      continue;
    }
    const key = `${videoRefKey(ref)}@${capturedAt.getTime()}`;
    titles.set(key, unneutralize(cellText(cols.cell(row, f.title))));
    warnDuplicate(
      readings,
      key,
      {
        line: row.line,
        video: ref,
        capturedAt,
        ...counts,
        saves: optionalCount(row, cols, f.saves, log),
        avgWatchTimeSeconds: optionalDecimal(row, cols, f.watch, log, 9_999_999.99, 2),
        completionRate: optionalDecimal(row, cols, f.completion, log, 100, 2),
      },
      log,
      "This reading",
    );
  }
  out.readings = [...readings.values()];
  out.span = spanOf(out.readings.map((r) => localDateString(r.capturedAt, tz)));
  out.notes.push(...absentTotalsNote(totals), ...missing.notes("those readings are skipped."));
  out.notes.push("Readings are added to videos already in Tierline (matched by TikTok video id, or by Tierline's id in your own export). Import the Videos export first for videos Tierline doesn't have yet.");
  out.sample = {
    columns: ["Video", "Captured", "Views", "Likes", "Comments", "Shares"],
    rows: out.readings.slice(0, SAMPLE_ROWS).map((r) => [
      titles.get(`${videoRefKey(r.video)}@${r.capturedAt.getTime()}`) || r.video.value,
      localText(r.capturedAt, tz),
      String(r.views),
      String(r.likes),
      String(r.comments),
      String(r.shares),
    ]),
  };
  return out;
}

export const PARSERS: Record<ImportKind, (input: KindInput) => Promise<KindOutput>> = {
  content: parseContent,
  overview: parseOverview,
  followerHistory: parseFollowerHistory,
  tierlineVideos: parseTierlineVideos,
  tierlineReadings: parseTierlineReadings,
};
