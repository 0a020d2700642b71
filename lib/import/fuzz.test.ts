// Randomised: arbitrary bytes, mangled exports, broken ZIPs and workbooks never crash the parser.
// Every file ends "ok" with sane rows, or "rejected"/"skipped" with a reason; the catch-all "error
// on our side" path (a bug) is never taken. Seeded, so a failure reproduces: the seed is in its name.
import { afterEach, describe, expect, test, vi } from "vitest";
import { INT8_MAX } from "./numbers";
import { parseImportFiles } from "./parse";
import * as F from "./testing/fixtures";
import type { ImportSource, ParsedFile } from "./types";

const NOW = new Date("2026-09-01T10:00:00Z");

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

function randomBytes(r: Rng, max: number): Uint8Array {
  return new Uint8Array(r.int(max)).map(() => r.int(256));
}

/** Flips, inserts, deletes and truncates bytes of a valid file. */
function mangle(r: Rng, bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + r.int(12);
  for (let i = 0; i < edits && out.length > 0; i++) {
    const at = r.int(out.length);
    switch (r.int(4)) {
      case 0:
        out[at] = r.int(256);
        break;
      case 1:
        out.splice(at, 0, r.pick([0x22, 0x2c, 0x0a, 0x0d, 0x00, 0x3b, 0xff, 0xc3, r.int(256)]));
        break;
      case 2:
        out.splice(at, 1 + r.int(20));
        break;
      default:
        out.length = Math.max(0, at);
    }
  }
  return new Uint8Array(out);
}

const TOKENS = ['"', ",", ";", "\n", "\r\n", "undefined", "August 31", "31 de agosto", "31. März", "2026-02-30", "99999999999999999999", "-5", "1,234", "Date", "Video Views", "Followers", "Total views", "Video link", "Post time", "https://www.tiktok.com/@x/video/123456789", "\u0000", "🎵", "\t", " "];

function tokenSoup(r: Rng): Uint8Array {
  const header = r.pick([F.HEADERS.en.overview, F.HEADERS.de.followers, F.HEADERS.es.content, ["a", "b"]]).join(",");
  let s = `${header}\n`;
  const n = r.int(200);
  for (let i = 0; i < n; i++) s += r.pick(TOKENS);
  return F.encode(s, r.pick(["utf8", "utf8-bom", "win1252"] as const));
}

function validExport(r: Rng): Uint8Array {
  const lang = r.pick(F.LANGS);
  switch (r.int(3)) {
    case 0:
      return F.encode(F.toCsv(F.contentRows(lang, F.yearlessDate("2026-08-31", lang), [
        { id: "7234567890123456789", title: "a, \"quoted\"\ntitle", postTime: "2026-08-30 14:05", likes: 5, comments: 1, shares: 1, views: 50 },
      ])));
    case 1:
      return F.encode(F.toCsv(F.overviewRows(lang, F.overviewDays("2026-09-01", 1 + r.int(20)), { business: r.next() < 0.5 })), r.pick(["utf8-bom", "win1252"] as const));
    default:
      return F.encode(F.toCsv(F.followerRows(lang, F.followerDays("2026-08-31", 1 + r.int(20)))));
  }
}

function checkFile(f: ParsedFile): void {
  expect(["ok", "rejected", "skipped"]).toContain(f.status);
  if (f.status !== "ok") {
    expect(typeof f.reason).toBe("string");
    expect(f.reason!.length).toBeGreaterThan(10);
    return;
  }
  const today = "2026-09-01";
  for (const v of f.videos) {
    expect([...v.title].length).toBeLessThanOrEqual(200);
    expect(v.postedAt.getTime()).toBeLessThanOrEqual(NOW.getTime() + 60_000);
  }
  for (const x of f.readings) {
    expect(x.capturedAt.getTime()).toBeLessThanOrEqual(NOW.getTime() + 60_000);
    for (const n of [x.views, x.likes, x.comments, x.shares]) expect(n >= 0n && n <= INT8_MAX).toBe(true);
  }
  for (const d of f.days) expect(d.date <= today).toBe(true);
  for (const d of f.followers) expect(d.date <= today && d.followers >= 0n).toBe(true);
  for (const p of f.problems) {
    expect(p.file).toBe(f.name);
    expect(p.message.length).toBeGreaterThan(5);
  }
}

async function run(sources: ImportSource[]): Promise<void> {
  const result = await parseImportFiles(sources, { timeZone: "America/Los_Angeles", now: NOW });
  expect(result.files.length).toBeGreaterThan(0);
  result.files.forEach(checkFile);
}

describe("fuzz: the parser ends in a result or a clear error, never a crash", () => {
  const errors = vi.spyOn(console, "error");
  afterEach(() => {
    // console.error is only called on the catch-all path: a parser bug.
    expect(errors).not.toHaveBeenCalled();
    errors.mockClear();
  });

  test.each(Array.from({ length: 8 }, (_, i) => 1000 + i))("random bytes, seed %i", async (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 40; i++) await run([{ name: `random-${i}.csv`, bytes: randomBytes(r, 4096) }]);
  });

  test.each(Array.from({ length: 8 }, (_, i) => 2000 + i))("mangled TikTok exports, seed %i", async (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 40; i++) await run([{ name: "export.csv", bytes: mangle(r, validExport(r)) }]);
  });

  test.each(Array.from({ length: 4 }, (_, i) => 3000 + i))("CSV-shaped token soup, seed %i", async (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 40; i++) await run([{ name: "soup.csv", bytes: tokenSoup(r) }]);
  });

  test.each(Array.from({ length: 4 }, (_, i) => 4000 + i))("broken ZIPs, seed %i", async (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 25; i++) {
      const zip = F.zip({ "Content.csv": validExport(r), "Overview.csv": validExport(r), "x.bin": randomBytes(r, 512) });
      await run([{ name: "export.zip", bytes: r.next() < 0.2 ? zip : mangle(r, zip) }]);
    }
  });

  test("broken XLSX workbooks", { timeout: 60_000 }, async () => {
    const r = rng(5000);
    const book = await F.xlsx([{ name: "Overview", rows: F.overviewRows("en", F.overviewDays("2026-08-31", 5)) }]);
    for (let i = 0; i < 15; i++) await run([{ name: "Overview.xlsx", bytes: mangle(r, book) }]);
  });
});
