import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form-state";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form's server action with its state: after a refused save, what was typed (`values`) and
 * the message per field (`errors`); after a save, neither.
 */
export function useFormAction(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const refused = !state.ok;
  return { state, formAction, pending, values: refused ? state.values : undefined, errors: refused ? state.fieldErrors : undefined };
}
