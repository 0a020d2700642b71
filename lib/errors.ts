// Typed errors the data and action layers throw; pages and handlers turn them into
// a 404, a field message or a clear banner. The detail goes to the server log.

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

export class UnauthorizedError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "UnauthorizedError";
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
