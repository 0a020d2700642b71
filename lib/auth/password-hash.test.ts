import os from "node:os";
import { describe, expect, test } from "vitest";
import { PasswordCheckBusyError } from "@/lib/errors";
import {
  DEFAULT_SIGN_IN_CHECKS_PER_SECOND,
  argon2,
  createPasswordHasher,
  hashConcurrencyFromEnv,
  signInChecksPerSecondFromEnv,
  type Argon2,
} from "./password-hash";

/** A verifier whose checks finish only when the test says so. */
function heldVerifier() {
  const pending: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  const impl: Argon2 = {
    hash: async () => "hash",
    verify: () =>
      new Promise<boolean>((resolve) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        pending.push(() => {
          running--;
          resolve(true);
        });
      }),
  };
  // p-limit starts queued work on a later tick: let each wave start, then finish it.
  const releaseAll = async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 0));
      for (const finish of pending.splice(0)) finish();
    }
  };
  return { impl, releaseAll, mostAtOnce: () => mostAtOnce };
}

describe("the password-hash queue", () => {
  test("sign-in checks beyond the running ones and a short queue are turned away at once", async () => {
    const v = heldVerifier();
    const hasher = createPasswordHasher({ concurrency: 1, maxQueue: 2, impl: v.impl });
    const attempts = Array.from({ length: 5 }, () => hasher.verifyOrRefuse("h", "p").then(() => "checked", (e) => e));
    await v.releaseAll();
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(3);
    expect(outcomes.filter((o) => o instanceof PasswordCheckBusyError)).toHaveLength(2);
    expect(v.mostAtOnce()).toBe(1);
  });

  test("sign-up and password changes wait their turn, never refused, still one at a time", async () => {
    const v = heldVerifier();
    const hasher = createPasswordHasher({ concurrency: 2, maxQueue: 0, impl: v.impl });
    const checks = Array.from({ length: 6 }, () => hasher.verify("h", "p"));
    await v.releaseAll();
    expect(await Promise.all(checks)).toEqual(Array(6).fill(true));
    expect(v.mostAtOnce()).toBe(2);
  });

  test("sign-in checks have a budget per second that refills with time; other hashes do not use it", async () => {
    const v = heldVerifier();
    let clock = 0;
    const hasher = createPasswordHasher({ concurrency: 10, checksPerSecond: 4, impl: v.impl, now: () => clock });
    const signIn = () => (hasher.takeSignInCheck() ? hasher.verifyOrRefuse("h", "p").then(() => "checked") : "busy");
    const first = Array.from({ length: 6 }, signIn);
    expect(hasher.canCheckSignIn()).toBe(false);
    // Waiting for a slot is not affected by the budget.
    const change = hasher.verify("h", "p");
    await v.releaseAll();
    const outcomes = await Promise.all(first);
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(4);
    expect(outcomes.filter((o) => o === "busy")).toHaveLength(2);
    expect(await change).toBe(true);
    clock += 500; // half a second: two more
    const later = Array.from({ length: 3 }, signIn);
    await v.releaseAll();
    expect((await Promise.all(later)).filter((o) => o === "checked")).toHaveLength(2);
    clock += 60_000; // never more than one second's worth saved up
    const burst = Array.from({ length: 6 }, signIn);
    await v.releaseAll();
    expect((await Promise.all(burst)).filter((o) => o === "checked")).toHaveLength(4);
  });

  test("a malformed stored hash is a failed check, not an error", async () => {
    expect(await argon2.verify("not an argon2 hash", "p")).toBe(false);
  });
});

describe("signInChecksPerSecondFromEnv", () => {
  test.each<[string | undefined, number]>([
    [undefined, DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
    ["", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
    ["20", 20],
    ["0.5", 0.5],
    ["0", Infinity],
    ["-1", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
    ["many", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
  ])("TIERLINE_SIGN_IN_CHECKS_PER_SECOND=%s → %s", (value, n) => {
    expect(signInChecksPerSecondFromEnv({ TIERLINE_SIGN_IN_CHECKS_PER_SECOND: value })).toBe(n);
  });
});

describe("hashConcurrencyFromEnv", () => {
  const cores = os.availableParallelism();
  test.each<[string | undefined, number]>([
    [undefined, 1],
    ["1", 1],
    ["2", Math.min(2, cores)],
    ["1000", cores],
    ["0", 1],
    ["-3", 1],
    ["two", 1],
  ])("TIERLINE_PASSWORD_HASH_CONCURRENCY=%s → %i", (value, n) => {
    expect(hashConcurrencyFromEnv({ TIERLINE_PASSWORD_HASH_CONCURRENCY: value })).toBe(n);
  });
});
