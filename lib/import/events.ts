// The commit route's progress stream: one JSON object per line (NDJSON), in this order —
// reading, start, progress… (after each slice of the transaction), then done or error.
import type { CommitProgress, CommitSummary } from "./result";

export type ImportEvent =
  | { type: "reading" }
  | { type: "start"; total: number }
  | ({ type: "progress" } & CommitProgress)
  | { type: "done"; summary: CommitSummary }
  | { type: "error"; message: string };
