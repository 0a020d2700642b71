import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { getPool } from "@/lib/db";
import {
  SIGN_IN_LIMITS,
  SIGN_UP_LIMIT,
  createSignInThrottle,
  createSignUpThrottle,
  type SignInLimiters,
  type SignInThrottle,
  type SignUpThrottle,
} from "./throttle";

// The counters live in the `rate_limits` table (created by the migrations), so limits hold
// across restarts and across several app processes. The limiter's plain SQL runs on lib/db.ts's
// "throttle" pool, away from Prisma's adapter; created on first use, never at import.

/** Limiters over a pg pool: the app uses one pool, tests build two to act as two processes. */
const store = (pool: pg.Pool) => ({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true }) as const;

export function createPostgresLimiters(pool: pg.Pool): SignInLimiters {
  const common = store(pool);
  return {
    byEmail: new RateLimiterPostgres({
      ...common,
      keyPrefix: SIGN_IN_LIMITS.email.keyPrefix,
      points: SIGN_IN_LIMITS.email.points,
      duration: SIGN_IN_LIMITS.email.durationSeconds,
    }),
    byIp: new RateLimiterPostgres({
      ...common,
      keyPrefix: SIGN_IN_LIMITS.ip.keyPrefix,
      points: SIGN_IN_LIMITS.ip.points,
      duration: SIGN_IN_LIMITS.ip.durationSeconds,
    }),
  };
}

/** The sign-up counter per address, in the same table. */
export function createPostgresSignUpLimiter(pool: pg.Pool): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...store(pool),
    keyPrefix: SIGN_UP_LIMIT.keyPrefix,
    points: SIGN_UP_LIMIT.points,
    duration: SIGN_UP_LIMIT.durationSeconds,
  });
}

const globalForThrottle = globalThis as unknown as {
  tierlineThrottle?: SignInThrottle;
  tierlineSignUpThrottle?: SignUpThrottle;
};

export function getSignInThrottle(): SignInThrottle {
  globalForThrottle.tierlineThrottle ??= createSignInThrottle(createPostgresLimiters(getPool("throttle")));
  return globalForThrottle.tierlineThrottle;
}

export function getSignUpThrottle(): SignUpThrottle {
  globalForThrottle.tierlineSignUpThrottle ??= createSignUpThrottle(createPostgresSignUpLimiter(getPool("throttle")));
  return globalForThrottle.tierlineSignUpThrottle;
}
