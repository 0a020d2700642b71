"use client";
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { savePassword } from "@/lib/actions/account";
import { FormStateMessage } from "@/components/forms/form-message";
import { PasswordStrengthMeter } from "@/components/forms/password-strength-meter";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Change password: needs the current one; signs out every other session. */
export function PasswordForm({ userInputs }: { userInputs: string[] }) {
  const { state, formAction } = useFormAction(savePassword);
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
      <FormStateMessage state={state} />
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
