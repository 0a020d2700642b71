"use client";
import { useFormStatus } from "react-dom";
import { CONFIRM_INTERACTIONS_FIELD, type FormState } from "@/lib/validation/form-state";

/**
 * The confirmation step of a reading with more interactions than views: the server refused to
 * save it without an answer (FormState.needsConfirmation) and the question is in the form's
 * message; this button submits the same form again with the answer. Changing the numbers and
 * using the form's own button asks again if they still exceed the views.
 */
export function InteractionsConfirm({ state, messageId }: { state: FormState; messageId?: string }) {
  const { pending } = useFormStatus();
  if (state.needsConfirmation !== "interactions-exceed-views") return null;
  return (
    <button
      type="submit"
      name={CONFIRM_INTERACTIONS_FIELD}
      value="1"
      disabled={pending}
      aria-describedby={messageId}
      className="rounded-md border border-amber-600 bg-amber-50 px-4 py-2 font-semibold text-amber-900 hover:bg-amber-100 disabled:opacity-60 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900"
    >
      Save anyway
    </button>
  );
}
