import "server-only";
import { Readable } from "node:stream";
import type { ReportChunks } from "@/lib/reports/context";

/**
 * A Node byte stream that pulls a report's chunks one at a time, only when the consumer has
 * room (so a slow download holds one chunk, not the file). Destroying it calls `onDestroy`
 * first, which aborts the report's database work, then finishes the generator.
 */
export class ReportReadable extends Readable {
  private pulling = false;

  constructor(
    private readonly chunks: ReportChunks,
    private readonly onDestroy: () => void,
  ) {
    super({ highWaterMark: 64 * 1024 });
  }

  override _read(): void {
    if (this.pulling) return;
    this.pulling = true;
    this.chunks.next().then(
      (r) => {
        this.pulling = false;
        if (this.destroyed) return;
        if (r.done) this.push(null);
        else this.push(typeof r.value === "string" ? Buffer.from(r.value, "utf8") : r.value);
      },
      (e: unknown) => {
        this.pulling = false;
        this.destroy(e instanceof Error ? e : new Error(String(e)));
      },
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.onDestroy();
    // The generator's `finally` releases its connection; it runs once a pending step settles,
    // which the abort above makes prompt. Nothing waits on it here.
    this.chunks.return(undefined).catch(() => {});
    callback(error);
  }
}
