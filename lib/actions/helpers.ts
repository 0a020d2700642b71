import "server-only";
import type { z } from "zod";
import type { ValidationError } from "@/lib/errors";
import { fieldErrorsFrom, type FormState } from "@/lib/validation/form-state";

// What every form handler shares: the creator it acts for, the outcome it returns, and the
// refusals it answers with. A handler (`*-handlers.ts`) validates the FormData, calls the
// scoped data layer and says what to revalidate and where to go; the "use server" actions add
// the session and carry the outcome out (./outcome.ts). Nothing here touches Next's request
// APIs, so the integration tests (the cross-creator matrix) run the handlers directly.

/** The signed-in creator a handler acts for (the zone is valid: see getSessionUser). */
export type ActionUser = { id: string; timeZone: string };

export type ActionOutcome =
  /** Nothing saved: show these messages and the typed values. */
  | { ok: false; state: FormState }
  /** Saved: revalidate these paths, then go to redirectTo or show state. */
  | { ok: true; revalidate: string[]; redirectTo?: string; state?: FormState };

export const NOTHING_SAVED = "Some fields need attention. Nothing was saved.";

/** One text field of the form ("" when absent or a file). */
export function formText(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

/** The form failed its schema: nothing saved, each field's messages and the typed values back. */
export function invalidInput(error: z.ZodError, values: Record<string, string>): ActionOutcome {
  return { ok: false, state: { fieldErrors: fieldErrorsFrom(error), values, message: NOTHING_SAVED } };
}

/** The data layer refused the write (ValidationError): its field messages and the typed values back. */
export function refused(e: ValidationError, values: Record<string, string>): ActionOutcome {
  // A refusal that names no field (an import is being saved) says its own sentence.
  const message = Object.keys(e.fieldErrors).length > 0 ? NOTHING_SAVED : e.message;
  return { ok: false, state: { fieldErrors: e.fieldErrors, values, message } };
}
