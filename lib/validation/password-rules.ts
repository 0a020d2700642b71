// The light half of the password rules (no dictionary), shared with browser-side validation.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  tooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: "This is one of the most common passwords, so it is easy to guess. Choose another.",
  tooGuessable: "This password is too easy to guess (a simple pattern or repeat). Add a few more words.",
  containsPersonal: "Don't use your email or name as your password.",
} as const;

/** The same string however it was typed: composed and decomposed "é" hash identically. */
export function normalizePassword(password: string): string {
  return password.normalize("NFC");
}

/** Length in characters as a person counts them (code points, so an emoji is one). */
export function passwordLength(password: string): number {
  return [...password].length;
}
