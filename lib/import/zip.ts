// ZIP archives with fflate's streaming unzip: the archive is fed a slice at a time with a yield
// between slices, and every entry's unpacked size is counted as it inflates, so neither a big
// archive nor a ZIP bomb holds the server up.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from "fflate";
import { LIMIT_MESSAGES, MAX_FILE_BYTES, MAX_RATIO_FREE_BYTES, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO } from "./limits";
import { yieldToEventLoop } from "./table";

export type ZipEntry = { name: string; bytes: Uint8Array } | { name: string; tooLarge: true; size: number };

export type ZipResult =
  | { ok: true; entries: ZipEntry[]; skippedEntries: string[] }
  | { ok: false; error: string };

const SLICE = 256 * 1024;

/** Folders, macOS resource forks and hidden files: never data. */
function isJunk(name: string): boolean {
  const base = name.split("/").pop() ?? "";
  return name.endsWith("/") || name.startsWith("__MACOSX/") || base.startsWith("._") || base.startsWith(".") || base === "";
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/**
 * Entries the archive says it has (its end-of-directory record, ZIP64 included), read in
 * constant time before anything walks the directory; null when there is no such record.
 */
export function declaredEntryCount(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    if (count !== 0xffff) return count;
    const locator = at - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return count;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 40 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return count;
    return Number(view.getBigUint64(record + 32, true));
  }
  return null;
}

/**
 * What the archive's directory declares, checked before a byte is unpacked: too many entries,
 * too much in all, or an entry packed like a ZIP bomb. The unpacking counts real sizes as well:
 * a directory can lie.
 */
function refuseByDirectory(bytes: Uint8Array): string | null {
  const count = declaredEntryCount(bytes);
  if (count !== null && count > MAX_ZIP_ENTRIES) return LIMIT_MESSAGES.zipTooManyEntries;
  let total = 0;
  let bomb = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (isJunk(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_RATIO_FREE_BYTES && f.originalSize > f.size * MAX_ZIP_RATIO) bomb = true;
        return false;
      },
    });
  } catch {
    return null; // The streaming reader below says what is wrong with it.
  }
  if (bomb) return LIMIT_MESSAGES.zipBomb;
  if (total > MAX_UNZIPPED_BYTES) return LIMIT_MESSAGES.unzippedTooLarge;
  return null;
}

/** Names of the entries in the archive's directory, or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    const names: string[] = [];
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

/** Unpacked size the archive declares for all its entries (central directory), or null when unreadable. */
export function declaredUnzippedSize(bytes: Uint8Array): number | null {
  try {
    let total = 0;
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        return false;
      },
    });
    return total;
  } catch {
    return null;
  }
}

/** An XLSX is a ZIP with a workbook inside. */
export function isXlsxArchive(bytes: Uint8Array): boolean {
  // Not a workbook's few dozen parts: read as a ZIP, which refuses it without a directory walk.
  const count = declaredEntryCount(bytes);
  if (count !== null && count > MAX_ZIP_ENTRIES) return false;
  const names = zipEntryNames(bytes);
  return names !== null && names.some((n) => n === "xl/workbook.xml");
}

/**
 * Unpacks the entries of a ZIP that could be data. Entries larger than MAX_FILE_BYTES come back
 * as `tooLarge` (unread); the archive as a whole may unpack to MAX_UNZIPPED_BYTES.
 */
export async function readZip(bytes: Uint8Array): Promise<ZipResult> {
  const refused = refuseByDirectory(bytes);
  if (refused) return { ok: false, error: refused };
  const entries: ZipEntry[] = [];
  const skippedEntries: string[] = [];
  let total = 0;
  let fatal: string | null = null;
  let seen = 0;
  const pending = new Set<string>();

  const unzip = new Unzip((file: UnzipFile) => {
    seen++;
    if (fatal) return;
    if (seen > MAX_ZIP_ENTRIES) {
      fatal = LIMIT_MESSAGES.zipTooManyEntries;
      return;
    }
    if (isJunk(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      skippedEntries.push(`${file.name} (compressed in a way Tierline can't unpack)`);
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > MAX_FILE_BYTES) {
      entries.push({ name: file.name, tooLarge: true, size: file.originalSize });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    pending.add(file.name);
    file.ondata = (err, chunk, final) => {
      if (err) {
        pending.delete(file.name);
        skippedEntries.push(`${file.name} (damaged inside the ZIP)`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > MAX_UNZIPPED_BYTES) {
        fatal = LIMIT_MESSAGES.unzippedTooLarge;
        file.terminate();
        pending.delete(file.name);
        return;
      }
      // Packed like a ZIP bomb, whatever its directory said: refused after a megabyte, not a hundred.
      if (file.size !== undefined && size > MAX_RATIO_FREE_BYTES && size > file.size * MAX_ZIP_RATIO) {
        fatal = LIMIT_MESSAGES.zipBomb;
        file.terminate();
        pending.delete(file.name);
        return;
      }
      if (size > MAX_FILE_BYTES) {
        file.terminate();
        pending.delete(file.name);
        entries.push({ name: file.name, tooLarge: true, size });
        return;
      }
      chunks.push(chunk);
      if (final) {
        pending.delete(file.name);
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        entries.push({ name: file.name, bytes: out });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  try {
    for (let i = 0; i < bytes.length; i += SLICE) {
      unzip.push(bytes.subarray(i, Math.min(i + SLICE, bytes.length)), i + SLICE >= bytes.length);
      if (fatal) return { ok: false, error: fatal };
      await yieldToEventLoop();
    }
  } catch {
    return fallbackUnzip(bytes);
  }
  if (fatal) return { ok: false, error: fatal };
  // Entries the stream could not finish (a stored entry with no sizes up front): read them the
  // other way, from the archive's directory.
  if (pending.size > 0) return fallbackUnzip(bytes);
  return { ok: true, entries, skippedEntries };
}

/** Reads the archive from its central directory (all at once), with the same limits. */
function fallbackUnzip(bytes: Uint8Array): ZipResult {
  const entries: ZipEntry[] = [];
  let total = 0;
  let count = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        count++;
        if (count > MAX_ZIP_ENTRIES || isJunk(f.name)) return false;
        if (f.originalSize > MAX_FILE_BYTES) {
          entries.push({ name: f.name, tooLarge: true, size: f.originalSize });
          return false;
        }
        total += f.originalSize;
        return total <= MAX_UNZIPPED_BYTES && (f.compression === 0 || f.compression === 8);
      },
    });
    if (total > MAX_UNZIPPED_BYTES) {
      return { ok: false, error: LIMIT_MESSAGES.unzippedTooLarge };
    }
    for (const [name, data] of Object.entries(files)) entries.push({ name, bytes: data });
    return { ok: true, entries, skippedEntries: [] };
  } catch {
    return { ok: false, error: "This ZIP archive is damaged and could not be opened. Download it again from TikTok Studio." };
  }
}
