import { describe, expect, test } from "vitest";
import { createSignInGate } from "./sign-in-gate";

describe("sign-in gate", () => {
  test("an address is refused from memory until its block ends, then forgotten", () => {
    let clock = 1_000_000;
    const gate = createSignInGate({ now: () => clock });
    expect(gate.blockedForMs("203.0.113.7")).toBe(0);
    gate.noteBlocked("203.0.113.7", 15 * 60_000);
    expect(gate.blockedForMs("203.0.113.7")).toBe(15 * 60_000);
    expect(gate.blockedForMs("203.0.113.8")).toBe(0);
    clock += 15 * 60_000 - 1;
    expect(gate.blockedForMs("203.0.113.7")).toBe(1);
    clock += 1;
    expect(gate.blockedForMs("203.0.113.7")).toBe(0);
  });

  test("remembers at most `max` addresses, forgetting the oldest note first", () => {
    const gate = createSignInGate({ max: 2, now: () => 0 });
    gate.noteBlocked("a", 1000);
    gate.noteBlocked("b", 1000);
    gate.noteBlocked("a", 2000); // noted again: now the newest
    gate.noteBlocked("c", 1000);
    expect([gate.blockedForMs("a"), gate.blockedForMs("b"), gate.blockedForMs("c")]).toEqual([2000, 0, 1000]);
  });

  test("a block of no length is not remembered", () => {
    const gate = createSignInGate();
    gate.noteBlocked("a", 0);
    gate.noteBlocked("b", Number.NaN);
    expect([gate.blockedForMs("a"), gate.blockedForMs("b")]).toEqual([0, 0]);
  });
});
