// Argon2id with OWASP's parameters: 19 MiB memory, 2 iterations, 1 lane.
//
// Every hash and verification of this process goes through one small queue. Each costs ~40 ms
// of a core (on libuv's thread pool, so the event loop stays free, but the core does not): a
// flood of sign-ins, right or wrong, would otherwise keep every core hashing and make every
// other creator's pages wait for CPU. At most TIERLINE_PASSWORD_HASH_CONCURRENCY run at once
// (default 1 per process; the production server runs one process per core). Sign-in attempts
// beyond a short queue are turned away at once ("try again in a moment") rather than piling up;
// sign-up and password changes wait their turn (they are rarer, and already limited).
//
// Sign-in checks also have a budget per second (TIERLINE_SIGN_IN_CHECKS_PER_SECOND, default 5
// per process: ≈ 20 % of one core). One hash at a time still kept a whole core hashing during a
// flood of right passwords from ever-new addresses, and other creators' dashboards answered 3×
// slower (BENCHMARKS.md figure 8); past the budget a sign-in is "try again in a moment" too.
import { hash, verify } from "@node-rs/argon2";
import { PasswordCheckBusyError } from "@/lib/errors";
import pLimit, { type LimitFunction } from "p-limit";
import { DEFAULT_SIGN_IN_CHECKS_PER_SECOND, env, readSetting } from "@/lib/env";

export { DEFAULT_SIGN_IN_CHECKS_PER_SECOND };

export const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Sign-in verifications that may wait for a slot, per slot, before more are turned away. */
export const SIGN_IN_QUEUE_PER_SLOT = 4;

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** Waits for a slot however long the queue. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Throws PasswordCheckBusyError instead of queueing behind a full queue (sign-in; take the budget first). */
  verifyOrRefuse(passwordHash: string, password: string): Promise<boolean>;
  /** Whether a sign-in check would be taken now (queue not full, budget left); takes nothing. */
  canCheckSignIn(): boolean;
  /**
   * Takes one sign-in check from this second's budget, before any other work on the attempt;
   * false (nothing taken) when the budget or the queue is used up.
   */
  takeSignInCheck(): boolean;
};

export type Argon2 = { hash(password: string): Promise<string>; verify(passwordHash: string, password: string): Promise<boolean> };

/** The real thing, unqueued: only for building a hasher (tests wrap it to count checks). */
export const argon2: Argon2 = {
  hash: (password) => hash(password, ARGON2_OPTIONS),
  async verify(passwordHash, password) {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, not an error page.
      return false;
    }
  },
};

/**
 * A hasher with its own queue; `concurrency` hashes at once, `maxQueue` sign-ins waiting, and at
 * most `checksPerSecond` sign-in checks started per second (a token bucket holding one second's
 * worth; Infinity for none).
 */
export function createPasswordHasher({
  concurrency,
  maxQueue = concurrency * SIGN_IN_QUEUE_PER_SLOT,
  checksPerSecond = Infinity,
  impl = argon2,
  now = () => performance.now(),
}: {
  concurrency: number;
  maxQueue?: number;
  checksPerSecond?: number;
  impl?: Argon2;
  now?: () => number;
}): PasswordHasher & { readonly limit: LimitFunction } {
  const limit = pLimit(concurrency);
  // A synchronous bucket: the sign-in gate asks before any other work (a library limiter's
  // answer is a promise, a turn of the event loop per refused attempt).
  let tokens = checksPerSecond;
  let filledAt = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(checksPerSecond, tokens + ((t - filledAt) / 1000) * checksPerSecond);
    filledAt = t;
  };
  const queueFull = () => limit.activeCount >= concurrency && limit.pendingCount >= maxQueue;
  const canCheckSignIn = () => {
    if (queueFull()) return false;
    refill();
    return tokens >= 1;
  };
  return {
    limit,
    hash: (password) => limit(() => impl.hash(password)),
    verify: (passwordHash, password) => limit(() => impl.verify(passwordHash, password)),
    canCheckSignIn,
    takeSignInCheck() {
      if (!canCheckSignIn()) return false;
      tokens -= 1;
      return true;
    },
    verifyOrRefuse(passwordHash, password) {
      if (queueFull()) return Promise.reject(new PasswordCheckBusyError());
      return limit(() => impl.verify(passwordHash, password));
    },
  };
}

/** Hashes at once per process (TIERLINE_PASSWORD_HASH_CONCURRENCY, default 1, at most one per core; lib/env.ts). */
export function hashConcurrencyFromEnv(raw?: Record<string, string | undefined>): number {
  return raw ? readSetting("TIERLINE_PASSWORD_HASH_CONCURRENCY", raw) : env().TIERLINE_PASSWORD_HASH_CONCURRENCY;
}

const globalForHasher = globalThis as unknown as { tierlinePasswordHasher?: PasswordHasher };

/** Sign-in checks per second per process (TIERLINE_SIGN_IN_CHECKS_PER_SECOND, default 5; "0" for no budget; lib/env.ts). */
export function signInChecksPerSecondFromEnv(raw?: Record<string, string | undefined>): number {
  return raw ? readSetting("TIERLINE_SIGN_IN_CHECKS_PER_SECOND", raw) : env().TIERLINE_SIGN_IN_CHECKS_PER_SECOND;
}

/** This process's hasher (one queue for the whole process, whatever module instance asks). */
export function passwordHasher(): PasswordHasher {
  globalForHasher.tierlinePasswordHasher ??= createPasswordHasher({
    concurrency: hashConcurrencyFromEnv(),
    checksPerSecond: signInChecksPerSecondFromEnv(),
  });
  return globalForHasher.tierlinePasswordHasher;
}

export function hashPassword(password: string): Promise<string> {
  return passwordHasher().hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordHasher().verify(passwordHash, password);
}
