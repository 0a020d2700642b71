import { describe, expect, test } from "vitest";
import { savesOptionSchema } from "./engagement-options";

describe("savesOptionSchema", () => {
  test.each([
    { input: {}, ok: true, includeSaves: false, why: "an unticked box sends nothing: off" },
    { input: { includeSaves: "on" }, ok: true, includeSaves: true, why: "a ticked box sends “on”" },
    { input: { includeSaves: "yes" }, ok: false, includeSaves: undefined, why: "anything else is refused, not guessed" },
    { input: { includeSaves: "" }, ok: false, includeSaves: undefined, why: "an empty value is refused" },
  ])("$why", ({ input, ok, includeSaves }) => {
    const r = savesOptionSchema.safeParse(input);
    expect(r.success).toBe(ok);
    if (r.success) expect(r.data.includeSaves).toBe(includeSaves);
  });
});
