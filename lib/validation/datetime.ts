// Date and time fields typed in the creator's own time zone (an <input type="datetime-local">
// gives "2026-03-31T23:30" with no zone) and turned into instants here.
import { z } from "zod";
import { localDateString, utcToZonedParts, zonedLocalToUtc } from "@/lib/domain/time";
import { formTextSchema } from "./count";

/** Instants are kept to whole seconds: a datetime-local input with seconds round-trips them exactly. */
export function toWholeSecond(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant → "2026-03-31T23:30" (or with ":05" seconds) for a datetime-local input in tz. */
export function toLocalInputValue(d: Date, tz: string, opts: { seconds?: boolean } = {}): string {
  const p = utcToZonedParts(d, tz);
  const base = `${String(p.year).padStart(4, "0")}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  return opts.seconds && p.second !== 0 ? `${base}:${pad(p.second)}` : base;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ZonedContext = { timeZone: string; now: Date };

/**
 * The first day a TikTok video can have been posted: Douyin, TikTok's first app, opened in
 * September 2016 (TikTok itself in 2017), so an earlier post date is a typo ("1900", "0001")
 * that would stretch every "all time" range back to it. Forms and imports share the rule.
 */
export const EARLIEST_POST_DATE = "2016-09-01";

/** The message for a local post date ("2026-03-31") before EARLIEST_POST_DATE, or null. */
export function earliestPostDateProblem(label: string, localDate: string): string | null {
  return localDate < EARLIEST_POST_DATE
    ? `${label} can't be before 1 September 2016 (${EARLIEST_POST_DATE}), when the first TikTok videos were posted.`
    : null;
}

/** Parses "2026-03-31T23:30" in tz; null for text that is not such a reading or not a real date. */
export function parseLocalDateTime(text: string, tz: string): Date | null {
  const t = text.trim();
  if (!LOCAL_DATE_TIME.test(t)) return null;
  try {
    return zonedLocalToUtc(t, tz);
  } catch {
    return null;
  }
}

/**
 * A local date-time in the creator's zone, not in the future. Required, or with
 * `defaultToNow` an empty field means now (to the whole second).
 */
export function pastDateTimeSchema(label: string, ctx: ZonedContext, opts: { defaultToNow?: boolean; notBeforeTikTok?: boolean } = {}) {
  return formTextSchema.transform((text, issue): Date => {
    if (text.trim() === "") {
      if (opts.defaultToNow) return toWholeSecond(ctx.now);
      issue.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()} date and time.` });
      return z.NEVER;
    }
    const d = parseLocalDateTime(text, ctx.timeZone);
    if (!d) {
      issue.addIssue({ code: "custom", message: `${label} must be a date and time like 2026-03-31 23:30.` });
      return z.NEVER;
    }
    // A minute of slack: the form's "now" was rounded to the minute on another clock.
    if (d.getTime() > ctx.now.getTime() + 60_000) {
      issue.addIssue({ code: "custom", message: `${label} can't be in the future.` });
      return z.NEVER;
    }
    // The text is the creator's local date and time: its first ten characters are the day.
    const tooEarly = opts.notBeforeTikTok ? earliestPostDateProblem(label, text.trim().slice(0, 10)) : null;
    if (tooEarly) {
      issue.addIssue({ code: "custom", message: tooEarly });
      return z.NEVER;
    }
    return d;
  });
}

/** A required calendar date "YYYY-MM-DD", not after today in the creator's zone. */
export function pastDateSchema(label: string, ctx: ZonedContext) {
  return formTextSchema.transform((text, issue): string => {
    const t = text.trim();
    if (t === "") {
      issue.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    if (!LOCAL_DATE.test(t) || !isRealDate(t)) {
      issue.addIssue({ code: "custom", message: `${label} must be a date like 2026-03-31.` });
      return z.NEVER;
    }
    if (t > localDateString(ctx.now, ctx.timeZone)) {
      issue.addIssue({ code: "custom", message: `${label} can't be in the future.` });
      return z.NEVER;
    }
    return t;
  });
}

/** True for "2026-02-28", false for "2026-02-30" or "2026-13-01". */
export function isRealDate(date: string): boolean {
  if (!LOCAL_DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
