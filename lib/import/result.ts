// What an import reports back: the preview (file by file, what would be new, updated or
// unchanged) and the commit's summary and progress. Pure data, shared by the data layer that
// computes them (lib/data/imports), the route that streams them and the wizard that shows them.
import type { ImportKind, ImportProblem, ParsedFile, ParsedImport, RowSample } from "./types";

export type ChangeCounts = { new: number; updated: number; unchanged: number; skipped: number };

export type FilePreview = {
  name: string;
  status: ParsedFile["status"];
  kind: ImportKind | null;
  kindLabel: string | null;
  reason: string | null;
  rowCount: number;
  counts: { videos: ChangeCounts | null; readings: ChangeCounts | null; days: ChangeCounts | null; followers: ChangeCounts | null };
  problems: ImportProblem[];
  problemCount: number;
  /** Rows skipped whole because of an error. */
  skippedRows: number;
  notes: string[];
  coversUntil: string | null;
  partialLastDay: string | null;
  sample: RowSample | null;
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
