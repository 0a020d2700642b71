import { describe, expect, test } from "vitest";
import { INT8_MAX, isMissingCell, parseCount } from "./numbers";

describe("parseCount", () => {
  test.each([
    ["1234", 1234n],
    ["0", 0n],
    ["1,234", 1234n],
    ["1.234", 1234n],
    ["1 234", 1234n],
    ["1\u202f234\u202f567", 1234567n],
    ["1'234", 1234n],
    ["12,345,678", 12345678n],
    ["-3", -3n],
    ["−3", -3n],
    ["+7", 7n],
    ["42.0", 42n],
    ["3000000000", 3_000_000_000n],
    ["999999999999999999", 999_999_999_999_999_999n],
    ["0042", 42n],
    ["9223372036854775807", INT8_MAX],
    [1234, 1234n],
  ] as const)("%s → %s", (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  test.each(["", "  ", "undefined", "UNDEFINED", "null", "N/A", "-", "--", "—", null, undefined])("%s is missing (null)", (input) => {
    expect(isMissingCell(input)).toBe(true);
    expect(parseCount(input)).toEqual({ ok: true, value: null });
  });

  test.each(["1.5", "1,23", "12K", "abc", "1,234.5", "1.234,5", "9223372036854775808", "1e5", 1.5, Number.NaN])("%s is refused with a message", (input) => {
    const r = parseCount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
  });
});
