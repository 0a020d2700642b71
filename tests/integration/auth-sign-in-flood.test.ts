// Sign-in under a crowd, against a real PostgreSQL and real Argon2: many attempts at once must
// not slip past the throttle's limits, right passwords count against an address too, and no
// more password checks run at once than the process allows. Two pools and throttles stand in
// for two app processes; the password checks are counted by wrapping the real verifier.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { authenticate, type SignInResult } from "@/lib/auth/credentials";
import { argon2, createPasswordHasher, type PasswordHasher } from "@/lib/auth/password-hash";
import { createSignInGate } from "@/lib/auth/sign-in-gate";
import { createSignInThrottle, emailThrottleKey, SIGN_IN_LIMITS, type SignInThrottle } from "@/lib/auth/throttle";
import { createPostgresLimiters } from "@/lib/auth/throttle-store";
import { TEST_PASSWORD, createCreator } from "./helpers/creators";

let pools: pg.Pool[] = [];
let throttles: SignInThrottle[] = [];

beforeAll(() => {
  // As many connections as attempts in flight: the race is in the database, not in a pool queue.
  pools = [0, 1].map(() => new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));
  throttles = pools.map((p) => createSignInThrottle(createPostgresLimiters(p)));
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

/** The real Argon2, counting every password check and the most that ran at once. */
function countingHasher(options: { concurrency: number; maxQueue?: number; checksPerSecond?: number }) {
  const stats = { checks: 0, running: 0, mostAtOnce: 0 };
  const hasher: PasswordHasher = createPasswordHasher({
    ...options,
    impl: {
      hash: argon2.hash,
      async verify(passwordHash, password) {
        stats.checks++;
        stats.running++;
        stats.mostAtOnce = Math.max(stats.mostAtOnce, stats.running);
        try {
          return await argon2.verify(passwordHash, password);
        } finally {
          stats.running--;
        }
      },
    },
  });
  return { hasher, stats };
}

const tally = (results: SignInResult[]) => ({
  ok: results.filter((r) => r.ok).length,
  invalid: results.filter((r) => !r.ok && r.reason === "invalid").length,
  throttled: results.filter((r) => !r.ok && r.reason === "throttled").length,
  busy: results.filter((r) => !r.ok && r.reason === "busy").length,
});

describe("simultaneous attempts are counted before any password is checked", () => {
  test("20 wrong passwords at once for one email: at most 5 are checked, the rest are told to wait", async () => {
    const user = await createCreator();
    // Room for all 20 checks at once, so only the throttle can hold them back.
    const { hasher, stats } = countingHasher({ concurrency: 20, maxQueue: 20 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticate({ email: user.email, password: `wrong guess ${i}` }, address(), throttles[i % 2]!, hasher),
      ),
    );
    const t = tally(results);
    expect(t.invalid).toBeLessThanOrEqual(SIGN_IN_LIMITS.email.points);
    expect(t.throttled).toBe(20 - t.invalid);
    expect(stats.checks).toBe(t.invalid);
    expect(stats.checks).toBeLessThanOrEqual(SIGN_IN_LIMITS.email.points);
    // And the account stays paused, for the right password too.
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, address(), throttles[0]!, hasher)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  test("ten connections from one address: no more checks than the address's limit", async () => {
    const from = address();
    const { hasher, stats } = countingHasher({ concurrency: 10, maxQueue: 10 });
    const results: SignInResult[] = [];
    // Ten clients, each trying five emails in turn, all from the same address.
    await Promise.all(
      Array.from({ length: 10 }, async (_, c) => {
        for (let i = 0; i < 5; i++) {
          const email = `spray-${c}-${i}-${randomUUID()}@example.test`;
          results.push(await authenticate({ email, password: "a guess" }, from, throttles[c % 2]!, hasher));
        }
      }),
    );
    const t = tally(results);
    expect(t.invalid).toBeLessThanOrEqual(SIGN_IN_LIMITS.ip.points);
    expect(t.throttled).toBe(50 - t.invalid);
    expect(stats.checks).toBe(t.invalid);
  });
});

describe("right passwords count against an address too", () => {
  test("30 successful sign-ins from one address, then that address waits 15 minutes; other addresses do not", async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => createCreator()));
    const from = address();
    // Two processes, each with its own queue and its own memory of refused addresses.
    const processes = [0, 1].map((i) => ({ throttle: throttles[i]!, hasher: countingHasher({ concurrency: 1 }), gate: createSignInGate() }));
    const attempt = (p: (typeof processes)[number], email: string, ip: string) =>
      authenticate({ email, password: TEST_PASSWORD }, ip, p.throttle, p.hasher.hasher, p.gate);
    for (let i = 0; i < SIGN_IN_LIMITS.ip.points; i++) {
      const r = await attempt(processes[i % 2]!, users[i % 3]!.email, from);
      expect(r.ok).toBe(true);
    }
    const refused = { ok: false, reason: "throttled", retryAfterMinutes: 15 };
    expect(await attempt(processes[0]!, users[0]!.email, from)).toEqual(refused);
    expect((await attempt(processes[1]!, users[0]!.email, address())).ok).toBe(true);

    // The process that was told remembers: its next attempts from there are refused with no
    // counter written and no password checked. The other learns it from the database once.
    const before = await pools[0]!.query(`SELECT points FROM rate_limits WHERE key = $1`, [`${SIGN_IN_LIMITS.ip.keyPrefix}:${from}`]);
    const checks = processes.map((p) => p.hasher.stats.checks);
    for (let i = 0; i < 5; i++) expect(await attempt(processes[0]!, users[1]!.email, from)).toEqual(refused);
    const after = await pools[0]!.query(`SELECT points FROM rate_limits WHERE key = $1`, [`${SIGN_IN_LIMITS.ip.keyPrefix}:${from}`]);
    expect(after.rows).toEqual(before.rows);
    expect(processes[0]!.gate.blockedForMs(from)).toBeGreaterThan(14 * 60_000);
    expect(processes[1]!.gate.blockedForMs(from)).toBe(0);
    expect(await attempt(processes[1]!, users[1]!.email, from)).toEqual(refused);
    expect(processes[1]!.gate.blockedForMs(from)).toBeGreaterThan(14 * 60_000);
    expect(processes.map((p) => p.hasher.stats.checks)).toEqual(checks);
  });
});

