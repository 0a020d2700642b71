import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Postgres constraint errors, as Prisma (with @prisma/adapter-pg) reports them, turned into
// something the data layer can name: which unique constraint a write ran into.

type UniqueMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
};

/**
 * The columns of the unique constraint a write violated (as Prisma reports them: field or
 * column names), `[]` when the error is a unique violation that names none, null otherwise.
 */
export function uniqueViolationFields(e: unknown): string[] | null {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") return null;
  const meta = (e.meta ?? {}) as UniqueMeta;
  const names: string[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) names.push(String(x));
    else if (typeof v === "string") names.push(v);
  };
  add(meta.target);
  add(meta.driverAdapterError?.cause?.constraint?.fields);
  add(meta.driverAdapterError?.cause?.constraint?.index);
  return names;
}

/** True when e is a unique violation whose constraint mentions one of the given column names. */
export function isUniqueViolationOn(e: unknown, ...columns: string[]): boolean {
  const fields = uniqueViolationFields(e);
  if (fields === null) return false;
  const text = fields.join(" ").toLowerCase();
  return columns.some((c) => text.includes(c.toLowerCase()));
}

/** True when e is PostgreSQL's lock_timeout ending a wait (SQLSTATE 55P03), however Prisma wraps it. */
export function isLockTimeout(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 5; depth++) {
    const o = x as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown };
    if (o.code === "55P03" || (typeof o.message === "string" && o.message.includes("lock timeout"))) return true;
    const meta = o.meta as { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } } | undefined;
    const cause = meta?.driverAdapterError?.cause;
    if (cause?.originalCode === "55P03") return true;
    x = o.cause ?? meta?.driverAdapterError;
  }
  return false;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL or form that is not a UUID can match nothing: the caller says not found. */
export function isUuid(id: unknown): id is string {
  return typeof id === "string" && UUID.test(id);
}

const INT8_MAX = 9_223_372_036_854_775_807n;

/** A BIGSERIAL id from a URL or form → bigint; null when it cannot be one. */
export function parseBigIntId(id: unknown): bigint | null {
  if (typeof id === "bigint") return id > 0n && id <= INT8_MAX ? id : null;
  if (typeof id !== "string" || !/^\d{1,19}$/.test(id)) return null;
  const n = BigInt(id);
  return n > 0n && n <= INT8_MAX ? n : null;
}
