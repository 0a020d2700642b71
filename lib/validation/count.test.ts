import { describe, expect, test } from "vitest";
import { countSchema, MAX_COUNT, optionalCountSchema, optionalDecimalSchema, optionalIntSchema, parseCount, parseDecimal } from "./count";

describe("parseCount", () => {
  test.each([
    ["0", 0n],
    ["7", 7n],
    ["12345", 12345n],
    ["12,345", 12345n],
    ["1,234,567", 1234567n],
    ["12 345", 12345n],
    ["12\u00a0345", 12345n], // no-break space
    ["12\u202f345", 12345n], // narrow no-break space (fr-FR)
    ["1\u202f234\u202f567", 1234567n],
    ["12'345", 12345n], // de-CH
    ["12,34,567", 1234567n], // en-IN
    ["  42  ", 42n],
    ["+42", 42n],
    ["007", 7n],
    ["2147483648", 2147483648n], // 2^31
    ["4,294,967,297", 4294967297n], // 2^32 + 1
    ["999,999,999,999", 999999999999n],
    ["1000000000000", MAX_COUNT],
    ["1,000,000,000,000", MAX_COUNT],
  ])("%j → %s", (input, expected) => {
    expect(parseCount(input, "Views")).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["", "Enter the number of views."],
    ["   ", "Enter the number of views."],
    ["-1", "Views can't be negative."],
    ["−5", "Views can't be negative."], // U+2212 minus sign
    ["12.5", "Views must be a whole number, without decimals."],
    ["12,5", "Views must be a whole number, without decimals."],
    ["1,234.50", "Views must be a whole number, without decimals."],
    ["0.0", "Views must be a whole number, without decimals."],
    ["twelve", "Views must be a whole number like 12,345."],
    ["1.5k", "Views must be a whole number like 12,345."],
    ["1e6", "Views must be a whole number like 12,345."],
    ["12,34", "Views must be a whole number, without decimals."],
    ["1,2345", "Views must be a whole number, without decimals."],
    ["12 34", "Views must be a whole number like 12,345."],
    ["0x10", "Views must be a whole number like 12,345."],
    ["1000000000001", "Views can be at most 1,000,000,000,000."],
    ["99999999999999999999999", "Views can be at most 1,000,000,000,000."],
  ])("%j → %s", (input, message) => {
    expect(parseCount(input, "Views")).toEqual({ ok: false, error: message });
  });
});

describe("parseDecimal", () => {
  const seconds = { min: 0, max: 9_999_999.99, scale: 2, unit: "s" };
  const percent = { min: 0, max: 100, scale: 2, unit: "%" };
  test.each([
    ["12", seconds, "12"],
    ["12.5", seconds, "12.5"],
    ["12,5", seconds, "12.5"],
    ["12.50", seconds, "12.5"],
    ["0.25", seconds, "0.25"],
    [".5", seconds, "0.5"],
    ["7 s", seconds, "7"],
    ["87.25%", percent, "87.25"],
    ["100", percent, "100"],
    ["0", percent, "0"],
    ["007.10", percent, "7.1"],
  ])("%j → %s", (input, opts, expected) => {
    expect(parseDecimal(input, "X", opts)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["abc", percent, "Completion rate must be a number like 12.5 %."],
    ["100.01", percent, "Completion rate must be between 0 and 100 %."],
    ["-1", percent, "Completion rate can't be negative."],
    ["12.345", percent, "Completion rate can have at most 2 decimal places."],
    ["1.2.3", percent, "Completion rate must be a number like 12.5 %."],
  ])("%j → %s", (input, opts, message) => {
    expect(parseDecimal(input, "Completion rate", opts)).toEqual({ ok: false, error: message });
  });
});

describe("form field schemas", () => {
  test("a required count reads FormData text and reports the field's message", () => {
    expect(countSchema("Likes").parse("1,000")).toBe(1000n);
    const r = countSchema("Likes").safeParse(null);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Enter the number of likes.");
  });

  test.each([
    ["", null],
    [null, null],
    ["12 000", 12000n],
  ])("optional count %j → %s", (input, expected) => {
    expect(optionalCountSchema("Saves").parse(input)).toBe(expected);
  });

  test("optional count still refuses a bad value", () => {
    expect(optionalCountSchema("Saves").safeParse("1.5").error?.issues[0]?.message).toBe(
      "Saves must be a whole number, without decimals.",
    );
  });

  test.each([
    ["", null],
    ["45.5", "45.5"],
  ])("optional decimal %j → %s", (input, expected) => {
    expect(optionalDecimalSchema("Average watch time", { min: 0, max: 100, scale: 2 }).parse(input)).toBe(expected);
  });

  test.each([
    ["", null, undefined],
    ["59", 59, undefined],
    ["0", undefined, "Duration must be between 1 s and 86,400 s."],
    ["86401", undefined, "Duration must be between 1 s and 86,400 s."],
    ["1.5", undefined, "Duration must be a whole number, without decimals."],
  ])("optional int %j", (input, value, message) => {
    const r = optionalIntSchema("Duration", { min: 1, max: 86_400, unit: "s" }).safeParse(input);
    if (message) expect(r.error?.issues[0]?.message).toBe(message);
    else expect(r.data).toBe(value);
  });
});
