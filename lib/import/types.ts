// What the import parsers produce: rows keyed by their natural keys, ready for lib/data/imports/,
// and every problem with its file, line and column. Pure data: no Prisma, no I/O.
import type { AccountDay } from "@/lib/domain/dashboard-view/account-daily";
import type { ReadingInput } from "@/lib/validation/reading";

export const IMPORT_KINDS = ["content", "overview", "followerHistory", "tierlineVideos", "tierlineReadings"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const KIND_LABELS: Record<ImportKind, string> = {
  content: "TikTok Studio Content (videos with totals)",
  overview: "TikTok Studio Overview (daily account totals)",
  followerHistory: "TikTok Studio FollowerHistory (daily followers)",
  tierlineVideos: "Tierline Videos export",
  tierlineReadings: "Tierline Readings export",
};

export type Severity = "error" | "warning" | "info";

export type ImportProblem = {
  /** The file as the creator knows it: "Content.csv", or "export.zip › Content.csv". */
  file: string;
  /** 1-based line of the CSV (row of the sheet); null for the file as a whole. */
  line: number | null;
  /** The column's header as written in the file; null when the problem is not about one cell. */
  column: string | null;
  message: string;
  /** error: the row (or file) is skipped; warning: imported, but worth a look; info: for the record. */
  severity: Severity;
};

/**
 * How a video is recognised again, in this order: TikTok's video id when there is one ("pid");
 * else its link ("link"); else its title and posting instant ("tp"). Tierline's Readings export
 * may name a video by Tierline's own id ("id"), which only ever finds the creator's own video.
 */
export type VideoRefKind = "pid" | "link" | "tp" | "id";

export type VideoRef = {
  kind: VideoRefKind;
  /** The TikTok id, link, title or Tierline id. */
  value: string;
  /** "tp" only: the posting instant, ISO. */
  postedAt?: string;
};

export function videoRefKey(ref: VideoRef): string {
  return ref.kind === "tp" ? `tp:${ref.postedAt}|${ref.value}` : `${ref.kind}:${ref.value}`;
}

export type VideoRow = {
  line: number;
  ref: VideoRef;
  platformVideoId: string | null;
  link: string | null;
  title: string;
  postedAt: Date;
  /** The file gave a date without a time: an existing video posted that day keeps its time. */
  postedDateOnly: boolean;
  // Only Tierline's own Videos export has these; undefined = not in the file (kept as is).
  durationSeconds?: number | null;
  hashtags?: string[] | null;
  sound?: string | null;
  notes?: string | null;
};

/** A reading from a file: saves, watch time and completion null when not in it (an existing value is kept). */
export type ReadingRow = { line: number; video: VideoRef } & ReadingInput;

/** A day of Overview.csv: the stored day's figures, null where the cell was empty or "undefined" (an existing value is kept). */
export type DayRow = { line: number } & Omit<AccountDay, "followers">;

export type FollowerRow = { line: number; date: string; followers: bigint };

/** Calendar days in the creator's zone, both inclusive: "2026-08-01" … "2026-08-31". */
export type DateSpan = { first: string; last: string };

/** The first rows of a file as understood, for the preview table. */
export type RowSample = { columns: string[]; rows: string[][] };

export type ParsedFile = {
  name: string;
  /** ok: rows to import; rejected: nothing from it is stored; skipped: a ZIP entry Tierline doesn't import. */
  status: "ok" | "rejected" | "skipped";
  kind: ImportKind | null;
  /** Why the file was rejected or skipped. */
  reason: string | null;
  /** Data rows read (whether or not each was usable). */
  rowCount: number;
  videos: VideoRow[];
  readings: ReadingRow[];
  days: DayRow[];
  followers: FollowerRow[];
  problems: ImportProblem[];
  /** Problems found, including those beyond the listed ones. */
  problemCount: number;
  /** Rows skipped whole because of an error: nothing from them is stored. */
  skippedRows: number;
  /** File-level facts: encoding, columns ignored, the capture time used, a partial last day. */
  notes: string[];
  /** The last day of data a TikTok export covers ("2026-03-31"): newer exports win on overlap. */
  coversUntil: string | null;
  /** The last date when it is today: its figures are still growing. */
  partialLastDay: string | null;
  /** First and last day of what the file would store (posts, readings, days). */
  span: DateSpan | null;
  sample: RowSample | null;
};

export type ParsedImport = {
  files: ParsedFile[];
  /** Where the creator lands after the import: a dashboard range that shows what it brought. */
  landing: { href: string; note: string | null };
};

export type ParseContext = {
  /** The creator's IANA zone: dates and times without a zone are read in it. */
  timeZone: string;
  now: Date;
};

export type ImportSource = { name: string; bytes: Uint8Array } | { name: string; size: number; tooLarge: true };
