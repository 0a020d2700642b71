// What a form action returns to useActionState: messages per field, the values the creator
// typed (so a refused save never loses them) and a message for the whole form.
import type { z } from "zod";

export type FormState = {
  fieldErrors?: Record<string, string[] | undefined>;
  /** What was typed, field by field, to put back into the form. */
  values?: Record<string, string>;
  /** A message for the whole form (a conflict, a server problem). */
  message?: string;
  /** Set after a save that stays on the page (recording stats), to show a confirmation. */
  ok?: boolean;
  /** The record changed since the form was opened (optimistic concurrency): offer a reload. */
  conflict?: boolean;
  /**
   * Nothing saved yet: the typed reading has more interactions than views, which real data can
   * have but a typo usually explains. The form asks once; a save with the confirmation goes through.
   */
  needsConfirmation?: "interactions-exceed-views";
};

/** The question asked before a reading whose likes + comments + shares exceed its views is saved. */
export const INTERACTIONS_EXCEED_VIEWS_QUESTION =
  "Interactions exceed views — save anyway? Likes + comments + shares are more than the views: real data can have this (replayed likes, partial days), but check for a typo first. Such a reading is kept and flagged, and left out of rankings and chart scales.";

/** The name the form's "Save anyway" button sends (value "1"): the creator answered the question. */
export const CONFIRM_INTERACTIONS_FIELD = "confirmInteractionsExceedViews";

/** The typed text of the named fields (files and Next's internal fields are left out). */
export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of fields) {
    const v = formData.get(name);
    if (typeof v === "string") values[name] = v;
  }
  return values;
}

/** zod issues → { field: [messages] }; issues without a field go under "form". */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
