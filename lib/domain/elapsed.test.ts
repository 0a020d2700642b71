import { describe, expect, test } from "vitest";
import { elapsedIn, elapsedUnitFor, formatElapsed } from "./elapsed";

const H = 3_600_000;

describe("formatElapsed", () => {
  test.each([
    [0, "en-US", "0 min"],
    [-5 * H, "en-US", "0 min"], // clock skew never shows a negative age
    [45 * 60_000, "en-US", "45 min"],
    [H, "en-US", "1 h"],
    [47.9 * H, "en-US", "47 h"],
    [48 * H, "en-US", "2 days"],
    [60 * H, "en-US", "2.5 days"],
    [60 * H, "de-DE", "2,5 days"],
    [31.7 * 24 * H, "en-US", "31 days"],
  ])("%d ms (%s) → %s", (ms, locale, expected) => {
    expect(formatElapsed(ms, locale)).toBe(expected);
  });
});

describe("chart units", () => {
  test.each([
    [47 * H, "hours"],
    [48 * H, "days"],
  ] as const)("max %d ms → %s", (ms, unit) => {
    expect(elapsedUnitFor(ms)).toBe(unit);
  });

  test.each([
    [90 * 60_000, "hours", 1.5],
    [36 * H, "days", 1.5],
    [-H, "hours", 0],
  ] as const)("%d ms in %s → %d", (ms, unit, v) => {
    expect(elapsedIn(ms, unit)).toBe(v);
  });
});
