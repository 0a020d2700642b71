// Sign-in brute-force throttling: after 5 failed sign-ins for one email, or 30 from one IP,
// within 15 minutes, further attempts are refused for 15 minutes. Sign-up: at most 10 new
// accounts from one IP per hour. The counting is rate-limiter-flexible's; this module decides
// what a failure and a block mean. It works over any limiter (Postgres in the app and
// integration tests, memory in unit tests).
import { createHash } from "node:crypto";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";

export const SIGN_IN_LIMITS = {
  email: { keyPrefix: "signin-email", points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  ip: { keyPrefix: "signin-ip", points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

/** Accounts one address may create per window (a form submission that passes validation counts). */
export const SIGN_UP_LIMIT = { keyPrefix: "signup-ip", points: 10, durationSeconds: 60 * 60 } as const;

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterMs: number };

export type SignInLimiters = { byEmail: RateLimiterAbstract; byIp: RateLimiterAbstract };

/**
 * The stored key for an email: a hash, so the table holds no addresses and every key fits the
 * 255-character column whatever the email's length. Callers pass the normalised email.
 */
export function emailThrottleKey(email: string): string {
  return createHash("sha256").update(email).digest("hex");
}

/** A counter is blocking once it has reached its limit (blocks store limit + 1). */
export function isBlocking(res: Pick<RateLimiterRes, "consumedPoints"> | null, limit: number): boolean {
  return res !== null && res.consumedPoints >= limit;
}

/** Combines the two counters: blocked while either is; retry after the later one clears. */
export function decide(
  emailRes: Pick<RateLimiterRes, "consumedPoints" | "msBeforeNext"> | null,
  ipRes: Pick<RateLimiterRes, "consumedPoints" | "msBeforeNext"> | null,
): ThrottleDecision {
  const waits: number[] = [];
  if (emailRes && isBlocking(emailRes, SIGN_IN_LIMITS.email.points)) waits.push(emailRes.msBeforeNext);
  if (ipRes && isBlocking(ipRes, SIGN_IN_LIMITS.ip.points)) waits.push(ipRes.msBeforeNext);
  if (!waits.length) return { blocked: false };
  // A key without expiry (-1) is never written by us; treat it as a full block.
  const retryAfterMs = Math.max(...waits.map((ms) => (ms < 0 ? SIGN_IN_LIMITS.email.blockSeconds * 1000 : ms)));
  return { blocked: true, retryAfterMs };
}

/** Whole minutes to wait, rounded up, at least 1. */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

export type SignInThrottle = {
  check(email: string, ip: string): Promise<ThrottleDecision>;
  recordFailure(email: string, ip: string): Promise<ThrottleDecision>;
  recordSuccess(email: string): Promise<void>;
};

export function createSignInThrottle({ byEmail, byIp }: SignInLimiters): SignInThrottle {
  async function count(limiter: RateLimiterAbstract, key: string, limit: number, blockSeconds: number) {
    const res = await limiter.penalty(key, 1);
    // The attempt that reaches the limit starts a full 15-minute block from now.
    if (res.consumedPoints >= limit) return limiter.block(key, blockSeconds);
    return res;
  }
  return {
    async check(email, ip) {
      const [e, i] = await Promise.all([byEmail.get(emailThrottleKey(email)), byIp.get(ip)]);
      return decide(e, i);
    },
    async recordFailure(email, ip) {
      const [e, i] = await Promise.all([
        count(byEmail, emailThrottleKey(email), SIGN_IN_LIMITS.email.points, SIGN_IN_LIMITS.email.blockSeconds),
        count(byIp, ip, SIGN_IN_LIMITS.ip.points, SIGN_IN_LIMITS.ip.blockSeconds),
      ]);
      return decide(e, i);
    },
    async recordSuccess(email) {
      // The per-IP count is not reset: one good password must not hide a spray from that IP.
      await byEmail.delete(emailThrottleKey(email));
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
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, trustedProxyHops = trustedHopsFromEnv()): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const chain = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? "unknown";
  return ip.slice(0, 100);
}

function trustedHopsFromEnv(): number {
  const n = Number(process.env.TIERLINE_TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
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
