import "server-only";
import { findUserForSignIn, type CurrentUser } from "@/lib/data/users";
import { signInSchema } from "@/lib/validation/auth";
import { PasswordCheckBusyError } from "@/lib/errors";
import { passwordHasher, type PasswordHasher } from "./password-hash";
import { signInGate, type SignInGate } from "./sign-in-gate";
import { retryAfterMinutes, type SignInThrottle } from "./throttle";

// Checks an email and password for sign-in, under the brute-force throttle and the process's
// password-hash queue.

export type SignInResult =
  | { ok: true; user: CurrentUser }
  /** Wrong password, unknown email or malformed input: one answer for all of them. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number }
  /** Too many sign-ins being checked at this moment: try again in a moment. */
  | { ok: false; reason: "busy" };

// Verifying against this when the email is unknown makes both failures take as long.
let timingHash: Promise<string> | undefined;

export async function authenticate(
  input: { email?: unknown; password?: unknown },
  ip: string,
  throttle: SignInThrottle,
  hasher: PasswordHasher = passwordHasher(),
  gate: SignInGate = signInGate(),
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // An address this process knows is refused, or no password check to spare: answered before
  // any database work (see lib/auth/sign-in-gate.ts).
  const known = gate.blockedForMs(ip);
  if (known > 0) return { ok: false, reason: "throttled", retryAfterMinutes: retryAfterMinutes(known) };
  if (!hasher.takeSignInCheck()) return { ok: false, reason: "busy" };

  // Counted first, atomically: a burst of simultaneous attempts cannot all slip in under the
  // limit before any of them is recorded.
  const decision = await throttle.consume(email, ip);
  if (decision.blocked) {
    if (decision.addressRetryAfterMs) gate.noteBlocked(ip, decision.addressRetryAfterMs);
    return { ok: false, reason: "throttled", retryAfterMinutes: retryAfterMinutes(decision.retryAfterMs) };
  }

  const user = await findUserForSignIn(email);
  let valid: boolean;
  try {
    timingHash ??= equaliserHash(hasher);
    valid = await hasher.verifyOrRefuse(user?.passwordHash ?? (await timingHash), password);
  } catch (e) {
    if (!(e instanceof PasswordCheckBusyError)) throw e;
    // Nothing was checked: this attempt must not use up one of the email's tries.
    await throttle.refund(email);
    return { ok: false, reason: "busy" };
  }
  if (!user || !valid) {
    await throttle.recordFailure(email);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(email);
  const { passwordHash: _hash, ...profile } = user;
  void _hash;
  return { ok: true, user: profile };
}

function equaliserHash(hasher: PasswordHasher): Promise<string> {
  const p = hasher.hash("tierline timing equaliser");
  // A failed first hash must not stay cached for the life of the process.
  p.catch(() => (timingHash = undefined));
  return p;
}
