// The import's front door: uploaded files (CSV, XLSX, or ZIPs of them) → rows for the database,
// each file with its kind (recognised from its headers), problems and notes. Never throws on
// what a file contains: every file ends as "ok", "rejected" (with the reason) or "skipped".
import { isValidTimeZone } from "@/lib/domain/time";
import { BINARY_MESSAGE, decodeText, sniffSignature, SIGNATURE_MESSAGES } from "./decode";
import { detectKind, mapColumns, type ColumnMap } from "./headers";
import {
  LIMIT_MESSAGES,
  MAX_FILE_BYTES,
  MAX_ROWS_PER_FILE,
  MAX_ROWS_PER_IMPORT,
  MAX_XLSX_UNPACKED_BYTES,
} from "./limits";
import { landingAfterImport } from "./landing";
import { PARSERS, ProblemLog } from "./rows";
import { readCsvTable, yieldToEventLoop, type Cell, type Table, type TableRow } from "./table";
import { KIND_LABELS, type ImportKind, type ImportSource, type ParseContext, type ParsedFile, type ParsedImport } from "./types";
import { declaredUnzippedSize, isXlsxArchive, readZip } from "./zip";

/** Rows looked at for the header: a title line or two above it is tolerated. */
const HEADER_SEARCH_ROWS = 10;

const WHAT_WE_READ =
  "Tierline reads TikTok Studio's Content, Overview and FollowerHistory files (CSV or XLSX, or the ZIP they come in) and Tierline's own Videos and Readings exports.";

function blankFile(name: string): ParsedFile {
  return {
    name,
    status: "ok",
    kind: null,
    reason: null,
    rowCount: 0,
    videos: [],
    readings: [],
    days: [],
    followers: [],
    problems: [],
    problemCount: 0,
    skippedRows: 0,
    notes: [],
    coversUntil: null,
    partialLastDay: null,
    span: null,
    sample: null,
  };
}

function rejected(name: string, reason: string, kind: ImportKind | null = null): ParsedFile {
  return { ...blankFile(name), status: "rejected", reason, kind };
}

function skipped(name: string, reason: string): ParsedFile {
  return { ...blankFile(name), status: "skipped", reason };
}

function headerText(cells: Cell[]): string[] {
  return cells.map((c) => (c === null || c === undefined ? "" : c instanceof Date ? c.toISOString() : String(c)));
}

/** The header row: the first of the top rows whose headers name a kind Tierline reads. */
function findHeader(rows: TableRow[]): { index: number; header: string[]; map: ColumnMap; kind: ImportKind } | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const header = headerText(rows[i]!.cells);
    const map = mapColumns(header);
    const kind = detectKind(map);
    if (kind) return { index: i, header, map, kind };
  }
  return null;
}

function describeHeaders(rows: TableRow[]): string {
  const first = rows.find((r) => r.cells.some((c) => c !== null && String(c).trim() !== ""));
  if (!first) return "";
  const names = headerText(first.cells)
    .map((h) => h.trim())
    .filter(Boolean)
    .slice(0, 8)
    .map((h) => `“${h.length > 30 ? `${h.slice(0, 30)}…` : h}”`);
  return names.length ? ` Its first row reads ${names.join(", ")}.` : "";
}

type Budget = { rowsLeft: number };

