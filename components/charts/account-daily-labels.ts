import { dateTimeFormat } from "@/lib/domain/format";

/** A calendar day ("2026-08-31") in the creator's locale, read as a date, not an instant. */
export function dayLabel(date: string, locale: string, opts: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = date.split("-").map(Number);
  return dateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** "31 Aug 2026": the day in tooltips, the table and the summary. */
export const longDayLabel = (date: string, locale: string) => dayLabel(date, locale, { day: "numeric", month: "short", year: "numeric" });
