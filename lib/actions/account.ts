"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { signUpThrottledMessage } from "@/lib/validation/sign-in-messages";
import { clientIp, retryAfterMinutes } from "@/lib/auth/throttle";
import { getSignUpThrottle } from "@/lib/auth/throttle-store";
import { clearSessionCookie, endThisSession, requestUserAgent, setSessionCookie, startSession } from "@/lib/auth/session-cookie";
import { revokeAllSessions } from "@/lib/data/sessions";
import { changeAccountCurrency, getAccountCurrency } from "@/lib/data/currency";
import { changePassword, createUser, deleteAccount, updateProfile } from "@/lib/data/users";
import { parseExchangeRate } from "@/lib/domain/money";
import { ValidationError } from "@/lib/errors";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsFrom, type FormState } from "@/lib/validation/form-state";
import { changePasswordSchema, deleteAccountSchema, isKnownTimeZone, profileSchema } from "@/lib/validation/settings";
import { formText } from "./helpers";
import { formDataOf } from "./outcome";

// Account writes. Each is thin: session → validate → scoped write (lib/data/users.ts) →
// revalidate. Bad input comes back as field messages (the FormState every form uses), never
// as a thrown error; only non-secret values are sent back to refill the form.

const NEEDS_ATTENTION = "Some fields need attention.";

const text = (formData: FormData, name: string): string => formText(formDataOf(formData), name);

function fromValidationError(e: ValidationError, values?: Record<string, string>): FormState {
  return { message: e.message, fieldErrors: e.fieldErrors, values };
}

export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email"), displayName: text(formData, "displayName") };
  const parsed = signUpSchema.safeParse({ ...values, password: text(formData, "password"), timeZone: text(formData, "timeZone") });
  if (!parsed.success) return { message: NEEDS_ATTENTION, fieldErrors: fieldErrorsFrom(parsed.error), values };
  const { email, displayName, password, timeZone } = parsed.data;
  // Counted before the email is checked, so a burst of sign-ups cannot probe which emails exist.
  const limit = await getSignUpThrottle().consume(clientIp(await headers()));
  if (limit.blocked) return { message: signUpThrottledMessage(retryAfterMinutes(limit.retryAfterMs)), values };
  try {
    const user = await createUser({
      email,
      password,
      displayName,
      timeZone: timeZone && isKnownTimeZone(timeZone) ? timeZone : "UTC",
    });
    await startSession(user);
  } catch (e) {
    if (e instanceof ValidationError) return fromValidationError(e, values);
    throw e;
  }
  redirect("/dashboard");
}

export async function signOut(): Promise<void> {
  await endThisSession();
  redirect("/login?signedOut=1");
}

/** Ends every session of the creator, this browser's included, and sends it to sign in. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await revokeAllSessions(user.id);
  await clearSessionCookie();
  redirect("/login?signedOutEverywhere=1");
}

export async function saveProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = {
    displayName: text(formData, "displayName"),
    timeZone: text(formData, "timeZone"),
    currency: text(formData, "currency"),
    exchangeRate: text(formData, "exchangeRate"),
  };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { message: NEEDS_ATTENTION, fieldErrors: fieldErrorsFrom(parsed.error), values };
  try {
    // A new currency converts the earnings model and the ledger's credited amounts once, at the
    // rate the creator confirmed (one transaction, recorded); see lib/data/currency.ts.
    const from = await getAccountCurrency(user.id);
    if (parsed.data.currency !== from) {
      const rate = parseExchangeRate(values.exchangeRate);
      if (!rate) {
        return {
          message: NEEDS_ATTENTION,
          fieldErrors: { exchangeRate: [`Enter how many ${parsed.data.currency} one ${from} is worth, like 10.95 (a positive number, a dot for decimals).`] },
          values,
        };
      }
      await changeAccountCurrency(user.id, parsed.data.currency, rate);
    }
    await updateProfile(user.id, parsed.data);
  } catch (e) {
    if (e instanceof ValidationError) return fromValidationError(e, values);
    throw e;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved.", values: { ...parsed.data, exchangeRate: "" } };
}

export async function savePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: text(formData, "currentPassword"),
    newPassword: text(formData, "newPassword"),
    confirmPassword: text(formData, "confirmPassword"),
  });
  if (!parsed.success) return { message: NEEDS_ATTENTION, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    const { sessionId } = await changePassword(user.id, parsed.data, await requestUserAgent());
    // Every other session is now revoked; this browser gets the new one.
    await setSessionCookie({ id: user.id, email: user.email, displayName: user.displayName, sessionId });
  } catch (e) {
    if (e instanceof ValidationError) return fromValidationError(e);
    throw e;
  }
  return { ok: true, message: "Password changed. You were signed out on your other devices." };
}

export async function removeAccount(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = deleteAccountSchema.safeParse({ password: text(formData, "password") });
  if (!parsed.success) return { message: NEEDS_ATTENTION, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await deleteAccount(user.id, parsed.data.password);
  } catch (e) {
    if (e instanceof ValidationError) return fromValidationError(e);
    throw e;
  }
  await clearSessionCookie();
  redirect("/login?deleted=1");
}
