import { numberFormat } from "./format";
// Time since a video was posted, as the video page's table and chart show it: hours for the
// first two days (when most growth happens), then days.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Below this, elapsed time is shown in hours. */
export const HOURS_UNTIL_MS = 48 * HOUR_MS;

export type ElapsedUnit = "hours" | "days";

/** Hours when every point is within the first 48 h, else days: one unit for a whole chart. */
export function elapsedUnitFor(maxElapsedMs: number): ElapsedUnit {
  return maxElapsedMs < HOURS_UNTIL_MS ? "hours" : "days";
}

/** Elapsed milliseconds in the unit, as a number for a chart axis (1 decimal). */
export function elapsedIn(ms: number, unit: ElapsedUnit): number {
  const v = ms / (unit === "hours" ? HOUR_MS : DAY_MS);
  return Math.round(Math.max(0, v) * 10) / 10;
}

/** "45 min", "5 h", "2.5 days", "31 days" after posting, in the creator's locale. */
export function formatElapsed(ms: number, locale: string): string {
  const safe = Math.max(0, ms);
  const nf = (n: number, digits: number) => numberFormat(locale, { maximumFractionDigits: digits }).format(n);
  if (safe < HOUR_MS) return `${nf(Math.floor(safe / 60_000), 0)} min`;
  if (safe < HOURS_UNTIL_MS) return `${nf(Math.floor(safe / HOUR_MS), 0)} h`;
  const days = safe / DAY_MS;
  return `${nf(days < 10 ? Math.floor(days * 10) / 10 : Math.floor(days), 1)} days`;
}
