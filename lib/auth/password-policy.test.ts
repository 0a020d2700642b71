import { describe, expect, test } from "vitest";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MESSAGES, passwordProblem, passwordStrength } from "./password-policy";
import { passwordLength } from "@/lib/validation/password-rules";

describe("passwordProblem", () => {
  test.each<{ name: string; password: string; expected: string | null }>([
    { name: "empty", password: "", expected: PASSWORD_MESSAGES.tooShort },
    { name: "7 characters", password: "kq7#vLm", expected: PASSWORD_MESSAGES.tooShort },
    { name: "exactly 8 uncommon characters", password: "kq7#vLm2", expected: null },
    { name: "128 characters", password: "wren ".repeat(25) + "ox!", expected: null },
    { name: "129 characters", password: "wren ".repeat(25) + "ox!z", expected: PASSWORD_MESSAGES.tooLong },
    { name: "spaces allowed, no composition rules", password: "correct horse battery staple", expected: null },
    { name: "any Unicode: 8 emoji count as 8 characters", password: "🦊🐙🌵🎈🧲🪁🦉🍋", expected: null },
    { name: "7 emoji are too short although 14 UTF-16 units", password: "🦊🐙🌵🎈🧲🪁🦉", expected: PASSWORD_MESSAGES.tooShort },
    { name: "non-Latin words", password: "пароль верблюд зонтик", expected: null },
    { name: "the most common password", password: "password", expected: PASSWORD_MESSAGES.common },
    { name: "common, capitalised", password: "Password", expected: PASSWORD_MESSAGES.common },
    { name: "common, l33t", password: "P@ssw0rd", expected: PASSWORD_MESSAGES.common },
    { name: "common digits", password: "12345678", expected: PASSWORD_MESSAGES.common },
    { name: "common keyboard walk", password: "qwertyuiop", expected: PASSWORD_MESSAGES.common },
    { name: "common, lower in the list", password: "iloveyou1", expected: PASSWORD_MESSAGES.common },
    { name: "repeat pattern", password: "aaaaaaaaaa", expected: PASSWORD_MESSAGES.tooGuessable },
    { name: "the creator's own email", password: "ana.creator@example.com", expected: PASSWORD_MESSAGES.containsPersonal },
  ])("$name", ({ password, expected }) => {
    expect(passwordProblem(password, ["ana.creator@example.com", "Ana Creator"])).toBe(expected);
  });

  test("the common list has at least 10,000 passwords and every one of 8 to 128 characters is refused", () => {
    const list = dictionary.passwords as string[];
    expect(list.length).toBeGreaterThanOrEqual(10_000);
    const sample = list.filter((p) => passwordLength(p) >= 8 && passwordLength(p) <= 128);
    expect(sample.length).toBeGreaterThan(10_000);
    const accepted = sample.filter((p) => passwordProblem(p) === null);
    expect(accepted).toEqual([]);
  });
});

describe("passwordStrength", () => {
  test.each<{ password: string; minScore: number; maxScore: number }>([
    { password: "password", minScore: 0, maxScore: 1 },
    { password: "kq7#vLm2", minScore: 2, maxScore: 4 },
    { password: "correct horse battery staple", minScore: 4, maxScore: 4 },
  ])("$password scores $minScore–$maxScore", ({ password, minScore, maxScore }) => {
    const s = passwordStrength(password);
    expect(s.score).toBeGreaterThanOrEqual(minScore);
    expect(s.score).toBeLessThanOrEqual(maxScore);
    expect(s.label).toMatch(/weak|Fair|Strong/i);
  });

  test("a refused password never looks strong, and says why", () => {
    const s = passwordStrength("Password1");
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.problem).toBe(PASSWORD_MESSAGES.common);
  });
});
