// A file's rows before anyone knows what they mean: cells from a CSV (text) or a sheet (text,
// numbers, Excel dates), each row with the line it starts on for problem reports.
import { Parser, type CsvError } from "csv-parse";

export type Cell = string | number | boolean | Date | null;
export type TableRow = { line: number; cells: Cell[] };
export type Table = {
  rows: TableRow[];
  /** More records than maxRows: reading stopped there. */
  truncated: boolean;
  /** Records csv-parse could not read (a quote never closed…): skipped, reported. */
  skipped: { line: number; message: string }[];
  delimiter: string;
};

/** Lets other requests run between slices of a long parse. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Comma, semicolon (Excel in much of Europe) or tab: whichever splits the first line most. */
export function detectDelimiter(text: string): string {
  let firstLine = "";
  let inQuotes = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    if (!inQuotes && (c === "\n" || c === "\r")) {
      if (firstLine.trim() !== "") break;
      firstLine = "";
      continue;
    }
    firstLine += c;
  }
  const count = (d: string) => {
    let n = 0;
    let q = false;
    for (const c of firstLine) {
      if (c === '"') q = !q;
      else if (!q && c === d) n++;
    }
    return n;
  };
  const candidates = [",", ";", "\t"].map((d) => [d, count(d)] as const);
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

const CHUNK_BYTES = 256 * 1024;

function friendlyCsvError(e: CsvError | Error | undefined): string {
  const code = (e as CsvError | undefined)?.code;
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "A quoted field is never closed (a \" is missing).";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "A quote inside a field is not doubled (write \"\" for a \" inside quotes).";
    case "CSV_MAX_RECORD_SIZE":
      return "This row is too long to be a row of data.";
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "Text follows a closing quote.";
    default:
      return "This row could not be read as CSV.";
  }
}

/**
 * Line breaks inside a record's cells: how many real ones, and how many CRLFs (csv-parse counts
 * a CRLF inside quotes as two lines, so its line counter runs one ahead after each).
 */
function breaksIn(cells: string[]): { breaks: number; crlf: number } {
  let breaks = 0;
  let crlf = 0;
  for (const c of cells) {
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10) breaks++;
      else if (ch === 13) {
        breaks++;
        if (c.charCodeAt(i + 1) === 10) {
          crlf++;
          i++;
        }
      }
    }
  }
  return { breaks, crlf };
}

/** csv-parse's parser core, as its own sync API drives it (`parser.api`, not in its typings). */
type CsvParseCore = {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number };
};

/**
 * Reads CSV text with csv-parse, a slice at a time, yielding to the event loop between slices
 * so a big file never holds up other creators' requests. Malformed records are skipped and
 * reported with their line; reading stops after `maxRecords`. `utf8`, when given, must be the
 * UTF-8 encoding of `text` (without a byte-order mark).
 *
 * The parser core is driven directly (as csv-parse's own sync API does) rather than through its
 * stream: records arrive synchronously, so the line each one ends on is read off the parser as
 * it is pushed, without the per-record info objects the `info` option costs.
 */
export async function readCsvTable(text: string, maxRecords: number, utf8?: Uint8Array): Promise<Table> {
  const delimiter = detectDelimiter(text);
  const skipped: { line: number; message: string }[] = [];
  const rows: TableRow[] = [];
  let truncated = false;
  const parser = new Parser({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 1_000_000,
    on_skip: (err) => {
      const line = Number((err as CsvError | undefined)?.lines);
      skipped.push({ line: Number.isFinite(line) ? line : 0, message: friendlyCsvError(err) });
      return undefined;
    },
  });
  const core = (parser as unknown as { api: CsvParseCore }).api;
  let drift = 0;
  const push = (cells: string[]) => {
    if (rows.length >= maxRecords) {
      truncated = true;
      return;
    }
    const { breaks, crlf } = breaksIn(cells);
    drift += crlf;
    rows.push({ line: Math.max(1, core.info.lines - drift - breaks), cells });
  };
  const close = () => undefined;

  // The file's own bytes when they are the text's UTF-8 (no need to encode it again).
  const bytes = utf8 ? Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength) : Buffer.from(text, "utf8");
  const fail = (e: Error) =>
    skipped.push({ line: core.info.lines, message: `${friendlyCsvError(e)} The rest of the file was not read.` });
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const err = core.parse(bytes.subarray(i, Math.min(i + CHUNK_BYTES, bytes.length)), false, push, close);
    if (err) {
      fail(err);
      return { rows, truncated, skipped, delimiter };
    }
    if (truncated) return { rows, truncated, skipped, delimiter };
    await yieldToEventLoop();
  }
  const err = core.parse(undefined, true, push, close);
  if (err) fail(err);
  return { rows, truncated, skipped, delimiter };
}
