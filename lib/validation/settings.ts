// Settings forms: profile (display name, time zone, currency), password change, deletion.
import { z } from "zod";
import { currentPasswordSchema, displayNameSchema, newPasswordSchema } from "./auth";

const globalForLists = globalThis as unknown as { tierlineTimeZones?: string[]; tierlineCurrencies?: string[] };

/** The IANA time zones this runtime knows, plus "UTC" (ICU lists only region zones). */
export function timeZoneOptions(): string[] {
  globalForLists.tierlineTimeZones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];
  return globalForLists.tierlineTimeZones;
}

/** ISO 4217 currency codes this runtime knows. */
export function currencyOptions(): string[] {
  globalForLists.tierlineCurrencies ??= Intl.supportedValuesOf("currency");
  return globalForLists.tierlineCurrencies;
}

// "Area/Location" (or UTC), as IANA names are; keeps "+02:00", "EST5EDT" and the like out.
const IANA_SHAPE = /^(?:UTC|[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * An IANA time zone: one of the listed zones, or a current IANA alias of one that the
 * runtime resolves ("Asia/Kolkata" while ICU lists "Asia/Calcutta").
 */
export function isKnownTimeZone(tz: string): boolean {
  if (timeZoneOptions().includes(tz)) return true;
  if (tz.length > 64 || !IANA_SHAPE.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function isKnownCurrency(code: string): boolean {
  return currencyOptions().includes(code);
}

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, { error: "Choose a time zone." })
  .refine(isKnownTimeZone, { error: "Choose a time zone from the list (an IANA name such as Europe/Berlin)." });

export const currencySchema = z
  .string({ error: "Choose a currency." })
  .trim()
  .toUpperCase()
  .min(1, { error: "Choose a currency." })
  .refine(isKnownCurrency, { error: "Choose a currency from the list (an ISO 4217 code such as USD)." });

export const profileSchema = z.object({
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
  currency: currencySchema,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }).transform((s) => s.normalize("NFC")),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords don't match.",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: currentPasswordSchema,
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
