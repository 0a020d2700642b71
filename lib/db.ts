import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { databaseFailureWatcher } from "@/lib/errors";

// The one module that reaches PostgreSQL: the Prisma client, and every pg pool by name. Each is
// created on first use, never at import time (`next build` imports route modules and must not
// need a database), and kept on globalThis so dev hot reloads reuse it.
const globalForDb = globalThis as unknown as { tierlinePrisma?: PrismaClient; tierlinePools?: Partial<Record<PoolName, pg.Pool>> };

export const STATEMENT_TIMEOUT_MS = env().TIERLINE_STATEMENT_TIMEOUT_MS;

export type PoolName = "app" | "import" | "export" | "throttle";

type PoolSpec = {
  /** Connections this process opens at most (pg.Pool `max`). */
  size: number;
  /** statement_timeout of every statement on the pool; undefined: PostgreSQL's own (none). */
  statementTimeoutMs: number | undefined;
  /** How long a checkout waits for PostgreSQL before failing. */
  connectTimeoutMs: number;
  /** A transaction left open by a vanished request is ended by the server after this. */
  idleInTransactionMs?: number;
  applicationName?: string;
  /** Server options for every connection (`-c name=value`). */
  options?: string;
};

/** Every pool of the app, by name, from the settings (lib/env.ts) in force when it is first used. */
export function poolSpecs(settings = env()): Record<PoolName, PoolSpec> {
  const statementTimeoutMs = settings.TIERLINE_STATEMENT_TIMEOUT_MS;
  return {
    // Prisma's adapter and the dashboard's direct reads (readRows). Fails fast while Postgres is
    // down (health says 503); pg's pool drops broken connections and reconnects on the next query.
    app: { size: settings.TIERLINE_DB_POOL_SIZE, statementTimeoutMs, connectTimeoutMs: 3_000 },
    // The import's COPY sessions (lib/data/imports): one slice's statement may take a minute.
    import: {
      size: settings.TIERLINE_IMPORT_POOL_SIZE,
      statementTimeoutMs: Math.max(statementTimeoutMs, 60_000),
      connectTimeoutMs: 10_000,
      idleInTransactionMs: 60_000,
      applicationName: "tierline-import",
    },
    // CSV exports (lib/data/reports/export-connection.ts). COPY raises its own timeout (SET
    // LOCAL) because it lasts as long as the download does; the server notices a vanished
    // client within a second even mid-query.
    export: {
      size: settings.TIERLINE_EXPORT_POOL_SIZE,
      statementTimeoutMs,
      connectTimeoutMs: 10_000,
      idleInTransactionMs: settings.TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS,
      applicationName: "tierline-export",
      options: "-c client_connection_check_interval=1000",
    },
    // The sign-in and sign-up counters (lib/auth/throttle-store.ts): the limiter's plain SQL,
    // away from Prisma's adapter.
    throttle: { size: 3, statementTimeoutMs: undefined, connectTimeoutMs: 3_000 },
  };
}

/** The one DATABASE_URL check. */
function connectionString(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  return url;
}

function createPool(name: PoolName): pg.Pool {
  const spec = poolSpecs()[name];
  const pool = new pg.Pool({
    connectionString: connectionString(),
    max: spec.size,
    connectionTimeoutMillis: spec.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: spec.statementTimeoutMs,
    idle_in_transaction_session_timeout: spec.idleInTransactionMs,
    application_name: spec.applicationName,
    options: spec.options,
  });
  // An idle connection dying (a database restart) must not crash the process.
  pool.on("error", (e) => console.error(`[db] idle ${name} connection failed:`, e.message));
  return pool;
}

/** The pool of that name, created on first use. */
export function getPool(name: PoolName = "app"): pg.Pool {
  const pools = (globalForDb.tierlinePools ??= {});
  return (pools[name] ??= createPool(name));
}

/** Ends a pool (tests and scripts; the app keeps its pools for its lifetime). */
export async function endPool(name: PoolName): Promise<void> {
  const pool = globalForDb.tierlinePools?.[name];
  if (globalForDb.tierlinePools) delete globalForDb.tierlinePools[name];
  await pool?.end();
}

/**
 * One connection outside every pool, for a single task (the session secret, read once per
 * process); the caller ends it. Not watched by the pools' outage marking: pass its work through
 * watchForOutage.
 */
export async function openConnection(connectTimeoutMs = 3_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: connectionString(), connectionTimeoutMillis: connectTimeoutMs });
  await client.connect();
  return client;
}

/**
 * A database call as the current request's: if it fails because PostgreSQL is unreachable, the
 * request is marked and the server answers it with a 503 (lib/errors.ts RequestScope). Call it
 * in the request's own context, where the call starts.
 */
export function watchForOutage<T>(call: Promise<T>): Promise<T> {
  const note = databaseFailureWatcher();
  return call.catch((e: unknown) => {
    note(e);
    throw e;
  });
}

/**
 * Every pool connects and queries through pg.Pool's methods, so each call goes through
 * watchForOutage. Patched once per process, at import, before any pool exists.
 */
const WATCHED = Symbol.for("tierline.pg-pool-watched");
type PoolMethods = {
  connect: (this: pg.Pool, cb?: (err: Error | undefined, ...rest: unknown[]) => void) => unknown;
  query: (this: pg.Pool, ...args: unknown[]) => unknown;
  [WATCHED]?: true;
};

function watchPoolsForOutage(proto: PoolMethods): void {
  if (proto[WATCHED]) return;
  proto[WATCHED] = true;
  const { connect, query } = proto;
  proto.connect = function (callback) {
    if (callback) {
      const note = databaseFailureWatcher();
      return connect.call(this, (err, ...rest) => {
        if (err) note(err);
        callback(err, ...rest);
      });
    }
    return watchForOutage(connect.call(this) as Promise<unknown>);
  };
  // A connection the pool already held can break mid-query when PostgreSQL stops.
  proto.query = function (...args) {
    const result = query.apply(this, args);
    return result instanceof Promise ? watchForOutage(result) : result;
  };
}

watchPoolsForOutage(pg.Pool.prototype as unknown as PoolMethods);

function createClient(): PrismaClient {
  const pool = getPool("app");
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
  const result = await getPool("app").query({ name: statementName(query.text), text: query.text, values: query.values as unknown[] });
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
