import "server-only";
import pg from "pg";
import type { Readable } from "node:stream";
import { db, endPool, getPool } from "@/lib/db";
import { env } from "@/lib/env";
import { CopyCsvStream } from "./copy-out";

// Exports run on connections of their own (lib/db.ts's "export" pool), for two reasons:
// `COPY … TO STDOUT` is read straight off a raw pg client's socket (./copy-out.ts); and a
// download that the creator abandons must stop its query, which is done by ending that
// backend (pg_terminate_backend from Prisma's pool) and discarding the connection. A cancel
// (pg_cancel_backend) is not enough: a backend blocked writing to a client that stopped
// reading only acts on a terminate.

/** Whole-statement limit for one COPY: it includes the time a slow client takes to download. */
export const EXPORT_STATEMENT_TIMEOUT_MS = env().TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS;

export type ExportQueryValue = string | number | boolean | Date | null | readonly string[];

/**
 * One export's connection and read-only transaction. `close()` commits and returns the
 * connection; `abort()` ends the backend wherever it is and throws the connection away. Both
 * are idempotent, and after either the session does nothing more.
 */
export class ExportSession {
  private done = false;
  private aborting: Promise<void> | null = null;
  private readonly streams = new Set<Readable>();

  private constructor(
    private readonly client: pg.PoolClient,
    /** The backend's process id, to end it from another connection. */
    readonly pid: number,
  ) {}

  /**
   * Checks out a connection and opens a REPEATABLE READ, READ ONLY transaction (one snapshot
   * for the whole file) with the creator's zone as TimeZone, so the reports' timestamps come
   * out in their local time with its offset. A zone PostgreSQL does not know falls back to UTC.
   */
  static async open(timeZone: string): Promise<ExportSession> {
    const client = await getPool("export").connect();
    // A checked-out client that errors (its backend ended) must not crash the process: the
    // error reaches the running query, which is what reports it.
    const onError = (e: Error) => console.warn("[reports] export connection ended:", e.message);
    client.on("error", onError);
    let session: ExportSession | null = null;
    try {
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      session = new ExportSession(client, rows[0]?.pid ?? 0);
      session.detachErrorHandler = () => client.removeListener("error", onError);
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      await client.query("SAVEPOINT zone");
      try {
        await client.query("SELECT set_config('TimeZone', $1, true)", [timeZone]);
      } catch (e) {
        console.warn(`[reports] PostgreSQL does not know the zone ${JSON.stringify(timeZone)}; using UTC:`, (e as Error).message);
        await client.query("ROLLBACK TO SAVEPOINT zone");
        await client.query("SELECT set_config('TimeZone', 'UTC', true)");
      }
      return session;
    } catch (e) {
      if (session) await session.abort();
      else {
        client.removeListener("error", onError);
        client.release(e as Error);
      }
      throw e;
    }
  }

  private detachErrorHandler: () => void = () => {};

  get closed(): boolean {
    return this.done;
  }

  /** Quotes a value as an SQL literal, for COPY, which takes no bind parameters. */
  literal(value: string): string {
    return this.client.escapeLiteral(value);
  }

  async query<Row extends pg.QueryResultRow>(text: string, values: readonly ExportQueryValue[] = []): Promise<Row[]> {
    if (this.done) throw new Error("The export was stopped.");
    const result = await this.client.query<Row>(text, values as unknown[]);
    return result.rows;
  }

  /**
   * `COPY (select) TO STDOUT WITH (FORMAT csv)` as a byte stream of CSV rows ending in CRLF,
   * with backpressure: when the consumer stops reading, the socket is paused and PostgreSQL
   * waits. The statement runs under EXPORT_STATEMENT_TIMEOUT_MS.
   */
  async copyCsv(select: string): Promise<Readable> {
    await this.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(EXPORT_STATEMENT_TIMEOUT_MS))}`);
    if (this.done) throw new Error("The export was stopped.");
    const stream = this.client.query(new CopyCsvStream(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`));
    // An error after an abort (the backend was ended on purpose) has no one left to tell.
    stream.on("error", (e) => {
      if (!this.aborting) console.error("[reports] COPY failed:", e.message);
    });
    this.streams.add(stream);
    stream.once("close", () => this.streams.delete(stream));
    return stream;
  }

  /** Commits (a read-only transaction: nothing to keep, but it ends cleanly) and returns the connection. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.client.query("COMMIT");
      this.detachErrorHandler();
      this.client.release();
    } catch (e) {
      this.detachErrorHandler();
      this.client.release(e as Error);
    }
  }

  /**
   * Stops the export now: the backend is ended from another connection (so its query stops
   * even when it is blocked writing to us), the streams are destroyed and the connection is
   * discarded rather than returned to the pool.
   */
  abort(): Promise<void> {
    if (this.aborting) return this.aborting;
    const wasDone = this.done;
    this.done = true;
    this.aborting = (async () => {
      if (wasDone) return;
      try {
        await db.$queryRaw`SELECT pg_terminate_backend(${this.pid}::int)`;
      } catch (e) {
        console.error("[reports] could not end the export's backend:", (e as Error).message);
      }
      for (const s of this.streams) s.destroy();
      this.detachErrorHandler();
      this.client.on("error", () => {});
      this.client.release(new Error("export aborted"));
    })();
    return this.aborting;
  }
}

/** Ends the export pool (tests and scripts; the app keeps it for its lifetime). */
export function endExportPool(): Promise<void> {
  return endPool("export");
}
