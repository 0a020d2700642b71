"use client";
import { useActionState } from "react";
import { removeAccount, type FormState } from "@/lib/actions/account";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Deletes the account and all its data, after the password. */
export function DeleteAccountForm() {
  const [state, formAction] = useActionState(removeAccount, { status: "idle" } satisfies FormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone="error">{state.status === "error" ? state.message : undefined}</FormMessage>
      <TextField
        name="password"
        idPrefix="delete-"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
        hint="This deletes your account, every video, stat reading and follower count. It can't be undone."
      />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
