// Sign-in throttling against a real PostgreSQL, with two separate pools and limiter instances
// standing in for two app processes: the counters are shared through the rate_limits table.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { authenticate } from "@/lib/auth/credentials";
import { createPasswordHasher } from "@/lib/auth/password-hash";
import { createSignInGate } from "@/lib/auth/sign-in-gate";
import {
  createSignInThrottle,
  createSignUpThrottle,
  decide,
  emailThrottleKey,
  retryAfterMinutes,
  SIGN_IN_LIMITS,
  SIGN_UP_LIMIT,
  type SignInLimiters,
  type SignInThrottle,
} from "@/lib/auth/throttle";
import { createPostgresLimiters, createPostgresSignUpLimiter } from "@/lib/auth/throttle-store";
import { TEST_PASSWORD, createCreator } from "./helpers/creators";

let pools: pg.Pool[] = [];
let one: SignInThrottle;
let two: SignInThrottle;
let counters: SignInLimiters[] = [];

/** Read only: whether sign-in for this email or from this address is refused right now (any process's view). */
async function check(limiters: SignInLimiters, email: string, ip: string) {
  return decide(await limiters.byEmail.get(emailThrottleKey(email)), await limiters.byIp.get(ip));
}

beforeAll(() => {
  pools = [new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }), new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })];
  counters = pools.map((pool) => createPostgresLimiters(pool));
  one = createSignInThrottle(counters[0]!);
  two = createSignInThrottle(counters[1]!);
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

// No per-second budget on password checks here: these tests are about the counters
// (the budget has its own test in auth-sign-in-flood.test.ts).
const hasher = createPasswordHasher({ concurrency: 2 });
const attempt = (input: { email?: unknown; password?: unknown }, from: string, throttle: SignInThrottle) =>
  authenticate(input, from, throttle, hasher, createSignInGate());

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

/** Moves a counter's expiry into the past, as if 15 minutes had gone by. */
async function expire(key: string) {
  await pools[0]!.query(`UPDATE rate_limits SET expire = $2 WHERE key = $1`, [key, Date.now() - 1]);
}

describe("sign-in throttling across two processes", () => {
  test("5 failures for one email, spread over both processes, block it on both for 15 minutes", async () => {
    const user = await createCreator();
    const from = ip();
    const clients = [one, two, one, two, one];
    for (const [i, client] of clients.entries()) {
      const r = await attempt({ email: user.email, password: `wrong guess ${i}` }, from, client);
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // Even the right password is refused now, from either process and from another address.
    for (const client of [one, two]) {
      expect(await attempt({ email: user.email, password: TEST_PASSWORD }, ip(), client)).toEqual({
        ok: false,
        reason: "throttled",
        retryAfterMinutes: 15,
      });
    }
    const { rows } = await pools[1]!.query(`SELECT points, expire FROM rate_limits WHERE key = $1`, [
      `${SIGN_IN_LIMITS.email.keyPrefix}:${emailThrottleKey(user.email)}`,
    ]);
    // The block (limit + 1), and the refused attempts after it counted too.
    expect(rows[0].points).toBe(SIGN_IN_LIMITS.email.points + 3);
    const remaining = Number(rows[0].expire) - Date.now();
    expect(remaining).toBeGreaterThan(14 * 60_000);
    expect(remaining).toBeLessThanOrEqual(15 * 60_000);

    // After the block runs out, the right password works again and clears the count.
    await expire(`${SIGN_IN_LIMITS.email.keyPrefix}:${emailThrottleKey(user.email)}`);
    const ok = await attempt({ email: user.email, password: TEST_PASSWORD }, ip(), two);
    expect(ok.ok).toBe(true);
    expect(await check(counters[0]!, user.email, ip())).toEqual({ blocked: false });
  });

  test("concurrent failures from both processes are all counted", async () => {
    const email = `nobody-${randomUUID()}@example.test`;
    const from = ip();
    await Promise.all([one, two, one, two, one].map(async (c) => (await c.consume(email, from)).blocked || c.recordFailure(email)));
    expect((await check(counters[1]!, email, ip())).blocked).toBe(true);
  });

  test("30 failures from one IP across emails block that IP, not others", async () => {
    const from = ip();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.points; i++) {
      const email = `spray-${i}-${randomUUID()}@example.test`;
      expect(await (i % 2 ? one : two).consume(email, from)).toEqual({ blocked: false });
      await (i % 2 ? one : two).recordFailure(email);
    }
    const user = await createCreator();
    expect(await attempt({ email: user.email, password: TEST_PASSWORD }, from, one)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await attempt({ email: user.email, password: TEST_PASSWORD }, ip(), two)).ok).toBe(true);
  });

  test("a wrong password and an unknown email get the same answer, and both count", async () => {
    const user = await createCreator();
    const unknown = `ghost-${randomUUID()}@example.test`;
    const wrong = await attempt({ email: user.email, password: "not the password" }, ip(), one);
    const missing = await attempt({ email: unknown, password: "not the password" }, ip(), two);
    expect(wrong).toEqual(missing);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < 4; i++) {
      await one.consume(unknown, ip());
      await one.recordFailure(unknown);
    }
    expect(await attempt({ email: unknown, password: "x" }, ip(), two)).toMatchObject({ reason: "throttled" });
  });

  test("email case and spaces share one counter; bad input is just invalid", async () => {
    const user = await createCreator();
    for (let i = 0; i < 5; i++) {
      const variant = i % 2 ? ` ${user.email.toUpperCase()} ` : user.email;
      await attempt({ email: variant, password: "nope nope" }, ip(), i % 2 ? one : two);
    }
    expect(await attempt({ email: user.email, password: TEST_PASSWORD }, ip(), one)).toMatchObject({ reason: "throttled" });
    for (const bad of [{}, { email: "", password: "" }, { email: "x".repeat(300), password: "y" }, { email: ["a"], password: 5 }]) {
      expect(await attempt(bad, ip(), one)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  test("the counters survive a restart: a new pool sees the block", async () => {
    const email = `restart-${randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) {
      await one.consume(email, ip());
      await one.recordFailure(email);
    }
    const fresh = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      expect((await check(createPostgresLimiters(fresh), email, ip())).blocked).toBe(true);
    } finally {
      await fresh.end();
    }
  });
});

describe("sign-up limit across two processes", () => {
  test("10 sign-ups from one address over both processes pass, the 11th is refused for the rest of the hour", async () => {
    const [a, b] = pools.map((p) => createSignUpThrottle(createPostgresSignUpLimiter(p)));
    const from = ip();
    for (let i = 0; i < 10; i++) expect(await (i % 2 ? a! : b!).consume(from)).toEqual({ blocked: false });
    for (const t of [a!, b!]) {
      const d = await t.consume(from);
      expect(d.blocked).toBe(true);
      if (d.blocked) expect(retryAfterMinutes(d.retryAfterMs)).toBe(60);
    }
    expect(await a!.consume(ip())).toEqual({ blocked: false });
    // Once the hour is over, the address may sign up again.
    await expire(`${SIGN_UP_LIMIT.keyPrefix}:${from}`);
    expect(await b!.consume(from)).toEqual({ blocked: false });
  });
});
