// Hostile uploads are unpacked and parsed in worker threads: while four ZIP bombs are being
// refused, the server's event loop (the one answering every other creator's requests) stays
// free, and each upload is refused with a message that says why. Before the parse pool the
// lying bomb below held the event loop for the whole time it was unpacked (15–19 s here).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ImportReadError } from "@/lib/errors";
import { LIMIT_MESSAGES } from "@/lib/import/limits";
import { closeParsePool, ParsePool, parseImportFilesOffThread } from "@/lib/import/parse-pool";
import * as H from "@/lib/import/testing/hostile";

afterAll(() => closeParsePool());

const context = () => ({ timeZone: "UTC", now: new Date() });

/** The longest the event loop went without running a timer while `work` ran. */
async function worstStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; ms: number }> {
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    worst = Math.max(worst, performance.now() - last);
    return { result, stallMs: worst, ms: performance.now() - started };
  } finally {
    clearInterval(ticker);
  }
}

describe("import: hostile uploads are read off the event loop", () => {
  test("four ZIP bombs are refused while the event loop keeps answering", { timeout: 240_000 }, async () => {
    // The parsers load once (as after a server's first import); what follows is the attack.
    await parseImportFilesOffThread([{ name: "warm.csv", bytes: new TextEncoder().encode("Date,Followers\n2026-01-01,5\n") }], context());
    const uploads = [H.lyingZipBomb(), H.lyingZipBomb(), H.honestZipBomb(), H.manyEntriesZip()];
    const { result, stallMs, ms } = await worstStall(() =>
      Promise.all(uploads.map((bytes, i) => parseImportFilesOffThread([{ name: `export-${i}.zip`, bytes }], context()))),
    );
    console.log(`[off-thread] 4 hostile uploads refused in ${Math.round(ms)} ms; longest event-loop stall ${Math.round(stallMs)} ms`);
    expect(result.map((r) => r.files.map((f) => [f.name, f.status, f.reason]))).toEqual([
      [["export-0.zip", "rejected", LIMIT_MESSAGES.unzippedTooLarge]],
      [["export-1.zip", "rejected", LIMIT_MESSAGES.unzippedTooLarge]],
      [["export-2.zip", "rejected", LIMIT_MESSAGES.zipBomb]],
      [["export-3.zip", "rejected", LIMIT_MESSAGES.zipTooManyEntries]],
    ]);
    // Generous for a shared machine: the same work on the event loop stalled it for seconds.
    expect(stallMs).toBeLessThan(1_000);
  });

  test("a real export parses in the worker exactly as in the request (dates, counts, shared rows)", { timeout: 120_000 }, async () => {
    const { parseImportFiles } = await import("@/lib/import/parse");
    const { bigContentCsv } = await import("@/lib/import/testing/fixtures");
    const bytes = bigContentCsv(500);
    const here = await parseImportFiles([{ name: "Content.csv", bytes: bytes.slice() }], { timeZone: "Europe/Berlin", now: new Date("2026-09-01T10:00:00Z") });
    const there = await parseImportFilesOffThread([{ name: "Content.csv", bytes }], { timeZone: "Europe/Berlin", now: new Date("2026-09-01T10:00:00Z") });
    expect(there).toEqual(here);
    // A reading and its video share the ref object (the commit looks readings up by it).
    const file = there.files[0]!;
    expect(file.readings[0]!.video).toBe(file.videos[0]!.ref);
  });

  test("a parser that never finishes loading is stopped, and the upload waiting for it is refused with a message", { timeout: 30_000 }, async () => {
    // A parser stuck while loading used to leave its uploads waiting without end ("Reading…").
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierline-parser-"));
    const workerFile = path.join(dir, "stuck-worker.mjs");
    fs.writeFileSync(workerFile, "setInterval(() => {}, 1000);\n");
    const pool = new ParsePool({ workerFile, startTimeoutMs: 1_000 });
    try {
      const started = performance.now();
      const outcome = await pool.run([{ name: "Content.csv", bytes: new TextEncoder().encode("Date,Followers\n") }], context()).catch((e: unknown) => e);
      expect(outcome).toBeInstanceOf(ImportReadError);
      expect((outcome as Error).message).toBe(LIMIT_MESSAGES.readFailed);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
