import { describe, expect, test } from "vitest";
import { emailSchema, displayNameSchema, firstFieldErrors, newPasswordSchema, normalizeEmail, safeCallbackPath, signInSchema, signUpSchema } from "./auth";

describe("emailSchema", () => {
  test.each<[string, string]>([
    ["ana@example.com", "ana@example.com"],
    ["  Ana@Example.COM ", "ana@example.com"],
    ["first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"],
    [`${"a".repeat(242)}@example.com`, `${"a".repeat(242)}@example.com`], // exactly 254
  ])("accepts %s", (input, out) => {
    expect(emailSchema.parse(input)).toBe(out);
  });

  test.each<[string, unknown, RegExp]>([
    ["empty", "", /Enter your email/],
    ["spaces only", "   ", /Enter your email/],
    ["missing", undefined, /Enter your email/],
    ["255 characters", `${"a".repeat(243)}@example.com`, /at most 254/],
    ["no @", "ana.example.com", /valid email/],
    ["no domain dot", "ana@example", /valid email/],
    ["two @", "ana@@example.com", /valid email/],
    ["space inside", "ana maria@example.com", /valid email/],
    ["angle brackets", "<ana@example.com>", /valid email/],
  ])("refuses %s", (_name, input, message) => {
    const r = emailSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  test("normalizeEmail trims and lower-cases", () => {
    expect(normalizeEmail(" MiXeD@Case.Org\n")).toBe("mixed@case.org");
  });
});

describe("displayNameSchema", () => {
  test.each<[string, string]>([
    ["Ana", "Ana"],
    ["  Ana   Maria ", "Ana Maria"],
    ["💃".repeat(100), "💃".repeat(100)],
    ["x".repeat(100), "x".repeat(100)],
  ])("accepts %s", (input, out) => {
    expect(displayNameSchema.parse(input)).toBe(out);
  });
  test.each<[string, string, RegExp]>([
    ["empty", "", /Enter a display name/],
    ["spaces", "   ", /Enter a display name/],
    ["101 characters", "x".repeat(101), /at most 100/],
    ["control characters", "Ana\u0007", /control/],
  ])("refuses %s", (_n, input, message) => {
    expect(displayNameSchema.safeParse(input).error?.issues[0]?.message).toMatch(message);
  });
});

describe("newPasswordSchema", () => {
  test.each<[string, boolean]>([
    ["1234567", false],
    ["  spaces are kept  ", true],
    ["x".repeat(128), true],
    ["x".repeat(129), false],
  ])("%s → %s", (input, ok) => {
    expect(newPasswordSchema.safeParse(input).success).toBe(ok);
  });
  test("never trims, and composes Unicode", () => {
    expect(newPasswordSchema.parse(" cafe\u0301 au lait ")).toBe(" caf\u00e9 au lait ");
  });
});

describe("forms", () => {
  test("sign-in: one message per empty field", () => {
    const r = signInSchema.safeParse({ email: "", password: "" });
    expect(firstFieldErrors(r.error!)).toEqual({ email: "Enter your email address.", password: "Enter your password." });
  });
  test("sign-up: every field reported", () => {
    const r = signUpSchema.safeParse({ email: "x", displayName: "", password: "short" });
    expect(Object.keys(firstFieldErrors(r.error!)).sort()).toEqual(["displayName", "email", "password"]);
  });
});

describe("safeCallbackPath", () => {
  test.each<[unknown, string]>([
    ["/videos?sort=views", "/videos?sort=views"],
    ["/settings", "/settings"],
    ["http://localhost:3000", "/dashboard"],
    ["/", "/dashboard"],
    [undefined, "/dashboard"],
    ["", "/dashboard"],
    ["https://evil.example/phish", "/phish"],
    ["//evil.example", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["/login?callbackUrl=/x", "/dashboard"],
    ["/signup", "/dashboard"],
    [["/videos"], "/dashboard"],
  ])("%j → %s", (input, out) => {
    expect(safeCallbackPath(input)).toBe(out);
  });
});
