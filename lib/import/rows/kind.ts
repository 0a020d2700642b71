import type { ColumnMap } from "../headers";
import type { TableRow } from "../table";
import type { DateSpan, DayRow, FollowerRow, ReadingRow, RowSample, VideoRow } from "../types";
import type { ProblemLog } from "./problem-log";

// What every file kind's parser takes and gives.

export const YIELD_EVERY = 2_000;
/** Times may be a little ahead of the server's clock (another device's clock, rounding). */
export const FUTURE_SLACK_MS = 60_000;
export const SAMPLE_ROWS = 5;
export const EARLIEST_YEAR = 2000;

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

export function emptyOutput(): KindOutput {
  return { videos: [], readings: [], days: [], followers: [], notes: [], coversUntil: null, partialLastDay: null, span: null, sample: null };
}

export function spanOf(dates: Iterable<string>): DateSpan | null {
  let span: DateSpan | null = null;
  for (const d of dates) {
    if (!span) span = { first: d, last: d };
    else if (d < span.first) span.first = d;
    else if (d > span.last) span.last = d;
  }
  return span;
}