/** A table (from a CSV or a sheet) → a parsed file. */
async function parseTable(
  name: string,
  table: Table,
  ctx: ParseContext,
  budget: Budget,
  opts: { inZip: boolean; notes: string[] },
): Promise<ParsedFile> {
  const found = findHeader(table.rows);
  if (!found) {
    if (table.rows.length === 0) return rejected(name, LIMIT_MESSAGES.empty);
    const why = `Tierline couldn't tell what this file is from its headers.${describeHeaders(table.rows)} ${WHAT_WE_READ}`;
    return opts.inZip ? skipped(name, "Not a file Tierline imports.") : rejected(name, why);
  }
  const dataRows = table.rows
    .slice(found.index + 1)
    .filter((r) => r.cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  if (table.truncated || dataRows.length > MAX_ROWS_PER_FILE) return rejected(name, LIMIT_MESSAGES.tooManyRows, found.kind);
  if (dataRows.length === 0) return rejected(name, LIMIT_MESSAGES.noRows, found.kind);
  if (dataRows.length > budget.rowsLeft) return rejected(name, LIMIT_MESSAGES.importTooManyRows, found.kind);
  budget.rowsLeft -= dataRows.length;

  const log = new ProblemLog(name);
  for (const s of table.skipped) log.add(s.line || null, null, `${s.message} Row skipped.`);
  const out = await PARSERS[found.kind]({
    file: name,
    header: found.header,
    map: found.map,
    rows: dataRows,
    timeZone: ctx.timeZone,
    now: ctx.now,
    log,
  });
  const notes = [...opts.notes];
  if (found.map.ignored.length > 0) {
    const list = found.map.ignored.slice(0, 12).join(", ");
    notes.push(`Columns not imported: ${list}${found.map.ignored.length > 12 ? ", …" : ""}.`);
  }
  notes.push(...out.notes);
  const usable = out.videos.length + out.readings.length + out.days.length + out.followers.length;
  const file: ParsedFile = {
    ...blankFile(name),
    kind: found.kind,
    rowCount: dataRows.length,
    videos: out.videos,
    readings: out.readings,
    days: out.days,
    followers: out.followers,
    problems: log.list,
    problemCount: log.count,
    skippedRows: log.skippedLines.size,
    notes,
    coversUntil: out.coversUntil,
    partialLastDay: out.partialLastDay,
    span: out.span,
    sample: out.sample,
  };
  if (usable === 0) {
    return { ...file, status: "rejected", reason: `No row of this ${KIND_LABELS[found.kind]} file could be used: see the problems below.` };
  }
  return file;
}

async function parseCsvBytes(name: string, bytes: Uint8Array, ctx: ParseContext, budget: Budget, inZip: boolean): Promise<ParsedFile> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    // Inside a ZIP, binary entries (images, other formats) are simply not ours.
    if (inZip && decoded.error === BINARY_MESSAGE) return skipped(name, "Not a file Tierline imports.");
    return rejected(name, decoded.error);
  }
  const notes: string[] = [];
  if (decoded.encoding !== "UTF-8") {
    notes.push(
      decoded.encoding === "Windows-1252"
        ? "This file isn't UTF-8: it was read as Windows-1252 (as Excel on Windows saves CSV). Check that accented letters look right."
        : `This file is ${decoded.encoding}: read as such.`,
    );
  }
  const utf8 = decoded.encoding === "UTF-8" ? bytes.subarray(decoded.hadBom ? 3 : 0) : undefined;
  const table = await readCsvTable(decoded.text, MAX_ROWS_PER_FILE + HEADER_SEARCH_ROWS + 1, utf8);
  return parseTable(name, table, ctx, budget, { inZip, notes });
}

type XlsxModule = typeof import("read-excel-file/node");

async function parseXlsxBytes(name: string, bytes: Uint8Array, ctx: ParseContext, budget: Budget, inZip: boolean): Promise<ParsedFile[]> {
  const unpacked = declaredUnzippedSize(bytes);
  if (unpacked === null) return [rejected(name, "This XLSX workbook is damaged and could not be opened.")];
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return [rejected(name, LIMIT_MESSAGES.xlsxTooLarge)];
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // read-excel-file parses the sheets' XML in a worker thread: the server stays responsive.
    const { default: readXlsxFile }: XlsxModule = await import("read-excel-file/node");
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as { sheet: string; data: Cell[][] }[];
  } catch (e) {
    console.warn("[import] XLSX could not be read:", e instanceof Error ? e.message : e);
    return [rejected(name, "This XLSX workbook could not be read (it may be damaged or password-protected). Save it again as .xlsx or .csv.")];
  }
  const files: ParsedFile[] = [];
  const unrecognised: string[] = [];
  for (const { sheet, data } of sheets) {
    const rows: TableRow[] = [];
    let truncated = false;
    data.forEach((cells, i) => {
      if (rows.length > MAX_ROWS_PER_FILE + HEADER_SEARCH_ROWS) {
        truncated = true;
        return;
      }
      if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== "")) rows.push({ line: i + 1, cells });
    });
    const sheetName = sheets.length > 1 ? `${name} › ${sheet}` : name;
    const file = await parseTable(sheetName, { rows, truncated, skipped: [], delimiter: "" }, ctx, budget, { inZip: true, notes: [] });
    if (file.status === "skipped") unrecognised.push(sheet);
    else files.push(file);
    await yieldToEventLoop();
  }
  if (files.length > 0) return files;
  if (inZip) return [skipped(name, "Not a file Tierline imports.")];
  const allEmpty = sheets.every((s) => s.data.length === 0);
  return [rejected(name, allEmpty ? LIMIT_MESSAGES.empty : `Tierline couldn't tell what this workbook is from its headers (sheets: ${unrecognised.join(", ")}). ${WHAT_WE_READ}`)];
}

