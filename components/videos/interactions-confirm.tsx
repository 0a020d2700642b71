"use client";
import { useFormStatus } from "react-dom";
import { CONFIRM_INTERACTIONS_FIELD, type FormState } from "@/lib/validation/form-state";
import { Button } from "@/components/ui/button";

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
    <Button
      type="submit"
      variant="warning"
      className="disabled:opacity-60"
      name={CONFIRM_INTERACTIONS_FIELD}
      value="1"
      disabled={pending}
      aria-describedby={messageId}
    >
      Save anyway
    </Button>
  );
}
