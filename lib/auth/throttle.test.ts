import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { RateLimiterMemory } from "rate-limiter-flexible";
import {
  SIGN_IN_LIMITS,
  SIGN_UP_LIMIT,
  clientIp,
  createSignInThrottle,
  createSignUpThrottle,
  decide,
  emailThrottleKey,
  retryAfterMinutes,
  type SignInLimiters,
  type SignInThrottle,
} from "./throttle";
import {
  INVALID_CREDENTIALS_MESSAGE,
  SIGN_IN_BUSY_CODE,
  SIGN_IN_BUSY_MESSAGE,
  signInErrorMessage,
  throttledErrorCode,
  throttledMessage,
} from "@/lib/validation/sign-in-messages";

const MIN = 60_000;

describe("decide", () => {
  test.each<{ name: string; email: [number, number] | null; ip: [number, number] | null; expected: ReturnType<typeof decide> }>([
    { name: "no counters", email: null, ip: null, expected: { blocked: false } },
    { name: "the 5th email attempt may be checked", email: [5, 10 * MIN], ip: null, expected: { blocked: false } },
    { name: "the 6th email attempt is refused", email: [6, 10 * MIN], ip: null, expected: { blocked: true, retryAfterMs: 10 * MIN } },
    { name: "email block (limit + 1)", email: [6, 15 * MIN], ip: [1, MIN], expected: { blocked: true, retryAfterMs: 15 * MIN } },
    { name: "the 30th attempt from an address may be checked", email: [1, MIN], ip: [30, 14 * MIN], expected: { blocked: false } },
    { name: "the 31st attempt from an address is refused", email: null, ip: [31, 14 * MIN], expected: { blocked: true, retryAfterMs: 14 * MIN, addressRetryAfterMs: 14 * MIN } },
    { name: "both blocked: the later one counts", email: [6, 3 * MIN], ip: [31, 12 * MIN], expected: { blocked: true, retryAfterMs: 12 * MIN, addressRetryAfterMs: 12 * MIN } },
  ])("$name", ({ email, ip, expected }) => {
    const res = (v: [number, number] | null) => (v ? { consumedPoints: v[0], msBeforeNext: v[1] } : null);
    expect(decide(res(email), res(ip))).toEqual(expected);
  });
});

describe("retryAfterMinutes and the message", () => {
  test.each([
    [1, 1],
    [59_999, 1],
    [60_000, 1],
    [60_001, 2],
    [15 * MIN, 15],
  ])("%i ms → %i min", (ms, min) => {
    expect(retryAfterMinutes(ms)).toBe(min);
  });

  test.each([
    [15, "try again in 15 minutes."],
    [1, "try again in 1 minute."],
    [Number.NaN, "try again in 15 minutes."],
    [99, "try again in 15 minutes."],
  ])("%s minutes reads %s", (minutes, tail) => {
    expect(throttledMessage(minutes)).toContain("paused for 15 minutes");
    expect(throttledMessage(minutes)).toContain(tail);
  });

  test.each([
    ["CredentialsSignin", INVALID_CREDENTIALS_MESSAGE],
    [throttledErrorCode(7), throttledMessage(7)],
    ["throttled:abc", throttledMessage(15)],
    [SIGN_IN_BUSY_CODE, SIGN_IN_BUSY_MESSAGE],
  ])("error code %s", (code, message) => {
    expect(signInErrorMessage(code)).toBe(message);
  });
});

describe("emailThrottleKey", () => {
  test("a hash that fits the key column, whatever the email's length", () => {
    const key = emailThrottleKey(`${"a".repeat(240)}@example.com`);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(`${SIGN_IN_LIMITS.email.keyPrefix}:${key}`.length).toBeLessThanOrEqual(255);
    expect(emailThrottleKey("ana@example.com")).not.toBe(emailThrottleKey("bob@example.com"));
  });
});

describe("clientIp", () => {
  test.each<[Record<string, string>, number, string]>([
    // No proxy in front: the last entry is the TCP peer, appended by scripts/server.mjs.
    [{ "x-forwarded-for": "10.0.0.1" }, 0, "10.0.0.1"],
    [{ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, 0, "10.0.0.1"],
    // One proxy: the entry it appended, before the peer (the proxy itself).
    [{ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, 1, "203.0.113.7"],
    // A client's forged entries sit further left and change nothing.
    [{ "x-forwarded-for": "6.6.6.6, 203.0.113.7 , 10.0.0.1" }, 1, "203.0.113.7"],
    [{ "x-forwarded-for": "6.6.6.6,203.0.113.7,10.0.0.1" }, 0, "10.0.0.1"],
    // Fewer entries than hops: the leftmost there is.
    [{ "x-forwarded-for": "203.0.113.7" }, 2, "203.0.113.7"],
    // X-Real-IP is set by clients as easily as anything else: not read.
    [{ "x-real-ip": "198.51.100.2" }, 0, "unknown"],
    [{}, 0, "unknown"],
  ])("%j with %i trusted hops → %s", (headers, hops, ip) => {
    expect(clientIp(headers, hops)).toBe(ip);
    expect(clientIp(new Headers(headers), hops)).toBe(ip);
  });

  test("TIERLINE_TRUSTED_PROXY_HOPS sets the default", () => {
    vi.stubEnv("TIERLINE_TRUSTED_PROXY_HOPS", "1");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    vi.stubEnv("TIERLINE_TRUSTED_PROXY_HOPS", "nonsense");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" })).toBe("10.0.0.1");
    vi.unstubAllEnvs();
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("10.0.0.1");
  });
});

describe("sign-up limit (memory limiter with the app's settings)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-03-01T10:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  test("10 sign-ups from one address pass, the 11th waits for the hour to end; others are unaffected", async () => {
    const throttle = createSignUpThrottle(new RateLimiterMemory({ points: SIGN_UP_LIMIT.points, duration: SIGN_UP_LIMIT.durationSeconds }));
    for (let i = 0; i < 10; i++) {
      expect(await throttle.consume("203.0.113.7")).toEqual({ blocked: false });
      vi.advanceTimersByTime(MIN);
    }
    expect(await throttle.consume("203.0.113.7")).toEqual({ blocked: true, retryAfterMs: 50 * MIN });
    expect(retryAfterMinutes(50 * MIN)).toBe(50);
    expect(await throttle.consume("198.51.100.1")).toEqual({ blocked: false });
    vi.advanceTimersByTime(50 * MIN + 1_000);
    expect(await throttle.consume("203.0.113.7")).toEqual({ blocked: false });
  });
});

