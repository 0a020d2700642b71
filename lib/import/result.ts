// What an import reports back: the preview (file by file, what would be new, updated or
// unchanged) and the commit's summary and progress. Pure data, shared by the data layer that
// computes them (lib/data/imports), the route that streams them and the wizard that shows them.
import type { ParsedFile, ParsedImport } from "./types";

export type ChangeCounts = { new: number; updated: number; unchanged: number; skipped: number };

/** A file as the preview shows it: what the parser found, and what importing it would change. */
export type FilePreview = Pick<
  ParsedFile,
  "name" | "status" | "kind" | "reason" | "rowCount" | "problems" | "problemCount" | "skippedRows" | "notes" | "coversUntil" | "partialLastDay" | "sample"
> & {
  kindLabel: string | null;
  counts: { videos: ChangeCounts | null; readings: ChangeCounts | null; days: ChangeCounts | null; followers: ChangeCounts | null };
};

export type ImportPreview = {
  files: FilePreview[];
  /** Rows the commit would write or check, after merging overlapping files. */
  rowsToImport: number;
  /** Where the dashboard opens after the import (a range that shows the imported days). */
  landing: ParsedImport["landing"];
};

export type CommitCounts = { inserted: number; updated: number; unchanged: number; skipped: number };

export type CommitSummary = {
  videos: CommitCounts;
  readings: CommitCounts;
  days: CommitCounts;
  followers: CommitCounts;
  rows: number;
  durationMs: number;
};

export type CommitProgress = { done: number; total: number; stage: "videos" | "readings" | "days" | "followers" };
