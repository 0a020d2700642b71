"use client";
import { useActionState } from "react";
import { removeAccount } from "@/lib/actions/account";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Deletes the account and all its data, after the password. */
export function DeleteAccountForm() {
  const [state, formAction] = useActionState(removeAccount, {} as FormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone="error">{state.message}</FormMessage>
      <TextField
        name="password"
        idPrefix="delete-"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.[0]}
        hint="This deletes your account, every video, stat reading and follower count. It can't be undone."
      />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
