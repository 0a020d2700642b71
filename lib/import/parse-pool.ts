// Uploaded files are unpacked, decoded and parsed in worker threads (lib/import/worker/
// parse-worker.mjs), never on the event loop that answers every other creator's requests: a
// hostile ZIP (a bomb, tens of thousands of entries) used to hold a server process for seconds.
// The workers enforce the same limits (lib/import/limits.ts); this module only queues.
//
// Hand-rolled rather than piscina: a pool library resolves its own worker entry next to its
// files, which the app's bundler (Turbopack) moves, and it would be one more dependency for
// what is ~100 lines here. A small pool (≤ cores) with a bounded queue: beyond it an upload is
// refused with a clear message instead of waiting without end.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { ImportBusyError, ImportReadError } from "@/lib/errors";
import { LIMIT_MESSAGES } from "./limits";
import type { ImportSource, ParseContext, ParsedImport } from "./types";

/** Parsers per server process. Production runs one process per core, each with its pool. */
const POOL_SIZE = env().TIERLINE_IMPORT_PARSERS;
/** Uploads waiting for a parser before new ones are refused. */
const MAX_QUEUED = 8;
/** A parse that runs longer than this is stopped (the limits end any real file far sooner). */
const PARSE_TIMEOUT_MS = 120_000;
/**
 * A parser not ready after this long is stopped and the uploads waiting for it are refused with
 * a message: without it a parser stuck while loading would leave them "Reading…" without end.
 * Loading takes ~1–2.5 s of CPU (tsx compiles lib/import once); on a badly overloaded machine
 * tens of seconds, hence the wide bound.
 */
const START_TIMEOUT_MS = 90_000;

/** The worker script, found from the project's root: the same path in dev, production and tests. */
// turbopackIgnore: a path read at run time, not a file for the build to trace (it would trace the whole project).
export const PARSE_WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "import", "worker", "parse-worker.mjs");

type Task = {
  sources: ImportSource[];
  context: ParseContext;
  resolve: (parsed: ParsedImport) => void;
  reject: (e: Error) => void;
};

/** Which script the parsers run and how long one may take to load (tests swap both). */
type ParserOptions = { workerFile: string; startTimeoutMs: number };

type WorkerReply = { ready: true } | { ok: true; parsed: ParsedImport } | { ok: false; error: string };

class Parser {
  private readonly worker: Worker;
  private task: Task | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly startTimer: NodeJS.Timeout;
  ready = false;
  dead = false;

  constructor(
    private readonly onFree: (p: Parser) => void,
    { workerFile, startTimeoutMs }: ParserOptions,
  ) {
    // Reflect.construct, not `new Worker(…)`: Turbopack treats the latter as a worker entry to
    // bundle (tsx and esbuild's binary with it) and fails the build; the script must stay a plain
    // file read at run time.
    this.worker = Reflect.construct(Worker, [workerFile, { name: "tierline-import-parser" }]) as Worker;
    // A parser never keeps a script or test process alive on its own.
    this.worker.unref();
    this.worker.on("message", (m: WorkerReply) => this.onMessage(m));
    this.worker.on("error", (e) => this.fail(e));
    this.worker.on("exit", (code) => this.fail(new Error(`import parser exited with code ${code}`)));
    this.startTimer = setTimeout(() => {
      console.error(`[import] a parser was not ready after ${startTimeoutMs} ms; stopping it`);
      void this.worker.terminate();
      this.fail(new Error("import parser did not start"));
    }, startTimeoutMs);
    this.startTimer.unref();
  }

  stop(): Promise<number> {
    clearTimeout(this.startTimer);
    this.dead = true;
    const stopped = this.worker.terminate();
    this.finish(new ImportReadError(LIMIT_MESSAGES.readFailed));
    return stopped;
  }

  get busy(): boolean {
    return this.task !== null || !this.ready;
  }

  start(task: Task) {
    this.task = task;
    this.timer = setTimeout(() => {
      // Dead first, so the pool drops it rather than handing it the next upload.
      this.dead = true;
      void this.worker.terminate();
      this.finish(new ImportReadError(LIMIT_MESSAGES.readTimeout));
    }, PARSE_TIMEOUT_MS);
    this.timer.unref();
    // The upload's own buffers move to the worker instead of being copied (the route is done with them).
    const transfer = task.sources.flatMap((s) =>
      "bytes" in s && s.bytes.byteOffset === 0 && s.bytes.byteLength === s.bytes.buffer.byteLength && s.bytes.buffer instanceof ArrayBuffer
        ? [s.bytes.buffer]
        : [],
    );
    this.worker.postMessage({ sources: task.sources, context: task.context }, [...new Set(transfer)]);
  }

