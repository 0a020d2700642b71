// The sign-in gate: what this process already knows about a sign-in attempt before next-auth
// and the database see it. An address the per-address limit has refused stays refused until
// its block ends (lib/auth/throttle.ts, counted in PostgreSQL), so once one attempt from it has
// learnt that, the following ones are answered from memory. During a flood from one address
// 5,201 refused attempts in 30 s each went through next-auth and a database round trip, and
// other creators' dashboards answered 4× slower (BENCHMARKS.md figure 8). Per process: each
// process learns a block from its own first refused attempt.
//
// The same goes for "try again in a moment" while the process has no password check to spare
// (lib/auth/password-hash.ts). The production server (scripts/server.mjs) asks the gate before
// Next sees the request at all, through a symbol on globalThis: Next's own floor for a route
// handler is ≈ 4 ms of CPU per request, so a flood answered by Next still kept both cores busy.
// The credentials route asks it too (for `next dev`, or a server that is not ours).
import { SIGN_IN_BUSY_CODE, throttledErrorCode } from "@/lib/validation/sign-in-messages";
import { passwordHasher } from "./password-hash";
import { retryAfterMinutes } from "./throttle";

/** At most this many blocked addresses are remembered (the oldest are forgotten first). */
export const MAX_REMEMBERED_BLOCKS = 10_000;

export type SignInGate = {
  /** How long the address stays refused, in milliseconds; 0 when this process knows of no block. */
  blockedForMs(ip: string): number;
  /** The database refused the address for `retryAfterMs` from now. */
  noteBlocked(ip: string, retryAfterMs: number): void;
};

/**
 * The answer to a credentials sign-in that this process can give at once, as next-auth gives
 * a refusal from `authorize`: its error route with the code (`origin` is the app's, as
 * NEXTAUTH_URL or the request has it). Null: let next-auth check it.
 */
export function refusedSignIn(ip: string, origin: string, gate: SignInGate = signInGate()): { url: string } | null {
  const blockedMs = gate.blockedForMs(ip);
  const code = blockedMs > 0 ? throttledErrorCode(retryAfterMinutes(blockedMs)) : passwordHasher().canCheckSignIn() ? null : SIGN_IN_BUSY_CODE;
  return code ? { url: `${origin}/api/auth/error?error=${encodeURIComponent(code)}` } : null;
}

export function createSignInGate({ max = MAX_REMEMBERED_BLOCKS, now = () => Date.now() } = {}): SignInGate {
  const until = new Map<string, number>();
  return {
    blockedForMs(ip) {
      const end = until.get(ip);
      if (end === undefined) return 0;
      const left = end - now();
      if (left > 0) return left;
      until.delete(ip);
      return 0;
    },
    noteBlocked(ip, retryAfterMs) {
      if (!(retryAfterMs > 0)) return;
      until.delete(ip);
      until.set(ip, now() + retryAfterMs);
      // A Map keeps insertion order: the first key is the oldest note.
      while (until.size > max) until.delete(until.keys().next().value as string);
    },
  };
}

const GATE = Symbol.for("tierline.sign-in-gate");
const globalForGate = globalThis as unknown as { [GATE]?: SignInGate & { refusedSignIn: (ip: string, origin: string) => { url: string } | null } };

/** This process's gate (one for the whole process, whatever module instance asks). */
export function signInGate(): SignInGate {
  if (!globalForGate[GATE]) {
    const gate = createSignInGate();
    globalForGate[GATE] = { ...gate, refusedSignIn: (ip, origin) => refusedSignIn(ip, origin, gate) };
  }
  return globalForGate[GATE];
}
