// The rules for a report's date range, shared by the route (a 400) and the Reports page (a
// message before the download starts). No zod here: the page bundles this file.
import { addDaysToDateString } from "@/lib/domain/time";

/** Longest custom range a report covers: ten years (from 2016-01-01, up to 2025-12-31). */
export const MAX_RANGE_YEARS = 10;

/** The first day after `from` + 10 years: "2016-02-29" → "2026-03-01". */
export function rangeLimitDate(from: string, years = MAX_RANGE_YEARS): string {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const sameMonth = `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
  return addDaysToDateString(sameMonth, d - 1);
}

/** The message for a range that cannot be reported (reversed, or over ten years), or null. */
export function rangeProblem(from: string, to: string): string | null {
  if (from > to) return `The range starts (${from}) after it ends (${to}): put the earlier date first.`;
  if (to >= rangeLimitDate(from)) {
    return `The range is longer than ${MAX_RANGE_YEARS} years: choose dates at most ${MAX_RANGE_YEARS} years apart, or “All time”.`;
  }
  return null;
}
