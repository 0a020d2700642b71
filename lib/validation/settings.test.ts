import { describe, expect, test } from "vitest";
import { currencyOptions, isKnownTimeZone, profileSchema, timeZoneOptions, changePasswordSchema } from "./settings";

describe("time zones", () => {
  test.each<[string, boolean]>([
    ["UTC", true],
    ["Europe/Berlin", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Asia/Kolkata", true],
    ["Asia/Calcutta", true],
    ["Mars/Olympus", false],
    ["", false],
    ["+02:00", false],
    ["europe/berlin", false],
    ["Europe/Berlin; DROP TABLE users", false],
    ["A".repeat(65), false],
  ])("%s → %s", (tz, ok) => {
    expect(isKnownTimeZone(tz)).toBe(ok);
  });
  test("the list is the IANA list with UTC first", () => {
    const list = timeZoneOptions();
    expect(list[0]).toBe("UTC");
    expect(list.length).toBeGreaterThan(300);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe("profileSchema", () => {
  const valid = { displayName: "Ana", timeZone: "Europe/Berlin", currency: "eur" };
  test("accepts and upper-cases the currency", () => {
    expect(profileSchema.parse(valid)).toEqual({ displayName: "Ana", timeZone: "Europe/Berlin", currency: "EUR" });
  });
  test.each<[string, Record<string, string>, string, RegExp]>([
    ["unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone", /time zone from the list/],
    ["empty time zone", { timeZone: "" }, "timeZone", /Choose a time zone/],
    ["unknown currency", { currency: "XYZ" }, "currency", /currency from the list/],
    ["empty currency", { currency: "" }, "currency", /Choose a currency/],
    ["too long name", { displayName: "n".repeat(101) }, "displayName", /at most 100/],
  ])("%s", (_n, patch, field, message) => {
    const r = profileSchema.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(message);
  });
  test("ISO 4217 codes come from Intl", () => {
    expect(currencyOptions()).toEqual(expect.arrayContaining(["USD", "EUR", "JPY", "BRL"]));
  });
});

describe("changePasswordSchema", () => {
  test("the confirmation must match", () => {
    const r = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "long enough pw", confirmPassword: "long enough pq" });
    expect(r.error?.issues[0]?.path).toEqual(["confirmPassword"]);
  });
});
