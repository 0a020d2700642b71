import "server-only";
import pg from "pg";
import { STATEMENT_TIMEOUT_MS } from "@/lib/db";

// The import's own small pool of raw pg connections beside Prisma's: COPY needs one.

/** One slice's statement; the whole import may take longer. */
const SLICE_TIMEOUT_MS = Math.max(STATEMENT_TIMEOUT_MS, 60_000);
const IMPORT_POOL_SIZE = Number(process.env.TIERLINE_IMPORT_POOL_SIZE ?? 3);

const globalForImport = globalThis as unknown as { tierlineImportPool?: pg.Pool };

export function importPool(): pg.Pool {
  if (globalForImport.tierlineImportPool) return globalForImport.tierlineImportPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  const pool = new pg.Pool({
    connectionString,
    max: IMPORT_POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: "tierline-import",
    statement_timeout: SLICE_TIMEOUT_MS,
    // A transaction left open by a vanished request is ended by the server.
    idle_in_transaction_session_timeout: 60_000,
  });
  pool.on("error", (e) => console.error("[import] idle import connection failed:", e.message));
  globalForImport.tierlineImportPool = pool;
  return pool;
}

/** Ends the import pool (tests and scripts; the app keeps it for its lifetime). */
export async function endImportPool(): Promise<void> {
  const pool = globalForImport.tierlineImportPool;
  globalForImport.tierlineImportPool = undefined;
  await pool?.end();
}
