"use client";
import { useActionState, useState } from "react";
import { savePassword } from "@/lib/actions/account";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { PasswordStrengthMeter } from "@/components/forms/password-strength-meter";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Change password: needs the current one; signs out every other session. */
export function PasswordForm({ userInputs }: { userInputs: string[] }) {
  const [state, formAction] = useActionState(savePassword, {} as FormState);
  const [newPassword, setNewPassword] = useState("");
  const errors = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      // After each submission React empties the password inputs; the meter follows.
      onReset={() => setNewPassword("")}
    >
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.[0]}
      />
      <div>
        <TextField
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.newPassword?.[0]}
          describedBy="new-password-strength"
        />
        <PasswordStrengthMeter id="new-password-strength" password={newPassword} userInputs={userInputs} />
      </div>
      <TextField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.[0]}
      />
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
}
