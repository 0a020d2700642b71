import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { getPool } from "@/lib/db";

// One import's transaction on a connection of its own, with temporary staging tables the rows
// are loaded into with COPY (an order of magnitude faster than bind parameters for 100,000
// rows); the set-based statements in ./sql then compare or upsert them.

export type Cell = string | null;

/** COPY's text format: \N is NULL; backslash, tab and line breaks escaped. */
const COPY_SPECIAL = /[\\\t\n\r]/;
function copyField(v: Cell): string {
  if (v === null) return "\\N";
  return COPY_SPECIAL.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : v;
}

const STAGING = {
  videos: ["kind", "value", "ref_posted_at", "pid", "link", "title", "posted_at", "date_only", "duration", "hashtags", "sound", "notes"],
  readings: ["kind", "value", "ref_posted_at", "captured_at", "views", "likes", "comments", "shares", "saves", "watch", "completion", "in_import", "vord"],
  days: ["date", "video_views", "profile_views", "likes", "comments", "shares"],
  followers: ["date", "followers"],
} as const;
export type StagingTable = keyof typeof STAGING;
const STAGING_FILTERED: Record<StagingTable, string[]> = {
  videos: ["ord", "kind"],
  readings: ["ord", "kind", "vord"],
  days: ["ord"],
  followers: ["ord"],
};

/** One transaction on a connection of its own, with staging tables that vanish at its end. */
export class ImportSession {
  private ended = false;

  private constructor(private readonly client: pg.PoolClient) {}

  static async open(): Promise<ImportSession> {
    const client = await getPool("import").connect();
    const session = new ImportSession(client);
    client.on("error", session.onError);
    try {
      await client.query("BEGIN");
      // Sorts and hashes of a 25,000-row slice stay in memory.
      await client.query("SET LOCAL work_mem = '64MB'");
      await client.query("SET LOCAL jit = off");
      for (const [table, columns] of Object.entries(STAGING)) {
        await client.query(
          `CREATE TEMP TABLE import_${table} (ord int NOT NULL, ${columns.map((c) => `${c} ${c === "vord" ? "int" : "text"}`).join(", ")}) ON COMMIT DROP`,
        );
      }
      // The video each staged video row became (found, or created with its readings), for the readings.
      await client.query("CREATE TEMP TABLE import_video_ids (ord int PRIMARY KEY, video_id uuid NOT NULL, created boolean NOT NULL) ON COMMIT DROP");
      // What each staged video will be (found or new, and its final values), decided before writing.
      await client.query(
        `CREATE TEMP TABLE import_video_plan (ord int NOT NULL, existing_id uuid, new_id uuid NOT NULL, changed boolean NOT NULL,
          title text, link text, platform_video_id text, posted_at timestamptz, duration_seconds int, hashtags text[], sound text, notes text)
         ON COMMIT DROP`,
      );
      return session;
    } catch (e) {
      await session.end(e as Error);
      throw e;
    }
  }

  private readonly onError = (e: Error) => console.warn("[import] connection ended:", e.message);

  async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(text, values)).rows;
  }

  /** Empties a staging table and loads rows into it (ord = 1, 2, …) with COPY. */
  async stage<T>(table: StagingTable, rows: readonly T[], cells: (row: T) => Cell[]): Promise<void> {
    await this.client.query(`TRUNCATE import_${table}`);
    if (rows.length === 0) return;
    const columns = ["ord", ...STAGING[table]].join(", ");
    const stream = this.client.query(copyFrom(`COPY import_${table} (${columns}) FROM STDIN`));
    function* lines() {
      const BATCH = 2_000;
      for (let lo = 0; lo < rows.length; lo += BATCH) {
        const batch: string[] = [];
        for (let i = lo; i < Math.min(lo + BATCH, rows.length); i++) {
          const fields = cells(rows[i]!);
          for (let k = 0; k < fields.length; k++) fields[k] = copyField(fields[k]!);
          batch.push(`${i + 1}\t${fields.join("\t")}\n`);
        }
        yield batch.join("");
      }
    }
    await pipeline(Readable.from(lines()), stream);
    // Row counts and the statistics of the columns the statements filter on, for the planner (a
    // temporary table has none until analysed; the other columns' would cost time for nothing).
    await this.client.query(`ANALYZE import_${table} (${STAGING_FILTERED[table].join(", ")})`);
  }

  async commit(): Promise<void> {
    await this.client.query("COMMIT");
    await this.end();
  }

  /** Rolls back (when still open) and returns the connection, or discards it after an error. */
  async end(error?: Error): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    let broken = error;
    if (error) {
      try {
        await this.client.query("ROLLBACK");
        broken = undefined;
      } catch {
        // The connection itself failed: discard it below.
      }
    }
    this.client.removeListener("error", this.onError);
    // A discarded connection may still report its end, to no one. One going back to the pool
    // gets the pool's own listener; a no-op added to it would stay for good, one more per
    // import on the same connection (Node warned at 11).
    if (broken) this.client.on("error", () => {});
    this.client.release(broken);
  }
}

/** What the counting statements return (each fills some of these). */
export type CountRow = {
  new?: number;
  updated?: number;
  unchanged?: number;
  skipped?: number;
  new_video?: number;
  inserted?: number;
  matched?: number;
  readings_inserted?: number;
  with_video?: number;
};

/** A counting statement's one row. */
export async function count(session: ImportSession, sql: string, values: unknown[]): Promise<CountRow> {
  const rows = await session.query<CountRow>(sql, values);
  return rows[0] ?? {};
}
