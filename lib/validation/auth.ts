// Shapes of the sign-up and sign-in forms. Light on purpose (no password dictionary), so the
// sign-in form can validate in the browser too; the common-password rule lives in
// lib/auth/password-policy.ts and is enforced by the data layer on every new password.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, normalizePassword, passwordLength } from "./password-rules";

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;

// Practical address check: something@domain.tld, no spaces, no angle brackets or quotes.
const EMAIL_PATTERN = /^[^\s@<>()"',;:\\]+@[^\s@<>()"',;:\\]+\.[^\s@<>()"',;:\\]{2,}$/;

/** Trimmed and lower-cased, so "Ana@Example.com " and "ana@example.com" are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .transform(normalizeEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your email address." })
      .max(EMAIL_MAX_LENGTH, { error: `Email addresses are at most ${EMAIL_MAX_LENGTH} characters.`, abort: true })
      .regex(EMAIL_PATTERN, { error: "Enter a valid email address, like name@example.com." }),
  );

// Control characters would break the header and CSV exports.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

export const displayNameSchema = z
  .string({ error: "Enter a display name." })
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "Enter a display name." })
      .refine((s) => [...s].length <= DISPLAY_NAME_MAX_LENGTH, {
        error: `Display names are at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
        abort: true,
      })
      .refine((s) => !CONTROL_CHARS.test(s), { error: "Remove the control characters from the name." }),
  );

/** A new password: length only here (8–128 characters, any Unicode, spaces kept). */
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .transform(normalizePassword)
  .pipe(
    z
      .string()
      .min(1, { error: "Choose a password." })
      .refine((s) => passwordLength(s) >= PASSWORD_MIN_LENGTH, { error: PASSWORD_MESSAGES.tooShort, abort: true })
      .refine((s) => passwordLength(s) <= PASSWORD_MAX_LENGTH, { error: PASSWORD_MESSAGES.tooLong }),
  );

/** An existing password being checked: never trimmed; overlong input is refused before hashing. */
export const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .transform(normalizePassword)
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your password." })
      .max(1024, { error: "That password is too long." }),
  );

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  /** The browser's time zone, when it sent a valid one; otherwise UTC. */
  timeZone: z.string().optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** A same-site path to return to after sign-in; anything else becomes the dashboard. */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  let path = value;
  // next-auth and proxy.ts may hand us an absolute URL of our own origin; keep its path only
  // when it is a real path (never "//evil.example" or "/\\evil.example").
  if (/^https?:\/\//i.test(path)) {
    try {
      const url = new URL(path);
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(path)) return fallback;
  // The landing page is not somewhere to come back to after signing in.
  if (path === "/" || path.startsWith("/?")) return fallback;
  if (path === "/login" || path.startsWith("/login?") || path === "/signup" || path.startsWith("/signup?")) return fallback;
  return path;
}

/** The first message per field, for forms that show one message under each input. */
export function firstFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
