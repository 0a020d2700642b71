import { describe, expect, test } from "vitest";
import { forwardedChain, trustedForwardedEntry, trustedProxyHops } from "./forwarded";

describe("trustedProxyHops", () => {
  test.each<[string | undefined, number]>([
    [undefined, 0],
    ["0", 0],
    ["1", 1],
    ["3", 3],
    ["-1", 0],
    ["1.5", 0],
    ["nonsense", 0],
  ])("%s → %i", (value, hops) => {
    expect(trustedProxyHops({ TIERLINE_TRUSTED_PROXY_HOPS: value })).toBe(hops);
  });
});

describe("trustedForwardedEntry", () => {
  test.each<[string | null, number, string | null]>([
    // No proxy: the client wrote every entry, none is believed.
    ["evil.example", 0, null],
    // One proxy: the entry it appended, the last.
    ["app.tierline.test", 1, "app.tierline.test"],
    ["evil.example, app.tierline.test", 1, "app.tierline.test"],
    // Two: the outer proxy's entry, one before the inner proxy's.
    ["evil.example, app.tierline.test ,inner", 2, "app.tierline.test"],
    // Fewer entries than proxies: the leftmost there is.
    ["app.tierline.test", 2, "app.tierline.test"],
    [null, 1, null],
    [" , ", 1, null],
  ])("%j with %i hops → %j", (raw, hops, entry) => {
    expect(trustedForwardedEntry(raw, hops)).toBe(entry);
  });

  test("repeated headers (Node's array) read as one list", () => {
    expect(forwardedChain(["a, b", "c"])).toEqual(["a", "b", "c"]);
  });
});
