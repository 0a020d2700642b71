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