describe("throttling windows (memory limiters with the app's settings)", () => {
  let throttle: SignInThrottle;
  let counters: SignInLimiters;
  /** Read only: whether sign-in for this email or from this address is refused right now. */
  const check = async (email: string, ip: string) => decide(await counters.byEmail.get(emailThrottleKey(email)), await counters.byIp.get(ip));
  const limiters = () => ({
    byEmail: new RateLimiterMemory({ points: SIGN_IN_LIMITS.email.points, duration: SIGN_IN_LIMITS.email.durationSeconds }),
    byIp: new RateLimiterMemory({ points: SIGN_IN_LIMITS.ip.points, duration: SIGN_IN_LIMITS.ip.durationSeconds }),
  });
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-03-01T10:00:00Z"));
    counters = limiters();
    throttle = createSignInThrottle(counters);
  });
  afterEach(() => vi.useRealTimers());

  /** One sign-in attempt as authenticate() makes it: counted first, then its outcome. */
  async function attempt(email: string, ip: string, passwordRight = false) {
    const d = await throttle.consume(email, ip);
    if (!d.blocked) await (passwordRight ? throttle.recordSuccess(email) : throttle.recordFailure(email));
    return d;
  }
  const fail = async (n: number, email = "ana@example.com", ip = "203.0.113.7") => {
    for (let i = 0; i < n; i++) await attempt(email, ip);
  };

  test("4 failures: still allowed", async () => {
    await fail(4);
    expect(await check("ana@example.com", "203.0.113.7")).toEqual({ blocked: false });
  });

  test("5 failures: blocked for 15 minutes from the 5th", async () => {
    await fail(4);
    vi.advanceTimersByTime(5 * MIN);
    await fail(1);
    const d = await check("ana@example.com", "198.51.100.1");
    expect(d).toEqual({ blocked: true, retryAfterMs: 15 * MIN });
    expect(await attempt("ana@example.com", "198.51.100.1", true)).toEqual({ blocked: true, retryAfterMs: 15 * MIN });
    vi.advanceTimersByTime(15 * MIN - 1_000);
    expect((await check("ana@example.com", "198.51.100.1")).blocked).toBe(true);
    vi.advanceTimersByTime(2_000);
    expect(await check("ana@example.com", "198.51.100.1")).toEqual({ blocked: false });
  });

  test("5 failures spread over more than 15 minutes never block", async () => {
    await fail(4);
    vi.advanceTimersByTime(15 * MIN + 1_000);
    await fail(1);
    expect(await check("ana@example.com", "203.0.113.7")).toEqual({ blocked: false });
  });

  test("a block is per email: another account from elsewhere is unaffected", async () => {
    await fail(5);
    expect((await check("ana@example.com", "198.51.100.1")).blocked).toBe(true);
    expect(await check("bob@example.com", "198.51.100.1")).toEqual({ blocked: false });
  });

  test("30 attempts from one address, right or wrong, use up that address for 15 minutes", async () => {
    for (let i = 0; i < 30; i++) expect(await attempt(`user${i}@example.com`, "203.0.113.7", i % 2 === 0)).toEqual({ blocked: false });
    expect(await attempt("new@example.com", "203.0.113.7", true)).toEqual({ blocked: true, retryAfterMs: 15 * MIN, addressRetryAfterMs: 15 * MIN });
    expect(await check("new@example.com", "198.51.100.1")).toEqual({ blocked: false });
    vi.advanceTimersByTime(15 * MIN + 1_000);
    expect(await attempt("new@example.com", "203.0.113.7", true)).toEqual({ blocked: false });
  });

  test("a successful sign-in clears the email's failures", async () => {
    await fail(4);
    await attempt("ana@example.com", "198.51.100.1", true);
    await fail(4);
    expect(await check("ana@example.com", "198.51.100.1")).toEqual({ blocked: false });
  });

  test("an attempt refunded (never checked) does not use up one of the email's tries", async () => {
    await fail(4);
    expect(await throttle.consume("ana@example.com", "198.51.100.1")).toEqual({ blocked: false });
    await throttle.refund("ana@example.com");
    expect(await attempt("ana@example.com", "198.51.100.1", true)).toEqual({ blocked: false });
  });
});
