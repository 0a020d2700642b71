import "server-only";
import { findUserForSignIn, type CurrentUser } from "@/lib/data/users";
import { signInSchema } from "@/lib/validation/auth";
import { hashPassword, verifyPassword } from "./password-hash";
import { retryAfterMinutes, type SignInThrottle } from "./throttle";

// Checks an email and password for sign-in, under the brute-force throttle.

export type SignInResult =
  | { ok: true; user: CurrentUser & { tokenVersion: number } }
  /** Wrong password, unknown email or malformed input: one answer for all of them. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

// Verifying against this when the email is unknown makes both failures take as long.
let timingHash: Promise<string> | undefined;

export async function authenticate(
  input: { email?: unknown; password?: unknown },
  ip: string,
  throttle: SignInThrottle,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const before = await throttle.check(email, ip);
  if (before.blocked) return { ok: false, reason: "throttled", retryAfterMinutes: retryAfterMinutes(before.retryAfterMs) };

  const user = await findUserForSignIn(email);
  timingHash ??= hashPassword("tierline timing equaliser");
  const valid = await verifyPassword(user?.passwordHash ?? (await timingHash), password);
  if (!user || !valid) {
    await throttle.recordFailure(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(email);
  const { passwordHash: _hash, ...profile } = user;
  void _hash;
  return { ok: true, user: profile };
}
