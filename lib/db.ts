import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseFailureWatcher } from "@/lib/errors";

// The one Prisma client, on one pg pool that the dashboard's read statements also use directly
// (readRows). Created on first use, never at import time: `next build` imports route modules
// and must not need a database. Kept on globalThis so dev hot reloads reuse it.
const globalForDb = globalThis as unknown as { tierlinePrisma?: PrismaClient; tierlinePool?: pg.Pool };

export const STATEMENT_TIMEOUT_MS = Number(process.env.TIERLINE_STATEMENT_TIMEOUT_MS ?? 15_000);

function createPool(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.TIERLINE_DB_POOL_SIZE ?? 10),
    // Fail fast while Postgres is down (health says 503) and reconnect on the next query
    // once it is back: pg's pool drops broken connections by itself.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  pool.on("error", (e) => console.error("[db] idle connection failed:", e.message));
  return pool;
}

/**
 * Every pool of the app (this one, the sign-in throttle's, Prisma's adapter on this one, COPY
 * exports) connects and queries through pg.Pool's methods: a call that fails because PostgreSQL
 * is unreachable marks the request that made it, and the server answers that request with a
 * 503 (lib/errors.ts RequestScope). Patched once per process, at import, before any pool exists.
 */
const WATCHED = Symbol.for("tierline.pg-pool-watched");
type PoolMethods = {
  connect: (this: pg.Pool, cb?: (err: Error | undefined, ...rest: unknown[]) => void) => unknown;
  query: (this: pg.Pool, ...args: unknown[]) => unknown;
  [WATCHED]?: true;
};

function watchForOutage(proto: PoolMethods): void {
  if (proto[WATCHED]) return;
  proto[WATCHED] = true;
  const { connect, query } = proto;
  proto.connect = function (callback) {
    const note = databaseFailureWatcher();
    if (callback) {
      return connect.call(this, (err, ...rest) => {
        if (err) note(err);
        callback(err, ...rest);
      });
    }
    return (connect.call(this) as Promise<unknown>).catch((e: unknown) => {
      note(e);
      throw e;
    });
  };
  // A connection the pool already held can break mid-query when PostgreSQL stops.
  proto.query = function (...args) {
    const note = databaseFailureWatcher();
    const result = query.apply(this, args);
    return result instanceof Promise
      ? result.catch((e: unknown) => {
          note(e);
          throw e;
        })
      : result;
  };
}

watchForOutage(pg.Pool.prototype as unknown as PoolMethods);

export function getPool(): pg.Pool {
  globalForDb.tierlinePool ??= createPool();
  return globalForDb.tierlinePool;
}

function createClient(): PrismaClient {
  const pool = getPool();
  const adapter = new PrismaPg(pool);
  // The adapter recognises a pool by `instanceof`: with two copies of pg it would take the pool
  // for a config object and open connections of its own. Refuse that rather than run so.
  if ((adapter as unknown as { externalPool: unknown }).externalPool !== pool) {
    throw new Error("@prisma/adapter-pg did not accept the shared pg pool (two copies of pg?)");
  }
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

/**
 * The rows of one read statement written with `Prisma.sql` (values bound as parameters, never
 * spliced), run on the pool directly. For the dashboard's reads, which run on every page view:
 * Prisma's raw-query path costs more CPU per statement than the statement itself. Rows come
 * as pg returns them: int4 and float8 as numbers, int8 and numeric as strings (cast in SQL to
 * what the caller needs), timestamptz as Date.
 */
export async function readRows<T extends unknown[]>(query: Prisma.Sql): Promise<T> {
  const result = await getPool().query({ name: statementName(query.text), text: query.text, values: query.values as unknown[] });
  return result.rows as T;
}

// Named (prepared) statements: each pool connection parses a statement once, and after five
// runs PostgreSQL may keep a generic plan for it when that plan costs no more than the custom
// ones. Planning was ≈ 60 % of the dashboard statements' time in PostgreSQL (its video
// statement: 3.3 ms to plan, 1.8 ms to run). The texts are the app's own call sites, a few
// dozen; a text beyond the bound runs unnamed.
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 200;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `tl_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}