describe("password checks are bounded per process", () => {
  test("a crowd of right passwords: one check at a time, a short queue, the rest asked to try again in a moment", async () => {
    const users = await Promise.all(Array.from({ length: 12 }, () => createCreator()));
    const { hasher, stats } = countingHasher({ concurrency: 1, maxQueue: 2 });
    const results = await Promise.all(
      users.map((u) => authenticate({ email: u.email, password: TEST_PASSWORD }, address(), throttles[0]!, hasher)),
    );
    const t = tally(results);
    expect(stats.mostAtOnce).toBe(1);
    expect(t.ok + t.busy).toBe(users.length);
    expect(t.busy).toBeGreaterThan(0);
    expect(stats.checks).toBe(t.ok);

    // Turned away unchecked, they used up none of their email's tries: each signs in at once.
    const turnedAway = users.filter((_, i) => !results[i]!.ok);
    const { rows } = await pools[0]!.query(`SELECT key, points FROM rate_limits WHERE key = ANY($1) AND points > 0`, [
      turnedAway.map((u) => `${SIGN_IN_LIMITS.email.keyPrefix}:${emailThrottleKey(u.email)}`),
    ]);
    expect(rows).toEqual([]);
    for (const u of turnedAway) {
      expect((await authenticate({ email: u.email, password: TEST_PASSWORD }, address(), throttles[1]!, hasher)).ok).toBe(true);
    }
  });
});

describe("password checks have a budget per second", () => {
  test("past the budget, sign-ins are asked to try again in a moment before any counter is written", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => createCreator()));
    let clock = 0;
    const stats = { checks: 0 };
    const hasher = createPasswordHasher({
      concurrency: 8,
      checksPerSecond: 3,
      now: () => clock,
      impl: { hash: argon2.hash, verify: (h, p) => (stats.checks++, argon2.verify(h, p)) },
    });
    const gate = createSignInGate();
    const from = users.map(() => address());
    const results = await Promise.all(
      users.map((u, i) => authenticate({ email: u.email, password: TEST_PASSWORD }, from[i]!, throttles[0]!, hasher, gate)),
    );
    const t = tally(results);
    expect(t).toEqual({ ok: 3, invalid: 0, throttled: 0, busy: 5 });
    expect(stats.checks).toBe(3);
    // The ones turned away cost no database work: neither their email nor their address was counted.
    const turnedAway = users.flatMap((u, i) => (results[i]!.ok ? [] : [{ email: u.email, ip: from[i]! }]));
    const { rows } = await pools[0]!.query(`SELECT key FROM rate_limits WHERE key = ANY($1)`, [
      turnedAway.flatMap((a) => [`${SIGN_IN_LIMITS.email.keyPrefix}:${emailThrottleKey(a.email)}`, `${SIGN_IN_LIMITS.ip.keyPrefix}:${a.ip}`]),
    ]);
    expect(rows).toEqual([]);
    // A second later the budget is back.
    clock += 1000;
    const again = await authenticate({ email: turnedAway[0]!.email, password: TEST_PASSWORD }, turnedAway[0]!.ip, throttles[0]!, hasher, gate);
    expect(again.ok).toBe(true);
  });
});
