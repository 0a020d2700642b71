// Sign-in throttling. Per email: 5 attempts that did not succeed within 15 minutes, then that
// email is refused for 15 minutes (a right password clears its count). Per client address: 30
// attempts within 15 minutes whatever their outcome (right passwords too: each one costs an
// Argon2 hash), then that address is refused for 15 minutes. Sign-up: at most 10 new accounts
// from one address per hour. An attempt is counted atomically BEFORE its password is checked
// (one INSERT … ON CONFLICT … RETURNING in rate-limiter-flexible's Postgres store), so however
// many arrive at once, no more than the limit are ever checked. The counting is
// rate-limiter-flexible's; this module decides what an attempt and a block mean. It works over
// any limiter (Postgres in the app and integration tests, memory in unit tests).
import { createHash } from "node:crypto";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { forwardedChain, trustedProxyHops } from "./forwarded";

export const SIGN_IN_LIMITS = {
  email: { keyPrefix: "signin-email", points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  ip: { keyPrefix: "signin-ip", points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

/** Accounts one address may create per window (a form submission that passes validation counts). */
export const SIGN_UP_LIMIT = { keyPrefix: "signup-ip", points: 10, durationSeconds: 60 * 60 } as const;

export type ThrottleDecision =
  | { blocked: false }
  /** `addressRetryAfterMs`: set when the address itself is refused (not only the email). */
  | { blocked: true; retryAfterMs: number; addressRetryAfterMs?: number };

export type SignInLimiters = { byEmail: RateLimiterAbstract; byIp: RateLimiterAbstract };

/**
 * The stored key for an email: a hash, so the table holds no addresses and every key fits the
 * 255-character column whatever the email's length. Callers pass the normalised email.
 */
export function emailThrottleKey(email: string): string {
  return createHash("sha256").update(email).digest("hex");
}

/** A counter is blocking once it has gone past its limit (a block stores limit + 1). */
export function isBlocking(res: Pick<RateLimiterRes, "consumedPoints"> | null, limit: number): boolean {
  return res !== null && res.consumedPoints > limit;
}

/** Combines the two counters: blocked while either is; retry after the later one clears. */
export function decide(
  emailRes: Pick<RateLimiterRes, "consumedPoints" | "msBeforeNext"> | null,
  ipRes: Pick<RateLimiterRes, "consumedPoints" | "msBeforeNext"> | null,
): ThrottleDecision {
  // A key without expiry (-1) is never written by us; treat it as a full block.
  const wait = (ms: number) => (ms < 0 ? SIGN_IN_LIMITS.email.blockSeconds * 1000 : ms);
  const email = emailRes && isBlocking(emailRes, SIGN_IN_LIMITS.email.points) ? wait(emailRes.msBeforeNext) : null;
  const address = ipRes && isBlocking(ipRes, SIGN_IN_LIMITS.ip.points) ? wait(ipRes.msBeforeNext) : null;
  if (email === null && address === null) return { blocked: false };
  const retryAfterMs = Math.max(email ?? 0, address ?? 0);
  return address === null ? { blocked: true, retryAfterMs } : { blocked: true, retryAfterMs, addressRetryAfterMs: address };
}

/** Whole minutes to wait, rounded up, at least 1. */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

export type SignInThrottle = {
  /**
   * Counts one attempt for the email and the address, atomically, and says whether its password
   * may be checked. Call it before the check, for every attempt.
   */
  consume(email: string, ip: string): Promise<ThrottleDecision>;
  /** The attempt's password was wrong (or the email unknown): its fifth such blocks the email. */
  recordFailure(email: string): Promise<void>;
  /** The password was right: the email's count starts again (the address's does not). */
  recordSuccess(email: string): Promise<void>;
  /** The attempt was counted but its password never checked (the server was too busy). */
  refund(email: string): Promise<void>;
};

export function createSignInThrottle({ byEmail, byIp }: SignInLimiters): SignInThrottle {
  const { email: E, ip: I } = SIGN_IN_LIMITS;
  // The attempt that goes past the limit starts a full 15-minute block from now; later ones
  // (already past it) leave that block as it is.
  async function take(limiter: RateLimiterAbstract, key: string, limit: number, blockSeconds: number) {
    const res = await limiter.penalty(key, 1);
    if (res.consumedPoints === limit + 1) return limiter.block(key, blockSeconds);
    return res;
  }
  return {
    async consume(email, ip) {
      const [e, i] = await Promise.all([
        take(byEmail, emailThrottleKey(email), E.points, E.blockSeconds),
        take(byIp, ip, I.points, I.blockSeconds),
      ]);
      return decide(e, i);
    },
    async recordFailure(email) {
      // The attempt already counted; the one that used up the email's last try blocks it from now.
      const key = emailThrottleKey(email);
      const res = await byEmail.get(key);
      if (res && res.consumedPoints === E.points) await byEmail.block(key, E.blockSeconds);
    },
    async recordSuccess(email) {
      // The per-address count is not reset: one good password must not hide a spray from there.
      await byEmail.delete(emailThrottleKey(email));
    },
    async refund(email) {
      await byEmail.reward(emailThrottleKey(email), 1);
    },
  };
}

/**
 * The client's address. The production server (scripts/server.mjs) appends the TCP peer's
 * address to X-Forwarded-For, so the header's last entry is always one nobody could forge.
 * `trustedProxyHops` is the number of reverse proxies in front of the app that each append
 * the address they saw (TIERLINE_TRUSTED_PROXY_HOPS, default 0): the client is the entry that
 * many places before the last. Entries further left were written by the client and are
 * ignored, so a forged header cannot pick another throttle key. "unknown" when there is none.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, hops = trustedProxyHops()): string {
  const chain = forwardedChain(headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"]);
  const ip = chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
  return ip.slice(0, 100);
}

export type SignUpThrottle = {
  /** Counts one sign-up from `ip`; blocked once the address has used up its window. */
  consume(ip: string): Promise<ThrottleDecision>;
};

export function createSignUpThrottle(limiter: RateLimiterAbstract): SignUpThrottle {
  return {
    async consume(ip) {
      const res = await limiter.penalty(ip, 1);
      if (res.consumedPoints <= SIGN_UP_LIMIT.points) return { blocked: false };
      return { blocked: true, retryAfterMs: res.msBeforeNext < 0 ? SIGN_UP_LIMIT.durationSeconds * 1000 : res.msBeforeNext };
    },
  };
}
