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

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** A record this long (characters) is left to csv-parse and its size limit. */
const FAST_MAX_RECORD_CHARS = 100_000;

/**
 * The common case read directly: well-formed CSV (fields plain or fully quoted with "" inside,
 * one kind of line ending between records). Returns null as soon as anything else turns up (a
 * stray quote, mixed line endings, an unclosed quote, a huge record, more than maxRecords), and the caller reads the
 * file with csv-parse instead, so the result is always what csv-parse would have given, and
 * allocates only the cells. Yields to the event loop every CHUNK_BYTES characters, as the
 * csv-parse path does.
 *
 * Kept because csv-parse is measurably slower on the same data in the same run
 * (scripts/bench/csv-reader.ts, a 100,000-row Content.csv of 15.2 MB, median of 7): this path
 * 0.91 s, csv-parse as readCsvWithCsvParse drives it 1.67 s (1.8×), csv-parse/sync 1.79 s (2.0×).
 */
export async function readCsvFast(text: string, delimiter: string, maxRecords: number): Promise<Table | null> {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || text.charCodeAt(0) === 0xfeff) return null;
  // The record delimiter: the first line break outside quotes, as csv-parse discovers it.
  let eol = "";
  for (let i = 0, quoted = false; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === CR || c === LF)) {
      eol = c === CR ? (text.charCodeAt(i + 1) === LF ? "\r\n" : "\r") : "\n";
      break;
    }
  }
  const eol0 = eol === "" ? -1 : eol.charCodeAt(0);
  const eolLength = eol.length;
  /** A record delimiter at i: its length; -1 for another line break (not ours to read). */
  const breakAt = (i: number, c: number): number => {
    if (c !== CR && c !== LF) return 0;
    if (c !== eol0) return -1;
    if (eolLength === 2) return text.charCodeAt(i + 1) === LF ? 2 : -1;
    return c === CR && text.charCodeAt(i + 1) === LF ? -1 : 1;
  };

  const rows: TableRow[] = [];
  let line = 1;
  let pos = 0;
  let nextYield = CHUNK_BYTES;
  while (pos < n) {
    if (pos >= nextYield) {
      await yieldToEventLoop();
      nextYield = pos + CHUNK_BYTES;
    }
    const start = pos;
    const b = breakAt(pos, text.charCodeAt(pos));
    if (b < 0) return null;
    if (b > 0) {
      // An empty line: skipped, as csv-parse's skip_empty_lines does.
      pos += b;
      line++;
      continue;
    }
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(pos) === QUOTE) {
        let from = ++pos;
        let parts = "";
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) return null; // never closed: csv-parse reports it
          for (let k = pos; k < q; k++) {
            const c = text.charCodeAt(k);
            if (c === LF) line++;
            else if (c === CR && text.charCodeAt(k + 1) !== LF) line++;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(from, q + 1);
            pos = from = q + 2;
            continue;
          }
          cell = parts + text.slice(from, q);
          pos = q + 1;
          break;
        }
        const c = text.charCodeAt(pos);
        if (pos < n && c !== delim && breakAt(pos, c) <= 0) return null; // text after a closing quote
      } else {
        let k = pos;
        for (; k < n; k++) {
          const c = text.charCodeAt(k);
          if (c === delim || c === CR || c === LF) break;
          if (c === QUOTE) return null; // a quote inside a plain field: csv-parse's relaxed rules
        }
        cell = text.slice(pos, k);
        pos = k;
      }
      cells.push(cell);
      if (pos >= n) break;
      const c = text.charCodeAt(pos);
      if (c === delim) {
        pos++;
        if (pos >= n) {
          cells.push("");
          break;
        }
        continue;
      }
      const br = breakAt(pos, c);
      if (br <= 0) return null;
      pos += br;
      line++;
      break;
    }
    if (pos - start > FAST_MAX_RECORD_CHARS) return null;
    if (rows.length >= maxRecords) return null; // too many rows: rejected anyway, csv-parse says where it stopped
    rows.push({ line: startLine, cells });
  }
  return { rows, truncated: false, skipped: [], delimiter };
}

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
  return (await readCsvFast(text, delimiter, maxRecords)) ?? readCsvWithCsvParse(text, delimiter, maxRecords, utf8);
}

/** How the import reads any CSV with csv-parse (the delimiter aside): leniently, a bad record skipped. */
export const CSV_PARSE_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
  max_record_size: 1_000_000,
} as const;

/** readCsvTable's general path: any CSV, malformed records skipped and reported. */
export async function readCsvWithCsvParse(text: string, delimiter: string, maxRecords: number, utf8?: Uint8Array): Promise<Table> {
  const skipped: { line: number; message: string }[] = [];
  const rows: TableRow[] = [];
  let truncated = false;
  const parser = new Parser({
    ...CSV_PARSE_OPTIONS,
    delimiter,
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