  private onMessage(m: WorkerReply) {
    if ("ready" in m) {
      clearTimeout(this.startTimer);
      this.ready = true;
      this.onFree(this);
      return;
    }
    if (m.ok) this.finish(null, m.parsed);
    else {
      console.error("[import] the parser failed:", m.error);
      this.finish(new ImportReadError(LIMIT_MESSAGES.readFailed));
    }
  }

  private fail(e: Error) {
    clearTimeout(this.startTimer);
    if (this.dead) return;
    this.dead = true;
    if (this.task) console.error("[import] a parser stopped while reading an upload:", e.message);
    this.finish(new ImportReadError(LIMIT_MESSAGES.readFailed));
  }

  private finish(error: Error | null, parsed?: ParsedImport) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const task = this.task;
    this.task = null;
    if (task) {
      if (error) task.reject(error);
      else task.resolve(parsed!);
    }
    this.onFree(this);
  }
}

export class ParsePool {
  constructor(private readonly options: ParserOptions = { workerFile: PARSE_WORKER_FILE, startTimeoutMs: START_TIMEOUT_MS }) {}

  private readonly parsers: Parser[] = [];
  private readonly queue: Task[] = [];

  run(sources: ImportSource[], context: ParseContext): Promise<ParsedImport> {
    if (this.queue.length >= MAX_QUEUED) return Promise.reject(new ImportBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ sources, context, resolve, reject });
      this.dispatch();
    });
  }

  private readonly onFree = (parser: Parser) => {
    if (parser.dead) {
      const i = this.parsers.indexOf(parser);
      if (i >= 0) this.parsers.splice(i, 1);
      // One that could not even start (its script missing or broken) would fail again: say so
      // to everyone waiting instead of starting parsers in a loop.
      if (!parser.ready) for (const task of this.queue.splice(0)) task.reject(new ImportReadError(LIMIT_MESSAGES.readFailed));
    }
    this.dispatch();
  };

  /** Stops every parser; uploads still waiting are refused. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new ImportReadError(LIMIT_MESSAGES.readFailed));
    await Promise.all(this.parsers.splice(0).map((p) => p.stop()));
  }

  /** Starts the parsers before the first upload needs them (each takes a second or more to load). */
  warm() {
    while (this.parsers.length < POOL_SIZE) this.parsers.push(new Parser(this.onFree, this.options));
  }

  private dispatch() {
    for (const parser of this.parsers) {
      if (this.queue.length === 0) return;
      if (!parser.dead && !parser.busy) parser.start(this.queue.shift()!);
    }
    // Parsers start on demand, one per waiting upload up to the pool's size; each loads the
    // parser once (a second or so) and then stays.
    let starting = this.parsers.filter((p) => !p.ready && !p.dead).length;
    while (this.queue.length > starting && this.parsers.length < POOL_SIZE) {
      this.parsers.push(new Parser(this.onFree, this.options));
      starting++;
    }
  }
}

const globalForPool = globalThis as unknown as { tierlineParsePool?: ParsePool };

/**
 * parseImportFiles (lib/import/parse.ts) in a worker thread: the same result, the event loop
 * free meanwhile. Rejects with ImportBusyError when too many uploads wait, ImportReadError when
 * the parser fails or runs out of time. The sources' buffers are handed over to the worker.
 */
export function parseImportFilesOffThread(sources: ImportSource[], context: ParseContext): Promise<ParsedImport> {
  globalForPool.tierlineParsePool ??= new ParsePool();
  return globalForPool.tierlineParsePool.run(sources, context);
}

/** Starts this process's parsers ahead of the first upload (the import page calls it). */
export function warmParsePool(): void {
  globalForPool.tierlineParsePool ??= new ParsePool();
  globalForPool.tierlineParsePool.warm();
}

/** Stops the parsers (tests and scripts; the app keeps them for its lifetime). */
export async function closeParsePool(): Promise<void> {
  const pool = globalForPool.tierlineParsePool;
  globalForPool.tierlineParsePool = undefined;
  await pool?.close();
}
