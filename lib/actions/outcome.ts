import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { MalformedRequestError, NotFoundError, answerWithStatus } from "@/lib/errors";
import type { FormState } from "@/lib/validation/form-state";
import type { ActionOutcome } from "./helpers";

/**
 * The one wrapper every form's server action goes through: the session (signed-out visitors
 * are sent to sign in) → the handler (validate, scoped write) → revalidate and redirect, or
 * the state for useActionState.
 */
export function creatorAction(
  handler: (user: CurrentUser, formData: FormData) => Promise<ActionOutcome>,
): (prev: FormState, formData: FormData) => Promise<FormState> {
  return async (_prev, formData) => {
    const user = await requireUser();
    return runFormHandler(() => handler(user, formDataOf(formData)));
  };
}

/**
 * Runs a form handler and carries its outcome out in Next's terms: revalidate, redirect, or
 * the state for useActionState. Another creator's (or a deleted) record is a 404, the same
 * page as a missing one. Unexpected errors propagate to the segment's error.tsx (and the log).
 */
async function runFormHandler(handler: () => Promise<ActionOutcome>): Promise<FormState> {
  let outcome: ActionOutcome;
  try {
    outcome = await handler();
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  if (!outcome.ok) return outcome.state;
  for (const path of outcome.revalidate) revalidatePath(path);
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return outcome.state ?? { ok: true };
}

/**
 * The form an action was called with. Tierline's forms always send (state, FormData); anything
 * else was made by hand (a `Next-Action` post with other arguments) and answers 400, where the
 * handler would otherwise fail on it with a 500.
 */
export function formDataOf(value: unknown): FormData {
  if (value instanceof FormData) return value;
  answerWithStatus(400);
  throw new MalformedRequestError("the action was not called with a form");
}
