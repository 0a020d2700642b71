import { MAX_PROBLEMS_LISTED } from "../limits";
import type { ImportProblem, Severity } from "../types";

// Every cell that can't be used becomes a problem with its line and column.

export class ProblemLog {
  readonly list: ImportProblem[] = [];
  count = 0;
  /** Lines with an error: each such row is skipped whole (nothing from it is stored). */
  readonly skippedLines = new Set<number>();
  constructor(readonly file: string) {}

  add(line: number | null, column: string | null, message: string, severity: Severity = "error"): void {
    this.count++;
    if (severity === "error" && line !== null) this.skippedLines.add(line);
    if (this.list.length < MAX_PROBLEMS_LISTED) this.list.push({ file: this.file, line, column, message, severity });
  }
}

export function warnDuplicate<T extends { line: number }>(map: Map<string, T>, key: string, row: T, log: ProblemLog, what: string): void {
  const earlier = map.get(key);
  if (earlier) log.add(row.line, null, `${what} is also on line ${earlier.line}; this later row is used.`, "warning");
  map.set(key, row);
}
