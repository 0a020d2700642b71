// Where the creator lands after an import: the dashboard's default range (the last 90 days) when
// everything the files brought falls in it, otherwise a custom range over exactly the imported
// days. An older export must not land a new creator on an empty dashboard.
import { DEFAULT_RANGE, resolveDashboardPeriod } from "@/lib/domain/dashboard-range";
import { RANGE_PRESETS } from "@/lib/domain/series";
import type { DateSpan, ParsedFile } from "./types";

export type ImportLanding = {
  href: string;
  /** Said in the preview when the dashboard opens on another range than its default; else null. */
  note: string | null;
};

function dayLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** The days every importable file covers, together. */
export function importSpan(files: Pick<ParsedFile, "status" | "span">[]): DateSpan | null {
  const spans = files.flatMap((f) => (f.status === "ok" && f.span ? [f.span] : []));
  if (spans.length === 0) return null;
  return {
    first: spans.map((s) => s.first).reduce((a, b) => (b < a ? b : a)),
    last: spans.map((s) => s.last).reduce((a, b) => (b > a ? b : a)),
  };
}

export function landingAfterImport(files: Pick<ParsedFile, "status" | "span">[], now: Date, timeZone: string): ImportLanding {
  const span = importSpan(files);
  if (!span) return { href: "/dashboard", note: null };
  const period = resolveDashboardPeriod({ range: DEFAULT_RANGE, bucket: null }, now, timeZone, "en-US", null);
  if (span.first >= period.firstDate && span.last <= period.lastDate) return { href: "/dashboard", note: null };
  const range = DEFAULT_RANGE;
  const preset = range.kind === "preset" ? RANGE_PRESETS.find((p) => p.id === range.preset)?.label.toLowerCase() : null;
  return {
    href: `/dashboard?from=${span.first}&to=${span.last}`,
    note: `These files cover ${dayLabel(span.first)} to ${dayLabel(span.last)}, not only the ${preset ?? "default range"} the dashboard shows by default: after the import it opens on those dates.`,
  };
}
