import { toDateString, type CalendarDate } from "../dates";
import type { Field } from "../headers";
import { isMissingCell } from "../numbers";
import type { TableRow } from "../table";
import { calendar, dateLabel, dateOrder, readDate, todayOf, withYears } from "./cell-dates";
import { cellText, shorten, type Columns } from "./cells";
import { spanOf, type KindInput, type KindOutput } from "./kind";

// Overview.csv and FollowerHistory.csv: one row per day

type DatedRows = { row: TableRow; date: string }[];

/** Every row's calendar date (years resolved against today); bad and future dates reported. */
export function readDays(input: KindInput, cols: Columns): { days: DatedRows; yearless: boolean; today: CalendarDate } {
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

export function finishDaily(out: KindOutput, dates: string[], today: CalendarDate, yearless: boolean): void {
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
