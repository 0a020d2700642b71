"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { signInErrorMessage, SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/validation/sign-in-messages";
import { firstFieldErrors, signInSchema } from "@/lib/validation/auth";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Email + password sign-in through next-auth's credentials endpoint (with its CSRF check). */
export function SignInForm({ callbackUrl, initialError, notice }: { callbackUrl: string; initialError?: string; notice?: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      setFieldErrors(firstFieldErrors(parsed.error));
      setMessage(undefined);
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      try {
        const res = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
        if (!res || res.error || !res.ok) {
          setMessage(signInErrorMessage(res?.error));
          return;
        }
        if (res.url && new URL(res.url, window.location.href).searchParams.get("csrf") === "true") {
          setMessage(signInErrorMessage("csrf"));
          return;
        }
        // A full load, so every server component reads the new session.
        window.location.assign(callbackUrl);
        await new Promise(() => {}); // stay pending while the next page loads
      } catch {
        setMessage(SIGN_IN_UNAVAILABLE_MESSAGE);
      }
    });
  }

  return (
    // method/action only matter before the script has loaded: a native submit must never put
    // the password in a URL. next-auth refuses it (no CSRF token) and sends the visitor back here.
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-describedby={message ? "signin-message" : undefined}
    >
      {notice && !message ? <FormMessage tone="info">{notice}</FormMessage> : null}
      <FormMessage id="signin-message" tone="error">
        {message}
      </FormMessage>
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
        describedBy={message ? "signin-message" : undefined}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
        describedBy={message ? "signin-message" : undefined}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New to Tierline?{" "}
        <Link href="/signup" className="font-medium text-brand-600 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </form>
  );
}
