import { isMissingCell, parseCount } from "../numbers";
import type { TableRow } from "../table";
import { cellText, shorten, type Columns } from "./cells";
import type { Field } from "../headers";
import type { ProblemLog } from "./problem-log";

// A reading's counts, and the optional numbers beside them.

type Counts = { views: bigint; likes: bigint; comments: bigint; shares: bigint };
export type TotalFields = { views: Field | null; likes: Field | null; comments: Field | null; shares: Field | null };
const INTERACTIONS = ["likes", "comments", "shares"] as const;

/**
 * Cells TikTok left empty or wrote as "undefined", per column, across a file: a missing
 * interaction count is a zero that TikTok hides, so the reading keeps it as 0; a missing views
 * count leaves the video without a reading (ER has no denominator). Said once per column.
 */
export class MissingCounts {
  private readonly byColumn = new Map<string, { key: keyof Counts; rows: number }>();
  add(key: keyof Counts, column: string): void {
    const entry = this.byColumn.get(column) ?? { key, rows: 0 };
    entry.rows++;
    this.byColumn.set(column, entry);
  }
  notes(noReading: string): string[] {
    return [...this.byColumn].map(([column, { key, rows }]) => {
      const where = `on ${rows} row${rows === 1 ? "" : "s"} (column “${column}”)`;
      return key === "views" ? `views missing ${where}: ${noReading}` : `${key} missing ${where}: counted as 0.`;
    });
  }
}

/**
 * The four counts of a reading. A bad or negative one is an error at its cell (the caller skips
 * the row whole); a missing interaction counts as 0; missing views (or a column the file doesn't
 * have) → no reading.
 */
export function readTotals(row: TableRow, cols: Columns, fields: TotalFields, log: ProblemLog, missing: MissingCounts): { counts: Counts | null; bad: boolean } {
  const out: Partial<Counts> = {};
  let bad = false;
  let noReading = false;
  for (const key of ["views", ...INTERACTIONS] as const) {
    const f = fields[key];
    if (f === null) {
      noReading = true;
      continue;
    }
    const r = parseCount(cols.cell(row, f));
    if (!r.ok) {
      log.add(row.line, cols.name(f), `${r.error} Row skipped.`);
      bad = true;
    } else if (r.value === null) {
      missing.add(key, cols.name(f));
      if (key === "views") noReading = true;
      else out[key] = 0n;
    } else if (r.value < 0n) {
      log.add(row.line, cols.name(f), `A total can't be negative (${r.value}). Row skipped.`);
      bad = true;
    } else {
      out[key] = r.value;
    }
  }
  return { counts: bad || noReading ? null : (out as Counts), bad };
}

/** Notes for total columns the file doesn't have at all: none of its rows can have a reading. */
export function absentTotalsNote(fields: TotalFields): string[] {
  const absent = (["views", ...INTERACTIONS] as const).filter((k) => fields[k] === null);
  return absent.length ? [`The file has no ${absent.join(", ")} column: no readings are imported from it.`] : [];
}

export function optionalCount(row: TableRow, cols: Columns, f: Field | null, log: ProblemLog): bigint | null {
  if (f === null) return null;
  const r = parseCount(cols.cell(row, f));
  if (!r.ok) {
    log.add(row.line, cols.name(f), `${r.error} Left empty.`, "warning");
    return null;
  }
  if (r.value !== null && r.value < 0n) {
    log.add(row.line, cols.name(f), "Can't be negative. Left empty.", "warning");
    return null;
  }
  return r.value;
}

export function optionalDecimal(row: TableRow, cols: Columns, f: Field | null, log: ProblemLog, max: number, scaleDigits: number): string | null {
  if (f === null) return null;
  const raw = cols.cell(row, f);
  if (isMissingCell(raw)) return null;
  const text = typeof raw === "number" ? String(raw) : cellText(raw).replace(",", ".");
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || Number(text) > max) {
    log.add(row.line, cols.name(f), `“${shorten(text)}” is not a number from 0 to ${max}. Left empty.`, "warning");
    return null;
  }
  // Stored with `scaleDigits` decimals: round half up on the text, not through floating point.
  const frac = (m[2] ?? "").padEnd(scaleDigits + 1, "0");
  let units = BigInt(m[1]! + frac.slice(0, scaleDigits));
  if (Number(frac[scaleDigits]) >= 5) units += 1n;
  const s = units.toString().padStart(scaleDigits + 1, "0");
  return `${s.slice(0, -scaleDigits)}.${s.slice(-scaleDigits)}`;
}
