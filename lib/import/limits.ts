// What one import may contain. Each limit has a message that says what to do about it.

const MB = 1024 * 1024;

/** One uploaded file, or one file inside a ZIP once unpacked. TikTok Studio's files are far smaller. */
export const MAX_FILE_BYTES = 25 * MB;
/** Files chosen in one go (a ZIP counts as one). */
export const MAX_FILES = 10;
/** The whole upload: every file plus multipart overhead. */
export const MAX_REQUEST_BYTES = 100 * MB;
/** Everything unpacked from one ZIP, all entries together (guards against ZIP bombs). */
export const MAX_UNZIPPED_BYTES = 100 * MB;
/** Entries looked at in one ZIP. */
export const MAX_ZIP_ENTRIES = 200;
/**
 * Unpacked size over packed size that one ZIP entry may declare. CSV text packs 5–20 to 1;
 * a ZIP bomb packs a thousand to one. Entries under MAX_RATIO_FREE_BYTES are not checked.
 */
export const MAX_ZIP_RATIO = 200;
export const MAX_RATIO_FREE_BYTES = MB;
/** An XLSX is itself a ZIP of XML: its unpacked size is bounded too. */
export const MAX_XLSX_UNPACKED_BYTES = 200 * MB;
/** Data rows in one file: a year of daily rows is 366, a big account's Content.csv a few thousand. */
export const MAX_ROWS_PER_FILE = 200_000;
/** Data rows in one import, all files together. */
export const MAX_ROWS_PER_IMPORT = 500_000;
/** Problems listed per file; the rest are counted. */
export const MAX_PROBLEMS_LISTED = 100;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export const LIMIT_MESSAGES = {
  fileTooLarge: (size: number) =>
    `This file is ${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)} per file. Download a shorter date range from TikTok Studio, or split the file.`,
  tooManyFiles: `Choose at most ${MAX_FILES} files at a time (a ZIP counts as one).`,
  requestTooLarge: `These files add up to more than ${formatBytes(MAX_REQUEST_BYTES)}. Import them in smaller groups.`,
  tooManyRows: `This file has more than ${MAX_ROWS_PER_FILE.toLocaleString("en-US")} rows, the limit per file. Download a shorter date range, or split the file.`,
  importTooManyRows: `Together these files have more than ${MAX_ROWS_PER_IMPORT.toLocaleString("en-US")} rows. Import them in smaller groups.`,
  unzippedTooLarge: `This ZIP unpacks to more than ${formatBytes(MAX_UNZIPPED_BYTES)}. Unpack it and import the CSV files you need.`,
  xlsxTooLarge: `This workbook unpacks to more than ${formatBytes(MAX_XLSX_UNPACKED_BYTES)}. Save the sheet you need as CSV and import that.`,
  zipTooManyEntries: `This ZIP has more than ${MAX_ZIP_ENTRIES} files. Import the ones you need on their own.`,
  zipBomb: "This ZIP unpacks to far more than it holds, which data exports never do. Unpack it and import the CSV files you need.",
  busy: "Tierline is reading many imports right now. Try again in a minute; nothing was saved.",
  readTimeout: "Reading these files took too long, so Tierline stopped. Import fewer or smaller files; nothing was saved.",
  readFailed: "Tierline couldn't read these files because of an error on our side. Try again in a moment; nothing was saved.",
  empty: "This file is empty.",
  noRows: "This file has headers but no data rows.",
} as const;
