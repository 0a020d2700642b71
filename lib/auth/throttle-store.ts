import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { SIGN_IN_LIMITS, createSignInThrottle, type SignInLimiters, type SignInThrottle } from "./throttle";

// The counters live in the `rate_limits` table (created by the migrations), so limits hold
// across restarts and across several app processes. A small pool of its own keeps the
// limiter's plain SQL away from Prisma's adapter; created on first use, never at import.

/** Limiters over a pg pool: the app uses one pool, tests build two to act as two processes. */
export function createPostgresLimiters(pool: pg.Pool): SignInLimiters {
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true } as const;
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

const globalForThrottle = globalThis as unknown as { tierlineThrottle?: SignInThrottle; tierlineThrottlePool?: pg.Pool };

export function getSignInThrottle(): SignInThrottle {
  if (!globalForThrottle.tierlineThrottle) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set.");
    const pool = new pg.Pool({ connectionString, max: 3, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 30_000 });
    // An idle client dying (database restart) must not crash the process; the next query reconnects.
    pool.on("error", (e) => console.error("[throttle] idle database connection failed:", e.message));
    globalForThrottle.tierlineThrottlePool = pool;
    globalForThrottle.tierlineThrottle = createSignInThrottle(createPostgresLimiters(pool));
  }
  return globalForThrottle.tierlineThrottle;
}