async function parseZipBytes(name: string, bytes: Uint8Array, ctx: ParseContext, budget: Budget): Promise<ParsedFile[]> {
  const zip = await readZip(bytes);
  if (!zip.ok) return [rejected(name, zip.error)];
  const files: ParsedFile[] = [];
  for (const entry of zip.entries) {
    const entryName = `${name} › ${entry.name}`;
    if ("tooLarge" in entry) {
      files.push(rejected(entryName, LIMIT_MESSAGES.fileTooLarge(entry.size)));
      continue;
    }
    const signature = sniffSignature(entry.bytes);
    if (signature === "zip") {
      if (isXlsxArchive(entry.bytes)) files.push(...(await parseXlsxBytes(entryName, entry.bytes, ctx, budget, true)));
      else files.push(skipped(entryName, "A ZIP inside the ZIP: unpack it and import it on its own."));
    } else if (signature) {
      files.push(skipped(entryName, "Not a file Tierline imports."));
    } else {
      files.push(await parseCsvBytes(entryName, entry.bytes, ctx, budget, true));
    }
    await yieldToEventLoop();
  }
  for (const s of zip.skippedEntries) files.push(skipped(`${name} › ${s}`, "Not a file Tierline imports."));
  if (!files.some((f) => f.status === "ok" || f.status === "rejected")) {
    const inside = files.map((f) => f.name.slice(name.length + 3)).slice(0, 10);
    const listed = inside.length ? ` It contains: ${inside.join(", ")}${files.length > 10 ? ", …" : ""}.` : " It is empty.";
    return [rejected(name, `This ZIP has no file Tierline can import.${listed} ${WHAT_WE_READ}`)];
  }
  return files;
}

async function parseSource(source: ImportSource, ctx: ParseContext, budget: Budget): Promise<ParsedFile[]> {
  if ("tooLarge" in source) return [rejected(source.name, LIMIT_MESSAGES.fileTooLarge(source.size))];
  const { name, bytes } = source;
  if (bytes.length > MAX_FILE_BYTES) return [rejected(name, LIMIT_MESSAGES.fileTooLarge(bytes.length))];
  if (bytes.length === 0) return [rejected(name, LIMIT_MESSAGES.empty)];
  const signature = sniffSignature(bytes);
  if (signature === "zip") {
    return isXlsxArchive(bytes) ? parseXlsxBytes(name, bytes, ctx, budget, false) : parseZipBytes(name, bytes, ctx, budget);
  }
  if (signature) return [rejected(name, SIGNATURE_MESSAGES[signature])];
  return [await parseCsvBytes(name, bytes, ctx, budget, false)];
}

/**
 * Parses every uploaded file. Problems are reported, never thrown: a damaged or foreign file is
 * "rejected" with a message, and nothing from it is stored.
 */
export async function parseImportFiles(sources: ImportSource[], context: ParseContext): Promise<ParsedImport> {
  const ctx: ParseContext = { ...context, timeZone: isValidTimeZone(context.timeZone) ? context.timeZone : "UTC" };
  const budget: Budget = { rowsLeft: MAX_ROWS_PER_IMPORT };
  const files: ParsedFile[] = [];
  for (const source of sources) {
    try {
      files.push(...(await parseSource(source, ctx, budget)));
    } catch (e) {
      // A bug, not the file's fault: say so plainly, keep the detail in the log.
      console.error(`[import] parsing ${source.name} failed`, e);
      files.push(rejected(source.name, "Tierline couldn't read this file because of an error on our side. Try again, or import the files inside it one by one."));
    }
    await yieldToEventLoop();
  }
  return { files, landing: landingAfterImport(files, ctx.now, ctx.timeZone) };
}

