import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client. Created on first use, never at import time: `next build` imports
// route modules and must not need a database. Kept on globalThis so dev hot reloads reuse it.
const globalForDb = globalThis as unknown as { tierlinePrisma?: PrismaClient };

export const STATEMENT_TIMEOUT_MS = Number(process.env.TIERLINE_STATEMENT_TIMEOUT_MS ?? 15_000);

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.TIERLINE_DB_POOL_SIZE ?? 10),
    // Fail fast while Postgres is down (health says 503) and reconnect on the next query
    // once it is back: pg's pool drops broken connections by itself.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.tierlinePrisma ??= createClient();
  return globalForDb.tierlinePrisma;
}

/** Lazily-resolved client: `db.video.findMany(...)` creates the client on first call. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
