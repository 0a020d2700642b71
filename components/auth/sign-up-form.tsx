"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { signUp } from "@/lib/actions/account";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { PasswordStrengthMeter } from "@/components/forms/password-strength-meter";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

const IDLE: FormState = {};
const noSubscription = () => () => {};

export function SignUpForm() {
  const [state, formAction] = useActionState(signUp, IDLE);
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  // The browser's zone becomes the account's first time zone (changeable in settings).
  const timeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "",
    () => "",
  );
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone="error">{state.message}</FormMessage>
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        maxLength={320}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email?.[0]}
        hint={
          errors.email?.[0]?.includes("already exists") ? (
            <Link href="/login" className="font-medium text-brand-600 underline dark:text-brand-100">
              Go to sign in
            </Link>
          ) : undefined
        }
      />
      <TextField
        name="displayName"
        label="Display name"
        autoComplete="nickname"
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName?.[0]}
        hint="Shown in the app, for example your TikTok name."
      />
      <div>
        <TextField
          name="password"
          label="Password"
          type={showPassword ? "text" : "password"}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password?.[0]}
          describedBy="password-strength"
        />
        <PasswordStrengthMeter id="password-strength" password={password} userInputs={[email, displayName]} />
        <label className="mt-2 inline-flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
          Show password
        </label>
      </div>
      <SubmitButton pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-600 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </form>
  );
}
