// What the sign-in form says, shared by the server (which sends a code through next-auth)
// and the browser (which turns the code into a sentence).
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";

export const INVALID_CREDENTIALS_MESSAGE = "That email and password don't match an account. Check them and try again.";
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Signing in isn't working right now. Try again in a moment.";

/** The code (and sentence) when too many sign-ins are being checked at once. */
export const SIGN_IN_BUSY_CODE = "busy";
export const SIGN_IN_BUSY_MESSAGE = "Lots of people are signing in right now. Try again in a moment.";

/** next-auth passes a thrown error's message to the browser as the `error` code. */
export const THROTTLED_ERROR_PREFIX = "throttled:";
export const BLOCK_MINUTES = 15;

export function throttledErrorCode(minutes: number): string {
  return `${THROTTLED_ERROR_PREFIX}${minutes}`;
}

export function throttledMessage(minutes: number): string {
  const m = Number.isFinite(minutes) && minutes > 0 ? Math.min(Math.ceil(minutes), BLOCK_MINUTES) : BLOCK_MINUTES;
  return `Too many sign-in attempts. Sign-in is paused for ${BLOCK_MINUTES} minutes: try again in ${m} minute${m === 1 ? "" : "s"}.`;
}

/** What the sign-up form says once an address has created its hour's accounts. */
export function signUpThrottledMessage(minutes: number): string {
  const m = Math.max(1, Math.ceil(minutes));
  return `Too many accounts were created from your network in the last hour. Try again in ${m} minute${m === 1 ? "" : "s"}.`;
}

/** The sentence for an `error` code from next-auth's signIn(). */
export function signInErrorMessage(code: string | null | undefined): string {
  if (!code) return SIGN_IN_UNAVAILABLE_MESSAGE;
  if (code === "CredentialsSignin") return INVALID_CREDENTIALS_MESSAGE;
  if (code === DATABASE_UNAVAILABLE_CODE) return DATABASE_UNAVAILABLE_MESSAGE;
  if (code === SIGN_IN_BUSY_CODE) return SIGN_IN_BUSY_MESSAGE;
  if (code === "csrf") return "This sign-in form had expired. Enter your email and password again.";
  if (code.startsWith(THROTTLED_ERROR_PREFIX)) return throttledMessage(Number(code.slice(THROTTLED_ERROR_PREFIX.length)));
  return SIGN_IN_UNAVAILABLE_MESSAGE;
}
