import type { Field } from "../headers";
import type { LocalTimeConverter } from "../local-time";
import { isMissingCell } from "../numbers";
import type { TableRow } from "../table";
import { instantOf, readDate } from "./cell-dates";
import { cellText, shorten, type Columns } from "./cells";
import type { TotalFields } from "./counts";
import { EARLIEST_YEAR, FUTURE_SLACK_MS } from "./kind";
import type { ProblemLog } from "./problem-log";

// Tierline's own exports (lib/data/reports): times are ISO 8601 with their offset.

export const PLATFORM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function readInstant(row: TableRow, cols: Columns, f: Field, conv: LocalTimeConverter, now: Date, log: ProblemLog, what: string): Date | null {
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

/** The total columns of Tierline's exports (its own names first, TikTok's as they were imported). */
export function tierlineTotals(cols: Columns): TotalFields {
  return {
    views: cols.pick("videoViews", "totalViews"),
    likes: cols.pick("likes", "totalLikes"),
    comments: cols.pick("comments", "totalComments"),
    shares: cols.pick("shares", "totalShares"),
  };
}
