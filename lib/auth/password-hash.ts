// Argon2id with OWASP's parameters: 19 MiB memory, 2 iterations, 1 lane.
//
// Every hash and verification of this process goes through one small queue. Each costs ~40 ms
// of a core (on libuv's thread pool, so the event loop stays free, but the core does not): a
// flood of sign-ins, right or wrong, would otherwise keep every core hashing and make every
// other creator's pages wait for CPU. At most TIERLINE_PASSWORD_HASH_CONCURRENCY run at once
// (default 1 per process; the production server runs one process per core). Sign-in attempts
// beyond a short queue are turned away at once ("try again in a moment") rather than piling up;
// sign-up and password changes wait their turn (they are rarer, and already limited).
import os from "node:os";
import { hash, verify } from "@node-rs/argon2";
import pLimit, { type LimitFunction } from "p-limit";

export const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Sign-in verifications that may wait for a slot, per slot, before more are turned away. */
export const SIGN_IN_QUEUE_PER_SLOT = 4;

/** Thrown (and only for sign-in) when the queue is full: the answer is "try again in a moment". */
export class PasswordCheckBusyError extends Error {
  constructor() {
    super("Too many sign-ins are being checked right now.");
    this.name = "PasswordCheckBusyError";
  }
}

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** Waits for a slot however long the queue. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Throws PasswordCheckBusyError instead of queueing behind a full queue (sign-in). */
  verifyOrRefuse(passwordHash: string, password: string): Promise<boolean>;
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

/** A hasher with its own queue; `concurrency` hashes at once, `maxQueue` sign-ins waiting. */
export function createPasswordHasher({
  concurrency,
  maxQueue = concurrency * SIGN_IN_QUEUE_PER_SLOT,
  impl = argon2,
}: {
  concurrency: number;
  maxQueue?: number;
  impl?: Argon2;
}): PasswordHasher & { readonly limit: LimitFunction } {
  const limit = pLimit(concurrency);
  return {
    limit,
    hash: (password) => limit(() => impl.hash(password)),
    verify: (passwordHash, password) => limit(() => impl.verify(passwordHash, password)),
    verifyOrRefuse(passwordHash, password) {
      if (limit.activeCount >= concurrency && limit.pendingCount >= maxQueue) return Promise.reject(new PasswordCheckBusyError());
      return limit(() => impl.verify(passwordHash, password));
    },
  };
}

export function hashConcurrencyFromEnv(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TIERLINE_PASSWORD_HASH_CONCURRENCY ?? 1);
  // Never more than the machine has cores: more at once only makes each one slower.
  return Number.isInteger(n) && n >= 1 ? Math.min(n, os.availableParallelism()) : 1;
}

const globalForHasher = globalThis as unknown as { tierlinePasswordHasher?: PasswordHasher };

/** This process's hasher (one queue for the whole process, whatever module instance asks). */
export function passwordHasher(): PasswordHasher {
  globalForHasher.tierlinePasswordHasher ??= createPasswordHasher({ concurrency: hashConcurrencyFromEnv() });
  return globalForHasher.tierlinePasswordHasher;
}

export function hashPassword(password: string): Promise<string> {
  return passwordHasher().hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordHasher().verify(passwordHash, password);
}
