// A worker thread of the import's parse pool (lib/import/parse-pool.ts): unpacks, decodes and
// parses uploaded files off the event loop that serves every creator's requests, with the same
// code and limits as anywhere else (lib/import/parse.ts, limits.ts).
//
// Plain ESM on purpose: the app's bundler (Turbopack) never sees this file, so it is the same
// file in `next dev`, the production server and the tests. It loads the TypeScript parser
// through tsx (a runtime dependency), which compiles it once and caches the result on disk.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { parseImportFiles } = await tsImport("../parse.ts", import.meta.url);

parentPort.on("message", async ({ sources, context }) => {
  try {
    const parsed = await parseImportFiles(sources, context);
    parentPort.postMessage({ ok: true, parsed });
  } catch (e) {
    // parseImportFiles reports what a file contains as rejected files; this is a bug.
    parentPort.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
parentPort.postMessage({ ready: true });
