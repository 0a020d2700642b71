// The sign-in gate: what this process already knows about a sign-in attempt before next-auth
// and the database see it. An address the per-address limit has refused stays refused until
// its block ends (lib/auth/throttle.ts, counted in PostgreSQL), so once one attempt from it has
// learnt that, the following ones are answered from memory. During a flood from one address
// 5,201 refused attempts in 30 s each went through next-auth and a database round trip, and
// other creators' dashboards answered 4× slower (BENCHMARKS.md figure 8). Per process: each
// process learns a block from its own first refused attempt.

/** At most this many blocked addresses are remembered (the oldest are forgotten first). */
export const MAX_REMEMBERED_BLOCKS = 10_000;

export type SignInGate = {
  /** How long the address stays refused, in milliseconds; 0 when this process knows of no block. */
  blockedForMs(ip: string): number;
  /** The database refused the address for `retryAfterMs` from now. */
  noteBlocked(ip: string, retryAfterMs: number): void;
};

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

const globalForGate = globalThis as unknown as { tierlineSignInGate?: SignInGate };

/** This process's gate (one for the whole process, whatever module instance asks). */
export function signInGate(): SignInGate {
  globalForGate.tierlineSignInGate ??= createSignInGate();
  return globalForGate.tierlineSignInGate;
}
