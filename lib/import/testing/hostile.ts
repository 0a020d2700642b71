// Hostile ZIPs for the tests and the benchmark: what an attacker uploads to make the server
// unpack for seconds. Built byte by byte (a ZIP's layout is simple) so an archive can lie about
// its sizes, which no ZIP library will write.
import { deflateRawSync } from "node:zlib";

type Entry = { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number };

function zipOf(entries: Entry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.declaredSize, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dirBytes, end]));
}

const MB = 1024 * 1024;

/**
 * `mb` MB of CSV-like text that packs about fifty to one: a run of one letter with a random
 * letter every hundred bytes. Within every ratio a real export can have, so only the total
 * unpacked size stops it.
 */
function packedText(mb: number): Uint8Array {
  const text = Buffer.alloc(mb * MB, 0x41);
  let seed = 7;
  for (let i = 0; i < text.length; i += 100) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    text[i] = 0x61 + (seed % 26);
  }
  return deflateRawSync(text, { level: 6 });
}

/**
 * A ZIP bomb that lies: `entries` CSV files of `mbEach` MB each (120 MB in all, over the 100 MB
 * an archive may unpack to), packed about fifty to one, whose directory says each is a 1 KB
 * file. Only unpacking it (a hundred megabytes of it) shows what it is.
 */
export function lyingZipBomb(entries = 5, mbEach = 24): Uint8Array {
  const packed = packedText(mbEach);
  return zipOf(Array.from({ length: entries }, (_, i) => ({ name: `Content${i}.csv`, data: packed, method: 8 as const, declaredSize: 1024 })));
}

/** A classic ZIP bomb: files of one repeated letter, a thousand to one, true sizes in its directory. */
export function honestZipBomb(entries = 5, mbEach = 24): Uint8Array {
  const packed = deflateRawSync(Buffer.alloc(mbEach * MB, 0x41), { level: 9 });
  return zipOf(Array.from({ length: entries }, (_, i) => ({ name: `Content${i}.csv`, data: packed, method: 8 as const, declaredSize: mbEach * MB })));
}

/** A ZIP of `count` empty files: a directory to walk, nothing to import. */
export function manyEntriesZip(count = 60_000): Uint8Array {
  return zipOf(Array.from({ length: count }, (_, i) => ({ name: `f${i}.csv`, data: new Uint8Array(0), method: 0 as const, declaredSize: 0 })));
}
