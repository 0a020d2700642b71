// Resolves which PostgreSQL the app uses: DATABASE_URL when set, the embedded one otherwise.
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT, startEmbeddedPostgres, withDatabase } from "./embedded-postgres";
import { runPrisma } from "../prisma.mjs";

export const DEV_PORT = Number(process.env.TIERLINE_PG_PORT ?? 54320);
export const DEV_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres");
export const DEV_DATABASE = "tierline";

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function resolveDevDatabase(log: (m: string) => void): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT, log });
  await ensureDatabaseExists(server.adminUrl, DEV_DATABASE);
  return { url: withDatabase(server.adminUrl, DEV_DATABASE), embedded: true, stop: server.stop };
}

export function migrateDeploy(url: string): void {
  const r = runPrisma(["migrate", "deploy"], { DATABASE_URL: url }, { capture: true });
  if (r.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  }
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "****";
  return u.toString();
}
