// Every typed error of Tierline, and the tests that name what PostgreSQL reported: the data,
// action and route layers throw these; pages and handlers turn them into a 404, a field
// message, a status or a clear banner. The detail goes to the server log. No Prisma or Next
// import: client components read the codes and messages here too.
import { LIMIT_MESSAGES as IMPORT_LIMIT_MESSAGES } from "@/lib/import/limits";

/** A record that does not exist or belongs to another creator: indistinguishable on purpose. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** An edit based on a version that has since changed (two tabs editing the same video). */
export class ConflictError extends Error {
  constructor(message = "This was changed since you opened it. Reload to see the latest version.") {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that failed validation, with messages per field. */
export class ValidationError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message = "Some fields need attention.",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A route handler asked for a creator and nobody is signed in: 401. */
export class UnauthorizedError extends Error {
  readonly status = 401;
  constructor(message = "Sign in to continue.") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

/** A write that came from another site's page (lib/auth/origin.ts decides): 403. */
export class CrossOriginError extends Error {
  readonly status = 403;
  constructor() {
    super("This request came from another site and was refused.");
    this.name = "CrossOriginError";
  }
}

/** Thrown (and only for sign-in) when the password-check queue is full: the answer is "try again in a moment". */
export class PasswordCheckBusyError extends Error {
  constructor() {
    super("Too many sign-ins are being checked right now.");
    this.name = "PasswordCheckBusyError";
  }
}

/** The creator abandoned a report download: its database work stops, nothing is logged. */
export class ReportAbortedError extends Error {
  constructor() {
    super("The report download was abandoned.");
    this.name = "ReportAbortedError";
  }
}

/** A report range that only turned out unusable once its open end was filled in (a 400, like a bad URL). */
export class ReportRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportRangeError";
  }
}

/** What every route says while PostgreSQL cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = "Tierline can't reach its database right now; try again in a minute.";

/** The code a sign-in that could not reach the database carries to the form (never the error's text). */
export const DATABASE_UNAVAILABLE_CODE = "DatabaseUnavailable";

/** The code for any other sign-in failure on the server's side (the form says to try again). */
export const SIGN_IN_FAILED_CODE = "SignInFailed";

/** PostgreSQL is down or unreachable: the request answers 503 with DATABASE_UNAVAILABLE_MESSAGE. */
export class DatabaseUnavailableError extends Error {
  readonly status = 503;
  constructor(options?: { cause?: unknown }) {
    super(DATABASE_UNAVAILABLE_MESSAGE, options);
    this.name = "DatabaseUnavailableError";
  }
}

/** A request that no page of Tierline sends (a server action called with the wrong arguments): 400. */
export class MalformedRequestError extends Error {
  readonly status = 400;
  constructor(detail = "malformed request") {
    super(`This request is not one Tierline's pages send (${detail}).`);
    this.name = "MalformedRequestError";
  }
}

// Connection-level failures, as pg (Node's socket codes, SQLSTATE classes 08 and 57P, 53300 too
// many connections) and Prisma's pg adapter (P1001/P1002/P1017 and its error kinds) report them.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1017",
]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /Can't reach database server/];

/** Whether an error (or anything in its cause chain) means PostgreSQL could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return true;
    const x = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof x.code === "string" && (UNREACHABLE_CODES.has(x.code) || x.code.startsWith("08"))) return true;
    if (typeof x.kind === "string" && UNREACHABLE_KINDS.has(x.kind)) return true;
    if (typeof x.message === "string" && UNREACHABLE_MESSAGES.some((m) => m.test(x.message as string))) return true;
    e = x.meta?.driverAdapterError ?? x.cause;
  }
  return false;
}

/**
 * The production server (scripts/server.mjs) runs each request in a scope it keeps on this
 * symbol: a status set here replaces the one Next writes, and a request that found the database
 * unreachable is answered with a 503 and DATABASE_UNAVAILABLE_MESSAGE, whatever rendered.
 * Next has no way to give a page render or a server action another status (its actions answer
 * 500 for any error); under `next dev` there is no scope and these calls do nothing.
 */
export type RequestScope = { status?: number; databaseUnavailable?: boolean };
const REQUEST_SCOPE = Symbol.for("tierline.request-scope");

function requestScope(): RequestScope | undefined {
  const storage = (globalThis as { [REQUEST_SCOPE]?: { getStore(): RequestScope | undefined } })[REQUEST_SCOPE];
  return storage?.getStore();
}

/** Makes the current request answer with this status (see RequestScope). */
export function answerWithStatus(status: number): void {
  const scope = requestScope();
  if (scope) scope.status = status;
}

/**
 * Taken when a database call starts (the scope of the request that made it), called with the
 * call's error: marks that request as one that found the database unreachable.
 */
export function databaseFailureWatcher(): (error: unknown) => void {
  const scope = requestScope();
  return (error) => {
    if (scope && isDatabaseUnavailable(error)) scope.databaseUnavailable = true;
  };
}

// Constraint errors, as Prisma (with @prisma/adapter-pg) reports them, named for the data layer:
// which unique constraint a write ran into, and whether a lock wait timed out.

type UniqueViolationShape = {
  code?: unknown;
  meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } } };
};

/**
 * The columns of the unique constraint a write violated (as Prisma reports them: field or
 * column names), `[]` when the error is a unique violation (P2002) that names none, null otherwise.
 */
export function uniqueViolationFields(e: unknown): string[] | null {
  if (!(e instanceof Error) || (e as UniqueViolationShape).code !== "P2002") return null;
  const meta = (e as UniqueViolationShape).meta ?? {};
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

// The import's errors: each carries the message the creator is shown, and each means nothing was
// saved. Reading the files (lib/import/parse-pool.ts) and writing them (lib/data/imports) throw
// them; the import routes turn them into that message.

/** Too many uploads are being read: the creator is told to try again shortly. */
export class ImportBusyError extends Error {
  constructor() {
    super(IMPORT_LIMIT_MESSAGES.busy);
    this.name = "ImportBusyError";
  }
}

/** The files could not be read in time, or the parser failed: nothing was imported. */
export class ImportReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportReadError";
  }
}

export class ImportAbortedError extends Error {
  constructor() {
    super("The import was cancelled; nothing was saved.");
    this.name = "ImportAbortedError";
  }
}

export class NothingToImportError extends Error {
  constructor() {
    super("There is nothing to import: no file had rows Tierline could use.");
    this.name = "NothingToImportError";
  }
}

