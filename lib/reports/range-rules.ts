// The rules for a report's date range, shared by the route (a 400) and the Reports page (a
// message before the download starts). No zod here: the page bundles this file.
import { addDaysToDateString } from "@/lib/domain/time";

/** Longest custom range a report covers: ten years (from 2016-01-01, up to 2025-12-31). */
export const MAX_RANGE_YEARS = 10;

/**
 * The days a report can name. The first is the dashboard's (its instants start at 1970); the
 * last keeps every date four digits and every range's ten-year limit computable, and is far
 * beyond any reading a creator can have.
 */
export const REPORT_FIRST_DATE = "1970-01-01";
export const REPORT_LAST_DATE = "2099-12-31";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

/** Orders two "YYYY-MM-DD" dates by their numbers, not their text (years past 9999 included). */
export function compareDates(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return ay - by || am - bm || ad - bd;
}

/** The first day after `from` + 10 years: "2016-02-29" → "2026-03-01". */
export function rangeLimitDate(from: string, years = MAX_RANGE_YEARS): string {
  const [y, m, d] = parts(from);
  const sameMonth = `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
  return addDaysToDateString(sameMonth, d - 1);
}

/**
 * The message for a date a report can't use, or null: not written YYYY-MM-DD, not a day of the
 * calendar (30 February), or outside the days reports cover (which the message names).
 */
export function reportDateProblem(date: string, example = "2026-06-01"): string | null {
  const shown = date.slice(0, 20);
  const m = DATE_PATTERN.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = m !== null && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!real) return `“${shown}” is not a date: use YYYY-MM-DD, for example ${example}.`;
  if (compareDates(date, REPORT_FIRST_DATE) < 0 || compareDates(date, REPORT_LAST_DATE) > 0) {
    return `${date} is outside the dates reports cover: use dates from ${REPORT_FIRST_DATE} to ${REPORT_LAST_DATE}.`;
  }
  return null;
}

/** The message for a range that cannot be reported (a bad date, reversed, or over ten years), or null. */
export function rangeProblem(from: string, to: string): string | null {
  const bad = reportDateProblem(from) ?? reportDateProblem(to, "2026-08-31");
  if (bad) return bad;
  if (compareDates(from, to) > 0) return `The range starts (${from}) after it ends (${to}): put the earlier date first.`;
  if (compareDates(to, rangeLimitDate(from)) >= 0) {
    return `The range is longer than ${MAX_RANGE_YEARS} years: choose dates at most ${MAX_RANGE_YEARS} years apart, or “All time”.`;
  }
  return null;
}
