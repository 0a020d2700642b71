// The import's typed errors: each carries the message the creator is shown, and each means
// nothing was saved. Reading the files (lib/import/parse-pool) and writing them
// (lib/data/imports) throw them; the import routes turn them into that message.
import { LIMIT_MESSAGES } from "./limits";

/** Too many uploads are being read: the creator is told to try again shortly. */
export class ImportBusyError extends Error {
  constructor() {
    super(LIMIT_MESSAGES.busy);
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
