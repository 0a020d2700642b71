// Bytes → text. TikTok Studio writes UTF-8 with a byte-order mark; a file saved again by Excel
// on Windows is often Windows-1252, and some tools write UTF-16. Invalid UTF-8 is how we tell:
// a Windows-1252 file with any accented letter is never valid UTF-8.
import iconv from "iconv-lite";

export type FileSignature = "zip" | "xls" | "pdf" | "png" | "jpeg" | "gif" | "gzip" | "rar" | "7z" | "exe" | "sqlite";

const SIGNATURES: { kind: FileSignature; bytes: number[] }[] = [
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] }, // an empty archive
  { kind: "xls", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "rar", bytes: [0x52, 0x61, 0x72, 0x21] },
  { kind: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { kind: "exe", bytes: [0x4d, 0x5a] },
  { kind: "sqlite", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

/** What the first bytes say the file is; null for anything that may be text. */
export function sniffSignature(bytes: Uint8Array): FileSignature | null {
  for (const s of SIGNATURES) {
    if (bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b)) return s.kind;
  }
  return null;
}

export const SIGNATURE_MESSAGES: Record<Exclude<FileSignature, "zip">, string> = {
  xls: "This is an old Excel (.xls) workbook. Open it in Excel or Sheets and save it as .xlsx or .csv, then import that.",
  pdf: "This is a PDF, not a data file. Import the CSV, XLSX or ZIP that TikTok Studio's “Download data” gives.",
  png: "This is an image, not a data file. Import the CSV, XLSX or ZIP that TikTok Studio's “Download data” gives.",
  jpeg: "This is an image, not a data file. Import the CSV, XLSX or ZIP that TikTok Studio's “Download data” gives.",
  gif: "This is an image, not a data file. Import the CSV, XLSX or ZIP that TikTok Studio's “Download data” gives.",
  gzip: "This is a .gz archive. Tierline reads ZIP archives; unpack it and import the files inside.",
  rar: "This is a RAR archive. Tierline reads ZIP archives; unpack it and import the files inside.",
  "7z": "This is a 7-Zip archive. Tierline reads ZIP archives; unpack it and import the files inside.",
  exe: "This is a program, not a data file.",
  sqlite: "This is a database file, not a CSV, XLSX or ZIP.",
};

export const BINARY_MESSAGE =
  "This file contains binary data, not text. Import the CSV, XLSX or ZIP that TikTok Studio's “Download data” gives.";

export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; hadBom: boolean }
  | { ok: false; error: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** UTF-16 without a BOM: text in Latin scripts has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "UTF-16LE";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "UTF-16BE";
  return null;
}

/** Control characters other than tab, line feed, carriage return and form feed: text has none. */
function binaryShare(text: string): number {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

function decodeUtf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE", skip: number): string {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
  return iconv.decode(body, encoding === "UTF-16LE" ? "utf16le" : "utf16be", { stripBOM: false });
}

/** Decodes a text file, or says why it is not one (empty, binary). */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: "This file is empty." };
  let text: string;
  let encoding: TextEncodingName;
  let hadBom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    hadBom = true;
    try {
      text = utf8.decode(bytes.subarray(3));
      encoding = "UTF-8";
    } catch {
      // A BOM followed by invalid UTF-8: a file re-saved by a tool that kept the mark.
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 3, bytes.byteLength - 3), "win1252");
      encoding = "Windows-1252";
    }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    hadBom = true;
    text = decodeUtf16(bytes, "UTF-16LE", 2);
    encoding = "UTF-16LE";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    hadBom = true;
    text = decodeUtf16(bytes, "UTF-16BE", 2);
    encoding = "UTF-16BE";
  } else {
    const utf16 = looksLikeUtf16(bytes);
    if (utf16) {
      text = decodeUtf16(bytes, utf16, 0);
      encoding = utf16;
    } else {
      try {
        text = utf8.decode(bytes);
        encoding = "UTF-8";
      } catch {
        text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252");
        encoding = "Windows-1252";
      }
    }
  }
  if (text.includes("\u0000") || binaryShare(text) > 0.002) return { ok: false, error: BINARY_MESSAGE };
  if (text.trim() === "") return { ok: false, error: "This file is empty." };
  return { ok: true, text, encoding, hadBom };
}
