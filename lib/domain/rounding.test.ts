import { describe, expect, test } from "vitest";
import { absBigInt, divideRoundHalfUp, percentOf } from "./rounding";

describe("divideRoundHalfUp", () => {
  test.each([
    { n: 5n, d: 10n, expected: 1n, why: "half a cent rounds up" },
    { n: 4n, d: 10n, expected: 0n, why: "below half rounds down" },
    { n: 15n, d: 10n, expected: 2n, why: "1.5 → 2" },
    { n: 25n, d: 10n, expected: 3n, why: "2.5 → 3, not banker's 2" },
    { n: -5n, d: 10n, expected: -1n, why: "negative half rounds away from zero" },
    { n: -4n, d: 10n, expected: 0n, why: "small negative rounds to zero" },
    { n: 5n, d: -10n, expected: -1n, why: "negative divisor" },
    { n: 0n, d: 7n, expected: 0n, why: "zero" },
    { n: 9_007_199_254_740_993n * 3n, d: 3n, expected: 9_007_199_254_740_993n, why: "beyond 2^53 stays exact" },
  ])("$n / $d = $expected ($why)", ({ n, d, expected }) => {
    expect(divideRoundHalfUp(n, d)).toBe(expected);
  });

  test("division by zero is refused, not Infinity", () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});

describe("percentOf / absBigInt", () => {
  test.each([
    { n: 1n, d: 3n, expected: 33.333333 },
    { n: 2n, d: 3n, expected: 66.666667 },
    { n: 3n, d: 100n, expected: 3 },
    { n: 1n, d: 0n, expected: null },
  ])("$n of $d = $expected %", ({ n, d, expected }) => {
    expect(percentOf(n, d)).toBe(expected);
  });

  test.each([
    [-3n, 3n],
    [3n, 3n],
    [0n, 0n],
  ])("|%s| = %s", (x, expected) => {
    expect(absBigInt(x)).toBe(expected);
  });
});
